package analyze

import (
	"strings"
	"unicode/utf8"
)

// runOnAfterSplit reports whether the mark just before stray opens the
// second part of a quotation split by its attribution that then runs on
// over the next paragraph, as British, Australian and Russian pages print
// a long answer: “A,” he said. “B … (no closing mark)\n“C …”, «А», —
// сказал он. «Б … (no closing mark)\n«В …». The words before the mark in
// paragraph pi are a closed quotation broken off by a comma and its short
// attribution with a speech verb, ending in a full stop; after the mark at
// least minQuoteWords words and no other mark run to the paragraph's end;
// and the next paragraph opens with the same mark. The second part is the
// same speaker's (quotes: "“A,” said X. “B.”"), and each paragraph that
// goes on with it after (continuesParagraph).
func (d *doc) runOnAfterSplit(pi, stray int) bool {
	p := d.paras[pi]
	r, sz := utf8.DecodeLastRuneInString(d.body[:stray])
	var closer rune
	switch r {
	case '“':
		closer = '”'
	case '«':
		closer = '»'
	case '"':
		closer = '"'
	default:
		return false
	}
	if stray-sz <= int(p.s) || pi+1 >= len(d.paras) || d.paras[pi+1].kind != pText {
		return false
	}
	if nr, _ := utf8.DecodeRuneInString(d.body[d.paras[pi+1].s:]); nr != r {
		return false
	}
	rest := d.body[stray:p.e]
	if strings.ContainsAny(rest, "«»“”\"„") || countWords(rest) < minQuoteWords {
		return false
	}
	before := strings.TrimRight(d.body[p.s:stray-sz], " ")
	if !strings.HasSuffix(before, ".") {
		return false
	}
	c := strings.LastIndex(before, string(closer))
	if c <= 0 {
		return false
	}
	tail := before[c+utf8.RuneLen(closer):]
	broken := strings.HasPrefix(tail, ",") || strings.HasSuffix(before[:c], ",")
	if !broken || quoteMarks(tail) != 0 || countWords(tail) > 8 {
		return false
	}
	at := int(p.s) + c
	return d.speechVerbIn(at, stray-sz, false)
}

// cutOffRunOn reports whether paragraph pi, the last of the text, opens
// with the mark that opened the quotation running on from the paragraph
// before it (the last span of out, a run-on one) and never closes it (stray
// is just past the mark), with no other mark and at least minQuoteWords
// words: “A …¶“B … where the page ends, «А …¶«Б … — the quotation's last
// paragraph, cut off.
func (d *doc) cutOffRunOn(out []quoteSpan, pi, stray int) bool {
	n := len(out)
	if n == 0 || !out[n-1].runOn || out[n-1].para != pi-1 {
		return false
	}
	p := d.paras[pi]
	r, sz := utf8.DecodeRuneInString(d.body[p.s:])
	pr, _ := utf8.DecodeRuneInString(d.body[out[n-1].open:])
	if r != pr || int(p.s)+sz != stray || strings.ContainsAny(d.body[stray:p.e], "«»\"“”") || countWords(d.body[stray:p.e]) < minQuoteWords {
		return false
	}
	for k := pi + 1; k < len(d.paras); k++ {
		if d.paras[k].kind == pText {
			return false // not the last paragraph: the mark is a stray one
		}
	}
	return true
}
