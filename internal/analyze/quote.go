package analyze

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot/internal/news"
)

// Quote limits.
const (
	minQuoteWords = 6
	// minSpokenWords is the floor for a short question or exclamation
	// whose attribution follows it at once («Вам разрешили прийти сюда?» —
	// спросил министр · “Did you sign this letter?” Kimmel asked).
	minSpokenWords = 4
	// minSentenceWords is the floor for a short answer to a question the
	// text reports just before it, a whole sentence of the speaker's: it
	// opens its paragraph before its attribution («Это нужно спрашивать в
	// МИД», — сказал представитель Кремля) or closes the paragraph after
	// an attribution's colon (отвечая на вопрос, … сказала однозначно:
	// «Здесь прямая взаимосвязь»).
	minSentenceWords = 3
	// maxQuotes bounds the quotations an article keeps, best first: the
	// analysis finds every well-attributed one and the presentation picks
	// (a card shows the best, the editor's preview lists all).
	maxQuotes    = 10
	maxQuoteSpan = 3000 // an opening mark without a close this far away is a stray
	maxSpansPara = 64   // bound work on paragraphs made of quote marks
)

type refKind uint8

const (
	refNone refKind = iota
	refName
	refPronoun
	refRole
	// refSubject: the speaker is the subject of the sentence, named before
	// the verb ("X refuted the claim and said “…”", "X urged …, adding “…”").
	refSubject
	// refCited: a surname in an oblique case after a citing verb
	// («цитирует Выборнова РБК»), named in full before.
	refCited
	// refHeadline: the speaker the headline names before its quotation
	// ("Николай Костов: «Матч получился напряжённым»"), for a body that
	// gives the same words as a dash turn with no attribution.
	refHeadline
	// refGiven: a speaker the text gives by other means than a name at
	// the attribution, resolved to the name as the article writes it: a
	// transcript's head in capitals (quote_caps_transcript.go), "the
	// 45-year-old" after "Anna Kaur, 45," (quote_aged_person.go).
	refGiven
)

// speakerRef is who an attribution points at, before resolution.
type speakerRef struct {
	kind     refKind
	ts, te   int // token range of a name
	roleCode string
	role     string
	female   bool   // a "she"/"она" pronoun
	written  bool   // a first name given by an apposition: the speaker as written
	name     string // refHeadline, refGiven: the name as the headline or the text writes it
	// unnamed: a role after an indefinite article ("a CBI spokesperson
	// said:", "an official told …"): someone the text does not name, so
	// no one named elsewhere (quote_unnamed_role.go).
	unnamed bool
}

type quoteSpan struct {
	open, end int // byte offsets of the opening mark and just past the closing mark
	ts, te    int // the quoted text
	para      int
	ref       speakerRef
	block     bool
	// A dash continuation by the same speaker («…, — сказал X. — …»):
	// text joined after [ts, te).
	ts2, te2 int
	runOn    bool // a paragraph of a quotation that goes on in the next one
	// after: the attribution follows the closing mark («…», — сказал X).
	after bool
	// tail: for a quotation closed paragraphs later, the offset just past
	// its closing mark, where an attribution may name the speaker.
	tail int
	// sourced: the quotation finishes a sentence opened by its source
	// («По словам X, … «…»», quote_ru_source.go): the source's words, not
	// a phrase of the reporter's.
	sourced bool
}

// text is the quotation's text, a dash continuation joined to it.
func (q *quoteSpan) text(d *doc) string {
	if q.te2 <= q.ts2 {
		return quoteText(d.body[q.ts:q.te])
	}
	first := strings.TrimSpace(d.body[q.ts:q.te])
	second := d.body[q.ts2:q.te2]
	if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(second)); strings.HasSuffix(first, ",") && !unicode.IsLower(r) {
		first = strings.TrimRight(first, ", ") + "." // «A, — сказал X. — B»: two sentences; «A, — сказал X, — и b» goes on as one
	}
	if strings.Contains(second, "\n") {
		// the paragraphs of a quotation closed paragraphs later: one
		// line, as the quotation reads
		second = strings.Join(strings.Fields(second), " ")
	}
	return first + " " + quoteText(second)
}

// enTitleCommaName reads "the head of the water agency, Yermek
// Kosherbayev." after an English speech verb: an article and a
// descriptive phrase of at most a dozen words ("the Press Secretary of the
// President of the Republic of Uzbekistan") holding a title or a person's
// noun, a comma, then a name of two or three words that ends the sentence.
func (a *Analyzer) enTitleCommaName(d *doc, i, limit int) (speakerRef, int, bool) {
	in := func(j int) bool { return j < len(d.btoks) && int(d.btoks[j].s) < limit }
	if !in(i) || d.word(i) != "the" && d.word(i) != "a" && d.word(i) != "another" {
		return speakerRef{}, i, false
	}
	title := false
	for j := i + 1; j < i+13 && in(j); j++ {
		gap := d.body[d.btoks[j-1].e:d.btoks[j].s]
		if strings.TrimSpace(gap) == "," {
			if !title || !in(j+1) {
				return speakerRef{}, i, false
			}
			n := a.nameRun(d, j)
			if n < 2 {
				return speakerRef{}, i, false
			}
			if e := j + n; in(e) && !strings.ContainsAny(d.body[d.btoks[e-1].e:d.btoks[e].s], ".!?") {
				return speakerRef{}, i, false // the sentence goes on: the name may be someone else's
			}
			return speakerRef{kind: refName, ts: j, te: j + n}, j + n, true
		}
		if !onlyRunes(gap, " -’'") {
			return speakerRef{}, i, false
		}
		w := d.word(j)
		if w == "and" {
			return speakerRef{}, i, false // "the minister and his deputy, X": two people
		}
		_, role := roleWords[w]
		title = title || role || d.listed(j, rwPersonNoun) || enPersonTitles[w]
	}
	return speakerRef{}, i, false
}

// enPersonTitles name a person's office in a descriptive phrase ("the head
// of the agency", "a member of the board"); bodies' words (agency,
// ministry) are none.
var enPersonTitles = map[string]bool{
	"head": true, "member": true, "chief": true, "director": true, "chair": true, "deputy": true,
	"adviser": true, "advisor": true, "secretary": true, "representative": true, "founder": true,
	"judge": true, "lawyer": true, "coach": true, "captain": true, "manager": true, "ceo": true,
}

// ruStatementNouns are a statement's forms whose author follows in the
// genitive («в заявлении X», «в обращении X»).
var ruStatementNouns = map[string]bool{
	"заявлении": true, "сообщении": true, "обращении": true, "письме": true, "послании": true,
	"публикации": true, "посте": true, "заявления": true, "обращения": true,
}

// pronounReach is how many sentences back "he"/«он» looks for the person
// it means. Sentences that name no one pass it on (a chain of "he decided
// …", "during the meeting he said …", "the leader stressed …"), so five
// such sentences may stand between the person and the pronoun.
const pronounReach = 5

// quotes finds direct quotations with a known speaker, best first.
func (a *Analyzer) quotes(d *doc) []news.Quote {
	var spans []quoteSpan
	for pi, p := range d.paras {
		if p.kind != pText && !d.quotingCaption(pi) {
			continue
		}
		spans = d.appendQuoteSpans(spans, pi, p.span)
	}
	for i := range spans {
		q := &spans[i]
		q.ref = a.attributionAfter(d, q.end, int(d.paras[q.para].e))
		q.after = q.ref.kind != refNone
		if q.ref.kind == refNone && q.tail > 0 {
			q.ref = a.attributionAfter(d, q.tail, int(d.paras[d.paraAt(q.tail)].e))
			q.after = q.ref.kind != refNone
		}
		if q.ref.kind == refNone {
			q.ref = a.attributionBefore(d, q.open, q.para)
		}
		if q.ref.kind == refNone {
			q.ref = a.sourceClause(d, *q) // «По словам X, … «…»» (quote_ru_source.go)
			q.sourced = q.ref.kind != refNone
		}
	}
	a.signQuotations(d, spans) // «…» — Иван Петров (quote_signed.go)
	spans = mergeSplitQuotes(d, spans)
	if d.ru {
		spans = a.splitDashSpans(d, spans)
	}
	// “A,” said X. “B.” — the second quotation continues the first speaker's,
	// also across a short quoted title in the attribution (“A,” he said on
	// CNN’s “New Day”. “B.”).
	for i := 1; i < len(spans); i++ {
		q := &spans[i]
		if q.ref.kind != refNone {
			continue
		}
		k, titles := i-1, 0
		for k >= 0 && spans[k].para == q.para && spans[k].ref.kind == refNone && countWords(d.body[spans[k].ts:spans[k].te]) < minQuoteWords {
			k--
			titles++
		}
		if k < 0 {
			continue
		}
		prev := &spans[k]
		if a.colonNamesOther(d, prev.end, q.open) {
			continue // “A,” said X, and Y confirmed: “B.” — B is not X's
		}
		if prev.ref.kind != refNone && prev.para == q.para && q.open-prev.end < 160 &&
			quoteMarks(d.body[prev.end:q.open]) == 2*titles && startsUpper(d.body[q.ts:q.te]) {
			q.ref = prev.ref
		} else if prev.ref.kind != refNone && titles == 0 && (d.continuesParagraph(*prev, *q) || d.continuesParagraphAside(*prev, *q)) {
			q.ref = prev.ref
		}
	}
	// A paragraph that is one quotation without an attribution, after a
	// paragraph that introduces one person speaking ("X stated that …" then
	// "“…”"), is that person's.
	for i := range spans {
		if q := &spans[i]; q.ref.kind == refNone && q.para > 0 && q.open == int(d.paras[q.para].s) && !q.runOn &&
			onlyRunes(strings.TrimSpace(d.body[q.end:d.paras[q.para].e]), ".!?") && startsUpper(d.body[q.ts:q.te]) &&
			(i == 0 || spans[i-1].para != q.para-1) {
			if q.ref = a.introducer(d, q.para-1); q.ref.kind == refNone {
				q.ref = a.pronounIntroducer(d, q.para-1) // «По его словам, …» then «…» (quote_pronoun_intro.go)
			}
			if q.ref.kind == refNone {
				q.ref = a.praiseIntroducer(d, q.para-1) // "X praised the hosts." then "“…”" (quote_en_praise_intro.go)
			}
		}
	}
	// A quotation that ends its paragraph, opening a sentence after one
	// that introduces a person speaking ("X said that … . “…”"), is that
	// person's.
	for i := range spans {
		if q := &spans[i]; q.ref.kind == refNone && q.open > int(d.paras[q.para].s) && !q.runOn &&
			onlyRunes(strings.TrimSpace(d.body[q.end:d.paras[q.para].e]), ".!?") && startsUpper(d.body[q.ts:q.te]) &&
			(i == 0 || spans[i-1].para != q.para) {
			q.ref = a.introducerBefore(d, q.open, q.para)
		}
	}
	// A paragraph that is one quotation, then a paragraph opening with its
	// attribution («…»\n\nОб этом заявил X. · “…”\n\nSo said X.).
	for i := range spans {
		if q := &spans[i]; q.ref.kind == refNone && !q.runOn && q.open == int(d.paras[q.para].s) &&
			onlyRunes(strings.TrimSpace(d.body[q.end:d.paras[q.para].e]), ".!?") {
			if q.ref = a.attributionNextPara(d, q.para); q.ref.kind == refNone {
				q.ref = a.signedBelow(d, *q) // «…»\n\nИван Петров, депутат (quote_signed_below.go)
			}
		}
	}
	// A run-on paragraph takes the speaker of the quotation that goes on in
	// the next paragraph.
	for i := len(spans) - 2; i >= 0; i-- {
		if q, next := &spans[i], spans[i+1]; q.runOn && q.ref.kind == refNone && d.followsRunOn(*q, next.para) &&
			next.open == int(d.paras[next.para].s) {
			q.ref = next.ref
		}
	}
	// A paragraph that is one quotation with no attribution, then a
	// paragraph whose quotation its speaker "added" (“A.”\n\nShe added:
	// “B.” · «A»\n\n«B», — добавил он): the same speaker's
	// (quote_added.go).
	for i := 0; i+1 < len(spans); i++ {
		if q, next := &spans[i], spans[i+1]; q.ref.kind == refNone && !q.runOn && q.open == int(d.paras[q.para].s) &&
			next.para == q.para+1 && next.ref.kind != refNone && !next.ref.unnamed &&
			onlyRunes(strings.TrimSpace(d.body[q.end:d.paras[q.para].e]), ".!?") && d.addedAttribution(next) {
			q.ref = next.ref
		}
	}
	// A quotation of several paragraphs with no attribution of its own
	// ("“A.\n\n“B.”") after a paragraph introducing one person speaking is
	// that person's, every paragraph of it.
	for i := 0; i < len(spans); i++ {
		q := &spans[i]
		if !q.runOn || q.ref.kind != refNone || q.para == 0 || i > 0 && spans[i-1].para == q.para-1 {
			continue
		}
		ref := a.introducer(d, q.para-1)
		if ref.kind == refNone {
			ref = a.praiseIntroducer(d, q.para-1) // (quote_en_praise_intro.go)
		}
		for k := i; ref.kind != refNone && k < len(spans) && spans[k].ref.kind == refNone &&
			spans[k].para == q.para+(k-i) && spans[k].open == int(d.paras[spans[k].para].s); k++ {
			spans[k].ref = ref
			if !spans[k].runOn {
				break
			}
		}
	}
	spans = a.appendBlockQuotes(d, spans)
	if d.ru {
		spans = a.appendDashQuotes(d, spans)
	} else {
		spans = a.appendEnDashTurns(d, spans)
	}
	spans = a.appendColonSpeech(d, spans)
	spans = a.appendSignedSpeech(d, spans) // (quote_signed.go)
	spans = a.appendIntroducedSpeech(d, spans)
	spans = a.appendSpeakerLines(d, spans)    // (quote_unmarked.go)
	spans = a.appendAddressedSpeech(d, spans) // (quote_unmarked.go)
	spans = a.appendColonUnmarked(d, spans)   // (quote_unmarked.go)
	spans = a.appendPlainAnswers(d, spans)    // (quote_unmarked.go)
	spans = a.appendQAAnswers(d, spans)       // (quote_qa.go)
	a.joinContinuedSpeech(d, spans)           // (quote_unmarked.go)
	spans = a.appendCollapsedNested(d, spans)
	spans = a.appendCollapsedClose(d, spans) // «X заявил: «… к «расправе».» (quote_ru_collapsed_close.go)

	// The people the article mentions are listed only once a quotation
	// needs a speaker resolved: most articles quote no one.
	var mentions []mention
	listed := false
	var out []news.Quote
	seen := map[string]bool{}
	for _, q := range spans {
		if d.quoteTrace != nil {
			if !listed && q.ref.kind != refNone {
				mentions, listed = a.personMentions(d), true
			}
			a.traceQuote(d, q, mentions, spans, seen)
		}
		if q.ref.kind == refNone {
			continue
		}
		text := q.text(d)
		if countWords(text) < minQuoteWords && !d.spokenLine(q, text) || seen[text] || d.embeddedFragment(q) || d.namedWork(q) || d.captionPara(q.para) || retoldWords(text) {
			continue
		}
		if !listed {
			mentions, listed = a.personMentions(d), true
		}
		speaker := a.resolve(d, q, mentions, spans)
		if q.ref.kind == refRole && speaker != "" && d.roleFieldOther(q, mentions, speaker) {
			speaker = "" // «представитель министерства просвещения» is no one titled otherwise (quote_precision.go)
		}
		if d.ru {
			speaker = d.ruGenitiveShown(nominativeSpeaker(speaker)) // (quote_ru_short_roles.go)
		}
		speaker = d.occupationTrimmed(speaker)
		if speaker == "" || d.depicted(q, speaker) {
			continue
		}
		seen[text] = true
		out = append(out, news.Quote{Text: text, Speaker: speaker, Pos: q.ts, Score: quoteScore(text)})
		// The quotation's place names its speaker, so a later "he said"
		// can refer back to it.
		mentions = append(mentions, mention{pos: q.ts, name: speaker, person: -1, said: true, written: loneSpeaker(speaker) || d.honorificNamed(speaker)})
	}
	out = dropRepeatedQuotes(out)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	if len(out) > maxQuotes {
		out = out[:maxQuotes]
	}
	return out
}

// dropRepeatedQuotes drops a quotation whose words stand inside a longer
// quotation of the same speaker: a headline, a standfirst or a
// subheading repeating part of what the text quotes in full ("According
// to X, the capitals \"are set to expand contacts\"" over "\"We are set
// to expand contacts …,\" X added"; «X: «Мы готовы к диалогу»» over the
// whole answer).
func dropRepeatedQuotes(out []news.Quote) []news.Quote {
	if len(out) < 2 || len(out) > 64 {
		return out
	}
	var drop uint64
	for i, q := range out {
		inner := strings.TrimRight(q.Text, ".,!?…")
		for j, o := range out {
			if j != i && len(o.Text) > len(q.Text) && o.Speaker == q.Speaker && strings.Contains(o.Text, inner) {
				drop |= 1 << i
				break
			}
		}
	}
	if drop == 0 {
		return out
	}
	keep := out[:0]
	for i, q := range out {
		if drop&(1<<i) == 0 {
			keep = append(keep, q)
		}
	}
	return keep
}

// colonNamesOther reports whether the words between two quotations, from
// byte offset lo to hi, end in a colon after a full name: the second
// quotation is introduced as someone else's words («…», — сказал он на
// утверждение, что это подтвердил также архиепископ Баграт Галастанян:
// «…»), so it does not go on with the first one's speaker.
func (a *Analyzer) colonNamesOther(d *doc, lo, hi int) bool {
	if !strings.HasSuffix(strings.TrimSpace(d.body[lo:hi]), ":") {
		return false
	}
	for k := d.tokAt(lo); k < len(d.btoks) && int(d.btoks[k].e) <= hi; k++ {
		if a.nameRun(d, k) >= 2 {
			return true
		}
	}
	return false
}

// spokenLine reports whether a short quotation is a line someone said: a
// question or an exclamation of at least minSpokenWords words opening with
// a capital, its attribution right after the closing mark. A short name,
// title or slogan in marks is none of these.
//
// A short statement of at least minSentenceWords words is one too when it
// answers a question the text reports just before it and is a whole
// sentence set apart as the speaker's: it opens its paragraph with the
// attribution right after it, or it ends the paragraph after the colon of
// an attribution before it. A short statement with no question before it
// stays out, like a title or a slogan.
func (d *doc) spokenLine(q quoteSpan, text string) bool {
	if q.te2 > q.ts2 || !startsUpper(text) {
		return false
	}
	n := countWords(text)
	if q.after && n >= minSpokenWords {
		if last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(d.body[q.ts:q.te], " ")); last == '?' || last == '!' {
			return true
		}
	}
	if n < minSentenceWords || !d.questionBefore(q) {
		return false
	}
	p := d.paras[q.para]
	if q.after {
		return q.open == int(p.s)
	}
	rest := strings.TrimSpace(d.body[q.end:p.e])
	return strings.HasSuffix(strings.TrimSpace(d.body[p.s:q.open]), ":") && onlyRunes(rest, ".!?")
}

// questionBefore reports whether the 40 words before quotation q, in its
// paragraph and the one before, report a question put to the speaker
// («ответил на вопрос», «отвечая на вопрос журналистов», "was asked",
// "answering a question").
func (d *doc) questionBefore(q quoteSpan) bool {
	lo := int(d.paras[max(q.para-1, 0)].s)
	for k, n := d.tokAt(q.open)-1, 0; k >= 0 && n < 40 && int(d.btoks[k].s) >= lo; k, n = k-1, n+1 {
		if questionWords[d.word(k)] {
			return true
		}
	}
	return false
}

// questionWords report a question put to someone.
var questionWords = map[string]bool{
	"вопрос": true, "вопроса": true, "вопросы": true, "вопросом": true, "вопросе": true, "вопросов": true,
	"question": true, "questions": true, "asked": true,
}

// appendQuoteSpans finds the outermost quotations of one paragraph. A
// quotation never leaves its paragraph: an opening mark that no mark closes
// there (a stray or mixed mark: ‘…', "…) is skipped, and the scan goes on
// right after it, so it swallows neither the rest of the paragraph nor the
// next one.
func (d *doc) appendQuoteSpans(out []quoteSpan, pi int, p span) []quoteSpan {
	start, found := int(p.s), 0
	at, r, sz := d.firstMark(start, int(p.e))
	if at < 0 {
		return out
	}
	if n := len(out); pi > 0 && d.paras[pi-1].kind == pText && (n == 0 || out[n-1].te2 <= int(p.s)) {
		if ms, me := d.lostOpening(int(p.s), int(p.e), at, r, sz); ms >= 0 {
			// “A …\n\nB …,” she said: the page lost the mark opening
			// this paragraph of the quotation (quote_lost_open.go).
			out = append(out, quoteSpan{open: int(p.s), end: me, ts: int(p.s), te: ms, para: pi})
			start, found = me, 1
		}
	}
	for restart := 0; restart < 8 && start < int(p.e); restart++ {
		var stray int
		out, stray, found = d.scanQuotes(out, pi, start, int(p.e), found)
		if stray < 0 {
			break
		}
		if restart == 0 && found == 0 {
			if cut := d.unclosedBeforeAttribution(pi, stray); cut > 0 {
				// "I believe that …, said Mr Abayev adding that …": the
				// closing mark left out before an attribution inside the
				// paragraph; the quotation ends at the attribution's comma.
				_, osz := utf8.DecodeRuneInString(d.body[p.s:])
				out = append(out, quoteSpan{open: int(p.s), end: cut, ts: int(p.s) + osz, te: cut, para: pi})
				return out
			}
		}
		if restart == 0 && found == 0 && d.runOnQuote(pi, stray) {
			// A quotation that goes on in the next paragraph: its first
			// paragraph has no closing mark, the next opens with one.
			_, osz := utf8.DecodeRuneInString(d.body[p.s:])
			out = append(out, quoteSpan{open: int(p.s), end: int(p.e), ts: int(p.s) + osz, te: int(p.e), para: pi, runOn: true})
			return out
		}
		if (restart == 0 && found == 0 || d.colonBefore(stray)) && d.runOnAfterIntro(pi, stray) {
			// Danielle said: “We had only been there … (no close)\n“The
			// pavements …”: the same convention after an attribution.
			_, osz := utf8.DecodeLastRuneInString(d.body[:stray])
			out = append(out, quoteSpan{open: stray - osz, end: int(p.e), ts: stray, te: int(p.e), para: pi, runOn: true})
			return out
		}
		if found > 0 && d.runOnAfterSplit(pi, stray) {
			// “A,” he said. “B … (no close)\n“C …”: the second part of a
			// split quotation runs on (quote_split_runon.go).
			_, osz := utf8.DecodeLastRuneInString(d.body[:stray])
			out = append(out, quoteSpan{open: stray - osz, end: int(p.e), ts: stray, te: int(p.e), para: pi, runOn: true})
			return out
		}
		if d.cutOffAfterColon(pi, stray) {
			// «Name, role: «Мы очень тщательно готовились … (the text
			// ends)», "X said: “We will … (the text ends)": a quotation
			// after its speaker's colon that the page cut off.
			_, osz := utf8.DecodeLastRuneInString(d.body[:stray])
			out = append(out, quoteSpan{open: stray - osz, end: int(p.e), ts: stray, te: int(p.e), para: pi})
			return out
		}
		if restart == 0 && found == 0 && d.cutOffQuote(pi, stray) {
			// «Да, мне вкуснее наша еда, – продолжил Тумусов. – Но …
			// (the text ends)»: a quotation the page cut off.
			_, osz := utf8.DecodeRuneInString(d.body[p.s:])
			out = append(out, quoteSpan{open: int(p.s), end: int(p.e), ts: int(p.s) + osz, te: int(p.e), para: pi})
			return out
		}
		if restart == 0 && found == 0 && d.cutOffRunOn(out, pi, stray) {
			// “A …¶“B … (the text ends): the last paragraph of a quotation
			// running on over paragraphs, cut off by the page
			// (quote_split_runon.go).
			if prev := &out[len(out)-1]; prev.te2 <= prev.ts2 {
				prev.ts2, prev.te2 = stray, int(p.e)
			}
			return out
		}
		if open, closeAt, tail, ok := d.closedLater(pi, stray); ok {
			// «Очень тяжелая игра. … (two paragraphs) … в больнице»: a
			// quotation opened once and closed paragraphs later, as
			// Russian and many English pages print it. Its first
			// paragraph is the quotation, the paragraphs after it up to
			// the closing mark go on with it (a page that hard-wraps a
			// quotation over blank lines puts most of it there), and an
			// attribution after the closing mark (tail) names its speaker.
			q := quoteSpan{open: open, end: int(p.e), ts: stray, te: int(p.e), para: pi, tail: tail}
			if next := int(d.paras[pi+1].s); closeAt > next {
				q.ts2, q.te2 = next, closeAt
			}
			out = append(out, q)
			return out
		}
		if d.cutOffSpeakerLine(pi, stray) {
			// «Иван Петров, главный тренер: «Сегодня мы … (no close, and
			// the next mark opens another line)»: a speaker line the page
			// cut off (quote_ru_speaker_line.go).
			_, osz := utf8.DecodeLastRuneInString(d.body[:stray])
			out = append(out, quoteSpan{open: stray - osz, end: int(p.e), ts: stray, te: int(p.e), para: pi})
			return out
		}
		start = stray
	}
	return out
}

// runOnQuote reports whether paragraph pi opens with a quotation mark that
// it never closes (stray is just past that mark) and the next paragraph
// opens with the same mark: the convention for a quotation of several
// paragraphs.
func (d *doc) runOnQuote(pi, stray int) bool {
	p := d.paras[pi]
	r, sz := utf8.DecodeRuneInString(d.body[p.s:])
	next := d.runOnNext(pi) // past a subheading (quote_en_subheading_runon.go)
	if int(p.s)+sz != stray || next < 0 {
		return false
	}
	nr, _ := utf8.DecodeRuneInString(d.body[d.paras[next].s:])
	return nr == r && (r == '“' || r == '«' || r == '"' || !d.ru && (r == '‘' || r == '\''))
}

// runOnAfterIntro reports whether the mark just before stray opens a
// quotation of several paragraphs after an attribution inside paragraph pi
// (Danielle said: “… · Он сказал: «…): a colon or comma before it, at
// least minQuoteWords words after it and no other mark to the paragraph's
// end, and the next paragraph opens with the same mark.
func (d *doc) runOnAfterIntro(pi, stray int) bool {
	p := d.paras[pi]
	r, sz := utf8.DecodeLastRuneInString(d.body[:stray])
	single := !d.ru && (r == '‘' || r == '\'')
	next := d.runOnNext(pi) // past a subheading (quote_en_subheading_runon.go)
	if stray-sz <= int(p.s) || r != '“' && r != '«' && r != '"' && !single || next < 0 {
		return false
	}
	before := strings.TrimRight(d.body[p.s:stray-sz], " ")
	if !strings.HasSuffix(before, ":") && (r == '"' || single || !strings.HasSuffix(before, ",")) {
		return false // a straight or single mark after a comma opens a phrase as often ("X, as indicated, "seems …")
	}
	if strings.ContainsAny(d.body[stray:p.e], "«»“”\"„") || countWords(d.body[stray:p.e]) < minQuoteWords {
		return false
	}
	nr, _ := utf8.DecodeRuneInString(d.body[d.paras[next].s:])
	return nr == r
}

// colonBefore reports whether the quotation mark just before stray follows
// a colon: "Marr said the leak had "caused mayhem". Gove responded: "No,
// … — a quotation introduced after another, closed one in its paragraph.
func (d *doc) colonBefore(stray int) bool {
	_, sz := utf8.DecodeLastRuneInString(d.body[:stray])
	return strings.HasSuffix(strings.TrimRight(d.body[:stray-sz], " "), ":")
}

