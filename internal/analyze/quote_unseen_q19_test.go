package analyze

import (
	"strings"
	"testing"
)

// nineteenthRound reports whether a labelled article belongs to the
// English round labelled after the seventeenth round of rules (ids
// "q19-en-"), beside a Russian round labelled in parallel: ordinary daily
// news as a reader's feed would carry them, from Kazakh, Kyrgyz, Uzbek,
// Azerbaijani, Armenian, Pakistani, Russian, Ukrainian, Baltic, Nordic,
// Romanian, Cypriot, Nigerian, Indian, Iranian, British, American and
// Australian outlets and agencies (presidents and ministers at meetings,
// spokespeople answering their neighbours, energy ministers on gas prices,
// a coach's answers under "he said,", a tennis final, company results and
// analysts), with hard negatives (an official statement naming a minister
// inside its words, a ministry document, a ministry's statement, scare
// quotes, names of conferences, codes' articles and funds in marks), found
// in public pages and labelled before the analysis ran on them.
func nineteenthRound(id string) bool {
	return strings.HasPrefix(id, "q19-en-")
}

// Floors of the nineteenth round (nineteenthRound), kept apart from the
// earlier rounds' so that rounds added in parallel merge cleanly.
//
// Nineteenth round of articles: 28 English articles with 49 quotations (3
// hard negatives), labelled blind and scored once before any rule was
// written from them: tuning half (16 articles, 27 quotations) precision
// 0.875 (21 of 24), recall 0.778 (21 of 27); held-out (12 articles, 22
// quotations) 0.750 (15 of 20), 0.682 (15 of 22); both halves 0.818,
// 0.735. Whole set at that run: tuning 0.992, 0.940 (en 0.983, 0.914; ru
// 1.000, 0.964); held-out 0.927, 0.716 (en 0.904, 0.781; ru 0.953, 0.660).
// The floors sat at the blind figures.
//
// Five labels were then added by the labelling rule, read from the
// bodies: the second part of a split quotation after its attribution is
// a quotation of its own, as the earlier rounds label them (2 tuning, 3
// held-out articles). With them, and no rule changed, tuning 0.958 (23 of
// 24), 0.793 (23 of 29); held-out 0.900 (18 of 20), 0.720 (18 of 25); read
// through a both-halves line.
//
// Then rules from the tuning half's misses, general for both languages
// (quote_reported.go): a sentence citing one person as its source ("media
// quoted X as saying that … Y …", «привели слова X») goes on with X in "he
// said"; a quotation opening its paragraph goes on with the speaker of the
// paragraph before across a reporter's sentence after it; a surname after
// an honorific ("Mr Teo", "Ms. Okonjo-Iweala") is a name. Tuning 0.962
// (25 of 26), 0.862 (25 of 29). The tuning floors are raised to it. The
// rules after it (long titles, a person's aide, a public figure's surname
// that is a country cue) left the round's tuning figures as they were.
// Whole set tuning 0.997, 0.940 -> 0.997, 0.945 (363 of 384). The
// held-out figures were read three times in the round: the blind run, a
// both-halves line of this round after the label correction, and one
// failing floor's line (articles before the fifth round, for a rule then
// dropped); later runs showed only whether the floors held. A later
// session's aside rule ("The government, she said, has …",
// quote_pronoun_aside.go) took the round's tuning half to 1.000, 0.931
// (27 of 29), and its tuning floors to 0.98, 0.92.
const (
	floorNineteenthPrecisionTune = 0.98
	floorNineteenthRecallTune    = 0.92
	floorNineteenthPrecisionHeld = 0.75
	floorNineteenthRecallHeld    = 0.68
)

// checkNineteenthRound holds the nineteenth round to its floors (checkRound).
func checkNineteenthRound(t *testing.T, card func(string) *quoteScoreCard, report func(string, *quoteScoreCard)) {
	t.Helper()
	checkRound(t, card, report, "q19-en-", roundFloors{floorNineteenthPrecisionTune, floorNineteenthRecallTune, floorNineteenthPrecisionHeld, floorNineteenthRecallHeld})
}
