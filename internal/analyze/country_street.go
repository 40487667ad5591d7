package analyze

import "strings"

// Streets, roads and stations named after a place: «на 125-м километре
// Минского шоссе» (a highway out of Moscow), «Киевский вокзал», «по
// Харківському шосе», "Warschauer Straße", "Bağdat Caddesi", "rue de
// Rome", "via Roma", "avenida Brasil". The place's name there says where
// the road leads or whom a street honours, not where the story happens, so
// the mention counts for no country (namesThoroughfare).

// thoroughfareAfter are the nouns that follow a place's name or adjective
// to make a road's or a station's name, with the languages they count in.
// Turkish nouns are prefixes, as endings follow them (Caddesi'nde).
var thoroughfareAfter = map[string]uint16{
	// Russian
	"шоссе": lRU, "проспект": lRU, "проспекта": lRU, "проспекте": lRU, "проспектом": lRU,
	"вокзал": lRU, "вокзала": lRU, "вокзале": lRU, "вокзалу": lRU, "вокзалом": lRU,
	"тракт": lRU, "тракта": lRU, "тракте": lRU, "тракту": lRU,
	"улица": lRU, "улицы": lRU, "улице": lRU, "улицу": lRU, "улицей": lRU,
	"бульвар": lRU, "бульвара": lRU, "бульваре": lRU, "переулок": lRU, "переулка": lRU, "переулке": lRU,
	// Ukrainian
	"шосе": lUK, "проспекту": lUK | lRU, "проспекті": lUK, "вокзалі": lUK,
	"вулиця": lUK, "вулиці": lUK, "вулицю": lUK, "вулицею": lUK, "провулок": lUK, "провулку": lUK, "бульварі": lUK,
	// German
	"straße": lDE, "strasse": lDE, "allee": lDE, "chaussee": lDE, "damm": lDE, "landstraße": lDE,
	// English (capitalised: "Moscow Road")
	"street": lEN, "road": lEN, "avenue": lEN, "highway": lEN, "boulevard": lEN,
	"drive": lEN, "dr": lEN, "lane": lEN, "ave": lEN, "rd": lEN, "blvd": lEN,
	// Turkish
	"caddesi": lTR, "bulvarı": lTR, "sokağı": lTR, "sokak": lTR, "meydanı": lTR,
}

// thoroughfareBefore are the nouns that stand before the place in a
// street's name ("rue de Rome", "calle de Alemania", "via Roma", "avenida
// Brasil", «улица Киевская», «вулиця Московська»), and thoroughfareOf the
// words that may stand between them.
var (
	thoroughfareBefore = map[string]uint16{
		"rue": lFR, "avenue": lFR, "boulevard": lFR, "quai": lFR, "gare": lFR,
		"calle": lES, "avenida": lES | lPT, "paseo": lES, "rua": lPT, "travessa": lPT,
		"via": lIT, "viale": lIT, "corso": lIT, "piazza": lIT, "piazzale": lIT,
		"улица": lRU, "улице": lRU, "улицу": lRU, "улицей": lRU, "проспект": lRU, "проспекте": lRU,
		"вулиця": lUK, "вулиці": lUK, "вулицю": lUK, "вулицею": lUK, "проспекті": lUK,
	}
	thoroughfareOf = map[string]bool{
		"de": true, "du": true, "d'": true, "la": true, "del": true, "di": true, "da": true, "do": true, "dos": true, "das": true,
	}
)

// namesThoroughfare reports whether the place matched at m is part of a
// street's, a road's or a station's name (see thoroughfareAfter). In
// English only a city's or a region's name makes one ("Moscow Road"): a
// title-case headline writes "Ukraine Road Deaths". In Russian and
// Ukrainian the name after «улица», «вулиця» is the street's adjective
// («улица Киевская»); a noun there is the city whose streets they are
// («на улице Киева»).
func namesThoroughfare(d *doc, src string, toks []token, m match, kind termKind) bool {
	i, j := int(m.tok), int(m.tok+m.n)
	if j < len(toks) && toks[j].sent == toks[i].sent && adjacent(toks, j) {
		w := string(d.norm[toks[j].ns:toks[j].ne])
		l := thoroughfareAfter[w]
		if l == 0 && d.langs&lTR != 0 {
			for _, p := range [...]string{"caddesi", "bulvarı", "sokağı", "meydanı"} {
				if strings.HasPrefix(w, p) {
					l = lTR
				}
			}
		}
		if l&d.langs != 0 && (l != lEN || (kind == kCity || kind == kCapital || kind == kRegion || houseNumbered(d, toks, i)) && startsUpper(src[toks[j].s:])) {
			return true
		}
	}
	for k, of := i-1, 0; k >= 0 && toks[k].sent == toks[i].sent && of <= 2; k-- {
		w := d.norm[toks[k].ns:toks[k].ne]
		if thoroughfareOf[string(w)] {
			of++
			continue
		}
		l := thoroughfareBefore[string(w)]
		if l&(lRU|lUK) != 0 && !slavicAdjectiveEnd(string(d.norm[toks[j-1].ns:toks[j-1].ne])) {
			return false
		}
		return l&d.langs != 0 && toks[k+1].s-toks[k].e <= 1
	}
	return false
}

// slavicAdjectiveEnd reports whether a Russian or Ukrainian word ends as a
// feminine or masculine adjective does (Киевская, Московской, Київська,
// Львівській).
// houseNumbered reports whether the name at toks[i] follows a house number,
// with a compass word between or not ("408 South Ireland Street", "12
// Jordan Road"): an address, so a country's name before the road word is
// the road's too, where a headline's title case alone ("Ukraine Road
// Deaths Rise") is not.
func houseNumbered(d *doc, toks []token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].sent == toks[i].sent {
		switch string(d.norm[toks[k].ns:toks[k].ne]) {
		case "north", "south", "east", "west":
			k--
		}
	}
	if k < 0 || toks[k].sent != toks[i].sent {
		return false
	}
	w := d.norm[toks[k].ns:toks[k].ne]
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(w) > 0
}

func slavicAdjectiveEnd(w string) bool {
	for _, e := range [...]string{"ая", "ой", "ую", "ий", "ый", "ого", "ька", "ькій", "ьку", "ькою", "ого"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}