// cutOffQuote reports whether paragraph pi, the last of the text, opens
// with a quotation mark it never closes (stray is just past it; «, " or
// “ as Russian pages print them)
// and splits the quotation by a dash attribution inside it («…, –
// продолжил X. – …»): a quotation the feed or page cut off before its end,
// whose attribution names the speaker. Without such an attribution an
// unclosed mark is a stray one.
func (d *doc) cutOffQuote(pi, stray int) bool {
	p := d.paras[pi]
	r, sz := utf8.DecodeRuneInString(d.body[p.s:])
	if !d.ru || r != '«' && r != '"' && r != '“' && r != '„' || int(p.s)+sz != stray || strings.ContainsAny(d.body[stray:p.e], "«»\"“”„") {
		return false
	}
	for k := pi + 1; k < len(d.paras); k++ {
		if d.paras[k].kind == pText {
			return false // not the last paragraph: the mark is a stray one
		}
	}
	for k := d.tokAt(stray) + 1; k < len(d.btoks) && int(d.btoks[k].s) < int(p.e); k++ {
		gap := d.body[d.btoks[k-1].e:d.btoks[k].s]
		if d.listed(k, rwSpeechVerb) && strings.HasPrefix(gap, ",") && strings.ContainsAny(gap, "–—-") {
			return true
		}
	}
	return false
}

// cutOffAfterColon reports whether the opening mark just before stray, in
// paragraph pi, the last of the text, follows a colon and is never closed:
// no mark after it to the text's end, at least minQuoteWords words. A
// feed or page that cuts an article off inside a quotation leaves it so
// («Владимир Шаран, главный тренер «Александрии»: «Мы очень тщательно
// готовились … тольк», "Vasserman said: “First, I would …"); the words
// before the colon name the speaker as for a closed quotation.
func (d *doc) cutOffAfterColon(pi, stray int) bool {
	p := d.paras[pi]
	r, sz := utf8.DecodeLastRuneInString(d.body[:stray])
	if stray-sz <= int(p.s) || r != '«' && r != '“' && r != '"' || !d.colonBefore(stray) {
		return false
	}
	if strings.ContainsAny(d.body[stray:p.e], "«»“”\"„") || countWords(d.body[stray:p.e]) < minQuoteWords {
		return false
	}
	for k := pi + 1; k < len(d.paras); k++ {
		if d.paras[k].kind == pText {
			return false // not the last paragraph: the mark is a stray one
		}
	}
	return true
}

// unclosedBeforeAttribution returns the offset of the comma that ends a
// quotation whose closing mark was left out: paragraph pi opens with a
// mark (stray is just past it) that nothing in the paragraph closes, and
// after at least minQuoteWords words a comma and a speech verb break in
// (", said Mr Abayev adding that …", «…, — сказал Иванов, добавив …»;
// Russian needs the dash). It returns 0 when there is no such break.
func (d *doc) unclosedBeforeAttribution(pi, stray int) int {
	p := d.paras[pi]
	_, sz := utf8.DecodeRuneInString(d.body[p.s:])
	if int(p.s)+sz != stray || strings.ContainsAny(d.body[stray:p.e], "«»\"“”„") {
		return 0
	}
	first := d.tokAt(stray)
	for k := first + minQuoteWords; k < len(d.btoks) && int(d.btoks[k].s) < int(p.e); k++ {
		gap := d.body[d.btoks[k-1].e:d.btoks[k].s]
		if !d.listed(k, rwSpeechVerb) || !strings.HasPrefix(gap, ",") {
			continue
		}
		if d.ru != strings.ContainsAny(gap, "–—") || !d.ru && gap != ", " {
			return 0
		}
		if strings.ContainsAny(d.body[stray:d.btoks[k-1].e], ".!?") && d.ru {
			return 0 // a Russian dash turn after whole sentences is dialogue, read elsewhere
		}
		return int(d.btoks[k-1].e)
	}
	return 0
}

// closedLater reports whether the mark just before stray opens a
// quotation that runs to the end of paragraph pi, with no other mark after
// it, and closes in one of the next three paragraphs, none of which opens
// another. It returns the mark's offset, the closing mark's offset and
// the offset just past the closing mark when an attribution follows it.
func (d *doc) closedLater(pi, stray int) (int, int, int, bool) {
	p := d.paras[pi]
	r, sz := utf8.DecodeLastRuneInString(d.body[:stray])
	if r != '«' && r != '“' && r != '"' || countWords(d.body[stray:p.e]) < minQuoteWords {
		return 0, 0, 0, false
	}
	if r == '"' && stray-sz > int(p.s) {
		if c, _ := utf8.DecodeLastRuneInString(d.body[:stray-sz]); unicode.IsLetter(c) || unicode.IsDigit(c) || strings.ContainsRune(",.!?", c) {
			return 0, 0, 0, false // a straight mark glued to the word before it closes ("Sumgayit" is …; …,” Uali said): it opens nothing
		}
	}
	closer := '»'
	switch r {
	case '“':
		closer = '”'
	case '"':
		closer = '"'
	}
	if rest := blankShortPairs(d.body[stray:p.e], r, closer); strings.ContainsRune(rest, r) || strings.ContainsRune(rest, closer) || strings.ContainsRune(rest, '"') {
		return 0, 0, 0, false // inner „…“ marks and short titles in its own marks may stand in it, no others
	}
	for k := pi + 1; k <= pi+3 && k < len(d.paras); k++ {
		q := d.paras[k]
		if q.kind != pText {
			return 0, 0, 0, false
		}
		text := blankShortPairs(d.body[q.s:q.e], r, closer)
		c := strings.IndexRune(text, closer)
		if strings.ContainsRune(text[:max(c, 0)], r) && r != closer || c < 0 && strings.ContainsRune(text, r) {
			return 0, 0, 0, false
		}
		if c >= 0 {
			// The closing mark ends the quotation's last paragraph, or
			// an attribution follows it there («…», — сообщил X).
			after := strings.TrimSpace(text[c+len(string(closer)):])
			if after == "" || onlyRunes(after, ".") {
				return stray - sz, int(q.s) + c, 0, true
			}
			if strings.HasPrefix(after, ",") || speechVerbNearStart(after) {
				return stray - sz, int(q.s) + c, int(q.s) + c + len(string(closer)), true
			}
			return 0, 0, 0, false
		}
	}
	return 0, 0, 0, false
}

// obliqueForVerb reports whether the surname of mention m, between lo and
// hi, is in a case that cannot be the subject of the last past-tense
// speech verb before hi («на вопрос Замирбека Кочербаева ответил»).
func (d *doc) obliqueForVerb(m mention, lo, hi int) bool {
	n := d.tokAt(m.pos)
	for n+1 < len(d.btoks) && int(d.btoks[n+1].s) < hi && d.btoks[n+1].has(fCap) && d.contiguous(n, n+1) {
		n++
	}
	for v := d.tokAt(hi) - 1; v > n && int(d.btoks[v].s) >= lo; v-- {
		if d.listed(v, rwSpeechVerb) {
			return pastSingular(d.word(v)) && !d.subjectCaseAfterVerb(v, n)
		}
	}
	return false
}

// pastSingular reports whether a Russian verb is in the past singular
// (заявил, заявила), whose subject agrees with it in gender.
func pastSingular(w string) bool {
	return strings.HasSuffix(w, "л") || strings.HasSuffix(w, "ла")
}

// pronounBefore reports whether a personal pronoun stands in [lo, hi).
func (d *doc) pronounBefore(lo, hi int) bool {
	for k := d.tokAt(lo); k < len(d.btoks) && int(d.btoks[k].s) < hi; k++ {
		if pronounKind(d.word(k)) {
			return true
		}
	}
	return false
}

// speechVerbNearStart reports whether one of the first three words of s is
// a speech verb (" Klitschko wrote.", " said the mayor.").
func speechVerbNearStart(s string) bool {
	for i, w := range strings.Fields(s) {
		if i >= 3 {
			break
		}
		if speechVerbs[strings.ToLower(strings.Trim(w, ".,;:!?"))] {
			return true
		}
	}
	return false
}

// paraAt returns the index of the paragraph holding byte offset off.
func (d *doc) paraAt(off int) int {
	return max(sort.Search(len(d.paras), func(i int) bool { return int(d.paras[i].s) > off })-1, 0)
}

// blankShortPairs returns s with every short title in the marks open …
// close («Культурное наследие», “Cultural heritage”: at most four words, no
// sentence end) blanked out byte for byte, so the marks of a quotation
// around it can be matched.
func blankShortPairs(s string, open, close rune) string {
	var b []byte
	for from := 0; ; {
		i := strings.IndexRune(s[from:], open)
		if i < 0 {
			break
		}
		i += from
		j := strings.IndexRune(s[i+utf8.RuneLen(open):], close)
		if j < 0 {
			break
		}
		j += i + utf8.RuneLen(open)
		inner := s[i+utf8.RuneLen(open) : j]
		from = i + utf8.RuneLen(open)
		if strings.ContainsRune(inner, open) || strings.ContainsAny(inner, ".!?\n") || countWords(inner) > 4 || countWords(inner) == 0 {
			continue
		}
		if b == nil {
			b = []byte(s)
		}
		for k := i; k < j+utf8.RuneLen(close); k++ {
			b[k] = ' '
		}
		from = j + utf8.RuneLen(close)
	}
	if b == nil {
		return s
	}
	return string(b)
}

// quoteOpenByte holds the bytes an opening mark may start with: " ' `,
// and E2 and C2, the first bytes of “ „ ‘ « ‹ ‚.
var quoteOpenByte = [256]bool{'"': true, '\'': true, '`': true, 0xE2: true, 0xC2: true}

// nextQuoteOpenByte returns the offset of the first byte of b[i:e] that
// quoteOpenByte holds, or e. A loop of its own keeps its few variables in
// registers, which scanQuotes' loop, with its many, does not.
func nextQuoteOpenByte(b string, i, e int) int {
	for i < e && !quoteOpenByte[b[i]] {
		i++
	}
	return i
}

// scanQuotes appends the quotations of [s, e) and returns the offset just
// past an opening mark left unclosed, or -1.
func (d *doc) scanQuotes(out []quoteSpan, pi, s, e, found int) ([]quoteSpan, int, int) {
	b := d.body
	open := -1
	var opener rune
	olen := 0 // the opening mark's length: two apostrophes or backticks open as one "
	depth := 0
	for i := s; i < e; {
		if open < 0 {
			// Outside a quotation only an opening mark counts: " ' and `,
			// and “ „ ‘ « whose first bytes (E2, C2) never continue a rune,
			// so any other byte is passed over without decoding.
			if !quoteOpenByte[b[i]] {
				i = nextQuoteOpenByte(b, i+1, e)
				continue
			}
		}
		r, sz := utf8.DecodeRuneInString(b[i:])
		if open >= 0 && i-open > maxQuoteSpan {
			return out, open + olen, found
		}
		if open < 0 {
			if r == '“' || r == '«' || r == '„' || r == '"' || r == '‹' || r == '‚' || !d.ru && singleOpen(b, s, i, sz, e) && !doubledMark(b, i, e) {
				open, opener, depth, olen = i, r, 1, sz
			} else if doubledMark(b, i, e) && (i == s || strings.IndexByte(" \n(:", b[i-1]) >= 0) {
				open, opener, depth, olen = i, '"', 1, 2 // ''…'' or ``…'': a typewriter's double mark
				sz = 2
			}
			i += sz
			continue
		}
		closed := false
		switch opener {
		case '«':
			if r == '«' {
				depth++
			} else if r == '»' {
				depth--
				closed = depth == 0
			} else if r == '"' || r == '“' || r == '”' {
				closed = depth == 1 && loneMixedClose(b, open, i, e) // «…" as careless pages close it
			}
		case '„':
			closed = r == '“' || r == '”'
		case '‹':
			closed = r == '›' // single guillemets, as some pages print «…»
		case '‚':
			closed = r == '‘' || r == '’' // ‚…‘, as German typography prints single marks
		case '“':
			switch {
			case r == '“' && !d.ru && nestedOpen(b, s, i, sz, e, '”'):
				depth++ // “Big countries are saying: “Uzbekistan, which side?” They insist,” he said
			case r == '”' && depth > 1:
				depth--
			default:
				closed = r == '”' || (d.ru && r == '“') || (r == '“' && mixedClose(b, i, sz, e)) || r == '"' && mixedDoubleClose(b, open, i, sz, e, '”')
			}
		case '‘', '\'':
			switch {
			case singleOpen(b, s, i, sz, e) && (nestedOpen(b, s, i, sz, e, '’') || nestedOpen(b, s, i, sz, e, '\'')):
				depth++ // 'Great countries ask: 'Uzbekistan, which side?' Stop …,' he said
			case singleClose(b, s, i, sz, e):
				depth--
				if depth > 0 && strings.TrimSpace(b[i+sz:e]) == "" {
					depth = 0 // 'A … saying: 'B.' — a paragraph's last mark closes both
				}
				closed = depth == 0
			}
		case '"':
			switch {
			case r == '"' && nestedOpen(b, s, i, sz, e, '"') && (strings.Count(b[i:min(e, i+nestedLook)], "\"") >= 3 || innerName(b, i+sz, e)):
				depth++ // "Министры говорят: "Не буду подписывать". И все…", – заявил он
			case r == '"' && depth > 1:
				depth--
			default:
				closed = r == '"' || r == '”' && (mixedDoubleClose(b, open, i, sz, e, '"') || endsParagraphQuote(b, i, sz, e))
			}
			if r == '\'' && i+1 < e && b[i+1] == '\'' {
				closed, sz = true, 2 // typewriter close: "…,'' said X
			}
		}
		if closed {
			out = append(out, quoteSpan{open: open, end: i + sz, ts: open + olen, te: i, para: pi})
			open = -1
			found++
			if found >= maxSpansPara {
				return out, -1, found
			}
		}
		i += sz
	}
	if open >= 0 {
		return out, open + olen, found
	}
	return out, -1, found
}

// loneMixedClose reports whether the mark at b[i] closes the quotation
// opened at b[open] with another mark than its own («…", «…“): no mark of
// the opener's own closing kind follows in the paragraph, the mark at i is
// the only one of its kind after the opener, so it pairs with no other as
// a name in marks inside the quotation would («Мы "Газпром" поддержим»),
// and it ends the words (the paragraph, a sentence or an attribution's
// dash follows it).
func loneMixedClose(b string, open, i, e int) bool {
	if strings.Contains(b[i:e], "»") {
		return false
	}
	r, sz := utf8.DecodeRuneInString(b[i:])
	if after := strings.TrimLeft(b[i+sz:e], ",.!?… "); after != "" && !strings.HasPrefix(after, "—") && !strings.HasPrefix(after, "–") && !strings.HasPrefix(after, "-") &&
		!strings.ContainsAny(b[i+sz:min(e, i+sz+2)], ".!?") {
		return false // a lone mark before more words is a name's or a stray one, no close
	}
	if r == '"' {
		return strings.Count(b[open:e], `"`) == 1
	}
	return strings.Count(b[open:e], "“")+strings.Count(b[open:e], "”") == 1 && !strings.Contains(b[open:i], "„") && i+sz <= e // „…“ inside is a pair of its own
}

// doubledMark reports whether two apostrophes or two backticks at b[i]
// open a word: the double quotation mark of a typewriter.
func doubledMark(b string, i, e int) bool {
	if i+2 >= e || b[i] != '\'' && b[i] != '`' || b[i+1] != b[i] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(b[i+2:])
	return unicode.IsLetter(r)
}

// singleOpen reports whether a single mark at i (‘ or ') opens a
// quotation in English, as British pages print them: it starts the scanned
// text or follows a space, a bracket, a dash or a colon, and a capital
// letter follows it (a lower-case one after a comma: the second half of a
// split quotation). An apostrophe inside or after a word (don’t,
// Kazakhstan’s, O’Brien) or before a number (’90s) opens nothing, nor
// does a mark before a lower-case word elsewhere (rock 'n' roll).
func singleOpen(b string, s, i, sz, e int) bool {
	r, _ := utf8.DecodeRuneInString(b[i:])
	if r != '‘' && r != '\'' || i+sz >= e {
		return false
	}
	if i > s {
		prev, _ := utf8.DecodeLastRuneInString(b[:i])
		if !unicode.IsSpace(prev) && !strings.ContainsRune("([:—–", prev) {
			return false
		}
	}
	next, _ := utf8.DecodeRuneInString(b[i+sz:])
	if unicode.IsLower(next) && i-2 >= s && b[i-2:i] == ", " {
		return true // ‘A,’ said X, ‘but B.’: the second half of a split quotation
	}
	return unicode.IsUpper(next)
}

// singleClose reports whether a single mark at i (’ or ') closes a
// quotation: it follows a letter, a digit or punctuation and comes before
// a space, punctuation or the paragraph's end. A mark inside a word
// (don’t) closes nothing; a plural possessive ("the farmers’ market": a
// mark after s before a lower-case word) does not close while another
// closing mark follows in the paragraph.
func singleClose(b string, s, i, sz, e int) bool {
	r, _ := utf8.DecodeRuneInString(b[i:])
	if r != '’' && r != '\'' || i <= s {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(b[:i])
	if unicode.IsSpace(prev) {
		return false
	}
	if i+sz >= e {
		return true
	}
	next, nsz := utf8.DecodeRuneInString(b[i+sz:])
	if unicode.IsLetter(next) || unicode.IsDigit(next) {
		return false
	}
	if (prev == 's' || prev == 'S') && next == ' ' {
		if after, _ := utf8.DecodeRuneInString(b[i+sz+nsz:]); unicode.IsLower(after) {
			return !laterSingleClose(b, i+sz, e)
		}
	}
	return true
}

// laterSingleClose reports whether a single mark after a letter or
// punctuation and before no letter or digit stands in b[from:e], within
// nestedLook bytes.
func laterSingleClose(b string, from, e int) bool {
	for k := from; k < min(e, from+nestedLook); {
		r, sz := utf8.DecodeRuneInString(b[k:])
		if r == '’' || r == '\'' {
			prev, _ := utf8.DecodeLastRuneInString(b[:k])
			next, _ := utf8.DecodeRuneInString(b[k+sz:])
			if !unicode.IsSpace(prev) && (k+sz >= e || !unicode.IsLetter(next) && !unicode.IsDigit(next)) {
				return true
			}
		}
		k += sz
	}
	return false
}

// nestedOpen reports whether the mark at i opens a quotation inside an
// open one: it stands after a space, a colon or an opening bracket, a
// letter or digit follows it, and a closing mark comes after it in the
// paragraph. A mark after a letter or punctuation closes instead.
func nestedOpen(b string, s, i, sz, e int, closer rune) bool {
	if i <= s || i+sz >= e {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(b[:i])
	next, _ := utf8.DecodeRuneInString(b[i+sz:])
	if !unicode.IsSpace(prev) && !strings.ContainsRune("(:[«—–", prev) || !unicode.IsLetter(next) && !unicode.IsDigit(next) {
		return false
	}
	return strings.ContainsRune(b[i+sz:min(e, i+nestedLook)], closer)
}

// innerName reports whether the straight mark just before from opens a
// short name in marks inside an open quotation ("Today we won. "Rovers"
// pressed us …): at most four words with no sentence or clause end, the
// next straight mark glued to the name's last letter or digit, and a
// lower-case word after it. Such a pair is the name's, so the quotation
// goes on over it.
func innerName(b string, from, e int) bool {
	j := strings.IndexByte(b[from:min(e, from+60)], '"')
	if j <= 0 {
		return false
	}
	inner := b[from : from+j]
	if n := countWords(inner); n == 0 || n > 4 || strings.ContainsAny(inner, ".!?,;:") {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(inner); !unicode.IsLetter(last) && !unicode.IsDigit(last) {
		return false
	}
	after := b[from+j+1 : e]
	if !strings.HasPrefix(after, " ") {
		return false
	}
	next, _ := utf8.DecodeRuneInString(after[1:])
	return unicode.IsLower(next)
}

// nestedLook bounds how far past a mark nestedOpen and the callers' mark
// counts look (as far as a quotation may run), so a paragraph made of quote
// marks costs linear time.
const nestedLook = maxQuoteSpan

// mixedClose reports whether an opening mark at i is used as a closing one:
// a lower-case speech verb follows it ("…this morning, “says Ekaterina"),
// it follows punctuation without a space and a space follows it, or it
// stands after a space before a comma and an attribution ("… to sites “,
// he added").
func mixedClose(b string, i, sz, e int) bool {
	if i == 0 || i+sz >= e {
		return false
	}
	rest := strings.TrimLeft(b[i+sz:e], " ")
	if w, _, _ := strings.Cut(rest, " "); speechVerbs[strings.TrimRight(w, ".,;:")] {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(b[:i])
	if b[i+sz] == ',' && prev == ' ' {
		// "… to sites “, he added.": a comma after the mark, then a
		// pronoun or a name and a speech verb within two words.
		words := strings.Fields(b[i+sz+1 : min(e, i+sz+60)])
		for k := 0; k < len(words) && k < 3; k++ {
			if speechVerbs[strings.ToLower(strings.TrimRight(words[k], ".,;:"))] {
				return true
			}
		}
		return false
	}
	return b[i+sz] == ' ' && strings.ContainsRune(",.!?", prev)
}

// tokAt returns the index of the first body token starting at or after off.
func (d *doc) tokAt(off int) int {
	return sort.Search(len(d.btoks), func(i int) bool { return int(d.btoks[i].s) >= off })
}

func (d *doc) word(i int) string {
	t := &d.btoks[i]
	return string(d.norm[t.ns:t.ne])
}

// onlyRunes reports whether s consists of the runes in set.
func onlyRunes(s, set string) bool {
	for _, r := range s {
		if !strings.ContainsRune(set, r) {
			return false
		}
	}
	return true
}

// attributionAfter reads an attribution right after a closing quote mark:
// `,” Putin said` · `,” said Putin` · `», — заявил Путин`.
func (a *Analyzer) attributionAfter(d *doc, off, paraEnd int) speakerRef {
	k := d.tokAt(off)
	if k >= len(d.btoks) || int(d.btoks[k].s) >= paraEnd {
		return speakerRef{}
	}
	if gap := d.body[off:d.btoks[k].s]; len(gap) > 12 || !onlyRunes(gap, " ,—–-:") {
		// «…». Об этом заявил X. · «…». Так X прокомментировал …: the
		// next sentence names the speaker of the quotation it follows.
		end, _ := utf8.DecodeLastRuneInString(strings.TrimRight(d.body[:off], "»”\""))
		if k+2 < len(d.btoks) && int(d.btoks[k+2].s) < paraEnd && onlyRunes(gap, " .!?") &&
			(strings.ContainsAny(gap, ".!?") || strings.ContainsRune(".!?", end)) {
			if d.ru && d.word(k) == "так" {
				return a.attributionAt(d, k+1, paraEnd)
			}
			return a.followingAttribution(d, k, paraEnd) // «Об этом заявил X», "This was stated by X" (quote_following.go)
		}
		return speakerRef{}
	}
	if ref := a.attributionAt(d, k, paraEnd); ref.kind != refNone {
		if d.citingInClause(k, paraEnd) {
			return speakerRef{} // “…,” X said, quoting the president (quote_precision.go)
		}
		return ref
	}
	if ref := a.soAttribution(d, k, paraEnd); ref.kind != refNone {
		return ref // «…» — так X ответил (quote_ru_so.go)
	}
	if ref := a.possessedWords(d, k, paraEnd); ref.kind != refNone {
		return ref // «…», — говорится в его заявлении (quote_ru_his_words.go)
	}
	if ref := a.statementBy(d, k, paraEnd); ref.kind != refNone {
		return ref
	}
	if ref := a.accordingToAfter(d, k, paraEnd); ref.kind != refNone {
		return ref
	}
	if ref := a.citedSpeaker(d, k, paraEnd); ref.kind != refNone {
		return ref
	}
	if end, _ := utf8.DecodeLastRuneInString(strings.TrimRight(d.body[:off], "»”\"’'")); d.body[off:d.btoks[k].s] == " " &&
		(strings.ContainsRune(".!?", end) || end == ',' && enPointerWords[d.body[d.btoks[k].s:d.btoks[k].e]]) {
		return a.followingAttribution(d, k, paraEnd) // “… week.” This was stated by X. (quote_following.go)
	}
	return speakerRef{}
}

// enStatementNouns name a written statement whose author follows "by" or
// "from".
var enStatementNouns = map[string]bool{
	"statement": true, "letter": true, "address": true, "message": true, "post": true, "release": true,
}

// statementBy reads the author of a statement after an English quotation:
// "“…,” said a statement by X", "according to a statement from Minister
// X", "reads a letter by X", "statement by the spokesperson X says." (the
// verb after the author ends the clause). It mirrors «— говорится в заявлении X»; a
// statement by a body ("by the ministry") names no speaker.
func (a *Analyzer) statementBy(d *doc, k, limit int) speakerRef {
	in := func(j int) bool { return j < len(d.btoks) && int(d.btoks[j].s) < limit }
	if d.ru || !in(k) {
		return speakerRef{}
	}
	j := k
	authorFirst := false // "“…,” a statement by X says"
	switch w := d.word(j); {
	case statementSays[w]:
		j++
	case w == "according" && in(j+1) && d.word(j+1) == "to":
		j += 2
	default:
		authorFirst = true
	}
	if in(j) && (d.word(j) == "a" || d.word(j) == "the") {
		j++
	}
	if !in(j+1) || !enStatementNouns[d.word(j)] || d.word(j+1) != "by" && d.word(j+1) != "from" {
		return speakerRef{}
	}
	ref, next := a.parseForward(d, j+2, limit)
	if ref.kind != refName || authorFirst && (!in(next) || !statementSays[d.word(next)] || !d.clauseEndsAfter(next, limit)) {
		return speakerRef{}
	}
	return ref
}

// statementTitleBefore reports whether the lower-case words before token
// k, at most four, run back to a statement noun and hold a title in the
// genitive: «в заявлении министра X», «в заявлении официального
// представителя ведомства X». The name after them is the author, in the
// genitive.
func (d *doc) statementTitleBefore(k int) bool {
	title := false
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if !d.contiguous(j, j+1) {
			return false
		}
		w := d.word(j)
		if ruStatementNouns[w] {
			return title
		}
		if d.btoks[j].has(fCap) {
			return false
		}
		if ruRoleNominative(w) != "" {
			title = true
		}
	}
	return false
}

// statementSays say what a statement says: "said a statement by X", "a
// statement by X says".
var statementSays = map[string]bool{
	"said": true, "says": true, "reads": true, "read": true, "states": true, "stated": true,
}

// clauseEndsAfter reports whether the clause ends with token k: a stop,
// or the limit, follows it ("a statement by X says." but not "says that
// …").
func (d *doc) clauseEndsAfter(k, limit int) bool {
	if k+1 >= len(d.btoks) || int(d.btoks[k+1].s) >= limit {
		return true
	}
	return strings.ContainsAny(d.body[d.btoks[k].e:d.btoks[k+1].s], ".;!?")
}

// attributionNextPara reads an attribution opening the paragraph after
// paragraph pi: «Об этом заявил X», «Так X прокомментировал …», "So said X".
func (a *Analyzer) attributionNextPara(d *doc, pi int) speakerRef {
	if pi+1 >= len(d.paras) || d.paras[pi+1].kind != pText {
		return speakerRef{}
	}
	next := d.paras[pi+1]
	k := d.tokAt(int(next.s))
	if k+2 >= len(d.btoks) || int(d.btoks[k].s) != int(next.s) {
		return speakerRef{}
	}
	switch {
	case d.word(k) == "так" && d.ru:
		return a.attributionAt(d, k+1, int(next.e))
	case d.word(k) == "so" && d.listed(k+1, rwSpeechVerb):
		return a.attributionAt(d, k, int(next.e))
	}
	return a.followingAttribution(d, k, int(next.e)) // «Об этом заявил X», "This was stated by X" (quote_following.go)
}

// compoundNoTitle reports whether token t is the first half of a
// hyphenated word that is no title («пресс-конференции», «пресс-центре»;
// «пресс-секретарь» is one).
func (d *doc) compoundNoTitle(t int) bool {
	if t+1 >= len(d.btoks) || d.body[d.btoks[t].e:d.btoks[t+1].s] != "-" {
		return false
	}
	r, _ := d.roleWord(t)
	return r == "" && !d.listed(t+1, rwTitleWord)
}

// loneSurnameEnds reports whether token k is one capitalised word that
// ends the clause («— отметил в беседе с журналистами Ибраев.»).
func (d *doc) loneSurnameEnds(k, limit int) bool {
	if k >= len(d.btoks) || int(d.btoks[k].s) >= limit || !d.btoks[k].has(fCap) || d.btoks[k].has(fAllCaps) {
		return false
	}
	if k+1 >= len(d.btoks) || int(d.btoks[k+1].s) >= limit {
		return true
	}
	gap := d.body[d.btoks[k].e:d.btoks[k+1].s]
	if gap == "." && !d.btoks[k+1].has(fCap) {
		return false // «в интервью Tengrinews.kz аким …»: a site's domain, not a surname and a full stop
	}
	return strings.ContainsAny(gap, ".,;!?")
}

// expressAt reports whether tokens k and k+1 are such a speech verb of
// two words after a quotation: «…», — выразил мнение мэр · “…,” Ibraev
// expressed hope.
func (d *doc) expressAt(k, limit int) bool {
	return k+1 < len(d.btoks) && int(d.btoks[k+1].s) < limit && expressVerbs[d.word(k)] &&
		expressedObjects[d.word(k+1)] && d.contiguous(k, k+1)
}

// expressVerbs and expressedObjects make a speech verb of two words before
// a colon or after a quotation: «выразил надежду», «выразила
// уверенность», "expressed hope".
var (
	expressVerbs = map[string]bool{
		"выразил": true, "выразила": true, "высказал": true, "высказала": true, "expressed": true, "voiced": true,
		// «обратил внимание», «акцентировала внимание», "drew attention"
		"обратил": true, "обратила": true, "акцентировал": true, "акцентировала": true,
		"заострил": true, "заострила": true, "drew": true,
	}
	expressedObjects = map[string]bool{
		"надежду": true, "уверенность": true, "мнение": true, "сожаление": true, "обеспокоенность": true,
		"озабоченность": true, "hope": true, "confidence": true, "regret": true, "concern": true, "optimism": true,
		"внимание": true, "attention": true,
		// feelings voiced: "expressed his disappointment", «выразил разочарование»
		"disappointment": true, "satisfaction": true, "frustration": true, "gratitude": true, "dismay": true,
		"displeasure": true, "surprise": true, "разочарование": true, "удовлетворение": true, "недовольство": true,
		"благодарность": true, "удивление": true, "возмущение": true,
	}
)

// ruObliqueSurnameEndings end a surname in the dative or instrumental, the
// case of an addressee («сказал Ибраев Кулубаеву», «… Айгуль Бековой»).
var ruObliqueSurnameEndings = []string{"ову", "еву", "ёву", "ину", "ыну", "овой", "евой", "ёвой", "иной", "ыной", "овым", "евым", "иным", "ским", "цким"}

func ruObliqueSurname(w string) bool {
	for _, e := range ruObliqueSurnameEndings {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w) > utf8.RuneCountInString(e)+2 {
			return true
		}
	}
	return false
}

// nominativeSpeaker keeps a Russian speaker's name only in the
// nominative. A name ending in a surname in an oblique case («Алму
// Мусину», «Айман Умаровой») is a pronoun resolved to an object, or an
// interlocutor's genitive («— сказала собеседница Айман Умаровой»:
// someone else): the form is never right and the person often not, so it
// is refused (""). An addressee glued before the name («— сказал в
// интервью Руслану Казакбаеву Сироджиддин Мухриддин») is cut off when a
// name of two words or more follows it; two names run together with no
// oblique ending to tell them apart («Сироджиддина Мухриддина Руслан
// Казакбаев спросил») are refused.
func nominativeSpeaker(speaker string) string {
	f := strings.Fields(speaker)
	last := -1
	for i, w := range f {
		if ruObliqueSurname(strings.ToLower(w)) {
			last = i
		}
	}
	if len(f) >= 4 && last < 0 && ruTwoNamesSurname(strings.ToLower(f[1])) {
		return "" // «Сироджиддина Мухриддина Руслан Казакбаев»: two names, one of them an object
	}
	if len(f) == 2 && last < 0 && ruIndeclinableSurname(f[1]) {
		if nom := ruDativeFirstName(f[0]); nom != "" {
			return nom + " " + f[1] // «мэру города Петру Кириченко»: Петр Кириченко (quote_ru_dative_first.go)
		}
	}
	switch {
	case last < 0:
		return speaker
	case len(f)-last-1 >= 2:
		return strings.Join(f[last+1:], " ")
	}
	return ""
}

// ruTwoNamesSurname reports whether a name's second word ends like a
// surname (-ова, -ева, -ина, -ого, -ой and the like): a speaker of four
// words or more with such a second word is two people's names run
// together, the first often an object in the genitive or accusative.
func ruTwoNamesSurname(w string) bool {
	for _, e := range []string{"ова", "ева", "ёва", "ина", "ына", "ов", "ев", "ин", "ого", "ой", "ая", "ий", "ый"} {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w) > utf8.RuneCountInString(e)+2 {
			return true
		}
	}
	return false
}

// ruCutAddressee cuts a Russian name run [j, n) after a speech verb before
// an addressee's name in the dative or instrumental («— сказал Таалайбек
// Ибраев Жээнбеку Кулубаеву»): the run ends at its last nominative
// surname. It returns n unchanged when the last word is no oblique
// surname or no nominative surname comes before it.
func (d *doc) ruCutAddressee(j, n int) int {
	if !ruObliqueSurname(d.word(n-1)) || ruObliqueSurname(d.word(j)) {
		return n
	}
	for k := n - 2; k >= j; k-- {
		if w := d.word(k); surnameShaped(w) && !ruObliqueSurname(w) {
			return k + 1
		}
	}
	return n // «Данияром Амангельдиевым»: one name, all of it in the oblique case
}

// twoKnownPeople reports whether tokens i and k are the surnames of two
// different known people: one name does not run on into the other.
func (a *Analyzer) twoKnownPeople(d *doc, i, k int) bool {
	pi, ok1 := a.persons.bySurname[d.word(i)]
	pk, ok2 := a.persons.bySurname[d.word(k)]
	return ok1 && ok2 && pi != pk
}

// passiveAux before a speech verb make the name before them its addressee.
var passiveAux = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "было": true, "был": true, "была": true}

