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

// onePersonWord reports whether the one-word speaker at token i of
// quotation q is a person's name: by an apposition the article gives that
// word elsewhere, or, in Russian, by a feminine past-tense speech verb
// with a word ending in a consonant («— рассказала Айгерим», «— сказала
// Ким»): a body's or a thing's name of that shape is masculine («—
// сообщил Росстат»), so only a woman's name takes the feminine verb.
func (a *Analyzer) onePersonWord(d *doc, q quoteSpan, i int) bool {
	t := &d.btoks[i]
	w := d.word(i)
	if !t.has(fCap) || t.has(fAllCaps) || t.has(fDigit) || d.ru != t.has(fCyr) || len([]rune(w)) < 3 ||
		t.id != 0 && !a.isLeaderToken(d, i) || d.listed(i, rwNotName) || d.listed(i, rwTitleWord) || d.listed(i, rwRoleNoun) || d.listed(i, rwPersonNoun) ||
		institutionWords[w] || mediaWords[w] || d.ru && ruBodyShortForm(w) || a.isPlaceToken(d, i) {
		return false
	}
	if d.ru && d.attributionGender(q) == genderFemale && !strings.ContainsRune("аяоеёиыуюэь", lastRuneOf(w)) &&
		surnameGender(w) == genderNone && t.id == 0 && !d.inLongerName(w) {
		// (A man's surname with a feminine verb, «— сказала Тумусов», is
		// no one: surname.go; a word of a longer name the article gives
		// is that name's, which fullName reads or refuses.)
		return true
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
		case d.listed(j, rwPersonNoun) || d.listed(j, rwRoleNoun):
			return true
		case w == "a" || w == "an" || w == "the" || !d.btoks[j].has(fCap) && !d.btoks[j].has(fDigit):
			continue // articles and adjectives before the noun
		case a.isPlaceToken(d, j):
			continue // "an Almaty resident"
		}
	}
	return false
}

func lastRuneOf(w string) rune {
	r := []rune(w)
	return r[len(r)-1]
}

// inLongerName reports whether the word w stands anywhere in the body
// beside another capitalised word, as a word of a longer name («с
// Даниэлой Харрисон» for «— сказала Харрисон»).
func (d *doc) inLongerName(w string) bool {
	for k := range d.btoks {
		if d.word(k) != w {
			continue
		}
		if k > 0 && d.btoks[k-1].has(fCap) && d.contiguous(k-1, k) ||
			k+1 < len(d.btoks) && d.btoks[k+1].has(fCap) && d.contiguous(k, k+1) {
			return true
		}
	}
	return false
}
