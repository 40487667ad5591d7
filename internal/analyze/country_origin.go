package analyze

import (
	"unicode"
	"unicode/utf8"
)

// originAfter and originBefore are the nouns of a person's origin that
// follow or precede a demonym: "of Serbian origin", "serbischer Herkunft",
// «сербского происхождения», "Sırp asıllı", "d'origine serbe", "di origine
// serba", "de origen serbio", "de origem sérvia". Such a demonym tells where
// someone's family came from, not where the story happens: it counts as a
// yardstick does and decides no country alone (demonymIsOrigin).
var (
	originAfter = map[string]bool{
		"origin": true, "descent": true, "ancestry": true, "heritage": true, "extraction": true,
		"herkunft": true, "abstammung": true,
		"происхождения": true, "походження": true,
		"asıllı": true, "kökenli": true,
	}
	originBefore = map[string]bool{
		"origine": true, "origines": true, "origini": true, "origen": true, "origem": true,
		"ascendencia": true, "ascendência": true, "discendenza": true, "ascendance": true,
	}
)

// demonymIsOrigin reports whether the demonym toks[i:j] names a person's
// origin (see originAfter).
func demonymIsOrigin(d *doc, toks []token, i, j int) bool {
	if j < len(toks) && toks[j].sent == toks[i].sent && originAfter[string(d.norm[toks[j].ns:toks[j].ne])] {
		return true
	}
	return i > 0 && toks[i-1].sent == toks[i].sent && originBefore[string(d.norm[toks[i-1].ns:toks[i-1].ne])]
}

// touristAfter and touristBefore are the nouns of a tourist that follow or
// precede a demonym: "a Russian tourist", «российский турист», "deutsche
// Urlauber", "Rus turist", "touristes français", "turistas alemanes". A
// tourist is by definition away from home: such a demonym weighs as a
// locator does (half) and holds no headline, so that the resort's country
// outweighs it ("a Russian tourist drowned off Antalya" is Turkey's story);
// alone it still names its country ("Canadian tourist detained").
var (
	touristAfter = map[string]bool{
		"tourist": true, "tourists": true, "holidaymaker": true, "holidaymakers": true,
		"urlauber": true, "urlauberin": true, "urlauberinnen": true, "touristen": true, "touristin": true,
		"турист": true, "туриста": true, "туристу": true, "туристом": true, "туристе": true, "туристы": true, "туристов": true,
		"туристам": true, "туристами": true, "туристах": true, "туристка": true, "туристки": true, "туристку": true, "туристкой": true,
		"туристи": true, "туристів": true, "туристці": true,
		"turist": true, "turistler": true, "turistlerin": true, "turiste": true, "turisti": true, "turistin": true,
	}
	touristBefore = map[string]bool{
		"touriste": true, "touristes": true, "turista": true, "turistas": true, "turisti": true,
	}
)

// demonymIsTourist reports whether the demonym toks[i:j] names a tourist's
// home (see touristAfter).
func demonymIsTourist(d *doc, toks []token, i, j int) bool {
	if j < len(toks) && toks[j].sent == toks[i].sent && touristAfter[string(d.norm[toks[j].ns:toks[j].ne])] {
		return true
	}
	return i > 0 && toks[i-1].sent == toks[i].sent && touristBefore[string(d.norm[toks[i-1].ns:toks[i-1].ne])]
}

// officeBefore are offices whose holder a demonym before a name describes
// as the country's own official ("le président français Emmanuel Macron",
// «el canciller mexicano Marcelo Ebrard», «министр российский …»): there
// the demonym names the country the story is about, and
// demonymNamesPerson leaves it alone.
var officeBefore = map[string]bool{
	"président": true, "presidente": true, "präsident": true, "ministre": true, "ministro": true,
	"canciller": true, "chancelier": true, "kanzler": true, "premier": true, "primer": true, "primo": true,
	"ambassadeur": true, "embajador": true, "embaixador": true, "ambasciatore": true, "botschafter": true,
	"roi": true, "rey": true, "rei": true, "re": true, "könig": true, "король": true,
	"diplomate": true, "diplomático": true, "diplomatico": true, "diplomata": true, "diplomat": true, "дипломат": true,
	"chef": true, "jefe": true, "capo": true, "líder": true, "leader": true,
	"gouvernement": true, "gobierno": true, "governo": true, "regierung": true,
	"porte-parole": true, "portavoz": true, "portavoce": true, "sprecher": true,
}