// preVerbAdverbs may stand between a quotation's closing mark and the
// speech verb of its attribution («…», — также сказал X).
var preVerbAdverbs = map[string]bool{
	"также": true, "еще": true, "ещё": true, "затем": true, "потом": true, "позже": true, "позднее": true,
	"далее": true, "вновь": true, "снова": true, "тогда": true, "then": true, "later": true, "also": true,
}

// attributionAt reads "VERB SPEAKER" or "SPEAKER [adverb] VERB" at token k.
func (a *Analyzer) attributionAt(d *doc, k, limit int) speakerRef {
	if w := d.word(k); (w == "so" || w == "as") && k+1 < len(d.btoks) && d.listed(k+1, rwSpeechVerb) {
		k++ // “…” So said Jacinda Ardern
	}
	if preVerbAdverbs[d.word(k)] && k+1 < len(d.btoks) && d.listed(k+1, rwSpeechVerb) && d.contiguous(k, k+1) {
		k++ // «…», — также сказал Рахмон · “…,” later said X
	}
	if d.expressAt(k, limit) {
		ref, _ := a.parseForward(d, k+2, limit) // «…», — выразил мнение мэр · «…», — акцентировала внимание X
		return ref
	}
	if d.listed(k, rwSpeechVerb) {
		ref, next := a.parseForward(d, k+1, limit)
		if ref.kind != refNone && d.anothersWords(next, limit) {
			return speakerRef{} // «— напомнил X слова Y»: Y's words, recalled by X
		}
		return ref
	}
	if !d.ru && (d.word(k) == "reports" || d.word(k) == "reported") {
		// “…” - reports the Press Secretary of the President, Sherzod
		// Asadov.: a title, a comma and a name ending the sentence, as
		// «— сообщает пресс-секретарь X»; "reports Reuters" names no one.
		if ref, _, ok := a.enTitleCommaName(d, k+1, limit); ok {
			return ref
		}
		return speakerRef{}
	}
	if n := d.afterQuoteVerb(k); n > 0 {
		ref, _ := a.parseForward(d, k+n, limit) // “…,” pointed out X
		return ref
	}
	ref, next := a.parseForward(d, k, limit)
	if ref.kind == refNone || next >= len(d.btoks) {
		return speakerRef{}
	}
	if ref.kind == refRole && d.appositiveSurname(next, limit) {
		return speakerRef{kind: refName, ts: next, te: next + 1} // “…,” the deputy, Tumusov, said.
	}
	next = d.skipParenForward(next)
	for skip := 0; skip < 2 && next < len(d.btoks) && int(d.btoks[next].s) < limit; skip++ {
		if d.listed(next, rwSpeechVerb) && d.anothersWords(next+1, limit) {
			return speakerRef{} // "X recalled Y saying": Y's words
		}
		if d.listed(next, rwSpeechVerb) || d.quotedAsSaying(next, limit) || d.afterQuoteVerb(next) > 0 || d.expressAt(next, limit) {
			return ref // "X said", "X was quoted as saying", "X pointed out", "X expressed hope"
		}
		if d.btoks[next].has(fCap) || !d.contiguous(next-1, next) || passiveAux[d.word(next)] {
			break // "Putin was told by Tokayev", «Путину было сказано»: the name is not the speaker
		}
		next++ // "Rahmon later said"
	}
	return speakerRef{}
}

// anothersWords reports whether the words at token k make the quotation
// someone else's, recalled or cited by the speaker read before them:
// «— напомнил X слова Y», «— привел X высказывание Y», "X recalled Y
// saying", "X cited Y as saying". Who spoke is then unclear: no speaker.
func (d *doc) anothersWords(k, limit int) bool {
	in := func(j int) bool { return j < len(d.btoks) && int(d.btoks[j].s) < limit }
	if !in(k) || !d.contiguous(k-1, k) {
		return false
	}
	if d.ru {
		return ruWordsNouns[d.word(k)]
	}
	j := k
	for j < k+4 && in(j) && d.btoks[j].has(fCap) && d.contiguous(j-1, j) {
		j++
	}
	if j == k && in(k+1) && d.word(k) == "the" && (d.listed(k+1, rwTitleWord) || roleNoun(d.word(k+1))) {
		j = k + 2 // "X recalled the president saying" (quote_precision.go)
	}
	if j == k || !in(j) {
		return false
	}
	return d.word(j) == "saying" || d.word(j) == "as" && in(j+1) && d.word(j+1) == "saying"
}

// ruWordsNouns name someone's words: «слова», «высказывание», «фразу».
var ruWordsNouns = map[string]bool{
	"слова": true, "слов": true, "высказывание": true, "высказывания": true, "фразу": true, "цитату": true, "мнение": true,
}

// attributionBefore reads an attribution ending just before an opening
// mark: `Rahmon said: “` · `Путин заявил журналистам: «` · `X said, “` (the
// second half of a split quotation). A colon-ended previous paragraph
// counts for a quotation that opens its paragraph.
func (a *Analyzer) attributionBefore(d *doc, off, pi int) speakerRef {
	p := d.paras[pi]
	start := int(p.s)
	if off == start && pi > 0 && strings.HasSuffix(d.body[d.paras[pi-1].s:d.paras[pi-1].e], ":") {
		start = int(d.paras[pi-1].s)
		off = int(d.paras[pi-1].e)
	}
	m := d.tokAt(off) - 1
	if m < 0 || int(d.btoks[m].s) < start {
		return speakerRef{}
	}
	gap := d.body[d.btoks[m].e:off]
	if (d.word(m) == "that" || d.word(m) == "что") && onlyRunes(gap, " ") && d.speechVerbWithin(m, 4) {
		// Trump declared that “…” · X wrote on Facebook that “…” · «X
		// написал в Telegram, что «…»»
		for m--; !d.listed(m, rwSpeechVerb); m-- {
		}
		gap = ","
	}
	if w := d.word(m); speechParticiples[w] && onlyRunes(gap, " ,:") {
		if d.quotedAsParticiple(m) {
			return a.quotedAsBefore(d, m, off) // "TASS quoted akim X as saying: “…”": X, never the subject (quote_precision.go)
		}
		return speakerRef{kind: refSubject} // X urged …, adding “…”; X dismissed it, stating: “…”
	}
	if d.listed(m, rwSpeechVerb) && onlyRunes(gap, " ") {
		gap = "," // X said “…”
	}
	if d.ru && strings.Contains(gap, ":") && onlyRunes(gap, " :") {
		if ref, ok := d.citedBeforeColon(m, start); ok {
			return ref // «ТАСС цитирует министра экономики Ивана Петрова: «…»»
		}
	}
	if g := strings.TrimLeft(gap, "»”\""); strings.HasPrefix(g, "): ") && onlyRunes(g, " :)") {
		// «Иван Петров (министр экономики): «…»», "Ivan Petrov (economy
		// minister): “…”": a speaker's line with the title in brackets.
		return a.appositionColon(d, m, start)
	}
	if !strings.ContainsAny(gap, ":,") || !onlyRunes(gap, " ,:—–-\n") && !(strings.Contains(gap, ":") && onlyRunes(gap, " :»”\"")) {
		return speakerRef{} // a colon may follow a name in marks: «главный тренер «Динамо»: «…»»
	}
	for v := m; v >= m-7 && v >= 0 && int(d.btoks[v].s) >= start; v-- {
		if !d.listed(v, rwSpeechVerb) {
			if v < m-2 && !d.betweenVerbAndQuote(v) {
				break // only an addressee and adverbials stand after a verb further back
			}
			continue
		}
		if ref, ok := a.objectBeforeVerb(d, v, start); ok {
			return ref // "Jane Doe, who interviewed John Smith, wrote:": not the clause's object
		}
		if ref := a.parseBackward(d, d.skipMediumBack(d.skipParenBack(v-1), start), start); ref.kind != refNone {
			if d.ru && ref.kind == refName && pastSingular(d.word(v)) && !d.subjectCaseAfterVerb(v, ref.te-1) {
				return speakerRef{} // «на вопрос Замирбека Кочербаева ответил:»: a genitive, not the subject
			}
			return ref
		}
		if v > 1 && preVerbAdverbs[d.word(v-1)] && d.contiguous(v-2, v-1) {
			// «Он также добавил: «…»», "He also said: “…”"
			if ref := a.parseBackward(d, v-2, start); ref.kind != refNone {
				return ref
			}
		}
		if ref := a.appositiveBack(d, v, start); ref.kind != refNone {
			return ref
		}
		if ref, end := a.parseForward(d, v+1, off); ref.kind != refNone && end == m+1 {
			return ref
		}
		if v == m && !d.btoks[v].has(fCap) {
			if d.othersClauseVerb(v) {
				return speakerRef{} // «X показал письмо, в котором говорится: «…»» (quote_precision.go)
			}
			// "X refuted the claim and said “…”": the verb's subject is
			// further back in the sentence.
			return speakerRef{kind: refSubject}
		}
		if d.ru && strings.Contains(gap, ":") && d.word(v+1) == "что" {
			return a.ruColonThatSentence(d, m, start) // «Директор Name …, а потом рассказал, что …: «…»» (quote_ru_dotted.go)
		}
		return speakerRef{}
	}
	if m >= 2 && strings.Contains(gap, ":") && expressedObjects[d.word(m)] && expressVerbs[d.word(m-1)] && d.contiguous(m-1, m) {
		// «Ибраев выразил надежду: «…»», "Ibraev expressed hope: “…”"
		v := m - 1
		if preVerbAdverbs[d.word(v-1)] && v >= 2 {
			v-- // «Ибраев также выразил надежду:»
		}
		if ref := a.parseBackward(d, v-1, start); ref.kind == refName || ref.kind == refPronoun || ref.kind == refRole {
			return ref
		}
	}
	if ref := a.accordingTo(d, m, start); ref.kind != refNone {
		return ref
	}
	if ref := a.verbThenSpeaker(d, m, off, start, strings.Contains(gap, ":")); ref.kind != refNone {
		return ref
	}
	if strings.Contains(gap, ":") {
		if ref, ok := a.positionColon(d, m, start); ok {
			return ref // «Позиция X однозначна: «…»» (quote_ru_position.go)
		}
		if ref := a.nameColon(d, m, start, false); ref.kind != refNone {
			return ref
		}
		if ref := a.capsColon(d, m, start); ref.kind != refNone {
			return ref // "BRIAN MORIARTY: “…”" (quote_caps_transcript.go)
		}
		if ref := a.interviewColon(d, m, start); ref.kind != refNone {
			return ref
		}
		if ref := a.statementColon(d, m, start); ref.kind != refNone {
			return ref
		}
		if ref := a.appositionColon(d, m, start); ref.kind != refNone {
			return ref
		}
		if ref := a.stanceColon(d, m, start); ref.kind != refNone {
			return ref // «X не скрывает: «…»» (quote_ru_stance_colon.go)
		}
		if ref := a.colonSentence(d, m, start); ref.kind != refNone {
			return ref
		}
		return a.colonSubject(d, m, start) // «Также он оценил X: «…»» (quote_colon_subject.go)
	}
	return speakerRef{}
}

// verbThenSpeaker reads a clause that ends just before a quotation's
// opening mark with "VERB SPEAKER", the speaker further from the verb than
// the addressee and adverbial loop looks: «Об этом в среду заявил министр
// образования Канат Абдыкадыров: «…»», «Как заявил министр Канат
// Абдыкадыров, «…»», "As Education Minister Kanat Abdykadyrov put it, “…”".
// Before a comma the clause must open with «как» / "as"; the speaker
// must end exactly at token m.
func (a *Analyzer) verbThenSpeaker(d *doc, m, off, start int, colon bool) speakerRef {
	for v := m - 1; v >= 0 && v >= m-10 && int(d.btoks[v].s) >= start; v-- {
		if strings.ContainsAny(d.body[d.btoks[v].e:d.btoks[v+1].s], ".!?;:«»“”\"") && !d.dottedWordGap(v) {
			return speakerRef{} // the clause ends before a verb
		}
		w := d.word(v)
		if !d.ru && w == "as" && (v == 0 || int(d.btoks[v].s) == start || d.sentenceStartAt(v)) {
			// "As X said, “…”", "As X put it, “…”": the name, then the verb.
			ref, end := a.parseForward(d, v+1, off)
			if ref.kind != refName || end > m {
				return speakerRef{}
			}
			if d.listed(end, rwSpeechVerb) && end == m || d.word(end) == "put" && end+1 == m && d.word(m) == "it" {
				return ref
			}
			return speakerRef{}
		}
		if !d.ru || !d.listed(v, rwSpeechVerb) {
			continue
		}
		if !colon && (v == 0 || d.word(v-1) != "как") {
			return speakerRef{}
		}
		if ref, end := a.parseForward(d, v+1, off); (ref.kind == refName || ref.kind == refRole) && end == m+1 {
			return ref
		}
		return speakerRef{}
	}
	return speakerRef{}
}

// speechParticiples introduce a quotation after the subject's own clause:
// "X dismissed the reports, saying: “…”", «X опроверг это, заявив: «…»».
var speechParticiples = map[string]bool{
	"adding": true, "saying": true, "stating": true, "noting": true, "declaring": true,
	"insisting": true, "explaining": true, "writing": true, "warning": true, "arguing": true,
	"telling": true, "recalling": true, "vowing": true, "pledging": true,
	"заявив": true, "добавив": true, "отметив": true, "подчеркнув": true, "сказав": true,
	"пояснив": true, "написав": true, "уточнив": true, "заметив": true, "указав": true,
	"констатировав": true, "напомнив": true, "признав": true, "пообещав": true,
}

// betweenWords may stand between a speech verb and the quotation that
// follows it: an addressee and adverbials ("told reporters in Bishkek on
// Monday: “…”", «заявил журналистам в понедельник: «…»»).
var betweenWords = map[string]bool{
	"reporters": true, "journalists": true, "the": true, "a": true, "press": true, "media": true,
	"parliament": true, "lawmakers": true, "crowd": true, "audience": true, "supporters": true,
	"журналистам": true, "корреспонденту": true, "репортерам": true, "изданию": true, "агентству": true,
	"среду": true, "понедельник": true, "вторник": true, "четверг": true, "пятницу": true,
	"субботу": true, "воскресенье": true, "брифинге": true, "пресс-конференции": true,
	"also": true, "later": true, "then": true, "также": true, "затем": true, "позже": true,
}

// betweenVerbAndQuote reports whether token i may stand between a speech
// verb and its quotation: an addressee, a preposition, a capitalised place
// or day, a digit.
func (d *doc) betweenVerbAndQuote(i int) bool {
	w := d.word(i)
	return betweenWords[w] || descriptorStop[w] || w == "во" || d.btoks[i].has(fCap) || d.btoks[i].has(fDigit)
}

// colonSentence reads a sentence ending in a colon before a quotation whose
// speech verb stands further back: "Shavkat Mirziyoyev noted that there is
// only one answer to such a question: “…”", «Шавкат Мирзиёев отметил, что
// на такой вопрос есть только один ответ: «…»». The speaker is the name
// just before the sentence's first speech verb, which must be the
// sentence's first clause.
func (a *Analyzer) colonSentence(d *doc, m, start int) speakerRef {
	lo := start
	if si := d.sentenceAt(int(d.btoks[m].s)); si >= 0 && int(d.sents[si].s) > lo {
		lo = int(d.sents[si].s)
	}
	for v := d.tokAt(lo); v < m && v < d.tokAt(lo)+8; v++ {
		if !d.listed(v, rwSpeechVerb) {
			continue
		}
		if v+1 > m || !(d.word(v+1) == "that" || d.word(v+1) == "что" || strings.TrimSpace(d.body[d.btoks[v].e:d.btoks[v+1].s]) == ",") {
			return speakerRef{}
		}
		if ref := a.parseBackward(d, v-1, lo); ref.kind == refName || ref.kind == refPronoun {
			if d.tokAt(lo) == ref.ts || ref.kind == refPronoun {
				return ref // the name opens the sentence
			}
		}
		return speakerRef{}
	}
	return speakerRef{}
}

// skipVerbComplement steps over what may stand between a Russian speech
// verb and its speaker's title: an addressee and a short prepositional
// phrase («сказал журналистам», «написала в своем Telegram-канале
// официальный представитель …»). It returns the token of the title, or i.
func (d *doc) skipVerbComplement(i, limit int) int {
	in := func(k int) bool { return k < len(d.btoks) && int(d.btoks[k].s) < limit }
	k := i
	if in(k) && ruAddressees[d.word(k)] {
		k++
	}
	if j := d.skipVerbObject(k, limit); j > k && (d.ruNameStart(j) && d.subjectCaseAfterVerb(d.verbBefore(i), j+1) ||
		d.loneSurnameEnds(j, limit) && d.subjectCaseAfterVerb(d.verbBefore(i), j) ||
		in(j) && d.listed(j, rwTitleWord) && !d.btoks[j].has(fCap) ||
		in(j+1) && ruAdjectiveWord(d.word(j)) && d.listed(j+1, rwTitleWord) && !d.btoks[j].has(fCap)) {
		return j // «— прокомментировала ситуацию Айгуль Бекова», «— оценил матч главный тренер X»
	}
	k = d.skipMedium(k, limit)
	if !in(k) || !ruComplementPreps[d.word(k)] {
		return k
	}
	for t := k + 1; t <= k+10 && in(t); t++ {
		if gap := d.body[d.btoks[t-1].e:d.btoks[t].s]; !onlyRunes(gap, " -«»\"") && gap != "." {
			return k // a dot with no space is inside a medium's name («24.kg», Kaktus.media)
		}
		if d.listed(t, rwTitleWord) && !d.btoks[t].has(fCap) && !d.compoundNoTitle(t) {
			return t
		}
		if mediaWords[d.word(t)] {
			continue // «в интервью РИА Новости Ермек Кошербаев»: the medium is no part of the name
		}
		// «написал в своем Telegram-канале Рафаэль Уразбахтин», «сказал
		// после матча Рафаэль Уразбахтин»: a name of two Cyrillic words
		// ends the phrase.
		if t > k+1 && (d.ruNameStart(t) || d.loneSurnameEnds(t, limit)) && !strings.ContainsAny(d.body[d.btoks[t-1].e:d.btoks[t].s], "«\"") {
			return t // (or one surname ending the clause: «— отметил в беседе с журналистами Ибраев.»)
		}
	}
	return k
}

// ruVerbObjects are what a Russian speech verb takes as its object before
// the speaker («прокомментировала ситуацию X», «оценил решение министр
// X»), in the accusative; ruObjectDeterminers may open them («эту
// ситуацию», «сложившуюся ситуацию»).
var (
	ruVerbObjects = map[string]bool{
		"ситуацию": true, "решение": true, "заявление": true, "слова": true, "новость": true,
		"итоги": true, "инцидент": true, "происходящее": true, "информацию": true, "событие": true,
		"события": true, "произошедшее": true, "случившееся": true, "результат": true, "ход": true,
		"законопроект": true, "инициативу": true, "предложение": true, "сообщение": true, "публикацию": true,
		// A coach's comment after a match: «прокомментировал игру X».
		"игру": true, "матч": true, "поединок": true, "победу": true, "ничью": true, "выступление": true,
		// What one shares, in the instrumental: «поделилась впечатлениями X».
		"впечатлениями": true, "мнением": true, "подробностями": true, "воспоминаниями": true, "планами": true,
		// A stance, a verdict or an event commented on: «объяснил свою
		// позицию X», «прокомментировал приговор адвокат X».
		"позицию": true, "приговор": true, "вердикт": true, "высказывание": true, "заявления": true,
		"слухи": true, "данные": true, "сообщения": true, "решения": true, "обвинения": true, "критику": true,
		"назначение": true, "отставку": true, "визит": true, "переговоры": true, "встречу": true, "итог": true,
	}
	ruObjectDeterminers = map[string]bool{
		"эту": true, "это": true, "этот": true, "эти": true, "такое": true, "данную": true, "данное": true,
		"сложившуюся": true, "текущую": true, "нынешнюю": true, "своими": true, "своим": true,
		"свою": true, "свое": true, "своё": true, "свои": true, "свой": true,
	}
)

