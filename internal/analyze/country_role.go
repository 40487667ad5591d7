package analyze

import "strings"

// countryRole is what a country mention does in its sentence, beyond
// naming the country.
type countryRole uint8

const (
	roleSubject   countryRole = iota
	roleYardstick             // "higher than American standards", «выше, чем в России»
	roleLocator               // "in Leuven, Belgium", «в Лёвене (Бельгия)»
	roleParty                 // "the Kazakh side", «казахстанской стороне»
	roleExample               // "such as China", «таких как Китай», "as well as Russia"
	roleVenue                 // "in Qatar's capital Doha", "at the Doha Forum": where an event took place
)

// Weights of the roles: a country a story compares itself with, or one
// that only says where a town lies, is not what the story is about.
const (
	wYardstick = 0.25
	wLocator   = 0.5
	wExample   = 0.5
)

// exampleWords introduce examples or an addition, whose countries are
// named in passing: "countries such as China", "including Russia", "as
// well as Iran", «таких как Китай», «в том числе Россия», «а также Иран».
// One word is enough for some; others need the word before them too
// (exampleAfter: "such as", «таких как», «том числе», «а также»).
var exampleWords = map[string]bool{
	"including": true, "включая": true, "зокрема": true, "включно": true, "darunter": true, "einschließlich": true, "sowie": true,
	"notamment": true, "incluyendo": true, "incluindo": true, "nonché": true, "compresi": true, "compreso": true,
}

var exampleAfter = map[string][]string{
	"as":    {"such", "well"},
	"как":   {"таких", "такие", "такими", "таким", "такой", "такая"},
	"як":    {"таких", "такі", "такими", "таким"},
	"числе": {"том"},
	"также": {"а"},
	"також": {"а"},
	"que":   {"ainsi", "tels", "telles"},
	"como":  {"así", "assim", "tales"},
}

// comparisonWords introduce the yardstick of a comparison.
var comparisonWords = map[string]bool{"than": true, "чем": true, "ніж": true, "нiж": true}

// comparedWith are the prepositions of "compared with", «по сравнению с»,
// "im Vergleich zu", "par rapport à", "en comparación con", "rispetto a",
// each with the words that may stand before it to make the phrase.
var comparedWith = map[string][]string{
	"with": {"compared", "comparison"}, "to": {"compared", "relative"}, "с": {"сравнению"}, "з": {"порівняно", "порівнянні"},
	"zu": {"vergleich"}, "à": {"rapport"}, "con": {"comparación"}, "com": {"comparação"}, "a": {"rispetto"},
}

// comparatives make the "que", "als", "di" or "che" after them the word of
// a comparison ("plus que la France", "mehr als Russland", "más que
// España", "più di Italia"), which alone those words are not.
var comparatives = map[string]bool{
	"plus": true, "moins": true, "mieux": true, "más": true, "menos": true, "mais": true, "mejor": true, "melhor": true,
	"peor": true, "pior": true, "mayor": true, "menor": true, "più": true, "meno": true, "mehr": true, "weniger": true,
}

// romanceThan are the words of a comparison after a comparative.
var romanceThan = map[string]bool{"que": true, "als": true, "di": true, "che": true}

// yardstickPreps may stand between a comparison word and the country
// ("than in Russia", «чем в России», "que la France", "als in Russland").
var yardstickPreps = map[string]bool{
	"in": true, "the": true, "в": true, "во": true, "у": true, "for": true, "для": true,
	"la": true, "le": true, "l'": true, "en": true, "el": true, "a": true, "o": true, "im": true, "nel": true, "nella": true, "il": true,
}

// isComparison reports whether toks[k] ends the phrase that introduces the
// yardstick of a comparison: "than", "compared with", "plus … que".
func isComparison(word func(int) []byte, same func(int) bool, k int) bool {
	w := word(k)
	if comparisonWords[string(w)] {
		return true
	}
	if heads, ok := comparedWith[string(w)]; ok && same(k-1) && containsWord(heads, word(k-1)) {
		return true
	}
	if romanceThan[string(w)] {
		for b := k - 1; b >= k-5 && same(b); b-- {
			if comparatives[string(word(b))] {
				return true
			}
		}
	}
	return false
}

// containsWord reports whether list holds w, without allocating.
func containsWord(list []string, w []byte) bool {
	for _, x := range list {
		if x == string(w) {
			return true
		}
	}
	return false
}

