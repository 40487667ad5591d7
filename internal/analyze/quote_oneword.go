package analyze

import "strings"

// A speaker given by one word the article never gives in full («—
// рассказала Айгуль», "Raushan told reporters") is the name as written
// when the article elsewhere says the word is a person's: an apposition
// right after it that describes a person («Айгуль, жительница Алматы,»,
// "Raushan, an Almaty resident,", «Нурлан, пенсионер из Оша,», "Raushan,
// 45,"). A word the lexicons know (a place, a company, a body), a body's
// short name (Минфин), a title, a month or an acronym is none, and an
// apposition of a body («Росстат, статистическое ведомство,», "Rosstat,
// the statistics agency,") says nothing of a person.

// onePersonWord reports whether the one-word speaker at token i is a
// person's name by an apposition the article gives that word elsewhere.
func (a *Analyzer) onePersonWord(d *doc, i int) bool {
	t := &d.btoks[i]
	w := d.word(i)
	if !t.has(fCap) || t.has(fAllCaps) || t.has(fDigit) || d.ru != t.has(fCyr) || len([]rune(w)) < 3 ||
		t.id != 0 && !a.isLeaderToken(d, i) || notNames[w] || titleWords[w] || roleNouns[w] || personNouns[w] ||
		institutionWords[w] || mediaWords[w] || d.ru && ruBodyShortForm(w) || a.isPlaceToken(d, i) {
		return false
	}
	for k := range d.btoks {
		if k == i || d.word(k) != w || !d.btoks[k].has(fCap) {
			continue
		}
		if a.personApposition(d, k) {
			return true
		}
	}
	return false
}

// personApposition reports whether the word at token k is followed by a
// comma and an apposition describing a person: an age, or within its
// first three words a person's noun or a role noun (not a body's: "the
// statistics agency"), before the next comma or
// the sentence's end ("Raushan, an Almaty resident,", «Айгуль, 45 лет,»).
func (a *Analyzer) personApposition(d *doc, k int) bool {
	if k+1 >= len(d.btoks) || strings.TrimSpace(d.gapBefore(k+1)) != "," || d.btoks[k+1].has(fCap) && !d.btoks[k+1].has(fDigit) && !d.ru {
		return false
	}
	if k > 0 && d.btoks[k-1].has(fCap) && d.contiguous(k-1, k) {
		return false // the last word of a longer name
	}
	for j := k + 1; j < len(d.btoks) && j <= k+3; j++ {
		if j > k+1 && strings.ContainsAny(d.gapBefore(j), ",.;:!?()«»“”\"") {
			return false
		}
		w := d.word(j)
		switch {
		case j == k+1 && d.btoks[j].has(fDigit):
			return true // "Raushan, 45,", «Айгуль, 45 лет,»
		case personNouns[w] || roleNouns[w]:
			return true
		case w == "a" || w == "an" || w == "the" || !d.btoks[j].has(fCap) && !d.btoks[j].has(fDigit):
			continue // articles and adjectives before the noun
		case a.isPlaceToken(d, j):
			continue // "an Almaty resident"
		}
	}
	return false
}
