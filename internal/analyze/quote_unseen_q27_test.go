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
// ru 0.954, 0.650). The floors sat at the blind figures.
//
// The blind tuning half's errors, by kind: wrong speakers 4 — "he" after
// "Galipo, the attorney for the family, disputed …" (a surname the page
// gives alone, with a role's apposition) given to another attorney named
// in full in the paragraph before (2); a judicial honorific read as a
// name ("Her Honour Justice Kaul QC": "she said" given to "Her Honour",
// 1); an outlet's possessive read into the name ("Sky News’ Kay Burley",
// 1). Misses 17: quotations of fewer than six words after "he said" or
// "he told X" (2, refused by design); a paragraph of speech closed before
// the next paragraph's "“…,” said X" and words after "X signed off by
// paying tribute to Y, who …" or "He also counted Y and Z as …" with no
// verb (3); judges' words in single marks after "the judge interrupted
// the submission to say:", "but added '…'" and "said for the benefit of
// the defendant, '…'" (3); a role ("The prime minister replied") whose
// holder the page names only as an object earlier (1); bare surnames
// given once, refused by design (Hestrin, Galipo, Hallett: 4); a
// quotation closed inside its sentence ("… no bill\" of indictment, she
// said", 1); a split quotation around a reporter's sentence ("said to
// Johnson during PMQs:" after a long apposition, 1); a player's
// appreciation paragraph without a verb (1); the interviewer's question
// given under the outlet's name (1, the wrong speaker above).
//
// Then rules for the three wrong-speaker kinds, each with English and
// Russian table tests, no other round's tuning figure moving: a bare
// surname with a role's apposition stops a pronoun
// (quote_bare_apposition.go), an outlet's possessive is cut from a name
// run, honorifics are titles (person.go). Tuning 1.000 (26 of 26), 0.619
// (26 of 42); held-out 0.900, 0.588 (unchanged); whole set tuning 1.000,
// 0.891 (en 1.000, 0.884); held-out 0.914, 0.692 (en 0.883, 0.731; ru
// 0.954, 0.650), unchanged from the blind run. The held-out figures were
// read twice: the blind run and this one. A conjunction before a colon
// sentence's role subject ("But the judge interrupted … to say: '…'") was
// tried and dropped: the page's role then went to the prosecutor who
// spoke before the judge.
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
