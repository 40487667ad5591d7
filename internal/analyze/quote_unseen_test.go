package analyze

import (
	"hash/fnv"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/news"
)

// unseenArticle is one article of testdata/quotes_unseen.json: the relevant
// paragraphs of a real news article (a public page or a corpus feed item)
// that the quote rules were never tuned on when it was labelled, with every
// attributed quotation in it. An article with no quotations is a hard
// negative: a caption, a cartoon caption, a slogan, a title of a work, an
// unnamed speaker or a phrase inside the reporter's own sentence.
type unseenArticle struct {
	ID     string `json:"id"`
	Lang   string `json:"lang"`
	Source string `json:"source"` // URL, or the feed file of the shared corpus
	Title  string `json:"title"`
	Body   string `json:"body"`
	Quotes []struct {
		Text    string `json:"text"`    // a fragment of the quotation
		Speaker string `json:"speaker"` // as the article writes the name
	} `json:"quotes"`
	Note string `json:"note"`
}

// heldOut reports whether an article belongs to the held-out half. The split
// hashes the article's id, so it was fixed before any rule was tuned and does
// not move when articles are added.
func heldOut(id string) bool {
	h := fnv.New32a()
	h.Write([]byte(id))
	return h.Sum32()%2 == 1
}

// sameSpeakerLabel: a predicted speaker agrees with a label, the fullest
// name the article gives, when it is that name or its last words ("Araghchi"
// for "Seyed Abbas Araghchi"); a longer name ("Симферополе Артем
// Березовский") is wrong.
func sameSpeakerLabel(got, want string) bool {
	g := strings.Fields(strings.ToLower(strings.ReplaceAll(got, "ё", "е")))
	w := strings.Fields(strings.ToLower(strings.ReplaceAll(want, "ё", "е")))
	if len(g) == 0 || len(g) > len(w) {
		return false
	}
	return strings.Join(w[len(w)-len(g):], " ") == strings.Join(g, " ")
}

// knownFullName: a predicted speaker also agrees with a label when it is
// the full name of a public figure of the person table whose last words
// are the label ("Владимир Путин" for an article that writes "Путин"
// only). The user sees who spoke in full, which the table knows for
// certain; a longer name made of the article's other words stays wrong.
// The strict figures (label match only) are logged beside these.
func knownFullName(got, want string) bool {
	for _, p := range knownPersons {
		for _, full := range []string{p.en, p.ru} {
			if strings.EqualFold(strings.ReplaceAll(got, "ё", "е"), strings.ReplaceAll(full, "ё", "е")) && sameSpeakerLabel(want, full) {
				return true
			}
		}
	}
	return false
}

