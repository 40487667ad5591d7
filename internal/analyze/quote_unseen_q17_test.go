package analyze

import (
	"strings"
	"testing"
)

// seventeenthRound reports whether a labelled article was added after the
// sixteenth round of rules (ids "q17-ru-"): Russian articles only, from
// outlets and regions the set had not held before (Belarusian, Moldovan,
// Latvian, Georgian, Armenian, Azerbaijani-themed, Ukrainian
// Russian-language, Kazakh regional, Uzbek and Tajik court pages, Russian
// regional and sport pages): mayors, akims and governors, coaches' and
// wrestlers' interview turns, a defendant's speech in court without marks,
// a TV transcript line, pull-quotes signed on the next line, Telegram posts,
// with a hard negative (a document's words), found in public pages and
// labelled before the analysis ran on them.
func seventeenthRound(id string) bool {
	return strings.HasPrefix(id, "q17-ru-")
}

// Floors of the seventeenth round (seventeenthRound), kept apart from the
// earlier rounds' so that rounds added in parallel merge cleanly.
//
// Seventeenth round of articles: 25 Russian articles with 34 quotations (1
// hard negative), labelled blind after the sixteenth round of rules and
// scored once before any rule was written from them: tuning half (13
// articles, 18 quotations) precision 1.000, recall 0.389 (7 of 18);
// held-out (12 articles, 16 quotations) 1.000, 0.875 (14 of 16); both
// halves 1.000, 0.618. The tuning misses are interview turns and their
// continuation paragraphs, a TV transcript's answer under «Рахмон:», a
// defendant's speech without marks, dash turns split by their attribution,
// «— подчеркнул президент», «- призвал он» after a genitive name. Whole set
// at that run: tuning 1.000, 0.927 (en 1.000, 0.931; ru 1.000, 0.923);
// held-out 0.941, 0.716 (en 0.929, 0.796; ru 0.953, 0.655). The floors sat
// at the blind figures.
//
// Then candidate generators for speech no span covered, written from the
// tuning half's "never a candidate" misses and general patterns of both
// languages (quote_unmarked.go, quote_demonym.go, quote_signed.go): a
// transcript's speaker line over the answer; a speech under an address
// after its speaker takes the floor or greets; first-person paragraphs
// going on with an unmarked answer; dash answers read as list items, after
// a question to the speaker of the turn before, across a reporter's aside
// or a section heading, after a request without a question mark; a
// demonym before the name; colon speech without marks in the first
// person, or after a dash; interviews printed without dashes; quotations
// signed «…» — Name; attribution dashes without a comma; mixed, single
// and typewriter marks. Tuning half of the round 1.000, 0.778 (14 of 18);
// held-out 1.000, 0.875, unchanged. Whole set tuning 1.000, 0.949 (en
// 1.000, 0.937; ru 1.000, 0.959); held-out 0.941, 0.716 (en 0.929, 0.796;
// ru 0.953, 0.655), unchanged from the blind run: the generators found no
// held-out quotation more and lost none. The held-out figures were read
// twice in the round (the blind run and this one; one more run printed
// them into a filter that kept tuning lines only). The tuning recall floor
// is raised to the figure reached.
const (
	floorSeventeenthPrecisionTune = 0.98
	floorSeventeenthRecallTune    = 0.77
	floorSeventeenthPrecisionHeld = 0.98
	floorSeventeenthRecallHeld    = 0.87
)

// checkSeventeenthRound holds the seventeenth round to its floors (checkRound).
func checkSeventeenthRound(t *testing.T, card func(string) *quoteScoreCard, report func(string, *quoteScoreCard)) {
	t.Helper()
	checkRound(t, card, report, "q17-ru-", roundFloors{floorSeventeenthPrecisionTune, floorSeventeenthRecallTune, floorSeventeenthPrecisionHeld, floorSeventeenthRecallHeld})
}
