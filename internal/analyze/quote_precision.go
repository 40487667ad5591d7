package analyze

import "strings"

// Words before a colon that make the quotation someone else's than the
// subject of the sentence: the subject reports what another person or a
// text said («X рассказал, что министр пообещал ему: «…»», "X showed a
// letter that said: “…”", "X quoted the president as saying: “…”").

// relativeWords open a clause whose subject is a thing or person named
// before it («письмо, в котором говорится», "a letter that said").
var relativeWords = map[string]bool{
	"that": true, "which": true, "who": true, "котором": true, "которой": true, "который": true,
	"которая": true, "которое": true, "которых": true, "которые": true,
}

// impersonalSpeech are speech verbs with no person for subject: «в
// письме говорится», «сказано».
var impersonalSpeech = map[string]bool{
	"говорится": true, "сказано": true, "написано": true, "гласит": true, "отмечается": true,
	"подчеркивается": true, "подчёркивается": true, "указывается": true,
}

// othersClauseVerb reports whether the speech verb at token v, the last
// word before a quotation's colon, speaks for a text or a clause's own
// subject rather than for the sentence's subject: an impersonal verb
// («говорится»), or one right after a relative word ("a letter that
// said:", «письмо, в котором говорится:»).
func (d *doc) othersClauseVerb(v int) bool {
	if impersonalSpeech[d.word(v)] {
		return true
	}
	return v > 0 && relativeWords[d.word(v-1)] && d.contiguous(v-1, v)
}

// quotedAsParticiple reports whether the participle at token m follows
// "as" ("quoted the president as saying:", "cited him as saying:"): the
// object of the citing verb speaks, not the subject.
func (d *doc) quotedAsParticiple(m int) bool {
	return !d.ru && m > 0 && d.word(m-1) == "as"
}

// roleAfterSubordinate reports whether, in [pos, open) of a quotation's
// own sentence, a subordinate clause opens after the subject at pos and
// holds the quotation's role word: «Омаров рассказал, что министр пообещал
// ему: «…»», "Omarov said the minister had told him" is not covered (no
// subordinator), "Omarov said that the minister told him: “…”" is. The
// role is then someone other than the subject.
func (d *doc) roleAfterSubordinate(pos, open int, role string) bool {
	sub := false
	for k := d.tokAt(pos) + 1; k < len(d.btoks) && int(d.btoks[k].s) < open; k++ {
		w := d.word(k)
		if subordinators[w] {
			sub = true
			continue
		}
		if sub && (w == role || d.ru && ruRoleNominative(w) == role) {
			return true
		}
	}
	return false
}

// quotedAsBefore reads the one quoted before a colon in "TASS quoted
// Almaty akim X as saying: “…”", "X cited the minister as saying:", with m
// the participle: the citing verb's object, when it runs exactly to "as".
// The citing sentence's subject is never the speaker.
func (a *Analyzer) quotedAsBefore(d *doc, m, off int) speakerRef {
	for v := m - 2; v >= 0 && v >= m-9; v-- {
		switch d.word(v) {
		case "quoted", "cited", "quotes", "cites":
			if ref, next := a.parseForward(d, v+1, off); ref.kind != refNone && next == m-1 {
				return ref
			}
			return speakerRef{}
		}
	}
	return speakerRef{}
}

// anotherRole reports whether the role noun of a quotation's attribution
// follows "another"/«другой» («— сказал другой чиновник», "another
// official said", «— добавил еще один депутат»): someone other than
// whoever the role would resolve to, unnamed.
func (d *doc) anotherRole(q quoteSpan) bool {
	role := q.ref.role
	lo, hi := q.end, int(d.paras[q.para].e)
	if !q.after {
		si := d.sentenceAt(q.open)
		if si < 0 || si >= len(d.sents) {
			return false
		}
		lo, hi = int(d.sents[si].s), q.open
	}
	k0 := d.tokAt(lo)
	for k := k0; k < len(d.btoks) && int(d.btoks[k].s) < hi && k < k0+14; k++ {
		w := d.word(k)
		if w != role && !(d.ru && ruRoleNominative(w) == role) || k == 0 {
			continue
		}
		p := d.word(k - 1)
		if otherOne[p] || p == "another" || p == "other" || (p == "один" || p == "одна") && k > 1 && (d.word(k-2) == "еще" || d.word(k-2) == "ещё") {
			return true
		}
	}
	return false
}

