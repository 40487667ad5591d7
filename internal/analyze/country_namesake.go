package analyze

// institutionNamesakes are institutions that several countries name alike
// in one language, listed by the gazetteer entry of one of them (its
// language and label) with the others' codes: the Bundesrat is Germany's
// second chamber and Austria's, and Switzerland's government; Austria has a
// Bundesregierung, a Bundeskanzler and Bundesminister too; the Assemblée
// nationale is the parliament of France, of Quebec and of many francophone
// states. A mention of one counts for whichever of its countries the rest
// of the article names most, and for the entry's own country when it names
// none of the others (creditNamesakes).
var institutionNamesakes = [...]struct {
	lang, label, code string
	also              []string
}{
	{"de", "Bundesrat", "DE", []string{"AT", "CH"}},
	{"de", "Bundesregierung", "DE", []string{"AT"}},
	{"de", "Bundeskanzler~", "DE", []string{"AT"}},
	{"de", "Bundesminister~", "DE", []string{"AT"}},
	{"de", "Bundeskanzleramt", "DE", []string{"AT"}},
	{"de", "Kanzleramt", "DE", []string{"AT"}},
	{"fr", "Assemblée nationale", "FR", []string{"CA", "BJ", "BF", "CI", "CM", "CF", "CG", "CD", "DJ", "GA", "GN", "MG", "ML", "NE", "SN", "TD", "TG"}},
}

// markNamesakes marks the gazetteer entries of institutionNamesakes.
func markNamesakes(l *lexicon) {
	for i := range l.entries {
		e := &l.entries[i]
		for k, ns := range institutionNamesakes {
			if e.code == ns.code && e.label == ns.label && e.langs == langBits[ns.lang] {
				e.namesake = uint8(k + 1)
			}
		}
	}
}
