package analyze

// agedPerson reads "the 45-year-old" at token i when the words after it
// are no noun ("“…,” the 45-year-old said"), as English news names a
// person it introduced with an age ("Anna Kaur, 45, …", "45-year-old Anna
// Kaur"). The age links the reference to that person: it resolves when
// the article gives exactly one person that age, and to no one when it
// gives none (an age alone names no one) or several.
func (a *Analyzer) agedPerson(d *doc, i, limit int) (speakerRef, int, bool) {
	in := func(j int) bool { return j < len(d.btoks) && int(d.btoks[j].s) < limit }
	if d.ru || !in(i+3) || d.word(i) != "the" || !d.btoks[i+1].has(fDigit) || d.word(i+2) != "year" || d.word(i+3) != "old" ||
		d.body[d.btoks[i+1].e:d.btoks[i+2].s] != "-" || d.body[d.btoks[i+2].e:d.btoks[i+3].s] != "-" {
		return speakerRef{}, i, false
	}
	if in(i+4) && d.contiguous(i+3, i+4) && !d.listed(i+4, rwSpeechVerb) {
		return speakerRef{}, i, false // "the 45-year-old minister": a title, read as such
	}
	age := d.word(i + 1)
	name := ""
	for k := range d.btoks {
		if k == i+1 || d.word(k) != age || !d.btoks[k].has(fDigit) {
			continue
		}
		var n string
		switch {
		case k > 0 && d.gapBefore(k) == ", " && k+1 < len(d.btoks) && d.gapBefore(k+1) == ", " && a.nameWordAt(d, k-1):
			// "Anna Kaur, 45, said": the name before the age
			j := k - 1
			for j > 0 && j > k-4 && d.contiguous(j-1, j) && a.nameWordAt(d, j-1) {
				j--
			}
			if k-1 > j {
				n = a.surface(d, j, k)
			}
		case k+3 < len(d.btoks) && d.word(k+1) == "year" && d.word(k+2) == "old" && d.contiguous(k+2, k+3):
			// "45-year-old Anna Kaur"
			if m := a.nameRun(d, k+3); m >= 2 {
				n = a.surface(d, k+3, k+3+m)
			}
		}
		switch {
		case n == "":
		case name == "":
			name = n
		case !sameSpeaker(name, n):
			return speakerRef{kind: refGiven}, i + 4, true // two people of that age: no one
		}
	}
	return speakerRef{kind: refGiven, name: name}, i + 4, true
}
