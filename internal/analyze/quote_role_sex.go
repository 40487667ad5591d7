package analyze

import "strings"

// roleOtherSex reports whether the person of mention m cannot be the
// speaker a Russian role attribution names because the attribution's
// past-tense verb gives the other sex (g, from roleVerbSex): «— сказал
// министр» is not «Дана Бекова собрала подписи», «— добавила глава
// ведомства» is not «Канат Абдыкадыров». A role in English, or a verb with
// no sex («— сообщает министр»), rules no one out.
func (d *doc) roleOtherSex(g nameGender, m mention) bool {
	if !d.ru || g != genderMale && g != genderFemale {
		return false
	}
	mg := d.mentionGender(m)
	return mg != genderNone && mg != g
}

// roleVerbSex reads the sex the speech verb of a Russian quotation's own
// attribution gives: the first verb after its closing mark («…», —
// добавила глава ведомства), or the last one before its opening mark in
// its sentence («Глава государства отметил: «…»»), never a verb of an
// earlier clause glued to the sentence (сообщила пресс-служба.Глава
// государства отметил).
func (d *doc) roleVerbSex(q quoteSpan) nameGender {
	if !d.ru {
		return genderNone
	}
	if q.after {
		return d.attributionGender(q)
	}
	k := d.tokAt(q.open) - 1
	lo := int(d.paras[q.para].s)
	for j := k; j >= 0 && j > k-10 && int(d.btoks[j].s) >= lo; j-- {
		if w := d.word(j); d.listed(j, rwSpeechVerb) {
			return ruVerbGender(w)
		}
		if j < k && strings.ContainsAny(d.body[d.btoks[j].e:d.btoks[j+1].s], ".!?»”\"") {
			break
		}
	}
	return genderNone
}
