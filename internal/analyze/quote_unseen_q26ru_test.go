package analyze

import (
	"strings"
	"testing"
)

// twentySixthRoundRu reports whether a labelled article belongs to the
// Russian round labelled after the twenty-third Russian round's rules
// (ids "q26-ru-"): ordinary news from Russian federal and regional pages
// (heating failures, bus crashes and their passengers, city councils,
// theatres and schools, a prosecutor), Kazakh, Kyrgyz, Belarusian and
// Ukrainian Russian-language pages (akims, mayors, a minister, courts and
// lawyers, harvest officials), hockey, biathlon and football coaches and
// officials, with hard negatives (placards' slogans, press offices' and
// departments' words, unnamed passengers and officials, statements),
// found in public pages and labelled before the analysis ran on them.
func twentySixthRoundRu(id string) bool {
	return strings.HasPrefix(id, "q26-ru-")
}

// Floors of the twenty-sixth Russian round (twentySixthRoundRu), kept
// apart from the earlier rounds' so that rounds added in parallel merge
// cleanly.
//
// Twenty-sixth Russian round of articles: 57 Russian articles with 62
// quotations (tuning half 31 articles, 34 quotations; held-out 26, 28;
// 12 hard negatives), labelled blind and committed before the analysis
// ran on them. The floors are set from the blind run.
const (
	floorTwentySixthRuPrecisionTune = 0
	floorTwentySixthRuRecallTune    = 0
	floorTwentySixthRuPrecisionHeld = 0
	floorTwentySixthRuRecallHeld    = 0
)

// checkTwentySixthRoundRu holds the round to its floors (checkRound).
func checkTwentySixthRoundRu(t *testing.T, card func(string) *quoteScoreCard, report func(string, *quoteScoreCard)) {
	t.Helper()
	checkRound(t, card, report, "q26-ru-", roundFloors{floorTwentySixthRuPrecisionTune, floorTwentySixthRuRecallTune, floorTwentySixthRuPrecisionHeld, floorTwentySixthRuRecallHeld})
}
