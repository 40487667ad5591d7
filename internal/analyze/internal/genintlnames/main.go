// Command genintlnames writes intlnames_data.go: the names of every
// country in the languages news feeds carry beyond the nine the gazetteer
// reads otherwise (Finnish, Polish, Dutch, Bulgarian, Serbian, Slovene,
// Croatian, Bosnian, Lithuanian, Greek, Hindi, Danish, Icelandic, Slovak,
// Urdu, Kazakh, Uzbek in both scripts, Kyrgyz, Tajik), with the case forms
// those languages give the last word of a name (Prancūzija → Prancūzijos,
// Ranska → Ranskassa, Ресей → Ресейде, Velika Britanija → Velike
// Britanije). Run by go generate in internal/analyze; it needs Debian's
// unicode-cldr-core (the names: CLDR's territory names) and the hunspell
// dictionaries of those languages and the nine (the filter below):
//
//	apt-get install unicode-cldr-core hunspell-pl hunspell-nl hunspell-bg hunspell-sr \
//	  hunspell-sl hunspell-hr hunspell-bs hunspell-lt hunspell-lv hunspell-el hunspell-hi \
//	  hunspell-da hunspell-sv hunspell-no hunspell-is hunspell-sk hunspell-cs hunspell-hu \
//	  hunspell-ro hunspell-kk
//
// and without them leaves the committed table as it is. It also writes
// intldemonyms_data.go, the Finnish and Dutch demonyms with their forms
// (ranskalaisella, Oezbeekse), from the i18n-nationality npm package (MIT;
// npm install -g i18n-nationality@1.4.0, as for gendemonyms), the only
// maintained source of these languages' demonyms on hand: see demonyms.go.
// Only the output is committed.
//
// What is kept (precision is the point):
//   - CLDR's name of a country (and its short name, Britannia), cut at a
//     bracket or comma, that is not the English or Russian name, alias or
//     CLDR name in one of the nine languages of another country;
//   - each form only when no other country has the same form in any
//     language (Kongo, Gvineja are dropped), compared in lower case;
//   - one-word forms of three letters or more, and in scripts without
//     capitals (Hindi, Urdu), where no capital marks a name, five or more
//     (Urdu مالی is Mali and "financial");
//   - forms that are not an ordinary word of another language's
//     dictionary (a lower-case entry), nor made only of such words
//     (Slovak "Slovensko" is Slovene for "in Slovene"); in
//     scripts without capitals (Hindi, Urdu) the dictionaries list names
//     among words, so there only the other filters apply.
package main

import (
	"bufio"
	"encoding/xml"
	"errors"
	"flag"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/newsbot/newsbot/internal/analyze/internal/gentable"
	"github.com/newsbot/newsbot/internal/analyze/internal/marks"
	"github.com/newsbot/newsbot/internal/news"
)

// langs are the CLDR locales read, by the language code the table gives
// them (a feed's declared language): those of the corpus's feeds and the
// labelled sets' reports beyond the nine (fi, pl, nl, bg, sr, sl, hr, bs,
// lt, el, hi, da, is, sk, ur) and of the Central Asian outlets the
// project is for (kk, uz, ky, tg).
var langs = []struct{ code, locale string }{
	{"fi", "fi"}, {"pl", "pl"}, {"nl", "nl"}, {"bg", "bg"}, {"sr", "sr"}, {"sr", "sr_Latn"},
	{"sl", "sl"}, {"hr", "hr"}, {"bs", "bs"}, {"lt", "lt"}, {"el", "el"}, {"hi", "hi"},
	{"da", "da"}, {"is", "is"}, {"sk", "sk"}, {"kk", "kk"}, {"uz", "uz"}, {"uz", "uz_Cyrl"},
	{"ky", "ky"}, {"tg", "tg"}, {"ur", "ur"},
}

// known are the languages whose names the gazetteer has already (package
// news's English and Russian, and CLDR's through x/text at run time).
var known = []string{"de", "fr", "es", "pt", "it", "tr", "uk", "be"}

