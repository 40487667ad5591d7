package analyze

import (
	"strings"
	"unicode/utf8"
)

// sourceClause reads the speaker of a quotation that finishes a sentence
// opened by a source phrase, the quoted words standing further on in the
// sentence than right after its comma: «По словам главы государства, в
// Киргизии рассчитывают на «скорое разрешение конфликтов»», «По его
// словам, в таких сообщениях «…»», «По утверждению губернатора, он «…»»,
// «Как добавил В. Саратов, его «…»», "According to Kanat Abdykadyrov, the
// schools will open “…”". The phrase is the speaker's (a name, a pronoun,
// a role) when nothing in between may be the words' owner: no other
// speech verb, no colon, no capitalised word but a place.
func (a *Analyzer) sourceClause(d *doc, q quoteSpan) speakerRef {
	p := d.paras[q.para]
	k := d.tokAt(q.open) - 1
	if k < 1 || int(d.btoks[k].s) < int(p.s) {
		return speakerRef{}
	}
	// The sentence's first token, within 40 tokens of the mark.
	s0 := k
	for s0 > 0 && s0 > k-40 && int(d.btoks[s0].s) > int(p.s) && !d.sentenceStartAt(s0) {
		s0--
	}
	if !d.sentenceStartAt(s0) && int(d.btoks[s0].s) != int(p.s) {
		return speakerRef{}
	}
	if n := quoteMarks(d.body[p.s:d.btoks[s0].s]); n%2 == 1 {
		return speakerRef{} // the sentence is inside another quotation
	}
	// The phrase's comma: the first one of the sentence, within 9 tokens.
	m := -1
	for t := s0; t < k && t < s0+9; t++ {
		gap := d.body[d.btoks[t].e:d.btoks[t+1].s]
		if strings.ContainsAny(gap, ":;«»“”\"—–") {
			return speakerRef{}
		}
		if strings.Contains(gap, ",") {
			m = t
			break
		}
	}
	if m < 0 {
		return speakerRef{}
	}
	if strings.TrimSpace(d.body[d.btoks[m].e:q.open]) == "," {
		return speakerRef{} // «По словам X, «…»»: attributionBefore reads it
	}
	ref := a.sourcePhrase(d, s0, m)
	if ref.kind == refNone {
		return speakerRef{}
	}
	for t := m + 1; t <= k; t++ {
		if int(d.btoks[t].s) >= q.open {
			break
		}
		w := d.word(t)
		if d.listed(t, rwSpeechVerb) || speechParticiples[w] {
			return speakerRef{} // «По словам X, Y заявил …»: Y's words
		}
		if d.btoks[t].has(fCap) && !a.isPlaceToken(d, t) {
			return speakerRef{} // a person or a body named between
		}
		if strings.Contains(d.body[d.btoks[t].e:min(q.open, int(d.btoks[t].e)+3)], ":") {
			return speakerRef{}
		}
	}
	return ref
}

