package analyze

import (
	"fmt"
	"strings"
	"testing"
)

// summaryLabel is one article of testdata/summaries_unseen.json: real
// articles chosen for the junk that opens or closes pages (captions,
// credits, bylines, datelines, rubric lines, promos, live-blog furniture),
// labelled with that junk before the analysis ran on them. It is
// unseenLabel without countries and topics; the halves are split the same
// way, by a hash of the id.
type summaryLabel struct {
	ID     string   `json:"id"`
	Source string   `json:"source"` // "corpus:<file>" or the page's URL
	Title  string   `json:"title"`
	Lang   string   `json:"lang"`
	Body   string   `json:"body"` // pages only; corpus items are read from the feed
	Junk   []string `json:"junk"` // a summary holding one of them is junk
}

func (l summaryLabel) heldOut() bool { return unseenLabel{ID: l.ID}.heldOut() }

// summaryHalf holds the figures of one half of the summary set.
type summaryHalf struct{ articles, junk, empty int }

func (h summaryHalf) String() string {
	return fmt.Sprintf("%d articles: %d junk summaries, %d empty", h.articles, h.junk, h.empty)
}

// summaryFloors are the most junk and empty summaries each half of each
// round of the summary set may have ("s7", "s8": the id's prefix).
//
// Seventh round. Scored blind, once, with the rules of the sixth round
// (commit efd46a1 holds the labels alone): tuning half 10 junk and 2 empty
// summaries in 42 articles; held-out half 5 junk and 1 empty in 34.
// Rules written on the tuning half and the unlabelled corpus (live-blog
// openers and links, interview labels, tag rows, breadcrumbs, pictures'
// kinds and closing credits, paywalls, date labels, outlet lines, closing
// agency codes, cut teasers, links between paragraphs, paragraphs opened
// by a dash) bring the tuning half to 0 junk and 0 empty. The held-out
// aggregate was then read once: 4 junk, 0 empty in 34. Further rules,
// again written on the tuning half and the corpus only (captions above a
// credit line or printed twice, page titles, paywall labels, link lists
// under "Read also", bracketed tags, bylines with a kind of piece,
// transcripts' labels, sharing buttons, editors' notes), and a last read:
// held-out 2 junk, 0 empty in 34; tuning 0 and 0 in 42.
//
// Eighth round (ids "s8-"): 68 real pages chosen for rich furniture (live
// blogs and tickers, galleries, agency wires, captions and credits,
// bylines, paywalls, prompts, stamps), labelled before the analysis ran on
// them (commit 04beff8). Scored blind, once: tuning half 11 junk and 1
// empty in 32; held-out half 6 junk and 0 empty in 36. The round's rules
// (stamps written with month names, notes naming a live page, list
// introductions, app prompts' lines, kicker captions, links under
// "previous/next article", repeated tag rows, agency nouns and lower-case
// agencies in datelines, headings glued to a dateline's place, credits in
// brackets, linked headlines ending on a quotation, Cyrillic labels typed
// with Latin letters, continue and follow prompts, breaking labels) bring
// its tuning half to 0 junk and 0 empty; the seventh round's tuning half
// stays at 0 and 0, the corpus's summaries change in two places, both
// better. Held-out aggregates, read twice in this round: after the rules
// of its first two commits, both rounds' held-out halves together 6 junk, 0
// empty in 70; after the prompts and labels, seventh round 1 junk in 34,
// eighth round 4 junk in 36, 0 empty. The eighth round's held-out half is
// still above the 1 in 50; its failures were never looked at.
//
// Then a mechanism instead of more phrases (summary_verb.go): a summary's
// first sentence must read as a news sentence, with a finite verb found by
// small per-language cue tables; a short verbless paragraph below the
// body's first one and above text with a verb (a caption without its
// credit, a list of names, a heading) is passed over. It changes one
// summary of the corpus and the tuning halves together (unseen.json's
// web-es-01, better); both rounds' tuning halves stay at 0 and 0. Held-out
// aggregate read once after it: seventh round 1 junk in 34, eighth round 3
// junk in 36, 0 empty (from 1 and 4).
//
// Ninth round (ids "s9-"): 57 real pages from outlets not yet in the set,
// chosen for photo reports and galleries, live blogs, agency wires, blogs
// and opinion pages, and bylines, datelines and credits in odd places, in
// en ru uk de fr es pt it tr; labelled before the analysis ran on them
// (commit d3dda24). One of them (a Turkish page typed with Cyrillic а's)
// crashed the analyzer, fixed first (8a145ed). Scored blind, once: tuning
// half 5 junk and 0 empty in 25; held-out half 6 junk and 0 empty in 32.
// Rules written on its tuning half (captions over a credit that date the
// picture, stamps with a weekday or month after their label, a tail marker
// above the story, the outlet's correspondent, sentences said twice, a
// gallery's count glued to its title) bring it to 0 junk; held-out
// aggregate read once after them: s7 1 junk in 34, s8 3 in 36, s9 5 in 32.
//
// Tenth round (ids "s10-"): 13 real pages with captions and stamps above
// the story, link headlines and agency datelines (en, ru), labelled before
// the analysis ran on them (commit 8e4d837); the hash put 10 of them in
// the held-out half. Scored blind, once, with the rules above: tuning half
// 1 junk in 3, held-out half 2 junk in 10, 0 empty. A rule for people
// placed in a picture between commas ("X, second from left, shows …")
// brings its tuning half to 0. Rules for the gaps named before any
// labels showed them (a present-tense scene caption opening the body or
// over a credit, teasers in which the outlet speaks of its own piece,
// "read also" labels in more languages) change no corpus or tuning
// summary. Held-out aggregates, read twice more (after those rules and at
// the end): s7 1 junk in 34, s8 3 in 36, s9 5 in 32, s10 2 in 10, 0 empty
// each; unseen.json's held-out junk stays at 3 in 216.
//
// Then an audit on fresh pages instead of a new labelled round: 72 real
// public pages outside the sets (regional papers, agencies, TV and radio
// sites, sport, live blogs, opinion, galleries; en ru uk de fr es pt it
// tr), run through the analyzer and read by hand, 15 junk summaries
// among them. Their patterns (summary_whole.go: pictures' file names and
// slugs glued to the text, one-word place datelines before a dash,
// sentences ending on a colon, lines in capitals, stamps before the
// author, labelled headlines taken for datelines, prompt boxes around a
// button, writers' posts glued to the text, arrows after a button's
// label, paragraphs repeated with other apostrophes, notices that the
// content is gone) leave 3 of them. Tuning halves stay at 0 junk (the
// tenth round's floor is raised to it); held-out aggregates, read once
// after: unchanged, s7 1 in 34, s8 3 in 36, s9 5 in 32, s10 2 in 10;
// unseen.json 3 in 216.
//
// Then a general test instead of more cues (summary_central.go): a lede is
// central to its story. The first candidate paragraph, when it is one
// sentence sharing at most one content stem with the headline, is passed
// over for a prose paragraph close below it that shares at least two more
// and a third of the headline's, when its share of words found in the
// title and the story below is low and under half the rival's. Corpus and
// tuning halves (1,504 summaries, held-out items left out): 3 change, all
// corpus (2 better, 1 neutral); tuning halves stay at 0 junk, 0 empty.
// Fresh-page audit (62 pages outside the sets, en ru uk de fr es it pt):
// 11 junk summaries before, 9 after (a list of promos, a login box).
// Held-out aggregate read once after it: unchanged, s7 1 in 34, s8 3 in
// 36, s9 5 in 32, s10 2 in 10, 0 empty; unseen.json 4 in 248. On the
// tuning halves' labelled furniture paragraphs (first six text paragraphs,
// each weighed as if it came first) it fires on 4 of 81, and on 2 of 198
// clean ones: most furniture there is glued inside the lede's paragraph or
// has no clean paragraph below it, which centrality cannot judge. A bug
// found on an audit page (a headline repeated with a rubric was bounded in
// bytes, so two Cyrillic words passed) was fixed after; read once more at
// the end, the held-out aggregates are unchanged.
//
// Then furniture glued inside the lede's own paragraph, by where a
// sentence begins and ends rather than by cue phrases (summary.go,
// summary_caption.go, summary_page.go): bracketed initials and agency
// codes outside a sentence, known or not ("… zu. (ch)", "(ав/тасс)"),
// lower-case ones before a paragraph's last full stop; the headline, a
// caption with its credit, or a date, time or time-ago stamp glued in
// front of the first sentence, each cut only when what follows opens and
// reads as a sentence with a finite verb. Corpus and tuning halves (1,718
// summaries, held-out left out): one change (a chat quote's opening
// clock stamp, neutral); tuning halves stay at 0 junk, 0 empty. An audit
// of 11 fresh pages outside the sets: no change, 3 junk before and after
// (a verbless caption heading, a reporter's contact line, a promo above
// the story), none of the glued kind. Held-out aggregate read twice
// (after the first three rules and at the end): unchanged, s7 1 in 34,
// s8 3 in 36, s9 5 in 32, s10 2 in 10, 0 empty.
//
// Then three kinds of furniture the audits found, each by extending the
// mechanism that already reads its kind: the Spanish, Portuguese and
// Italian wires' datelines (a place with its region in brackets, a date
// written out, an agency of two words: "Ciudad de México, 12 de diciembre
// (Europa Press).-", "(Notimex).-"; cutAgencyParen, cutLeadingAgency), a
// caption signed by the picture desk ("…, бильд-редактор: Name", "/
// photo editor"; isDeskCredit), and a line that only gives the writer's
// address ("X can be reached at …", «Связаться с автором …»;
// summary_contact.go). Corpus and tuning halves (1,718 summaries,
// held-out left out): two change, both unseen_c9.json tuning junk, both
// better (unseen tuning junk 2 to 0 in 288); the summary set's tuning
// halves stay at 0 junk, 0 empty. Held-out aggregate read once before
// the last commit (a desk role before a colon needs a name after it):
// unchanged, s7 1 in 34, s8 3 in 36, s9 5 in 32, s10 2 in 10, 0 empty;
// the unseen set 6 in 280. A second read after it showed the unseen set
// alone, again 6 in 280; the floors above pass.
//
// Eleventh round (ids "s11-"): 41 real pages of ordinary outlets (regional
// papers, TV and radio sites, portals, agencies; en ru de es fr uk it pt
// tr), found by topic searches (a robbery arrest, a storm, a council's
// budget, a fire, a road crash, a school, a flood, a park's opening) and
// taken in the order the search gave them, skipping only pages that are
// not an outlet's article (councils' minutes, law firms, tag pages),
// pages already in a set and pages with no headline or address to name
// them; not chosen for furniture, so 16 have none (summaryAsTheyCome).
// Labelled before the analysis ran on them (commit 7520af9). Scored
// blind, once: tuning half 1 junk and 0 empty in 21, held-out half 1 junk
// and 0 empty in 20 (the held-out read also gave, unchanged, s7 1 in 34,
// s8 3 in 36, s9 5 in 32, s10 2 in 10). Rules written on its tuning half
// and on fresh audit pages outside the sets (galleries, captions glued to
// ledes, wire datelines; summary_gallery.go, summary_colon.go, and
// abbreviations of streets and titles in six more languages in
// sentence.go) bring its tuning half to 0 junk; corpus and tuning halves
// (1,554 summaries, held-out left out): 7 change, 6 better, 1 neutral.
// Held-out aggregate read once after them (the second read of the
// session): s7 1 in 34, s8 3 in 36, s9 3 in 32 (from 5), s10 2 in 10, s11
// 1 in 20, 0 empty; the unseen set's held-out half 5 in 280 (from 6).
// Further rules from the same audits (about 70 fresh pages in all, 11 of
// them with a junk summary before the session's rules, 2 after: a
// gallery's caption cut by its "...more" link, a list of other stories'
// headlines above the text) — captions closing the lede above a credit
// or an agency's code, colon datelines with a region or a wire's code,
// link cards, the comment form's spam notice, names read as past verbs,
// ordinal days before a month, outlets' codes in capitals — change one
// more corpus summary (better). Held-out aggregate read a third time at
// the end: unchanged from the second read.
//
// Twelfth round (ids "s12-"): 50 real pages of ordinary outlets (regional
// papers, TV and radio sites, agencies, portals; en ru de fr es uk pt it
// tr), found by topic searches (a school bus crash, a hospital's new
// emergency room, a county's road contract, a water cut, a fraud
// sentence, a new school, a harvest in drought, a forest fire, gendarmes
// hurt on the road, a street closed for works, a vaccination campaign, a
// road repair) and taken in the order the search gave them, skipping
// pages that are not an outlet's article, pages already in a set and
// pages with no headline or address to name them; 19 have no furniture.
// Labelled before the analysis ran on them (commit e9abf0e). Scored
// blind, once: tuning half 2 junk and 0 empty in 26, held-out half 2 junk
// and 0 empty in 24 (held-out read 1 of 3 of the session; the other
// rounds' held-out halves unchanged, s7 1 in 34, s8 3 in 36, s9 3 in 32,
// s10 2 in 10, s11 1 in 20). Runs made to tune set UNSEEN_TUNING_ONLY=1,
// which keeps the held-out halves' figures out of the log. Its two tuning
// junk summaries were the headline printed again under the page's chrome
// on its line (a paywall icon's markup, a breadcrumb trail); the rule for
// them (repeatsTitle, isChromeHead) brings the tuning half to 0. Rules for
// the gaps named before the round (a lede read out of a short paragraph
// taken for a credit as a whole, "… on Friday. Photo: X" and "Photo: X/AP
// A school bus …", when it is told in the past on the headline's words;
// Russian nouns of agent in -тели read as no past verbs; a credit glued
// before a German „…“ quotation parted where „ opens it; a credit glued
// inside the lede), and from the unseen set's tuning half and fresh audit
// pages (a paragraph printed twice in itself, a teaser cut above its
// paragraph, French "Photo :" labels, a kicker and the headline glued in
// front of the lede) change no corpus summary; over the corpus and the
// tuning halves (1,765 summaries, held-out left out) one changes, better
// (unseen_c11's caption of a wrecked patrol car; unseen tuning junk 1 to
// 0 in 314), and one more of the twelfth round's tuning half (a Ukrainian
// lede under a comment counter, better); Spanish and Portuguese past cues
// let the scene-caption rule judge captions over credits there too.
// Held-out aggregate read once after them (read 2 of 3 of the session):
// unchanged, s7 1 in 34, s8 3 in 36, s9 3 in 32, s10 2 in 10, s11 1 in
// 20, s12 2 in 24, 0 empty; the unseen set's held-out half 5 in 302.
//
// Thirteenth round (ids "s13-"): 61 real pages of ordinary outlets (local
// TV and radio sites, regional papers, portals, agencies, outlets' blogs;
// en ru de fr es pt it uk tr pl kk), found by topic searches (a bridge
// closed for repairs, power cuts after storms, planned outages, crashes
// with a rescue helicopter, a rail strike, snow closing roads, house
// fires, schools shut for a weather alert, road repairs, snow clearing)
// and taken as they come, skipping guides and service pages, pages already
// in a set, pages whose text holds the store's image markup and pages with
// no headline or address to name them; 10 have no furniture. Labelled
// before the analysis ran on them (commit 895c0f0). Scored blind, once:
// tuning half 3 junk and 0 empty in 31, held-out half 6 junk and 0 empty
// in 30 (held-out read 1 of 3 of the session; the other rounds' held-out
// halves unchanged, s7 1 in 34, s8 3 in 36, s9 3 in 32, s10 2 in 10, s11
// 1 in 20, s12 2 in 24). Its three tuning junk summaries were a caption
// above a player's "enable JavaScript" notice, a place set off by a
// middle dot ("Schwandorf/Bayern · Am …") and a video's kind glued to its
// linked title ("Video Vehículos quedan atascados …"); the rules for them
// (summary_media.go: isCaptionOverPlayer, isMediaTeaser, cutPlaceDot) and
// Polish abbreviations bring the tuning half to 0. Further rules from
// about 60 fresh audit pages outside the sets (ticker marks, messengers'
// pictographs, credits of the material used, teasers cut before their
// link, captions with slash credits or a credit in capitals after a dash,
// widget labels glued to the text, two-part subheadings, American places
// with their state before a dash, Turkish follow prompts, Polish ranks)
// change one tuning summary (unseen_c11's council teaser printed twice,
// better) and no corpus summary; one existing rule was narrowed (a name,
// a description and a year before a dash is no dated dateline). Rules
// tried and dropped because they made tuning or corpus summaries worse: a
// one-sentence paragraph over a credit inside the lead taken for a
// caption, lines joined wherever a long line runs into one in lower case,
// and a caption of two sentences printed twice passed over (it also
// passes over a lede printed twice). The analyzer's abbreviations now
// live in news (IsAbbreviation) and render cuts /latest at the same
// sentence ends, showing a first sentence whole up to 500 characters.
// Held-out aggregate read twice more (after the first rules, and at the
// end): s13 5 in 30, the other rounds unchanged; 0 empty everywhere.
//
// Then an audit instead of a new labelled round (the tuning halves were
// at 0 junk in 180 and gave no more signal): 68 real pages outside the
// sets as feeds deliver them (local TV and radio sites, regional papers,
// portals, agencies, police pages; en ru de fr es pt it uk tr pl kk;
// fires, crashes, arrests), run through the analyzer and read by hand:
// 9 junk summaries before this session's rules, 3 after. Rules for the
// kinds they showed, each written for the kind and tested in English and
// Russian: the page's notes to its reader (audio players' labels, notes
// that the story will be updated, lines linking to other reports,
// pointers to the pictures; pageNotes), Turkish words opening with İ
// read by the page's phrase set (a bug), a short sentence printed again
// taken once, a numeric date with its year after a space ("(20/21.02.
// 2025)") ending no sentence, a caption printed a third time below its
// doubled alt text; and for the gaps named before the audit: a headline
// of two sentences glued before the lede, with an outlet's code before a
// stamp; a gallery's picture number glued to a caption's full stop
// ("flammes.2."); a place in capitals glued to a lede that opens with an
// article or a preposition ("SON SERVERA Un agente …", not "NATO
// Secretary …"); a caption in the present over its credit inside the
// lead. Corpus and tuning halves (1,794 summaries, held-out left out):
// none change; tuning halves stay at 0 junk. The 3 left: a Polish
// headline, outlet code and stamp glued to the lede (Polish has no verb
// cues), a promo of another story above the lede, a police press
// release's "Verantwortlich:" line over verbless place lines. A second
// batch of 13 fresh pages (council budgets, schools; en ru de es), read
// only after the rules: 0 junk. Held-out aggregate read once at the end:
// unchanged, s7 1 in 34, s8 3 in 36, s9 3 in 32, s10 2 in 10, s11 1 in
// 20, s12 2 in 24, s13 5 in 30 (17 in 186), 0 empty; the unseen set's
// held-out half 5 in 358.
//
// A second audit outside the sets, of kinds the first did not cover: 48
// real pages as feeds deliver them (agency wires and markets reports,
// match reports, ministries' and police statements, reviews, live blogs,
// interviews; en ru uk de fr es pt it kk), 12 junk summaries before this
// session's rules, 4 after. Rules, each for its kind and tested in
// English and Russian: a German ordinal after an article or a contracted
// preposition ("Zum 62. Mal", "den 35. Geburtstag") and a short sum after
// a number ("1,518 Bio. Euro") end no sentence (one corpus summary
// changes, better: it no longer opens on "Mal sind in Marl …"); a site's
// sign-in and consent notes, a font widget's label and a pointer to the
// match report elsewhere are page notes; a heading glued without a space
// to the text below it ("… saysDr Jane …", «… мостВ понедельник …») is
// cut; the headline under a rubric's trail split by bars and a colon is
// passed over; a byline glued to a wire's dateline without a colon is
// cut. Tuning halves stay at 0 junk; corpus and tuning summaries
// otherwise unchanged. The 4 left: a Ukrainian site's donation banner
// over a scorers' line, a question printed as a dek over a lede opened by
// a credit with a montage mark ("[M]Frankfurt."), a video's pointer
// "(above)" in a dek, and a page whose stored copy opens on its store's
// " date 2023-10" stamp. Tried and dropped: a lone question over the lede
// passed over (it changed three corpus summaries, worse: a chat quote and
// a column's opening question). A second batch of 8 fresh pages (Interfax,
// TASS, Anadolu; ru tr), read only after the rules: 0 junk. Held-out
// aggregate read once at the end: unchanged, 17 in 186, 0 empty.
var summaryFloors = map[string]map[bool]struct{ junk, empty int }{
	"s7":  {false: {0, 0}, true: {1, 0}},
	"s8":  {false: {0, 0}, true: {3, 0}},
	"s9":  {false: {0, 0}, true: {3, 0}},
	"s10": {false: {0, 0}, true: {2, 0}},
	"s11": {false: {0, 0}, true: {1, 0}},
	"s12": {false: {0, 0}, true: {2, 0}},
	"s13": {false: {0, 0}, true: {5, 0}},
}

