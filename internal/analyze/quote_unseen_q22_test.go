package analyze

import (
	"strings"
	"testing"
)

// twentySecondRound reports whether a labelled article belongs to the
// English round labelled for the general attribution mechanisms (ids
// "q22-"): news pages from Nigerian, Indian, Pakistani, Azerbaijani,
// Qatari, Solomon Islands, British and American outlets, agency reprints
// and radio and television transcripts (ministers, coaches, union leaders,
// fire officers, residents), with hard negatives (phrases finishing the
// reporter's sentences, unnamed spokespeople, a press office, slogans and
// headlines in single marks), found in public pages and labelled before
// the analysis ran on them.
func twentySecondRound(id string) bool {
	return strings.HasPrefix(id, "q22-")
}

// Floors of the twenty-second round (twentySecondRound), kept apart from
// the earlier rounds' so that rounds added in parallel merge cleanly.
//
// Twenty-second round of articles: 28 English articles with 58
// quotations (tuning half 12 articles, 27 quotations; held-out 16, 31),
// labelled blind before the analysis ran on them and scored once, before
// any rule of the round: tuning half precision 0.826 (19 of 23), recall
// 0.704 (19 of 27); held-out 0.762 (16 of 21), 0.548 (17 of 31); both
// halves 0.795, 0.621. One tuning label was then corrected to the set's
// rule for "that" clauses (whole sentences in marks after "noting that"
// are a quotation, as "said that “…”" is labelled elsewhere; one clause
// after "noted that" is not): the blind tuning figures under it are
// 0.870 (20 of 23), 0.714 (20 of 28).
//
// Then general mechanisms, from the whole set's tuning misses and this
// round's (quote_lost_open.go, quote_unnamed_role.go,
// quote_caps_transcript.go, quote_aged_person.go, quote_added.go, place
// heads, service titles, straight-marked names inside quotations, titled
// appositions after "according to X"): tuning 1.000 (27 of 27), 1.000
// (28 of 28); held-out 0.750 (18 of 24), 0.613 (19 of 31): two
// quotations more found and one wrong speaker more, which the held-out
// half may not show. The earlier articles' held-out figures did not move
// (0.925, 0.698; en 0.895, 0.757). The held-out figures were read at
// the blind run and at this one (a run between them panicked before it
// printed anything, on an attribution ending the text, since fixed). The
// floors sit at the figures after the rules.
const (
	floorTwentySecondPrecisionTune = 1.00
	floorTwentySecondRecallTune    = 1.00
	floorTwentySecondPrecisionHeld = 0.75
	floorTwentySecondRecallHeld    = 0.61
)

func checkTwentySecondRound(t *testing.T, card func(string) *quoteScoreCard, report func(string, *quoteScoreCard)) {
	t.Helper()
	checkRound(t, card, report, "q22-", roundFloors{floorTwentySecondPrecisionTune, floorTwentySecondRecallTune, floorTwentySecondPrecisionHeld, floorTwentySecondRecallHeld})
}