// skipVerbObject steps over such an object right after a Russian speech
// verb; it returns the token after it, or i.
func (d *doc) skipVerbObject(i, limit int) int {
	in := func(k int) bool { return k < len(d.btoks) && int(d.btoks[k].s) < limit }
	k := i
	if in(k+1) && ruObjectDeterminers[d.word(k)] && d.contiguous(k, k+1) {
		k++
	}
	k = d.ruObjectAdjectives(k, limit) // «поделился перспективными планами» (quote_ru_object_phrase.go)
	if !in(k) || !ruVerbObjects[d.word(k)] || d.btoks[k].has(fCap) || k > i && !d.contiguous(k-1, k) ||
		!in(k+1) || !d.contiguous(k, k+1) {
		return i
	}
	// One lower-case word in the genitive may complete the object
	// («прокомментировал решение правительства X», «итоги встречи»); a
	// title there is the speaker's own («оценил матч министр X»).
	if w := d.word(k + 1); in(k+2) && d.contiguous(k+1, k+2) && !d.btoks[k+1].has(fCap) && ruGenitiveEnd(w) && !ruObjectPreps[w] &&
		!d.listed(k+1, rwTitleWord) && ruRoleNominative(w) == "" && !d.listed(k+1, rwPersonNoun) && !d.listed(k+1, rwRoleNoun) {
		return d.ruObjectComplementEnd(k+2, limit)
	}
	return d.ruObjectComplementEnd(k+1, limit)
}

// subjectCaseAfterVerb reports whether the surname at token n can be the
// subject of the past-tense speech verb at token v: a man's nominative
// after «прокомментировал», a woman's after «прокомментировала». A name in
// another case («оценил решение Каната Абдыкадырова») belongs to the
// object, not the speaker.
func (d *doc) subjectCaseAfterVerb(v, n int) bool {
	if v < 0 || n >= len(d.btoks) {
		return false
	}
	verb := d.word(v)
	switch {
	case strings.HasSuffix(verb, "ла") || strings.HasSuffix(verb, "лась"): // «поделилась» as «сказала»
		return !ruOblique(d.word(n), true)
	case strings.HasSuffix(verb, "л") || strings.HasSuffix(verb, "лся"):
		return !ruOblique(d.word(n), false)
	}
	return false // a plural or present-tense verb: no gender to agree with
}

// skipAdverbialClause steps over an adverbial-participle clause set off by
// commas right after a Russian speech verb («— заявил, выступая на
// брифинге, X», «— сказал, отвечая на вопрос журналистов, X»). It returns
// the token after the clause's closing comma, or i.
func (d *doc) skipAdverbialClause(i, limit int) int {
	if i == 0 || i >= len(d.btoks) || !strings.Contains(d.body[d.btoks[i-1].e:d.btoks[i].s], ",") || d.btoks[i].has(fCap) {
		return i
	}
	w := d.word(i)
	if utf8.RuneCountInString(w) < 5 || !(strings.HasSuffix(w, "я") || strings.HasSuffix(w, "ясь") ||
		strings.HasSuffix(w, "в") || strings.HasSuffix(w, "вшись")) {
		return i
	}
	for t := i + 1; t <= i+8 && t < len(d.btoks) && int(d.btoks[t].s) < limit; t++ {
		gap := d.body[d.btoks[t-1].e:d.btoks[t].s]
		if strings.ContainsAny(gap, ".;:!?«»\"") {
			return i
		}
		if strings.Contains(gap, ",") {
			return t
		}
	}
	return i
}

// enComplementPreps open a short phrase between an English speech verb
// and its speaker ("said at a briefing the ministry’s spokesman X", "said
// on Monday Foreign Minister X").
var enComplementPreps = map[string]bool{"at": true, "on": true, "in": true, "during": true, "after": true}

// skipEnComplement steps over such a phrase when a title or a name of two
// words follows it within four words; it returns the token where the
// speaker starts, or i.
func (a *Analyzer) skipEnComplement(d *doc, i, limit int) int {
	if i >= len(d.btoks) || !enComplementPreps[d.word(i)] {
		return i
	}
	for t := i + 1; t <= i+4 && t+1 < len(d.btoks) && int(d.btoks[t+1].s) < limit; t++ {
		if !d.contiguous(t-1, t) {
			return i
		}
		w := d.word(t)
		_, role := roleWords[d.word(t+1)]
		if w == "the" && (d.listed(t+1, rwTitleWord) || role || a.countryOfToken(d, t+1) != "") {
			return t
		}
		if d.btoks[t].has(fCap) && d.listed(t, rwTitleWord) {
			return t // "said on Monday Foreign Minister X"
		}
	}
	return i
}

// ruComplementPreps open a short phrase between a Russian speech verb and
// its speaker: «в интервью РБК», «на брифинге», «после матча», «в беседе
// с «Известиями»».
var ruComplementPreps = map[string]bool{"в": true, "во": true, "на": true, "после": true, "перед": true}

// ruNameStart reports whether token t opens a Russian personal name: two
// capitalised Cyrillic words, the first not all capitals.
func (d *doc) ruNameStart(t int) bool {
	if t+1 >= len(d.btoks) || !d.btoks[t].has(fCap) || d.btoks[t].has(fAllCaps) || !d.btoks[t+1].has(fCap) ||
		d.btoks[t+1].has(fAllCaps) || !d.contiguous(t, t+1) {
		return false
	}
	return isCyrillicText(d.word(t)) && isCyrillicText(d.word(t+1)) && !d.listed(t, rwTitleWord)
}

// skipMedium steps over a medium told right after a Russian speech verb
// («сказал ТАСС», «рассказал РИА Новости», «заявил «Известиям»», «сообщил
// Kaktus.media»), when a speaker follows it. It returns the token after
// the medium, or k.
func (d *doc) skipMedium(k, limit int) int {
	in := func(j int) bool { return j < len(d.btoks) && int(d.btoks[j].s) < limit }
	if !in(k) {
		return k
	}
	if d.word(k) == "с" && in(k+2) {
		// «— поделился с журналистами X», «— поделился с Kaktus.media X»,
		// «— поделилась с «Известиями» X»
		if ruWithAddressees[d.word(k+1)] && d.contiguous(k, k+1) && d.contiguous(k+1, k+2) {
			return k + 2
		}
		if j := d.skipMedium(k+1, limit); j > k+1 {
			return j
		}
		return k
	}
	j := k
	for j < k+3 && in(j) {
		t := &d.btoks[j]
		w := d.word(j)
		quoted := j > 0 && strings.ContainsAny(d.body[d.btoks[j-1].e:t.s], "«\"“„") && j == k
		dotted := j > k && d.body[d.btoks[j-1].e:t.s] == "." // Kaktus.media
		latin := !isCyrillicText(w) && (t.has(fCap) && j == k || dotted)
		domain := j == k && t.has(fDigit) && in(j+1) && d.body[t.e:d.btoks[j+1].s] == "." // 24.kg
		if !(t.has(fAllCaps) || mediaWords[w] || ruMediaDatives[w] || quoted || latin || domain || d.datedMedium(k, j)) {
			break
		}
		j++
		if quoted {
			// «Известиям», “Курсиву”: to the closing mark.
			for in(j) && !strings.ContainsAny(d.body[d.btoks[j-1].e:d.btoks[j].s], "»\"”“") && j < k+4 {
				j++
			}
			break
		}
	}
	if j == k || !in(j) || strings.ContainsAny(d.body[d.btoks[j-1].e:d.btoks[j].s], ".,;:!?") {
		return k // nothing follows the medium: it is the source itself
	}
	return j
}

// ruWithAddressees are people a statement is shared with («поделился с
// журналистами»).
var ruWithAddressees = map[string]bool{
	"журналистами": true, "корреспондентом": true, "корреспондентами": true, "читателями": true,
	"редакцией": true, "подписчиками": true,
}

// ruMediaDatives are media told a statement («рассказал "Известиям"»).
var ruMediaDatives = map[string]bool{
	"интерфаксу": true, "известиям": true, "ведомостям": true, "коммерсанту": true, "газете": true,
	"телеканалу": true, "радио": true, "агентству": true, "изданию": true, "порталу": true,
	"сайту": true, "журналу": true, "телеканала": true,
}

// contiguous reports whether tokens i and j (i < j) are separated only by
// spaces or hyphens, as the words of one name are.
func (d *doc) contiguous(i, j int) bool {
	if i < 0 || j >= len(d.btoks) {
		return false
	}
	gap := d.body[d.btoks[i].e:d.btoks[j].s]
	return onlyRunes(gap, " -‑’'") || (gap == "." || gap == ". ") && d.initial(i) && d.btoks[j].has(fCap)
}

// initial reports whether token i is the initial of a name ("Mark R.
// Warner", «Д. Орлов», «И.Щеголев»): one capital letter before a dot, not
// the last letter of an abbreviation ("U.S.").
func (d *doc) initial(i int) bool {
	t := &d.btoks[i]
	if t.has(fDotted) {
		return d.dottedInitials(i)
	}
	r, sz := utf8.DecodeRuneInString(d.body[t.s:t.e])
	if int(t.s)+sz != int(t.e) || !unicode.IsUpper(r) {
		return false
	}
	if i+1 < len(d.btoks) && d.btoks[i+1].s == t.e+1 && d.btoks[i+1].e-d.btoks[i+1].s <= 2 {
		return false // "U.S.": the next letter is part of the same abbreviation
	}
	return i == 0 || !strings.HasSuffix(d.body[d.btoks[i-1].e:t.s], ".") || d.btoks[i-1].e+1 < t.s
}

// dottedInitials reports whether the dotted token i is a name's initials
// glued by their dots before a capitalised surname («И.И. Петров»,
// «Н.А.Назарбаев», "J.K. Rowling"): single capitals and dots, a dot after
// them, then a capitalised word that is no acronym. English writes
// initialisms the same way ("U.S. Army"): those stay abbreviations.
func (d *doc) dottedInitials(i int) bool {
	t := &d.btoks[i]
	if i+1 >= len(d.btoks) || dottedInitialisms[d.word(i)] {
		return false
	}
	k := 0
	for _, r := range d.body[t.s:t.e] {
		if k%2 == 1 && r != '.' || k%2 == 0 && !unicode.IsUpper(r) {
			return false
		}
		k++
	}
	n := &d.btoks[i+1]
	gap := d.body[t.e:n.s]
	return (gap == "." || gap == ". ") && n.has(fCap) && !n.has(fAllCaps) && n.e-n.s > 2
}

// gluedInitials reports whether token i is a name's initials written as
// one dotted word («И.И.» of «И.И. Петров»), not an initialism.
func (d *doc) gluedInitials(i int) bool {
	return d.btoks[i].has(fDotted) && d.dottedInitials(i)
}

// dottedInitialisms are written with dots as initials are, before names of
// bodies and offices ("U.S. Army", "U.N. Secretary-General").
var dottedInitialisms = map[string]bool{
	"us": true, "uk": true, "un": true, "eu": true, "dc": true, "uae": true, "usa": true,
	"ussr": true, "nyc": true, "la": true, "nz": true, "pm": true, "am": true,
}

// demonymCode returns the country of a demonym or country-name token
// ("Russian", "России"), or "".
func (a *Analyzer) countryOfToken(d *doc, i int) string {
	for _, ci := range a.gaz.heads[d.btoks[i].id] {
		e := &a.gaz.entries[ci]
		if len(e.words) == 1 && e.code != "" && e.kind != kLeader {
			return e.code
		}
	}
	return ""
}

// isPlaceToken reports whether token i is a gazetteer word that is not a
// person (Russia, Kremlin, Moscow), so it cannot be a speaker's name.
func (a *Analyzer) isPlaceToken(d *doc, i int) bool {
	for _, ci := range a.gaz.heads[d.btoks[i].id] {
		e := &a.gaz.entries[ci]
		// A region's name that is also a first name (Виктория, Alberta)
		// is the person beside another capitalised name: the gazetteer's
		// own rule (accepts) decides.
		if e.kind != kLeader && e.kind != kBlock && d.entryAt(e, i) && (!regionFirstName(e) || a.gaz.accepts(e, d.btoks, d.norm, i)) {
			return true
		}
	}
	return false
}

// regionFirstName reports whether a gazetteer entry is a region's name
// that may also be a first name (Виктория, Alberta; see addSubdivisions).
func regionFirstName(e *entry) bool { return e.kind == kRegion && e.flags&eNameAmb != 0 }

// personNotPlace reports whether token i heads only region names that are
// also first names and that the gazetteer itself reads as a person there,
// beside another capitalised name («Судья Виктория Семёнова»).
func (a *Analyzer) personNotPlace(d *doc, i int) bool {
	heads := a.gaz.heads[d.btoks[i].id]
	if len(heads) == 0 || a.top.heads[d.btoks[i].id] != nil {
		return false
	}
	title := a.titledPlaceBefore(d, i)
	for _, ci := range heads {
		e := &a.gaz.entries[ci]
		if !d.entryAt(e, i) {
			continue
		}
		if title && (e.kind == kCity || e.kind == kRegion) {
			continue // «аким Алматы Дархан Сатыбалды»: a town's name is the first name after the title's place
		}
		if !regionFirstName(e) || a.gaz.accepts(e, d.btoks, d.norm, i) {
			return false
		}
	}
	return true
}

// titledPlaceBefore reports whether token i opens the name right after a
// title's place («аким Алматы Дархан Сатыбалды», "Mayor of Almaty Darkhan
// Satybaldy"): the place of the title before it (placeOfTitle) and a
// capitalised word after it that heads no place. A title names its
// place once, so a second town's name there is the holder's first name.
func (a *Analyzer) titledPlaceBefore(d *doc, i int) bool {
	if i < 2 || i+1 >= len(d.btoks) || !a.placeOfTitle(d, i-1) {
		return false
	}
	n := &d.btoks[i+1]
	return !n.has(fAllCaps) && a.gaz.heads[n.id] == nil
}

// entryAt reports whether a lexicon entry headed by token i matches there:
// a one-word entry always, a longer one when its other words follow
// ("Alma" heads "Alma-Ata" but is a first name in "Alma Musina").
func (d *doc) entryAt(e *entry, i int) bool {
	if i+len(e.words) > len(d.btoks) {
		return false
	}
	for k := 1; k < len(e.words); k++ {
		if d.btoks[i+k].id != e.words[k] || !d.contiguous(i+k-1, i+k) {
			return false
		}
	}
	return true
}

// partialHead reports whether token i heads only longer lexicon entries
// whose other words do not follow it: alone it is no place and no term.
func (a *Analyzer) partialHead(d *doc, i int) bool {
	id := d.btoks[i].id
	for _, l := range [...]*lexicon{a.gaz, a.top} {
		for _, ci := range l.heads[id] {
			if e := &l.entries[ci]; len(e.words) == 1 || d.entryAt(e, i) {
				return false
			}
		}
	}
	return true
}

// parseForward reads a speaker starting at token i: a pronoun, a role
// ("the Russian leader", "глава МИД России") or a name ("Foreign Minister
// Sergei Lavrov" gives Sergei Lavrov). It returns the token after it.
func (a *Analyzer) parseForward(d *doc, i, limit int) (speakerRef, int) {
	if i >= len(d.btoks) || int(d.btoks[i].s) >= limit {
		return speakerRef{}, i
	}
	if d.ru && i > 0 && d.listed(i-1, rwSpeechVerb) {
		i = d.skipAdverbialClause(i, limit) // «— заявил, выступая на брифинге, Ермек Кошербаев»
		i = d.skipMedium(i, limit)          // «— сказал ТАСС Дмитрий Песков»
		if i+1 < len(d.btoks) && int(d.btoks[i+1].s) < limit && ruAddressees[d.word(i)] && d.ruNameStart(i+1) {
			i++ // «— сообщил журналистам Рафаэль Уразбахтин»
		} else if j := d.skipMedium(i+1, limit); ruAddressees[d.word(i)] && j > i+1 {
			i = j // «— рассказала корреспонденту 24.kg пресс-секретарь X»
		} else if k := d.skipVerbComplement(i, limit); k > i && k < len(d.btoks) && (d.ruNameStart(k) || d.listed(k, rwTitleWord) && !d.btoks[k].has(fCap) ||
			d.loneSurnameEnds(k, limit) && (strings.Contains(a.fullName(d, k, k+1), " ") || a.loneSurname(d, k))) {
			// «— написал в своем Telegram-канале Рафаэль Уразбахтин», «—
			// подчеркнул в ходе брифинга представитель МИД Айбек Смадияров»
			i = k
		}
		if i >= len(d.btoks) || int(d.btoks[i].s) >= limit {
			return speakerRef{}, i // «— ответил ему.»: an addressee ends the text
		}
	}
	if !d.ru && i > 0 && d.listed(i-1, rwSpeechVerb) {
		i = a.skipEnComplement(d, i, limit) // "said at a briefing the ministry’s spokesman X"
		if ref, next, ok := a.enTitleCommaName(d, i, limit); ok {
			return ref, next
		}
	}
	if ref, next, ok := a.agedPerson(d, i, limit); ok {
		return ref, next // "the 45-year-old" after "Anna Kaur, 45," (quote_aged_person.go)
	}
	if k := d.skipAge(i, limit); k > i {
		i = k // "the 54-year-old minister", «54-летний министр»
	}
	w := d.word(i)
	if pronounKind(w) {
		return speakerRef{kind: refPronoun, female: femalePronoun(w)}, i + 1
	}
	if ref, ok := d.sexNounPronoun(i, limit); ok {
		return ref, i + 1 // «— сообщила женщина» as «— сообщила она» (quote_ru_sex_noun.go)
	}
	if ref, next, ok := d.enSexNounAt(i, limit); ok {
		return ref, next // "“…,” the woman said" as "she said" (quote_ru_sex_noun.go)
	}
	if kinPossessives[w] && i+1 < len(d.btoks) && int(d.btoks[i+1].s) < limit && d.contiguous(i, i+1) && !d.btoks[i+1].has(fCap) {
		// "his mother, Parcha Smithova, explained", «— рассказала его мать
		// Парча Смитова»: the name after a possessive's relation or title
		// is the speaker; "said his mother", "his spokeswoman said"
		// without one name no one, not the person "his" stands for.
		n, k := d.word(i+1), i+2
		if k+1 < len(d.btoks) && d.body[d.btoks[i+1].e:d.btoks[k].s] == "-" {
			n, k = n+"-"+d.word(k), k+1 // «пресс-секретарь»
		}
		if kinNouns[n] || personNouns[n] || titleWords[n] || roleNouns[n] || ruRelationNouns[n] {
			if k < len(d.btoks) && int(d.btoks[k].s) < limit && d.btoks[k].has(fCap) {
				if gap := d.body[d.btoks[k-1].e:d.btoks[k].s]; gap == " " || gap == ", " {
					if m := a.nameRun(d, k); m >= 2 {
						return speakerRef{kind: refName, ts: k, te: k + m}, k + m
					}
				}
			}
			if kinNouns[n] || ruRelationNouns[n] || roleNouns[n] || titleWords[n] {
				return speakerRef{}, i // "his spokeswoman said": not the person "his" stands for
			}
		}
	}
	if ref, next, ok := a.oneOfGroup(d, i, limit); ok {
		return ref, next
	}
	if d.ru && otherOne[w] && i+1 < len(d.btoks) && (d.listed(i+1, rwTitleWord) || d.listed(i+1, rwPersonNoun)) && !d.btoks[i+1].has(fCap) && d.contiguous(i, i+1) {
		i++ // «— заявил другой член ОО X»: the title after «другой»
		w = d.word(i)
	}
	if k := d.ruTitleQualifierEnd(i, limit); k > i {
		// «— сказал бывший министр финансов X», «— сказал и.о. министра X»:
		// the title after its qualifier, then the name (quote_title_qualified.go).
		if ref, next, ok := a.ruTitledNameAfter(d, k, limit, true); ok {
			return ref, next
		}
	}
	if d.ru && ruInterlocutors[w] {
		if ref, next, ok := a.interlocutorApposition(d, i, limit); ok {
			return ref, next
		}
	}
	if ref, next, ok := a.ruPersonFirstName(d, i, limit); ok {
		return ref, next // «— рассказал пассажир автобуса Александр» (quote_ru_first_name.go)
	}
	if d.ru && (d.listed(i, rwTitleWord) || ruInterlocutors[w] || d.listed(i, rwPersonNoun) && i > 0 && otherOne[d.word(i-1)]) && !d.btoks[i].has(fCap) {
		// «главный тренер «Кайрата» Рафаэль Уразбахтин»: a lower-case
		// title with its complements, then the name.
		if ref, next, ok := a.ruTitledName(d, i, limit); ok {
			return ref, next
		}
	}
	if a.oneBeforeTitledName(d, i, limit) {
		return a.parseForward(d, i+1, limit) // "said one opposition leader Gigi Ugulava": as without "one"
	}
	ref := speakerRef{}
	j := i
	if w == "the" {
		j++
	}
	// Titles, demonyms and countries before a name or forming a role.
	for ; j < len(d.btoks) && j < i+6 && int(d.btoks[j].s) < limit; j++ {
		w := d.word(j)
		if j > i && d.body[d.btoks[j-1].e:d.btoks[j].s] == "&" {
			continue // AT&T
		}
		if j > i && !d.contiguous(j-1, j) && (ref.roleCode == "" || !possessiveGap(d.body[d.btoks[j-1].e:d.btoks[j].s])) {
			break // "Kazakhstan’s deputy foreign minister …": a country's possessive goes on
		}
		if role, ok := roleWords[w]; ok {
			if j > i && ref.role != "" && d.body[d.btoks[j-1].e:d.btoks[j].s] == "-" {
				continue // «премьер-министр»: the compound's first word is the role
			}
			if j > i && d.body[d.btoks[j-1].e:d.btoks[j].s] == "-" && vicePrefixes[d.word(j-1)] {
				ref.role = d.word(j-1) + "-" + w // «вице-премьер» is no premier (quote_ru_roles.go)
				continue
			}
			ref.role = w
			_ = role
			if w == "prime" || w == "head" {
				continue
			}
			continue
		}
		if w == "prime" && j+1 < len(d.btoks) && d.word(j+1) == "minister" {
			ref.role = "prime minister"
			j++
			continue
		}
		if w == "head" && j+2 < len(d.btoks) && d.word(j+1) == "of" && d.word(j+2) == "state" && d.contiguous(j, j+1) && d.contiguous(j+1, j+2) {
			ref.role = "head of state" // "the head of state said", like «глава государства»
			j += 2
			continue
		}
		if k := max(d.portfolioEnd(j), d.portfolioEndWide(j)); k > j && j > i && (d.listed(j-1, rwTitleWord) || ref.role != "") {
			j = k - 1 // "Minister of Culture and Sports Aktoty Raimkulova": the portfolio, then the name
			continue
		}
		if w == "to" && j > i && j+1 < len(d.btoks) && d.contiguous(j, j+1) && envoyWords[d.word(j-1)] {
			if c, n := a.placeAt(d, j+1); c != "" && !a.isNameStart(d, j+1) {
				j += n // "Kazakh Ambassador to Kyrgyzstan Rapil Zhoshybayev": where the envoy serves
				continue
			}
		}
		if w == "of" && j > i && j+1 < len(d.btoks) && d.contiguous(j, j+1) && (d.listed(j-1, rwTitleWord) || ref.role != "") {
			if c, n := a.placeAt(d, j+1); c != "" && !a.isNameStart(d, j+1) {
				ref.roleCode = c // "Prime Minister of Georgia Irakli Kobakhidze"
				j += n
				continue
			}
		}
		if w == "глава" && j+1 < len(d.btoks) && d.word(j+1) == "государства" {
			ref.role = "глава государства"
			j++
			continue
		}
		if c, n := a.placeAt(d, j); c != "" && !a.isNameStart(d, j) {
			ref.roleCode = c
			j += n - 1
			continue
		}
		if k := d.enPortfolioTitleEnd(j, limit); k > j {
			j = k - 1 // "Road Transport and Highways Minister X": the portfolio and its title, then the name
			continue
		}
		if d.listed(j, rwTitleWord) || d.btoks[j].has(fAllCaps) && !d.gluedInitials(j) {
			continue // a title, or an organisation (AT&T CFO John Stephens)
		}
		if !d.ru && d.listed(j, rwPersonNoun) && !d.btoks[j].has(fCap) && j+1 < len(d.btoks) && d.btoks[j+1].has(fCap) && d.contiguous(j, j+1) {
			continue // "said farmer Rustam Aliyev": a person's noun before the name, like a title
		}
		if d.demonymBeforeName(j) {
			continue // «— говорит шотландец Иан Портерфилд», "said Dutchman Arno Pijpers" (quote_demonym.go)
		}
		break
	}
	// "prime minister, Jacinda Ardern": the name after a title and a comma.
	if j > i && j < len(d.btoks) && int(d.btoks[j].s) < limit && d.btoks[j].has(fCap) &&
		strings.TrimSpace(d.body[d.btoks[j-1].e:d.btoks[j].s]) == "," && (ref.role != "" || d.listed(j-1, rwTitleWord)) {
		if n := a.nameRun(d, j); n > 0 {
			return speakerRef{kind: refName, ts: j, te: j + n}, j + n
		}
	}
	// A capitalised name. A title inside the run ("District Judge Amy
	// Berman Jackson") restarts the name after it; all-capital words are
	// agencies and initialisms, not names.
	n := j
	for n < len(d.btoks) && n < j+5 && n < i+10 && int(d.btoks[n].s) < limit && (d.btoks[n].has(fCap) || n > j && d.nameParticle(n)) &&
		(!d.btoks[n].has(fAllCaps) || n > j && d.capsSurname(j, n) || d.gluedInitials(n)) &&
		(!d.listed(n, rwNotName) || d.initial(n) && d.contiguous(n, n+1)) && (n == j || d.contiguous(n-1, n)) {
		if n > j && a.twoKnownPeople(d, n-1, n) {
			break // «— сказал Токаев Путину»: the second is the addressee
		}
		if n > j && d.btoks[n].has(fLatin) != d.btoks[n-1].has(fLatin) {
			break // «— рассказала Абдуллаева Kaktus.media»: a name is written in one alphabet
		}
		if a.isPlaceToken(d, n) && !d.nameParticle(n) && !d.nameParticle(n-1) && !a.knownSurname(d.word(n)) && !a.isLeaderToken(d, n) && !a.cueInName(d, n) && !a.surnameCue(d, j, n) &&
			(n+1 >= len(d.btoks) || !a.namesake(d, n, n+1)) && (n == j || !a.namesake(d, n-1, n)) {
			break
		}
		if d.listed(n, rwTitleWord) {
			j = n + 1
		}
		n++
		if n+1 < len(d.btoks) && n < i+10 && (d.listed(n, rwTitleWord) || d.memberBeforeName(n)) && !d.btoks[n].has(fCap) && d.contiguous(n-1, n) &&
			d.btoks[n+1].has(fCap) && d.contiguous(n, n+1) {
			n++ // "Fox News host Brian Kilmeade"
			j = n
		}
	}
	if n-j == 3 && a.orgBeforeName(d, j) {
		j++ // "председатель Нацбанка Тимур Сулейменов"
	}
	if d.ru && n-j >= 2 && ruBodyShortForm(d.word(j)) {
		j++ // «глава Минтранса Текебаев»: a ministry's short name, then the name
	}
	if d.ru && n-j >= 2 {
		n = d.ruCutAddressee(j, n) // «— сказал Ибраев Кулубаеву»
	}
	if k := a.ruPossessorEnd(d, i, j, n); k == n {
		return speakerRef{}, i // «— сказал адвокат Ивана Петрова»: the lawyer of a named man
	} else if k > j {
		j = k // «пресс-секретарь Владимира Путина Дмитрий Песков»: the name after the owner's
	}
	if n > j && n+1 < len(d.btoks) && int(d.btoks[n+1].s) < limit && (d.word(n) == "and" || d.word(n) == "и") &&
		d.contiguous(n-1, n) && d.contiguous(n, n+1) && d.btoks[n+1].has(fCap) {
		return speakerRef{}, i // "said Tokayev and Mirziyoyev": two speakers, no one's quotation
	}
	if n > j && n < len(d.btoks) && int(d.btoks[n].s) < limit && possessiveGap(d.body[d.btoks[n-1].e:d.btoks[n].s]) {
		// "said Tokayev's spokesman Ruslan Zheldibay": the name owns the
		// speaker's title; the speaker is the name after it, or no one.
		if dr, next, ok := a.descriptorName(d, n, limit); ok && dr.kind == refName {
			return dr, next
		}
		return speakerRef{}, i
	}
	if n > j {
		if n+1 < len(d.btoks) && int(d.btoks[n].s) < limit && d.body[d.btoks[n-1].e:d.btoks[n].s] == ", " {
			// "Raushan, an Almaty resident, told AFP": an apposition
			// between the name and the verb.
			if ref, next := a.appositiveForward(d, j, n, limit); ref.kind == refName {
				return ref, next
			}
		}
		if n-j == 1 && j > i && d.ru && d.listed(j-1, rwTitleWord) && a.obliqueKnownSurname(d, j) {
			return speakerRef{}, i // «пресс-секретарь Токаева»: the aide of a known person
		}
		if n-j == 1 && j > i && d.listed(j-1, rwTitleWord) && !a.isLeaderToken(d, j) && !a.knownSurname(d.word(j)) && !a.loneSurname(d, j) {
			// «глава МИДа», «тренер Факела»: an organisation after a title,
			// not a name.
			if rr, next := a.roleAfter(d, i, limit); rr.kind == refRole {
				return rr, next
			}
		}
		return speakerRef{kind: refName, ts: j, te: n}, n
	}
	if ref, next, ok := a.personNounName(d, i, limit); ok {
		return ref, next // "an Almaty resident, Raushan", «жительница Бишкека Айгуль»
	}
	i0 := i
	if w == "the" {
		i++
	}
	if d.ru {
		// Russian descriptions take genitive complements and names in any
		// case; ruTitledName reads them and is the only judge.
		if ref, next, ok := a.ruTitledName(d, i, limit); ok {
			return ref, next
		}
	} else if dr, next, ok := a.descriptorName(d, i, limit); ok {
		return dr, next
	} else if j > i && j < len(d.btoks) && ref.roleCode != "" && (possessiveGap(d.body[d.btoks[j-1].e:d.btoks[j].s]) ||
		d.contiguous(j-1, j) && !d.btoks[j].has(fCap)) {
		// "Kyrgyzstan’s education minister Kanat Abdykadyrov said", "Tajik
		// opposition leader Muhiddin Kabiri": a country or its
		// demonym, then a lower-case title and the name.
		if dr, next, ok := a.descriptorName(d, j, limit); ok {
			return dr, next
		}
	}
	if ref.role != "" {
		ref.kind = refRole
		for k := i0; k < j; k++ {
			if w := d.word(k); (w == "deputy" || w == "vice") && !d.btoks[k].has(fCap) {
				ref.role = "deputy" // "the deputy minister said" is not the minister
			}
		}
		return ref, j
	}
	if rr, next := a.roleAfter(d, i0, limit); rr.kind == refRole {
		if s := next - 1; s > i0 && a.loneSurname(d, s) {
			return speakerRef{kind: refName, ts: s, te: next}, next // «— сказал глава района Хабиров»
		}
		return rr, next
	}
	return speakerRef{}, i
}

