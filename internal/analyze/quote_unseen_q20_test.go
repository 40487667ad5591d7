package analyze

import (
	"strings"
	"testing"
)

// twentiethRound reports whether a labelled article belongs to the round
// labelled after the rules for qualified and many-word titles
// (quote_title_qualified.go; ids "q20-"): English and Russian articles
// from Indian, Pakistani, Russian and Ukrainian outlets whose speakers
// carry such titles (a portfolio list or a field joined by "and" before
// or after "Minister", «и.о. министра», «исполняющий обязанности
// премьер-министра»), with phrases in single marks and inside the
// reporter's sentences left unlabelled, found in public pages and
// labelled before the analysis ran on them.
func twentiethRound(id string) bool {
	return strings.HasPrefix(id, "q20-")
}

// Floors of the twentieth round (twentiethRound), kept apart from the
// earlier rounds' so that rounds added in parallel merge cleanly.
const (
	floorTwentiethPrecisionTune = 0
	floorTwentiethRecallTune    = 0
	floorTwentiethPrecisionHeld = 0
	floorTwentiethRecallHeld    = 0
)

func checkTwentiethRound(t *testing.T, card func(string) *quoteScoreCard, report func(string, *quoteScoreCard)) {
	t.Helper()
	checkRound(t, card, report, "q20-", roundFloors{floorTwentiethPrecisionTune, floorTwentiethRecallTune, floorTwentiethPrecisionHeld, floorTwentiethRecallHeld})
}
