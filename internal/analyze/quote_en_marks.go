package analyze

import (
	"strings"
	"unicode/utf8"
)

// mixedDoubleClose reports whether the double mark at i, of the other
// kind than the one that opened the quotation at open, closes it: pages
// and agencies mix straight and curly marks ("In this context, … the
// proposal,” he said; «"Азербайджан готов …”, — сказал он»). It does
// when an attribution follows it (a speech verb within its next five
// words, or after a name's apposition set off by commas), no mark of the
// opener's own kind (partner) closes the quotation later in the
// paragraph (which ends at e) but after a straight mark opening another
// quotation (“A," X said. "B.”: the page mixed both), no opening mark of
// the closer's kind stands between (a stray "…, then “…,” X said: the
// curly mark is the curly quotation's), and the mark stands where a
// closing one does: after punctuation, or right after a word and before
// a comma or a full stop, as Russian prints it.
func mixedDoubleClose(b string, open, i, sz, e int, partner rune) bool {
	if i == 0 || partner == '"' && strings.ContainsRune(b[open+1:i], '“') {
		return false
	}
	if k := strings.IndexRune(b[i+sz:e], partner); k >= 0 && (partner != '”' || !strings.Contains(b[i+sz:i+sz+k], " \"")) {
		// The partner closes this quotation later, unless a straight
		// mark opens another one before it: “A," X said. "B.” — the
		// page mixed its marks in both quotations (quote_en_marks.go).
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(b[:i])
	if i+sz >= e || prev == ' ' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(b[i+sz:])
	if !(strings.ContainsRune(",.!?…", prev) && next == ' ' || next == ',' || next == '.') {
		return false
	}
	words := strings.Fields(b[i+sz : min(e, i+sz+120)])
	limit, comma := 5, false
	for k, n := 0, 0; k < len(words) && n < limit; k++ {
		w := strings.ToLower(strings.Trim(words[k], ".,;:!?-–—()"))
		if w == "" {
			continue
		}
		if speechVerbs[w] {
			return true
		}
		if strings.HasSuffix(words[k], ".") {
			return false
		}
		if strings.HasSuffix(words[k], ",") && n < 3 && !comma {
			// "X, the county's emergency director, said": the verb after
			// an apposition set off by commas.
			limit, comma = n+8, true
		}
		n++
	}
	return false
}

// endsParagraphQuote reports whether the curly mark at i, the last thing
// in its paragraph (which ends at e) and right after a sentence's end,
// closes a quotation a straight mark opened: "We had several refusals.
// The majority are from that area.” — the page mixed its marks.
func endsParagraphQuote(b string, i, sz, e int) bool {
	if i == 0 || strings.TrimSpace(b[i+sz:e]) != "" {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(b[:i])
	return strings.ContainsRune(".!?…", prev)
}
