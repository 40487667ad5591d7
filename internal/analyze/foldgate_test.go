package analyze

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestFoldOpeners checks that a string failing foldOpeners' first-byte test
// never equals a phrase ignoring case: each phrase is compared with itself
// opened by every rune below U+2200 (the Kelvin and Angstrom signs among
// them) in place of its first one.
func TestFoldOpeners(t *testing.T) {
	lists := [][]string{
		shareWords[:], provenanceOpeners[:], editorsNotes[:], interviewPrompts[:], stampLabels[:], bylineWords[:],
		pieceKinds[:], sourcePrefixes[:], breakingLabels[:], followVerbs[:], agencyCodes[:],
		{"kelvin", "ſtraße", "ångström", "ǆ", "ω", "і"},
	}
	for _, ps := range lists {
		first := foldOpeners(ps)
		for _, p := range ps {
			_, n := utf8.DecodeRuneInString(p)
			for _, v := range []string{p, strings.ToUpper(p), strings.ToTitle(p)} {
				if !first.mayFoldOpen(v) {
					t.Errorf("%q: its variant %q fails the first-byte test", p, v)
				}
			}
			for r := rune(0); r < 0x2200; r++ {
				s := string(r) + p[n:]
				if strings.EqualFold(s, p) && !first.mayFoldOpen(s) {
					t.Errorf("%q equals %q ignoring case but fails the first-byte test", s, p)
				}
			}
		}
	}
	a, by := foldOpeners([]string{"a"}), foldOpeners([]string{"by"})
	if a.mayFoldOpen("") {
		t.Error("an empty string passes")
	}
	if by.mayFoldOpen("xy") || !by.mayFoldOpen("BY") {
		t.Error(`the first-byte test of "by" is wrong`)
	}
}
