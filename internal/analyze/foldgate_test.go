package analyze

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestFoldOpeners checks that a string failing a foldGate never equals a
// phrase of its list ignoring case: each phrase is compared with itself
// with its first, second or third rune replaced by every Latin, Greek or
// Cyrillic rune and the signs that fold to letters (Kelvin, Angstrom, Ohm),
// and with its first two runes, or its second and third, replaced by every
// pair of printable ASCII bytes.
func TestFoldOpeners(t *testing.T) {
	lists := [][]string{
		shareWords[:], stampOpeners[:], provenanceOpeners[:], editorsNotes[:], interviewPrompts[:], stampLabels[:], bylineWords[:],
		pieceKinds[:], sourcePrefixes[:], breakingLabels[:], followVerbs[:], agencyCodes[:],
		{"kelvin", "ſtraße", "ångström", "ǆ", "ω", "і", "x", "aſ", "ok", "dé", "tkſ", "this article", "to"},
	}
	var runes []rune // Latin, Greek and Cyrillic, and the signs that fold to letters
	for r := rune(0); r < 0x530; r++ {
		runes = append(runes, r)
	}
	runes = append(runes, 0x1E9E, 0x2126, 0x212A, 0x212B)
	for _, ps := range lists {
		g := foldOpeners(ps)
		check := func(s, p string) {
			if strings.EqualFold(s, p) && !g.mayFoldOpen(s) {
				t.Errorf("%q equals %q ignoring case but fails the gate", s, p)
			}
		}
		for _, p := range ps {
			_, n0 := utf8.DecodeRuneInString(p)
			_, n1 := utf8.DecodeRuneInString(p[n0:])
			_, n2 := utf8.DecodeRuneInString(p[n0+n1:])
			for _, v := range []string{p, strings.ToUpper(p), strings.ToTitle(p), strings.ToUpper(p[:n0]) + p[n0:]} {
				if !g.mayFoldOpen(v) {
					t.Errorf("%q: its variant %q fails the gate", p, v)
				}
			}
			for _, r := range runes {
				check(string(r)+p[n0:], p)
				if n1 > 0 {
					check(p[:n0]+string(r)+p[n0+n1:], p)
				}
				if n2 > 0 {
					check(p[:n0+n1]+string(r)+p[n0+n1+n2:], p)
				}
			}
			for a := ' '; a < utf8.RuneSelf; a++ {
				for b := ' '; b < utf8.RuneSelf; b++ {
					check(string(a)+string(b)+p[n0+n1:], p)
					if n1 > 0 {
						check(p[:n0]+string(a)+string(b)+p[n0+n1+n2:], p)
					}
				}
			}
		}
	}
	by := foldOpeners([]string{"by"})
	if by.mayFoldOpen("") || by.mayFoldOpen("xy") || by.mayFoldOpen("be") || !by.mayFoldOpen("BY") || !by.mayFoldOpen("b") || !by.mayFoldOpen("by ") {
		t.Error(`the gate of "by" is wrong`)
	}
	if this := foldOpeners([]string{"this article"}); this.mayFoldOpen("The minister") || !this.mayFoldOpen("THIS") {
		t.Error(`the gate of "this article" is wrong`)
	}
	if x := foldOpeners([]string{"x", "threads"}); x.mayFoldOpen("The") || !x.mayFoldOpen("Xylophone") || !x.mayFoldOpen("THR") {
		t.Error(`the gate of "x" and "threads" is wrong`)
	}
}

// TestMayHoldReadingTime checks that a sentence failing mayHoldReadingTime
// never holds a reading-time note once lower-cased: each note, in upper or
// title case and inside a sentence, and with each of its runes replaced by
// every Latin, Greek or Cyrillic rune and the signs that lower to letters.
func TestMayHoldReadingTime(t *testing.T) {
	var runes []rune
	for r := rune(0); r < 0x530; r++ {
		runes = append(runes, r)
	}
	runes = append(runes, 0x0130, 0x1E9E, 0x2126, 0x212A, 0x212B)
	holds := func(s string) bool {
		var lw lowerer
		lower := lw.lower(s)
		for _, m := range readingTime {
			if strings.Contains(lower, m) {
				return true
			}
		}
		return false
	}
	for _, m := range readingTime {
		for _, v := range []string{m, strings.ToUpper(m), strings.ToTitle(m), "Das Wichtigste. " + strings.ToUpper(m[:1]) + m[1:] + " 3 Min."} {
			if !mayHoldReadingTime(v) {
				t.Errorf("%q: its variant %q fails the gate", m, v)
			}
		}
		for i := range m {
			if !utf8.RuneStart(m[i]) {
				continue
			}
			_, n := utf8.DecodeRuneInString(m[i:])
			for _, r := range runes {
				s := "x " + m[:i] + string(r) + m[i+n:] + " 2"
				if holds(s) && !mayHoldReadingTime(s) {
					t.Errorf("%q holds a note but fails the gate", s)
				}
			}
		}
	}
	for _, s := range []string{"The minister spoke at 12:30 in Berlin.", "Министр выступил в Москве", "Il a dit que la ville est calme"} {
		if mayHoldReadingTime(s) {
			t.Errorf("%q passes the gate", s)
		}
	}
}

// TestEqualFold checks equalFold against strings.EqualFold on strings
// made of runes around every script foldKey covers, the signs that fold
// to letters, longer runes and invalid bytes.
func TestEqualFold(t *testing.T) {
	var pieces []string
	for r := rune(0); r < foldKeyLen+0x10; r += 11 {
		pieces = append(pieces, string(r))
	}
	pieces = append(pieces, "k", "K", "\u212a", "s", "S", "ſ", "å", "Å", "\u212b", "ω", "Ω", "\u2126", "ß", "ẞ",
		"ё", "Ё", "е", "і", "І", "ǆ", "ǅ", "Ǆ", "\xff", "\xc3", "\ufffd", "中", "😀", "a", "A", "")
	for _, x := range pieces {
		for _, y := range pieces {
			for _, s := range []string{x, x + y, "Ab" + x, x + "é"} {
				for _, u := range []string{y, y + x, "aB" + y, y + "É", strings.ToUpper(s), strings.ToLower(s)} {
					if got, want := equalFold(s, u), strings.EqualFold(s, u); got != want {
						t.Fatalf("equalFold(%q, %q) = %v, strings.EqualFold says %v", s, u, got, want)
					}
				}
			}
		}
	}
}

// TestIndexFold checks indexFold, which passes positions over by the
// foldKey of the needle's first rune, against every position compared
// with strings.EqualFold.
func TestIndexFold(t *testing.T) {
	naive := func(s, sub string) int {
		for i := 0; i+len(sub) <= len(s); i++ {
			if utf8.RuneStart(s[i]) && strings.EqualFold(s[i:i+len(sub)], sub) {
				return i
			}
		}
		return -1
	}
	hays := []string{"Reach him at KELVIN.ſmith@example.com", "Связаться с автором: ПОЧТА", "ſtraße und STRASSE", "é\xc3x Ω ω \u2126", "sK\u212a"}
	subs := []string{"k", "K", "\u212a", "s", "ſ", "почта", "Автором", "ω", "Ω", "straße", "É", "\xc3", "x", "é\xc3", "kelvin"}
	for _, h := range hays {
		for _, sub := range subs {
			if got, want := indexFold(h, sub), naive(h, sub); got != want {
				t.Errorf("indexFold(%q, %q) = %d, want %d", h, sub, got, want)
			}
		}
	}
}