// Floors of the unseen set. Measured before the issue-10 rules on the
// first 73 articles: tuning half precision 0.909, recall 0.357 (10 of 28);
// held-out 0.826, 0.475 (19 of 40); after the first round: tuning 1.000,
// 0.929; held-out 0.962, 0.625.
//
// Second round: the set grew to 119 articles (61 Russian, 58 English
// quotations), labelled before any rule ran on them. Measured first on the
// grown set: tuning 0.947, 0.698 (37 of 53); held-out 0.970, 0.552 (32 of
// 58). After the second round's rules: tuning 1.000, 0.944 (51 of 54);
// held-out 0.911, 0.631 (41 of 65; the last 12 articles, 11 of them in
// the held-out half, were added after the rules and never tuned on).
//
// Third round: 44 articles (63 quotations, 41 Russian) labelled blind
// (thirdRound), measured before any third-round rule: tuning precision
// 0.737, recall 0.538; held-out 0.864, 0.514. After the third round's
// rules: earlier articles tuning 1.000, 0.963 and held-out 0.920, 0.708;
// third-round tuning 0.870, 0.769 and held-out 0.840, 0.568; 17 articles
// labelled blind after those rules (fourthRound) measure 0.818, 0.750.
// Whole set: tuning 0.932, 0.883 (83 of 94); held-out 0.892, 0.661 (74
// of 112). Each floor sits a step below its figure.
//
// Fourth round of rules (bare surnames named again, person noun + first
// name, "the head of state", titled names before a colon, …), scored with
// knownFullName: whole set tuning 0.967, 0.947 (89 of 94; strict labels
// 0.933, 0.915); held-out 0.919, 0.705 (79 of 112; strict 0.895, 0.688);
// earlier articles held-out 0.925, 0.754.
//
// Fifth round (a head's role never a minister, another's words after a
// colon, a phrase in the reporter's sentence, verb objects, genitive-only
// names, unmarked and cut-off Russian speech, transliterated first names):
// whole set tuning 1.000, 0.979 (92 of 94; en 1.000, 0.978; ru 1.000,
// 0.980); held-out 0.940, 0.705 (79 of 112; en 0.878, 0.735; ru 1.000,
// 0.683), from 0.929 (one wrong speaker fewer).
//
// Fifth round of articles (fifthRound): 45 articles (23 Russian with 20
// quotations, 22 English with 35) labelled blind after the fifth round of
// rules, scored once before any rule was written from them: tuning half
// precision 0.875, recall 0.656 (21 of 32); held-out 1.000, 0.609 (14 of
// 23); both halves 0.921, 0.636. The whole-set floors keep the articles
// they were measured on (every article before this round); the round has
// floors of its own.
//
// Sixth round of rules, from the tuning half's misses and from general
// English and Russian patterns (titles no names, bodies and places no
// speakers, name particles, unclosed quotes before ", said X", national
// roles, possessors and addressees, main-clause subjects, plural subjects
// between "he" and a speaker, longer titles): whole set tuning 1.000,
// 0.984 (124 of 126; en 1.000, 0.984; ru 1.000, 0.984); held-out 0.959,
// 0.696 (94 of 135; en 0.925, 0.754; ru 1.000, 0.643). Articles before
// the fifth round: tuning 1.000, 0.979; held-out 0.952, 0.705 (one wrong
// speaker fewer). Fifth round: tuning 1.000, 1.000 (32 of 32); held-out
// 1.000, 0.652 (15 of 23; blind 1.000, 0.609).
//
// Sixth round of articles (sixthRound): 32 articles (24 Russian with 29
// quotations from Kyrgyz, Kazakh, Uzbek, Tajik, Ukrainian and Belarusian
// outlets: sports, courts, business, ministries, city halls; 8 English
// with 15 from outlets that quote in single marks), labelled blind after
// the sixth round of rules and scored once before any rule was written
// from them: tuning half precision 0.750, recall 0.200 (3 of 15; en 0 of
// 6, ru 3 of 9); held-out 1.000, 0.448 (13 of 29; en 0.444, ru 0.450);
// both halves 0.938, 0.364. Whole set at that run: tuning 0.992, 0.901;
// held-out 0.964, 0.652 (en 0.930, 0.716; ru 1.000, 0.600).
//
// Seventh round of rules, from the tuning half's misses and general
// patterns of both languages (single quotation marks; a title's place
// and an acronym are no first names; quotations over paragraphs opened
// after their attribution or closed before it; "he" through sentences
// naming no one; a woman's -а surname beside a leader's; «член»,
// «участник»; answers in two paragraphs and interview turns; a subject
// left out; press offices quoting their people; media and addressees
// with «с»; offices of courts, sport and akimats; split quotations in
// single marks; a statement's author; "said the head of X, Name"). The
// held-out figures were read three times in the round: the blind run, once
// by a filter that let them through, and this last one. Whole set tuning
// 1.000, 0.965 (136 of 141; en 1.000, 0.957; ru 1.000, 0.972); held-out
// 0.966, 0.689 (113 of 164; en 0.935, 0.784; ru 1.000, 0.611). Without
// the sixth round's articles held-out 0.960, 0.711 (en 0.927, 0.785; ru
// 1.000, 0.643), from 0.959, 0.696. Before the fifth round: tuning 1.000,
// 0.979; held-out 0.952, 0.714. Fifth round: tuning 1.000, 1.000;
// held-out 1.000, 0.696. Sixth round: tuning 1.000, 0.800 (blind 0.750,
// 0.200); held-out 1.000, 0.586 (en 0.778, ru 0.500; blind 1.000, 0.448).
//
// Eighth round of rules, first from gaps the last round left (a first
// name heading a longer place, Alma of Alma-Ata; the English female form
// of a leader's surname, Saida Mirziyoyeva; a statement's author, "said a
// statement by X", «в обращении министра X»; «собеседник агентства X»; a
// photo credit glued to a quoting paragraph's start).
//
// Seventh round of articles (seventhRound): 25 articles (14 Russian with
// 15 quotations from Kyrgyz, Kazakh and Siberian outlets and football
// pages; 11 English with 16 from Azerbaijani, Georgian, Turkmen and Kazakh
// outlets and agency digests), labelled blind after those gap rules and
// scored once before any rule was written from them: tuning half
// precision 1.000, recall 0.471 (8 of 17; en 0.700, ru 0.143); held-out
// 0.875, 0.500 (7 of 14; en 0.833, 0.833; ru 1.000, 0.250); both halves
// 0.938, 0.484. Whole set at that run: tuning 1.000, 0.911; held-out
// 0.960, 0.685 (en 0.926, 0.787; ru 1.000, 0.602).
//
// Then rules from the tuning half's misses (English dash dialogue; "the
// head of Uzbek diplomacy"; a coach's comment: verb objects, clubs in
// “…” marks, surnames in capitals; a headline "Name: «…»" over a dash
// turn; a caption and credit before the text; a title word alone, «—
// сказал Торага»; transcript lines «Атамбаев: …»; a role going on with the
// speaker before; two opening marks printed as one): whole set tuning
// 1.000, 0.975 (154 of 158; en 1.000, 0.963; ru 1.000, 0.987); held-out
// 0.960, 0.685 (122 of 178; en 0.926, 0.787; ru 1.000, 0.602), unchanged
// from the blind run. Seventh round: tuning 1.000, 1.000 (17 of 17);
// held-out 0.875, 0.500 (blind, unchanged). Sixth round: tuning 1.000,
// 0.867; held-out 1.000, 0.655. The held-out figures were read twice in
// the round: the blind run and this one.
//
// Eighth round of articles (eighthRound): 18 Russian articles with 22
// quotations (Interfax and TASS reprints on courts and football,
// Kommersant, RIA and ministry economy news, Kyrgyz and Uzbek agencies,
// regional and Olympic sport pages), labelled blind and scored once
// before any rule was written from them: tuning precision 0.667, recall
// 0.545 (6 of 11); held-out 0.750, 0.545 (6 of 11). Whole set at that
// run: tuning 0.981, 0.947 (ru 0.964, 0.933); held-out 0.947, 0.677 (en
// 0.926, 0.787; ru 0.969, 0.596).
//
// The tuning half's Russian misses then (this round's and earlier ones),
// by the reason the analysis refused: a quotation closed paragraphs later
// kept only its first paragraph (2: the words were in a later one); an
// initialled name glued before the speaker's full name taken into the
// name (1 article, 2 quotations, shown under a wrong name); a bare
// surname the article gives once, refused by design (2:
// TestQuotesBareSurname); a role with a country («премьер-министр
// Кыргызстана») when two premiers are the subjects near it and neither is
// titled with the country (1). Rules for the first two: whole set tuning
// 1.000, 0.964 (en 1.000, 0.963; ru 1.000, 0.966); held-out 0.955, 0.693
// (en 0.926, 0.787; ru 0.985, 0.624). Eighth round: tuning 1.000, 0.818;
// held-out 0.875, 0.636. The held-out figures were read twice in the
// round: the blind run and this one.
//
// Ninth round of articles (ninthRound): 25 articles (13 Russian with 16
// quotations from Kyrgyz and Kazakh agencies and Russian regional pages:
// akims, governors, ministers, speech whose marks the page lost, dash
// turns, role nouns; 12 English with 15 from Uzbek, Kazakh, Azerbaijani
// and agency pages: transcripts, translated agency English, statements,
// unnamed sources), labelled blind and scored once before any rule:
// tuning precision 0.900, recall 0.643 (9 of 14; en 0.600, ru 0.667);
// held-out 1.000, 0.529 (9 of 17; en 0.300, ru 0.857); both halves
// 0.947, 0.581. Whole set at that run: tuning 0.994, 0.940; held-out
// 0.958, 0.680 (en 0.930, 0.733; ru 0.986, 0.638). One ninth-round label
// was then corrected to the labelling rule (the speaker «Н. Назарбаев» as
// the article writes him, the blind run's label had the surname alone),
// and one earlier tuning label added (ru-tass-pauza: «президент объявил:
// "…"», a quotation the first labelling left out).
//
// Why quotations are missed (TestQuoteMissReasons), held-out counts after
// the blind run (206 labelled, 66 missed): never a candidate 18 (in marks
// 11, dash speech 6, neither 1); no attribution 14 (no speech verb in the
// paragraph 9, a verb but no speaker read 5); speaker refused 27 (pronoun
// 11, one word that is no name 7, role 6, bare surname given once 3);
// wrong speaker 3; too short 3; span cut 1.
//
// Ninth round of rules, for patterns of both languages (table tests in
// quote_round10_test.go): speech under a paragraph ending in its
// attribution's colon; transcript lines with a title before the name;
// "he"/«он» with no one named before it meaning the headline's person;
// pronouns agreeing with the sex a name or a Russian verb shows; more
// speech verbs; a source named after a quotation ("according to X.",
// «— по словам X.»); an age, a medium in the dative, an instrumental
// object before the name; a body in the genitive between a title and a
// name; a quoting paragraph placing its speaker "(pictured)"; the
// occasion of words before a colon («X в интервью «24.kg»: «…»»); dash
// attributions with the speaker before the verb, glued dashes and citing
// verbs; «премьер-министр» as the premier's role; appositions between a
// name and its verb; a surname the headline gives in full; leaders'
// surnames that are country cues; "X was quoted as saying". Whole set
// tuning 1.000, 0.967 (178 of 184; en 1.000, 0.965; ru 1.000, 0.970);
// held-out 0.952, 0.694 (143 of 206; en 0.919, 0.756; ru 0.986, 0.647).
// Ninth round: tuning 1.000, 1.000; held-out 1.000, 0.647. Held-out
// reasons then (63 missed): never a candidate 15 (in marks 11, dash 4);
// no attribution 13; refused 27 (pronoun 11, one word 7, role 6, bare
// surname 3); wrong speaker 4; too short 3; span cut 1. The held-out
// figures were read three times in the round: the blind run, the reasons
// after it, and this last run (figures and reasons together).
//
// Tenth round of articles (tenthRound): 31 Russian articles with 29
// quotations (Kazakh, Kyrgyz and Tajik outlets and agencies, Russian
// federal and regional pages; 9 hard negatives), labelled blind and
// scored once before any rule was written from them: tuning precision
// 0.867, recall 0.619 (13 of 21); held-out 0.667, 0.750 (6 of 8). Whole
// set at that run: tuning 0.990, 0.941 (ru 0.982, 0.925); held-out
// 0.936, 0.706 (en 0.919, 0.756; ru 0.952, 0.669).
//
// The tuning half's misses then, by reason: a role after a namesake of a
// known person («Акылбек Жапаров» read as Садыр Жапаров, 2), a body in
// the genitive glued into the name («Сената Маулен Ашимбаев», 2), a
// two-word verb («выразил мнение», 1), a genitive name before the subject
// («сотрудника ГРУ Евгения Ерофеева Оксана Соколовская», 2). Rules for
// those and for patterns probed beside them in both languages (namesakes,
// the title's body, two-word and comment verbs, citations of a title and
// a name, pronouns by case and sex, the genitive author of an occasion,
// subordinate roles, credits, «глава района X», accusative audiences,
// first names introduced with a place or an age):
// tuning 1.000, 0.976 (ru 1.000, 0.983); held-out 0.937, 0.715 (en
// 0.919, 0.756; ru 0.953, 0.685); tenth round tuning 1.000, 0.952,
// held-out 0.667, 0.750. The held-out miss reasons were read twice, as
// counts: 63 misses before, 61 after.
//
// Eleventh round of articles (eleventhRound): 24 articles (11 English
// with 19 quotations, 13 Russian with 13: court reports, press
// conferences, Kremlin and Central Asian ministry briefings, statements;
// 5 hard negatives), labelled blind and scored once before any rule:
// tuning precision 1.000, recall 0.588 (10 of 17); held-out 0.857, 0.400
// (6 of 15); whole set at that run tuning 1.000, 0.946, held-out 0.936,
// 0.725 (en 0.929, 0.798; ru 0.943, 0.669). The tuning half had no wrong
// speaker, so rules came from its misses ("a statement by X says.", "-
// reports the Press Secretary of …, X.") and from probing the round's
// patterns for wrong speakers in both languages (quote_round16_test.go):
// a role never resolves to a known person of another office nor to a
// subject titled with another kind of post; a Russian speaker in an
// oblique case is refused, a dative addressee glued before the name cut
// off; words the speaker recalls of someone else, and "he" after "the son
// of X", have no speaker. Then tuning 1.000, 0.955 (en 1.000, 0.947; ru
// 1.000, 0.961); held-out 0.942, 0.725 (en 0.929, 0.798; ru 0.954,
// 0.669); eleventh round tuning 1.000, 0.706, held-out 1.000, 0.400. The
// held-out figures were read twice: the blind run and this one.
//
// Twelfth round of articles (twelfthRound): 28 Russian articles with 37
// quotations (Kazakh, Kyrgyz and Uzbek agencies, Russian federal and
// regional pages, sport and Belarusian pages; 5 hard negatives), labelled
// blind and scored once before any rule: tuning precision 1.000, recall
// 0.750 (12 of 16); held-out 1.000, 0.429 (9 of 21); both halves 1.000,
// 0.568. Whole set at that run: tuning 1.000, 0.941 (en 1.000, 0.947; ru
// 1.000, 0.937); held-out 0.944, 0.700 (en 0.929, 0.798; ru 0.958, 0.636).
const (
	floorUnseenPrecisionTune = 0.98
	floorUnseenRecallTune    = 0.98
	floorUnseenPrecisionHeld = 0.93
	floorUnseenRecallHeld    = 0.74

	floorWholePrecisionTune = 0.98
	floorWholeRecallTune    = 0.97
	floorWholePrecisionHeld = 0.94
	floorWholeRecallHeld    = 0.72

	floorFifthPrecisionTune = 0.98
	floorFifthRecallTune    = 0.98
	floorFifthPrecisionHeld = 0.98
	floorFifthRecallHeld    = 0.68

	floorSixthPrecisionTune = 0.98
	floorSixthRecallTune    = 0.84
	floorSixthPrecisionHeld = 0.97
	floorSixthRecallHeld    = 0.62

	floorSeventhPrecisionTune = 0.98
	floorSeventhRecallTune    = 0.98
	floorSeventhPrecisionHeld = 0.85
	floorSeventhRecallHeld    = 0.48

	floorEighthPrecisionTune = 0.98
	floorEighthRecallTune    = 0.80
	floorEighthPrecisionHeld = 0.85
	floorEighthRecallHeld    = 0.60

	floorNinthPrecisionTune = 0.98
	floorNinthRecallTune    = 0.98
	floorNinthPrecisionHeld = 0.95
	floorNinthRecallHeld    = 0.60

	floorTenthPrecisionTune = 0.98
	floorTenthRecallTune    = 0.95
	floorTenthPrecisionHeld = 0.65
	floorTenthRecallHeld    = 0.70

	floorEleventhPrecisionTune = 0.98
	floorEleventhRecallTune    = 0.65
	floorEleventhPrecisionHeld = 0.95
	floorEleventhRecallHeld    = 0.38

	floorTwelfthPrecisionTune = 0.98
	floorTwelfthRecallTune    = 0.90
	floorTwelfthPrecisionHeld = 0.95
	floorTwelfthRecallHeld    = 0.40
)