// ruFieldBodies name a body whose field follows in the genitive
// («министерства просвещения», «комитета по бюджету»).
var ruFieldBodies = map[string]bool{
	"министерства": true, "комитета": true, "департамента": true, "управления": true, "агентства": true,
	"службы": true,
}

// roleField returns the field of the body a role's attribution names
// after the role noun: «— сказал представитель министерства
// просвещения» gives «просвещения», "a spokesman for the education
// ministry" and "the spokesman of the ministry of education" give
// "education"; "" when the role names no body with a field («глава
// ведомства», "the minister").
func (d *doc) roleField(q quoteSpan) string {
	role := q.ref.role
	lo, hi := q.end, int(d.paras[q.para].e)
	if !q.after {
		si := d.sentenceAt(q.open)
		if si < 0 || si >= len(d.sents) {
			return ""
		}
		lo, hi = int(d.sents[si].s), q.open
	}
	in := func(j int) bool { return j < len(d.btoks) && int(d.btoks[j].s) < hi && d.contiguous(j-1, j) }
	k0 := d.tokAt(lo)
	for k := k0; k < len(d.btoks) && int(d.btoks[k].s) < hi && k < k0+14; k++ {
		w := d.word(k)
		if w != role && !(d.ru && ruRoleNominative(w) == role) {
			continue
		}
		if d.ru {
			if in(k+2) && ruFieldBodies[d.word(k+1)] && !d.btoks[k+2].has(fCap) && !mentionPrepositions[d.word(k+2)] {
				return d.word(k + 2)
			}
			return ""
		}
		// "spokesman for the education ministry", "spokesman of the
		// ministry of education"
		j := k + 1
		if !in(j) || d.word(j) != "for" && d.word(j) != "of" {
			return ""
		}
		j++
		if in(j) && d.word(j) == "the" {
			j++
		}
		switch {
		case in(j+1) && d.word(j+1) == "ministry" && !d.btoks[j].has(fCap):
			return d.word(j)
		case in(j+2) && d.word(j) == "ministry" && d.word(j+1) == "of":
			return d.word(j + 2)
		}
		return ""
	}
	return ""
}

// roleFieldOther reports whether the role of q names a body's field
// (roleField) that no title the article gives the resolved speaker
// shares: «— сказал представитель министерства просвещения» is not
// «Пресс-секретарь президента Дмитрий Песков», whom the person table
// also knows as a spokesman.
func (d *doc) roleFieldOther(q quoteSpan, mentions []mention, speaker string) bool {
	field := d.roleField(q)
	if field == "" {
		return false
	}
	for _, m := range mentions {
		n := m.name
		if m.person >= 0 {
			n = knownPersons[m.person].ru
			if !d.ru {
				n = knownPersons[m.person].en
			}
		}
		if m.pos < q.open && n != "" && sameHolder(n, speaker) && d.titleShares(d.tokAt(m.pos), []string{field}) {
			return false
		}
	}
	return true
}

// citingParticiples report that the words a speaker gives are someone
// else's: "X said, quoting the president", «— сказал X, ссылаясь на
// слова президента», «цитируя», "citing".
var citingParticiples = map[string]bool{
	"quoting": true, "citing": true, "paraphrasing": true, "ссылаясь": true, "цитируя": true,
	"процитировав": true, "пересказывая": true, "сославшись": true,
}

