// Command gentowns writes towns_data.go: the towns of every country with
// 15,000 inhabitants or more, and the first-level regions GeoNames files
// them under, for the gazetteer's weak local evidence (see
// internal/analyze/country_town.go). Run by go generate in
// internal/analyze.
//
// The towns come from the Open Knowledge "world-cities" data package
// (github.com/datasets/world-cities, data/world-cities.csv at commit
// 49974c6; columns name, country, subcountry, geonameid), which is built
// from GeoNames' cities15000 dump and admin1 codes. Both are published
// under the Creative Commons Attribution 4.0 licence: the generated file
// credits GeoNames (https://www.geonames.org/) and Open Knowledge, and so
// does README.md. Get the file with
//
//	git -C <a clone of github.com/datasets/world-cities> show 49974c6:data/world-cities.csv > /usr/local/share/world-cities/world-cities.csv
//
// or give its path with -csv or $WORLD_CITIES_CSV. The countries' names
// are ISO 3166-1's as Debian's iso-codes ships them, and the word lists
// that keep ordinary words and people's names out are Debian's hunspell
// dictionaries of the corpus's nine languages (apt-get install iso-codes
// hunspell-en-us hunspell-ru hunspell-uk hunspell-de-de hunspell-fr
// hunspell-es hunspell-pt-br hunspell-pt-pt hunspell-it hunspell-tr).
// Without any of them the committed table is left as it is. Only the
// output is committed, never the CSV.
//
// What is kept (precision is the point; a town is weak evidence):
//   - names starting with a capital, without digits or brackets, whose
//     one-word form has more than four letters;
//   - names that one country's towns and regions alone bear (Victoria, San
//     Pedro, Springfield are dropped), compared without accents and case;
//   - names none of whose one word is an ordinary word of one of the nine
//     languages (a lower-case entry of a dictionary: Federal, Mobile,
//     Split, Nice, Reading, Bath, auch, bergen) or a first name or surname
//     (the French dictionary's po:prn and po:patr entries, which list
//     names of every origin: Mercedes, Victoria, Racine, Lincoln; a
//     one-word town left out only so is kept with lang "name" or
//     "name-xx", for the analyzer to count only before a word of its
//     public bodies: "Racine police"); of
//     names of several words, those whose every word is an English word
//     (Business Bay, International City: headlines capitalise them);
//   - for Russia, Ukraine and Belarus, the Cyrillic spellings of the
//     romanised name that the Russian or Ukrainian dictionary holds as a
//     proper noun (Dzerzhinsk → Дзержинск, Bila Tserkva → Біла Церква),
//     found by undoing the romanisation letter by letter and kept only
//     when they are not an ordinary word either.
package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"log"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/newsbot/newsbot/internal/analyze/internal/gentable"
	"github.com/newsbot/newsbot/internal/analyze/internal/marks"
)

// dicts are the hunspell dictionaries of the corpus's languages.
var dicts = []string{"en_US", "ru_RU", "uk_UA", "de_DE", "fr", "es_ES", "pt_BR", "pt_PT", "it_IT", "tr_TR"}

// cyrillic lists the countries whose towns news writes in Cyrillic, with
// the dictionaries their spellings are looked up in.
var cyrillic = map[string][]string{"RU": {"ru"}, "BY": {"ru"}, "UA": {"uk", "ru"}}

// unnamed maps the country names world-cities gives without an ISO entry.
var unnamed = map[string]string{"No country found for alpha-2 code: XK": "XK"}

type town = gentable.Row