func halfName(held bool) string {
	if held {
		return "held-out"
	}
	return "tuning"
}

type quoteScoreCard struct{ predicted, correct, labelled, found int }

func (c quoteScoreCard) precision() float64 {
	if c.predicted == 0 {
		return 1
	}
	return float64(c.correct) / float64(c.predicted)
}

func (c quoteScoreCard) recall() float64 {
	if c.labelled == 0 {
		return 1
	}
	return float64(c.found) / float64(c.labelled)
}

// thirdRound reports whether a labelled article was added in the third
// round of issue 10 (ids "q3-", "web3-", "g3-"): articles found and labelled
// after every earlier rule was written and before any third-round rule ran
// on them, so their figures alone are a blind measure of the rules before
// that round.
func thirdRound(id string) bool {
	for _, p := range []string{"q3-", "web3-", "g3-"} {
		if strings.HasPrefix(id, p) {
			return true
		}
	}
	return false
}

// fourthRound reports whether a labelled article was added after the
// third round's rules were written (ids "q4-", "web4-"): labelled before
// the analysis ran on them and never tuned on, a blind measure of the
// rules as they stand.
func fourthRound(id string) bool {
	return strings.HasPrefix(id, "q4-") || strings.HasPrefix(id, "web4-")
}

// fifthRound reports whether a labelled article was added after the fifth
// round of rules (ids "q5-"): found in public pages and the corpus feeds,
// labelled before the analysis ran on them, a blind measure of the rules
// as they stood.
func fifthRound(id string) bool {
	return strings.HasPrefix(id, "q5-")
}

