package analyze

// German makes an adjective of a town by adding -er to its name, and
// writes it with a capital, before the noun: der Berliner Weihnachtsmarkt,
// die Kölner Polizei, ein Pariser Gericht, das Kiewer Rathaus. Such a
// report may name its town only so, while another report names the town
// itself (Berlin, Berlino, Берлин): the adjective is read as the place
// and its country (germanPlaceAdjective), as Russian and Ukrainian place
// adjectives are read as their place's name (placeAdjectiveStem).

// germanPlaceAdjective returns the vocabulary id and the gazetteer entry
// of the town, region or country that a lower-case German word ending in
// -er is made from (berliner: Berlin), when the gazetteer knows the
// place under that one word in a language of the document; ok is false
// otherwise.
func (a *Analyzer) germanPlaceAdjective(w []byte, langs uint16) (id uint32, ci int32, ok bool) {
	n := len(w)
	if zzNoDE {
		return 0, 0, false
	}
	if n < 6 || w[n-2] != 'e' || w[n-1] != 'r' {
		return 0, 0, false
	}
	id = a.vocab.lookup(w[:n-2])
	if id == 0 || int(id) >= len(a.gaz.heads) {
		return 0, 0, false
	}
	for _, ci := range a.gaz.heads[id] {
		e := &a.gaz.entries[ci]
		if len(e.words) != 1 || e.code == "" || e.langs != 0 && e.langs&langs == 0 {
			continue
		}
		switch e.storyKind() {
		case kCity, kCapital, kRegion, kName:
			return id, ci, true
		}
	}
	return 0, 0, false
}

var zzNoDE = false

// Slavic and Baltic languages written in Latin letters inflect a foreign
// place's name with a case ending: Slovene and Croatian "v Londonu", "u
// Berlinu", Polish "w Berlinie", "do Iranu", Czech "z Londýna" aside,
// Lithuanian "Londone". Such a report may name its place only so, while
// the gazetteer knows the name itself (London, Berlin, Iran): the word
// less its ending is read as the place (placeCaseForm), as German town
// adjectives are.
var caseEndingLangs = map[string]bool{"pl": true, "cs": true, "sk": true, "sl": true, "hr": true, "sr": true, "bs": true, "lt": true, "lv": true}

// caseEndings are the endings placeCaseForm takes off, the longer first.
var caseEndings = [...]string{"om", "em", "ie", "ą", "ę", "u", "a", "e", "i", "y"}

// placeCaseForm returns the country of the capital, city or country that
// lower-case word w names with a case ending (londonu: London, GB), when
// the gazetteer knows the place under the word less its ending, in a
// language of the document; ok is false otherwise, and for a stem of
// fewer than four letters.
func (a *Analyzer) placeCaseForm(w []byte, langs uint16) (code string, ok bool) {
	for _, e := range caseEndings {
		n := len(w) - len(e)
		if n < 4 || string(w[n:]) != e {
			continue
		}
		id := a.vocab.lookup(w[:n])
		if id == 0 || int(id) >= len(a.gaz.heads) {
			continue
		}
		for _, ci := range a.gaz.heads[id] {
			en := &a.gaz.entries[ci]
			if len(en.words) != 1 || en.code == "" || en.langs != 0 && en.langs&langs == 0 {
				continue
			}
			switch en.storyKind() {
			case kCapital, kCity, kName:
				return en.code, true
			}
		}
	}
	return "", false
}
