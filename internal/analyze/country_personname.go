package analyze

// nameCountries are country and capital names that are also first names or
// surnames ("Salvador Allende", "Israel Adesanya", "Georgia Smith", "Marco
// Colombo", «Израиль Гальперин», "Santiago Abascal", "Sofia Coppola",
// "Lima" a Portuguese surname, «Сальвадор Дали»). markNameCountries marks the entry of
// exactly this form as a name of people too (eNameAmb, like Jordan and
// Chad): beside another capitalised word that names nothing the gazetteer
// knows it is part of a person's name and names no country. Russian lists
// only the nominative: a first name stands before its surname in the
// nominative, while «посол Израиля Михаэль ...» is the country.
var nameCountries = []string{
	"salvador", "israel", "израиль", "georgia", "colombo", "коломбо",
	"santiago", "sofia", "софия", "lima", "сальвадор",
}

// ordinaryWordCountries are country names that are an ordinary word of one
// language: Turkish "mali" is "financial" ("Mali Yılı", the fiscal year;
// "Mali Müşavir", a chartered accountant) and "mısır" is maize ("Mısır
// Hasadı", the maize harvest). In text of that language the
// name counts only where it stands as a name: lower case it is already no
// match (eNeedCap), and capitalised beside another capitalised word that
// names nothing known (a title-case phrase) it is the word (eNameAmb);
// with Turkish's apostrophe before a suffix (Mali'de) or alone it is still
// the country. In every other language the entry stays as it was.
var ordinaryWordCountries = map[string]uint16{"mali": lTR, "mısır": lTR}

// cityNameCountries are country names that one language uses first for a
// big city of another country: Portuguese "Salvador" is the capital of
// Bahia (Brazil), the country being "El Salvador" there. In text of that
// language the name is the city's, still a person's beside another name
// ("Salvador Dalí"); in every other language the entry stays as it was
// (French calls El Salvador "Salvador").
var cityNameCountries = map[string]struct {
	langs uint16
	code  string
}{"salvador": {lPT, "BR"}}

// markNameCountries applies nameCountries, ordinaryWordCountries and
// cityNameCountries to the single-word names and capitals of the gazetteer.
func markNameCountries(l *lexicon, v *vocab) {
	ids := make(map[uint32]bool, len(nameCountries))
	for _, w := range nameCountries {
		ids[v.id(w)] = true
	}
	ord := make(map[uint32]uint16, len(ordinaryWordCountries))
	for w, b := range ordinaryWordCountries {
		ord[v.id(w)] = b
	}
	city := make(map[uint32]string, len(cityNameCountries))
	for w := range cityNameCountries {
		city[v.id(w)] = w
	}
	n := len(l.entries)
	for i := 0; i < n; i++ {
		e := &l.entries[i]
		if (e.kind != kName && e.kind != kCapital) || len(e.words) != 1 || e.code == "" {
			continue
		}
		if ids[e.words[0]] {
			e.flags |= eNameAmb
		}
		if w, ok := city[e.words[0]]; ok && (e.langs == 0 || e.langs&cityNameCountries[w].langs != 0) {
			c := cityNameCountries[w]
			own := *e
			own.code, own.kind, own.weight, own.langs = c.code, kCity, kindWeight[kCity], c.langs
			if e.langs == 0 {
				e.langs = lAll &^ c.langs
			} else {
				e.langs &^= c.langs
			}
			l.entries = append(l.entries, own)
			continue
		}
		b, ok := ord[e.words[0]]
		if !ok || e.flags&eNameAmb != 0 || e.langs != 0 && e.langs&b == 0 {
			continue
		}
		if e.langs != 0 && e.langs&^b == 0 {
			e.flags |= eNameAmb // the language's own name (CLDR's Mısır)
			continue
		}
		// The language's own copy of the entry reads the word as a name
		// only when it stands apart; the other languages keep it.
		own := *e
		own.langs = b
		own.flags |= eNameAmb
		if e.langs == 0 {
			e.langs = lAll &^ b
		} else {
			e.langs &^= b
		}
		l.entries = append(l.entries, own)
	}
}