func main() {
	csvPath := flag.String("csv", envOr("WORLD_CITIES_CSV", "/usr/local/share/world-cities/world-cities.csv"), "world-cities.csv (datasets/world-cities at 49974c6)")
	iso := flag.String("iso", "/usr/share/iso-codes/json/iso_3166-1.json", "iso-codes' ISO 3166-1 JSON")
	iso2 := flag.String("iso2", "/usr/share/iso-codes/json/iso_3166-2.json", "iso-codes' ISO 3166-2 JSON")
	dictDir := flag.String("dicts", "/usr/share/hunspell", "hunspell dictionaries folder")
	out := flag.String("o", "towns_data.go", "output file")
	flag.Parse()
	inputs := []string{*csvPath, *iso, *iso2}
	for _, d := range dicts {
		inputs = append(inputs, filepath.Join(*dictDir, d+".dic"))
	}
	err := gentable.Stat(inputs...)
	if errors.Is(err, os.ErrNotExist) {
		// Without the data the committed table stays as it is, so go
		// generate still runs the package's other generators.
		log.Printf("gentowns: %v: %s left as it is (see the command's doc for the data)", err, *out)
		return
	}
	if err != nil {
		log.Fatalf("gentowns: %v", err)
	}
	codes, err := readISO(*iso)
	if err != nil {
		log.Fatalf("gentowns: %v", err)
	}
	words, err := readDicts(*dictDir)
	if err != nil {
		log.Fatalf("gentowns: %v", err)
	}
	rows, err := readCSV(*csvPath, codes)
	if err != nil {
		log.Fatalf("gentowns: %v", err)
	}
	subs, err := readSubdivisions(*iso2)
	if err != nil {
		log.Fatalf("gentowns: %v", err)
	}
	// A name several countries' towns or regions bear names none of them,
	// and so does one that another country's subdivision of any level
	// bears (Essex is an English county before it is a town of Maryland).
	owner := map[string]string{}
	for _, r := range append(rows, subs...) {
		k := nameKey(r.Name)
		if o, ok := owner[k]; ok && o != r.Code {
			owner[k] = ""
		} else if !ok {
			owner[k] = r.Code
		}
	}
	var towns []town
	seen := map[town]bool{}
	add := func(t town) {
		if !seen[t] {
			seen[t] = true
			towns = append(towns, t)
		}
	}
	for _, r := range rows {
		ok, not := words.keep(r.Name)
		if owner[nameKey(r.Name)] == "" || r.Code != "PT" && words.places[fold(r.Name)] {
			continue
		}
		if not, ok := words.personTown(r.Name); !ok && not != nil {
			// A town named like a person (Racine, Clinton) counts only
			// before a word of its public bodies (see country_town.go),
			// and not in text of a language it is a word of (racine).
			lang := "name"
			for _, l := range not {
				lang += "-" + l
			}
			add(town{Code: r.Code, Lang: lang, Name: r.Name})
			if f := marks.Strip(r.Name); f != r.Name {
				add(town{Code: r.Code, Lang: lang, Name: f})
			}
			continue
		}
		if !ok {
			// A romanised soft sign (Ryazan’, Yegor’yevsk) keeps the
			// Latin name out, as the tokenizer splits it, but not its
			// Cyrillic spelling (Рязань, Егорьевск).
			if ok, _ := words.keep(strings.NewReplacer("’", "", "'", "").Replace(r.Name)); ok {
				for _, lang := range cyrillic[r.Code] {
					for _, c := range words.cyrillic(lang, r.Name) {
						add(town{Code: r.Code, Lang: lang, Name: c})
					}
				}
			}
			continue
		}
		lang := ""
		for _, l := range not {
			lang += "-" + l
		}
		add(town{Code: r.Code, Lang: lang, Name: r.Name})
		// Text may drop the accents (Mossoro, Tucurui): the table holds
		// that spelling too, so New need not make it.
		if f := marks.Strip(r.Name); f != r.Name {
			add(town{Code: r.Code, Lang: lang, Name: f})
		}
		for _, lang := range cyrillic[r.Code] {
			for _, c := range words.cyrillic(lang, r.Name) {
				add(town{Code: r.Code, Lang: lang, Name: c})
			}
		}
	}
	table := gentable.Table{
		Generator: "gentowns",
		Source:    "GeoNames (https://www.geonames.org/, CC BY 4.0) through Open Knowledge's world-cities data package (github.com/datasets/world-cities, 49974c6)",
		Doc:       "// townNames are the towns of 15,000 people or more and their regions that\n// one country alone bears, less ordinary words and people's names (see\n// internal/gentowns): Latin names for any Latin-script text (lang \"\"),\n// Cyrillic ones for Russian (\"ru\") or Ukrainian (\"uk\") text.\n",
		Var:       "townNames",
		Type:      "townName",
	}
	if err := table.Write(*out, towns); err != nil {
		log.Fatal(err)
	}
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

// readISOCodes reads one of iso-codes' JSON files: its records, each a
// map of field to value, under the standard's name ("3166-1", "3166-2").
func readISOCodes(path string) (map[string][]map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f map[string][]map[string]string
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, err
	}
	return f, nil
}

