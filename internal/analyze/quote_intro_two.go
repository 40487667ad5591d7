package analyze

// surnameNamedBefore reports whether the sentence [lo, hi), which names
// one person in full (ref), also names another by a surname alone that
// the article gave in full before it: "Striker Offrande Zanzala had a goal
// ruled out and Coleman explains why" after "manager John Coleman", «Игрок
// Иван Петров не забил пенальти, и Смирнов объяснил почему» after
// «тренер Андрей Смирнов». A surname alone is no name run, so the
// sentence looks as if it named one person; it names two, and either may
// speak the paragraph after it. Only a capitalised word inside the
// sentence counts (not its first word), and only when an earlier name run
// of two words or more ends in it.
func (a *Analyzer) surnameNamedBefore(d *doc, lo, hi int, ref speakerRef) bool {
	first := d.tokAt(lo)
	last := d.word(ref.te - 1)
	for k := first + 1; k < len(d.btoks) && int(d.btoks[k].s) < hi; k++ {
		if k >= ref.ts && k < ref.te || !d.btoks[k].has(fCap) || d.btoks[k].has(fAllCaps) || equalFold(d.word(k), last) {
			continue
		}
		if d.btoks[k-1].has(fCap) && d.contiguous(k-1, k) || k+1 < len(d.btoks) && d.btoks[k+1].has(fCap) && d.contiguous(k, k+1) {
			continue // part of a run of capitalised words, read as a name or not
		}
		w := d.word(k)
		for j := 1; j < first; j++ {
			if d.word(j) == w && d.btoks[j].has(fCap) && d.btoks[j-1].has(fCap) && d.contiguous(j-1, j) && a.nameRun(d, j-1) >= 2 {
				return true
			}
		}
	}
	return false
}

// surnameOfFullName returns the one person a sentence [lo, hi) that holds
// no name run names by a surname alone, as the article gave that person
// in full before it: "Griffiths said that the company …" after "National
// officer Mike Griffiths", «Смирнов сказал, что …» after «тренер Андрей
// Смирнов». The reference points at the full name. Two such surnames
// give no one.
func (a *Analyzer) surnameOfFullName(d *doc, lo, hi int) speakerRef {
	first := d.tokAt(lo)
	var ref speakerRef
	for k := first; k < len(d.btoks) && int(d.btoks[k].s) < hi; k++ {
		if !d.btoks[k].has(fCap) || d.btoks[k].has(fAllCaps) {
			continue
		}
		w := d.word(k)
		for j := first - 1; j > 0; j-- {
			if d.word(j) != w || !d.btoks[j].has(fCap) || !d.contiguous(j-1, j) {
				continue
			}
			s := -1
			for b := j - 1; b >= 0 && b >= j-2; b-- {
				if a.nameRun(d, b) == j-b+1 {
					s = b
				}
			}
			if s < 0 {
				continue
			}
			if ref.kind != refNone && !equalFold(d.word(ref.te-1), w) {
				return speakerRef{}
			}
			ref = speakerRef{kind: refName, ts: s, te: j + 1}
			break
		}
	}
	return ref
}
