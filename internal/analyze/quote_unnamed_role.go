package analyze

// indefiniteNoun reports whether the noun phrase whose head's first word
// is token first opens with an indefinite article or quantifier ("a CBI
// spokesperson", "an Interior Ministry official", "one senior
// diplomat", «один чиновник»): someone the text does not name, never a
// person named elsewhere in it. Only the phrase's modifiers (capitalised
// bodies, country adjectives, lower-case attributes) may stand between;
// "the", a possessive or any other word ends the look.
func (d *doc) indefiniteNoun(first, start int) bool {
	for j := first - 1; j >= 0 && j >= first-4 && int(d.btoks[j].s) >= start && d.contiguous(j, j+1); j-- {
		w := d.word(j)
		switch {
		case indefinite[w]:
			return true
		case w == "the" || d.listed(j, rwSpeechVerb) || descriptorStop[w] || possessiveGap(d.body[d.btoks[j].e:d.btoks[j+1].s]):
			return false
		}
	}
	return false
}
