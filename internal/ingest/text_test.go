package ingest

import (
	"regexp"
	"testing"
)

func TestDropEmptyBracketsMatchesTheExpression(t *testing.T) {
	re := regexp.MustCompile(`\s*(?:\[\s*\]|\(\s*\))`)
	tests := []struct{ name, in string }{
		{"none", "A plain sentence (with words) [and more]."},
		{"empty square", "Read on []"},
		{"empty round with blanks", "Read on \t( \n )\n\nNext paragraph"},
		{"nested", "( [] )"},
		{"several", "a [] b () c [ ] d"},
		{"unclosed", "tail ( "},
		{"at start", "[]start"},
		{"only blanks", "   ()   "},
		{"russian", "Подробнее [ ] — в материале ()"},
		{"non-ascii blank is kept", "x\u00a0[]"},
		{"mismatched", "a (] b [)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got, want := dropEmptyBrackets(tc.in), re.ReplaceAllString(tc.in, ""); got != want {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}
