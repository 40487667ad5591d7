package render

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// escapeReference is escape as first written, one rune at a time: the fast
// path must give the same bytes.
func escapeReference(s string, attr bool) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"' && attr:
			b.WriteString("&quot;")
		case r == '\n' || r == '\t':
			if !attr {
				b.WriteRune(r)
			}
		case r == utf8.RuneError:
			b.WriteRune(utf8.RuneError)
		case unicode.IsControl(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func oneLineReference(s string) string { return strings.Join(strings.Fields(s), " ") }

var fastPathInputs = []string{
	"", " ", "plain", "two words", " lead", "trail ", "dou  ble", "tab\there", "new\nline", "cr\rlf",
	"Tom & Jerry", "<b>", `say "hi"`, "\x00\x01\x1f\x7f", "\u0085next\u00a0nbsp\u2003em", "\u0080\u009f c1",
	"\xff\xfe bad", "\xe2\x82", "valid \ufffd replacement", "Путин и «Газпром»", "🇰🇿 flag 🚀", "a\u200bzero width",
	"end\u3000", "\u2028line sep", "&amp; entity", "x\v\fy",
}

func checkFastPaths(t *testing.T, s string) {
	t.Helper()
	for _, attr := range []bool{false, true} {
		if got, want := escape(s, attr), escapeReference(s, attr); got != want {
			t.Errorf("escape(%q, %t) = %q, want %q", s, attr, got, want)
		}
	}
	if got, want := oneLine(s), oneLineReference(s); got != want {
		t.Errorf("oneLine(%q) = %q, want %q", s, got, want)
	}
}

func TestFastPathsMatchReference(t *testing.T) {
	for _, s := range fastPathInputs {
		checkFastPaths(t, s)
	}
	// Random mixtures of the interesting pieces.
	pieces := append([]string{"a", "Я", "  ", "\t", "\n", "&", "<", ">", `"`, "\x01", "\x7f", "\xff", "\u0085", "\u00a0", "\u0090", "🚀", "\ufffd"}, fastPathInputs...)
	rng := rand.New(rand.NewPCG(1, 1))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		checkFastPaths(t, b.String())
	}
}

func FuzzFastPaths(f *testing.F) {
	for _, s := range fastPathInputs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkFastPaths(t, s) })
}
