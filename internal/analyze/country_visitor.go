package analyze

// A leader who pays or receives a visit is a party to it as much as the
// country visited: "Prime Minister Sheikh Hasina went to Beijing for an
// official visit", «Лукашенко прибыл с визитом в Москву», "Sánchez viajó a
// China". isCounterpart marks the country after the visit word; leadsVisit
// marks the leader before it, so that a visitor named only by the leader's
// name stays primary beside the host.

// leadsVisit reports whether the leader matched at m is followed, in the
// same clause and within a few words, by a visit word (visitWords,
// visitStems).
func leadsVisit(d *doc, src string, toks []token, m match) bool {
	i := int(m.tok + m.n - 1)
	for k, hops := i+1, 0; k < len(toks) && toks[k].sent == toks[i].sent && hops < 10; k, hops = k+1, hops+1 {
		if k > i+1 && containsAnyByte(src[toks[k-1].e:toks[k].s], ".;:«»\"") {
			return false
		}
		x := d.norm[toks[k].ns:toks[k].ne]
		if visitWords[string(x)] || visitStems.has(x) {
			return true
		}
	}
	return false
}

func containsAnyByte(s, set string) bool {
	for i := 0; i < len(s); i++ {
		for j := 0; j < len(set); j++ {
			if s[i] == set[j] {
				return true
			}
		}
	}
	return false
}
