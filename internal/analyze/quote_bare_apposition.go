package analyze

// bareNameApposition reports whether the sentence [lo, hi) that names no
// one opens with a single capitalised word, a person's surname the article
// gives alone, set off by an apposition of a role or a person's noun
// ("Galipo, the attorney for the family, disputed that.", «Петров, адвокат
// семьи, оспорил это.»): "he"/«он» after it may well mean that person,
// whom the analysis does not name, so no one named further back is the
// speaker. Only the comma after the sentence's first word is looked at
// before the words are.
func (d *doc) bareNameApposition(lo, hi int) bool {
	k := d.tokAt(lo)
	if k+2 >= len(d.btoks) || int(d.btoks[k+1].s) >= hi || d.body[d.btoks[k].e:d.btoks[k+1].s] != ", " {
		return false
	}
	w := d.word(k)
	if !d.btoks[k].has(fCap) || d.btoks[k].has(fAllCaps) || notNames[w] || nameOpeners[w] || titleWords[w] || continuationOpeners[w] {
		return false
	}
	j := k + 1
	switch d.word(j) {
	case "the", "a", "an", "another", "his", "her":
		j++
	}
	// The noun heads the apposition within its first three words ("the
	// family's attorney", "a senior lawyer", «адвокат семьи»).
	for e := j + 3; j < e && j < len(d.btoks) && int(d.btoks[j].s) < hi; j++ {
		if d.btoks[j].has(fCap) {
			return false
		}
		n := d.word(j)
		if roleNouns[n] || personNouns[n] || titleWords[n] && !notNames[n] {
			return true
		}
		if j > k+1 && !d.contiguous(j-1, j) && d.body[d.btoks[j-1].e:d.btoks[j].s] != "’s " && d.body[d.btoks[j-1].e:d.btoks[j].s] != "'s " {
			return false
		}
	}
	return false
}

// trimOutletPossessive moves a name span [ts, te) past an outlet's or a
// body's possessive before it ("Sky News’ Kay Burley", "the BBC's Laura
// Kuenssberg" read as one run): the person is the two or three words
// after the last apostrophe that ends a word. A name's own apostrophe
// (O'Brien, Дар'я) has no space after it and stays.
func (d *doc) trimOutletPossessive(ts, te int) int {
	for k := te - 2; k > ts; k-- {
		switch d.body[d.btoks[k-1].e:d.btoks[k].s] {
		case "’ ", "' ", "’s ", "'s ":
			if d.btoks[k-1].has(fLatin) {
				return k
			}
		}
	}
	return ts
}
