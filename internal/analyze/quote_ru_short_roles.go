package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ruShortRoleKinds put the Russian short titles of quote_ru_imeni.go
// (ruShortTitles) in the kind of post their full words name, so that a
// role reference in the short form («— сказал гендиректор», «— заявил
// генпрокурор») finds the one person the article titles so, in either
// form («Генеральный директор завода Сергей Петров», «Гендиректор
// завода Сергей Петров»), as «— сказал директор» does.
var ruShortRoleKinds = []struct {
	stem string
	kind roleKind
}{
	{"гендиректор", rkHead}, {"генпрокурор", rkProsecutor},
}

func init() {
	for _, e := range ruShortRoleKinds {
		roleNouns[e.stem] = true
		roleKindWords = append(roleKindWords, struct {
			stem string
			kind roleKind
		}{e.stem, e.kind})
	}
}

// inParens reports whether offset pos of body stands inside a parenthesis
// opened after lo: «директора завода (СМЗ, Нижняя Салда) Сергея Петрова»,
// "the plant (Lower Salda, Sverdlovsk region)". A name in such an aside —
// a place, an abbreviation — is never the subject of its sentence. The
// byte test for '(' comes before any count.
func inParens(body string, lo, pos int) bool {
	if lo < 0 || pos > len(body) || lo >= pos || strings.IndexByte(body[lo:pos], '(') < 0 {
		return false
	}
	return strings.Count(body[lo:pos], "(") > strings.Count(body[lo:pos], ")")
}

// A man's name that comes out of a role or an aside in the genitive
// («По словам гендиректора завода Сергея Капчука, …», then «— сказал
// гендиректор») has a surname ending in a consonant and «а» that reads
// back two ways (Капчука: Капчук or Капчука), so nominativeSpeaker keeps
// it as written. ruGenitiveShown reads it back when the article itself
// writes the whole name in the nominative somewhere (the headline
// «Гендиректор СМЗ Сергей Капчук: …», a later «Сергей Капчук сказал»):
// the first name read as a man's genitive (Сергея → Сергей, Ивана → Иван,
// Игоря → Игорь) and the surname less its «а». The endings alone would
// read a woman's nominative too (Анна → «Анн»), which no article writes,
// so only the written name decides.
func (d *doc) ruGenitiveShown(speaker string) string {
	sp := strings.IndexByte(speaker, ' ')
	if sp < 0 || !strings.HasSuffix(speaker, "а") || strings.IndexByte(speaker[sp+1:], ' ') >= 0 {
		return speaker
	}
	first, sur := speaker[:sp], speaker[sp+1:]
	bare := strings.TrimSuffix(sur, "а")
	if r, _ := utf8.DecodeLastRuneInString(bare); utf8.RuneCountInString(bare) < 3 || strings.ContainsRune("аеёиоуыэюяйьъ", unicode.ToLower(r)) {
		return speaker
	}
	nom := ruGenitiveFirstName(first)
	if nom == "" {
		return speaker
	}
	if full := nom + " " + bare; hasWord(d.title, full) || hasWord(d.body, full) {
		return full
	}
	return speaker
}

// ruGenitiveFirstName returns the nominative of first read as a man's
// first name in the genitive (-а, -я: Сергея → Сергей), or "" when it is
// none or reads more than one way.
func ruGenitiveFirstName(first string) string {
	return ruMansFirstName(first, 1, "а", "я")
}

// hasWord reports whether w stands in s as a whole word, no letter on
// either side.
func hasWord(s, w string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return false
		}
		i += off
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(w):])
		if (i == 0 || !unicode.IsLetter(before)) && (i+len(w) == len(s) || !unicode.IsLetter(after)) {
			return true
		}
		off = i + len(w)
	}
}
