package analyze

import (
	"strings"
	"unicode/utf8"

	"github.com/newsbot/newsbot/internal/analyze/internal/marks"
)

//go:generate go run ./internal/gencities -o cities_data.go

// tzCity is a city the time-zone database names a country by (see
// cities_data.go), in one of the corpus's languages.
type tzCity struct {
	code string
	lang string // "en" (the zone's own name, any Latin-script text) or the language of CLDR's exemplar city
	name string
}

// cityFederal are the countries whose zones are named by many towns
// (Boise, Knox, Barnaul, Eucla, Catamarca): their states and regions come
// from ISO 3166-2 (see addSubdivisions), and their towns' names are often
// people's or other places'. Antarctica's and the US outlying islands'
// zones are research stations and atolls.
var cityFederal = map[string]bool{"US": true, "CA": true, "AU": true, "BR": true, "MX": true, "AR": true, "RU": true, "AQ": true, "UM": true}

// citySeats are the countries whose one zone is named by a city that
// stands for an international body: Brussels, the seat of the EU and NATO
// («Брюссель предложил санкции», "Bruxelles propose").
var citySeats = map[string]bool{"BE": true}

// citySkipped are zone names that are words or other places: holidays
// (Easter Island's and Christmas Island's zones in English, Spanish and
// Italian), Kanton Island's name, a German, French and English word for a
// canton, English towns and counties (Norfolk, Chatham), first names and
// surnames (Stanley, Wallis), saints that name many towns (San Vicente,
// San Cristóbal, Santa Lucia), Vienne, a French department, and Джайпур,
// which CLDR's Russian gives Jayapura but is India's Jaipur.
var citySkipped = map[string]bool{
	"easter": true, "christmas": true, "navidad": true, "natale": true, "pasqua": true,
	"canton": true, "kanton": true, "norfolk": true, "chatham": true, "stanley": true, "wallis": true,
	"san vicente": true, "são vicente": true, "san cristóbal": true, "são cristóvão": true,
	"san bartolomé": true, "são bartolomeu": true, "santo tomé": true, "santa lucia": true, "santa lucía": true,
	"st thomas": true, "saint thomas": true, "saint-thomas": true, "vienne": true, "джайпур": true,
}

// addCities adds the time-zone database's cities (see cities_data.go) to
// the gazetteer as places: Karachi, Abidjan, Asunción, Samarkand,
// Шымкент's neighbours Актобе and Кызылорда, in the language CLDR gives
// them and, for Russian and Ukrainian, in their cases. A name the
// gazetteer already has keeps its entry; a name two countries' zones give
// names neither; one-word names of four letters or fewer (Oral, Lima,
// Aden) are left out, as words or surnames, and so are the country names
// the gazetteer skips (Reunión, Jersey) and citySkipped. A city's name may be a
// person's too (Santiago Abascal): not beside another capitalised
// name. The same-story keys do not read these names (data mark '*'):
// they came after the keys were tuned.
func addCities(l *lexicon, v *vocab) {
	known := map[string]bool{}
	for i := range l.entries {
		known[idsKey(l.entries[i].words)] = true
	}
	owners := map[string]string{}
	for i := range tzCities {
		c := &tzCities[i]
		k := strings.ToLower(c.name)
		if o, ok := owners[k]; ok && o != c.code {
			owners[k] = ""
		} else if !ok {
			owners[k] = c.code
		}
	}
	add := func(c *tzCity, words []string, langs uint16) {
		ids := make([]uint32, len(words))
		for i, w := range words {
			ids[i] = v.id(w)
		}
		if len(words) == 0 || known[idsKey(ids)] {
			return
		}
		l.add(v, words, entry{code: c.code, topic: -1, kind: kCity, flags: eNeedCap | eNameAmb, weight: kindWeight[kCity], label: c.name, langs: langs, story: storyNone})
	}
	for i := range tzCities {
		c := &tzCities[i]
		words := normWords(c.name)
		k := strings.ToLower(c.name)
		if cityFederal[c.code] || citySeats[c.code] || owners[k] == "" || len(words) == 0 || citySkipped[k] || skippedNames[k] || skippedNames[words[len(words)-1]] ||
			len(words) == 1 && utf8.RuneCountInString(words[0]) <= 4 || strings.ContainsAny(c.name, ".()") {
			continue
		}
		switch c.lang {
		case "en":
			add(c, words, lLatin)
			if f := marks.Strip(c.name); f != c.name {
				add(c, normWords(f), lLatin)
			}
		case "ru":
			for _, ws := range ruForms(item{text: c.name}, kCity) {
				add(c, ws, lRU)
			}
		case "uk":
			for _, ws := range ukForms(words) {
				add(c, ws, lUK)
			}
		default:
			add(c, words, langBits[c.lang])
			if f := marks.Strip(c.name); f != c.name {
				add(c, normWords(f), langBits[c.lang])
			}
		}
	}
}
