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
	interview, ref := false, speakerRef{}
	for k := d.tokAt(int(p.s)); k < len(d.btoks) && int(d.btoks[k].s) < int(p.e); k++ {
		w := d.word(k)
		interview = interview || w == "interview" || w == "интервью"
		if !d.btoks[k].has(fCap) {
			continue
		}
		n := a.nameRun(d, k)
		if n == 0 && !titleWords[w] && (a.isLeaderToken(d, k) || a.knownSurname(w)) && !d.attributive(k) {
			n = 1 // a public figure: the name resolves to its fullest form
		}
		if n == 0 {
			continue
		}
		if ref.kind != refNone && !strings.EqualFold(d.word(ref.te-1), d.word(k+n-1)) {
			return speakerRef{} // two people: not clear who answers
		}
		if ref.kind == refNone {
			ref = speakerRef{kind: refName, ts: k, te: k + n}
		}
		k += n - 1
	}
	if !interview {
		return speakerRef{}
	}
	return ref
}
