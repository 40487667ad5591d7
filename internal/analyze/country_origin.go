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
