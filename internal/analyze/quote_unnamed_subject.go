package analyze

import "strings"

// unnamedPersonSubject reports whether the sentence [lo, hi) that names no
// one opens with an unnamed person for its subject ("A local farmer, who
// asked not to be named, showed …", «Местный фермер, пожелавший остаться
// неизвестным, показал …», "One woman was crying …", «Одна из жительниц
// плакала …»): "he"/«она» after it may well mean that person, whom no name
// gives, so no one named further back is the speaker. A noun of the
// other sex than the pronoun (female) does not count. The subject's noun
// must stand within the sentence's first four words, with no capitalised
// word or preposition before it.
func (d *doc) unnamedPersonSubject(lo, hi int, female bool) bool {
	k := d.tokAt(lo)
	if d.ageEpithetSubject(k, hi, female) {
		return true // "The 65-year-old also bragged …" (quote_age_subject.go)
	}
	for j := k; j < k+4 && j < len(d.btoks) && int(d.btoks[j].s) < hi; j++ {
		w := d.word(j)
		if j > k && (d.btoks[j].has(fCap) || strings.ContainsAny(d.gapBefore(j), ".;:—–")) || mentionPrepositions[w] {
			return false
		}
		g, ok := unnamedPersonSex(w)
		if !ok {
			continue
		}
		return g == genderNone || g == genderFemale == female
	}
	return false
}

// unnamedPersonSex reads a person's noun as a subject: the nouns a report
// gives people it does not name (personNouns, "man", «женщина», «одна из
// жительниц») and the sex the noun gives, if any.
func unnamedPersonSex(w string) (nameGender, bool) {
	switch w {
	case "man", "мужчина", "житель", "жителей", "фермер", "очевидец", "пенсионер", "отец", "папа":
		return genderMale, true
	case "woman", "женщина", "жительница", "жительниц", "пенсионерка", "мать", "мама", "очевидица", "студентка",
		"учительница", "медсестра", "журналистка", "беженка", "владелица", "продавщица", "участница",
		"mother", "grandmother", "businesswoman":
		return genderFemale, true
	case "член", "участник", "local", "рабочий", "owner", "worker":
		// «член комиссии X»: a title before a name; "local authorities",
		// «рабочий день», "business owner": adjectives and compounds
		return genderNone, false
	}
	if personNouns[w] {
		return genderNone, true
	}
	return genderNone, false
}
