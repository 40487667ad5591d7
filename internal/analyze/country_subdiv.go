package analyze

import (
	"strings"
	"unicode/utf8"

	"github.com/newsbot/newsbot/internal/analyze/internal/marks"
)

//go:generate go run ./internal/gensubdiv -o subdivisions_data.go

// subdivision is a country's first-level subdivision from ISO 3166-2 (see
// subdivisions_data.go): a state, province, region or oblast. A story that
// names only its region («в Харьковской области», "Idaho lieutenant
// governor", "in Bretagne") is about the country.
type subdivision struct {
	code string
	lang string // "" for a Latin name counting in any Latin-script text; "ru" or "uk"; the country's own or second language (tr, es, it, fr)
	name string
}

// regionNouns end the Russian and Ukrainian names that are an adjective
// and a noun (Харьковская область, Краснодарский край, Чеченская
// республика), with the case forms of the noun. Such a name matches as the
// whole phrase in its cases («в Харьковской области»), not the adjective
// alone, which is often a surname (Смоленский).
var regionNouns = map[[2]string]struct {
	masc  bool
	forms []string
}{
	{"ru", "область"}:    {false, []string{"область", "области", "областью"}},
	{"ru", "республика"}: {false, []string{"республика", "республики", "республике", "республику", "республикой"}},
	{"ru", "край"}:       {true, []string{"край", "края", "краю", "краем", "крае"}},
	{"uk", "область"}:    {false, []string{"область", "області", "областю"}},
	{"uk", "республіка"}: {false, []string{"республіка", "республіки", "республіці", "республіку", "республікою"}},
	{"uk", "край"}:       {true, []string{"край", "краю", "краєм", "краї"}},
}

// regionAdjEndings are the endings of a region's adjective by language and
// gender: Russian «Харьковская/-ой/-ую/-ою», «Краснодарский/-ого/-ому/-им/-ом»,
// Ukrainian «Харківська/-ої/-ій/-у/-ою».
var regionAdjEndings = map[string][2][]string{
	"ru": {{"ая", "ой", "ую", "ою"}, {"ий", "ого", "ому", "им", "ом"}},
	"uk": {{"а", "ої", "ій", "у", "ою"}, {"ий", "ого", "ому", "им", "ім"}},
}

// oneWordCountries are the countries whose subdivisions' one-word names
// are added: the federal states news names alone (Idaho, Айдахо, Бавария,
// Haryana). One-word names of other countries' provinces are often first
// names or words elsewhere (Саида, Вікторія).
var oneWordCountries = map[string]bool{"US": true, "IN": true, "DE": true, "AU": true, "CA": true, "BR": true}

// oneWordCyrillic are those whose one-word names count in Russian and
// Ukrainian too: Australia's and Canada's (Виктория, Вікторія, Альберта)
// are women's first names there, and interviews name women by them alone.
var oneWordCyrillic = map[string]bool{"US": true, "IN": true, "DE": true, "BR": true}

// oneWordElsewhere are one-word subdivision names that, in text of one
// language, name first something nearer home: in Spanish "Victoria" is
// the word for a victory, a woman's name, towns of Mexico, Argentina and
// Chile (Ciudad Victoria, Victoria in Entre Ríos) and the clubs named after
// them («el Victoria goleó», «en el estadio de Colonia Victoria»), far
// more often than the Australian state. In that language the name alone
// names no region; "Australia" still names its country, and every other
// language keeps the entry.
var oneWordElsewhere = map[string]uint16{"victoria": lES}

