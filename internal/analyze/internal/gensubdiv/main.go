// Command gensubdiv writes subdivisions_data.go: the names of countries'
// first-level subdivisions (states, provinces, regions, oblasts, Länder)
// from ISO 3166-2, as Debian's iso-codes package ships it
// (/usr/share/iso-codes/json/iso_3166-2.json and its gettext
// translations), for the gazetteer. Run by go generate in
// internal/analyze; it needs iso-codes installed (apt-get install
// iso-codes), and without it leaves the committed table as it is. Only
// the output is committed.
package main

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot/internal/analyze/internal/gentable"
)

// keptTypes are the ISO 3166-2 subdivision types that are a country's
// first level and that news names: districts, municipalities, counties and
// parishes are left out (many share names with towns elsewhere).
var keptTypes = map[string]bool{
	"State": true, "Land": true, "Union territory": true, "Province": true, "Region": true, "Oblast": true,
	"Republic": true, "Autonomous republic": true, "Administrative region": true, "Administrative territory": true,
	"Autonomous district": true, "Autonomous region": true, "Autonomous community": true, "Metropolitan region": true,
	"Territory": true, "Governorate": true, "Prefecture": true, "Voivodship": true, "Special administrative region": true,
	"Emirate": true, "Canton": true, "Autonomous province": true,
}

// latinCountries are the federal countries whose states' names news uses
// alone in Latin script ("Idaho", "Haryana", "Bayern", "Queensland",
// "Ontario", "Minas Gerais"); elsewhere ISO's Latin names are local
// romanisations (Kharkivska oblast) that news does not write.
var latinCountries = map[string]bool{"US": true, "IN": true, "DE": true, "AU": true, "CA": true, "BR": true}

// ownLanguage lists, for countries whose regions news in the country's own
// language names alone, that language and the subdivision types taken:
// Turkish provinces (Hatay, Kahramanmaraş), Spanish autonomous communities
// (Andalucía), Italian regions (Lombardia), French regions (Bretagne).
// Their names count only in text of that language.
var ownLanguage = map[string]struct {
	lang  string
	types map[string]bool
}{
	"TR": {"tr", map[string]bool{"Province": true}},
	"ES": {"es", map[string]bool{"Autonomous community": true}},
	"IT": {"it", map[string]bool{"Region": true, "Autonomous region": true}},
	"FR": {"fr", map[string]bool{"Metropolitan region": true}},
}

// secondLanguage lists, for bilingual countries whose regions news in the
// country's other language names by their translation, that language and
// the types taken from its gettext translation: Canada's provinces and
// territories in French (Québec, Colombie-Britannique, Nouvelle-Écosse),
// as French-language news of Quebec writes them. They count only in text
// of that language.
var secondLanguage = map[string]struct {
	lang  string
	types map[string]bool
}{
	"CA": {"fr", map[string]bool{"Province": true, "Territory": true}},
}

// cyrillicLangs are the translations taken: every country's subdivisions
// as Russian and Ukrainian news write them.
var cyrillicLangs = []string{"ru", "uk"}

type sub = gentable.Row