// ruBodyShortStems are the stems of Russian short names of ministries and
// state bodies (Минтранс, Минфин, Госдума, Нацбанк), which stand
// capitalised between a title and a name in any case («глава Минфина
// Силуанов», «председатель Нацбанка Тимур Сулейменов»).
var ruBodyShortStems = [...]string{
	"минтранс", "минфин", "минздрав", "минюст", "минобороны", "минэнерго", "минэкономики", "минэкономразвития",
	"минтруд", "минстрой", "минсельхоз", "минпромторг", "минцифры", "минкультуры", "минобрнауки",
	"минпросвещения", "минприроды", "минспорт", "минобр", "минэкологии", "минсвязи", "минцифр", "минвод",
	"госдум", "мосгордум", "нацбанк", "центробанк", "генпрокуратур", "минимущ", "минтуризм",
}

// ruBodyShortForm reports whether a word is such a short name, in any of
// its case forms (the stem and at most three letters of ending).
func ruBodyShortForm(w string) bool {
	w = strings.ToLower(w)
	for _, s := range ruBodyShortStems {
		if strings.HasPrefix(w, s) && utf8.RuneCountInString(w)-utf8.RuneCountInString(s) <= 3 {
			return true
		}
	}
	return false
}

// ruGenitiveEnd reports whether a Russian word ends as a noun's genitive
// singular does (Кенеша, Сената, Думы, Республики): before a first name and
// a surname it is a body's name, not a third word of the person's.
func ruGenitiveEnd(w string) bool {
	for _, e := range [...]string{"а", "я", "ы", "и"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// orgBeforeName reports whether the first of three capitalised Cyrillic
// words at j is an organisation in the genitive after a title ("председатель
// Нацбанка Тимур Сулейменов") rather than a first name: the middle word is
// no patronymic and the first two are not one hyphenated name.
func (a *Analyzer) orgBeforeName(d *doc, j int) bool {
	if j == 0 || j+2 >= len(d.btoks) || !d.titleBefore(j) || !isCyrillicText(d.word(j)) {
		return false
	}
	if strings.Contains(d.body[d.btoks[j].e:d.btoks[j+1].s], "-") {
		return false
	}
	return !isPatronymic(d.word(j + 1))
}

// descriptorName reads a speaker described before the name by lower-case
// words that end in a title: "company chairman Dastan Abdulgafarov", "the
// bank's chief economist, Aliya Moldabekova", "председатель правления
// компании Дастан Абдулгафаров". The name must be two or three capitalised
// words that end the clause; anything less certain gives no speaker.
func (a *Analyzer) descriptorName(d *doc, j, limit int) (speakerRef, int, bool) {
	last, title := -1, false
	k := j
	for ; k < len(d.btoks) && k < j+6 && int(d.btoks[k].s) < limit; k++ {
		if k > j && !d.contiguous(k-1, k) && !possessiveGap(d.body[d.btoks[k-1].e:d.btoks[k].s]) {
			break
		}
		t := &d.btoks[k]
		w := d.word(k)
		if t.rules&rwTitleWord != 0 && w != "the" {
			last, title = k, true
			continue
		}
		if title && (w == "of" || w == "and") && k+1 < len(d.btoks) && d.contiguous(k, k+1) && !d.btoks[k+1].has(fCap) &&
			!d.btoks[k+1].has(fDigit) && !enPossessives[d.word(k+1)] && !d.listed(k+1, rwNotName) && !descriptorStop[d.word(k+1)] {
			continue // "the minister of education and science, X": the title's domain
		}
		if t.has(fCap) || t.has(fDigit) || t.rules&(rwSpeechVerb|rwNotName) != 0 || descriptorStop[w] || pronounKind(w) {
			break
		}
		last = k
	}
	if !title {
		return speakerRef{}, j, false
	}
	n := last + 1
	if n >= len(d.btoks) || int(d.btoks[n].s) >= limit {
		return speakerRef{}, j, false
	}
	if gap := strings.TrimSpace(d.body[d.btoks[last].e:d.btoks[n].s]); gap != "" && gap != "," {
		return speakerRef{}, j, false
	}
	m := a.nameRun(d, n)
	if m == 0 {
		return speakerRef{}, j, false
	}
	end := n + m
	if end < len(d.btoks) && int(d.btoks[end].s) < limit {
		gap := strings.TrimSpace(d.body[d.btoks[end-1].e:d.btoks[end].s])
		if gap == "" && d.listed(end, rwSpeechVerb) {
			return speakerRef{kind: refName, ts: n, te: end}, end, true // "the opposition leader X said"
		}
		if gap == "" || !strings.ContainsAny(gap[:1], ".,;!?") {
			return speakerRef{}, j, false
		}
	}
	return speakerRef{kind: refName, ts: n, te: end}, end, true
}

// enPossessives open another person's description after "and" ("the
// minister and his deputy X"): two people, not one title.
var enPossessives = map[string]bool{"his": true, "her": true, "their": true, "its": true, "he": true, "she": true}

// possessiveGap reports whether the text between two tokens is the
// apostrophe of a possessive ("bank's").
func possessiveGap(s string) bool { return s == "'" || s == "’" || s == "'s " || s == "’s " }

// descriptorStop are lower-case words that end a description of a speaker:
// what follows them is not that speaker's name.
var descriptorStop = map[string]bool{
	"of": true, "for": true, "at": true, "in": true, "to": true, "and": true, "or": true, "who": true,
	"which": true, "that": true, "with": true, "from": true, "by": true, "on": true,
	"и": true, "в": true, "на": true, "по": true, "с": true, "который": true, "которая": true,
}

// placeAt returns the country of a non-person gazetteer phrase starting at
// token i (New Zealand, России) and its length in tokens.
func (a *Analyzer) placeAt(d *doc, i int) (string, int) {
	for _, ci := range a.gaz.heads[d.btoks[i].id] {
		e := &a.gaz.entries[ci]
		if e.code == "" || e.kind == kLeader || i+len(e.words) > len(d.btoks) {
			continue
		}
		ok := true
		for k := 1; k < len(e.words); k++ {
			if d.btoks[i+k].id != e.words[k] {
				ok = false
				break
			}
		}
		if ok {
			return e.code, len(e.words)
		}
	}
	return "", 0
}

// isNameStart reports whether a country-like token is in fact the start of a
// name: never, except for leaders handled elsewhere.
func (a *Analyzer) isNameStart(d *doc, i int) bool {
	return a.isLeaderToken(d, i) || a.knownSurnameToken(d, i) // (quote_reported.go)
}

// obliqueKnownSurname reports whether Russian token i is a known person's
// surname in a case other than the nominative (Токаева, Путина).
func (a *Analyzer) obliqueKnownSurname(d *doc, i int) bool {
	pi, ok := a.persons.bySurname[d.word(i)]
	if !ok {
		return false
	}
	ws := normWords(knownPersons[pi].ru)
	return ws[len(ws)-1] != d.word(i)
}

// placeAfterPreposition reports whether Russian token i is a capitalised
// word right after a preposition of place («в Симферополе», «на Кипре»):
// a place, not the first word of a name.
func (d *doc) placeAfterPreposition(i int) bool {
	if !d.ru || i < 1 || !d.btoks[i].has(fCap) || !d.contiguous(i-1, i) {
		return false
	}
	switch d.word(i - 1) {
	case "в", "во", "на", "из", "под", "над":
		return true
	}
	return false
}

// enPlacePrepositions put a place before a name that may follow it at once
// in English ("near Baranovichi Lukashenko said").
var enPlacePrepositions = map[string]bool{"in": true, "near": true, "outside": true}

// cueInName reports whether token i, a gazetteer word (Abbas is a cue for
// Palestine), is a word of a personal name instead: a run of capitalised
// words from it ends in a public figure's surname ("Abbas Araghchi",
// «Аббас Аракчи»). A name is not refused for being made of such words.
func (a *Analyzer) cueInName(d *doc, i int) bool {
	for _, ci := range a.gaz.heads[d.btoks[i].id] {
		switch a.gaz.entries[ci].kind {
		case kName, kDemonym, kInstitution, kCurrency:
			return false // «президент Беларуси Александр Лукашенко»: a country, not a first name
		}
	}
	for k := i + 1; k < len(d.btoks) && k <= i+3 && d.btoks[k].has(fCap) && d.contiguous(k-1, k); k++ {
		if a.isLeaderToken(d, k) {
			return true
		}
		if _, known := a.persons.bySurname[d.word(k)]; known {
			return true
		}
	}
	return false
}

func (a *Analyzer) isLeaderToken(d *doc, i int) bool {
	for _, ci := range a.gaz.heads[d.btoks[i].id] {
		if a.gaz.entries[ci].kind == kLeader {
			return true
		}
	}
	return false
}

// sentenceStartAt reports whether token i opens a sentence, so its capital
// says nothing about it being a name («Президент отметил: …»).
func (d *doc) sentenceStartAt(i int) bool {
	return i == 0 || strings.ContainsAny(d.body[d.btoks[i-1].e:d.btoks[i].s], ".!?\n")
}

// parseBackward reads a speaker that ends at token i: "Rahmon", "Foreign
// Minister Sergei Lavrov", "the Russian leader", "he".
func (a *Analyzer) parseBackward(d *doc, i, start int) speakerRef {
	if i < 0 || int(d.btoks[i].s) < start {
		return speakerRef{}
	}
	w := d.word(i)
	if pronounKind(w) {
		return speakerRef{kind: refPronoun, female: femalePronoun(w)}
	}
	if ref, ok := d.enSexNounBefore(i, start); ok {
		return ref // "“…,” the woman said" as "she said" (quote_ru_sex_noun.go)
	}
	// A role of several words ends here: «глава государства», "head of
	// state".
	for n := 2; n <= 3 && i-n+1 >= 0 && int(d.btoks[i-n+1].s) >= start; n++ {
		first := i - n + 1
		phrase, joined := d.word(first), true
		for k := first + 1; k <= i; k++ {
			phrase += " " + d.word(k)
			joined = joined && d.contiguous(k-1, k) // "head of state": each word next to the one before
		}
		if _, ok := roleWords[phrase]; ok && joined && (!d.btoks[first].has(fCap) || d.sentenceStartAt(first) ||
			first > 0 && d.word(first-1) == "the") {
			return speakerRef{kind: refRole, role: phrase, unnamed: d.indefiniteNoun(first, start)}
		}
	}
	if _, ok := roleWords[w]; ok && (!d.btoks[i].has(fCap) || d.sentenceStartAt(i)) || (ok && i > 0 && d.word(i-1) == "the") {
		if i > 0 && int(d.btoks[i-1].s) >= start && possessiveGap(d.body[d.btoks[i-1].e:d.btoks[i].s]) && a.personPossessor(d, i-1) {
			return speakerRef{} // "Ivan Petrov's lawyer said:": someone who serves him (quote_reported.go)
		}
		ref := speakerRef{kind: refRole, role: w, unnamed: d.indefiniteNoun(i, start)}
		for j := i - 1; j >= 0 && j >= i-3 && int(d.btoks[j].s) >= start && d.contiguous(j, j+1); j-- {
			if c := a.countryOfToken(d, j); c != "" {
				ref.roleCode = c // "Kyrgyz minister"; not «… в Ош. Министр»: the sentence before
				continue
			}
			if d.word(j) == "the" {
				return ref
			}
			break
		}
		return ref
	}
	if ref := a.roleBefore(d, i, start); ref.kind == refRole {
		return ref
	}
	if d.listed(i, rwTitleWord) {
		// An appositive between the name and the verb: "Tim Armstrong,
		// Chairman and CEO said".
		for j := i; j >= 0 && j > i-6 && int(d.btoks[j].s) >= start; j-- {
			wj := d.word(j)
			if !d.listed(j, rwTitleWord) && wj != "and" && wj != "of" {
				break
			}
			if j > 0 && strings.TrimSpace(d.body[d.btoks[j-1].e:d.btoks[j].s]) == "," && !d.listed(j-1, rwTitleWord) {
				if ref := a.parseBackward(d, j-1, start); ref.kind == refName {
					return ref
				}
				break
			}
		}
		return speakerRef{}
	}
	e := i + 1
	s := i
	for s >= 0 && s > i-5 && int(d.btoks[s].s) >= start && (d.btoks[s].has(fCap) || d.nameParticle(s)) && (s == i || d.contiguous(s, s+1)) {
		w := d.word(s)
		if d.listed(s, rwTitleWord) || d.listed(s, rwNotName) && !(s < i && d.initial(s)) || s < i && d.sentencePersonNoun(s) || (a.isPlaceToken(d, s) && !d.nameParticle(s) && !d.nameParticle(s-1) && !a.isLeaderToken(d, s) && !a.cueInName(d, s)) ||
			s < i && d.btoks[s].has(fAllCaps) && utf8.RuneCountInString(w) > 1 && !d.gluedInitials(s) {
			// «Глава МИД Ермек Кошербаев заявил»: an acronym is a body, not a first name
			break
		}
		s--
	}
	s++
	for k := s; k < e; k++ {
		if d.ruImeni(k - 1) {
			s = d.ruPatronEnd(k, int(d.btoks[e-1].e)) // «завод им. Малышева Иван Петров»: the patron, then the name
		}
	}
	for s < e && d.nameParticle(s) {
		s++ // a name does not open with its particle
	}
	if s >= e {
		return speakerRef{}
	}
	if s > 0 && int(d.btoks[s-1].s) >= start && !d.btoks[s-1].has(fCap) && descriptorStop[d.word(s-1)] && d.contiguous(s-1, s) {
		return speakerRef{} // "on Monday", "from Reuters": not a speaker
	}
	if !d.ru && s > 0 && d.word(s-1) == "the" && d.contiguous(s-1, s) {
		return speakerRef{} // "the CMI", "the Kremlin": an institution, not a person
	}
	return speakerRef{kind: refName, ts: s, te: e}
}

// dashTurns splits Russian dialogue text [s, e) of paragraph pi into turns
// and appends the attributed ones. A dash after a comma, "!" or "?" and
// before a speech verb attributes the turn before it («…, — сказал X»); the
// text after the attribution's next dash («… — сказал X. — Но …») goes on
// with the same speaker. A dash after a sentence end and before anything
// else starts another person's turn («…? — Я не знаю, — ответил X»).
func (a *Analyzer) dashTurns(d *doc, s, e, pi int, out []quoteSpan) []quoteSpan {
	return a.dashTurnsIn(d, s, e, pi, out, false)
}

// dashTurnsIn is dashTurns; marked says that [s, e) is the text of one
// quotation in marks, so the words after its attribution are still the
// quotation's even when the page types a comma for the attribution's full
// stop («A, – пишет X в своем канале, – Это …»).
func (a *Analyzer) dashTurnsIn(d *doc, s, e, pi int, out []quoteSpan, marked bool) []quoteSpan {
	joinTo := -1 // the turn a continuation joins
	emit := func(ts, te int, ref speakerRef) {
		for te > ts && (d.body[te-1] == ' ' || d.body[te-1] == '\n') {
			te--
		}
		switch {
		case te <= ts || ref.kind == refNone:
		case joinTo >= 0:
			out[joinTo].ts2, out[joinTo].te2, out[joinTo].end = ts, te, te
		default:
			out = append(out, quoteSpan{open: ts, end: te, ts: ts, te: te, para: pi, ref: ref})
		}
		joinTo = -1
	}
	cur, off := s, s
	var pending speakerRef
	for off < e {
		k, dl := dialogueDash(d.body, off, e)
		if k < 0 {
			break
		}
		before := strings.TrimRight(d.body[cur:k], " ")
		last, _ := utf8.DecodeLastRuneInString(before)
		v := d.tokAt(k + dl)
		verb := v < len(d.btoks) && int(d.btoks[v].s) < e && d.listed(v, rwSpeechVerb)
		var sref speakerRef // "- …, - the minister said.": the speaker before the verb
		if !verb && strings.ContainsRune(",!?…", last) {
			if r, at := a.speakerThenVerb(d, v, e); r.kind != refNone {
				sref, verb, v = r, true, at-1
			} else if r, at := a.citedTurn(d, v, e); r.kind != refNone {
				sref, verb, v = r, true, at // «— …, — цитирует министра пресс-служба»
			}
		}
		switch {
		case verb && (strings.ContainsRune(",!?…", last) || a.looseAttributionDash(d, s, k, e, v, pi, last)):
			ref := sref
			if ref.kind == refNone {
				ref = a.dashSpeaker(d, v+1, e)
			}
			n := len(out)
			joinTo = -1 // a turn with its own attribution is its own quotation
			ts, te := markedTurn(d.body, cur, cur+len(before))
			emit(ts, te, ref)
			if len(out) > n {
				joinTo = n
			}
			// The attribution runs to its sentence's end; a dash there
			// continues the same speaker.
			c, cl := continuation(d.body, int(d.btoks[v].e), e, true)
			if c < 0 && marked {
				c, cl = commaContinuation(d.body, int(d.btoks[v].e), e)
			}
			if c < 0 || ref.kind == refNone {
				return out
			}
			cur, off, pending = c+cl, c+cl, ref
		case strings.ContainsRune(".!?…", last):
			emit(cur, cur+len(before), pending)
			pending = speakerRef{}
			cur, off = k+dl, k+dl
		default:
			off = k + dl // a dash inside a sentence
		}
	}
	emit(cur, e, pending)
	return out
}

// markedTurn narrows the turn body[s:e] before a dash attribution to the
// words spoken when the paragraph marks them: a turn ending in a closed
// quotation ("Narration. «Short quote», — сказал X") is that quotation
// without its marks, never the reporter's sentence before it. Otherwise
// the turn is unmarked speech, all of it.
func markedTurn(body string, s, e int) (int, int) {
	end := e
	for end > s {
		r, sz := utf8.DecodeLastRuneInString(body[s:end])
		if !strings.ContainsRune(",!?… ", r) {
			break
		}
		end -= sz
	}
	// The turn's last closing mark, if it ends the turn, and the openers
	// that may pair with it: mixed pairs too (“…», "…”, „…“, ‚…‘, ''…''),
	// as pages type them.
	r, csz := utf8.DecodeLastRuneInString(body[s:end])
	last := end - csz
	var openers []string
	switch r {
	case '»':
		openers = []string{"«", "“", "„"}
	case '”':
		openers = []string{"“", "„", `"`}
	case '"':
		openers = []string{`"`, "“", "„"}
	case '›':
		openers = []string{"‹"}
	case '“':
		openers = []string{"„"}
	case '‘', '’':
		openers = []string{"‚", "‘"}
	case '\'':
		if last > s && body[last-1] == '\'' {
			last--
			openers = []string{"''", "``"}
		}
	}
	o, olen := -1, 0
	for _, op := range openers {
		if k := strings.LastIndex(body[s:last], op); k > o {
			o, olen = k, len(op)
		}
	}
	if o < 0 {
		// No quotation closes the turn: it is unmarked speech, all of it
		// (a quoted term earlier in it, «стали “скромничать”», is part
		// of it).
		return s, e
	}
	return s + o + olen, last
}

// dialogueDash finds the next dash between spaces in body[off:e], returning
// its offset and the length of dash and space after it, or -1.
//
// A dash glued to the attribution's verb after a comma (", -заявил X", as
// careless pages type it) is one too: a lower-case word follows it.
func dialogueDash(body string, off, e int) (int, int) {
	for i := off; i < e; {
		r, sz := utf8.DecodeRuneInString(body[i:])
		if (r == '-' || r == '–' || r == '—') && i > off && body[i-1] == ' ' && i+sz < e {
			if body[i+sz] == ' ' {
				return i, sz + 1
			}
			if next, _ := utf8.DecodeRuneInString(body[i+sz:]); unicode.IsLower(next) && i > off+1 && strings.ContainsRune(",!?…", rune(body[i-2])) {
				return i, sz
			}
		}
		i += sz
	}
	return -1, 0
}

// continuationDash finds ". — " after off in body[off:e]: a sentence end
// followed by a dialogue dash.
func continuationDash(body string, off, e int) (int, int) { return continuation(body, off, e, false) }

// continuation finds the dash after an attribution that goes on with the
// same speaker: after a sentence end, or with midSentence after a comma
// when the text goes on in lower case («A, — сказал X, — и b»).
func continuation(body string, off, e int, midSentence bool) (int, int) {
	for i := off; i < e; {
		k, dl := dialogueDash(body, i, e)
		if k < 0 {
			return -1, 0
		}
		prev := strings.TrimRight(body[off:k], " ")
		r, _ := utf8.DecodeLastRuneInString(prev)
		if strings.ContainsRune(".!?…", r) {
			return k, dl
		}
		if next, _ := utf8.DecodeRuneInString(body[k+dl:]); midSentence && r == ',' && unicode.IsLower(next) {
			return k, dl
		}
		if strings.ContainsAny(prev, ".!?") {
			return -1, 0 // the attribution's sentence ended without a dash
		}
		i = k + dl
	}
	return -1, 0
}

// commaContinuation finds the dash that goes on with a quotation in marks
// after its attribution when the attribution ends in a comma and the
// words after the dash open with a capital («…, – пишет X в своем
// Telegram-канале, – Это очень круто …»): the attribution's sentence has
// not ended, so the dash cannot open another person's turn.
func commaContinuation(body string, off, e int) (int, int) {
	k, dl := dialogueDash(body, off, e)
	if k < 0 {
		return -1, 0
	}
	prev := strings.TrimRight(body[off:k], " ")
	if !strings.HasSuffix(prev, ",") || strings.ContainsAny(prev, ".!?…") {
		return -1, 0
	}
	if next, _ := utf8.DecodeRuneInString(body[k+dl:]); !unicode.IsUpper(next) {
		return -1, 0
	}
	return k, dl
}

// continuesParagraph reports whether quotation q, a whole paragraph
// without an attribution, goes on with the speaker of prev, which ends the
// paragraph before it with its attribution ("“A,” he said." then "“B.”").
func (d *doc) continuesParagraph(prev, q quoteSpan) bool {
	if !d.followsRunOn(prev, q.para) || q.open != int(d.paras[q.para].s) || !startsUpper(d.body[q.ts:q.te]) {
		return false
	}
	if rest := strings.TrimSpace(d.body[q.end:d.paras[q.para].e]); rest != "" && !onlyRunes(rest, ".!?") {
		return false // the paragraph goes on after the quotation
	}
	tail := d.body[prev.end:d.paras[prev.para].e]
	return quoteMarks(tail) == 0 && countWords(tail) <= 12
}

// hasLongQuote reports whether paragraph pi holds a quotation in marks
// that is more than a quoted term (стали “скромничать”).
func hasLongQuote(d *doc, spans []quoteSpan, pi int) bool {
	for _, q := range spans {
		if q.para != pi {
			continue
		}
		n := countWords(d.body[q.ts:q.te])
		if q.te2 > q.ts2 {
			n += countWords(d.body[q.ts2:q.te2]) // «A, — сказал он. — B»: split by its attribution
		}
		if n >= minQuoteWords {
			return true
		}
	}
	return strings.Count(d.body[d.paras[pi].s:d.paras[pi].e], "«") > strings.Count(d.body[d.paras[pi].s:d.paras[pi].e], "»")
}

// splitDashSpans replaces a Russian quotation without a speaker whose text
// holds a dash attribution ("У меня …, - сказал глава государства … - Но
// …") by its attributed turns.
func (a *Analyzer) splitDashSpans(d *doc, spans []quoteSpan) []quoteSpan {
	var out []quoteSpan
	for _, q := range spans {
		if q.ref.kind != refNone || q.block {
			out = append(out, q)
			continue
		}
		n := len(out)
		out = a.dashTurnsIn(d, q.ts, q.te, q.para, out, true)
		if len(out) == n {
			out = append(out, q)
		}
	}
	return out
}

// mergeSplitQuotes joins “First half,” X said, “second half.” into one
// quotation.
func mergeSplitQuotes(d *doc, spans []quoteSpan) []quoteSpan {
	out := spans[:0]
	for _, q := range spans {
		if n := len(out); n > 0 {
			prev := &out[n-1]
			if prev.para == q.para && prev.ref.kind != refNone && q.open-prev.end < 80 &&
				strings.HasSuffix(strings.TrimSpace(d.body[prev.end:q.open]), ",") &&
				strings.HasSuffix(strings.TrimSpace(d.body[prev.ts:prev.te]), ",") {
				// Keep the first half's span; the text joins at resolution.
				prev.te = q.te
				prev.end = q.end
				prev.block = true // marks a merged span; see quoteTextOf
				continue
			}
		}
		out = append(out, q)
	}
	return out
}

// blockQuoteMarks are the quotation marks a paragraph of a block quote
// holds none of (strings.ContainsAny's set, read by charSet.in).
var blockQuoteMarks = newCharSet("“”«»\"„")

// appendBlockQuotes finds paragraphs that are quotations which lost their
// marks: a text paragraph ending in a comma, followed by one that opens
// with an attribution ("Rahmon said, adding …", "the Russian leader said.").
func (a *Analyzer) appendBlockQuotes(d *doc, spans []quoteSpan) []quoteSpan {
	for pi := 0; pi+1 < len(d.paras); pi++ {
		p, q := d.paras[pi], d.paras[pi+1]
		if p.kind != pText || q.kind != pText {
			continue
		}
		text := d.body[p.s:p.e]
		if !strings.HasSuffix(text, ",") || blockQuoteMarks.in(text) {
			continue
		}
		k := d.tokAt(int(q.s))
		if k >= len(d.btoks) || !onlyRunes(d.body[q.s:d.btoks[k].s], " —–-") {
			continue
		}
		limit := int(q.e)
		if k+8 < len(d.btoks) && int(d.btoks[k+8].s) < limit {
			limit = int(d.btoks[k+8].s)
		}
		ref := a.attributionAt(d, k, limit)
		if ref.kind == refNone {
			continue
		}
		spans = append(spans, quoteSpan{open: int(p.s), end: int(p.e), ts: int(p.s), te: int(p.e), para: pi, ref: ref})
	}
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].ts < spans[j].ts })
	return spans
}

