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
)

// Weights of the roles: a country a story compares itself with, or one
// that only says where a town lies, is not what the story is about.
const (
	wYardstick = 0.25
	wLocator   = 0.5
)

// comparisonWords introduce the yardstick of a comparison.
var comparisonWords = map[string]bool{"than": true, "чем": true, "ніж": true, "нiж": true}

// yardstickPreps may stand between a comparison word and the country
// ("than in Russia", «чем в России»).
var yardstickPreps = map[string]bool{"in": true, "the": true, "в": true, "во": true, "у": true, "for": true, "для": true}

// sideWords follow a demonym that names a party to talks ("the Kazakh
// side", «казахстанская сторона», «українська сторона»).
var sideWords = map[string]bool{
	"side": true, "сторона": true, "стороны": true, "стороне": true, "сторону": true, "стороной": true,
	"сторони": true, "стороні": true, "стороною": true,
}

// sideLocations follow "side" when it is a place ("the Kazakh side of the
// border", «на казахстанской стороне границы»).
var sideLocations = map[string]bool{"of": true, "границы": true, "кордону": true, "границе": true, "реки": true}

// countryRole classifies the mention m of the entry e.
func (a *Analyzer) countryRole(d *doc, src string, toks []token, m match, e *entry) countryRole {
	i, j := int(m.tok), int(m.tok+m.n)
	word := func(k int) string { return string(d.norm[toks[k].ns:toks[k].ne]) }
	same := func(k int) bool { return k >= 0 && k < len(toks) && toks[k].sent == toks[i].sent }
	// A yardstick: "than" just before, or one preposition before.
	for k, hops := i-1, 0; same(k) && hops < 2; k, hops = k-1, hops+1 {
		w := word(k)
		if comparisonWords[w] {
			return roleYardstick
		}
		if !yardstickPreps[w] {
			break
		}
	}
	if e.kind == kDemonym && same(j) && sideWords[word(j)] && !(same(j+1) && sideLocations[word(j+1)]) {
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
