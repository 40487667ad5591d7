package analyze

import (
	"strings"
	"testing"
)

// thirteenthRound reports whether a labelled article was added after the
// eleventh round of rules (ids "q13-"): English articles only, from
// Central Asian, Caucasian, Russian and world outlets and agencies (court
// reports, press conferences, interviews in dash turns, statements of
// ministries and committees, spokesmen and press secretaries speaking for
// their bosses), with hard negatives chosen to tempt wrong speakers
// (bodies' statements that name their minister, words in marks that
// report a third person, partial quotations closing the reporter's
// sentence, reporters' questions), found in public pages and labelled
// before the analysis ran on them.
func thirteenthRound(id string) bool {
	return strings.HasPrefix(id, "q13-")
}

// Floors of the thirteenth round (thirteenthRound), kept apart from the
// earlier rounds' so that rounds added in parallel merge cleanly.
//
// Thirteenth round of articles: 29 English articles with 36 quotations
// (7 hard negatives), labelled blind after the eleventh round of rules
// and scored once before any rule was written from them: tuning half
// precision 0.917, recall 0.524 (11 of 21, one wrong speaker: a name
// glued to the title's owner, "Kuandyk Bishimbayev Leila Ramazanova");
// held-out 0.917, 0.733 (11 of 15, one wrong speaker); both halves
// 0.917, 0.611. Whole set at that run (the thirteenth round counted):
// tuning 0.995, 0.918 (en 0.990, 0.871; ru 1.000, 0.961); held-out
// 0.940, 0.725 (en 0.928, 0.789; ru 0.954, 0.669). One tuning label was
// then corrected to the set's labelling rule (a clause of indirect
// speech after "told … that", which earlier rounds leave out), so the
// tuning half holds 20 quotations. Each floor sits a step below its
// figure.
//
// After the rules for roles introduced earlier in the article
// (quote_roles.go: "the press secretary added" for "Berik Uali, press
// secretary of the President, …"): tuning 1.000, 0.900 (18 of 20); the
// tuning floors raised to 0.98, 0.88.
const (
	floorThirteenthPrecisionTune = 0.98
	floorThirteenthRecallTune    = 0.88
	floorThirteenthPrecisionHeld = 0.90
	floorThirteenthRecallHeld    = 0.70
)

// checkThirteenthRound holds the thirteenth round to its floors (checkRound).
func checkThirteenthRound(t *testing.T, card func(string) *quoteScoreCard, report func(string, *quoteScoreCard)) {
	t.Helper()
	checkRound(t, card, report, "q13-", roundFloors{floorThirteenthPrecisionTune, floorThirteenthRecallTune, floorThirteenthPrecisionHeld, floorThirteenthRecallHeld})
}