// citingInClause reports whether the attribution clause from token k to
// the end of its sentence (or limit) goes on, after a comma, with a
// citing participle: the quotation is the one cited's words, not the
// speaker's, and who said them is not clear.
func (d *doc) citingInClause(k, limit int) bool {
	for j := k; j < k+16 && j < len(d.btoks) && int(d.btoks[j].s) < limit; j++ {
		gap := d.gapBefore(j)
		if j > k && strings.ContainsAny(gap, ".!?") {
			return false
		}
		if j > k && strings.Contains(gap, ",") && citingParticiples[d.word(j)] {
			return true
		}
	}
	return false
}

// ruChannelNouns are a person's own channels, named in the locative
// before their owner in the genitive («— говорится в Telegram-канале
// Андрея Травникова», «в блоге», «в аккаунте»): the owner speaks, named
// in the nominative.
var ruChannelNouns = map[string]bool{
	"канале": true, "блоге": true, "аккаунте": true, "инстаграме": true, "микроблоге": true,
	"странице": true, "соцсетях": true,
}

// ruOfficeNouns are a person's office or staff in the locative before the
// owner's name («— подчеркнули в пресс-службе Андрея Травникова», «в
// аппарате X», «в штабе X»): the office speaks, not the person.
var ruOfficeNouns = map[string]bool{
	"службе": true, "пресс-службе": true, "аппарате": true, "штабе": true, "офисе": true,
	"администрации": true, "окружении": true, "команде": true, "секретариате": true,
}

// ruOwnersChannel reports whether the name at token ts follows a channel
// noun with no «своем» before it («в Telegram-канале Андрея Травникова»:
// the owner, in the genitive); «пишет в своем блоге Андрей Травников»
// names the subject, in the nominative.
func (d *doc) ruOwnersChannel(ts int) bool {
	if ts < 1 || !ruChannelNouns[d.word(ts-1)] {
		return false
	}
	for j := ts - 2; j >= 0 && j >= ts-4; j-- {
		switch d.word(j) {
		case "своем", "своём", "своей", "своих", "его", "ее", "её":
			return false
		case "в", "во", "на":
			return true
		}
	}
	return true
}

// ruOfficeGenitives are an office in the genitive before its owner's name
// («— говорится в сообщении пресс-службы X»): the office speaks.
var ruOfficeGenitives = map[string]bool{
	"службы": true, "пресс-службы": true, "аппарата": true, "штаба": true, "офиса": true,
	"администрации": true, "канцелярии": true, "секретариата": true,
}

// ruDocumentNouns are legal texts whose author's words are no quotation
// of speech («— говорится в указе X»).
var ruDocumentNouns = map[string]bool{
	"указе": true, "постановлении": true, "приказе": true, "законе": true, "решении": true,
	"приговоре": true, "распоряжении": true, "документе": true,
}

// impersonalOwner reports whether the name at token ts is the owner, in
// the genitive, of what an impersonal speech verb says speaks: «—
// говорится в видеообращении X», «— отмечается в ответе X» (the verb, «в»,
// a lower-case noun, the name).
func (d *doc) impersonalOwner(ts int) bool {
	return ts >= 3 && (d.word(ts-2) == "в" || d.word(ts-2) == "во") && impersonalSpeech[d.word(ts-3)] &&
		!d.btoks[ts-1].has(fCap) && d.contiguous(ts-2, ts-1) && d.contiguous(ts-1, ts)
}

// ruNotSpeakerOwner reports whether the name at token ts follows an
// office or a legal text («в пресс-службе X», «в сообщении пресс-службы
// X», «— говорится в указе X»): no person's speech.
func (d *doc) ruNotSpeakerOwner(ts int) bool {
	if ts < 1 {
		return false
	}
	w := d.word(ts - 1)
	return ruOfficeNouns[w] || ruOfficeGenitives[w] || ruDocumentNouns[w] && d.impersonalOwner(ts)
}