// quoteText tidies a quotation: a trailing comma (left by the attribution)
// becomes a full stop; split halves are joined.
func quoteText(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, "”"); i >= 0 && !strings.Contains(s[:i], "“") {
		// A merged split quotation: keep the two quoted halves only (a
		// name in marks inside unmarked speech, «— “Пахтакор” — сильная
		// команда», is no half).
		if j := strings.LastIndex(s, "“"); j > i {
			first := strings.TrimRight(strings.TrimSpace(s[:i]), ",")
			second := strings.TrimSpace(s[j+len("“"):])
			s = first + " " + second
		}
	}
	for _, pair := range [][2]string{{",’ ", " ‘"}, {",' ", " '"}} {
		// ‘A,’ said X, ‘B.’: a merged split quotation in single marks; the
		// closing mark follows a comma and a space, so no apostrophe
		// (don’t, farmers’ market) is taken for it.
		if i := strings.Index(s, pair[0]); i >= 0 {
			if j := strings.LastIndex(s, pair[1]); j > i {
				s = strings.TrimSpace(s[:i]) + " " + strings.TrimSpace(s[j+len(pair[1]):])
			}
		}
	}
	if i := strings.Index(s, "»"); i >= 0 && !strings.Contains(s[:i], "«") {
		if j := strings.LastIndex(s, "«"); j > i {
			first := strings.TrimRight(strings.TrimSpace(s[:i]), ",")
			second := strings.TrimSpace(s[j+len("«"):])
			s = first + " " + second
		}
	}
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ",") {
		s = strings.TrimRight(s, ", ")
		if !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "!") && !strings.HasSuffix(s, "?") && !strings.HasSuffix(s, "…") {
			s += "." // "…physically.," he said: the page's stop stays the only one
		}
	}
	return s
}

// mention is a person named at a position of the body.
type mention struct {
	pos     int
	name    string
	person  int  // index in knownPersons, or -1
	said    bool // the start of a quotation by name
	written bool // a first name given as the speaker's name ("a protester named Bezshan")
	// governed: the name follows a preposition («встреча с Багратом
	// Србазаном», "talks with Joe Biden"), so it is no sentence's subject.
	governed bool
}

// mentionPrepositions govern a name that follows them: a person named in
// a prepositional phrase is not who "he" or the sentence's verb refers to.
var mentionPrepositions = map[string]bool{
	"с": true, "со": true, "к": true, "ко": true, "о": true, "об": true, "обо": true, "при": true,
	"для": true, "у": true, "от": true, "без": true, "между": true, "перед": true, "над": true, "против": true,
	"with": true, "to": true, "from": true, "about": true, "against": true, "for": true, "between": true,
	// "Speaking alongside Erdogan, Putin said …", «рядом с Эрдоганом»:
	// the person after these is no rival subject either.
	"alongside": true, "beside": true, "besides": true, "unlike": true, "like": true, "behind": true,
	"toward": true, "towards": true, "without": true, "among": true, "including": true, "than": true,
	"вопреки": true, "кроме": true, "помимо": true, "вроде": true,
	// "Speaking after Mirziyoyev, Tokayev said", «выступая после
	// Мирзиёева, Токаев сказал»: the name is no subject. ("by" is not
	// among them: a passive's agent, "greeted by X", leaves "he" open.)
	"after": true, "before": true, "under": true, "despite": true, "после": true,
}

// governedAt reports whether the name at byte offset pos (or the first
// name before that surname) follows a preposition directly.
func (d *doc) governedAt(pos int) bool {
	k := d.tokAt(pos)
	for n := 0; n < 2 && k > 0 && d.btoks[k-1].has(fCap) && d.contiguous(k-1, k); n++ {
		k-- // "with Joe Biden": the mention of a known person is its surname
	}
	return k > 0 && d.contiguous(k-1, k) && !d.btoks[k-1].has(fCap) && mentionPrepositions[d.word(k-1)]
}

// personMentions lists known people the body names, in order.
func (a *Analyzer) personMentions(d *doc) []mention {
	var out []mention
	// A plain index loop: the skip past a name's later words (i += n - 1)
	// must take effect, or "Sharif" in "Ali Sharif" becomes a second
	// mention of a known namesake.
	for i := 0; i < len(d.btoks); i++ {
		t := &d.btoks[i]
		if !t.has(fCap) {
			continue
		}
		if pi, ok := a.persons.bySurname[d.word(i)]; ok {
			if d.attributive(i) {
				continue // "the Trump administration", "Trump’s aides": not a speaker
			}
			if a.namesakeBefore(d, i, pi) {
				// «Акылбек Жапаров», "Akylbek Japarov": another first name
				// before a known surname, a namesake of «Садыр Жапаров».
				out = append(out, mention{pos: int(d.btoks[i-1].s), name: a.surface(d, i-1, i+1), person: -1})
				continue
			}
			out = append(out, mention{pos: int(t.s), name: "", person: pi})
		} else if a.isLeaderToken(d, i) && !d.listed(i, rwTitleWord) {
			// A public figure of the gazetteer: the fullest name the
			// article gives ("Вячеслав Володин"), so "он" can refer to it.
			name := a.fullName(d, i, i+1)
			if name == "" {
				name = d.word(i)
			}
			out = append(out, mention{pos: int(t.s), name: name, person: -1})
		} else if n := a.nameRun(d, i); n > 0 && (d.ru || i == 0 || d.word(i-1) != "the" || !d.contiguous(i-1, i)) {
			if d.ruImeni(i - 1) {
				// «завод им. Малышева Иван Петров»: the patron's name, then the person's.
				p := d.ruPatronEnd(i, int(d.btoks[i+n-1].e))
				if p >= i+n {
					i += n - 1
					continue
				}
				i, n = p, n-(p-i)
				t = &d.btoks[i]
			}
			if n == 3 && (a.orgBeforeName(d, i) || d.ru && i > 0 && d.btoks[i-1].has(fCap) && d.contiguous(i-1, i) &&
				ruGenitiveEnd(d.word(i)) && !isPatronymic(d.word(i+1)) && d.gapBefore(i+1) == " ") {
				// «Депутат Жогорку Кенеша Дастан Бекешев»: the body's
				// name of two words ends in the genitive before the name.
				// «Глава Минобразования Канат Абдыкадыров»: the title's
				// body in the genitive, then the name.
				i, n = i+1, 2
				t = &d.btoks[i]
			}
			if e := i + n; e < len(d.btoks) && !d.btoks[e].has(fCap) && (d.listed(e, rwTitleWord) || d.memberBeforeName(e)) && d.contiguous(e-1, e) {
				i += n - 1 // "Fox News host …", "Biju Janata Dal member …": an organisation
				continue
			}
			if d.correspondentName(i, n) {
				i += n - 1 // "From Jalingo, X, reports that …": the reporter (quote_correspondent.go)
				continue
			}
			if e := i + n; e < len(d.btoks) && d.contiguous(e-1, e) && d.btoks[e].has(fCap) && !d.attributive(e) {
				if pi, ok := a.persons.bySurname[d.word(e)]; ok {
					if a.otherFirstName(d, i, e, pi) {
						// «Акылбек Жапаров» is not «Садыр Жапаров»: the
						// article's own first name, a namesake.
						out = append(out, mention{pos: int(t.s), name: a.surface(d, i, e+1), person: -1})
						i = e
						continue
					}
					// «Касым-Жомарт Токаев»: a first name the run stopped at,
					// then a known surname: one known person, not two people.
					out = append(out, mention{pos: int(d.btoks[e].s), name: "", person: pi})
					i = e
					continue
				}
			}
			out = append(out, mention{pos: int(t.s), name: a.surface(d, i, i+n), person: -1})
			i += n - 1
		} else if (i > 0 && (d.word(i-1) == "named" || i > 1 && d.word(i-2) == "по" && d.word(i-1) == "имени" ||
			d.listed(i-1, rwPersonNoun) && (!d.btoks[i-1].has(fCap) || d.sentencePersonNoun(i-1)) && d.contiguous(i-1, i) &&
				(i+1 >= len(d.btoks) || !d.btoks[i+1].has(fCap) || !d.contiguous(i, i+1))) ||
			a.personNounPlaceBefore(d, i) || d.ageAfterFirstName(i) || d.honorificBefore(int(t.s))) &&
			!d.listed(i, rwNotName) && !d.listed(i, rwTitleWord) && !a.isPlaceToken(d, i) && !t.has(fAllCaps) {
			// "a protester named Bezshan", «житель по имени Нурлан»,
			// «Жительница Алматы Айгерим», «Нурлан, 45 лет, …»: the
			// name the article gives the speaker.
			out = append(out, mention{pos: int(t.s), name: a.surface(d, i, i+1), person: -1, written: true})
		} else if name := d.surnameOf(out, i); name != "" && !d.attributive(i) {
			// "Nielsen" after "Kirstjen Nielsen": the same person.
			out = append(out, mention{pos: int(t.s), name: name, person: -1})
		}
	}
	for k := range out {
		if k > 0 && d.tokAt(out[k-1].pos) == d.tokAt(out[k].pos)-1 {
			continue // «с Мирзиёевым Токаев»: the name before is another person's, not this one's first name
		}
		out[k].governed = d.governedAt(out[k].pos) || a.ownedByNoun(d, out[k].pos) || d.possessorOfPerson(out[k].pos)
	}
	// A photo credit or a byline names the photographer or the author,
	// no one a pronoun or a role of the story means ("Фото: Айгуль Бекова").
	if len(d.paras) == 0 {
		return out
	}
	kept := out[:0]
	for _, m := range out {
		if k := d.paras[d.paraAt(m.pos)].kind; (k == pCredit || k == pByline) && !d.sideMarkedName(m.pos) {
			continue
		}
		kept = append(kept, m)
	}
	return kept
}

// sideMarkedName reports whether the name at byte offset pos stands in a
// paragraph taken for a caption only because it places that person in the
// picture right after the name («Аким Алматы Ерболат Досаев (на фото)
// провел встречу …», "Yerbolat Dosayev (pictured) met residents …"), with
// no credit mark in it: the depicted person is the story's, no
// photographer.
func (d *doc) sideMarkedName(pos int) bool {
	p := d.paras[d.paraAt(pos)]
	k := d.tokAt(pos)
	for k+1 < len(d.btoks) && int(d.btoks[k+1].s) < int(p.e) && d.btoks[k+1].has(fCap) && d.contiguous(k, k+1) {
		k++
	}
	if k >= len(d.btoks) || int(d.btoks[k].s) >= int(p.e) {
		return false
	}
	after := strings.ToLower(d.body[d.btoks[k].e:min(int(p.e), int(d.btoks[k].e)+32)])
	side := false
	for _, m := range captionSides {
		side = side || strings.HasPrefix(strings.TrimLeft(after, " "), m)
	}
	if !side {
		return false
	}
	lower := strings.ToLower(d.body[p.s:p.e])
	for _, c := range creditMarks {
		if strings.Contains(lower, c) {
			return false
		}
	}
	return true
}

// ownedMentionIn reports whether a mention in [lo, hi) is owned by a
// person's noun (ownedByNoun).
func (a *Analyzer) ownedMentionIn(d *doc, mentions []mention, lo, hi int) bool {
	for _, m := range mentions {
		if m.pos >= lo && m.pos < hi && a.ownedByNoun(d, m.pos) {
			return true
		}
	}
	return false
}

// ownedByNoun reports whether the English name at byte offset pos (or the
// first name before that surname) follows "of" after a person's noun or a
// title: "the mother of Aigul Bekova", "a lawyer of Ivan Petrov", "the son
// of Ruslan Kazakbaev". The name
// is whose the person is, not the subject; a place after "of" ("Prime
// Minister of Georgia Irakli Kobakhidze") is no such name.
func (a *Analyzer) ownedByNoun(d *doc, pos int) bool {
	if d.ru {
		return false
	}
	k := d.tokAt(pos)
	for n := 0; n < 2 && k > 0 && d.btoks[k-1].has(fCap) && d.contiguous(k-1, k); n++ {
		k--
	}
	if k < 2 || d.word(k-1) != "of" || !d.contiguous(k-1, k) || !d.contiguous(k-2, k-1) || a.isPlaceToken(d, k) {
		return false
	}
	w := d.word(k - 2)
	return !d.btoks[k-2].has(fCap) && (d.listed(k-2, rwPersonNoun) || d.listed(k-2, rwTitleWord) || d.listed(k-2, rwRoleNoun) || enRelationNouns[w])
}

// kinPossessives stand before a relation's noun ("his mother", «его
// мать»).
var kinPossessives = map[string]bool{"his": true, "her": true, "their": true, "его": true, "ее": true, "её": true, "их": true}

// kinNouns are English relations by family or household: "said his
// mother" is no one the article names.
var kinNouns = map[string]bool{
	"mother": true, "father": true, "son": true, "daughter": true, "wife": true, "husband": true,
	"brother": true, "sister": true, "widow": true, "grandmother": true, "grandfather": true,
	"aunt": true, "uncle": true, "cousin": true, "niece": true, "nephew": true, "grandson": true,
	"granddaughter": true, "partner": true, "girlfriend": true, "boyfriend": true, "fiancee": true, "fiance": true,
	"parents": true, "relatives": true, "mum": true, "dad": true,
}

// enRelationNouns name a person by a relation to another ("the son of
// Ruslan Kazakbaev"), as ruRelationNouns do in Russian.
var enRelationNouns = map[string]bool{
	"son": true, "daughter": true, "wife": true, "husband": true, "brother": true, "sister": true,
	"widow": true, "widower": true, "grandson": true, "granddaughter": true, "nephew": true, "niece": true,
	"relative": true, "relatives": true, "friend": true, "partner": true,
}

// surnameOf returns the full name of an earlier mention whose last word is
// token i, or "".
func (d *doc) surnameOf(ms []mention, i int) string {
	if i > 0 && d.btoks[i-1].has(fCap) && d.contiguous(i-1, i) && !d.listed(i-1, rwTitleWord) {
		return "" // a later word of another name; "Minister Abayev" is still Abayev
	}
	w := d.body[d.btoks[i].s:d.btoks[i].e]
	for k := len(ms) - 1; k >= 0 && k >= len(ms)-64; k-- {
		n := ms[k].name
		if ms[k].person < 0 && len(n) > len(w) && strings.HasSuffix(n, w) && n[len(n)-len(w)-1] == ' ' {
			return n
		}
	}
	return ""
}

// resolve turns a speaker reference into the fullest name the article uses,
// or "" when it is not clear who spoke.
func (a *Analyzer) resolve(d *doc, q quoteSpan, mentions []mention, spans []quoteSpan) string {
	if q.ref.unnamed {
		return ""
	}
	switch q.ref.kind {
	case refName:
		if !d.ru && q.ref.te-q.ref.ts >= 3 {
			q.ref.ts = d.trimOutletPossessive(q.ref.ts, q.ref.te) // "Sky News’ Kay Burley replied:" (quote_bare_apposition.go)
		}
		if institutionWords[d.word(q.ref.te-1)] {
			return "" // "Amnesty International said", «заявила Хьюман Райтс Вотч»: a body, not a person
		}
		if d.addresseeName(q.ref.ts) {
			return "" // «— говорится в обращении к Эмомали Рахмону», "in a letter to X": the addressee
		}
		if q.ref.te-q.ref.ts == 4 && d.initial(q.ref.ts) && !d.initial(q.ref.ts+1) &&
			d.body[d.btoks[q.ref.ts+1].e:d.btoks[q.ref.ts+2].s] == " " && d.contiguous(q.ref.ts+2, q.ref.ts+3) {
			// «адвокат Л.Невзлина Дмитрий Харитонов», "lawyer of
			// L.Nevzlin Dmitry Kharitonov": an initialled name before a
			// full one is someone else's, the role's complement (no
			// name runs initial, surname, first name, surname); the
			// speaker is the full name after it.
			q.ref.ts += 2
		}
		if q.ref.te-q.ref.ts >= 2 && d.initial(q.ref.ts) {
			// «И.Щеголев» after «Игорь Щеголев»: the name in full when the
			// article gives it with the same first letter.
			n := a.fullName(d, q.ref.te-1, q.ref.te)
			r0, _ := utf8.DecodeRuneInString(n)
			r1, _ := utf8.DecodeRuneInString(d.body[d.btoks[q.ref.ts].s:])
			if strings.Contains(n, " ") && r0 == r1 {
				return n
			}
			return a.surface(d, q.ref.ts, q.ref.te)
		}
		if d.ru && d.ruNotSpeakerOwner(q.ref.ts) {
			return "" // «— подчеркнули в пресс-службе X», «— говорится в указе X» (quote_precision.go)
		}
		if d.ru && q.ref.ts > 0 && q.ref.te-q.ref.ts == 2 && (ruStatementNouns[d.word(q.ref.ts-1)] || d.ruOwnersChannel(q.ref.ts) ||
			d.impersonalOwner(q.ref.ts) || d.statementTitleBefore(q.ref.ts)) {
			// «— говорится в обращении министра Ермека Кошербаева»: a
			// title in the genitive between the statement and its author.
			// «— говорится в заявлении Ермека Кошербаева»: the author of a
			// statement, named in the genitive; the nominative is his name.
			first := d.body[d.btoks[q.ref.ts].s:d.btoks[q.ref.ts].e]
			sur := d.body[d.btoks[q.ref.ts+1].s:d.btoks[q.ref.ts+1].e]
			if n, ok := ruNominativeName(first, sur); ok {
				return n
			}
			return ""
		}
		n := a.fullName(d, q.ref.ts, q.ref.te)
		if n == "" && q.ref.te-q.ref.ts == 1 {
			// "says Aigul" after "a pensioner named Aigul" or "pensioner
			// Aigul": the first name the article gave the speaker.
			surf := a.surface(d, q.ref.ts, q.ref.te)
			for _, m := range mentions {
				if m.written && equalFold(m.name, surf) {
					return m.name
				}
			}
			for _, m := range mentions {
				if m.written && !d.ru && sameTransliteration(m.name, surf) {
					return surf // "says Ekaterina" after "named Yekaterina": as the attribution writes it
				}
			}
		}
		if n == "" && q.ref.te-q.ref.ts == 1 && a.bareSurname(d, q.ref.ts) {
			return a.surface(d, q.ref.ts, q.ref.te) // «…, — поясняет Тумусов» under «Тумусов объяснил …»
		}
		if n == "" && q.ref.te-q.ref.ts == 1 {
			if t := a.titleHolder(d, q.ref.ts); t != "" {
				return t // «— сказал Торага» under «Торага Жогорку Кенеша … Талант Мамытов»
			}
		}
		if n == "" && q.ref.te-q.ref.ts == 1 && (a.loneSurname(d, q.ref.ts) || d.honorificBefore(int(d.btoks[q.ref.ts].s))) {
			return a.surface(d, q.ref.ts, q.ref.te) // «…», — сообщил Хабиров: a surname given once (surname.go)
		}
		if n == "" && q.ref.te-q.ref.ts == 1 && a.onePersonWord(d, q, q.ref.ts) {
			return a.surface(d, q.ref.ts, q.ref.te) // «— рассказала Айгуль» after «Айгуль, жительница Алматы,» (quote_oneword.go)
		}
		if n != "" || !q.ref.written {
			return n
		}
		return a.surface(d, q.ref.ts, q.ref.te)
	case refPronoun:
		name, _ := a.resolvePronoun(d, q, mentions, spans)
		return name
	case refHeadline, refGiven:
		return q.ref.name
	case refCited:
		return a.citedName(d, q, mentions)
	case refSubject:
		// The first person the sentence names before the quotation.
		si := d.sentenceAt(q.open)
		if si < 0 || si >= len(d.sents) {
			return ""
		}
		if m, ok := d.clauseSubject(mentions, spans, int(d.sents[si].s), q.open); ok && !d.objectOfOpeningPronoun(int(d.sents[si].s), m.pos) {
			if d.ru && d.obliqueForVerb(m, int(d.sents[si].s), q.open) {
				return "" // «на вопрос Замирбека Кочербаева ответил:»: a genitive is no subject
			}
			return a.mentionName(d, m, q.ref.female)
		}
		if k := d.tokAt(int(d.sents[si].s)); k < len(d.btoks) && pronounKind(d.word(k)) {
			// "She also noted that …, adding: “…”", «Она также отметила,
			// что …, добавив: «…»»: the sentence's subject is a pronoun,
			// resolved as "she said" is.
			p := q
			p.ref = speakerRef{kind: refPronoun, female: femalePronoun(d.word(k))}
			name, _ := a.resolvePronoun(d, p, mentions, spans)
			return name
		}
		if d.ru && si > 0 && d.paraAt(int(d.sents[si-1].s)) == q.para && !d.pronounBefore(int(d.sents[si].s), q.open) {
			// «X заявил, что … . Однако на просьбу …, ответил: «…»»: a
			// sentence with no subject goes on with the speaker of the
			// sentence before, when it names no one.
			if _, named := firstMention(mentions, spans, int(d.sents[si].s), q.open); !named {
				prev := d.sents[si-1]
				if m, ok := d.clauseSubject(mentions, spans, int(prev.s), int(prev.e)); ok && d.speechVerbAfter(m.pos, int(prev.e)) {
					return a.mentionName(d, m, q.ref.female)
				}
			}
		}
		return ""
	case refRole:
		if d.anotherRole(q) {
			return "" // «— сказал другой чиновник»: not the one the role would mean (quote_precision.go)
		}
		if name := a.roleHeadlineSubject(d, q, mentions); name != "" {
			return name // «Она …» under «Набиуллина раскрыла …» (quote_headline_subject.go)
		}
		if name := a.roleSubject(d, q, mentions, spans); name != "" {
			if h := a.roleOverSubject(d, q, mentions, name); h != "" {
				return h // (quote_roles.go)
			}
			return name
		}
		want, ok := roleWords[q.ref.role]
		if !ok {
			return a.introducedRoleHolder(d, q, mentions) // (quote_roles.go)
		}
		cand, two := knownRoleHolder(q.ref, mentions)
		if two {
			return ""
		}
		if cand < 0 && want == "" && !headRoles[q.ref.role] && q.para > 0 {
			// "“A,” Saidov wrote. “B,” the minister added.": the role goes
			// on with the speaker of the paragraph before when the article
			// introduced him, and only him, by that title ("Uzbek Foreign
			// Minister Bakhtiyor Saidov and … Marco Rubio met").
			role := q.ref.role
			n := a.holderOf(d, d.tokAt(q.open), func(j int) bool {
				return d.word(j) == role || d.ru && ruRoleNominative(d.word(j)) == role
			})
			if m, ok := lastSaid(mentions, int(d.paras[q.para-1].s), q.open); ok && n != "" && equalFold(lastWord(m.name), lastWord(n)) {
				return n
			}
			return a.introducedRoleHolder(d, q, mentions)
		}
		if cand < 0 {
			return a.introducedRoleHolder(d, q, mentions)
		}
		return a.personName(d, cand)
	}
	return ""
}

// knownRoleHolder returns the one public figure of the person table among
// the mentions who holds role ref (its country code too, when given), or
// -1; two reports that two such people are mentioned.
func knownRoleHolder(ref speakerRef, mentions []mention) (cand int, two bool) {
	want := roleWords[ref.role]
	cand = -1
	for _, m := range mentions {
		if m.person < 0 {
			continue
		}
		p := knownPersons[m.person]
		if ref.roleCode != "" && p.code != ref.roleCode {
			continue
		}
		if want == "head" && p.role != "head" || want == "" && !strings.Contains(p.role, ref.role) {
			continue
		}
		if cand >= 0 && cand != m.person {
			return -1, true
		}
		cand = m.person
	}
	return cand, false
}

// titleHolder resolves a speaker named by a title word alone («— сказал
// Торага.», "said the Speaker.") to the one person the article introduced
// with that word: earlier, the same word opens a titled name, its
// complements in the few words between («Торага Жогорку Кенеша
// Кыргызской Республики Талант Мамытов»). A word that is a name itself
// (surname-shaped, or never before a name) resolves to no one, and so does
// a title two people hold.
func (a *Analyzer) titleHolder(d *doc, k int) string {
	w := d.word(k)
	if surnameShaped(w) || d.listed(k, rwNotName) || len([]rune(w)) < 4 {
		return ""
	}
	return a.holderOf(d, k, func(j int) bool { return d.word(j) == w })
}

// holderOf returns the one person the text before token k introduces with
// a title that title(j) recognises at token j: the last two capitalised
// words of the titled phrase, or "" when none or two people hold it.
func (a *Analyzer) holderOf(d *doc, k int, title func(j int) bool) string {
	holder := ""
	for j := 0; j < k; j++ {
		if !title(j) {
			continue
		}
		for s := j + 1; s+1 < k && s <= j+6 && d.contiguous(s-1, s); s++ {
			// The name: the last two capitalised words of the titled
			// phrase, before the sentence goes on.
			if !a.nameWordAt(d, s) || !a.nameWordAt(d, s+1) || !d.contiguous(s, s+1) ||
				s+2 < len(d.btoks) && d.contiguous(s+1, s+2) && d.btoks[s+2].has(fCap) {
				continue
			}
			name := a.surface(d, s, s+2)
			if holder != "" && holder != name {
				return ""
			}
			holder = name
			break
		}
	}
	return holder
}

