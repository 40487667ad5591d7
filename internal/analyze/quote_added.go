package analyze

import "strings"

// continuationVerbs say that a speaker goes on speaking: what they "added"
// follows what they said before.
var continuationVerbs = map[string]bool{
	"added": true, "adds": true, "continued": true, "continues": true,
	"добавил": true, "добавила": true, "добавляет": true, "продолжил": true, "продолжила": true,
	"дополнил": true, "дополнила": true,
}

// addedAttribution reports whether quotation q's attribution is a verb of
// going on: within four words after its closing mark (“…,” she added ·
// «…», — добавил он) or before its opening mark (She added: “…”).
func (d *doc) addedAttribution(q quoteSpan) bool {
	p := d.paras[q.para]
	if q.after {
		for k, n := d.tokAt(q.end), 0; k < len(d.btoks) && int(d.btoks[k].s) < int(p.e) && n < 4; k, n = k+1, n+1 {
			if continuationVerbs[d.word(k)] {
				return true
			}
			if k+1 >= len(d.btoks) || strings.ContainsAny(d.gapBefore(k+1), ".!?") {
				break
			}
		}
		return false
	}
	for k, n := d.tokAt(q.open)-1, 0; k >= 0 && int(d.btoks[k].s) >= int(p.s) && n < 4; k, n = k-1, n+1 {
		if continuationVerbs[d.word(k)] {
			return true
		}
	}
	return false
}
