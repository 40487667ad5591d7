package analyze

import (
	"strings"
	"testing"
)

// twentySeventhRound reports whether a labelled article belongs to the
// English round of pages with several people named near quotations (ids
// "q27-en-"): court reports and judgments, a political row in parliament,
// an assembly row, a council row, prosecutors and lawyers after hearings,
// families' statements, football and cricket press conferences and an
// inquest, from British, Irish, Australian, American, Indian, Ghanaian,
// Trinidadian and Hungarian outlets, found in public pages and labelled
// before the analysis ran on them.
func twentySeventhRound(id string) bool {
	return strings.HasPrefix(id, "q27-en-")
}

// Floors of the twenty-seventh round (twentySeventhRound), kept apart from
// the earlier rounds' so that rounds added in parallel merge cleanly.
//
// Twenty-seventh round of articles: 22 English articles with 59
// quotations (one hard negative article; phrases in the reporter's
// sentences, families' and offices' statements, an unnamed lawyer inside
// the others; tuning half 16 articles, 42 quotations; held-out 6, 17),
// labelled blind and committed before the analysis ran on them, then
// scored once before any rule of the round: tuning half precision 0.862
// (25 of 29), recall 0.595 (25 of 42); held-out 0.900 (9 of 10), 0.588
// (10 of 17); both halves 0.872, 0.593. Whole set at that run: tuning
// 0.993, 0.890 (en 0.988, 0.882); held-out 0.914, 0.692 (en 0.883, 0.731;
// ru 0.954, 0.650). The floors sit at the blind figures.
const (
	floorTwentySeventhPrecisionTune = 0.98
	floorTwentySeventhRecallTune    = 0.61
	floorTwentySeventhPrecisionHeld = 0.90
	floorTwentySeventhRecallHeld    = 0.58
)

func checkTwentySeventhRound(t *testing.T, card func(string) *quoteScoreCard, report func(string, *quoteScoreCard)) {
	t.Helper()
	checkRound(t, card, report, "q27-en-", roundFloors{floorTwentySeventhPrecisionTune, floorTwentySeventhRecallTune, floorTwentySeventhPrecisionHeld, floorTwentySeventhRecallHeld})
}