// sixthRound reports whether a labelled article was added after the
// sixth round of rules (ids "q6-"): Russian articles from regional,
// Central Asian, Ukrainian and Belarusian outlets (sports, courts,
// business, ministries) and English ones from outlets that quote in
// single marks, found in public pages and the corpus feeds and labelled
// before the analysis ran on them.
func sixthRound(id string) bool {
	return strings.HasPrefix(id, "q6-")
}

// seventhRound reports whether a labelled article was added after the
// seventh round of rules (ids "q7-"): Russian articles from Kyrgyz,
// Kazakh and Siberian outlets and football clubs' sites, English ones
// from Azerbaijani, Georgian, Turkmen and Kazakh outlets and agency
// digests, found in public pages and labelled before the analysis ran on
// them.
func seventhRound(id string) bool {
	return strings.HasPrefix(id, "q7-")
}

// eighthRound reports whether a labelled article was added after the
// eighth round of rules (ids "q8-"): Russian articles only, from federal
// agencies (TASS, Interfax, RIA via reprints, Kommersant), Central Asian
// agencies and sports and regional pages (courts, economy, football,
// Olympic sport), found in public pages and labelled before the analysis
// ran on them.
func eighthRound(id string) bool {
	return strings.HasPrefix(id, "q8-")
}

