package analyze

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// A quotation after its speaker's colon that ends with a word of its own
// in marks often prints the two closing marks as one: «X заявил: «Я не
// знаю … призывы к «расправе».» for «… к «расправе»».», "X said: “We
// will not accept any “deals”." The paragraph has two opening marks after
// the colon and one closing mark, which ends the paragraph but for its
// full stop; the closing mark ends both quotations, and the colon's clause
// names the speaker (attributionBefore).

// appendCollapsedClose finds such quotations.
func (a *Analyzer) appendCollapsedClose(d *doc, spans []quoteSpan) []quoteSpan {
	n := len(spans)
	for pi, p := range d.paras {
		if p.kind != pText {
			continue
		}
		text := d.body[p.s:p.e]
		colon := strings.Index(text, ": ")
		if colon < 0 {
			continue // the byte gate: a colon before the quotation
		}
		after := text[colon+2:]
		open, osz := utf8.DecodeRuneInString(after)
		closer := '»'
		switch open {
		case '«':
		case '“':
			closer = '”'
		default:
			continue
		}
		body := after[osz:]
		if strings.Count(body, string(open)) != 1 || strings.Count(body, string(closer)) != 1 || strings.ContainsRune(body, '"') {
			continue
		}
		inner, c := strings.IndexRune(body, open), strings.IndexRune(body, closer)
		if inner > c || countWords(body[:inner]) < minQuoteWords || !onlyRunes(strings.TrimSpace(body[c+utf8.RuneLen(closer):]), ".!?…") {
			continue
		}
		if countWords(body[inner:c]) > 3 {
			continue // the inner marks hold a word or two, not a quotation of its own
		}
		ts := int(p.s) + colon + 2 + osz
		end := ts + c + utf8.RuneLen(closer)
		if hasSpanAt(spans[:n], ts) {
			continue
		}
		ref := a.attributionBefore(d, ts-osz, pi)
		if ref.kind == refNone {
			continue
		}
		spans = append(spans, quoteSpan{open: ts - osz, end: end, ts: ts, te: end, para: pi, ref: ref})
	}
	if len(spans) > n {
		sort.SliceStable(spans, func(i, j int) bool { return spans[i].ts < spans[j].ts })
	}
	return spans
}

// hasSpanAt reports whether a quotation found so far starts at byte ts.
func hasSpanAt(spans []quoteSpan, ts int) bool {
	for _, q := range spans {
		if q.ts == ts {
			return true
		}
	}
	return false
}
