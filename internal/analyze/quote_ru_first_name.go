package analyze

import (
	"strings"
	"unicode/utf8"
)

// ruPersonFirstName reads, right after a Russian speech verb, a person's
// noun with an optional complement in the genitive and a first name alone
// ending the clause («— рассказал пассажир автобуса Александр», «—
// говорит жительница поселка Нина», «— рассказала пенсионерка Галина»):
// ordinary people are often given by their first name only, and the
// speaker is given as written (refGiven). The name must be one
// capitalised Cyrillic word that is no surname by its ending, no place and
// no title, agree with a past verb's sex, and end the clause; a
// surname-shaped word, a place («житель Алматы») or two capitalised words
// leave it to the other rules.
func (a *Analyzer) ruPersonFirstName(d *doc, i, limit int) (speakerRef, int, bool) {
	fail := func() (speakerRef, int, bool) { return speakerRef{}, i, false }
	in := func(k int) bool { return k < len(d.btoks) && int(d.btoks[k].s) < limit }
	if !d.ru || !in(i) || i == 0 || !d.listed(i-1, rwSpeechVerb) || !d.listed(i, rwPersonNoun) || d.btoks[i].has(fCap) {
		return fail()
	}
	k := i + 1
	// The complement: up to three lower-case words («автобуса»,
	// «соседнего дома», «из Твери» is not read).
	for n := 0; n < 3 && in(k) && !d.btoks[k].has(fCap) && d.contiguous(k-1, k) && ruGenitiveEnd(d.word(k)); n++ {
		k++
	}
	if !in(k) || !d.contiguous(k-1, k) || d.gapBefore(k) != " " {
		return fail()
	}
	if !a.ruLoneFirstName(d, k, limit, ruVerbGender(d.word(i-1))) {
		return fail()
	}
	t := &d.btoks[k]
	return speakerRef{kind: refGiven, name: d.body[t.s:t.e]}, k + 1, true
}

// ruLoneFirstName reports whether token k is a first name standing alone:
// one capitalised Cyrillic word that is no surname by its ending, no place,
// no known surname and no title, not followed by another capitalised word,
// and of the sex g a past verb shows (genderNone: any).
func (a *Analyzer) ruLoneFirstName(d *doc, k, limit int, g nameGender) bool {
	t := &d.btoks[k]
	w := d.word(k)
	if !t.has(fCap) || t.has(fAllCaps) || t.has(fDigit) || t.has(fLatin) || utf8.RuneCountInString(w) < 3 ||
		surnameGender(w) != genderNone || a.isPlaceToken(d, k) || a.knownSurname(w) || d.listed(k, rwTitleWord) || d.listed(k, rwNotName) {
		return false
	}
	if k+1 < len(d.btoks) && int(d.btoks[k+1].s) < limit && d.gapBefore(k+1) == " " && d.btoks[k+1].has(fCap) {
		return false // a first name and a surname: the name rules read it
	}
	switch {
	case g == genderFemale && !strings.ContainsAny(lastRune(w), "аяь") && !strings.HasSuffix(w, "ль"):
		return false
	case g == genderMale && strings.ContainsAny(lastRune(w), "аяь") && w != "илья" && w != "никита":
		return false
	}
	return true
}

// morePersonNouns are ordinary people a report quotes by what they are
// there: a passenger, a neighbour.
var morePersonNouns = []string{"пассажир", "пассажирка", "сосед", "соседка", "passenger", "neighbour", "neighbor"}

func init() {
	for _, w := range morePersonNouns {
		personNouns[w] = true
	}
}

// sentencePersonNoun reports whether token i is a person's noun opening
// its sentence before a capitalised word: «Пассажирка Ольга рассказала»,
// «Жительница Нина говорит», "Passenger Olga said". Capitalised only
// because it opens the sentence, it is no first name; the name after it
// stands alone.
func (d *doc) sentencePersonNoun(i int) bool {
	return i+1 < len(d.btoks) && d.listed(i, rwPersonNoun) && d.btoks[i].has(fCap) && !d.btoks[i].has(fAllCaps) &&
		d.sentenceStartAt(i) && d.btoks[i+1].has(fCap) && d.contiguous(i, i+1)
}