// sideWords follow a demonym that names a party to talks ("the Kazakh
// side", «казахстанская сторона», «українська сторона»).
var sideWords = map[string]bool{
	"side": true, "сторона": true, "стороны": true, "стороне": true, "сторону": true, "стороной": true,
	"сторони": true, "стороні": true, "стороною": true,
}

// counterpartAfter follow a demonym, counterpartBefore precede one, to
// name a minister's or a leader's counterpart from that country.
var (
	counterpartAfter  = newStemSet("counterpart", "коллег", "колег", "amtskolleg")
	counterpartBefore = newStemSet("homólog", "homolog", "omolog")
)

// sideLocations follow "side" when it is a place ("the Kazakh side of the
// border", «на казахстанской стороне границы»).
var sideLocations = map[string]bool{"of": true, "границы": true, "кордону": true, "границе": true, "реки": true}

// countryRole classifies the mention m of the entry e.
func (a *Analyzer) countryRole(d *doc, src string, toks []token, m match, e *entry) countryRole {
	i, j := int(m.tok), int(m.tok+m.n)
	// word returns a token's normalised bytes: map lookups by
	// string(word(k)) do not allocate.
	word := func(k int) []byte { return d.norm[toks[k].ns:toks[k].ne] }
	same := func(k int) bool { return k >= 0 && k < len(toks) && toks[k].sent == toks[i].sent }
	// Most mentions follow no marker word: one lookup tells.
	if same(i-1) && roleMarkers[string(word(i-1))] {
		if r := markedRole(word, same, i); r != roleSubject {
			return r
		}
	}
	if e.kind == kDemonym && same(j) && sideWords[string(word(j))] && !(same(j+1) && sideLocations[string(word(j+1))]) {
		return roleParty
	}
	// "his Kazakh counterpart", «с казахстанским коллегой», "seinem
	// kasachischen Amtskollegen", "su homólogo kazajo": the other party.
	if e.kind == kDemonym && ((same(j) && counterpartAfter.has(word(j))) || (same(i-1) && counterpartBefore.has(word(i-1)))) {
		return roleParty
	}
	if e.kind == kName && a.isLocator(src, toks, i, j) {
		return roleLocator
	}
	return roleSubject
}

// isLocator reports whether the country name at toks[i:j] only says where
// the place before it lies: "Leuven, Belgium," or «Лёвене (Бельгия)»; a
// capitalised word stands before it, joined by a comma or an opening
// bracket, and the name ends its clause. A country before it makes a list
// ("Germany, Belgium,"), not a locator.
func (a *Analyzer) isLocator(src string, toks []token, i, j int) bool {
	if i == 0 || toks[i-1].sent != toks[i].sent || !toks[i-1].has(fCap) {
		return false
	}
	if isCountryHead(a, toks[i-1]) {
		return false
	}
	if gap := src[toks[i-1].e:toks[i].s]; strings.Contains(gap, "\n") {
		return false
	}
	gap := strings.TrimSpace(src[toks[i-1].e:toks[i].s])
	var closers string
	switch gap {
	case ",":
		closers = ",.;:—–-)"
	case "(":
		closers = ")"
	default:
		return false
	}
	if j >= len(toks) || toks[j].sent != toks[i].sent {
		return true // the name ends its sentence
	}
	after := strings.TrimSpace(src[toks[j-1].e:toks[j].s])
	return after != "" && strings.ContainsRune(closers, []rune(after)[0])
}

// isCountryHead reports whether t may start a gazetteer entry naming a
// country by its name.
func isCountryHead(a *Analyzer, t token) bool {
	for _, ci := range a.gaz.heads[t.id] {
		if e := &a.gaz.entries[ci]; e.code != "" && e.kind == kName {
			return true
		}
	}
	return false
}

// A counterpart is a party to a meeting, talks, a visit or a relation
// between two countries, named where the story opens: "talks with the
// president of Kazakhstan", «переговоры с президентом Казахстана», "a
// visit to China", «прибыл в Пекин», "between Kazakhstan and China",
// «между Казахстаном и Китаем». Such a country stays primary beside the
// one the story is told from, however often the story names that one.

