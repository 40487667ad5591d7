package analyze

import "strings"

// headlineRoleHolder resolves a Russian role that no person of the body
// can hold — the body names no one before the quotation — to the one
// person the headline names: by two or three words (headlinePerson), or by
// one surname-shaped word («Набиуллина раскрыла отношение к мемам» over «Она
// выразила свою позицию … «…», — добавила глава Банка России»). The verb of
// the attribution must agree with the surname's sex where both show it.
// English headlines capitalise every word and take no part.
func (a *Analyzer) headlineRoleHolder(d *doc, q quoteSpan, mentions []mention) string {
	if !d.ru {
		return ""
	}
	for _, m := range mentions {
		if m.pos < q.open {
			return "" // someone of the body may hold the role: roleSubject decides
		}
	}
	name := a.headlinePerson(d)
	if name == "" {
		name = a.headlineSurname(d)
	}
	if name == "" {
		return ""
	}
	sur := lastWord(name)
	female, known := ruNominativeSurnameSex(sur)
	if vf, ok := d.attributionVerbSex(q); known && ok && vf != female {
		return ""
	}
	return name
}

// headlineSurname returns the one surname-shaped word the headline gives
// alone (no capitalised word beside it), or "" when none or two.
func (a *Analyzer) headlineSurname(d *doc) string {
	sur := ""
	for i := range d.ttoks {
		if !a.titleNameWord(d, i) {
			continue
		}
		w := d.title[d.ttoks[i].s:d.ttoks[i].e]
		if !surnameShaped(w) || !isCyrillicText(w) {
			continue
		}
		if i+1 < len(d.ttoks) && d.ttoks[i+1].has(fCap) && d.title[d.ttoks[i].e:d.ttoks[i+1].s] == " " ||
			i > 0 && d.ttoks[i-1].has(fCap) && d.title[d.ttoks[i-1].e:d.ttoks[i].s] == " " {
			return "" // a longer capitalised run: a name of several words or a body
		}
		if sur != "" && sur != w {
			return ""
		}
		sur = w
	}
	return sur
}

// ruNominativeSurnameSex tells a Russian surname's sex by its nominative
// ending (Набиуллина, Бекова, Смоленская are women's; Досаев, Смоленский
// men's); known is false for an ending that shows none (Шевченко).
func ruNominativeSurnameSex(w string) (female, known bool) {
	w = strings.ToLower(w)
	for _, e := range [...]string{"ова", "ева", "ёва", "ина", "ына", "ская", "цкая"} {
		if strings.HasSuffix(w, e) {
			return true, true
		}
	}
	for _, e := range [...]string{"ов", "ев", "ёв", "ин", "ын", "ский", "цкий"} {
		if strings.HasSuffix(w, e) {
			return false, true
		}
	}
	return false, false
}

// attributionVerbSex tells the sex a Russian speech verb right after
// quotation q shows («— добавила», «— сказал»).
func (d *doc) attributionVerbSex(q quoteSpan) (female, ok bool) {
	k := d.tokAt(q.end)
	for n := 0; n < 3 && k < len(d.btoks); n, k = n+1, k+1 {
		w := d.word(k)
		if !speechVerbs[w] {
			continue
		}
		switch {
		case strings.HasSuffix(w, "ла") || strings.HasSuffix(w, "лась"):
			return true, true
		case strings.HasSuffix(w, "л") || strings.HasSuffix(w, "лся"):
			return false, true
		}
		return false, false
	}
	return false, false
}