// dicts are the hunspell dictionaries whose ordinary words no name may be.
var dicts = []string{
	"en_US", "ru_RU", "uk_UA", "de_DE", "fr", "es_ES", "pt_BR", "pt_PT", "it_IT", "tr_TR",
	"pl_PL", "nl", "bg_BG", "sr_RS", "sr_Latn_RS", "sl_SI", "hr_HR", "bs_BA", "lt_LT", "lv_LV",
	"el_GR", "da_DK", "sv_SE", "nb_NO", "is_IS", "sk_SK", "cs_CZ", "hu_HU", "ro_RO", "kk_KZ",
}

type row = gentable.Row

func main() {
	cldr := flag.String("cldr", "/usr/share/unicode/cldr/common/main", "CLDR main folder (unicode-cldr-core)")
	dictDir := flag.String("dicts", "/usr/share/hunspell", "hunspell dictionaries folder")
	out := flag.String("o", "intlnames_data.go", "output file")
	natDir := flag.String("nat", "/usr/lib/node_modules/i18n-nationality/langs", "the i18n-nationality package's langs folder")
	natOut := flag.String("od", "intldemonyms_data.go", "demonyms output file")
	flag.Parse()
	inputs := []string{filepath.Join(*cldr, "root.xml")}
	for _, d := range dicts {
		inputs = append(inputs, filepath.Join(*dictDir, d+".dic"))
	}
	err := gentable.Stat(inputs...)
	if errors.Is(err, os.ErrNotExist) {
		log.Printf("genintlnames: %v: %s left as it is (see the command's doc for the data)", err, *out)
		return
	}
	if err != nil {
		log.Fatalf("genintlnames: %v", err)
	}
	words, err := readDicts(*dictDir, *cldr)
	if err != nil {
		log.Fatalf("genintlnames: %v", err)
	}
	codes := map[string]bool{}
	anyText := map[string]bool{} // names that count in text of any language
	// owner maps a lower-case form to the one country that bears it, or
	// "" when two do; the names the gazetteer has already take part.
	owner := map[string]string{}
	own := func(k, code string) {
		if o, ok := owner[k]; ok && o != code {
			owner[k] = ""
		} else if !ok {
			owner[k] = code
		}
	}
	for _, c := range news.Countries() {
		codes[c.Code] = true
		for _, n := range append([]string{c.En, c.Ru}, c.Aliases...) {
			own(strings.ToLower(n), c.Code)
			anyText[strings.ToLower(n)] = true
		}
		r, err := language.ParseRegion(c.Code)
		if err != nil {
			continue
		}
		for _, lang := range known {
			n := display.Regions(language.MustParse(lang)).Name(r)
			if i := strings.IndexAny(n, ",("); i > 0 {
				n = strings.TrimSpace(n[:i])
			}
			own(strings.ToLower(n), c.Code)
		}
	}
	var rows []row
	for _, l := range langs {
		names, err := territories(filepath.Join(*cldr, l.locale+".xml"))
		if err != nil {
			log.Fatalf("genintlnames: %v", err)
		}
		for _, n := range names {
			if !codes[n.code] {
				continue
			}
			for _, f := range forms(l.code, n.name) {
				vs := apostrophes(f)
				if l.code == "el" {
					// Greek writes headlines in capitals without
					// their accents: ΤΟΥΡΚΙΑ.
					if p := marks.Strip(f); p != f {
						vs = append(vs, p)
					}
				}
				for _, v := range vs {
					rows = append(rows, row{Code: n.code, Lang: l.code, Name: v})
					own(strings.ToLower(v), n.code)
				}
			}
		}
	}
	var kept []row
	seen := map[row]bool{}
	for _, r := range rows {
		k := strings.ToLower(r.Name)
		ws := strings.Fields(k)
		if seen[r] || owner[k] == "" || anyText[k] || len(ws) == 1 && utf8.RuneCountInString(ws[0]) < 3 {
			continue
		}
		if !cased(r.Name) && len(ws) == 1 && utf8.RuneCountInString(ws[0]) < 5 {
			continue // no capital marks it a name: Urdu مالی is Mali and "financial"
		}
		if cased(r.Name) && words.ordinary(ws, r.Lang) {
			continue
		}
		seen[r] = true
		kept = append(kept, r)
	}
	table := gentable.Table{
		Generator: "genintlnames",
		Source:    "CLDR's territory names (unicode-cldr-core) and hunspell dictionaries",
		Doc: "// intlNames are countries' names, with the case forms of their last word,\n" +
			"// in languages beyond the nine the gazetteer reads otherwise, less names\n" +
			"// two countries share, ordinary words and one- or two-letter names (see\n" +
			"// internal/genintlnames).\n",
		Var:  "intlNames",
		Type: "intlName",
	}
	if err := table.Write(*out, kept); err != nil {
		log.Fatal(err)
	}
	writeDemonyms(*natDir, *natOut, *cldr, words, owner, anyText)
}

