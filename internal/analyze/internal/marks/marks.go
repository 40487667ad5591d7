// Package marks removes the diacritics of Latin names. The analyzer and
// the generators of its place tables (gentowns) fold names with this one
// function, so that a generated name and the text's word it must match
// are folded alike.
package marks

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Strip removes the combining marks of s, keeping its case (Haryāna →
// Haryana, Mossoró → Mossoro).
func Strip(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}
