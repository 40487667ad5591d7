package analyze

import (
	"strings"
	"unicode/utf8"
)

// objectBeforeVerb reads the speaker before the speech verb at token v
// where the name nearest the verb is no subject: the object of a relative
// clause (relativeClauseBack) or the complement of a noun ("Critics of
// John Smith said:", "The lawyer for John Smith said:", «Критики Марата
// Исаева заявили:», «— заявил адвокат …» aside). ok reports that the
// reading is decided; ref is then the speaker, or none.
func (a *Analyzer) objectBeforeVerb(d *doc, v, start int) (ref speakerRef, ok bool) {
	if ref, ok := a.relativeClauseBack(d, v, start); ok {
		return ref, true
	}
	if !d.ru {
		// "Critics of John Smith said", "a lawyer for John Smith said": a
		// noun, then "of" or "for", then the name before the verb.
		k := v - 1
		for k >= 0 && int(d.btoks[k].s) >= start && d.btoks[k].has(fCap) && d.contiguous(k, k+1) {
			k--
		}
		if k < 1 || k == v-1 || int(d.btoks[k-1].s) < start || !d.contiguous(k, k+1) || !d.contiguous(k-1, k) {
			return speakerRef{}, false
		}
		if p := d.word(k); (p == "of" || p == "for") && !d.btoks[k-1].has(fDigit) &&
			(!d.btoks[k-1].has(fCap) || d.sentenceStartAt(k-1) && !roleWords2(d.word(k-1))) {
			return speakerRef{}, true
		}
		return speakerRef{}, false
	}
	// «Критики Марата Исаева заявили»: a plural verb has no one person
	// for its subject.
	if w := d.word(v); strings.HasSuffix(w, "ли") && ruVerbGender(w) == genderNone && pastPlural(w) {
		if ref := a.parseBackward(d, d.skipParenBack(v-1), start); ref.kind == refName {
			return speakerRef{}, true
		}
		return speakerRef{}, false
	}
	// «Пресс-служба Марата Исаева сообщила», «Адвокат Марата Исаева
	// Айгуль Бекова заявила»: a body's or a title's noun, then its owner in
	// the genitive; the speaker is a second full name after the owner's,
	// or no one.
	k := v - 1
	for k >= 0 && int(d.btoks[k].s) >= start && d.btoks[k].has(fCap) && d.contiguous(k, k+1) && !ruOwnedBodies[d.word(k)] &&
		!d.listed(k, rwTitleWord) && !d.listed(k, rwRoleNoun) && !ruRelationNouns[d.word(k)] {
		k--
	}
	if k < 0 || k == v-1 || int(d.btoks[k].s) < start || !d.contiguous(k, k+1) {
		return speakerRef{}, false
	}
	owner := d.listed(k, rwTitleWord) || d.listed(k, rwRoleNoun) || ruRelationNouns[d.word(k)]
	switch n := v - 1 - k; {
	case ruOwnedBodies[d.word(k)]:
		return speakerRef{}, true
	case n == 4 && (owner || !d.btoks[k].has(fCap)):
		// (or «В ответ на слова Марата Исаева Айгуль Бекова заявила»:
		// two full names before the verb, the first a complement; the
		// one next to the verb is its subject)
		return speakerRef{kind: refName, ts: k + 3, te: v}, true
	}
	return speakerRef{}, false
}

// ruOwnedBodies are offices that belong to a person («пресс-служба
// Марата Исаева», «штаб кандидата»): what they say is no person's words.
var ruOwnedBodies = map[string]bool{
	"служба": true, "пресс-служба": true, "офис": true, "штаб": true, "аппарат": true, "администрация": true,
	"канцелярия": true, "команда": true, "секретариат": true, "приемная": true,
}

// roleWords2 reports whether w is a place's or an office's head noun that
// takes "of" inside a title ("Minister of Culture", "Head of State"): its
// name after "of" is no complement of a speaker.
func roleWords2(w string) bool {
	_, ok := roleWords[w]
	return ok || titleWords[w]
}

// pastPlural: a Russian past-tense verb in the plural (заявили,
// сообщили).
func pastPlural(w string) bool {
	return utf8.RuneCountInString(w) > 4 && strings.HasSuffix(w, "ли")
}

// relativeClauseBack reads the speaker before a relative clause that
// ends just before the speech verb at token v ("Jane Doe, who
// interviewed John Smith, wrote:", «Айгуль Бекова, которая поблагодарила
// Марата Исаева, сказала:»): a name inside the clause is its object, and
// the speaker is the name before the comma that opens it. ok reports
// whether such a clause stands before the verb; ref is then the name
// before it, or none.
func (a *Analyzer) relativeClauseBack(d *doc, v, start int) (ref speakerRef, ok bool) {
	if v >= 2 && relativePronouns[d.word(v-1)] && d.contiguous(v-1, v) && strings.TrimSpace(d.body[d.btoks[v-2].e:d.btoks[v-1].s]) == "," {
		// "Jane Doe was praised by John Smith, who said:": the name
		// before "who" spoke.
		if ref := a.parseBackward(d, d.skipParenBack(v-2), start); ref.kind == refName {
			return ref, true
		}
		return speakerRef{}, true
	}
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