// writeDemonyms writes the demonyms of natLangs (see demonyms.go), or
// leaves the committed table as it is without the package.
func writeDemonyms(dir, out, cldr string, words *wordLists, names map[string]string, anyText map[string]bool) {
	cs, err := readNationalities(dir)
	if errors.Is(err, os.ErrNotExist) {
		log.Printf("genintlnames: %v: %s left as it is (npm install -g i18n-nationality@1.4.0 to regenerate it)", err, out)
		return
	}
	if err != nil {
		log.Fatalf("genintlnames: %v", err)
	}
	codes := map[string]bool{}
	for _, c := range news.Countries() {
		codes[c.Code] = true
	}
	local := map[string][]territory{}
	for _, lang := range natLangs {
		if local[lang], err = territories(filepath.Join(cldr, lang+".xml")); err != nil {
			log.Fatalf("genintlnames: %v", err)
		}
	}
	var rows []row
	owner := map[string]string{} // a lower-case form's one country, or ""
	for _, c := range resolveDemonyms(cs, local) {
		if _, isName := names[strings.ToLower(c.base)]; !codes[c.code] || isName {
			continue // the tables give some territories their name (Groenland, Gibraltar)
		}
		for _, f := range demonymForms(c.lang, c.base) {
			k := strings.ToLower(f)
			if o, ok := owner[k]; ok && o != c.code {
				owner[k] = ""
			} else if !ok {
				owner[k] = c.code
			}
			rows = append(rows, row{Code: c.code, Lang: c.lang, Name: f})
		}
	}
	var kept []row
	seen := map[row]bool{}
	for _, r := range rows {
		k := strings.ToLower(r.Name)
		if _, isName := names[k]; seen[r] || isName || anyText[k] || owner[k] == "" || utf8.RuneCountInString(k) <= 4 || strings.ContainsAny(k, " -") {
			continue
		}
		lang := r.Lang
		if k != r.Name {
			lang = "" // a capitalised demonym is no ordinary word of its own language either
		}
		if words.ordinary([]string{k}, lang) {
			continue
		}
		seen[r] = true
		kept = append(kept, r)
	}
	table := gentable.Table{
		Generator: "genintlnames",
		Source:    "the i18n-nationality npm package (MIT) and hunspell dictionaries",
		Doc: "// intlDemonyms are countries' demonyms in Finnish and Dutch with their\n" +
			"// forms, less forms two countries share, names, ordinary words and\n" +
			"// forms of four letters or fewer (see internal/genintlnames).\n",
		Var:  "intlDemonyms",
		Type: "intlName",
	}
	if err := table.Write(out, kept); err != nil {
		log.Fatal(err)
	}
}