// appendColonSpeech finds transcript lines: a paragraph that opens with a
// person's name and a colon, then unmarked words («Атамбаев: Я надеюсь,
// что таких школ будет больше.», "Atambayev: I hope there will be more
// such schools."). The name must be a person the article names in full
// elsewhere (one word) or a first name and a surname; a place, a body or
// a credit ("Фото:", "Москва:") is none. A paragraph with quotation marks
// is left to the marked rules.
func (a *Analyzer) appendColonSpeech(d *doc, spans []quoteSpan) []quoteSpan {
	n := len(spans)
	for pi, p := range d.paras {
		if p.kind != pText || hasSpanIn(spans[:n], pi) {
			continue
		}
		text := d.body[p.s:p.e]
		colon := strings.Index(text, ": ")
		if colon < 0 || colon > 60 || quoteMarks(text) > 0 {
			continue
		}
		s := d.tokAt(int(p.s))
		e := d.tokAt(int(p.s) + colon)
		if s >= len(d.btoks) || int(d.btoks[s].s) != int(p.s) {
			continue
		}
		if r0, sz := utf8.DecodeRuneInString(text); colon > 1 && unicode.IsUpper(r0) && unicode.IsUpper(firstRune(text[sz:])) {
			// "SEN. SUSAN COLLINS (R), MAINE: I will say …": a head in
			// capitals, words of the first or second person that ask
			// nothing (quote_caps_transcript.go).
			ts := int(p.s) + colon + 2
			if name := a.capsHead(d, pi, int(p.s)+colon); name != "" && countWords(d.body[ts:p.e]) >= minQuoteWords &&
				!strings.HasSuffix(strings.TrimSpace(d.body[ts:p.e]), "?") && d.speaksAsPerson(ts, int(p.e), true) {
				spans = append(spans, quoteSpan{open: ts, end: int(p.e), ts: ts, te: int(p.e), para: pi, ref: speakerRef{kind: refGiven, name: name}})
			}
			continue
		}
		for s < e-1 && d.btoks[s].has(fCap) && d.listed(s, rwRoleNoun) && d.contiguous(s, s+1) {
			s++ // "President Ilham Aliyev: …", «Президент Ильхам Алиев: …»: a title before the name
		}
		if e-s < 1 || e-s > 3 {
			continue
		}
		ok := true
		for k := s; k < e; k++ {
			ok = ok && a.nameWordAt(d, k) && (k == s || d.contiguous(k-1, k))
		}
		if !ok {
			continue
		}
		ts := int(p.s) + colon + 2
		if r, sz := utf8.DecodeRuneInString(d.body[ts:]); (r == '—' || r == '–' || r == '-') && strings.HasPrefix(d.body[ts+sz:], " ") {
			ts += sz + 1 // «Иван Петров: — Мы …»: the dash opens the words, it is none of them
		}
		if countWords(d.body[ts:p.e]) < minQuoteWords {
			continue
		}
		if full := a.fullName(d, s, e); !strings.Contains(full, " ") || e-s == 1 && !a.namedElsewhere(d, s) {
			continue
		}
		if a.colonLabelList(d, pi, s, e) || titleCased(d.body[ts:p.e]) {
			continue // "Publisher: …", "Book Title: A Subtitle": a label or a title, no transcript
		}
		if a.interviewerLine(d, s, e) {
			continue // "Frantsev: …" after "the correspondent Robert Frantsev": a question (quote_interviewer.go)
		}
		spans = append(spans, quoteSpan{open: ts, end: int(p.e), ts: ts, te: int(p.e), para: pi, ref: speakerRef{kind: refName, ts: s, te: e}})
	}
	if len(spans) > n {
		sort.SliceStable(spans, func(i, j int) bool { return spans[i].ts < spans[j].ts })
	}
	return spans
}

// appendCollapsedNested finds a quotation whose first words are a name in
// marks and whose two opening marks the page printed as one: ««Газпром»
// построит школу», — отметил X» written «Газпром» построит школу», —
// отметил X; "“Gazprom” will build a school,” said X". The paragraph
// opens with a short marked name; one more closing mark, with no opening
// mark before it, ends the quotation, and an attribution follows it.
func (a *Analyzer) appendCollapsedNested(d *doc, spans []quoteSpan) []quoteSpan {
	n := len(spans)
	for pi, p := range d.paras {
		if p.kind != pText {
			continue
		}
		text := d.body[p.s:p.e]
		open, osz := utf8.DecodeRuneInString(text)
		closer := '»'
		switch open {
		case '«':
		case '“':
			closer = '”'
		default:
			continue
		}
		first := strings.IndexRune(text, closer)
		if first < 0 || countWords(text[osz:first]) > 4 {
			continue
		}
		csz := utf8.RuneLen(closer)
		rest := text[first+csz:]
		second := strings.IndexRune(rest, closer)
		if second < 0 || strings.ContainsRune(rest[:second], open) || countWords(rest[:second]) < minQuoteWords {
			continue
		}
		end := int(p.s) + first + csz + second + csz
		tail := strings.TrimLeft(d.body[end:p.e], " ")
		if !strings.HasPrefix(tail, ",") && !strings.HasPrefix(rest[:second], ",") && !strings.HasSuffix(strings.TrimSpace(rest[:second]), ",") {
			continue
		}
		ref := a.attributionAfter(d, end, int(p.e))
		if ref.kind == refNone {
			continue
		}
		spans = append(spans, quoteSpan{open: int(p.s), end: end, ts: int(p.s) + osz, te: end - csz, para: pi, ref: ref, after: true})
	}
	if len(spans) > n {
		sort.SliceStable(spans, func(i, j int) bool { return spans[i].ts < spans[j].ts })
	}
	return spans
}

// interlocutorApposition reads «собеседник издания, фермер Рустам Алиев»
// from token i: an outlet's interlocutor, a comma, then the person in
// apposition, a title or a person's noun with the name.
func (a *Analyzer) interlocutorApposition(d *doc, i, limit int) (speakerRef, int, bool) {
	for k := i + 1; k < len(d.btoks) && k <= i+5 && int(d.btoks[k].s) < limit; k++ {
		gap := d.body[d.btoks[k-1].e:d.btoks[k].s]
		if strings.TrimSpace(gap) != "," {
			if !onlyRunes(gap, " «»\"") {
				return speakerRef{}, i, false
			}
			continue // «агентства», «“Азаттыка”»: the outlet
		}
		if (d.listed(k, rwTitleWord) || d.listed(k, rwPersonNoun)) && !d.btoks[k].has(fCap) {
			return a.ruTitledName(d, k, limit)
		}
		return speakerRef{}, i, false
	}
	return speakerRef{}, i, false
}

// namedElsewhere reports whether the one-word name at token s is the last
// word of a longer name the article gives in another paragraph.
func (a *Analyzer) namedElsewhere(d *doc, s int) bool {
	w := d.word(s)
	for k := 1; k < len(d.btoks); k++ {
		if k != s && d.word(k) == w && d.btoks[k-1].has(fCap) && d.contiguous(k-1, k) && a.nameWordAt(d, k-1) {
			return true
		}
	}
	return false
}

// nameWordAt reports whether token i may be a word of a personal name:
// capitalised, not in capitals, no title, place or lexicon word.
func (a *Analyzer) nameWordAt(d *doc, i int) bool {
	t := &d.btoks[i]
	w := d.word(i)
	return t.has(fCap) && !t.has(fAllCaps) && !t.has(fDigit) && !d.listed(i, rwTitleWord) && !d.listed(i, rwNotName) && !a.isPlaceToken(d, i) && !institutionWords[w]
}

// sameTransliteration reports whether two Latin spellings are one Russian
// name transliterated two ways: Е, Ю, Я written Ye/E, Yu/Iu, Ya/Ia
// (Yekaterina, Ekaterina; Yuliya, Iuliia), й as y or i (Sergey, Sergei).
func sameTransliteration(a, b string) bool {
	fold := func(s string) string {
		s = strings.ToLower(s)
		for _, r := range [][2]string{{"ye", "e"}, {"yu", "iu"}, {"ya", "ia"}, {"y", "i"}} {
			s = strings.ReplaceAll(s, r[0], r[1])
		}
		return s
	}
	return len(a) >= 4 && len(b) >= 4 && fold(a) == fold(b)
}

// pronounCase returns name, the name a Russian pronoun's speaker resolved
// to, or "" when the article gave it in a case the pronoun's gender rules
// out for the nominative: «Каната Абдыкадырова» for «он», «Айгуль
// Бековой» for «она» (the name of a sentence about that person, not the
// name users should see). Known people and English names pass.
func (d *doc) pronounCase(m mention, name string, female bool) string {
	if !d.ru || m.person >= 0 || name == "" {
		return name
	}
	if ruOblique(lastWord(name), female) {
		return d.occasionAuthor(m, name, female)
	}
	return name
}

// ruOblique reports whether a Russian surname ends the way it does in a
// case other than the nominative for a man (Абдыкадырова, Ивановым) or,
// when female, for a woman (Бековой, Бековой).
func ruOblique(surname string, female bool) bool {
	last := strings.ToLower(surname)
	endings := []string{"а", "я", "у", "ю", "ым", "им", "ом", "ем", "ого", "его", "ому", "ему"}
	if female {
		endings = []string{"ой", "ую", "ей", "ым", "ом"}
	}
	for _, e := range endings {
		if strings.HasSuffix(last, e) {
			return true
		}
	}
	return false
}

// lastSaid returns the last quotation speaker in [lo, hi).
func lastSaid(mentions []mention, lo, hi int) (mention, bool) {
	var out mention
	ok := false
	for _, m := range mentions {
		if m.said && m.pos >= lo && m.pos < hi {
			out, ok = m, true
		}
	}
	return out, ok
}

// sentenceAt returns the index of the sentence holding off (or the last
// sentence before it).
func (d *doc) sentenceAt(off int) int {
	si := sort.Search(len(d.sents), func(i int) bool { return int(d.sents[i].e) > off })
	if si >= len(d.sents) {
		si = len(d.sents) - 1
	}
	return si
}

// firstMention returns the earliest mention in [lo, hi) that is not inside
// a quotation (a quotation's own start stands for its speaker).
func firstMention(mentions []mention, spans []quoteSpan, lo, hi int) (mention, bool) {
	best := -1
	for k, m := range mentions {
		if m.pos < lo || m.pos >= hi || (best >= 0 && m.pos >= mentions[best].pos) ||
			(m.person < 0 && titleWords[strings.ToLower(m.name)]) || m.governed {
			continue // "President" alone names no one
		}
		quoted := false
		for _, sp := range spans {
			if !m.said && m.pos >= sp.ts && m.pos < sp.te {
				quoted = true
				break
			}
		}
		if !quoted {
			best = k
		}
	}
	if best < 0 {
		return mention{}, false
	}
	return mentions[best], true
}

// namesOther reports whether [lo, hi) names someone other than m.
func (d *doc) namesOther(mentions []mention, m mention, lo, hi int) bool {
	for _, o := range mentions {
		if o.pos < lo || o.pos >= hi || o.pos == m.pos || (o.person < 0 && titleWords[strings.ToLower(o.name)]) || o.governed {
			continue // a person after a preposition ("a statement to Tamar Hallerman") is no rival subject
		}
		if o.person != m.person || (o.person < 0 && !sameSpeaker(o.name, m.name)) {
			return true
		}
	}
	return false
}

// clauseSubject returns the first person named in [lo, hi) who can be the
// subject of a main clause: not in a quotation, not after a preposition,
// and with no subordinator or English -ing word between the last comma
// before the name and the name ("After meeting Mirziyoyev, Tokayev said",
// "The report, which Tokayev commissioned, said": neither Mirziyoyev nor
// Tokayev said it).
func (d *doc) clauseSubject(mentions []mention, spans []quoteSpan, lo, hi int) (mention, bool) {
	for _, m := range mentions {
		if m.pos < lo || m.pos >= hi || (m.person < 0 && titleWords[strings.ToLower(m.name)]) || m.governed {
			continue
		}
		if !m.said && insideSpan(spans, m.pos) {
			continue
		}
		clean := true
		for k := d.tokAt(m.pos) - 1; k >= 0 && int(d.btoks[k].s) >= lo; k-- {
			if strings.ContainsAny(d.body[d.btoks[k].e:d.btoks[k+1].s], ",;—–") {
				break
			}
			w := d.word(k)
			if subordinators[w] || clauseOpeners[w] || !d.ru && !d.btoks[k].has(fCap) && strings.HasSuffix(w, "ing") && !d.articleBefore(k) {
				clean = false
				break
			}
		}
		if clean {
			return m, true
		}
	}
	return mention{}, false
}

// articleBefore reports whether the indefinite article stands just before
// token k: "a stuttering Gove", "a smiling Tokayev" — an -ing word after it
// describes the subject and opens no clause of its own ("the visiting X"
// is as often an object: "Asked about the visiting X, Y said").
func (d *doc) articleBefore(k int) bool {
	if k == 0 || !d.contiguous(k-1, k) {
		return false
	}
	w := d.word(k - 1)
	return w == "a" || w == "an"
}

// clauseOpeners open an adverbial clause whose subject or object is not
// the main clause's subject.
var clauseOpeners = map[string]bool{
	"after": true, "before": true, "since": true, "as": true, "once": true, "until": true, "unless": true,
	"пока": true, // «после», «перед» are prepositions in Russian: no comma ends their phrase
}

// pluralPeople open a sentence about several people ("The two leaders
// …", "Both sides …", «Стороны также …», «Они …»).
var pluralPeople = map[string]bool{
	"leaders": true, "presidents": true, "ministers": true, "sides": true, "officials": true, "both": true,
	"men": true, "women": true, "delegations": true, "they": true, "participants": true, "parties": true,
	"лидеры": true, "президенты": true, "министры": true, "стороны": true, "они": true, "оба": true,
	"обе": true, "делегации": true, "участники": true, "главы": true,
}

// pluralSubject reports whether the sentence [lo, hi) opens with a plural
// of people within its first four words.
func (d *doc) pluralSubject(lo, hi int) bool {
	for k := d.tokAt(lo); k < len(d.btoks) && k < d.tokAt(lo)+4 && int(d.btoks[k].s) < hi; k++ {
		if pluralPeople[d.word(k)] {
			return true
		}
	}
	return false
}

// speechVerbAfter reports whether a speech verb follows the name at off
// within the next 16 words before hi ("Ryan said …", "Taylor, who …,
// said …"): the sentence reports what that person said.
func (d *doc) speechVerbAfter(off, hi int) bool {
	for k := d.tokAt(off); k < len(d.btoks) && k < d.tokAt(off)+16 && int(d.btoks[k].s) < hi; k++ {
		if d.listed(k, rwSpeechVerb) {
			return true
		}
	}
	return false
}

// mentionName is the name a mention stands for, or "" when it cannot be the
// speaker: a known man for "she", or a lone word never given in full.
func (a *Analyzer) mentionName(d *doc, m mention, female bool) string {
	name := m.name
	if m.person >= 0 {
		if knownPersons[m.person].female() != female {
			return ""
		}
		name = a.personName(d, m.person)
	}
	if name != "" && !strings.Contains(name, " ") && !a.knownSurname(name) && !m.written && !d.honorificBefore(m.pos) {
		return ""
	}
	if m.said && !loneSpeakerIs(name, female) {
		return "" // «— сказал Хабиров. … — добавила она»: someone else
	}
	if d.ru && m.written && !d.ruFirstNameSexAgrees(name, female) {
		return "" // «пассажир Игорь … — сообщила она»: someone else (quote_ru_sex_noun.go)
	}
	return name
}

// startsUpper reports whether s (after spaces and punctuation) begins with
// an upper-case letter or a digit.
func startsUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r)
		}
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// embeddedFragment reports whether a quotation is a phrase inside the
// reporter's own sentence (called it “the best thing in my life”): it opens
// in lower case right after a word, with no colon, comma or speech verb
// introducing it.
func (d *doc) embeddedFragment(q quoteSpan) bool {
	if q.open == q.ts || q.sourced || startsUpper(d.body[q.ts:q.te]) {
		return false
	}
	m := d.tokAt(q.open) - 1
	if m < 0 || int(d.btoks[m].e) > q.open {
		return false
	}
	gap := d.body[d.btoks[m].e:q.open]
	if strings.ContainsAny(gap, ",:—–-") {
		return false
	}
	w := d.word(m)
	if (w == "that" || w == "что") && d.speechVerbWithin(m, 4) && severalSentences(d.body[q.ts:q.te]) {
		// "Lavrov said that “we have nothing against … We expect …”": a
		// quotation of whole sentences, not a phrase in the reporter's.
		return false
	}
	if d.wholeQuotation(q) {
		return false // a speaker's whole sentences, not a phrase (quote_en_fragment.go)
	}
	if d.listed(m, rwSpeechVerb) && d.sentenceGoesOn(q.end) {
		// "X also claimed “the rally had nothing to do with protest” and
		// pointed out …": the reporter's sentence goes on past the phrase.
		return true
	}
	return !d.listed(m, rwSpeechVerb) && w != "adding" && w != "saying"
}

// sentenceGoesOn reports whether the sentence goes on after byte offset
// off with another predicate of the same subject: "and"/«и» (or "but",
// «но», «а») right after, no punctuation between, then a lower-case word.
func (d *doc) sentenceGoesOn(off int) bool {
	k := d.tokAt(off)
	if k+1 >= len(d.btoks) || strings.TrimSpace(d.body[off:d.btoks[k].s]) != "" {
		return false
	}
	switch d.word(k) {
	case "and", "but", "и", "но", "а":
	default:
		return false
	}
	return !d.btoks[k+1].has(fCap) && d.contiguous(k, k+1)
}

