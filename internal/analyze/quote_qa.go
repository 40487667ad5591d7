package analyze

import "strings"

// English interviews printed as question and answer lines: "Q: When will
// the pupils move in?" then "A: We hope to open in September …". Each
// answer line is the words of the one person the
// interview's lead names: the paragraphs before its first question line
// name that person and no other (the reporter asking names no one, or
// the lead says "we spoke to X"). A lead naming two people, or none,
// leaves the answers without a speaker.

// qaPrefixes open a question or an answer line, with the colon or dot
// after the letter or the word.
var qaPrefixes = []struct {
	prefix   string
	question bool
}{
	{"Q:", true}, {"Q.", true}, {"Question:", true},
	{"A:", false}, {"A.", false}, {"Answer:", false},
}

// qaLine reports whether paragraph pi opens with a question or an answer
// prefix, which kind, and where its words start.
func (d *doc) qaLine(pi int) (question bool, start int, ok bool) {
	p := d.paras[pi]
	text := d.body[p.s:p.e]
	if d.ru || len(text) < 4 || text[0] != 'Q' && text[0] != 'A' { // the byte gate
		return false, 0, false
	}
	for _, q := range qaPrefixes {
		if strings.HasPrefix(text, q.prefix) && len(text) > len(q.prefix) && text[len(q.prefix)] == ' ' {
			return q.question, int(p.s) + len(q.prefix) + 1, true
		}
	}
	return false, 0, false
}

// appendQAAnswers adds the answer lines of a question-and-answer
// interview, each the interviewee's words (see the top of this file). An
// answer must follow a question line; the format says it is speech, so
// it need not speak in the first person.
func (a *Analyzer) appendQAAnswers(d *doc, spans []quoteSpan) []quoteSpan {
	first := -1
	var ref speakerRef
	for pi := 1; pi < len(d.paras); pi++ {
		if d.paras[pi].kind != pText {
			continue
		}
		question, start, ok := d.qaLine(pi)
		if !ok || question {
			continue
		}
		prev, _, pok := d.qaLine(pi - 1)
		if !pok || !prev || hasSpanIn(spans, pi) {
			continue
		}
		if first < 0 {
			first = pi - 1
			for k := 0; k < pi-1; k++ {
				if q, _, ok := d.qaLine(k); ok && q {
					first = k
					break
				}
			}
			ref = a.qaInterviewee(d, first)
		}
		p := d.paras[pi]
		if ref.kind == refNone || countWords(d.body[start:p.e]) < minQuoteWords || quoteMarks(d.body[start:p.e]) > 0 {
			continue
		}
		spans = append(spans, quoteSpan{open: start, end: int(p.e), ts: start, te: int(p.e), para: pi, ref: ref})
	}
	return spans
}

// qaInterviewee reads the person the lead of an interview names, the
// paragraphs before its first question line q (up to three text
// paragraphs back): one person and no other, or none.
func (a *Analyzer) qaInterviewee(d *doc, q int) speakerRef {
	lo, n := -1, 0
	for k := q - 1; k >= 0 && n < 3; k-- {
		if d.paras[k].kind == pText {
			lo, n = k, n+1
		}
	}
	if lo < 0 {
		return speakerRef{}
	}
	ref, ok := a.soleNamed(d, int(d.paras[lo].s), int(d.paras[q-1].e))
	if !ok {
		return speakerRef{}
	}
	return ref
}
