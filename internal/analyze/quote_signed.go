package analyze

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// signatureNouns sign a text as its author's, not a speaker's: a byline
// or a credit («Иван Петров, корреспондент», "Anna Lee, photographer").
var signatureNouns = map[string]bool{
	"корреспондент": true, "корреспондентка": true, "редактор": true, "автор": true, "фотограф": true,
	"обозреватель": true, "журналист": true, "журналистка": true, "фото": true, "текст": true,
	"correspondent": true, "editor": true, "author": true, "photographer": true, "reporter": true,
	"writer": true, "columnist": true, "photo": true, "text": true,
}

// appendSignedSpeech finds pull-quote blocks that lost their marks: a
// paragraph of someone's words that ends, after the last sentence's full
// stop, with the speaker's signature — a name of two or three words, a
// comma and a title phrase of at most six words with no verb and no full
// stop after it («… никаких оценок. Владимир Путин, президент РФ»; "…
// no assessments. Vladimir Putin, President of Russia"). The words
// before the signature are the quotation. A byline or a credit (a
// correspondent, a photographer) signs no one's speech, and a paragraph
// with quotation marks is left to the marked rules.
func (a *Analyzer) appendSignedSpeech(d *doc, spans []quoteSpan) []quoteSpan {
	n := len(spans)
	for pi, p := range d.paras {
		if p.kind != pText || hasSpanIn(spans[:n], pi) {
			continue
		}
		// A token ends on a word rune: a paragraph whose last rune is
		// neither one nor a space ends in punctuation, which is told
		// here without looking its tokens up.
		if r, _ := utf8.DecodeLastRuneInString(d.body[p.s:p.e]); !isWordRune(r) && !isSpace(r) {
			continue
		}
		last := d.tokAt(int(p.e)) - 1
		first := d.tokAt(int(p.s))
		// Most paragraphs end in punctuation: that is told before the
		// paragraph is read for quotation marks.
		if last <= first || strings.TrimSpace(d.body[d.btoks[last].e:p.e]) != "" || quoteMarks(d.body[p.s:p.e]) > 0 {
			continue // the paragraph ends in punctuation (no signature) or quotes
		}
		// The title phrase, back to its comma.
		comma, title := -1, false
		for k := last; k > first && k > last-6; k-- {
			t := &d.btoks[k]
			if t.rules&(rwSpeechVerb|rwSignatureNoun) != 0 || t.has(fDigit) {
				break
			}
			title = title || t.rules&(rwTitleWord|rwRoleNoun) != 0 || ruRoleNominative(d.word(k)) != ""
			gap := d.body[d.btoks[k-1].e:d.btoks[k].s]
			if strings.TrimSpace(gap) == "," {
				comma = k - 1
				break
			}
			if strings.ContainsAny(gap, ".!?;:()«»\"“”") {
				break
			}
		}
		if comma < 0 || !title {
			continue
		}
		// The name: two or three capitalised words after a sentence end.
		s := comma
		for s > first && s > comma-3 && a.nameWordAt(d, s-1) && d.contiguous(s-1, s) {
			s--
		}
		if comma-s+1 < 2 || !a.nameWordAt(d, s) || s <= first {
			continue
		}
		gap := d.body[d.btoks[s-1].e:d.btoks[s].s]
		if !strings.ContainsAny(gap, ".!?…") {
			continue // the name goes on a sentence: no signature
		}
		end := int(d.btoks[s-1].e) + strings.IndexAny(gap, ".!?…") + 1
		if countWords(d.body[p.s:end]) < minQuoteWords {
			continue
		}
		spans = append(spans, quoteSpan{open: int(p.s), end: end, ts: int(p.s), te: end, para: pi, ref: speakerRef{kind: refName, ts: s, te: comma + 1}})
	}
	if len(spans) > n {
		sort.SliceStable(spans, func(i, j int) bool { return spans[i].ts < spans[j].ts })
	}
	return spans
}

// signedQuotation reads the signature after a quotation in marks that has
// no attribution: the paragraph ends with a dash and the speaker's name,
// perhaps a title after a comma (««…», — Иван Петров.», ««…» — Иван
// Петров, министр транспорта», "“…” — John Peters"), or with the name in
// brackets (««…» (Иван Петров).»), as pull-quotes and quote cards print
// them. The quotation must read as speech — a full sentence of its own or
// words in the first or second person — so that a work's title over its
// author («Мастер и Маргарита» — Михаил Булгаков) signs no one's words.
func (a *Analyzer) signedQuotation(d *doc, q quoteSpan) speakerRef {
	p := d.paras[q.para]
	rest := strings.TrimSpace(d.body[q.end:p.e])
	if rest == "" || len(rest) > 160 {
		return speakerRef{}
	}
	rest = strings.TrimLeft(rest, ",. ")
	bracket := strings.HasPrefix(rest, "(")
	r, sz := utf8.DecodeRuneInString(rest)
	if !bracket && (r != '—' && r != '–' && r != '-' || !strings.HasPrefix(rest[sz:], " ")) {
		return speakerRef{}
	}
	text := d.body[q.ts:q.te]
	if last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(text)); countWords(text) < minQuoteWords ||
		!strings.ContainsRune(".!?…", last) && !severalSentences(text) && !d.speaksAsPerson(q.ts, q.te, true) {
		return speakerRef{}
	}
	// The name: two or three capitalised words right after the dash or
	// the bracket, then the end, a comma and a title, or the bracket's
	// close.
	k := d.tokAt(q.end)
	if k >= len(d.btoks) || int(d.btoks[k].s) >= int(p.e) {
		return speakerRef{}
	}
	n := a.nameRun(d, k)
	if n == 0 && (a.isLeaderToken(d, k) || a.knownSurname(d.word(k))) && strings.Contains(a.fullName(d, k, k+1), " ") {
		n = 1 // «— Токаев»: a known surname
	}
	if n == 0 {
		return speakerRef{}
	}
	after := strings.TrimSpace(d.body[d.btoks[k+n-1].e:p.e])
	switch {
	case bracket && (after == ")" || after == ")."):
	case !bracket && (after == "" || after == "."):
	case !bracket && strings.HasPrefix(after, ","):
		for j := k + n; j < len(d.btoks) && int(d.btoks[j].s) < int(p.e); j++ {
			if d.listed(j, rwSpeechVerb) || j > k+n+8 {
				return speakerRef{} // a clause, not a title: «— Иван Петров, сказал он»
			}
		}
	default:
		return speakerRef{}
	}
	return speakerRef{kind: refName, ts: k, te: k + n}
}

// signQuotations gives quotations in marks without an attribution the
// speaker their signature names (signedQuotation).
func (a *Analyzer) signQuotations(d *doc, spans []quoteSpan) {
	for i := range spans {
		if q := &spans[i]; q.ref.kind == refNone && !q.runOn && q.open < q.ts {
			q.ref = a.signedQuotation(d, *q)
		}
	}
}