// addSubdivisions adds the subdivisions to the gazetteer as regions, a
// name capitalised as text writes it. A name the gazetteer already has
// (Москва, Berlin, Georgia) keeps its entry; a name of one word counts
// only for oneWordCountries, and not beside another capitalised name
// (Victoria Beckham, Виктория Семёнова, Nuno Espírito Santo); one-word
// names of four letters or fewer are left out (Pará, Goa collide with
// common words).
func addSubdivisions(l *lexicon, v *vocab) {
	known := map[string]bool{}
	for i := range l.entries {
		known[idsKey(l.entries[i].words)] = true
	}
	add := func(s *subdivision, words []string, flags uint8, langs uint16) {
		if len(words) == 0 {
			return
		}
		ids := make([]uint32, len(words))
		for i, w := range words {
			ids[i] = v.id(w)
		}
		if known[idsKey(ids)] {
			return
		}
		l.add(v, words, entry{code: s.code, topic: -1, kind: kRegion, flags: flags | eNeedCap, weight: kindWeight[kRegion], label: s.name, langs: langs})
	}
	for i := range subdivisions {
		s := &subdivisions[i]
		words := normWords(s.name)
		own := s.lang != "" && s.lang != "ru" && s.lang != "uk" // a region in its country's language
		if len(words) == 0 || len(words) == 1 && (utf8.RuneCountInString(words[0]) <= 4 || !oneWordCountries[s.code] && !own) {
			continue
		}
		switch s.lang {
		case "tr", "es", "it", "fr":
			add(s, words, eNameAmb, langBits[s.lang])
			if f := marks.Strip(s.name); f != s.name {
				add(s, normWords(f), eNameAmb, langBits[s.lang])
			}
		case "":
			// A Latin name may be a person's too: not beside another
			// capitalised name.
			add(s, words, eNameAmb, lLatin&^oneWordElsewhere[strings.Join(words, " ")])
			if f := marks.Strip(s.name); f != s.name {
				add(s, normWords(f), eNameAmb, lLatin) // Arunāchal Pradesh, Arunachal Pradesh
			}
		case "ru", "uk":
			langs := lUK
			if s.lang == "ru" {
				langs = lRU | lUK
			}
			if len(words) == 2 {
				if noun, ok := regionNouns[[2]string{s.lang, words[1]}]; ok {
					addRegionPhrase(s, words[0], noun.masc, noun.forms, langs, add)
					if words[1] == "область" {
						addRegionNoun(s, words[0], langs, add)
					}
					continue
				}
			}
			var flags uint8
			if len(words) == 1 {
				if !oneWordCyrillic[s.code] {
					continue
				}
				flags = eNameAmb
			}
			forms := ukForms(words)
			if s.lang == "ru" {
				forms = ruForms(item{text: s.name}, kRegion)
			}
			for _, ws := range forms {
				add(s, ws, flags, langs)
			}
		}
	}
}

// addRegionPhrase adds the case forms of an adjective-and-noun region name
// (Харьковская область): the adjective's endings of its gender with each
// form of the noun.
func addRegionPhrase(s *subdivision, adj string, masc bool, nouns []string, langs uint16, add func(*subdivision, []string, uint8, uint16)) {
	g := 0
	if masc {
		g = 1
	}
	ends := regionAdjEndings[s.lang][g]
	stem := ""
	for _, e := range ends[:1] {
		if !strings.HasSuffix(adj, e) {
			return // not an adjective of this gender: no forms
		}
		stem = strings.TrimSuffix(adj, e)
	}
	for _, e := range ends {
		for _, n := range nouns {
			add(s, []string{stem + e, n}, 0, langs)
		}
	}
}

// regionNounForms are the case forms of the noun Russian and Ukrainian
// make of an oblast's adjective (Харківська область → Харківщина,
// Донецкая → Донетчина): «на Харківщині», «в Сумщину», «на Брянщине».
var regionNounForms = map[string][]string{
	"ru": {"а", "ы", "е", "у", "ой"},
	"uk": {"а", "и", "і", "у", "ою"},
}

// addRegionNoun adds the region noun of an oblast's adjective: -ська/-ская
// makes -щина (Харківщина, Сумщина, Одещина, Брянщина), Ukrainian -цька
// -ччина (Донеччина, Вінниччина), Russian -цкая -тчина (Донетчина).
// Other adjectives (Запорізька, whose region is Запоріжжя) make none.
func addRegionNoun(s *subdivision, adj string, langs uint16, add func(*subdivision, []string, uint8, uint16)) {
	var base string
	switch {
	case s.lang == "uk" && strings.HasSuffix(adj, "цька"):
		base = strings.TrimSuffix(adj, "цька") + "ччин"
	case s.lang == "uk" && strings.HasSuffix(adj, "ська"):
		base = strings.TrimSuffix(adj, "ська") + "щин"
	case s.lang == "ru" && strings.HasSuffix(adj, "цкая"):
		base = strings.TrimSuffix(adj, "цкая") + "тчин"
	case s.lang == "ru" && strings.HasSuffix(adj, "ская"):
		base = strings.TrimSuffix(adj, "ская") + "щин"
	default:
		return
	}
	for _, e := range regionNounForms[s.lang] {
		add(s, []string{base + e}, 0, langs)
	}
}

// idsKey is a map key for a list of vocabulary ids.
func idsKey(ids []uint32) string {
	var b strings.Builder
	for _, id := range ids {
		b.WriteRune(rune(id%0x10FFFF) + 1)
		b.WriteByte(0)
	}
	return b.String()
}
