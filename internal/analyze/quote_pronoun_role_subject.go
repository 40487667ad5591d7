package analyze

// roleSubjectSentence returns the role word a sentence [lo, hi) that
// names no one opens with as its subject: "The manager also looked back
// on the two goals.", "The coach says …", «Наставник также отметил …».
// "He"/«он» after it goes on with that role's holder, as after a name.
// The role must be a title of the role table (roleWords) standing first
// (after "the" in English) with a lower-case word after it.
func (d *doc) roleSubjectSentence(lo, hi int) string {
	k := d.tokAt(lo)
	if !d.ru {
		if k+2 >= len(d.btoks) || int(d.btoks[k+1].s) >= hi || d.word(k) != "the" {
			return ""
		}
		k++
	}
	if k+1 >= len(d.btoks) || int(d.btoks[k+1].s) >= hi || d.btoks[k+1].has(fCap) || !d.contiguous(k, k+1) {
		return ""
	}
	w := d.word(k)
	if a, ok := roleSubjectAliases[w]; ok {
		w = a
	}
	if _, ok := roleWords[w]; !ok && d.ru {
		w = ruRoleNominative(w)
	}
	if _, ok := roleWords[w]; !ok || w == "" {
		return ""
	}
	return w
}

// roleSubjectAliases are a sports page's other words for a team's manager
// or coach ("The boss says …", «Наставник отметил …»): the title the
// article introduced the person with is the table's.
var roleSubjectAliases = map[string]string{"boss": "manager", "наставник": "тренер"}
