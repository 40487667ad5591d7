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
		if !ok && j > k {
			// "A spokesman from X’s office said …", «Один из
			// представителей министерства сообщил …»: an office's
			// unnamed holder, given with an indefinite word.
			g, ok = unnamedOfficial(d.word(j-1), w)
		}
		if !ok {
			continue
		}
		return g == genderNone || g == genderFemale == female
	}
	return false
}

// unnamedOfficials are the nouns of an office's unnamed holder, with the
// sex the noun gives: after "a"/"an" in English, after «из» («один из
// представителей») in Russian.
var unnamedOfficials = map[string]nameGender{
	"spokesman": genderMale, "spokeswoman": genderFemale, "spokesperson": genderNone, "official": genderNone,
	"representative": genderNone, "aide": genderNone, "source": genderNone,
	"представителей": genderNone, "сотрудников": genderNone, "чиновников": genderNone, "источников": genderNone,
	"помощников": genderNone, "представительниц": genderFemale, "сотрудниц": genderFemale,
}

// unnamedOfficial reads an office's unnamed holder: the noun w after the
// indefinite word before it ("a spokesman", «из представителей»).
func unnamedOfficial(before, w string) (nameGender, bool) {
	g, ok := unnamedOfficials[w]
	if !ok {
		return genderNone, false
	}
	switch before {
	case "a", "an":
		return g, w[0] < 0x80
	case "из":
		return g, w[0] >= 0x80
	}
	return genderNone, false
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