// ninthRound reports whether a labelled article was added after the
// eighth round of rules (ids "q9-"): Russian articles from Kyrgyz and
// Kazakh outlets and Russian regional pages (governors, akims, ministers;
// speech with lost marks, dash turns, role nouns), English ones from
// Uzbek, Kazakh, Azerbaijani and agency pages (transcripts, translated
// agency English, statements and unnamed sources), found in public pages
// and labelled before the analysis ran on them.
func ninthRound(id string) bool {
	return strings.HasPrefix(id, "q9-")
}

// tenthRound reports whether a labelled article was added after the
// ninth round of rules (ids "q10-"): Russian articles only, from Kazakh,
// Kyrgyz and Tajik outlets and agencies and Russian federal and regional
// pages (akims, deputies, mayors, governors' channels, lawyers after a
// verdict), with hard negatives (unnamed speakers, phrases inside the
// reporter's sentence, headlines of other stories), found in public pages
// and labelled before the analysis ran on them.
func tenthRound(id string) bool {
	return strings.HasPrefix(id, "q10-")
}

// eleventhRound reports whether a labelled article was added after the
// tenth round of rules (ids "q11-"): English and Russian articles with
// several people named near quotations (court reports, press conferences,
// briefings of the Kremlin and Central Asian ministries, statements), with
// hard negatives (captions, charges' wording, sayings), found in public
// pages and labelled before the analysis ran on them.
func eleventhRound(id string) bool {
	return strings.HasPrefix(id, "q11-")
}