// meetWords stand before a "with" preposition when the country after it is
// the other party: English words whole, the others by their stems.
var meetWords = map[string]bool{
	"talks": true, "talk": true, "meeting": true, "meetings": true, "met": true, "meet": true, "meets": true,
	"call": true, "conversation": true, "negotiations": true, "agreement": true, "agreements": true, "deal": true,
	"deals": true, "relations": true, "ties": true, "cooperation": true, "partnership": true, "summit": true,
}

var meetStems = newStemSet(
	"переговор", "встреч", "встрет", "разговор", "бесед", "соглашени", "договор", "отношени", "сотрудничеств", "созвон",
	"перемовин", "зустріч", "зустрі", "розмов", "угод", "відносин", "співпрац",
	"gespräch", "treffen", "traf", "abkommen", "beziehung", "verhandlung", "telefonat",
	"entretien", "rencontr", "accord", "relation", "négociation", "pourparler", "coopération",
	"conversacion", "reuni", "acuerdo", "relacion", "negociacion", "cooperación", "llamada",
	"conversa", "acordo", "relaç", "negocia", "cooperaç", "telefonema",
	"colloqui", "incontr", "rapporti", "relazion", "negoziat", "telefonat",
)

// visitWords stand before a "to" preposition, or straight before the
// country, when it is the host of a visit ("visit to", "arrived in",
// «визит в», «посетил Казахстан»), or when a host received its guest
// ("welcomed", "empfing", "recibió").
var visitWords = map[string]bool{
	"visit": true, "visits": true, "visited": true, "visiting": true, "trip": true, "arrived": true, "arrives": true,
	"arrive": true, "travelled": true, "traveled": true, "welcomed": true, "welcomes": true, "hosted": true, "hosts": true, "greeted": true,
}

var visitStems = newStemSet(
	"визит", "прибыл", "поездк", "посети", "посещ", "прибув", "прибул", "поїздк", "відвіда",
	"besuch", "reise", "empfing", "empfängt", "visite", "arrivé", "voyage", "reçu",
	"visita", "llegó", "viaje", "recibió", "chegou", "viagem", "recebeu", "arrivat", "viaggio", "ricevut",
)

// withPreps and toPreps join a meeting or a visit word to its party.
var withPreps = map[string]bool{"with": true, "с": true, "со": true, "з": true, "із": true, "зі": true, "mit": true, "avec": true, "con": true, "com": true}

var toPreps = map[string]bool{
	"to": true, "in": true, "в": true, "во": true, "у": true, "до": true, "nach": true, "à": true, "au": true, "en": true, "para": true,
}

// partyAnd join the two parties ("talks with Xi and Putin", «встреча
// Путина и Трампа»).
var partyAnd = map[string]bool{"and": true, "и": true, "і": true, "й": true, "та": true, "und": true, "et": true, "y": true, "e": true}

// partyBetween open "between X and Y".
var partyBetween = map[string]bool{"between": true, "между": true, "між": true, "zwischen": true, "entre": true, "tra": true, "fra": true}

// partyFillers may stand between a meeting word and the country: articles,
// possessives and titles ("with the president of", «с главой МИД»).
var partyFillers = map[string]bool{
	"the": true, "of": true, "his": true, "her": true, "its": true, "their": true, "a": true, "an": true, "state": true, "official": true,
	"своим": true, "своей": true, "мид": true, "посол": true, "послом": true, "посла": true,
	"der": true, "dem": true, "den": true, "die": true, "des": true, "le": true, "la": true, "les": true, "du": true, "de": true,
	"son": true, "sa": true, "el": true, "los": true, "del": true, "su": true, "o": true, "os": true, "do": true, "da": true,
	"seu": true, "sua": true, "il": true, "lo": true, "della": true, "dello": true, "di": true, "suo": true,
}

var partyTitleStems = newStemSet(
	"president", "prime", "minist", "foreign", "head", "leader", "counterpart", "chancellor", "king", "emir", "premier",
	"secretar", "delegat", "ambassador", "envoy", "official",
	"президент", "премьер", "глав", "министр", "лидер", "коллег", "канцлер", "делегаци", "руководител", "председател", "корол",
	"прем", "голов", "міністр", "лідер", "колег", "делегац", "керівник",
	"präsident", "kanzler", "amtskolleg", "regierungschef", "homolog", "homólog", "ministre", "chef", "jefe", "canciller",
	"chanceler", "omolog", "capo",
)

