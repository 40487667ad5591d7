package analyze

import "strings"

// objectOfOpeningPronoun reports whether the person named at pos is the
// object of a sentence whose subject is the pronoun that opens it, in the
// same clause ("They told Aigul Bekova she was a liar, adding “…”", «Они
// обвинили Айгуль Бекову во лжи, добавив: «…»»): the speaker of the
// participle ("adding", «добавив») is then the pronoun, not that person.
// A comma, a colon, a dash or a conjunction between them opens a clause of
// its own ("They left, and Bekova said, adding …").
func (d *doc) objectOfOpeningPronoun(lo, pos int) bool {
	k, m := d.tokAt(lo), d.tokAt(pos)
	if k >= m || m >= len(d.btoks) || !subjectPronouns[d.word(k)] {
		return false
	}
	for j := k + 1; j <= m; j++ {
		if strings.ContainsAny(d.gapBefore(j), ",;:—–") || clauseJoiners[d.word(j)] {
			return false
		}
	}
	return true
}

// subjectPronouns open a sentence as its subject.
var subjectPronouns = map[string]bool{
	"he": true, "she": true, "they": true, "we": true, "i": true,
	"он": true, "она": true, "они": true, "мы": true, "я": true,
}