// readISO maps ISO 3166-1 names (name, common and official) to codes.
func readISO(path string) (map[string]string, error) {
	f, err := readISOCodes(path)
	if err != nil {
		return nil, err
	}
	codes := map[string]string{}
	for _, c := range f["3166-1"] {
		for _, k := range []string{"name", "common_name", "official_name"} {
			if n := c[k]; n != "" {
				codes[n] = c["alpha_2"]
			}
		}
	}
	for n, c := range unnamed {
		codes[n] = c
	}
	return codes, nil
}

// readSubdivisions reads the names of every ISO 3166-2 subdivision, of
// any level, with its country's code.
func readSubdivisions(path string) ([]town, error) {
	f, err := readISOCodes(path)
	if err != nil {
		return nil, err
	}
	var subs []town
	for _, s := range f["3166-2"] {
		code, _, _ := strings.Cut(s["code"], "-")
		subs = append(subs, town{Code: code, Name: s["name"]})
	}
	return subs, nil
}

// readCSV reads the towns and their regions (subcountry) with their codes.
func readCSV(path string, codes map[string]string) ([]town, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReader(f))
	head, err := r.Read()
	if err != nil {
		return nil, err
	}
	if strings.Join(head, ",") != "name,country,subcountry,geonameid" {
		return nil, errors.New("unexpected columns: " + strings.Join(head, ","))
	}
	var rows []town
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		code, ok := codes[rec[1]]
		if !ok {
			return nil, errors.New("no ISO code for " + rec[1])
		}
		for _, n := range []string{rec[0], rec[2]} {
			if n = strings.TrimSpace(n); n != "" {
				rows = append(rows, town{Code: code, Name: n})
			}
		}
	}
	return rows, nil
}

// nameKey is the key names are compared by across countries: folded,
// without apostrophes, hyphens as spaces (San-Pédro is San Pedro,
// Kirovs'k Kirovsk).
func nameKey(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\'', '’', 'ʼ', 'ʻ', '`':
			return -1
		case '-':
			return ' '
		}
		return r
	}, fold(s))
	return strings.Join(strings.Fields(s), " ")
}

// fold is a name's comparison key: lower case, without accents.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// wordLists holds what the dictionaries say of words.
type wordLists struct {
	common  map[string]map[string]bool // lower-case entries, folded, with the languages they are words of
	english map[string]bool            // lower-case English entries
	persons map[string]bool            // first names and surnames, folded
	places  map[string]bool            // places the European Portuguese dictionary knows, folded
	proper  map[string]map[string]bool // capitalised entries by language (ru, uk)
	prefix  map[string]map[string]bool // their prefixes and those of the lower-case entries, lower case
}

// gentilics are the endings Romance languages make a town's people with
// (mossoroense, valenciano, tarifeño): a dictionary lists a town's name in
// lower case to derive them, so such an entry is a place, not a word.
var gentilics = []string{"ense", "enses", "ano", "anos", "eño", "ês"}

