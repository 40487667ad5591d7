package analyze

import (
	"strings"
	"testing"
)

// twentyFirstRoundRu reports whether a labelled article belongs to the
// Russian round labelled after the twentieth round of rules (ids
// "q21-ru-"): ordinary daily news as a reader's feed carries it, not
// chosen for hard cases, from Russian federal and regional pages
// (governors' addresses, the Duma, fuel prices and their experts,
// football and hockey coaches), Kazakh agencies and city pages (ministers
// on inflation, Almaty's akims), Kyrgyz parliament pages, an Uzbek city
// hall, Belarusian health and court pages and a Ukrainian regional
// governor, found in public pages and labelled before the analysis ran
// on them.
func twentyFirstRoundRu(id string) bool {
	return strings.HasPrefix(id, "q21-ru-")
}

// Floors of the twenty-first Russian round (twentyFirstRoundRu), kept
// apart from the earlier rounds' so that rounds added in parallel merge
// cleanly.
//
// Twenty-first Russian round of articles: 33 Russian articles with 53
// quotations, labelled blind after the twentieth round of rules and
// scored once before any rule was written from them: tuning half (16
// articles, 24 quotations) precision 0.917 (11 of 12), recall 0.500 (12
// of 24); held-out (17 articles, 29 quotations) 1.000 (18 of 18), 0.621
// (18 of 29); both halves 0.967, 0.566. Whole set at that run: tuning
// 0.995, 0.916 (en 0.994, 0.927; ru 0.995, 0.907); held-out 0.929, 0.692
// (en 0.895, 0.757; ru 0.962, 0.645). Twelve pages first found for the
// round were already in the set under earlier rounds' ids and were left
// out before the run. Each floor sat a step below the blind figure.
//
// The Russian tuning misses then, this round's 12 and 10 of earlier
// rounds, by cause: a role or a lone surname that did not resolve (5: a
// town's name as a first name after a title's place, «аким Алматы Дархан
// Сатыбалды»; a company's Latin name and a region's genitive adjective
// beside the name, «компании Prime Дмитрий Лёушкин», «Ближнего
// Востока»; a premier by country; «глава» with a feminine verb); a
// speaker's line whose title holds a club in marks (2); quotations cut off
// by the page (3: after the speaker's colon, 2; opening the last
// paragraph, 1); verbs missing («выразился», a split quotation, 2); too
// short (3); dash speech without marks (2); no verb (2); nested „…“ marks,
// a pronoun (2); one wrong speaker (a pronoun past «связаться с X» taken to
// the first person named). Rules for the larger classes and for patterns
// beside them in both languages, each with table tests: title
// abbreviations with their dot and glued Cyrillic initials
// (quote_abbrev_test.go); speaker lines with a club in marks or the title
// in brackets; a town's name as a first name; quotations cut off after a
// colon; a Russian pronoun past a person named after a preposition; more
// verbs; source phrases with genitive adjectives, a role's complement and
// «цитирует X:»; names in one alphabet; outlets in marks or Latin between
// the speaker and the verb. A rule for quotations cut off at the opening
// of the last paragraph was dropped: it contradicted
// TestQuotesCutOffAtTheEnd and failed a floor (its figures not read).
// Tuning half of the round 1.000, 0.875 (21 of 24); whole set tuning
// 0.995, 0.916 -> 0.997, 0.937 (ru 0.995, 0.907 -> 1.000, 0.945; en
// 0.994, 0.927 as before); every other round's tuning figures as before.
// Held-out, read a second time after the rules: whole set 0.929, 0.692 ->
// 0.929, 0.695 (ru 0.962, 0.645 -> 0.962, 0.649; en 0.895, 0.757 as
// before); this round's held-out 1.000, 0.621 -> 1.000, 0.655. The
// held-out figures were read twice in the round: the blind run and this
// one. The tuning floors are raised to the figures reached.
const (
	floorTwentyFirstRuPrecisionTune = 0.98
	floorTwentyFirstRuRecallTune    = 0.87
	floorTwentyFirstRuPrecisionHeld = 0.94
	floorTwentyFirstRuRecallHeld    = 0.65
)

// checkTwentyFirstRoundRu holds the round to its floors (checkRound).
func checkTwentyFirstRoundRu(t *testing.T, card func(string) *quoteScoreCard, report func(string, *quoteScoreCard)) {
	t.Helper()
	checkRound(t, card, report, "q21-ru-", roundFloors{floorTwentyFirstRuPrecisionTune, floorTwentyFirstRuRecallTune, floorTwentyFirstRuPrecisionHeld, floorTwentyFirstRuRecallHeld})
}
