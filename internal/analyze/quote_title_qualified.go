package analyze

import "strings"

// Titles that a qualifier or a many-word portfolio stands before, read
// after a speech verb to the holder's name: «— сказал бывший министр
// финансов X», «— сказал и.о. министра X», «— сказал экс-премьер X»;
// "said Road Transport and Highways Minister X", "said former Power and
// Energy Minister X". Shorter forms ("said Energy Minister X", «— сказал
// министр энергетики X») were read before; these two gaps were not.

// ruTitleQualifierEnd returns, for a Russian qualifier of a title at token
// i — a former holder («бывший», «экс-»), an acting one («врио», «и.о.»,
// «исполняющий обязанности», «временно исполняющий обязанности») — the
// token of the lower-case title word after it, or i when none is there.
// The caller reads the title and the name from that word on.
func (d *doc) ruTitleQualifierEnd(i, limit int) int {
	if !d.ru || i+1 >= len(d.btoks) {
		return i
	}
	k := i
	switch w := d.word(i); w {
	case "бывший", "бывшая", "бывшего", "бывшей":
		k = i + 1
	case "экс", "врио":
		if w == "экс" && d.gapBefore(i+1) != "-" {
			return i
		}
		k = i + 1
	case "временно", "исполняющий", "исполняющая", "исполняющего", "исполняющей":
		if w == "временно" {
			k++
			if k >= len(d.btoks) || !strings.HasPrefix(d.word(k), "исполняющ") {
				return i
			}
		}
		if k+2 >= len(d.btoks) || d.word(k+1) != "обязанности" || !d.contiguous(k, k+1) {
			return i
		}
		k += 2
	case "ио":
		// «и.о.»: one token, its points inside.
		if !strings.Contains(d.body[d.btoks[i].s:d.btoks[i].e], ".") {
			return i
		}
		k = i + 1
	case "и":
		// «и. о.»: the two letters with their points.
		if i+2 >= len(d.btoks) || d.word(i+1) != "о" || !onlyRunes(d.gapBefore(i+1), ". ") || !onlyRunes(d.gapBefore(i+2), ". ") ||
			d.gapBefore(i + 1)[0] != '.' || d.gapBefore(i + 2)[0] != '.' {
			return i
		}
		k = i + 2
	default:
		return i
	}
	if k >= len(d.btoks) || int(d.btoks[k].s) >= limit || d.btoks[k].has(fCap) {
		return i
	}
	if gap := d.gapBefore(k); gap != " " && gap != "-" && gap != ". " {
		return i
	}
	if w := d.word(k); d.listed(k, rwTitleWord) || titleWordKind(w) != 0 {
		return k
	}
	return i
}

// enPortfolioTitleEnd reads, from token j, a portfolio of capitalised words
// joined by "and" or "&" before an English title noun, and returns the
// token where the holder's name starts after the noun, or j: "Road
// Transport and Highways Minister X", "Power and Energy Minister X",
// "Housing & Urban Affairs Secretary X". A word next to "and" is a field
// (portfolioWords, portfolioTail), so two people joined by "and" ("Smith
// and Jones") are no portfolio; a body ("the Finance Ministry said") and a
// title with no name after it ("Energy Minister said") end no title.
func (d *doc) enPortfolioTitleEnd(j, limit int) int {
	if d.ru || j+3 >= len(d.btoks) || !d.btoks[j].has(fCap) {
		return j
	}
	field := false
	for k := j; k < len(d.btoks) && k <= j+7 && int(d.btoks[k].s) < limit; k++ {
		t := &d.btoks[k]
		if k > j && !d.contiguous(k-1, k) && d.gapBefore(k) != " & " {
			return j
		}
		w := d.word(k)
		if k > j && (w == "and" && !t.has(fCap) || d.gapBefore(k) == " & ") {
			prev := d.word(k - 1)
			if w == "and" {
				if k+1 >= len(d.btoks) || !d.btoks[k+1].has(fCap) || !d.contiguous(k, k+1) {
					return j
				}
			}
			next := w
			if w == "and" {
				next = d.word(k + 1)
			}
			if portfolioWords[prev] || portfolioTail[prev] || portfolioWords[next] || portfolioTail[next] {
				field = true
			}
			if w == "and" {
				continue
			}
		}
		if !t.has(fCap) || t.has(fDigit) || t.has(fAllCaps) && k == j {
			return j
		}
		if k == j || titleWordKind(w) == 0 || !field {
			continue
		}
		// The title noun: a name of capitalised words must follow.
		n := k + 1
		if n >= len(d.btoks) || int(d.btoks[n].s) >= limit || !d.contiguous(k, n) || !d.btoks[n].has(fCap) ||
			d.btoks[n].has(fAllCaps) || d.listed(n, rwTitleWord) || portfolioWords[d.word(n)] || portfolioTail[d.word(n)] {
			return j
		}
		return n
	}
	return j
}

// memberBeforeName reports whether token e is an English lower-case
// "member" between a body's capitalised name and a person's ("Biju Janata
// Dal member Tathagata Satpathy", "Green Party member Laura Dunn"): the
// capitalised words before it are the body, as before a title word
// ("Fox News host X"), not the speaker's name.
func (d *doc) memberBeforeName(e int) bool {
	return !d.ru && e+1 < len(d.btoks) && d.word(e) == "member" && !d.btoks[e].has(fCap) &&
		d.btoks[e+1].has(fCap) && !d.btoks[e+1].has(fAllCaps) && d.contiguous(e, e+1)
}