func readDicts(dir string) (*wordLists, error) {
	w := &wordLists{common: map[string]map[string]bool{}, english: map[string]bool{}, persons: map[string]bool{}, places: map[string]bool{},
		proper: map[string]map[string]bool{"ru": {}, "uk": {}}, prefix: map[string]map[string]bool{"ru": {}, "uk": {}}}
	var nouns []string
	for _, d := range dicts {
		lang := d[:2]
		lower := map[string]bool{} // lower-case entries: true when one of them is a word, not only a compound's stem
		f, err := os.Open(filepath.Join(dir, d+".dic"))
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		first := true
		for sc.Scan() {
			line := sc.Text()
			if first {
				first = false
				continue // the entry count
			}
			word, rest := line, ""
			if i := strings.IndexAny(line, "/\t "); i >= 0 {
				word, rest = line[:i], line[i:]
			}
			r, _ := utf8.DecodeRuneInString(word)
			if word == "" || !unicode.IsLetter(r) {
				continue
			}
			if unicode.IsLower(r) {
				flags := ""
				if strings.HasPrefix(rest, "/") {
					flags, _, _ = strings.Cut(rest[1:], " ")
				}
				// German lists the stems of compounds in lower case
				// (landshut/ozm, würzburg/Sozm for Landshuter,
				// Würzburger): those are no words.
				lower[word] = lower[word] || !(lang == "de" && strings.Contains(flags, "ozm"))
				if p := w.prefix[lang]; p != nil {
					for lw, i := []rune(word), 1; i <= len(lw); i++ {
						p[string(lw[:i])] = true
					}
				}
				if d == "en_US" {
					w.english[word] = true
				}
				continue
			}
			// German nouns are capitalised: those that have a plural or
			// make compounds (Lage/Nm, Horn/STm, Feld/ERSTmij) are words,
			// towns' names (Landshut/m, Würzburg/Sm) are not.
			if d == "de_DE" && strings.HasPrefix(rest, "/") && strings.ContainsAny(strings.Fields(rest[1:] + " ")[0], "NTEPij") {
				nouns = append(nouns, word)
			}
			if d == "fr" && (strings.Contains(rest, "po:prn") || strings.Contains(rest, "po:patr")) ||
				d == "pt_PT" && (strings.Contains(rest, "SEM=p]") || strings.Contains(rest, "SEM=p,") || strings.Contains(rest, "SEM=p1")) {
				w.persons[fold(word)] = true
			}
			// The European Portuguese dictionary tags places: Portugal's
			// towns, many of which Brazil's towns are named after (Ourém,
			// Viseu, Chaves), and the world's best known (Hollywood).
			if d == "pt_PT" && (strings.Contains(rest, "SEM=ter") || strings.Contains(rest, "SEM=cid") || strings.Contains(rest, "SEM=country")) {
				w.places[fold(word)] = true
			}
			if p := w.proper[lang]; p != nil {
				p[word] = true
				lw := []rune(strings.ToLower(word))
				for i := 1; i <= len(lw); i++ {
					w.prefix[lang][string(lw[:i])] = true
				}
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, err
		}
		for word, isWord := range lower {
			if isWord && !placeStem(lower, word) {
				w.addCommon(word, lang)
			}
		}
	}
	for _, n := range nouns {
		w.addCommon(n, "de")
	}
	return w, nil
}

// addCommon records word as an ordinary word of lang.
func (w *wordLists) addCommon(word, lang string) {
	k := fold(word)
	if w.common[k] == nil {
		w.common[k] = map[string]bool{}
	}
	w.common[k][lang] = true
}

// placeStem reports whether a lower-case entry is a town's name kept to
// derive its people's name (mossoró → mossoroense, utrera → utrerano).
func placeStem(lower map[string]bool, word string) bool {
	stem := strings.TrimRightFunc(word, func(r rune) bool { return strings.ContainsRune("aeiouáéíóúãâêô", r) })
	if stem == "" {
		return false
	}
	for _, g := range gentilics {
		for _, s := range [...]string{stem, fold(stem), word, fold(word)} {
			if _, ok := lower[s+g]; ok {
				return true
			}
		}
	}
	return false
}

// keep reports whether a Latin name may name its town (see the doc) and,
// when it may, the languages whose text it does not count in: those it is
// an ordinary word of (Auch counts in French text, not in German).
func (w *wordLists) keep(name string) (bool, []string) {
	r, _ := utf8.DecodeRuneInString(name)
	// Apostrophes mark romanised glottal stops (Nā’īn, Long’e), which
	// the tokenizer splits into words of their own.
	if !unicode.IsUpper(r) || strings.ContainsAny(name, "0123456789()[],/'’ʼʻ`") {
		return false, nil
	}
	ws := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
	if len(ws) == 0 || len(ws) == 1 && utf8.RuneCountInString(name) <= 3 {
		return false, nil
	}
	if len(ws) == 1 {
		k := fold(name)
		langs := map[string]bool{}
		for l := range w.common[k] {
			langs[l] = true
		}
		if w.englishForm(k) {
			langs["en"] = true
		}
		// Spanish patronymics (Pérez, Giménez) are surnames first.
		if w.persons[k] || len(langs) > 1 || strings.HasSuffix(k, "ez") {
			return false, nil // a name, or a word of several languages (Federal, Samba)
		}
		var not []string
		for l := range langs {
			not = append(not, l)
		}
		return true, not
	}
	allEnglish := true
	for _, x := range ws {
		allEnglish = allEnglish && w.english[strings.ToLower(x)]
	}
	return !allEnglish, nil
}

// personTown returns the languages a one-word name is an ordinary word of
// (none or one) when it is left out only for being a first name or
// surname (Racine, a French word too; Clinton), and nil otherwise; no
// Spanish patronymic. Its second result is always false: such a name is
// not kept as a town of its own.
func (w *wordLists) personTown(name string) ([]string, bool) {
	r, _ := utf8.DecodeRuneInString(name)
	if !unicode.IsUpper(r) || strings.ContainsAny(name, "0123456789()[],/'’ʼʻ` -") || utf8.RuneCountInString(name) <= 4 {
		return nil, false
	}
	k := fold(name)
	if !w.persons[k] || len(w.common[k]) > 1 || w.englishForm(k) || strings.HasSuffix(k, "ez") {
		return nil, false
	}
	not := []string{}
	for l := range w.common[k] {
		not = append(not, l)
	}
	return not, false
}

// englishSuffixes turn an English stem into the words hunspell derives
// from it by its affix rules, which the dictionary does not list:
// independence from independent, Worms from worm, Reading from read.
var englishSuffixes = [...][2]string{
	{"ence", "ent"}, {"ance", "ant"}, {"s", ""}, {"es", ""}, {"ies", "y"}, {"ing", ""}, {"ing", "e"},
	{"ed", ""}, {"ed", "e"}, {"er", ""}, {"er", "e"}, {"ers", ""}, {"ly", ""}, {"ness", ""}, {"ment", ""},
	{"ity", ""}, {"ity", "e"}, {"ion", ""}, {"ion", "e"}, {"al", ""}, {"ful", ""}, {"less", ""},
}

// englishPrefixes are the prefixes hunspell's English rules add
// (independent from dependent).
var englishPrefixes = [...]string{"", "in", "un", "re", "dis", "non", "im"}

// englishForm reports whether a folded word is an English word a stem of
// the dictionary makes.
func (w *wordLists) englishForm(k string) bool {
	for _, p := range englishPrefixes {
		b, ok := strings.CutPrefix(k, p)
		if !ok || len(b) < 3 {
			continue
		}
		if p != "" && w.english[b] {
			return true
		}
		for _, sf := range englishSuffixes {
			if s, ok := strings.CutSuffix(b, sf[0]); ok && len(s) > 2 && w.english[s+sf[1]] {
				return true
			}
		}
	}
	return false
}

// translit lists the Cyrillic letters a romanised letter group may stand
// for, longest groups first (BGN/PCGN for Russian, the national system
// for Ukrainian, and their common variants).
var translit = []struct {
	lat string
	cyr []string
}{
	{"shch", []string{"щ"}}, {"zh", []string{"ж"}}, {"kh", []string{"х"}}, {"ts", []string{"ц", "тс"}},
	{"ch", []string{"ч"}}, {"sh", []string{"ш"}}, {"yu", []string{"ю"}}, {"ya", []string{"я"}},
	{"yo", []string{"ё", "йо"}}, {"ye", []string{"е", "є"}}, {"yi", []string{"ї", "ий"}}, {"iy", []string{"ий"}},
	{"yy", []string{"ый", "ий"}}, {"ia", []string{"ія", "ия"}}, {"iu", []string{"ію", "ию"}}, {"ie", []string{"іє", "ие"}},
	{"a", []string{"а"}}, {"b", []string{"б"}}, {"v", []string{"в"}}, {"w", []string{"в"}}, {"g", []string{"г", "ґ"}},
	{"h", []string{"г", "х"}}, {"d", []string{"д"}}, {"e", []string{"е", "э", "є"}}, {"z", []string{"з"}},
	{"i", []string{"и", "і", "ї", "й"}}, {"y", []string{"ы", "и", "й"}}, {"k", []string{"к"}}, {"l", []string{"л"}},
	{"m", []string{"м"}}, {"n", []string{"н"}}, {"o", []string{"о"}}, {"p", []string{"п"}}, {"r", []string{"р"}},
	{"s", []string{"с"}}, {"t", []string{"т"}}, {"u", []string{"у"}}, {"f", []string{"ф"}}, {"c", []string{"ц", "к"}},
	{"x", []string{"кс"}}, {"j", []string{"й"}}, {"'", []string{"ь", "ъ"}}, {"’", []string{"ь", "ъ"}}, {"ʹ", []string{"ь"}},
	{" ", []string{" "}}, {"-", []string{"-"}},
}

// cyrillic returns the spellings of a romanised name that lang's
// dictionary holds as a proper noun and not as an ordinary word, or, for a
// name of several words, whose head noun it holds so and whose words
// before it it holds. A soft
// sign may follow any consonant (Perm → Пермь).
func (w *wordLists) cyrillic(lang, name string) []string {
	proper, prefix := w.proper[lang], w.prefix[lang]
	lat := strings.ToLower(fold(name))
	var found []string
	var walk func(i int, cyr string)
	walk = func(i int, cyr string) {
		if len(found) > 4 {
			return
		}
		if i == len(lat) {
			// Each word of the name must be in the dictionary: its last
			// one (the head noun) as a proper noun and no ordinary word,
			// the ones before it as a proper noun or as an ordinary
			// word, as the adjectives of Старый Оскол, Нижний Тагил and
			// Великий Новгород are: a name of several capitalised words
			// is no phrase of ordinary text.
			c := capitalise(cyr)
			parts := strings.Fields(c)
			ok := true
			for k, part := range parts {
				if k < len(parts)-1 {
					ok = ok && (proper[part] || w.common[fold(strings.ToLower(part))][lang])
					continue
				}
				ok = ok && proper[part] && w.common[fold(strings.ToLower(part))] == nil
			}
			if ok {
				found = append(found, c)
			}
			return
		}
		for _, t := range translit {
			if !strings.HasPrefix(lat[i:], t.lat) {
				continue
			}
			for _, c := range t.cyr {
				next := cyr + c
				if !wordPrefix(prefix, next) {
					continue
				}
				walk(i+len(t.lat), next)
				if soft := next + "ь"; strings.ContainsAny(c, "бвгдзклмнпрстфхцчшщ") && wordPrefix(prefix, soft) {
					walk(i+len(t.lat), soft)
				}
			}
		}
	}
	walk(0, "")
	return found
}

// wordPrefix reports whether the last word of s starts a dictionary word.
func wordPrefix(prefix map[string]bool, s string) bool {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		s = s[i+1:]
	}
	return s == "" || prefix[s]
}

// capitalise capitalises each word of a Cyrillic name (Біла Церква).
func capitalise(s string) string {
	rs := []rune(s)
	up := true
	for i, r := range rs {
		if up {
			rs[i] = unicode.ToUpper(r)
		}
		up = r == ' '
	}
	return string(rs)
}
