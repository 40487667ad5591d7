package analyze

import (
	"strings"
	"unicode/utf8"
)

// signedBelow reads the signature printed in the paragraph under a
// paragraph that is one quotation in marks with no attribution, as pull
// quotes and quote cards of news sites print them («"…"\n\nЕрлан Саиров,
// депутат Мажилиса РК», "“…”\n\nJohn Peters, Minister of Energy"): a name
// of two or three words, optionally after a dash, a comma and a title
// phrase of at most eight words with a title word in it, no verb of
// speech, no byline's or credit's noun (a correspondent signs no one's
// words) and nothing after. The quotation must read as speech, as for a
// signature in the same paragraph (signedQuotation).
func (a *Analyzer) signedBelow(d *doc, q quoteSpan) speakerRef {
	pi := q.para + 1
	if pi >= len(d.paras) || d.paras[pi].kind != pText && d.paras[pi].kind != pHeading { // (a short line reads as a heading)
		return speakerRef{}
	}
	p := d.paras[pi]
	line := strings.TrimSpace(d.body[p.s:p.e])
	if line == "" || len(line) > 200 || quoteMarks(line) > 0 || !strings.Contains(line, ",") {
		return speakerRef{}
	}
	text := d.body[q.ts:q.te]
	if last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(text)); countWords(text) < minQuoteWords ||
		!strings.ContainsRune(".!?…", last) && !severalSentences(text) && !d.speaksAsPerson(q.ts, q.te, true) {
		return speakerRef{}
	}
	k, e := d.tokAt(int(p.s)), d.tokAt(int(p.e))
	if k >= e {
		return speakerRef{}
	}
	if r, _ := utf8.DecodeRuneInString(line); r == '—' || r == '–' || r == '-' {
		// «— Иван Петров, министр»: the dash before the name.
	} else if int(d.btoks[k].s) != int(p.s) {
		return speakerRef{}
	}
	n := a.nameRun(d, k)
	if n < 2 || n > 3 || k+n >= e || strings.TrimSpace(d.body[d.btoks[k+n-1].e:d.btoks[k+n].s]) != "," || e-(k+n) > 8 {
		return speakerRef{}
	}
	title := false
	for j := k + n; j < e; j++ {
		if d.btoks[j].rules&(rwSpeechVerb|rwSignatureNoun) != 0 {
			return speakerRef{} // a clause, or a byline («Иван Петров, корреспондент»)
		}
		title = title || d.btoks[j].rules&(rwTitleWord|rwRoleNoun) != 0 || ruRoleNominative(d.word(j)) != ""
	}
	if !title || strings.ContainsAny(strings.TrimRight(line, "."), ".!?;:") {
		return speakerRef{}
	}
	return speakerRef{kind: refName, ts: k, te: k + n}
}
