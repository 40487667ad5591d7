package analyze

import "strings"

// interviewLead reads the lead paragraph pi of an interview printed as
// dash turns when its last sentence names no one ("Kazinform offers its
// readers a translation of the interview with the President of
// Kyrgyzstan."): the paragraph must speak of an interview and name one
// person alone, who answers ("Kyrgyz President Sadyr Zhaparov will pay
// his first state visit … gave an interview to Kazinform"; «Президент
// Кыргызстана Садыр Жапаров … дал интервью агентству»). Two people named,
// or no interview, name no one.
func (a *Analyzer) interviewLead(d *doc, pi int) speakerRef {
	if pi < 0 || d.paras[pi].kind != pText {
		return speakerRef{}
	}
	p := d.paras[pi]
	text := strings.TrimSpace(d.body[p.s:p.e])
	if strings.HasSuffix(text, ":") || longQuoted(text) {
		return speakerRef{}
	}
	ref, ok := a.soleNamed(d, int(p.s), int(p.e))
	if !ok || !d.speaksOfInterview(int(p.s), int(p.e)) {
		return speakerRef{}
	}
	return ref
}

// speaksOfInterview reports whether the tokens of [lo, hi) say
// "interview" («интервью»).
func (d *doc) speaksOfInterview(lo, hi int) bool {
	for k := d.tokAt(lo); k < len(d.btoks) && int(d.btoks[k].s) < hi; k++ {
		if w := d.word(k); w == "interview" || w == "интервью" {
			return true
		}
	}
	return false
}
