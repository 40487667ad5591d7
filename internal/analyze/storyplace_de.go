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