// stemSet holds word stems by their first two bytes, so that a word is
// checked against the few stems that could begin it.
type stemSet map[string][]string

func newStemSet(stems ...string) stemSet {
	s := stemSet{}
	for _, st := range stems {
		s[st[:2]] = append(s[st[:2]], st)
	}
	return s
}

// has reports whether w begins with one of the stems, without allocating.
func (s stemSet) has(w []byte) bool {
	if len(w) < 2 {
		return false
	}
	for _, st := range s[string(w[:2])] {
		if len(w) >= len(st) && string(w[:len(st)]) == st {
			return true
		}
	}
	return false
}

// isCounterpart reports whether the mention at toks[i:j] names a party to
// a meeting, talks, a visit or a relation between two (see meetWords).
func isCounterpart(d *doc, src string, toks []token, i int) bool {
	same := func(k int) bool { return k >= 0 && k < len(toks) && toks[k].sent == toks[i].sent }
	w := func(k int) []byte { return d.norm[toks[k].ns:toks[k].ne] }
	// Back from the mention: fillers and titles, then a preposition after
	// a meeting or visit word, or a visit word itself.
	for k, hops := i-1, 0; same(k) && hops < 8; k, hops = k-1, hops+1 {
		if strings.ContainsAny(src[toks[k].e:toks[k+1].s], ",;:()«»\"") {
			break // another clause: "for a meeting, Russian troops struck"
		}
		x := w(k)
		switch {
		case withPreps[string(x)]:
			return same(k-1) && (meetWords[string(w(k-1))] || meetStems.has(w(k-1)))
		case toPreps[string(x)]:
			return same(k-1) && (visitWords[string(w(k-1))] || visitStems.has(w(k-1)))
		case visitWords[string(x)] || visitStems.has(x) || string(x) == "met":
			return true
		case toks[k].has(fCyr) && meetStems.has(x):
			// The parties in the genitive: «переговоры России и Китая»,
			// «встреча Путина и Трампа», «відносини України та Казахстану».
			return true
		case partyFillers[string(x)] || partyTitleStems.has(x) || partyAnd[string(x)] || toks[k].has(fCap):
			continue
		}
		break
	}
	// "between X and Y": the opener a few words back.
	for k, hops := i-1, 0; same(k) && hops < 8; k, hops = k-1, hops+1 {
		if partyBetween[string(w(k))] {
			return true
		}
	}
	// Turkish puts it after both: "Kazakistan ile Özbekistan arasında".
	for k, hops := i+1, 0; same(k) && hops < 4; k, hops = k+1, hops+1 {
		if partyBetweenAfter[string(w(k))] {
			return true
		}
	}
	return false
}

// partyBetweenAfter close "X ile Y arasında" in Turkish.
var partyBetweenAfter = map[string]bool{"arasında": true, "arasındaki": true}

// markedRole returns the role the words before toks[i] give a mention: a
// yardstick or an example, or roleSubject.
func markedRole(word func(int) []byte, same func(int) bool, i int) countryRole {
	// A yardstick: "than" just before, or one preposition before.
	for k, hops := i-1, 0; same(k) && hops < 2; k, hops = k-1, hops+1 {
		if isComparison(word, same, k) {
			return roleYardstick
		}
		if !yardstickPreps[string(word(k))] {
			break
		}
	}
	// An example or an addition: the marker just before, or one
	// preposition before ("such as in China", «а также в Иране»).
	for k, hops := i-1, 0; same(k) && hops < 2; k, hops = k-1, hops+1 {
		w := word(k)
		if exampleWords[string(w)] {
			return roleExample
		}
		if before, ok := exampleAfter[string(w)]; ok && same(k-1) && containsWord(before, word(k-1)) {
			return roleExample
		}
		if !yardstickPreps[string(w)] {
			break
		}
	}
	return roleSubject
}

// roleMarkers are the words one of which stands just before a mention
// that markedRole classifies.
var roleMarkers = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{comparisonWords, romanceThan, yardstickPreps, exampleWords} {
		for w := range set {
			m[w] = true
		}
	}
	for _, set := range []map[string][]string{comparedWith, exampleAfter} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