func main() {
	dir := flag.String("iso", "/usr/share/iso-codes/json", "iso-codes JSON folder")
	locale := flag.String("locale", "/usr/share/locale", "gettext locale folder")
	out := flag.String("o", "subdivisions_data.go", "output file")
	flag.Parse()
	b, err := os.ReadFile(filepath.Join(*dir, "iso_3166-2.json"))
	if errors.Is(err, os.ErrNotExist) {
		// Without iso-codes the committed table stays as it is, so go
		// generate still runs the package's other generators.
		log.Printf("gensubdiv: %v: %s left as it is (apt-get install iso-codes to regenerate it)", err, *out)
		return
	}
	if err != nil {
		log.Fatalf("gensubdiv: %v", err)
	}
	var data struct {
		Subs []struct{ Code, Name, Type string } `json:"3166-2"`
	}
	if err := json.Unmarshal(b, &data); err != nil {
		log.Fatalf("gensubdiv: parse iso_3166-2.json: %v", err)
	}
	trans := map[string]map[string]string{}
	langs := slices.Clone(cyrillicLangs)
	for _, sl := range secondLanguage {
		if !slices.Contains(langs, sl.lang) {
			langs = append(langs, sl.lang)
		}
	}
	for _, lang := range langs {
		m, err := readMO(filepath.Join(*locale, lang, "LC_MESSAGES", "iso_3166-2.mo"))
		if err != nil {
			log.Fatalf("gensubdiv: %v", err)
		}
		trans[lang] = m
	}
	// owners counts the countries a (language, name) belongs to: a name of
	// two countries names neither.
	owners := map[[2]string]map[string]bool{}
	var subs []sub
	var add func(code, lang, name string)
	add = func(code, lang, name string) {
		if i := strings.IndexByte(name, '['); i > 0 {
			// "Catalunya [Cataluña]": the local name and the Spanish one.
			add(code, lang, strings.TrimSuffix(name[i+1:], "]"))
			name = name[:i]
		}
		name = strings.TrimSpace(strings.TrimRight(name, "*"))
		if i := strings.IndexAny(name, "(,"); i > 0 {
			name = strings.TrimSpace(name[:i]) // "Тива (Тува)", "Adygeja, Respublika"
		}
		if name == "" {
			return
		}
		k := [2]string{lang, strings.ToLower(name)}
		if owners[k] == nil {
			owners[k] = map[string]bool{}
		}
		owners[k][code] = true
		subs = append(subs, sub{Code: code, Lang: lang, Name: name})
	}
	for _, s := range data.Subs {
		code := s.Code[:2]
		if own, ok := ownLanguage[code]; ok && own.types[s.Type] && isLatin(s.Name) {
			add(code, own.lang, s.Name)
		}
		if sl, ok := secondLanguage[code]; ok && sl.types[s.Type] {
			if t := trans[sl.lang][s.Name]; t != "" && isLatin(t) {
				add(code, sl.lang, t)
			}
		}
		if !keptTypes[s.Type] {
			continue
		}
		if latinCountries[code] && isLatin(s.Name) {
			add(code, "", s.Name)
		}
		for _, lang := range cyrillicLangs {
			if t := trans[lang][s.Name]; t != "" && isCyrillic(t) {
				add(code, lang, t)
			}
		}
	}
	seen := map[sub]bool{}
	var kept []sub
	for _, s := range subs {
		if len(owners[[2]string{s.Lang, strings.ToLower(s.Name)}]) > 1 || seen[s] {
			continue
		}
		seen[s] = true
		kept = append(kept, s)
	}
	table := gentable.Table{
		Generator: "gensubdiv",
		Source:    "ISO 3166-2 (Debian's iso-codes)",
		Doc:       "// subdivisions are countries' first-level subdivisions: Latin names of\n// federal states (any language), regions in their country's own or second\n// language and Russian and Ukrainian names of all.\n",
		Var:       "subdivisions",
		Type:      "subdivision",
	}
	if err := table.Write(*out, kept); err != nil {
		log.Fatal(err)
	}
}

func isLatin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

func isCyrillic(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.Cyrillic, r)
}

// readMO reads a gettext .mo file into a map from original to translation.
func readMO(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(b) < 20 {
		return nil, errors.New(path + ": too short for a .mo file")
	}
	var bo binary.ByteOrder = binary.LittleEndian
	switch binary.LittleEndian.Uint32(b) {
	case 0x950412de:
	case 0xde120495:
		bo = binary.BigEndian
	default:
		return nil, errors.New(path + ": not a .mo file")
	}
	n := int(bo.Uint32(b[8:]))
	origs, transs := int(bo.Uint32(b[12:])), int(bo.Uint32(b[16:]))
	str := func(table, i int) (string, error) {
		p := table + 8*i
		if p+8 > len(b) {
			return "", errors.New(path + ": table out of range")
		}
		l, off := int(bo.Uint32(b[p:])), int(bo.Uint32(b[p+4:]))
		if off+l > len(b) {
			return "", errors.New(path + ": string out of range")
		}
		return string(b[off : off+l]), nil
	}
	m := make(map[string]string, n)
	for i := range n {
		o, err := str(origs, i)
		if err != nil {
			return nil, err
		}
		t, err := str(transs, i)
		if err != nil {
			return nil, err
		}
		if o != "" {
			m[o] = t
		}
	}
	return m, nil
}
