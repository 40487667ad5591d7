package analyze

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