// twelfthRound reports whether a labelled article was added after the
// eleventh round of rules (ids "q12-"): Russian articles only, from Kazakh,
// Kyrgyz and Uzbek agencies, Russian federal and regional pages, sport and
// Belarusian pages (pronouns after a named or headline speaker, roles,
// quotations finishing reported sentences, words between the verb and the
// name, interview turns, lost marks), with hard negatives (reported speech
// without marks, unnamed speakers, a press office's release, a ministry's
// statement), found in public pages and labelled before the analysis ran
// on them.
func twelfthRound(id string) bool {
	return strings.HasPrefix(id, "q12-")
}

// setName names the part of a labelled set an article belongs to.
func setName(id string) string {
	switch {
	case thirteenthRound(id):
		return "thirteenth-round articles"
	case fourteenthRound(id):
		return "fourteenth-round articles"
	case sixteenthRound(id):
		return "sixteenth-round articles"
	case seventeenthRound(id):
		return "seventeenth-round articles"
	case eighteenthRound(id):
		return "eighteenth-round articles"
	case nineteenthRound(id):
		return "nineteenth-round articles"
	case twentiethRound(id):
		return "twentieth-round articles"
	case twentySecondRound(id):
		return "twenty-second-round articles"
	case twentyFourthRound(id):
		return "twenty-fourth-round articles"
	case twentyFifthRound(id):
		return "twenty-fifth-round articles"
	case twentySeventhRound(id):
		return "twenty-seventh-round articles"
	case twentyFirstRoundRu(id):
		return "twenty-first-round Russian articles"
	case twentyThirdRoundRu(id):
		return "twenty-third-round Russian articles"
	case twentySixthRoundRu(id):
		return "twenty-sixth-round Russian articles"
	case fifteenthRound(id):
		return "fifteenth-round articles"
	case thirdRound(id):
		return "third-round articles"
	case fourthRound(id):
		return "fourth-round articles"
	case fifthRound(id):
		return "fifth-round articles"
	case sixthRound(id):
		return "sixth-round articles"
	case seventhRound(id):
		return "seventh-round articles"
	case eighthRound(id):
		return "eighth-round articles"
	case ninthRound(id):
		return "ninth-round articles"
	case tenthRound(id):
		return "tenth-round articles"
	case eleventhRound(id):
		return "eleventh-round articles"
	case twelfthRound(id):
		return "twelfth-round articles"
	}
	return "earlier articles"
}

