package analyze

import (
	"strings"
	"testing"
)

// eighteenthRound reports whether a labelled article was added after the
// seventeenth round of rules (ids "q18-ru-"): Russian articles only, from
// ordinary daily news as a reader's feed carries them (Russian regional
// governors and mayors, the central bank, Kyrgyz parliament and city
// council, Kazakh akims and courts, Azerbaijani and Tajik ministers,
// Belarusian and Ukrainian pages, football and hockey coaches'
// comments), with two hard negatives (unnamed speakers), found in public
// pages and labelled before the analysis ran on them.
func eighteenthRound(id string) bool {
	return strings.HasPrefix(id, "q18-ru-")
}

// Floors of the eighteenth round (eighteenthRound), kept apart from the
// earlier rounds' so that rounds added in parallel merge cleanly.
//
// Eighteenth round of articles: 30 Russian articles with 37 quotations (2
// hard negatives), labelled blind after the seventeenth round of rules and
// scored once before any rule was written from them: tuning half (14
// articles, 17 quotations) precision 1.000, recall 0.588 (10 of 17);
// held-out (16 articles, 20 quotations) 0.889, 0.400 (8 of 20); both
// halves 0.947, 0.486. Whole set at that run: tuning 1.000, 0.935 (en
// 1.000, 0.937; ru 1.000, 0.934); held-out 0.939, 0.701 (en 0.929, 0.796;
// ru 0.949, 0.636). The floors sat at the blind figures.
//
// Then general rules of both languages, kept only where they raised the
// tuning half of the whole set without lowering any round's: a quotation
// after a colon is the subject's of its sentence when it opens with a
// pronoun, a name or a title and a verb reporting no one else's words
// (quote_colon_subject.go); a surname glued to its initial is the same
// role holder as the full name; the answer under a speaker line may open
// with a dash turn and name a team in marks (quote_speaker_answer.go).
// Tuning half of the round 1.000, 0.824 (14 of 17); whole set tuning
// 1.000, 0.946 (en 1.000, 0.937; ru 1.000, 0.953), precision 1.000 in
// every round. The held-out figures were not read after these rules: the
// session's three reads went to the blind run, a second run that printed
// the same figures again, and a whole-package run whose failure messages
// printed two held-out figures while rules later dropped for breaking
// table tests were in (feeds' cut-off quotations without an attribution,
// «глава» with a feminine verb). The tuning recall floor is raised to the
// figure reached.
const (
	floorEighteenthPrecisionTune = 0.98
	floorEighteenthRecallTune    = 0.82
	floorEighteenthPrecisionHeld = 0.88
	floorEighteenthRecallHeld    = 0.40
)

// checkEighteenthRound holds the eighteenth round to its floors (checkRound).
func checkEighteenthRound(t *testing.T, card func(string) *quoteScoreCard, report func(string, *quoteScoreCard)) {
	t.Helper()
	checkRound(t, card, report, "q18-ru-", roundFloors{floorEighteenthPrecisionTune, floorEighteenthRecallTune, floorEighteenthPrecisionHeld, floorEighteenthRecallHeld})
}