// personNameStops are capitalised words that, after a demonym, begin the
// name of a body, a company or an event rather than a person's
// ("Chinese Communist Party", "Russian Football Union", «Türk Hava
// Yolları»): a demonym before them is no person's nationality.
var personNameStops = map[string]bool{
	"party": true, "government": true, "army": true, "navy": true, "air": true, "airlines": true, "airways": true,
	"bank": true, "ministry": true, "embassy": true, "federation": true, "union": true, "league": true,
	"cup": true, "open": true, "grand": true, "national": true, "football": true, "olympic": true,
	"committee": true, "council": true, "parliament": true, "court": true, "state": true, "academy": true,
	"institute": true, "university": true, "company": true, "group": true, "railways": true, "premier": true,
	"super": true, "communist": true, "central": true, "red": true, "foreign": true, "embassy's": true,
	"television": true, "radio": true, "post": true, "times": true, "news": true, "armed": true, "forces": true,
	"association": true, "society": true, "club": true, "pub": true, "restaurant": true, "bar": true, "festival": true,
	"foundation": true, "agency": true, "corporation": true, "team": true, "church": true, "service": true,
}

// personArticles are the articles before a capitalised demonym that make
// it a noun, a person of that nationality: "le Norvégien Boe", "la
// Française Garcia", "der Norweger Boe", "the Norwegian Boe".
var personArticles = map[string]bool{"le": true, "la": true, "l": true, "der": true, "die": true, "the": true, "el": true}

// demonymNamesPerson reports whether the demonym toks[i:j] stands directly
// before a person's name and so tells that person's nationality, not where
// the story happens: «el paraguayo Ovelar», «del delantero mexicano Yair
// Delgadillo», «бразильский Неймар», "le Norvégien Boe", "Norwegian
// Johannes Boe". A sport story names its foreign players this way at home
// ("the Mexican striker scored for the home side"), so such a demonym
// counts as an origin does (wYardstick) and decides no country alone.
// Written in lower case (Spanish, French, Italian, Portuguese, Russian,
// Ukrainian adjectives), the demonym needs one capitalised word after it
// (not in German, which capitalises its nouns: "deutsche Unternehmen");
// capitalised (English, German, French nouns), two capitalised words, or
// one after an article (personArticles). The name is no match of the
// gazetteer (ms), no title or body word (titleWords, personNameStops), no
// acronym (МИД, NATO), and the demonym holds no office before it
// (officeBefore: "le président français Emmanuel Macron" is France's).
func demonymNamesPerson(d *doc, src string, toks []token, ms []match, mi int) bool {
	m := ms[mi]
	i, j := int(m.tok), int(m.tok+m.n)
	if j >= len(toks) || toks[j].sent != toks[i].sent || toks[j].s-toks[j-1].e != 1 || src[toks[j-1].e] != ' ' {
		return false
	}
	if mi+1 < len(ms) && int(ms[mi+1].tok) <= j+1 {
		return false // the next word names a place, a body or a leader
	}
	capName := func(k int) bool {
		if k >= len(toks) || toks[k].sent != toks[i].sent {
			return false
		}
		w := src[toks[k].s:toks[k].e]
		r, n := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		if r2, _ := utf8.DecodeRuneInString(w[n:]); n < len(w) && unicode.IsUpper(r2) {
			return false // an acronym
		}
		nw := d.norm[toks[k].ns:toks[k].ne]
		return !titleWords[string(nw)] && !personNameStops[string(nw)] && !officeBefore[string(nw)]
	}
	if !capName(j) {
		return false
	}
	if i > 0 && toks[i-1].sent == toks[i].sent {
		prev := string(d.norm[toks[i-1].ns:toks[i-1].ne])
		if officeBefore[prev] || titleWordKind(prev) != 0 {
			return false
		}
	}
	if r, _ := utf8.DecodeRuneInString(src[toks[i].s:]); !unicode.IsUpper(r) {
		return d.lang != "de" // German capitalises every noun: "deutsche Unternehmen"
	}
	// Capitalised, the demonym may open a body's name ("The Irish Pub
	// Association"): no word of personNameStops in the next three.
	for k := j + 1; k < j+3 && k < len(toks) && toks[k].sent == toks[i].sent; k++ {
		if personNameStops[string(d.norm[toks[k].ns:toks[k].ne])] {
			return false
		}
	}
	if i > 0 && toks[i-1].sent == toks[i].sent && personArticles[string(d.norm[toks[i-1].ns:toks[i-1].ne])] {
		return true
	}
	return j+1 < len(toks) && toks[j+1].s-toks[j].e == 1 && capName(j+1)
}