// TestQuotesUnseen scores quote attribution on the unseen set, per half,
// for the whole set and separately for the earlier articles and the
// third-round ones. Only the tuning half's misses are logged: the held-out
// half reports figures alone, so no rule is written from its failures.
func TestQuotesUnseen(t *testing.T) {
	arts := readJSON[[]unseenArticle](t, "testdata/quotes_unseen.json")
	a := shared()
	cards := map[string]*quoteScoreCard{}
	card := func(key string) *quoteScoreCard {
		if cards[key] == nil {
			cards[key] = &quoteScoreCard{}
		}
		return cards[key]
	}
	for _, art := range arts {
		if art.Lang != "en" && art.Lang != "ru" {
			t.Fatalf("%s: language %q", art.ID, art.Lang)
		}
		held := heldOut(art.ID)
		half := halfName(held)
		// Every article counts in its half of the whole set, of its part
		// (earlier or third-round) and of its language.
		keys := []string{half, half + " " + art.Lang, setName(art.ID) + " " + half, setName(art.ID) + " " + half + " " + art.Lang, art.Lang}
		if !fifthRound(art.ID) && !sixthRound(art.ID) && !seventhRound(art.ID) && !eighthRound(art.ID) && !ninthRound(art.ID) && !tenthRound(art.ID) && !eleventhRound(art.ID) && !twelfthRound(art.ID) && !thirteenthRound(art.ID) && !fourteenthRound(art.ID) && !fifteenthRound(art.ID) && !sixteenthRound(art.ID) && !seventeenthRound(art.ID) && !eighteenthRound(art.ID) && !nineteenthRound(art.ID) && !twentiethRound(art.ID) && !twentySecondRound(art.ID) && !twentyFourthRound(art.ID) && !twentyFifthRound(art.ID) && !twentyFirstRoundRu(art.ID) && !twentyThirdRoundRu(art.ID) && !twentySixthRoundRu(art.ID) && !twentySeventhRound(art.ID) {
			keys = append(keys, "before the fifth round "+half)
		}
		got := a.Analyze(Input{Title: art.Title, Body: art.Body, Lang: art.Lang}).Quotes
		match := func(q news.Quote, l, speaker string) bool {
			return strings.Contains(normQuote(q.Text), normQuote(l)) &&
				(sameSpeakerLabel(q.Speaker, speaker) || knownFullName(q.Speaker, speaker))
		}
		strictMatch := func(q news.Quote, l, speaker string) bool {
			return strings.Contains(normQuote(q.Text), normQuote(l)) && sameSpeakerLabel(q.Speaker, speaker)
		}
		for _, l := range art.Quotes {
			strict := card("strict " + half)
			strict.labelled++
			for _, q := range got {
				if strictMatch(q, l.Text, l.Speaker) {
					strict.found++
					break
				}
			}
		}
		for _, q := range got {
			ok, strictOK := false, false
			for _, l := range art.Quotes {
				ok = ok || match(q, l.Text, l.Speaker)
				strictOK = strictOK || strictMatch(q, l.Text, l.Speaker)
			}
			strict := card("strict " + half)
			strict.predicted++
			if strictOK {
				strict.correct++
			}
			for _, k := range keys {
				c := card(k)
				c.predicted++
				if ok {
					c.correct++
				}
			}
			if !ok && !held {
				t.Logf("tune %s: wrong quote %q by %q", art.ID, q.Text, q.Speaker)
			}
		}
		for _, l := range art.Quotes {
			found := false
			for _, q := range got {
				found = found || match(q, l.Text, l.Speaker)
			}
			for _, k := range keys {
				c := card(k)
				c.labelled++
				if found {
					c.found++
				}
			}
			if !found && !held {
				t.Logf("tune %s: missed %q by %q", art.ID, l.Text, l.Speaker)
			}
		}
	}
	// A run made to tune (UNSEEN_TUNING_ONLY=1) logs no held-out figure
	// (hideHeldOut): not the held-out half's lines, nor both halves'.
	hiding := false
	report := func(name string, c *quoteScoreCard) {
		if hideHeldOut() && (hiding || strings.Contains(name, "held-out") || strings.Contains(name, "both halves")) {
			return
		}
		t.Logf("%s: %d predicted, %d correct, %d labelled, %d found: precision %.3f, recall %.3f",
			name, c.predicted, c.correct, c.labelled, c.found, c.precision(), c.recall())
	}
	t.Log("targets: precision 0.95, recall 0.80")
	for _, held := range []bool{false, true} {
		hiding = held
		half := halfName(held)
		report(half+" half (whole set)", card(half))
		report("  strict labels (the name exactly as written)", card("strict "+half))
		for _, lang := range []string{"en", "ru"} {
			report("  "+lang, card(half+" "+lang))
		}
		report("  "+setName("")+", "+half, card(setName("")+" "+half))
		report("  "+setName("q3-")+", "+half, card(setName("q3-")+" "+half))
		report("  "+setName("q4-")+", "+half, card(setName("q4-")+" "+half))
		report("  "+setName("q5-")+", "+half, card(setName("q5-")+" "+half))
		for _, set := range []string{"q6-", "q7-", "q8-", "q9-", "q10-", "q11-", "q12-"} {
			report("  "+setName(set)+", "+half, card(setName(set)+" "+half))
			for _, lang := range []string{"en", "ru"} {
				report("    "+lang, card(setName(set)+" "+half+" "+lang))
			}
		}
	}
	hiding = false
	for _, set := range []string{"q3-", "q4-", "q5-", "q6-", "q7-", "q8-", "q9-", "q10-", "q11-", "q12-"} {
		both := quoteScoreCard{}
		for _, half := range []string{"tuning", "held-out"} {
			c := card(setName(set) + " " + half)
			both = quoteScoreCard{both.predicted + c.predicted, both.correct + c.correct, both.labelled + c.labelled, both.found + c.found}
		}
		report(setName(set)+" (both halves)", &both)
	}
	for _, lang := range []string{"en", "ru"} {
		report(lang+" (both halves)", card(lang))
	}
	if len(arts) < 40 || card("ru").labelled < 30 || card("en").labelled < 30 {
		t.Errorf("unseen set has %d articles, %d Russian and %d English quotations; want at least 40, 30 and 30",
			len(arts), card("ru").labelled, card("en").labelled)
	}
	// The set the whole-set floors were measured on (every article before
	// the fifth round), per half, and the fifth to eleventh rounds on floors
	// of their own.
	for _, f := range []struct {
		set, half         string
		precision, recall float64
	}{
		{"before the fifth round", "tuning", floorWholePrecisionTune, floorWholeRecallTune},
		{"before the fifth round", "held-out", floorWholePrecisionHeld, floorWholeRecallHeld},
		{setName("q5-"), "tuning", floorFifthPrecisionTune, floorFifthRecallTune},
		{setName("q5-"), "held-out", floorFifthPrecisionHeld, floorFifthRecallHeld},
		{setName("q6-"), "tuning", floorSixthPrecisionTune, floorSixthRecallTune},
		{setName("q6-"), "held-out", floorSixthPrecisionHeld, floorSixthRecallHeld},
		{setName("q7-"), "tuning", floorSeventhPrecisionTune, floorSeventhRecallTune},
		{setName("q7-"), "held-out", floorSeventhPrecisionHeld, floorSeventhRecallHeld},
		{setName("q8-"), "tuning", floorEighthPrecisionTune, floorEighthRecallTune},
		{setName("q8-"), "held-out", floorEighthPrecisionHeld, floorEighthRecallHeld},
		{setName("q9-"), "tuning", floorNinthPrecisionTune, floorNinthRecallTune},
		{setName("q9-"), "held-out", floorNinthPrecisionHeld, floorNinthRecallHeld},
		{setName("q10-"), "tuning", floorTenthPrecisionTune, floorTenthRecallTune},
		{setName("q10-"), "held-out", floorTenthPrecisionHeld, floorTenthRecallHeld},
		{setName("q11-"), "tuning", floorEleventhPrecisionTune, floorEleventhRecallTune},
		{setName("q11-"), "held-out", floorEleventhPrecisionHeld, floorEleventhRecallHeld},
		{setName("q12-"), "tuning", floorTwelfthPrecisionTune, floorTwelfthRecallTune},
		{setName("q12-"), "held-out", floorTwelfthPrecisionHeld, floorTwelfthRecallHeld},
	} {
		c := card(f.set + " " + f.half)
		if c.precision() < f.precision || c.recall() < f.recall {
			floorError(t, f.set, f.half, c, f.precision, f.recall)
		}
	}
	checkThirteenthRound(t, card, report)
	checkFourteenthRound(t, card, report)
	checkFifteenthRound(t, card, report)
	checkSixteenthRound(t, card, report)
	checkSeventeenthRound(t, card, report)
	checkEighteenthRound(t, card, report)
	checkNineteenthRound(t, card, report)
	checkTwentiethRound(t, card, report)
	checkTwentyFirstRoundRu(t, card, report)
	checkTwentySecondRound(t, card, report)
	checkTwentyFourthRound(t, card, report)
	checkTwentyFifthRound(t, card, report)
	checkTwentyThirdRoundRu(t, card, report)
	checkTwentySixthRoundRu(t, card, report)
	checkTwentySeventhRound(t, card, report)
	// The earlier articles, on their own floors.
	tune, held := card(setName("")+" tuning"), card(setName("")+" held-out")
	if p := tune.precision(); p < floorUnseenPrecisionTune {
		t.Errorf("earlier articles: tuning-half precision %.3f below floor %.2f", p, floorUnseenPrecisionTune)
	}
	if r := tune.recall(); r < floorUnseenRecallTune {
		t.Errorf("earlier articles: tuning-half recall %.3f below floor %.2f", r, floorUnseenRecallTune)
	}
	if held.precision() < floorUnseenPrecisionHeld || held.recall() < floorUnseenRecallHeld {
		floorError(t, setName(""), "held-out", held, floorUnseenPrecisionHeld, floorUnseenRecallHeld)
	}
}