// severalSentences reports whether s holds a sentence end followed by
// another sentence.
func severalSentences(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '.' && s[i] != '!' && s[i] != '?' || i+2 >= len(s) || s[i+1] != ' ' {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[i+2:]); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// quoteMarks counts the double quotation marks in s.
func quoteMarks(s string) int {
	n := 0
	for _, r := range s {
		if isQuoteRune(r) {
			n++
		}
	}
	return n
}

// appositiveBack reads a name before a comma-enclosed apposition that ends
// just before the verb at token v:
//   - "NAME, the director of policy at the CMI, said": the apposition opens
//     with an article or a title and holds a title word;
//   - "NAME, speaking to reporters on Monday, said": it opens with a
//     participle;
//   - "Raushan, an Almaty resident, told", «Раушан, жительница Алматы,
//     рассказала»: it describes an ordinary person, who may be named by a
//     first name only; the speaker is then given as written.
func (a *Analyzer) appositiveBack(d *doc, v, start int) speakerRef {
	if v < 2 || strings.TrimSpace(d.body[d.btoks[v-1].e:d.btoks[v].s]) != "," {
		return speakerRef{}
	}
	if d.btoks[v-1].has(fDigit) && strings.TrimSpace(d.body[d.btoks[v-2].e:d.btoks[v-1].s]) == "," {
		return a.parseBackward(d, v-2, start) // "Taalaibek Ibraev, 54, said:"
	}
	title, plain := false, false
	for j := v - 1; j > 0 && j >= v-14 && int(d.btoks[j].s) >= start; j-- {
		w := d.word(j)
		title = title || d.listed(j, rwTitleWord) || roleWords[w] != "" || d.listed(j, rwRoleNoun)
		plain = plain || d.listed(j, rwPersonNoun)
		if g := strings.TrimSpace(d.body[d.btoks[j-1].e:d.btoks[j].s]); g != "," && g != ")," {
			if strings.ContainsAny(d.body[d.btoks[j-1].e:d.btoks[j].s], ".;:!?()«»“”\"") {
				return speakerRef{}
			}
			continue
		}
		participle := strings.HasSuffix(w, "ing") && !d.btoks[j].has(fCap) && v-j <= 12
		opens := w == "the" || w == "a" || w == "an" || d.listed(j, rwTitleWord) || d.listed(j, rwRoleNoun) || d.listed(j, rwPersonNoun)
		if (w == "member" || w == "член") && title {
			// "Ted Cruz (R-Texas), member of the Senate Foreign Relations
			// Committee, said": a member is a person only when the name
			// before reads as one (organisations are members too).
			ref := a.parseBackward(d, d.skipParenBack(j-1), start)
			if ref.kind == refName && a.nameRun(d, ref.ts) == ref.te-ref.ts && ref.te-ref.ts >= 2 {
				return ref
			}
			return speakerRef{}
		}
		switch {
		case participle:
		case opens && (title || plain) && v-j <= 10:
		default:
			return speakerRef{}
		}
		ref := a.parseBackward(d, d.skipParenBack(j-1), start)
		if ref.kind != refName {
			return speakerRef{}
		}
		if ref.te-ref.ts == 1 && plain && !title && !participle {
			ref.written = true // "Raushan, an Almaty resident,"
		}
		return ref
	}
	return speakerRef{}
}

// otherOne may open a Russian speaker's title after the verb («— заявил
// другой член партии X», «— добавила другая участница акции X»).
var otherOne = map[string]bool{"другой": true, "другая": true}

// personNouns describe an ordinary person quoted by a first name ("Raushan,
// an Almaty resident, told …").
var personNouns = map[string]bool{
	"resident": true, "student": true, "mother": true, "father": true, "pensioner": true, "teacher": true,
	"doctor": true, "driver": true, "farmer": true, "worker": true, "journalist": true, "trader": true,
	"vendor": true, "owner": true, "migrant": true, "protester": true, "villager": true, "nurse": true,
	"engineer": true, "businessman": true, "businesswoman": true, "entrepreneur": true, "volunteer": true,
	"shopkeeper": true, "survivor": true, "refugee": true, "local": true, "grandmother": true, "father-of-two": true,
	"житель": true, "жительница": true, "студент": true, "студентка": true, "пенсионер": true,
	"пенсионерка": true, "мать": true, "отец": true, "учитель": true, "учительница": true, "врач": true,
	"водитель": true, "фермер": true, "рабочий": true, "журналист": true, "журналистка": true,
	"член": true, "участник": true, "участница": true,
	"торговец": true, "владелец": true, "владелица": true, "мигрант": true, "волонтер": true,
	"предприниматель": true, "медсестра": true, "инженер": true, "продавец": true, "продавщица": true,
	"беженец": true, "беженка": true, "очевидец": true, "очевидица": true, "мама": true, "папа": true,
}

// skipParenBack steps back over a parenthesis that ends at token i
// ("Chuck Schumer (D-NY) said"), returning the token before it.
func (d *doc) skipParenBack(i int) int {
	if i < 1 || !strings.HasPrefix(d.body[d.btoks[i].e:], ")") {
		return i
	}
	for j := i; j > 0 && j > i-4; j-- {
		if strings.Contains(d.body[d.btoks[j-1].e:d.btoks[j].s], "(") {
			return j - 1
		}
	}
	return i
}

// skipParenForward steps over a short parenthesis that opens before token
// i, returning the token after it.
func (d *doc) skipParenForward(i int) int {
	if i < 1 || i >= len(d.btoks) || !strings.Contains(d.body[d.btoks[i-1].e:d.btoks[i].s], "(") {
		return i
	}
	for j := i; j < len(d.btoks) && j < i+4; j++ {
		if strings.HasPrefix(d.body[d.btoks[j].e:], ")") {
			return j + 1
		}
	}
	return i
}

// attributiveNouns follow a name used as a modifier ("the Trump
// administration"), which names no one who could speak.
var attributiveNouns = map[string]bool{
	"administration": true, "government": true, "campaign": true, "era": true, "team": true,
	"family": true, "aide": true, "aides": true, "allies": true, "supporters": true,
	"officials": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"adviser": true, "advisers": true, "advisor": true, "advisors": true, "cabinet": true,
	"camp": true, "regime": true, "presidency": true, "policy": true, "policies": true,
	"organization": true, "organisation": true, "foundation": true, "lawyer": true, "lawyers": true,
}

// attributive reports whether the name at token i modifies what follows it:
// a possessive or a name directly before a lower-case attributive noun.
func (d *doc) attributive(i int) bool {
	t := &d.btoks[i]
	rest := d.body[t.e:]
	for _, p := range []string{"'s", "’s", "ʼs"} {
		if strings.HasSuffix(d.body[t.s:t.e], p) || strings.HasPrefix(rest, p) {
			return true
		}
	}
	return i+1 < len(d.btoks) && !d.btoks[i+1].has(fCap) && d.contiguous(i, i+1) && attributiveNouns[d.word(i+1)]
}

func (a *Analyzer) knownSurname(name string) bool {
	_, ok := a.persons.bySurname[surnameKey(name)]
	return ok
}

func sameSpeaker(a, b string) bool {
	la, lb := lastWord(a), lastWord(b)
	return equalFold(la, lb) || equalFold(a, b)
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// personName is the fullest name the article uses for a known person.
func (a *Analyzer) personName(d *doc, pi int) string {
	p := knownPersons[pi]
	full := p.en
	if d.ru {
		full = p.ru
	}
	ws := normWords(full)
	sur := ws[len(ws)-1]
	// The article's own fullest mention in the nominative.
	for i := range d.btoks {
		if d.word(i) == sur {
			if n := a.fullName(d, i, i+1); strings.Contains(n, " ") {
				return n
			}
		}
	}
	if d.ru {
		return full // Russian mentions are often in other cases; the table's nominative is safest
	}
	for i := range d.btoks {
		if pj, ok := a.persons.bySurname[d.word(i)]; ok && pj == pi {
			return a.surface(d, i, i+1)
		}
	}
	return full
}

// fullName expands a name found at tokens [s, e) to the fullest form the
// article uses: "Rahmon" becomes "Emomali Rahmon". A single unknown word
// that the article never gives in full is not trusted as a name.
func (a *Analyzer) fullName(d *doc, s, e int) string {
	if e-s > 1 {
		return a.surface(d, s, e)
	}
	sur := d.word(s)
	best := ""
	for i := range d.btoks {
		if !d.btoks[i].has(fCap) || d.word(i) != sur {
			continue
		}
		j := i
		for j > 0 && j > i-4 && (d.btoks[j-1].has(fCap) || d.nameParticle(j-1)) && d.contiguous(j-1, j) {
			w := d.word(j - 1)
			if _, other := a.persons.bySurname[w]; other && w != sur {
				break // «с Мирзиёевым Токаев»: another known person's surname, not a first name
			}
			if d.listed(j-1, rwTitleWord) || d.listed(j-1, rwNotName) || d.sentencePersonNoun(j-1) || d.portfolioAt(j-1) || a.placeOfTitle(d, j-1) || a.countryOfToken(d, j-1) != "" && !a.cueInName(d, j-1) && !a.titledPlaceBefore(d, j-1) ||
				d.btoks[j-1].has(fAllCaps) && utf8.RuneCountInString(w) > 1 && !d.gluedInitials(j-1) && !a.enRunInitials(d, j-1) {
				break // «Глава МИД Сергей Лавров»: an acronym is an organisation, not a first name
			}
			if i > j && a.orgBeforeName(d, j-1) {
				break // «Председатель Сената Маулен Ашимбаев»: the title's body, then the name
			}
			if d.ru && ruBodyShortForm(w) {
				break // «глава Минтранса Текебаев»: a ministry's short name, not a first name
			}
			if !d.ru && j > 1 && d.word(j-2) == "the" && d.contiguous(j-2, j-1) {
				// "Chairman of the Senate Maulen Ashimbayev", "member of
				// the Jogorku Kenesh Dastan Bekeshev": a body's name
				// after "the", then the first name and the surname.
				j = max(j, i-1)
				break
			}
			if d.placeAfterPreposition(j-1) || !d.ru && j > 1 && enPlacePrepositions[d.word(j-2)] && d.contiguous(j-2, j-1) {
				// «под Минском Лукашенко отметил», "near Baranovichi
				// Lukashenko said": a place after a preposition, not a
				// first name.
				break
			}
			j--
		}
		j = d.twoNamesStart(j, i) // two names run together: the last is the speaker's
		if d.ru && i-j == 2 && !isPatronymic(d.word(j+1)) && d.gapBefore(j+1) == " " && ruGenitiveEnd(d.word(j)) {
			j++ // «Депутат Жогорку Кенеша Дастан Бекешев»: a body's last word in the genitive, then the name
		}
		if j > 0 && j < i && settlementNouns[d.word(j-1)] && !d.placeBeforeNoun(j-1) {
			continue // «жительница села Ак-Жол Айгуль»: the run opens with a place's name
		}
		if d.ru && j > 0 && j < i && mentionPrepositions[d.word(j-1)] && d.contiguous(j-1, j) {
			continue // «с Даниэлой Харрисон»: a name after a preposition is in an oblique case
		}
		if j < i {
			if n := a.surface(d, j, i+1); len(n) > len(best) && !ruCaseFormOf(n, best) || ruCaseFormOf(best, n) {
				best = n // the fullest name; of «Мурата Нуртлеу» and «Мурат Нуртлеу» the nominative (quote_ru_source.go)
			}
		}
	}
	if best != "" {
		return best
	}
	if _, known := a.persons.bySurname[sur]; !known {
		// A first name the article gave in full once ("student Nusaybah
		// Mohamed", later "said Nusaybah"): one distinct surname only.
		for i := range d.btoks {
			if !d.btoks[i].has(fCap) || d.word(i) != sur || i+1 >= len(d.btoks) || !d.contiguous(i, i+1) {
				continue
			}
			t := &d.btoks[i+1]
			w := d.word(i + 1)
			if !t.has(fCap) || t.has(fAllCaps) || t.has(fLatin) != d.btoks[i].has(fLatin) || d.listed(i+1, rwTitleWord) || titleWords[sur] || d.listed(i+1, rwNotName) || a.isPlaceToken(d, i+1) ||
				d.ru && ruObliqueSurname(w) && !ruObliqueSurname(sur) ||
				(i+2 < len(d.btoks) && d.btoks[i+2].has(fCap) && d.contiguous(i+1, i+2)) {
				continue
			}
			n := a.surface(d, i, i+2)
			if best != "" && best != n {
				return ""
			}
			best = n
		}
		if best != "" {
			return best
		}
	}
	if pi, ok := a.persons.bySurname[sur]; ok {
		if d.ru {
			return knownPersons[pi].ru
		}
		return a.surface(d, s, e)
	}
	if d.ru && a.obliqueFullName(d, s) {
		return a.surface(d, s, e) // «Смаилов» after «премьер-министра Алихана Смаилова»
	}
	if a.isLeaderToken(d, s) && !d.ru {
		return a.surface(d, s, e) // a public figure the article names by surname only ("Araghchi said")
	}
	return a.headlineFullName(d, s)
}

// nameParticles are the lower-case words inside a personal name: Arabic
// articles written with a hyphen ("Abdel Fattah el-Sisi", «Абдель Фаттах
// ас-Сиси»), patronymic and nobility words written apart ("Mohammed bin
// Salman", "Ursula von der Leyen", «Мухаммед бен Сальман»).
var (
	hyphenParticles = map[string]bool{
		"al": true, "el": true, "ad": true, "as": true, "ash": true, "at": true, "az": true, "ar": true, "an": true,
		"аль": true, "эль": true, "ас": true, "ад": true, "аш": true, "ат": true, "аз": true, "ар": true, "ан": true,
	}
	spacedParticles = map[string]bool{
		"bin": true, "ibn": true, "bint": true, "van": true, "von": true, "der": true, "den": true, "de": true,
		"da": true, "dos": true, "du": true, "al": true, "el": true,
		"бен": true, "бин": true, "ибн": true, "фон": true, "дер": true, "ван": true, "де": true, "да": true,
	}
)

// nameParticle reports whether token k is a lower-case particle inside a
// personal name: a capitalised name word before it and a capitalised word
// (or another particle, "von der") right after it.
func (d *doc) nameParticle(k int) bool {
	if k < 1 || k+1 >= len(d.btoks) || d.btoks[k].has(fCap) {
		return false
	}
	w := d.word(k)
	if d.body[d.btoks[k].e:d.btoks[k+1].s] == "-" {
		if !hyphenParticles[w] {
			return false
		}
	} else if !spacedParticles[w] || d.body[d.btoks[k].e:d.btoks[k+1].s] != " " {
		return false
	}
	prev := k - 1
	if d.nameParticleWord(prev) {
		prev-- // "von der Leyen"
	}
	if prev < 0 || !d.btoks[prev].has(fCap) || d.body[d.btoks[prev].e:d.btoks[prev+1].s] != " " {
		return false
	}
	next := k + 1
	if spacedParticles[d.word(next)] && !d.btoks[next].has(fCap) && next+1 < len(d.btoks) && d.body[d.btoks[next].e:d.btoks[next+1].s] == " " {
		next++
	}
	return d.btoks[next].has(fCap) && !d.btoks[next].has(fAllCaps)
}

// nameParticleWord: token k is a lower-case particle word after a space.
func (d *doc) nameParticleWord(k int) bool {
	return k > 0 && !d.btoks[k].has(fCap) && spacedParticles[d.word(k)] && d.body[d.btoks[k-1].e:d.btoks[k].s] == " "
}

// surface is the text of tokens [s, e) as written.
func (a *Analyzer) surface(d *doc, s, e int) string {
	return d.body[d.btoks[s].s:d.btoks[e-1].e]
}

// quoteScore rates how well a quotation stands alone: a complete thought of
// moderate length, a claim rather than a list or a number dump.
func quoteScore(text string) float64 {
	words := countWords(text)
	score := 1.0
	switch {
	case words < 8:
		score -= 0.3
	case words > 60:
		score -= 0.5
	case words > 40:
		score -= 0.2
	}
	first, _ := utf8.DecodeRuneInString(text)
	if unicode.IsUpper(first) {
		score += 0.2
	} else {
		score -= 0.3
	}
	// A quotation opening with a conjunction goes on from something
	// before it ("And so we failed …"): it does not stand alone.
	if w, _, _ := strings.Cut(text, " "); continuationOpeners[strings.ToLower(strings.Trim(w, ",."))] {
		score -= 0.3
	}
	last, _ := utf8.DecodeLastRuneInString(text)
	switch last {
	case '.', '!':
		score += 0.1
	case '?':
		score -= 0.1
	}
	digits, commas := 0, 0
	for _, r := range text {
		if unicode.IsDigit(r) {
			digits++
		}
		if r == ',' || r == ';' {
			commas++
		}
	}
	if digits*10 > len(text) {
		score -= 0.4
	}
	if commas*4 > words {
		score -= 0.2
	}
	lower := strings.ToLower(text)
	strong := 0
	for _, w := range [...]string{" must ", " will ", " never ", " always ", " not ", " ready ", "we ", " our ", "должны", "никогда", "всегда", " не ", "мы ", "готов"} {
		if strings.Contains(" "+lower+" ", w) {
			strong++
		}
	}
	score += 0.1 * math.Min(float64(strong), 3)
	return math.Round(score*100) / 100
}

// continuationOpeners open a sentence that continues another.
var continuationOpeners = map[string]bool{
	"and": true, "but": true, "so": true, "or": true, "also": true, "then": true,
	"и": true, "но": true, "а": true, "или": true, "также": true, "поэтому": true, "зато": true,
}

// nameRun returns the length of a likely personal name starting at token i:
// two or three capitalised words, none of them a title, a place, a lexicon
// word or a sentence opener. It returns 0 otherwise.
func (a *Analyzer) nameRun(d *doc, i int) int {
	if d.placeAfterPreposition(i) {
		return 0 // «в Симферополе»: a place
	}
	if d.ru && ruBodyShortForm(d.word(i)) {
		return 0 // «глава Минтранса Текебаев»: a ministry's short name, not a first name
	}
	if nameOpeners[d.word(i)] {
		return 0 // "When Bakyt Toktogulov arrived": the name starts after the conjunction
	}
	if d.ru && ruAdjectiveGenitiveWord(d.word(i)) {
		return 0 // «из-за ситуации вокруг Ближнего Востока», «Красного Креста»: a name of a place or a body, no person's
	}
	if d.sentencePersonNoun(i) {
		return 0 // «Пассажирка Ольга рассказала», "Passenger Olga said": the noun opening the sentence is no first name
	}
	if i > 0 && d.btoks[i-1].has(fCap) && d.contiguous(i-1, i) && !d.listed(i-1, rwTitleWord) && !a.isPlaceToken(d, i-1) && !d.sentencePersonNoun(i-1) &&
		(d.btoks[i-1].has(fLatin) == d.btoks[i].has(fLatin) || d.btoks[i-1].has(fCyr) == d.btoks[i].has(fCyr)) &&
		!d.placeAfterPreposition(i-1) && !d.portfolioAt(i-1) && !a.orgBeforeName(d, i-1) && !nameOpeners[d.word(i-1)] && !d.obliqueNameBefore(i) &&
		!(d.ru && ruBodyShortForm(d.word(i-1))) {
		return 0 // inside a longer capitalised run, not after a place («МИД Казахстана Ермек Кошербаев»)
	}
	if d.portfolioAt(i) {
		return 0 // "Minister of Information and Communications Dauren Abayev": the portfolio ends before the name
	}
	if a.placeOfTitle(d, i) {
		return 0 // «мэр Москвы Сергей Собянин», "Mayor of Kyiv Vitali Klitschko": the title's place, then the name
	}
	n, words := 0, 0
	for j := i; j < len(d.btoks) && words < 4; j++ {
		t := &d.btoks[j]
		if j > i && d.nameParticle(j) {
			n++ // "Abdel Fattah el-Sisi": the particle is part of the name, not a word of its count
			continue
		}
		if !t.has(fCap) || t.has(fAllCaps) && !(d.ru && j == i+1 && d.capsSurname(i, j)) && !d.gluedInitials(j) && !(j == i && a.enRunInitials(d, j)) || t.has(fDigit) || (j > i && !d.contiguous(j-1, j)) ||
			t.rules&(rwTitleWord|rwNotName) != 0 || (a.gaz.heads[t.id] != nil || a.top.heads[t.id] != nil) && !d.nameParticle(j-1) && !a.namesake(d, i, j) && !a.partialHead(d, j) && !a.personNotPlace(d, j) &&
			(j != i || j+1 >= len(d.btoks) || !a.namesake(d, i, i+1)) {
			break
		}
		n++
		words++
	}
	for n > 0 && d.nameParticle(i+n-1) {
		n-- // the run stopped after a particle: the name ends before it
	}
	if words < 2 || words > 3 || institutionWords[d.word(i+n-1)] || d.bodyHeadAfter(i+n) {
		return 0 // "KazMedia Center", "Nazarbayev University", "Moreton Bay Regional Council": a place or a body, not a person
	}
	if d.ru {
		cut := d.ruCutAddressee(i, i+n)
		if cut-i < 2 {
			return 0 // «Ибраев Кулубаеву»: a surname, then an addressee's
		}
		n = cut - i
	}
	return n
}

// namesake reports whether token j, a known man's surname in the form
// -а/-я (or -a in English, "Saida Mirziyoyeva"), is the surname of a woman whose first name, ending in -а/-я, is
// token i right before it («Саида Мирзиёева», «Лола Каримова»): a first
// name that is no form of the known person's own (Шавката Мирзиёева is
// him, in the genitive).
func (a *Analyzer) namesake(d *doc, i, j int) bool {
	pi, ok := a.persons.bySurname[d.word(j)]
	if !ok && !d.ru && strings.HasSuffix(d.word(j), "a") {
		pi, ok = a.persons.bySurname[strings.TrimSuffix(d.word(j), "a")] // "Mirziyoyeva": the English female form
	}
	if !ok || j != i+1 || d.listed(i, rwTitleWord) || d.ru && a.isPlaceToken(d, i) || a.isLeaderToken(d, i) {
		// A Russian place before the surname is a genitive («жители
		// Ташкента Мирзиёева»); an English word in -a before the -a form
		// is a first name however it reads as a place (Saida).
		return false
	}
	female := func(w string) bool {
		return strings.HasSuffix(w, "а") || strings.HasSuffix(w, "я") || !d.ru && strings.HasSuffix(w, "a")
	}
	if !female(d.word(j)) || !female(d.word(i)) {
		return false
	}
	if _, other := a.persons.bySurname[d.word(i)]; other {
		return false // «с Мирзиёевым Токаев»: two known people
	}
	first := d.word(i)
	for _, full := range []string{knownPersons[pi].en, knownPersons[pi].ru} {
		own := normWords(full)[0]
		if len(own) >= 3 && strings.HasPrefix(first, own[:len(own)-1]) || strings.HasPrefix(own, first) {
			return false
		}
	}
	return true
}

// placeOfTitle reports whether token i is a place that completes the
// title before it («мэр Киева», «аким Алматы», "Mayor of Kyiv", "the
// governor of Texas") and is followed by a first name and a surname: the
// place is no first name of the person named after it.
func (a *Analyzer) placeOfTitle(d *doc, i int) bool {
	if i == 0 || i+2 >= len(d.btoks) || !d.btoks[i+1].has(fCap) || !d.contiguous(i, i+1) ||
		!d.btoks[i+2].has(fCap) || !d.contiguous(i+1, i+2) || !a.isPlaceToken(d, i) {
		return false // a first name and a surname follow the place («Сергей Собянин»), not a surname alone (Mayor John Brown)
	}
	t := i - 1
	if d.word(t) == "of" && t > 0 {
		t--
	}
	return (t == i-1 || d.contiguous(t, i-1)) && (d.listed(t, rwTitleWord) || roleWords[d.word(t)] != "") && d.word(t) != "the"
}

// portfolioWords name the field of a ministry or committee, capitalised in
// a title that may run straight into the holder's name ("Minister of
// Culture and Sports Aktoty Raimkulova").
var portfolioWords = map[string]bool{
	"affairs": true, "agriculture": true, "communications": true, "communication": true, "culture": true,
	"defence": true, "defense": true, "development": true, "ecology": true, "economy": true,
	"education": true, "emergencies": true, "energy": true, "finance": true, "health": true,
	"industry": true, "information": true, "infrastructure": true, "investment": true, "investments": true,
	"justice": true, "labor": true, "labour": true, "planning": true, "relations": true, "resources": true,
	"science": true, "security": true, "sport": true, "sports": true, "tourism": true, "trade": true,
	"transport": true, "welfare": true, "protection": true, "construction": true, "integration": true,
	"cabinet": true, "ministers": true, "situations": true,
}

// portfolioAt reports whether token i is a capitalised portfolio word
// after "of", "and" or "for": the end of a ministry's name.
func (d *doc) portfolioAt(i int) bool {
	return i > 0 && portfolioWords[d.word(i)] && d.btoks[i].has(fCap) && d.contiguous(i-1, i) &&
		(d.word(i-1) == "and" || d.word(i-1) == "of" || d.word(i-1) == "for")
}

// portfolioEnd reads a ministry's portfolio after a title from token j:
// "of Culture and Sports", "of Foreign Affairs". It returns the token after
// it when a capitalised name follows, or j.
func (d *doc) portfolioEnd(j int) int {
	if j+1 >= len(d.btoks) || d.word(j) != "of" && d.word(j) != "for" || !d.contiguous(j, j+1) {
		return j
	}
	k, portfolio := j+1, false
	for k < len(d.btoks) && d.contiguous(k-1, k) {
		w := d.word(k)
		switch {
		case d.btoks[k].has(fCap) && portfolioWords[w]:
			portfolio = true
		case d.btoks[k].has(fCap) && k+1 < len(d.btoks) && portfolioWords[d.word(k+1)] && d.btoks[k+1].has(fCap) && d.contiguous(k, k+1):
			// a portfolio's modifier: "of Internal Affairs", "of Natural Resources"
		case d.btoks[k].has(fCap) && d.listed(k, rwTitleWord), !d.btoks[k].has(fCap) && (w == "and" || w == "of" || w == "the"):
		default:
			if portfolio && d.btoks[k].has(fCap) && portfolioWords[d.word(k-1)] {
				return k
			}
			if portfolio && d.btoks[k].has(fCap) && d.word(k-1) == "of" && k-2 > j && portfolioWords[d.word(k-2)] {
				return k - 1 // "of Energy of Kyrgyzstan": the caller reads the country after "of"
			}
			return j
		}
		k++
	}
	return j
}

// institutionWords end the capitalised names of bodies and buildings, never
// a person's ("KazMedia Center", "Al-Farabi University").
var institutionWords = map[string]bool{
	"center": true, "centre": true, "university": true, "institute": true, "bank": true, "company": true,
	"party": true, "council": true, "committee": true, "ministry": true, "agency": true, "service": true,
	"office": true, "fund": true, "group": true, "association": true, "union": true, "airport": true,
	"hotel": true, "hall": true, "square": true, "street": true, "avenue": true, "stadium": true,
	"palace": true, "school": true, "hospital": true, "museum": true, "theatre": true, "theater": true,
	"forum": true, "summit": true, "assembly": true, "parliament": true, "court": true, "academy": true,
	"college": true, "corporation": true, "holding": true, "foundation": true, "organization": true,
	"organisation": true, "department": true, "administration": true, "embassy": true, "news": true,
	"international": true, "watch": true, "network": true, "times": true, "press": true, "media": true,
	"club": true, "airlines": true, "airways": true, "inc": true, "ltd": true, "llc": true, "corp": true,
	"вотч": true, "интернешнл": true, "интернэшнл": true,
	// The heads of places' names ("Central Islands", "Eastern Province",
	// "Marin County", "Union Station"): a place, never a person, nor who
	// "he" means. Heads that are also common surnames (Park, Bay, Lake,
	// River) stay out.
	"islands": true, "island": true, "province": true, "region": true, "district": true,
	"county": true, "valley": true, "mountains": true, "peninsula": true, "coast": true,
	"gulf": true, "strait": true, "canyon": true, "desert": true, "harbour": true, "harbor": true,
	"reservoir": true, "station": true, "bridge": true, "road": true, "boulevard": true,
	"oblast": true, "prefecture": true, "municipality": true, "township": true, "borough": true,
}

// oneOfGroup reads a speaker introduced as one of a group before the name:
// "one of the farmers Hasan Isaev", «один из фермеров Хасан Исаев». The
// group is up to three lower-case words; the name must follow at once.
func (a *Analyzer) oneOfGroup(d *doc, i, limit int) (speakerRef, int, bool) {
	in := func(k int) bool { return k < len(d.btoks) && int(d.btoks[k].s) < limit }
	w := d.word(i)
	if !in(i+2) || !(w == "one" && d.word(i+1) == "of" || (w == "один" || w == "одна") && d.word(i+1) == "из") {
		return speakerRef{}, i, false
	}
	k := i + 2
	if d.word(k) == "the" {
		k++
	}
	for g := 0; in(k) && g < 3 && d.contiguous(k-1, k) && !d.btoks[k].has(fCap); g++ {
		k++
	}
	if k == i+2 || !in(k) || !d.contiguous(k-1, k) {
		return speakerRef{}, i, false
	}
	n := a.nameRun(d, k)
	if n == 0 {
		return speakerRef{}, i, false
	}
	return speakerRef{kind: refName, ts: k, te: k + n}, k + n, true
}

// statementNouns and statementVerbs make a sentence that ends in a colon
// announce a statement: "Sen. Tim Scott released the following
// statement:", «Сергей Миронов сделал заявление:».
var statementNouns = map[string]bool{
	"statement": true, "remarks": true, "message": true, "заявление": true, "обращение": true,
}

var statementVerbs = map[string]bool{
	"issued": true, "released": true, "made": true, "gave": true, "published": true, "sent": true,
	"delivered": true, "выпустил": true, "выпустила": true, "распространил": true, "распространила": true,
	"сделал": true, "сделала": true, "опубликовал": true, "опубликовала": true,
}

// statementColon reads the subject of a sentence that announces a
// statement and ends in a colon before the quotation: "South Carolina Sen.
// Tim Scott released the following statement:", "X, chairman of …, today
// issued the following statement after …:". The subject is a name right
// before the verb, past a parenthesis, an apposition or one adverb.
func (a *Analyzer) statementColon(d *doc, m, start int) speakerRef {
	lo := start
	if si := d.sentenceAt(int(d.btoks[m].s)); si >= 0 && int(d.sents[si].s) > lo {
		lo = int(d.sents[si].s)
	}
	first := d.tokAt(lo)
	for v := first + 1; v <= m && v < first+24; v++ {
		if !statementVerbs[d.word(v)] {
			continue
		}
		noun := false
		for k := v + 1; k <= m && k <= v+3; k++ {
			noun = noun || statementNouns[d.word(k)]
		}
		if !noun {
			return speakerRef{}
		}
		s := v
		if w := d.word(v - 1); w == "today" || w == "also" || w == "later" || w == "сегодня" || w == "также" {
			s = v - 1
		}
		if ref := a.appositiveBack(d, s, lo); ref.kind == refName {
			return ref
		}
		ref := a.parseBackward(d, d.skipParenBack(s-1), lo)
		if ref.kind == refPronoun {
			return ref
		}
		// Organisations issue statements too ("Amnesty International
		// issued a statement:"): a name must carry a person's title
		// ("Sen. Tim Scott", «депутат Сергей Миронов») or be a public
		// figure's.
		if ref.kind == refName && (ref.ts > 0 && d.listed(ref.ts-1, rwTitleWord) && d.word(ref.ts-1) != "the" ||
			a.knownSurname(d.word(ref.te-1)) || a.isLeaderToken(d, ref.te-1)) {
			return ref
		}
		return speakerRef{}
	}
	return speakerRef{}
}

// appositionColon reads a sentence made of a name, an apposition and a
// colon before the quotation, the shape of interviews and post-match
// comments: «Валерий Газзаев, главный тренер «Динамо»: «…»», "Roman
// Sanzhar, head coach of Olimpik: “…”". The apposition must hold a title,
// a role or a person's noun and no verb of speech.
func (a *Analyzer) appositionColon(d *doc, m, start int) speakerRef {
	lo := start
	if si := d.sentenceAt(int(d.btoks[m].s)); si >= 0 && int(d.sents[si].s) > lo {
		lo = int(d.sents[si].s)
	}
	k0 := d.tokAt(lo)
	ref, next := a.parseForward(d, k0, int(d.btoks[m].e))
	if ref.kind != refName || ref.ts != k0 || next > m || m-next > 10 {
		return speakerRef{}
	}
	switch sep := strings.TrimSpace(d.body[d.btoks[next-1].e:d.btoks[next].s]); {
	case sep == ",":
	case sep == "(" && strings.HasPrefix(strings.TrimLeft(d.body[d.btoks[m].e:], "»”\""), "):"):
		// «Иван Петров (министр экономики):»: the title in brackets.
	default:
		return speakerRef{}
	}
	title := false
	for k := next; k <= m; k++ {
		w := d.word(k)
		if d.listed(k, rwSpeechVerb) || k > next && strings.ContainsAny(d.body[d.btoks[k-1].e:d.btoks[k].s], ".;!?:,()") {
			return speakerRef{}
		}
		title = title || d.listed(k, rwTitleWord) && w != "the" || d.listed(k, rwRoleNoun) || d.listed(k, rwPersonNoun)
	}
	if !title {
		return speakerRef{}
	}
	return ref
}

// speechVerbWithin reports whether a speech verb stands among the n tokens
// before token m in the same clause ("wrote on Facebook that", «написал в
// Telegram, что»).
func (d *doc) speechVerbWithin(m, n int) bool {
	for k := m - 1; k >= 0 && k >= m-n; k-- {
		if d.listed(k, rwSpeechVerb) {
			return true
		}
		if strings.ContainsAny(d.body[d.btoks[k].e:d.btoks[k+1].s], ".;:!?") {
			return false
		}
	}
	return false
}

// obliqueFullName reports whether the Russian surname at token s is given
// elsewhere in full in another case («Нурланом Амановым», «Алихана
// Смаилова» for «Аманов», «Смаилов»): a capitalised first name before a
// form that extends the surname by a case ending.
func (a *Analyzer) obliqueFullName(d *doc, s int) bool {
	sur := d.word(s)
	if utf8.RuneCountInString(sur) < 4 {
		return false
	}
	for i := 1; i < len(d.btoks); i++ {
		w := d.word(i)
		if i == s || !d.btoks[i].has(fCap) || !strings.HasPrefix(w, sur) || len(w)-len(sur) > 6 || len(w) == len(sur) {
			continue
		}
		if d.btoks[i-1].has(fCap) && d.contiguous(i-1, i) && !d.listed(i-1, rwTitleWord) && !d.listed(i-1, rwNotName) &&
			!a.isPlaceToken(d, i-1) && isCyrillicText(d.word(i-1)) {
			return true
		}
	}
	return false
}

// citedBeforeColon reads «MEDIUM цитирует [title] NAME: «…»», «…
// процитировала главу ведомства X: «…»»: a verb of citing, lower-case
// title words, then a name of two or three capitalised words in an
// oblique case ending at token m, just before the colon. The speaker is
// the cited person (refCited: the nominative of the name); a verb that
// cites only with «слова» and a medium's name alone cite no one here.
func (d *doc) citedBeforeColon(m, start int) (speakerRef, bool) {
	e := m + 1
	s := m
	for s > m-3 && s > 0 && d.btoks[s].has(fCap) && !d.btoks[s].has(fAllCaps) && d.contiguous(s-1, s) && d.btoks[s-1].has(fCap) {
		s--
	}
	if e-s < 2 || !d.btoks[s].has(fCap) || d.btoks[s].has(fAllCaps) {
		return speakerRef{}, false
	}
	for v := s - 1; v >= 0 && v >= s-5 && int(d.btoks[v].s) >= start; v-- {
		if !d.contiguous(v, v+1) {
			return speakerRef{}, false
		}
		w := d.word(v)
		if citeVerbs[w] || w == "процитировал" || w == "процитировала" || w == "процитировали" {
			if wordsCiteVerbs[w] {
				return speakerRef{}, false
			}
			return speakerRef{kind: refCited, ts: s, te: e}, true
		}
		if d.btoks[v].has(fCap) {
			return speakerRef{}, false
		}
	}
	return speakerRef{}, false
}

// ruAdjectiveGenitiveWord reports whether lower-case w is a capitalised
// place's or body's adjective in the genitive («Ближнего» Востока,
// «Красного» Креста, «Верховного» Совета): -ого or -его in a word of six
// letters or more. No first name ends so (Диего is shorter), so a
// capitalised run opening with it names no person.
func ruAdjectiveGenitiveWord(w string) bool {
	return utf8.RuneCountInString(w) >= 6 && (strings.HasSuffix(w, "ого") || strings.HasSuffix(w, "его"))
}

// mediumNouns name an outlet or its reporter before the outlet's own name
// in an occasion of speech («в интервью агентству «Кабар»», «в беседе с
// корреспондентом Kursiv»).
var mediumNouns = map[string]bool{
	"интервью": true, "агентству": true, "агентства": true, "агентством": true, "изданию": true,
	"издания": true, "изданием": true, "корреспонденту": true, "корреспондентом": true,
	"корреспондента": true, "телеканалу": true, "телеканала": true, "газете": true, "газеты": true,
	"порталу": true, "портала": true, "сайту": true, "сайта": true, "журналу": true, "радио": true,
}

// skipMediumBack returns the token before an outlet's name that ends at
// token i, when a noun of an outlet or an interview stands before it («в
// интервью «Курсиву»», «агентству «Кабар»», «корреспондентом Kursiv»):
// the name is in quotation marks, or in Latin letters in
// a Russian text, of at most three words. The speaker before the verb is
// read from there, as with a lower-case outlet («агентства»); otherwise
// it returns i.
func (d *doc) skipMediumBack(i, start int) int {
	if i < 1 || int(d.btoks[i].s) < start || !d.btoks[i].has(fCap) {
		return i
	}
	k := i
	marked := strings.ContainsAny(d.body[d.btoks[i].e:min(len(d.body), int(d.btoks[i].e)+2)], "»”\"")
	latin := d.ru && d.btoks[i].has(fLatin)
	if !marked && !latin {
		return i
	}
	for k > i-3 && k > 0 && int(d.btoks[k-1].s) >= start {
		gap := d.body[d.btoks[k-1].e:d.btoks[k].s]
		if marked && strings.ContainsAny(gap, "«“\"") {
			k--
			break
		}
		if !onlyRunes(gap, " -") || !d.btoks[k-1].has(fCap) {
			if marked {
				return i // no opening mark within three words
			}
			k--
			break
		}
		k--
	}
	if k == i && !marked {
		return i
	}
	if k < 0 || d.btoks[k].has(fCap) || !mediumNouns[d.word(k)] {
		return i
	}
	return k
}
