package analyze

import (
	"strings"
	"unicode/utf8"
)

// A quotation after a colon whose sentence opens with its subject and a
// verb that is no speech verb: «Также он оценил появление клуба: «…»»,
// «Министр Иван Петров похвалил команду: «…»», "He praised the team: “…”",
// "Jane Doe thanked the volunteers: “…”". The colon hands the sentence's
// words over to its subject, whatever the verb: the quotation is the
// subject's when the sentence opens with it (a personal pronoun, or a name
// after at most two adverbs), names no one else outside quotation marks,
// and its verb is a singular past form (in Russian of the subject's sex)
// that reports no one else's words — a document read, a letter shown, a
// post published, words heard or recalled, a work named (colonVerbsOthers).
// Sentences with a speech verb are read by colonSentence; a question, a
// title or a body is no subject.

// colonVerbsOthers are verbs whose colon introduces words other than the
// subject's own: what they read, quote, show, publish, receive, hear,
// recall, sign or name.
var colonVerbsOthers = map[string]bool{
	"процитировал": true, "процитировала": true, "привел": true, "привела": true, "привёл": true,
	"прочитал": true, "прочитала": true, "зачитал": true, "зачитала": true, "показал": true,
	"показала": true, "опубликовал": true, "опубликовала": true, "получил": true, "получила": true,
	"увидел": true, "увидела": true, "услышал": true, "услышала": true, "вспомнил": true,
	"вспомнила": true, "назвал": true, "назвала": true, "подписал": true, "подписала": true,
	"выложил": true, "выложила": true, "переслал": true, "переслала": true, "нашел": true,
	"нашла": true, "нашёл": true, "спросил": true, "спросила": true, "задал": true, "задала": true,
	"quoted": true, "cited": true, "read": true, "showed": true, "published": true, "posted": true,
	"received": true, "heard": true, "recalled": true, "named": true, "titled": true, "signed": true,
	"shared": true, "forwarded": true, "found": true, "asked": true, "wondered": true, "saw": true,
}

// colonSubject reads the sentence before a quotation's colon (m is the
// token before the mark, start where the attribution may begin) as
// «SUBJECT VERB …:». It returns the subject's reference, or none.
func (a *Analyzer) colonSubject(d *doc, m, start int) speakerRef {
	si := d.sentenceAt(int(d.btoks[m].s))
	if si < 0 || si >= len(d.sents) {
		return speakerRef{}
	}
	lo := max(int(d.sents[si].s), start)
	end := int(d.btoks[m].e)
	if strings.ContainsAny(d.body[lo:end], "?") {
		return speakerRef{}
	}
	k := d.tokAt(lo)
	k = d.onThisMatterEnd(k, m) // «По данному поводу адвокат X дал комментарий:», "On this matter, X …" (quote_ru_colon_comment.go)
	for n := 0; n < 2 && k < m && (preVerbAdverbs[d.word(k)] || d.word(k) == "кроме" || d.word(k) == "того"); n++ {
		k++
	}
	if k >= m {
		return speakerRef{}
	}
	var ref speakerRef
	v := k + 1
	switch w := d.word(k); {
	case w == "он" || w == "она" || w == "he" || w == "she":
		ref = speakerRef{kind: refPronoun, female: femalePronoun(w)}
	default:
		// A name, a title («министр», «глава ведомства», "the minister")
		// or a surname given in full elsewhere, as the speaker of an
		// attribution reads.
		r, e := a.parseForward(d, k, end)
		if r.kind != refName && r.kind != refRole || e <= k || e >= m {
			return speakerRef{}
		}
		if r.kind == refName && r.te-r.ts == 1 && !strings.Contains(a.fullName(d, r.ts, r.te), " ") {
			return speakerRef{} // a lone word the article never gives in full
		}
		ref, v = r, e
	}
	for v < m && preVerbAdverbs[d.word(v)] {
		v++
	}
	if v >= m || !d.contiguous(v-1, v) && !strings.ContainsAny(d.body[d.btoks[v-1].e:d.btoks[v].s], " ") {
		return speakerRef{}
	}
	w := d.word(v)
	if colonVerbsOthers[w] || d.listed(v, rwSpeechVerb) || d.othersClauseVerb(v) {
		return speakerRef{}
	}
	gave := d.gaveComment(v, m) // «дал журналистам следующий комментарий:», "gave the following comment:"
	if d.ru {
		g := ruVerbGender(w)
		if !pastSingular(w) || utf8.RuneCountInString(w) < 5 && !gave || g != genderMale && g != genderFemale {
			return speakerRef{}
		}
		if ref.kind == refPronoun && (g == genderFemale) != ref.female {
			return speakerRef{}
		}
		if ref.kind == refName {
			if sg := surnameGender(d.word(ref.te - 1)); sg != genderNone && sg != g {
				return speakerRef{}
			}
		}
	} else if !strings.HasSuffix(w, "ed") && !gave || d.btoks[v].has(fCap) {
		return speakerRef{}
	}
	// No one else named between the verb and the colon, outside marks.
	rest := d.body[d.btoks[v].e:end]
	if strings.ContainsAny(rest, ";") {
		return speakerRef{}
	}
	named, ok := a.soleNamed(d, int(d.btoks[v].e), end)
	if !ok || named.kind != refNone {
		return speakerRef{}
	}
	return ref
}

// holderSurname is the last word of a name without an initial glued to it
// («Э.Мамедъяров» → «Мамедъяров»): the same holder of a role as «Эльмар
// Мамедъяров» (sameHolder, quote_roles.go).
func holderSurname(s string) string {
	w := lastWord(s)
	if i := strings.LastIndexByte(w, '.'); i > 0 && i+1 < len(w) && utf8.RuneCountInString(w[:i]) <= 2 {
		return w[i+1:]
	}
	return w
}
