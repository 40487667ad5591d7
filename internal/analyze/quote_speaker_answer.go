package analyze

import (
	"strings"
	"unicode/utf8"
)

// The answer under a transcript's speaker line (appendSpeakerLines,
// quote_unmarked.go) as press conferences and clubs' sites print it: after
// «Александр Петров, главный тренер «Динамо»:» or "John Peters, head
// coach:" the answer may open with a dash marking the turn («- Мы
// проиграли заслуженно …», "- We lost fairly …"), and it may name a club
// or a team in quotation marks («Сочи» помешал, "Dynamo" were better)
// without being a quotation of its own. The answer is the paragraph after
// the dash; a quotation of four words or more inside it, a question or a
// colon ending it leave it to the other rules.

// speakerAnswer returns the span of paragraph pi read as the answer under
// a speaker line, given the spans found so far: a paragraph with no
// quotation marks (unmarkedParagraph), or one opened by a dash turn marker
// whose marks only enclose names of a word or two.
func (d *doc) speakerAnswer(spans []quoteSpan, pi int) (s, e int, ok bool) {
	p := d.paras[pi]
	if !hasSpanIn(spans, pi) && d.unmarkedParagraph(pi) {
		return int(p.s), int(p.e), true
	}
	if p.kind != pText && p.kind != pList {
		return 0, 0, false // (a dash turn may be read as a list item)
	}
	for _, q := range spans {
		if q.para == pi && countWords(d.body[q.ts:q.te]) > 2 {
			return 0, 0, false // a quotation inside: not a bare answer
		}
	}
	if d.unmarkedAnswer(pi) {
		return int(p.s), int(p.e), true // names in marks («Ордабасы») are no quotation (quote_ru_interview.go)
	}
	text := d.body[p.s:p.e]
	lead := len(text) - len(strings.TrimLeft(text, " "))
	r, sz := utf8.DecodeRuneInString(text[lead:])
	if r != '-' && r != '–' && r != '—' || !strings.HasPrefix(text[lead+sz:], " ") {
		return 0, 0, false
	}
	body := strings.TrimSpace(text[lead+sz:])
	if body == "" || strings.HasSuffix(body, "?") || strings.HasSuffix(body, ":") || longQuoted(body) ||
		countWords(body) < minQuoteWords || strings.ContainsAny(body, "‹›") {
		return 0, 0, false
	}
	s = int(p.s) + lead + sz + (len(text[lead+sz:]) - len(strings.TrimLeft(text[lead+sz:], " ")))
	return s, int(p.e), true
}

// shortMarkedNames reports whether every quotation in a speaker line is a
// name of a word or two in paired marks («главный тренер «Сокола»:»,
// "coach of "Dynamo":"), a club's or a body's name, not words.
func (d *doc) shortMarkedNames(line string) bool {
	if quoteMarks(line)%2 != 0 {
		return false
	}
	start := -1
	for i, r := range line {
		switch {
		case r == '«' || r == '“' || r == '"' && start < 0:
			start = i
		case (r == '»' || r == '”' || r == '"') && start >= 0:
			if countWords(line[start:i]) > 2 {
				return false
			}
			start = -1
		}
	}
	return start < 0
}