// sourcePhrase reads the source phrase of tokens s0..m (m the last before
// its comma): «по словам X» and «по мнению X» as accordingTo reads them,
// also with a role of two words («по словам главы государства»);
// «по утверждению / по признанию его, X, министра»; «как VERB X»; "according
// to X"; "as X said".
func (a *Analyzer) sourcePhrase(d *doc, s0, m int) speakerRef {
	start := int(d.btoks[s0].s)
	w0 := d.word(s0)
	switch {
	case d.ru && w0 == "по" && m == s0+2 && sourceNouns[d.word(m)]:
		// «по его словам», «по её мнению»
		switch d.word(s0 + 1) {
		case "его":
			return speakerRef{kind: refPronoun}
		case "ее", "её":
			return speakerRef{kind: refPronoun, female: true}
		}
	case d.ru && w0 == "по" && m > s0+1 && sourceNouns[d.word(s0+1)]:
		noun := d.word(s0 + 1)
		if noun == "словам" || noun == "мнению" {
			if ref := a.accordingTo(d, m, start); ref.kind != refNone {
				return ref
			}
		}
		switch {
		case m == s0+2 && !d.btoks[m].has(fCap):
			if r := ruRoleNominative(d.word(m)); r != "" {
				return speakerRef{kind: refRole, role: r}
			}
		case m == s0+3 && !d.btoks[m].has(fCap) && d.contiguous(s0+2, m):
			// «по словам главы государства»: a role of two words.
			if r := ruRoleNominative(d.word(s0 + 2)); r != "" {
				if _, ok := roleWords[r+" "+d.word(m)]; ok {
					return speakerRef{kind: refRole, role: r + " " + d.word(m)}
				}
			}
		case noun != "словам" && noun != "мнению" && d.btoks[m].has(fCap):
			return speakerRef{kind: refCited, ts: s0 + 2, te: m + 1}
		}
	case d.ru && w0 == "как" && m > s0+1 && d.listed(s0+1, rwSpeechVerb):
		// «Как добавил В. Саратов, его «…»»: the clause's speaker ends at m.
		if ref, end := a.parseForward(d, s0+2, int(d.btoks[m].e)); (ref.kind == refName || ref.kind == refRole) && end == m+1 {
			return ref
		}
	case !d.ru && w0 == "according" && m > s0+1 && d.word(s0+1) == "to":
		return a.accordingTo(d, m, start)
	case !d.ru && w0 == "as" && m > s0+1:
		if ref, end := a.parseForward(d, s0+1, int(d.btoks[m].e)); ref.kind == refName && end == m && d.listed(m, rwSpeechVerb) {
			return ref
		}
	}
	return speakerRef{}
}

// sourceNouns open a Russian source phrase: «по словам», «по мнению», «по
// утверждению», «по признанию».
var sourceNouns = map[string]bool{
	"словам": true, "мнению": true, "утверждению": true, "признанию": true,
}

// ruGenitiveTitleStart steps back from token k, the first word of a name,
// over a title in the genitive right before it: a role noun («министра»,
// «главы», «председателя») and at most three lower-case words of its
// complement («министра иностранных дел», «главы государства»). It
// returns k itself when no such title stands there.
func (d *doc) ruGenitiveTitleStart(k int) int {
	for j := k - 1; j >= 0 && j >= k-4 && d.contiguous(j, j+1) && !d.btoks[j].has(fCap); j-- {
		if ruRoleNominative(d.word(j)) != "" {
			return j
		}
	}
	return k
}

// titleBefore reports whether a title word ends right before token j, or
// a title and at most two lower-case words of its complement do
// («председатель Нацбанка», «председатель правления Нацбанка»,
// «заместитель председателя правления Нацбанка»).
func (d *doc) titleBefore(j int) bool {
	for k := j - 1; k >= 0 && k >= j-3 && d.contiguous(k, k+1); k-- {
		if d.listed(k, rwTitleWord) {
			return true
		}
		if d.btoks[k].has(fCap) && k < j-1 {
			return false
		}
	}
	return false
}

// ruCaseFormOf reports whether name a is name b with its first name in
// another case: the same surname, and a first name that is b's with one
// or two more letters («Мурата Нуртлеу», «Муратом Нуртлеу» of «Мурат
// Нуртлеу»). An indeclinable surname shows no case, so of two such
// mentions the shorter first name is the nominative.
func ruCaseFormOf(a, b string) bool {
	af, as, ok1 := strings.Cut(a, " ")
	bf, bs, ok2 := strings.Cut(b, " ")
	if !ok1 || !ok2 || as != bs || strings.Contains(as, " ") || !isCyrillicText(af) {
		return false
	}
	extra := utf8.RuneCountInString(af) - utf8.RuneCountInString(bf)
	return extra >= 1 && extra <= 2 && strings.HasPrefix(af, bf) && utf8.RuneCountInString(bf) >= 3
}