// roundFloors are a round's floors: precision and recall of its tuning
// half, then of its held-out half.
type roundFloors struct{ tunePrecision, tuneRecall, heldPrecision, heldRecall float64 }

// checkRound logs the figures of the round whose ids start with prefix,
// per half and for both halves, and holds each half to its floors. Each
// round keeps its predicate and floors in a file of its own
// (quote_unseen_q13_test.go, …) so that rounds added in parallel merge
// cleanly.
func checkRound(t *testing.T, card func(string) *quoteScoreCard, report func(string, *quoteScoreCard), prefix string, f roundFloors) {
	t.Helper()
	set := setName(prefix)
	both := quoteScoreCard{}
	for _, h := range []struct {
		half              string
		precision, recall float64
	}{
		{"tuning", f.tunePrecision, f.tuneRecall},
		{"held-out", f.heldPrecision, f.heldRecall},
	} {
		c := card(set + " " + h.half)
		report("  "+set+", "+h.half, c)
		both = quoteScoreCard{both.predicted + c.predicted, both.correct + c.correct, both.labelled + c.labelled, both.found + c.found}
		if c.precision() < h.precision || c.recall() < h.recall {
			floorError(t, set, h.half, c, h.precision, h.recall)
		}
	}
	report(set+" (both halves)", &both)
}

// floorError reports a half below its floors; with UNSEEN_TUNING_ONLY=1 a
// held-out half is named without its figures (hideHeldOut).
func floorError(t *testing.T, set, half string, c *quoteScoreCard, precision, recall float64) {
	t.Helper()
	if half == "held-out" && hideHeldOut() {
		t.Errorf("%s, %s half: below its floors %.2f, %.2f (figures hidden)", set, half, precision, recall)
		return
	}
	t.Errorf("%s, %s half: precision %.3f, recall %.3f; floors %.2f, %.2f", set, half, c.precision(), c.recall(), precision, recall)
}
