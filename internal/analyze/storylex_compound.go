package analyze

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// German joins nouns into one word whose last part says what the whole
// is: a Stichwahl (a runoff) and a Präsidentschaftswahl are a Wahl, a
// Bombenanschlag is an Anschlag, a Waldbrand a Brand, a Nachbeben a
// Beben. The event lexicon (storylex.go) reads a word by its opening, so
// a compound whose first part is not an event word names no event there.
// germanCompoundHeads are the event words that end such compounds, by
// concept; a word of a German text that ends in one, with four letters
// at least before it, names the head's event (germanCompoundConcept).
var germanCompoundHeads = [...]struct{ concept, heads string }{
	{"election", "wahl wahlen"},
	{"quake", "beben"},
	{"attack", "anschlag anschläge anschlägen angriff angriffe angriffen"},
	{"crash", "absturz abstürze"},
	{"fire", "brand brände bränden"},
	{"flood", "flut fluten hochwasser überschwemmung überschwemmungen"},
	{"summit", "gipfel gipfels"},
	{"walkout", "streik streiks"},
	{"arrest", "festnahme festnahmen"},
	{"verdict", "urteil urteils"},
	{"explosion", "explosion explosionen"},
	{"coup", "putsch"},
	{"protest", "protest proteste protesten"},
	{"assassination", "attentat attentats"},
	{"resign", "rücktritt"},
	{"evacuate", "evakuierung evakuierungen"},
	{"riot", "krawalle"},
	{"storm", "unwetter"},
	{"referendum", "referendum"},
}

// germanCompoundNot are compounds that end in a head of
// germanCompoundHeads and name no event: a mountain's peak, a brandy, a
// flood of news.
var germanCompoundNot = map[string]bool{
	"berggipfel": true, "berggipfeln": true, "weinbrand": true, "informationsflut": true, "nachrichtenflut": true,
	"bilderflut": true, "datenflut": true, "papierflut": true,
}

// compoundHeads holds germanCompoundHeads by their last byte, each with
// its event concept.
var compoundHeads = func() (t [256][]struct {
	head []byte
	c    int
}) {
	for _, g := range germanCompoundHeads {
		c := conceptIndex(g.concept)
		for _, h := range strings.Fields(g.heads) {
			t[h[len(h)-1]] = append(t[h[len(h)-1]], struct {
				head []byte
				c    int
			}{[]byte(h), c})
		}
	}
	return t
}()

// germanCompoundConcept returns the event concept of a lower-case German
// word that ends in one of germanCompoundHeads after four letters at
// least ("stichwahl", "bombenanschlag"; not "auswahl", a choice), or -1.
func germanCompoundConcept(w []byte) int {
	if len(w) < 7 {
		return -1
	}
	for _, h := range compoundHeads[w[len(w)-1]] {
		if len(w) > len(h.head) && bytes.HasSuffix(w, h.head) && utf8.RuneCount(w[:len(w)-len(h.head)]) >= 4 {
			if germanCompoundNot[string(w)] {
				return -1
			}
			return h.c
		}
	}
	return -1
}

// germanDoc reports whether a document is in German by its language tag.
func germanDoc(d *doc) bool {
	return d.lang == "de" || strings.HasPrefix(d.lang, "de-")
}
