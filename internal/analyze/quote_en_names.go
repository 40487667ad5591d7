package analyze

import "strings"

// twoNamesStart returns where the full name ending at token i begins when
// the capitalised run walked back from it, [j, i], holds four words: no
// name is that long without a particle ("Mohammed bin Salman") or an
// initial, so the run is two people's names run together, the first
// whose the second is ("the lawyer of ex-minister Kuandyk Bishimbayev
// Leila Ramazanova", «адвокат экс-министра Куандыка Бишимбаева Лейла
// Рамазанова»): the name is the last two words, or three with a
// patronymic («Сергей Викторович Лавров»). Any other run keeps j.
func (d *doc) twoNamesStart(j, i int) int {
	if i-j != 3 {
		return j
	}
	for k := j; k < i; k++ {
		if d.nameParticle(k) || d.initial(k) {
			return j
		}
	}
	if isPatronymic(d.word(i - 1)) {
		return i - 2
	}
	return i - 1
}

// possessorOfPerson reports whether the English name at byte offset pos
// is the possessor of a person's noun ("Almazbek Atambayev's lawyer
// Sergei Slesarev", "Putin's press secretary"): whose lawyer or aide
// spoke, not the subject, as "the lawyer of X" is (ownedByNoun). A
// possessor of a thing ("Kobakhidze's party") stays a subject "he" may
// mean.
func (d *doc) possessorOfPerson(pos int) bool {
	if d.ru {
		return false
	}
	k := d.tokAt(pos)
	for k+1 < len(d.btoks) && d.btoks[k+1].has(fCap) && d.contiguous(k, k+1) {
		k++
	}
	if !d.possessive(k) {
		return false
	}
	for j, n := k+1, 0; j < len(d.btoks) && n < 3 && !d.btoks[j].has(fCap); j, n = j+1, n+1 {
		w := d.word(j)
		if w == "s" {
			n-- // the possessive's letter read as a word
			continue
		}
		if roleNouns[w] || personNouns[w] || enRelationNouns[w] || enPersonPlurals[w] {
			return true
		}
	}
	return false
}

// possessive reports whether token i ends in a possessive 's.
func (d *doc) possessive(i int) bool {
	t := &d.btoks[i]
	for _, p := range []string{"'s", "’s", "ʼs"} {
		if strings.HasSuffix(d.body[t.s:t.e], p) || strings.HasPrefix(d.body[t.e:], p) {
			return true
		}
	}
	return false
}

// enPersonPlurals are people a possessor has ("Atambayev's lawyers").
var enPersonPlurals = map[string]bool{
	"aides": true, "lawyers": true, "advisers": true, "advisors": true, "attorneys": true,
	"spokesmen": true, "relatives": true, "children": true, "sons": true, "daughters": true,
}
