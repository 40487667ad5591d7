package analyze

// possessedWords reads an attribution after a quotation that gives the
// words as someone's by a possessive pronoun: «— говорится в его
// заявлении», «— сказано в ее обращении», «— приводит его слова
// пресс-служба», «— передает ее слова Kazinform»; "“…,” his statement
// said", "“…,” read her post". The pronoun is the speaker, resolved like
// «он»; a body that relays the words is not.
func (a *Analyzer) possessedWords(d *doc, k, limit int) speakerRef {
	in := func(j int) bool {
		return j < len(d.btoks) && int(d.btoks[j].s) < limit && (j == k || d.contiguous(j-1, j))
	}
	pron := func(j int) (speakerRef, bool) {
		switch d.word(j) {
		case "его", "his":
			return speakerRef{kind: refPronoun}, true
		case "ее", "её", "her":
			return speakerRef{kind: refPronoun, female: true}, true
		}
		return speakerRef{}, false
	}
	if !in(k + 2) {
		return speakerRef{}
	}
	w := d.word(k)
	switch {
	case d.ru && (w == "говорится" || w == "сказано") && d.word(k+1) == "в" && in(k+3) && ruStatementNouns[d.word(k+3)]:
		if ref, ok := pron(k + 2); ok && d.clauseEndsAfter(k+3, limit) {
			return ref // «— говорится в его заявлении»
		}
	case d.ru && (w == "приводит" || w == "передает" || w == "передаёт" || w == "цитирует") && d.word(k+2) == "слова":
		if ref, ok := pron(k + 1); ok {
			return ref // «— приводит его слова пресс-служба»
		}
	case !d.ru && enStatementNouns[d.word(k+1)] && statementSays[d.word(k+2)] && d.clauseEndsAfter(k+2, limit):
		if ref, ok := pron(k); ok {
			return ref // "his statement said."
		}
	case !d.ru && (w == "read" || w == "reads" || w == "said" || w == "says") && enStatementNouns[d.word(k+2)] && d.clauseEndsAfter(k+2, limit):
		if ref, ok := pron(k + 1); ok {
			return ref // "read her post."
		}
	}
	return speakerRef{}
}