// apostrophes returns a name written with each of the marks Uzbek text
// writes its oʻ and gʻ with: CLDR's ‘, the modifier letter ʻ of the
// official spelling, and the plain ' of most keyboards.
func apostrophes(name string) []string {
	if !strings.ContainsAny(name, "‘ʻ'’") {
		return []string{name}
	}
	var out []string
	for _, m := range []string{"‘", "ʻ", "'", "’"} {
		v := strings.NewReplacer("‘", m, "ʻ", m, "'", m, "’", m).Replace(name)
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

// cased reports whether name is written in a script with capitals.
func cased(name string) bool {
	for _, r := range name {
		if unicode.IsUpper(r) || unicode.IsLower(r) {
			return true
		}
	}
	return false
}

type territory struct{ code, name string }

// territories reads a CLDR locale's names of regions of two letters:
// the plain name and the short one (Britannia), each cut at a bracket or a
// comma ("Kongo (Kinshasa)").
func territories(path string) ([]territory, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var ldml struct {
		Territories []struct {
			Type string `xml:"type,attr"`
			Alt  string `xml:"alt,attr"`
			Name string `xml:",chardata"`
		} `xml:"localeDisplayNames>territories>territory"`
	}
	if err := xml.Unmarshal(b, &ldml); err != nil {
		return nil, err
	}
	var out []territory
	for _, t := range ldml.Territories {
		if len(t.Type) != 2 || t.Alt != "" && t.Alt != "short" {
			continue
		}
		n := t.Name
		if i := strings.IndexAny(n, ",("); i >= 0 {
			n = n[:i]
		}
		n = strings.Join(strings.Fields(n), " ")
		if n == "" || strings.ContainsAny(n, "0123456789.&/") {
			continue
		}
		out = append(out, territory{code: t.Type, name: n})
	}
	return out, nil
}

// wordLists holds the ordinary words of every dictionary, in lower case.
type wordLists struct{ common map[string][]string }

// ordinary reports whether a name of lang is made of ordinary words of
// another language's dictionary: its one word is one, or every word of a
// longer name is (Združeno kraljestvo). Its own language's dictionary may
// list it in lower case for its compounds and case forms (Swedish
// tyskland, Kazakh қазақстанда), and its words are the other languages'
// business: Slovak "Slovensko" is Slovene for "in Slovene".
func (w *wordLists) ordinary(ws []string, lang string) bool {
	var parts []string
	for _, x := range ws {
		parts = append(parts, strings.FieldsFunc(x, func(r rune) bool { return r == '-' || r == '\'' || r == '’' })...)
	}
	for _, p := range parts {
		if !slices.ContainsFunc(w.common[p], func(l string) bool { return l != lang }) {
			return false
		}
	}
	return len(parts) > 0
}

// readDicts reads the lower-case entries of every dictionary, decoded from
// the character set its affix file names. A dictionary that writes its own
// language's country names in lower case (half of its one-word names or
// more: Serbian's) lists names among its words, so it cannot tell an
// ordinary word, and is left out.
func readDicts(dir, cldr string) (*wordLists, error) {
	w := &wordLists{common: map[string][]string{}}
	for _, d := range dicts {
		locale := d
		if i := strings.IndexByte(d, '_'); i > 0 {
			locale = d[:i]
		}
		switch d {
		case "sr_Latn_RS":
			locale = "sr_Latn"
		case "nb_NO":
			locale = "no" // CLDR's Norwegian Bokmål names are its "no"
		}
		own, err := territories(filepath.Join(cldr, locale+".xml"))
		if err != nil {
			return nil, err
		}
		dec, err := charset(filepath.Join(dir, d+".aff"))
		if err != nil {
			return nil, err
		}
		f, err := os.Open(filepath.Join(dir, d+".dic"))
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		first := true
		entries := map[string]bool{}
		for sc.Scan() {
			line := dec(sc.Text())
			if first {
				first = false
				continue // the entry count
			}
			word := line
			if i := strings.IndexAny(line, "/\t \r"); i >= 0 {
				word = line[:i]
			}
			r, _ := utf8.DecodeRuneInString(word)
			// German lists the stems of compounds in lower case
			// (russland/ozm for Russlandreise): those are no words.
			if word != "" && unicode.IsLower(r) && !(d == "de_DE" && strings.Contains(line, "ozm")) {
				entries[word] = true
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, err
		}
		n, lower := 0, 0
		for _, t := range own {
			if !strings.ContainsAny(t.name, " -") {
				n++
				if entries[strings.ToLower(t.name)] {
					lower++
				}
			}
		}
		if n == 0 || lower*2 >= n {
			log.Printf("genintlnames: %s writes %d of %d country names in lower case: not a list of ordinary words", d, lower, n)
			continue
		}
		for e := range entries {
			w.common[e] = append(w.common[e], locale[:2])
		}
	}
	return w, nil
}

// charset returns the decoder of the character set an affix file names.
func charset(aff string) (func(string) string, error) {
	f, err := os.Open(aff)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	set := "UTF-8"
	for sc.Scan() {
		if s, ok := strings.CutPrefix(strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff")), "SET "); ok {
			set = strings.TrimSpace(s)
			break
		}
	}
	var cm *charmap.Charmap
	switch strings.ToUpper(set) {
	case "UTF-8":
		return func(s string) string { return strings.TrimPrefix(s, "\ufeff") }, nil
	case "ISO8859-1":
		cm = charmap.ISO8859_1
	case "ISO8859-2":
		cm = charmap.ISO8859_2
	case "ISO8859-7":
		cm = charmap.ISO8859_7
	case "ISO8859-13":
		cm = charmap.ISO8859_13
	case "KOI8-R":
		cm = charmap.KOI8R
	case "KOI8-U":
		cm = charmap.KOI8U
	default:
		return nil, errors.New(aff + ": unknown character set " + set)
	}
	d := cm.NewDecoder()
	return func(s string) string {
		out, err := d.String(s)
		if err != nil {
			return ""
		}
		return out
	}, nil
}

// forms returns a name and the case forms of its last word in lang.
func forms(lang, name string) []string {
	ws := strings.Fields(name)
	last := ws[len(ws)-1]
	head := strings.Join(ws[:len(ws)-1], " ")
	if head != "" {
		head += " "
	}
	out := []string{name}
	for _, f := range lastForms(lang, last, len(ws) > 1) {
		if f != last && f != "" {
			out = append(out, head+f)
		}
	}
	if len(ws) > 1 {
		// An adjective before the noun takes the case too: Velika
		// Britanija → Velike Britanije.
		out = append(out, adjForms(lang, ws)...)
	}
	return out
}

// cut returns w without suffix and whether it ended with it.
func cut(w, suffix string) (string, bool) { return strings.CutSuffix(w, suffix) }

// with returns stem joined to each ending.
func with(stem string, ends ...string) []string {
	out := make([]string, len(ends))
	for i, e := range ends {
		out[i] = stem + e
	}
	return out
}

func lastRune(w string) rune {
	r, _ := utf8.DecodeLastRuneInString(w)
	return r
}

func isVowelRune(r rune) bool {
	return strings.ContainsRune("aeiouyäöüåæøáéíóúýěůąęėįųūīēāőűаеёиоуыэюяіїєәөұүӯӣ", unicode.ToLower(r))
}

// lastForms returns the case forms of the last word of a name.
func lastForms(lang, w string, phrase bool) []string {
	switch lang {
	case "fi":
		return finnishForms(w)
	case "lt":
		for _, p := range [][2]string{{"ija", "ijos|ijai|iją|ijoje"}, {"a", "os|ai|ą|oje"}, {"as", "o|ui|ą|e"}, {"is", "io|iui|į|yje"}, {"ė", "ės|ei|ę|ėje"}} {
			if stem, ok := cut(w, p[0]); ok {
				return with(stem, strings.Split(p[1], "|")...)
			}
		}
	case "pl":
		switch {
		case strings.HasSuffix(w, "ja"):
			return with(strings.TrimSuffix(w, "a"), "i", "ę", "ą")
		case strings.HasSuffix(w, "ka"):
			return with(strings.TrimSuffix(w, "ka"), "ki", "kę", "ką", "ce")
		case strings.HasSuffix(w, "na"):
			return with(strings.TrimSuffix(w, "a"), "y", "ę", "ą", "ie")
		case strings.HasSuffix(w, "a"):
			return with(strings.TrimSuffix(w, "a"), "y", "ę", "ą")
		case !isVowelRune(lastRune(w)):
			return with(w, "u", "em", "ie")
		}
	case "sk":
		switch {
		case strings.HasSuffix(w, "sko") || strings.HasSuffix(w, "cko"):
			return with(strings.TrimSuffix(w, "o"), "a", "u", "om")
		case strings.HasSuffix(w, "ia"):
			return with(strings.TrimSuffix(w, "a"), "e", "u", "ou")
		case strings.HasSuffix(w, "a"):
			return with(strings.TrimSuffix(w, "a"), "y", "e", "u", "ou")
		case !isVowelRune(lastRune(w)):
			return with(w, "u", "om", "e")
		}
	case "sl":
		switch {
		case strings.HasSuffix(w, "a"):
			return with(strings.TrimSuffix(w, "a"), "e", "i", "o")
		case strings.HasSuffix(w, "o"):
			return with(strings.TrimSuffix(w, "o"), "a", "u", "em")
		case !isVowelRune(lastRune(w)):
			return with(w, "a", "u", "om")
		}
	case "hr", "bs", "sr":
		if isCyrillic(w) {
			switch {
			case strings.HasSuffix(w, "а"):
				return with(strings.TrimSuffix(w, "а"), "е", "и", "у", "ом", "ој")
			case strings.HasSuffix(w, "о"):
				return with(strings.TrimSuffix(w, "о"), "а", "у", "ом")
			case !isVowelRune(lastRune(w)):
				return with(w, "а", "у", "ом", "е")
			}
			return nil
		}
		switch {
		case strings.HasSuffix(w, "a"):
			return with(strings.TrimSuffix(w, "a"), "e", "i", "u", "om", "oj")
		case strings.HasSuffix(w, "o"):
			return with(strings.TrimSuffix(w, "o"), "a", "u", "om")
		case !isVowelRune(lastRune(w)):
			return with(w, "a", "u", "om", "e")
		}
	case "el":
		switch {
		case strings.HasSuffix(w, "α"), strings.HasSuffix(w, "ή"), strings.HasSuffix(w, "η"):
			return with(w, "ς")
		case strings.HasSuffix(w, "ος"):
			return with(strings.TrimSuffix(w, "ος"), "ου", "ο")
		case strings.HasSuffix(w, "ός"):
			return with(strings.TrimSuffix(w, "ός"), "ού", "ό")
		}
	case "da", "is":
		if !strings.HasSuffix(w, "s") && !phrase {
			return with(w, "s")
		}
	case "kk":
		return kazakhForms(w)
	case "ky":
		return kyrgyzForms(w)
	case "uz":
		if isCyrillic(w) {
			return with(w, "да", "нинг", "га", "дан", "ни")
		}
		return with(w, "da", "ning", "ga", "dan", "ni")
	case "tg":
		return with(w, "и", "ро")
	}
	return nil
}

// adjForms declines the adjective before a name's last word as the noun:
// Slavic and Baltic languages (Velika Britanija → Velike Britanije,
// Jungtinė Karalystė → Jungtinės Karalystės).
func adjForms(lang string, ws []string) []string {
	if len(ws) != 2 {
		return nil
	}
	adj, noun := ws[0], ws[1]
	switch lang {
	case "sl", "hr", "bs", "sr":
		if isCyrillic(adj) {
			if a, ok := cut(adj, "а"); ok {
				if n, ok := cut(noun, "а"); ok {
					return []string{a + "е " + n + "е", a + "ој " + n + "и", a + "у " + n + "у", a + "ом " + n + "ом"}
				}
			}
			return nil
		}
		if a, ok := cut(adj, "a"); ok {
			if n, ok := cut(noun, "a"); ok {
				out := []string{a + "e " + n + "e", a + "i " + n + "i", a + "o " + n + "o"}
				if lang != "sl" {
					out = append(out, a+"oj "+n+"i", a+"u "+n+"u", a+"om "+n+"om")
				}
				return out
			}
		}
	case "lt":
		if a, ok := cut(adj, "ė"); ok {
			if n, ok := cut(noun, "ė"); ok {
				return []string{a + "ės " + n + "ės", a + "ei " + n + "ei", a + "ę " + n + "ę", a + "ėje " + n + "ėje"}
			}
		}
	case "pl":
		if a, ok := cut(adj, "a"); ok {
			if n, ok := cut(noun, "a"); ok {
				return []string{a + "ej " + n + "y", a + "ą " + n + "ę", a + "ą " + n + "ą"}
			}
		}
	}
	return nil
}

func isCyrillic(w string) bool {
	for _, r := range w {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

// finnishForms returns the commonest Finnish cases: genitive, inessive,
// elative, illative, adessive, allative, ablative, essive and translative
// (Ranska → Ranskan, Ranskassa, Ranskasta, Ranskaan, Ranskalla …), with
// the vowel harmony of the word and the weak grade of a double stop before
// the last vowel (Turkki → Turkin, Turkissa; illative Turkkiin). A name
// ending in a consonant takes i first (Kazakstan → Kazakstanin).
func finnishForms(w string) []string {
	back := strings.ContainsAny(strings.ToLower(w), "aou")
	a := "ä"
	if back {
		a = "a"
	}
	stem := w
	if !isVowelRune(lastRune(w)) {
		stem = w + "i"
	}
	weak := stem
	rs := []rune(stem)
	if n := len(rs); n >= 3 && rs[n-2] == rs[n-3] && strings.ContainsRune("kpt", rs[n-2]) {
		weak = string(rs[:n-2]) + string(rs[n-1])
	}
	v := string(lastRune(stem))
	out := with(weak, "n", "ss"+a, "st"+a, "ll"+a, "lle", "lt"+a, "ksi")
	out = append(out, stem+v+"n", stem+"n"+a)
	return out
}

// kazakhForms returns the Kazakh case endings of a name by its last
// vowel's harmony and its last sound (Ресей → Ресейде, Ресейдің, Ресейге,
// Ресейден, Ресейді, Ресеймен; Қазақстан → Қазақстанда, Қазақстанның,
// Қазақстанға, Қазақстаннан).
func kazakhForms(w string) []string {
	front := false
	for _, r := range strings.ToLower(w) {
		switch r {
		case 'а', 'о', 'ұ', 'ы', 'я', 'у':
			front = false
		case 'ә', 'ө', 'ү', 'і', 'е', 'и', 'э':
			front = true
		}
	}
	last := unicode.ToLower(lastRune(w))
	vowel := isVowelRune(last)
	nasal := strings.ContainsRune("мнң", last)
	voiceless := strings.ContainsRune("пфктсшщхцчқ", last)
	pick := func(back, fr string) string {
		if front {
			return fr
		}
		return back
	}
	var loc, gen, dat, abl, acc, ins string
	switch {
	case vowel:
		loc, gen, dat, abl, acc, ins = pick("да", "де"), pick("ның", "нің"), pick("ға", "ге"), pick("дан", "ден"), pick("ны", "ні"), "мен"
	case voiceless:
		loc, gen, dat, abl, acc, ins = pick("та", "те"), pick("тың", "тің"), pick("қа", "ке"), pick("тан", "тен"), pick("ты", "ті"), "пен"
	case nasal:
		loc, gen, dat, abl, acc, ins = pick("да", "де"), pick("ның", "нің"), pick("ға", "ге"), pick("нан", "нен"), pick("ды", "ді"), "мен"
	default:
		loc, gen, dat, abl, acc, ins = pick("да", "де"), pick("дың", "дің"), pick("ға", "ге"), pick("дан", "ден"), pick("ды", "ді"), "мен"
	}
	return with(w, loc, gen, dat, abl, acc, ins)
}

// kyrgyzForms returns the Kyrgyz case endings by four-way vowel harmony
// (Россия → Россияда, Россиянын, Россияга; Түркия → Түркияда).
func kyrgyzForms(w string) []string {
	h := 0 // 0 а ы, 1 е и, 2 о у, 3 ө ү
	for _, r := range strings.ToLower(w) {
		switch r {
		case 'а', 'ы', 'я':
			h = 0
		case 'е', 'и', 'э':
			h = 1
		case 'о', 'у', 'ё', 'ю':
			h = 2
		case 'ө', 'ү':
			h = 3
		}
	}
	a := []string{"а", "е", "о", "ө"}[h]
	y := []string{"ы", "и", "у", "ү"}[h]
	last := unicode.ToLower(lastRune(w))
	d, n, g := "д", "н", "г"
	switch {
	case strings.ContainsRune("пфктсшщхцч", last):
		d, n, g = "т", "т", "к"
	case isVowelRune(last):
		d = "д"
	default:
		n = "д"
	}
	return with(w, d+a, n+y+"н", g+a, d+a+"н", n+y)
}