// capitalWords name a capital city beside its country: "Qatar's capital
// Doha", "the capital of Qatar, Doha", «в столице Катара Дохе», "Katar'ın
// başkenti Doha'da", "in der katarischen Hauptstadt Doha".
var capitalWords = newStemSet("capital", "столиц", "başkent", "hauptstadt", "capitale")

// eventNouns follow a city that names a recurring meeting held there
// ("the Doha Forum", "Doha Forumu'nda", "Munich Security Conference",
// «Петербургский форум» is an adjective and not matched).
var eventNouns = newStemSet("forum", "форум", "conferen", "conférence", "konferenz", "konferans", "конференц", "dialogue", "diálogo", "dialogo", "diyalog", "диалог", "діалог")

// isVenue reports whether match ms[mi] only says where something took
// place: a country and its capital named together to locate an event
// ("in Qatar's capital Doha", «в столице Катара Дохе»), both of them; or a
// city that names a meeting held there ("the Doha Forum"). A story that
// is about the country names it otherwise, and needs no such gloss.
func (a *Analyzer) isVenue(d *doc, toks []token, ms []match, mi int) bool {
	e := &a.gaz.entries[ms[mi].entry]
	m := ms[mi]
	word := func(k int) []byte { return d.norm[toks[k].ns:toks[k].ne] }
	same := func(k int) bool { return k >= 0 && k < len(toks) && toks[k].sent == toks[m.tok].sent }
	if e.kind == kCapital || e.kind == kCity {
		for k := int(m.tok + m.n); k < int(m.tok+m.n)+2 && same(k); k++ {
			if eventNouns.has(word(k)) {
				return true
			}
		}
	}
	// The pair: this match and its neighbour name one country, one by
	// its name or people, the other by its capital, with a capital word
	// between them or just before the first.
	pair := func(i, j int) bool {
		if i < 0 || j >= len(ms) {
			return false
		}
		x, y := &a.gaz.entries[ms[i].entry], &a.gaz.entries[ms[j].entry]
		if x.code == "" || x.code != y.code || ms[j].tok-(ms[i].tok+ms[i].n) > 3 || !same(int(ms[i].tok)) || !same(int(ms[j].tok)) {
			return false
		}
		if !(x.kind == kName || x.kind == kDemonym) || y.kind != kCapital {
			if !(y.kind == kName || y.kind == kDemonym) || x.kind != kCapital {
				return false
			}
		}
		for k := int(ms[i].tok) - 2; k < int(ms[j].tok); k++ {
			if k >= int(ms[i].tok) && k < int(ms[i].tok+ms[i].n) {
				continue
			}
			if same(k) && capitalWords.has(word(k)) {
				return true
			}
		}
		return false
	}
	return pair(mi-1, mi) || pair(mi, mi+1)
}

// glossPreps join a person to the country that says where he governs
// ("Giorgia Meloni en Italie", "Fiala in the Czech Republic", «Мелони в
// Италии»).
var glossPreps = map[string]bool{"in": true, "en": true, "в": true, "у": true, "im": true, "nel": true, "em": true, "na": true, "no": true}

// isLeaderGloss reports whether match ms[mi] is one of a leader and the
// country named just after him to gloss him ("after Giorgia Meloni in
// Italy and Petr Fiala in the Czech Republic", «после Мелони в Италии»):
// the pair refers to a peer or a precedent, and both its words weigh as a
// locator. A story about that country names it otherwise.
func (a *Analyzer) isLeaderGloss(d *doc, toks []token, ms []match, mi int) bool {
	pair := func(l, c int) bool {
		if l < 0 || c >= len(ms) {
			return false
		}
		le, ce := &a.gaz.entries[ms[l].entry], &a.gaz.entries[ms[c].entry]
		if ce.kind != kName || le.code == "" || le.code != ce.code || le.kind != kLeader && le.kind != kCapital {
			return false
		}
		i := int(ms[c].tok)
		end := int(ms[l].tok + ms[l].n)
		if toks[end-1].sent != toks[i].sent {
			return false
		}
		// The preposition, and perhaps an article.
		switch i - end {
		case 1:
			return glossPreps[string(d.norm[toks[end].ns:toks[end].ne])]
		case 2:
			return glossPreps[string(d.norm[toks[end].ns:toks[end].ne])] && partyFillers[string(d.norm[toks[end+1].ns:toks[end+1].ne])]
		}
		return false
	}
	return pair(mi-1, mi) || pair(mi, mi+1)
}
