package analyze

// soAttribution reads an attribution that points back at the quotation
// with «так» / "that is how" after its dash or comma: «…» — так Ерлан
// Ахметов ответил на вопрос журналистов; «…» — так прокомментировал
// ситуацию министр; «…» — такой ответ дал X; “…” — that is how Erlan
// Akhmetov put it; “…,” was how X put it. The words after the pointer
// are read as an attribution right after the quotation would be.
func (a *Analyzer) soAttribution(d *doc, k, limit int) speakerRef {
	in := func(j int) bool {
		return j < len(d.btoks) && int(d.btoks[j].s) < limit && (j == k || d.contiguous(j-1, j))
	}
	if !in(k + 1) {
		return speakerRef{}
	}
	j := -1
	switch w := d.word(k); {
	case d.ru && w == "так":
		j = k + 1 // «— так X ответил», «— так ответил X»
	case d.ru && (w == "такими" || w == "этими") && d.word(k+1) == "словами" && in(k+2):
		j = k + 2 // «— такими словами X прокомментировал решение»
	case d.ru && w == "такой" && in(k+2) && (d.word(k+1) == "ответ" || d.word(k+1) == "комментарий"):
		if v := d.word(k + 2); v == "дал" || v == "дала" {
			// «— такой ответ дал X»: the giver of the answer
			ref, next := a.parseForward(d, k+3, limit)
			if (ref.kind == refName || ref.kind == refRole) && d.clauseEndsAfter(next-1, limit) {
				return ref
			}
		}
		return speakerRef{}
	case !d.ru && (w == "that" || w == "this") && in(k+2) && (d.word(k+1) == "is" || d.word(k+1) == "was") && d.word(k+2) == "how":
		j = k + 3 // "— that is how X put it"
	case !d.ru && (w == "is" || w == "was") && d.word(k+1) == "how":
		j = k + 2 // ",” was how X put it"
	}
	if j < 0 || !in(j) {
		return speakerRef{}
	}
	if !d.ru {
		// "how X put it", "how X answered"
		ref, next := a.parseForward(d, j, limit)
		if ref.kind != refName && ref.kind != refRole || !in(next) {
			return speakerRef{}
		}
		if v := d.word(next); v == "put" && in(next+1) && d.word(next+1) == "it" || d.listed(next, rwSpeechVerb) {
			return ref
		}
		return speakerRef{}
	}
	return a.attributionAt(d, j, limit)
}
