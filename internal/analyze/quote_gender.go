package analyze

import (
	"strings"
)

// Surname endings that tell a man from a woman with one reading. English
// transliterations do not decline: -ova is a woman (Aigul Bekova), -ov a
// man. A Russian -ова may be a man's genitive (Каната Абдыкадырова), so
// only the nominative -ов and the instrumental -овым say a man, and the
// oblique -овой says a woman (Айгуль Бековой).
var (
	latinFemaleSurnames = []string{"ova", "eva", "yeva", "iyeva", "skaya", "tskaya"}
	latinMaleSurnames   = []string{"ov", "ev", "yev", "iev", "sky", "skiy", "skii", "vich"}
	ruFemaleSurnames    = []string{"овой", "евой", "ёвой", "иной", "ыной", "ской", "цкой"}
	ruMaleSurnames      = []string{"ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "овым", "евым", "ёвым", "иным", "ыным", "ским", "цким"}
)

// mentionGender tells the sex of a mentioned person from the person table,
// the surname's ending or, in Russian, the past-tense verb right after the
// name («Айгуль Бекова посетила», «Канат Абдыкадыров встретился»), or
// genderNone.
func (d *doc) mentionGender(m mention) nameGender {
	if m.person >= 0 {
		if knownPersons[m.person].female() {
			return genderFemale
		}
		return genderMale
	}
	if g := d.enNameGender(m); g != genderNone {
		return g // "Tom Reed", "Mrs Cole" (quote_en_first_names.go)
	}
	sur := strings.ToLower(lastWord(m.name))
	if !strings.Contains(m.name, " ") || len([]rune(sur)) < 5 {
		return genderNone // a lone word may be a first name or a title
	}
	female, male := latinFemaleSurnames, latinMaleSurnames
	if isCyrillicText(sur) {
		female, male = ruFemaleSurnames, ruMaleSurnames
	}
	for _, e := range female {
		if strings.HasSuffix(sur, e) {
			return genderFemale
		}
	}
	for _, e := range male {
		if strings.HasSuffix(sur, e) {
			return genderMale
		}
	}
	if first, _, _ := strings.Cut(m.name, " "); !isCyrillicText(sur) && (strings.HasSuffix(sur, "ina") || strings.HasSuffix(sur, "yna")) &&
		strings.HasSuffix(first, "a") {
		return genderFemale // "Alma Musina", "Aida Karina": an -a first name and a Slavic or Turkic -ina surname ("Raul Medina" stays open)
	}
	if d.ru {
		if g := d.ruVerbGender(m.pos); g != genderNone {
			return g
		}
		return d.ruTitledVerbGender(m.pos)
	}
	return genderNone
}

// ruTitledVerbGender reads the sex of the name at byte offset pos from a
// past-tense verb before a title in the nominative that stands against the
// name («выступила депутат Айгуль Бекова», «приехал министр Иван
// Петров»): the title makes the name the verb's subject, not its object.
func (d *doc) ruTitledVerbGender(pos int) nameGender {
	k := d.tokAt(pos)
	t := k - 1
	if t < 1 || d.btoks[t].has(fCap) || !d.listed(t, rwTitleWord) || !d.contiguous(t, k) || !d.contiguous(t-1, t) {
		return genderNone
	}
	v := t - 1
	if d.btoks[v].has(fCap) || len([]rune(d.word(v))) < 4 {
		return genderNone
	}
	switch w := d.word(v); {
	case strings.HasSuffix(w, "ла") || strings.HasSuffix(w, "лась"):
		return genderFemale
	case strings.HasSuffix(w, "л") || strings.HasSuffix(w, "лся"):
		return genderMale
	}
	return genderNone
}

// ruVerbGender reads the sex of the name at byte offset pos from a
// lower-case past-tense verb right after it: -ла (and -лась) a woman's,
// -л (and -лся) a man's.
func (d *doc) ruVerbGender(pos int) nameGender {
	k := d.tokAt(pos)
	for k+1 < len(d.btoks) && d.btoks[k+1].has(fCap) && d.contiguous(k, k+1) {
		k++
	}
	k++
	if k >= len(d.btoks) || d.btoks[k].has(fCap) || !d.contiguous(k-1, k) || len([]rune(d.word(k))) < 4 {
		return genderNone
	}
	switch w := d.word(k); {
	case strings.HasSuffix(w, "ла") || strings.HasSuffix(w, "лась"):
		return genderFemale
	case strings.HasSuffix(w, "л") || strings.HasSuffix(w, "лся"):
		return genderMale
	}
	return genderNone
}

// otherGender reports whether a mention is certainly not the person "he"
// or "she" (female) means.
func (d *doc) otherGender(m mention, female bool) bool {
	g := d.mentionGender(m)
	return female && g == genderMale || !female && g == genderFemale
}

// pronounOfGender returns the one person of [lo, hi), outside quotations,
// whose name says the pronoun's sex when the sentence's other people are
// all certainly of the other sex ("Kanat Abdykadyrov met Aigul Bekova.
// “…,” she said."; «Канат Абдыкадыров встретился с Айгуль Бековой. «…», —
// сказала она»), with the name in the nominative. ok is false when no one
// or more than one person can be meant.
func (a *Analyzer) pronounOfGender(d *doc, mentions []mention, spans []quoteSpan, lo, hi int, female bool) (string, bool) {
	var one mention
	found := false
	for _, m := range mentions {
		if m.pos < lo || m.pos >= hi || m.person < 0 && titleWords[strings.ToLower(m.name)] || !m.said && insideSpan(spans, m.pos) {
			continue
		}
		if d.otherGender(m, female) {
			continue
		}
		if d.mentionGender(m) == genderNone {
			return "", false // someone the pronoun may mean as well
		}
		if found && (m.person != one.person || m.person < 0 && !sameSpeaker(m.name, one.name)) {
			return "", false
		}
		one, found = m, true
	}
	if !found {
		return "", false
	}
	name := a.mentionName(d, one, female)
	if d.ru && one.person < 0 && ruOblique(lastWord(name), female) {
		// «с Айгуль Бековой»: the nominative of the name
		first, sur, _ := strings.Cut(name, " ")
		if strings.Contains(sur, " ") {
			return "", false
		}
		n, ok := ruNominativeName(first, sur)
		return n, ok
	}
	return d.pronounCase(one, name, female), name != ""
}

// ruNominativeOne resolves a Russian pronoun among the people a sentence
// [lo, hi) names when their case tells them apart: exactly one of the
// pronoun's gender is in the nominative, the subject, and the others are
// in an oblique case («Аким Ерлан Ахметов встретился с министром Айдаром
// Бековым», «Президенту Садыру Жапарову доложил министр Таалайбек
// Ибраев»). ok is false when no one is oblique (the other rules decide)
// or when the case leaves more than one or no one.
func (a *Analyzer) ruNominativeOne(d *doc, mentions []mention, spans []quoteSpan, lo, hi int, female bool) (string, bool) {
	if !d.ru {
		return "", false
	}
	var one mention
	found, oblique := false, false
	for _, m := range mentions {
		if m.pos < lo || m.pos >= hi || m.person < 0 && titleWords[strings.ToLower(m.name)] || !m.said && insideSpan(spans, m.pos) {
			continue
		}
		sur := lastWord(m.name)
		if m.person >= 0 || sur == "" {
			sur = d.word(d.tokAt(m.pos))
		}
		if !d.otherGender(m, female) && (m.said || !ruOblique(strings.ToLower(sur), female)) {
			// A speaker of the sentence is its subject too, unless of the
			// pronoun's other sex («Иван Рябов сказал: «…». «…», — сказала она»).
			if found && (m.person != one.person || m.person < 0 && !sameSpeaker(m.name, one.name)) {
				return "", false
			}
			one, found = m, true
			continue
		}
		oblique = true
	}
	if !found || !oblique {
		return "", false
	}
	name := a.mentionName(d, one, female)
	return name, name != ""
}

// allOtherGender reports whether every person [lo, hi) names outside
// quotations is certainly of the sex the pronoun is not.
func (d *doc) allOtherGender(mentions []mention, spans []quoteSpan, lo, hi int, female bool) bool {
	any := false
	for _, m := range mentions {
		if m.pos < lo || m.pos >= hi || m.person < 0 && titleWords[strings.ToLower(m.name)] || !m.said && insideSpan(spans, m.pos) {
			continue
		}
		if !d.otherGender(m, female) {
			return false
		}
		any = true
	}
	return any
}
