package analyze

// titledRival reports whether the sentence [lo, hi) whose subject is m
// also names someone else under a title holding the role a quotation's
// attribution gives ("Tokayev held talks with Uzbek President Shavkat
// Mirziyoyev. “…,” the president said", «Токаев провел переговоры с
// президентом Узбекистана Шавкатом Мирзиёевым. «…», — сказал
// президент»): either may be "the president", so the role names no one
// for certain.
func (a *Analyzer) titledRival(d *doc, mentions []mention, m mention, lo, hi int, role, name string) bool {
	if role == "" {
		return false
	}
	for _, o := range mentions {
		if o.pos <= m.pos || o.pos < lo || o.pos >= hi {
			continue
		}
		n := a.subjectName(d, o)
		if n == "" || sameSpeaker(n, name) {
			continue
		}
		if d.titledAs(m.pos+1, o.pos, role) == titleHolds {
			return true
		}
	}
	return false
}
