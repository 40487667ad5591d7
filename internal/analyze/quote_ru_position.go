package analyze

import "strings"

// positionNouns name someone's words or view: «Позиция X однозначна:
// «…»», «Ответ министра был коротким: «…»», «Мнение X: «…»»; "X's
// position is clear: “…”", "The minister's answer: “…”".
var positionNouns = map[string]bool{
	"позиция": true, "мнение": true, "ответ": true, "слова": true, "реакция": true,
	"комментарий": true, "вердикт": true, "оценка": true, "вывод": true, "совет": true,
	"position": true, "view": true, "answer": true, "response": true, "reaction": true,
	"verdict": true, "comment": true, "message": true, "advice": true,
}

// positionColon reads a sentence that opens with someone's words or view
// and ends in a colon before the quotation: «Позиция Ерлана Ахметова
// однозначна: «…»», «Его ответ был коротким: «…»», «Мнение министра:
// «…»», "Erlan Akhmetov's position is clear: “…”", "His answer was
// short: “…”". The possessor is the speaker: a name in the genitive (or
// with "'s"), a role, a possessive pronoun. Up to three lower-case words
// of a predicate may follow; anything else (a verb's object, another
// name) gives no speaker. ok reports that the sentence opens with such a
// noun at all, so that no other reading takes the noun for a first name
// («Мнение Ерлана Ахметова» is no name).
func (a *Analyzer) positionColon(d *doc, m, start int) (speakerRef, bool) {
	s0 := m
	for s0 > 0 && s0 > m-9 && int(d.btoks[s0].s) > start && !d.sentenceStartAt(s0) {
		s0--
	}
	if !d.sentenceStartAt(s0) && int(d.btoks[s0].s) != start {
		return speakerRef{}, false
	}
	if w := d.word(s0); (w == "а" || w == "но" || w == "but" || w == "and") && s0 < m {
		s0++
	}
	// The possessor before the noun: «Его позиция», "His answer", "Erlan
	// Akhmetov's position", "The minister's answer".
	var ref speakerRef
	p := s0
	switch w := d.word(s0); {
	case w == "его" || w == "his":
		ref, p = speakerRef{kind: refPronoun}, s0+1
	case w == "ее" || w == "её" || w == "her":
		ref, p = speakerRef{kind: refPronoun, female: true}, s0+1
	case !d.ru:
		k := s0
		if w == "the" {
			k++
			if r := d.word(k); k < m && d.listed(k, rwRoleNoun) && possessiveGap(d.body[d.btoks[k].e:d.btoks[k+1].s]) {
				ref, p = speakerRef{kind: refRole, role: r}, k+1 // "The minister's answer"
				break
			}
		}
		e := k
		for e < m && e < k+3 && d.btoks[e].has(fCap) && (e == k || d.contiguous(e-1, e)) {
			e++
		}
		if e == k || e > m || !possessiveGap(d.body[d.btoks[e-1].e:d.btoks[e].s]) {
			break
		}
		if e-k >= 2 && k == s0 {
			ref = speakerRef{kind: refName, ts: k, te: e}
		}
		p = e
	}
	if p > m || !positionNouns[d.word(p)] || p > s0 && !d.contiguous(p-1, p) && !possessiveGap(d.body[d.btoks[p-1].e:d.btoks[p].s]) {
		return speakerRef{}, false
	}
	if p == s0 && !d.ru {
		return speakerRef{}, true // "Position: “…”": whose is not said
	}
	k := p + 1
	if d.ru && ref.kind == refNone {
		// The possessor after the noun, in the genitive: a name of two
		// or three words, or a role and up to two words of its
		// complement.
		e := k
		for e <= m && e < k+3 && d.btoks[e].has(fCap) && d.contiguous(e-1, e) {
			e++
		}
		switch {
		case e-k >= 2:
			ref = speakerRef{kind: refCited, ts: k, te: e}
		case e == k && k <= m && d.contiguous(k-1, k) && ruRoleNominative(d.word(k)) != "":
			ref = speakerRef{kind: refRole, role: ruRoleNominative(d.word(k))}
			e = k + 1
			for e <= m && e < k+3 && !d.btoks[e].has(fCap) && d.contiguous(e-1, e) && ruRoleNominative(d.word(e)) == "" && !positionPredicate(d.word(e)) {
				e++ // «министра энергетики»
			}
		}
		k = e
	}
	if ref.kind == refNone {
		return speakerRef{}, true
	}
	// A predicate of up to three lower-case words, then the colon.
	if m+1-k > 3 {
		return speakerRef{}, true
	}
	for t := k; t <= m; t++ {
		if d.btoks[t].has(fCap) || d.listed(t, rwSpeechVerb) || !d.contiguous(t-1, t) && !possessiveGap(d.body[d.btoks[t-1].e:d.btoks[t].s]) {
			return speakerRef{}, true
		}
	}
	if strings.ContainsAny(d.body[d.btoks[s0].s:d.btoks[m].e], ",;«»“”\"") {
		return speakerRef{}, true
	}
	return ref, true
}

// positionPredicate: words a predicate about someone's words opens with,
// ending the possessor's complement («Позиция министра энергетики
// однозначна»).
func positionPredicate(w string) bool {
	switch w {
	case "был", "была", "было", "были", "такова", "таков", "однозначна", "однозначен", "прост", "проста", "прозвучал", "прозвучала":
		return true
	}
	return false
}

// A Russian position noun opening a sentence before a genitive name
// («Позиция Ерлана Ахметова», «Мнение министра») is no first name.
func init() {
	for w := range positionNouns {
		if isCyrillicText(w) {
			notNames[w] = true
		}
	}
}
