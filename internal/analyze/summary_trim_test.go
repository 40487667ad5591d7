package analyze

import (
	"strings"
	"testing"
	"unicode"
)

// trimMarkersSlow is trimSentence's marker loop as it read before the
// markers were indexed by their last byte (trimMarkersByEnd).
func trimMarkersSlow(s string) string {
	for changed := true; changed; {
		changed = false
		for _, set := range [...][]string{linkMarkers[:], adMarkers[:]} {
			for _, m := range set {
				if len(s) >= len(m) && equalFold(s[len(s)-len(m):], m) {
					s = strings.TrimRight(s[:len(s)-len(m)], " \t-–—|")
					changed = true
				}
			}
		}
	}
	return s
}

// markerTitle upper-cases the first letter of every space-separated word
// ("read more" → "Read More"), as a headline-style marker is written.
func markerTitle(s string) string {
	prev := ' '
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(prev) {
			prev = r
			return unicode.ToTitle(r)
		}
		prev = r
		return r
	}, s)
}

// TestTrimMarkersByEnd checks that trimSentence cuts the link and
// advertising markers as trying every marker in order would, stacked
// markers and other cases included.
func TestTrimMarkersByEnd(t *testing.T) {
	heads := []string{"", "The council met on Monday.", "Совет собрался в понедельник", "Der Rat tagte —", "x"}
	var tails []string
	for _, m := range trimMarkers {
		tails = append(tails, m, strings.ToUpper(m), markerTitle(m), " | "+m)
	}
	tails = append(tails, "Read More [MEHR]", "подробнее › Реклама", "*Anzeige Read more", "continue reading...", "Paid Content [...]", ".", "…", "Ende.")
	for _, h := range heads {
		for _, a := range tails {
			for _, b := range append([]string{""}, tails[:8]...) {
				s := h + " " + a + " " + b
				s = strings.TrimSpace(s)
				want := trimMarkersSlow(cutClosingPlace(cutAgencyCode(cutCodeTags(s, false))))
				if got := trimSentence(s); got != want {
					t.Errorf("trimSentence(%q) = %q, want %q", s, got, want)
				}
			}
		}
	}
}

// TestCharSetTrim checks charSet.trim against strings.Trim for every
// cutset the summary trims words with, on words built of their marks,
// letters and broken UTF-8.
func TestCharSetTrim(t *testing.T) {
	for _, cutset := range []string{".,:;|·•/", "[](),.:;!?\"«»“”'’-–—", ".,:;!?\"'«»“”()—–-", ".,:;!?\"'«»“”‘’()", ".,:;!?()\"«»“”„"} {
		cs := newCharSet(cutset)
		parts := []string{"", "a", "Facebook", "x·y", "é", "\xff", "\xc2", "\xe2\x80", "\x80"}
		for _, r := range cutset {
			e := string(r)
			parts = append(parts, e)
			if len(e) > 1 {
				parts = append(parts, e[:1], e[1:], e[len(e)-1:])
			}
		}
		for _, a := range parts {
			for _, b := range parts {
				for _, c := range parts {
					w := a + b + c
					if got, want := cs.trim(w), strings.Trim(w, cutset); got != want {
						t.Errorf("trim(%q) with %q = %q, want %q", w, cutset, got, want)
					}
				}
			}
		}
	}
}
