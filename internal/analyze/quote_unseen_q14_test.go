package analyze

import (
	"strings"
	"testing"
)

// fourteenthRound reports whether a labelled article was added after the
// thirteenth round of articles (ids "q14-"): Russian articles only, from
// Kyrgyz, Kazakh, Uzbek and Tajik outlets and Russian federal, regional
// and sport pages (presidents before parliaments, spokesmen and
// ministers named by role, coaches after a match, lawyers after an
// appeal, a designer's post, dash speech run into a paragraph, quotations
// split by their attribution, speech whose marks the page lost), with hard
// negatives (slogans and placards, an unnamed governor, an unnamed
// witness, a press office, words without marks), found in public pages
// and labelled before the analysis ran on them.
func fourteenthRound(id string) bool {
	return strings.HasPrefix(id, "q14-")
}

// Floors of the fourteenth round (fourteenthRound), kept apart from the
// earlier rounds' so that rounds added in parallel merge cleanly.
//
// Fourteenth round of articles: 34 Russian articles with 36 quotations
// (6 hard negatives), labelled blind after the thirteenth round and
// scored once before any rule was written from them: tuning half
// precision 0.947, recall 0.857 (18 of 21; one wrong quotation: speech
// without marks or a dash before «, сказал X», which the set does not
// label); held-out 0.800, 0.600 (9 of 15); both halves 0.897, 0.750.
// Whole set at that run (the fourteenth round counted): tuning 0.996,
// 0.939 (en 1.000, 0.930; ru 0.993, 0.945); held-out 0.941, 0.704 (en
// 0.938, 0.798; ru 0.943, 0.639). One tuning label was then corrected
// to the set's labelling rule: first-person speech without marks ending
// in «, сказал X.» is X's quotation (ru-voronezh-shalimov), which the
// blind labelling of q14-ru-vestiuz-veryu-rossii had left out, so the
// tuning half holds 22 quotations.
//
// After the round's rules (a short answer to a reported question, a
// quotation split by a comma-closed attribution, «он» after a sentence
// opened by its source, objects and pointers between the verb and the
// speaker, ministries' short names, sites' domains, signed pull-quotes,
// people placed in a picture): tuning 1.000, 1.000 (22 of 22); held-out
// 0.833, 0.733 (11 of 15) at the last read, which also counted a rule
// then dropped (a role for the headline's person; it gave a wrong
// speaker in the earlier articles' held-out half, so the before-the-fifth
// -round floor failed). Each floor sits a step below its figure; the
// held-out floors stay at the blind run's.
const (
	floorFourteenthPrecisionTune = 0.98
	floorFourteenthRecallTune    = 0.98
	floorFourteenthPrecisionHeld = 0.75
	floorFourteenthRecallHeld    = 0.55
)

// checkFourteenthRound holds the fourteenth round to its floors (checkRound).
func checkFourteenthRound(t *testing.T, card func(string) *quoteScoreCard, report func(string, *quoteScoreCard)) {
	t.Helper()
	checkRound(t, card, report, "q14-", roundFloors{floorFourteenthPrecisionTune, floorFourteenthRecallTune, floorFourteenthPrecisionHeld, floorFourteenthRecallHeld})
}
