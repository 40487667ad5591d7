package main

// The demonyms of the languages beyond the nine, written to
// intldemonyms_data.go: the i18n-nationality npm package (MIT; npm install
// -g i18n-nationality@1.4.0, the package gendemonyms reads) has tables for
// two of them, Finnish and Dutch; the other seventeen have no maintained
// source on this machine and keep names only. A demonym is weaker evidence
// than a name (the gazetteer weighs it so), and the same guards keep it
// precise: a form is dropped when two countries' demonyms share it, when it
// is any country's name in any language, when it has four letters or fewer,
// and when it is an ordinary word of a hunspell dictionary (a capitalised
// demonym, Dutch "Chinees", also of its own language's, which lists its
// demonyms with their capital).

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// natLangs are the languages of langs that the package has tables for.
var natLangs = []string{"fi", "nl"}

// natCandidate is one demonym an entry of the tables gives a country.
type natCandidate struct {
	code, lang, base string
	qualified        bool // the entry also names another nationality or a bracket
}

// readNationalities reads the package's tables of natLangs. An entry
// "ranskalainen / saintbarthélemylainen" gives a territory its own
// demonym after the slash (the one before is its sovereign's), an entry
// "Frans (Frans Guyana)" the word before its bracket, and an entry
// "barbadoslainen, barbadosilainen" each of its words; an entry of several
// words ("Arabiemiirikuntien kansalainen") gives none.
func readNationalities(dir string) ([]natCandidate, error) {
	var out []natCandidate
	for _, lang := range natLangs {
		b, err := os.ReadFile(filepath.Join(dir, lang+".json"))
		if err != nil {
			return nil, err
		}
		var t struct {
			Nationalities map[string]string `json:"nationalities"`
		}
		if err := json.Unmarshal(b, &t); err != nil {
			return nil, err
		}
		for code, n := range t.Nationalities {
			qualified := false
			if i := strings.LastIndexByte(n, '/'); i >= 0 {
				n, qualified = n[i+1:], true
			}
			for {
				i := strings.IndexByte(n, '(')
				if i < 0 {
					break
				}
				j := strings.IndexByte(n[i:], ')')
				if j < 0 {
					n = n[:i]
					break
				}
				n, qualified = n[:i]+n[i+j+1:], true
			}
			for _, alt := range strings.Split(n, ",") {
				if alt = strings.TrimSpace(alt); alt != "" && !strings.ContainsAny(alt, " ") {
					out = append(out, natCandidate{code: code, lang: lang, base: alt, qualified: qualified})
				}
			}
		}
	}
	return out, nil
}

// resolveDemonyms gives each demonym to one country: when several entries
// give it, to the one whose entry is unqualified (Dutch "Frans" is
// France's, not French Guiana's "Frans (Frans Guyana)"), and among several
// unqualified ones to the one whose name in the language it is made from
// (Finnish "ranskalainen" is Ranska's, France, though the table also gives
// it the French Southern Territories); otherwise to none. names maps a
// language to its CLDR names of each country.
func resolveDemonyms(cs []natCandidate, names map[string][]territory) []natCandidate {
	type key struct{ lang, base string }
	by := map[key][]natCandidate{}
	var order []key
	for _, c := range cs {
		k := key{c.lang, strings.ToLower(c.base)}
		if by[k] == nil {
			order = append(order, k)
		}
		by[k] = append(by[k], c)
	}
	var out []natCandidate
	for _, k := range order {
		group := by[k]
		pick := func(keep func(natCandidate) bool) []natCandidate {
			var p []natCandidate
			for _, c := range group {
				if keep(c) && !containsCode(p, c.code) {
					p = append(p, c)
				}
			}
			return p
		}
		p := pick(func(natCandidate) bool { return true })
		if len(p) > 1 {
			if u := pick(func(c natCandidate) bool { return !c.qualified }); len(u) > 0 {
				p = u
			}
		}
		if len(p) > 1 {
			p = pickFromName(p, k.base, names[k.lang])
		}
		if len(p) == 1 {
			out = append(out, p[0])
		}
	}
	return out
}

func containsCode(cs []natCandidate, code string) bool {
	for _, c := range cs {
		if c.code == code {
			return true
		}
	}
	return false
}

// pickFromName keeps the candidates whose country's name, less its last
// vowel, begins the demonym (Ranska → ranskalainen, Soedan → Soedanees).
func pickFromName(cs []natCandidate, base string, names []territory) []natCandidate {
	var p []natCandidate
	for _, c := range cs {
		for _, n := range names {
			if n.code != c.code {
				continue
			}
			stem := strings.ToLower(strings.NewReplacer(" ", "", "-", "").Replace(n.name))
			if isVowelRune(lastRune(stem)) {
				stem = strings.TrimSuffix(stem, string(lastRune(stem)))
			}
			if utf8.RuneCountInString(stem) >= 3 && strings.HasPrefix(base, stem) && !containsCode(p, c.code) {
				p = append(p, c)
			}
		}
	}
	return p
}

// demonymForms returns a demonym's forms in its language. Finnish inflects
// its -lainen adjectives in fourteen cases and two numbers (ranskalainen →
// ranskalaisen, ranskalaiset, ranskalaisella, ranskalaisten …). Dutch
// writes an adjective's name of the language bare (het Frans, in het
// Russisch), so only its inflected form is kept (Franse, Russische,
// Chinese), and a noun of a person takes its plural (Belg → Belgen,
// Afghaan → Afghanen, Rus → Russen, Zwitser → Zwitsers).
func demonymForms(lang, base string) []string {
	switch lang {
	case "fi":
		stem, ok := strings.CutSuffix(base, "nen")
		if !ok {
			return []string{base}
		}
		a := "ä"
		if strings.HasSuffix(stem, "lai") {
			a = "a"
		}
		out := []string{base}
		out = append(out, with(stem+"s", "en", "et", "ten", "t"+a, "i"+a, "ess"+a, "est"+a, "een", "ell"+a, "elt"+a, "elle", "en"+a, "eksi",
			"iss"+a, "ist"+a, "iin", "ill"+a, "ilt"+a, "ille", "in"+a, "iksi")...)
		return out
	case "nl":
		switch {
		case strings.HasSuffix(base, "se") || strings.HasSuffix(base, "sche"):
			return []string{base} // Oezbeekse, Cypriotische: the table's inflected adjective
		case strings.HasSuffix(base, "isch"):
			return []string{base + "e"}
		case strings.HasSuffix(base, "ees"):
			s := strings.TrimSuffix(base, "ees")
			return []string{s + "ese", s + "ezen"}
		case strings.HasSuffix(base, "s"):
			return []string{base + "e"}
		case strings.HasSuffix(base, "er"):
			return []string{base, base + "s"}
		}
		rs := []rune(base)
		n := len(rs)
		if n < 3 || isVowelRune(rs[n-1]) {
			return []string{base}
		}
		plural := base + "en"
		switch {
		case isVowelRune(rs[n-2]) && rs[n-2] == rs[n-3]:
			plural = string(rs[:n-2]) + string(rs[n-1]) + "en" // Afghaan → Afghanen
		case isVowelRune(rs[n-2]) && !isVowelRune(rs[n-3]):
			plural = base + string(rs[n-1]) + "en" // Rus → Russen, Brit → Britten
		}
		return []string{base, plural}
	}
	return []string{base}
}
