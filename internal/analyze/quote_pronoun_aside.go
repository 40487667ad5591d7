package analyze

import "strings"

// parentheticalPronoun reports whether the sentence [lo, hi) reports the
// pronoun's person speaking in an aside set off by commas: "The
// government, she said, has already set up a committee with the Vice
// President, X, as chairman", «Правительство, сказала она, уже создало
// комитет …». Such a sentence is about "she" as one opening with "She"
// is, so the people it names after the aside (objects, appositions) are
// not who a later "she said" means.
func (d *doc) parentheticalPronoun(lo, hi int, female bool) bool {
	if !strings.Contains(d.body[lo:hi], ",") { // the byte gate: an aside needs its commas
		return false
	}
	for k := d.tokAt(lo) + 1; k+1 < len(d.btoks) && int(d.btoks[k+1].e) <= hi; k++ {
		p, v := k, k+1 // "she said"
		if d.ru && d.listed(k, rwSpeechVerb) {
			p, v = k+1, k // «сказала она»
		}
		if !pronounKind(d.word(p)) || femalePronoun(d.word(p)) != female || !d.listed(v, rwSpeechVerb) || !d.contiguous(k, k+1) {
			continue
		}
		before, after := d.body[d.btoks[k-1].e:d.btoks[k].s], ""
		if k+2 < len(d.btoks) {
			after = d.body[d.btoks[k+1].e:d.btoks[k+2].s]
		}
		if strings.TrimSpace(before) == "," && strings.TrimSpace(after) == "," {
			return true
		}
	}
	return false
}