// summaryAsTheyCome are the rounds whose pages were taken as a topic
// search gave them, not chosen for their furniture: a page with none has
// an empty junk list and counts among the articles all the same.
var summaryAsTheyCome = map[string]bool{"s11": true, "s12": true, "s13": true}

func loadSummaryLabels(t *testing.T) []summaryLabel {
	t.Helper()
	return readJSON[[]summaryLabel](t, "testdata/summaries_unseen.json")
}

// TestUnseenSummaries measures junk summaries on the summary set, per
// half. Junk is listed for the tuning half only, so nothing is tuned on the
// held-out half's failures.
func TestUnseenSummaries(t *testing.T) {
	labels := loadSummaryLabels(t)
	byKey := map[string]corpusItem{}
	for _, it := range loadCorpus(t) {
		byKey[it.file+"|"+it.in.Title] = it
	}
	a := shared()
	// halves[round][held] are the figures of one half of one round.
	halves := map[string]map[bool]*summaryHalf{}
	for _, l := range labels {
		in, ok := labelledInput(t, byKey, l.ID, l.Source, l.Title, l.Body, l.Lang)
		if !ok {
			continue
		}
		round, _, _ := strings.Cut(l.ID, "-")
		if len(l.Junk) == 0 && !summaryAsTheyCome[round] {
			t.Errorf("%s: no junk labelled", l.ID)
		}
		if _, ok := summaryFloors[round]; !ok {
			t.Errorf("%s: no floors for round %q", l.ID, round)
			continue
		}
		held := l.heldOut()
		if halves[round] == nil {
			halves[round] = map[bool]*summaryHalf{false: {}, true: {}}
		}
		h := halves[round][held]
		h.articles++
		sum := a.Analyze(in).Summary
		if strings.TrimSpace(sum) == "" {
			h.empty++
			if !held {
				t.Logf("%s: empty summary: %q", l.ID, in.Body)
			}
		}
		for _, j := range l.Junk {
			if strings.Contains(sum, j) {
				h.junk++
				if !held {
					t.Logf("%s: junk summary (%q): %q", l.ID, j, sum)
				}
				break
			}
		}
	}
	for _, round := range []string{"s7", "s8", "s9", "s10", "s11", "s12", "s13"} {
		for _, held := range []bool{false, true} {
			h := halves[round][held]
			if h == nil {
				t.Fatalf("summary set: no %s round", round)
			}
			if !(held && hideHeldOut()) {
				t.Logf("summary set, %s round, %s half: %v", round, halfName(held), *h)
			}
			f := summaryFloors[round][held]
			if held && hideHeldOut() && (h.junk > f.junk || h.empty > f.empty) {
				t.Errorf("summary set, %s round, held-out half: above its floors of %d junk and %d empty (figures hidden)", round, f.junk, f.empty)
				continue
			}
			if h.junk > f.junk {
				t.Errorf("summary set, %s round, %s half: %d junk summaries, want at most %d", round, halfName(held), h.junk, f.junk)
			}
			if h.empty > f.empty {
				t.Errorf("summary set, %s round, %s half: %d empty summaries, want at most %d", round, halfName(held), h.empty, f.empty)
			}
		}
	}
}
