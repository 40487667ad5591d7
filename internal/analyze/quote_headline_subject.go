package analyze

import "strings"

// The headline's subject. A report often names its person once, in the
// headline, and goes on with "she"/«она» and a role: «Набиуллина
// раскрыла …» over «Она рассказала … «…», — добавила глава ведомства»,
// "Bekova unveils …" over "She said … “…,” the minister added". When the
// body names no one before such a quotation, the headline's one person is
// who the pronoun and the role mean.

// headlineSurname returns the one surname a headline opens a clause with,
// alone, before a lower-case verb («Набиуллина раскрыла …», "Bekova says
// …"), and the sex the surname or a Russian past-tense verb gives; "" when
// the headline has no such word, or more than one capitalised name word.
// The word must end like a surname or be a public figure's surname.
func (a *Analyzer) headlineSurname(d *doc) (string, nameGender) {
	if len(d.ttoks) < 2 || !d.ru && headlineCase(d.ttoks) {
		return "", genderNone
	}
	tw := func(i int) string { return string(d.norm[d.ttoks[i].ns:d.ttoks[i].ne]) }
	name, g := "", genderNone
	people := 0 // surnames standing alone, before a verb or not
	for i := range d.ttoks {
		if !a.titleNameWord(d, i) || i > 0 && d.ttoks[i-1].has(fCap) && d.title[d.ttoks[i-1].e:d.ttoks[i].s] == " " {
			continue
		}
		if i+1 < len(d.ttoks) && d.ttoks[i+1].has(fCap) && d.title[d.ttoks[i].e:d.ttoks[i+1].s] == " " {
			continue // a longer capitalised run: headlinePerson reads it
		}
		w := tw(i)
		if !surnameShaped(w) && knownSurnameIndex(w) < 0 {
			continue
		}
		people++
		if i+1 >= len(d.ttoks) || d.ttoks[i+1].has(fCap) || d.title[d.ttoks[i].e:d.ttoks[i+1].s] != " " {
			continue
		}
		v := tw(i + 1)
		vg := genderNone
		if d.ru {
			switch {
			case strings.HasSuffix(v, "ла") || strings.HasSuffix(v, "лась"):
				vg = genderFemale
			case strings.HasSuffix(v, "л") || strings.HasSuffix(v, "лся"):
				vg = genderMale
			case !speechVerbs[v]:
				continue
			}
		} else if !speechVerbs[v] && !(strings.HasSuffix(v, "s") && len(v) >= 4 && !strings.HasSuffix(v, "ss")) {
			continue
		}
		if name != "" {
			return "", genderNone // two people
		}
		name = d.title[d.ttoks[i].s:d.ttoks[i].e]
		g = surnameGender(w)
		if p := knownSurnameIndex(w); p >= 0 {
			g = genderMale
			if knownPersons[p].female() {
				g = genderFemale
			}
		}
		if vg != genderNone {
			if g != genderNone && g != vg {
				return "", genderNone
			}
			g = vg
		}
	}
	if people > 1 {
		return "", genderNone // "Bekova says Omarov will …": two people
	}
	return name, g
}

// knownSurnameIndex returns the index of the public figure of the person
// table whose surname is w (lower case), or -1.
func knownSurnameIndex(w string) int {
	if i, ok := knownSurnameIndexes[surnameKey(w)]; ok {
		return i
	}
	return -1
}

// knownSurnameIndexes map the surnames of the person table, in both
// alphabets, to the first person bearing them; built once.
var knownSurnameIndexes = func() map[string]int {
	m := make(map[string]int, 2*len(knownPersons))
	for i, p := range knownPersons {
		for _, n := range []string{p.ru, p.en} {
			if k := surnameKey(lastWord(n)); k != "" {
				if _, ok := m[k]; !ok {
					m[k] = i
				}
			}
		}
	}
	return m
}()

// headlineSurnamePronoun resolves "she"/«она» that no person of the body
// can mean to the surname the headline opens a clause with, when its sex
// is not the other one (headlinePronoun has found no headline name of two
// words).
func (a *Analyzer) headlineSurnamePronoun(d *doc, q quoteSpan) string {
	if a.headlinePerson(d) != "" {
		return "" // a name of two words besides, which headlineTitledPronoun refused
	}
	name, g := a.headlineSurname(d)
	if name == "" || q.ref.female && g == genderMale || !q.ref.female && g == genderFemale {
		return ""
	}
	return name
}

// roleHeadlineSubject resolves a role («— добавила глава министерства»,
// "the minister added") to the headline's one person when the body names
// no one before the quotation and a sentence of the quotation's paragraph
// or the one before, before the quotation, has "he"/"she"/«он»/«она» of
// that person's sex for its subject: the body goes on about the headline's
// person. A Russian verb of the other sex, or a public figure whom the
// person table gives another office, is no one.
func (a *Analyzer) roleHeadlineSubject(d *doc, q quoteSpan, mentions []mention) string {
	for _, m := range mentions {
		if m.pos < q.open {
			return ""
		}
	}
	var g nameGender
	name := a.headlinePerson(d)
	if name != "" {
		g = surnameGender(strings.ToLower(lastWord(name)))
	} else if name, g = a.headlineSurname(d); name == "" {
		return ""
	}
	if p := knownSurnameIndex(strings.ToLower(lastWord(name))); p >= 0 && otherOffice(knownPersons[p].role, q.ref.role) {
		return ""
	}
	if vs := d.roleVerbSex(q); vs == genderMale || vs == genderFemale {
		if g != genderNone && g != vs {
			return ""
		}
		g = vs
	}
	lo := int(d.paras[q.para].s)
	if q.para > 0 {
		lo = int(d.paras[q.para-1].s)
	}
	for k := d.tokAt(lo); k < len(d.btoks) && int(d.btoks[k].s) < q.open; k++ {
		w := d.word(k)
		if !pronounKind(w) || w != "he" && w != "she" && w != "он" && w != "она" {
			continue
		}
		if !d.sentenceStartAt(k) && !strings.Contains(d.gapBefore(k), ",") {
			continue // an object or a clause of someone else's
		}
		if female := femalePronoun(w); female && g == genderMale || !female && g == genderFemale {
			return ""
		}
		return name
	}
	return ""
}
