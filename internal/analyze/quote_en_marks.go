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
// words), no mark of the opener's own kind (partner) closes the
// quotation later in the paragraph (which ends at e), no opening mark of
// the closer's kind stands between (a stray "…, then “…,” X said: the
// curly mark is the curly quotation's), and the mark stands where a
// closing one does: after punctuation, or right after a word and before
// a comma or a full stop, as Russian prints it.
func mixedDoubleClose(b string, open, i, sz, e int, partner rune) bool {
	if i == 0 || strings.ContainsRune(b[i+sz:e], partner) || partner == '"' && strings.ContainsRune(b[open+1:i], '“') {
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
	words := strings.Fields(b[i+sz : min(e, i+sz+80)])
	for k, n := 0, 0; k < len(words) && n < 5; k++ {
		w := strings.ToLower(strings.Trim(words[k], ".,;:!?-–—()"))
		if w == "" {
			continue
		}
		if speechVerbs[w] {
			return true
		}
		n++
	}
	return false
}
