package analyze

import "strings"

// relativeClauseBack reads the speaker before a relative clause that
// ends just before the speech verb at token v ("Jane Doe, who
// interviewed John Smith, wrote:", «Айгуль Бекова, которая поблагодарила
// Марата Исаева, сказала:»): a name inside the clause is its object, and
// the speaker is the name before the comma that opens it. ok reports
// whether such a clause stands before the verb; ref is then the name
// before it, or none.
func (a *Analyzer) relativeClauseBack(d *doc, v, start int) (ref speakerRef, ok bool) {
	if v < 3 || strings.TrimSpace(d.body[d.btoks[v-1].e:d.btoks[v].s]) != "," {
		return speakerRef{}, false
	}
	for j := v - 1; j > 0 && j >= v-16 && int(d.btoks[j].s) >= start; j-- {
		gap := d.body[d.btoks[j-1].e:d.btoks[j].s]
		if strings.ContainsAny(gap, ".;:!?«»“”\"") {
			return speakerRef{}, false
		}
		if !relativePronouns[d.word(j)] || strings.TrimSpace(gap) != "," {
			continue
		}
		ref := a.parseBackward(d, d.skipParenBack(j-1), start)
		if ref.kind != refName && ref.kind != refPronoun {
			return speakerRef{}, true
		}
		return ref, true
	}
	return speakerRef{}, false
}

// relativePronouns open a relative clause after a name.
var relativePronouns = map[string]bool{
	"who": true, "whom": true, "whose": true, "which": true,
	"который": true, "которая": true, "которые": true, "которого": true, "которой": true, "которую": true,
	"которым": true, "чей": true, "чья": true,
}
