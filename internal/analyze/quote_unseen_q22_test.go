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
// labelled blind before the analysis ran on them.
// TODO(q29): the blind figures and the floors at them.
const (
	floorTwentySecondPrecisionTune = 0
	floorTwentySecondRecallTune    = 0
	floorTwentySecondPrecisionHeld = 0
	floorTwentySecondRecallHeld    = 0
)

func checkTwentySecondRound(t *testing.T, card func(string) *quoteScoreCard, report func(string, *quoteScoreCard)) {
	t.Helper()
	checkRound(t, card, report, "q22-", roundFloors{floorTwentySecondPrecisionTune, floorTwentySecondRecallTune, floorTwentySecondPrecisionHeld, floorTwentySecondRecallHeld})
}
