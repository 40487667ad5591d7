package analyze

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Interviews and press conferences printed as dash turns name the person
// who answers in the paragraph before the turns in two ways the introducer
// (a speech verb and one name in the nominative) does not read:
//
//   - in the instrumental, as the one the reporter spoke with
//     («Корреспондент агентства побеседовал с главой района Сергеем
//     Орловым.», «В беседе с министром Анной Беловой …»): the answers are
//     that person's, named in the nominative (Сергей Орлов);
//   - in a paragraph ending in a colon without a speech verb, the person
//     coming to the microphone («Следом вышел Сергей Орлов, глава района:»,
//     «Слово взял Сергей Орлов:»): one name in the nominative, and the
//     dash turn after it speaks in the first person.
//
// Both read only for dash turns (an answer after a question, or a lone
// turn right after the colon), never for a quotation in marks.

// ruInterviewWords say that a sentence speaks of an interview or a talk
// with someone.
var ruInterviewWords = map[string]bool{
	"побеседовал": true, "побеседовала": true, "побеседовали": true, "беседе": true, "беседу": true,
	"поговорил": true, "поговорила": true, "поговорили": true, "разговоре": true, "интервью": true,
	"пообщался": true, "пообщалась": true, "пообщались": true,
}

// ruInterviewedWith returns the one person paragraph pi's last sentence
// names in the instrumental after «с» in a sentence of an interview
// («побеседовал с главой района Сергеем Орловым»), in the nominative, as a
// refGiven; or no reference when the sentence names anyone else, names no
// one so, or the name's nominative cannot be told for certain.
func (a *Analyzer) ruInterviewedWith(d *doc, pi int) speakerRef {
	if !d.ru || pi < 0 || d.paras[pi].kind != pText {
		return speakerRef{}
	}
	p := d.paras[pi]
	si := d.sentenceAt(int(p.e) - 1)
	if si < 0 {
		return speakerRef{}
	}
	lo, hi := max(int(d.sents[si].s), int(p.s)), int(p.e)
	talk := false
	for k := d.tokAt(lo); k < len(d.btoks) && int(d.btoks[k].s) < hi; k++ {
		talk = talk || ruInterviewWords[d.word(k)]
	}
	if !talk || longQuoted(d.body[lo:hi]) {
		return speakerRef{}
	}
	ref, ok := a.soleNamed(d, lo, hi)
	if !ok || ref.kind != refName || ref.te-ref.ts != 2 {
		return speakerRef{}
	}
	// «с» before the name, over lower-case title words in the instrumental
	// («с главой района», «с министром»).
	with := false
	for k := ref.ts - 1; k >= 0 && k >= ref.ts-4 && int(d.btoks[k].s) >= lo; k-- {
		if w := d.word(k); w == "с" || w == "со" {
			with = true
			break
		}
		if d.btoks[k].has(fCap) && !d.sentenceStartAt(k) {
			return speakerRef{}
		}
	}
	if !with {
		return speakerRef{}
	}
	name, ok := ruInstrumentalName(d.body[d.btoks[ref.ts].s:d.btoks[ref.ts].e], d.body[d.btoks[ref.ts+1].s:d.btoks[ref.ts+1].e])
	if !ok {
		return speakerRef{}
	}
	return speakerRef{kind: refGiven, name: name}
}

// ruInstrumentalName derives the nominative of a Russian name of a first
// name and a surname in the instrumental (Сергеем Орловым → Сергей Орлов,
// Анной Беловой → Анна Белова, Айгуль Бековой → Айгуль Бекова), from the
// endings table as ruNominativeName does for the genitive: the surname
// decides the sex, the first name must be undone with one reading of that
// sex. ok is false otherwise: no name is better than a wrong one.
func ruInstrumentalName(first, surname string) (string, bool) {
	var sur string
	female := false
	sl := strings.ToLower(surname)
	switch {
	case strings.HasSuffix(sl, "ым") && ruAfterOneOf(surname[:len(surname)-len("ым")], []string{"ов", "ев", "ёв", "ин", "ын"}):
		sur = surname[:len(surname)-len("ым")]
	case strings.HasSuffix(sl, "ой") && ruAfterOneOf(surname[:len(surname)-len("ой")], []string{"ов", "ев", "ёв", "ин", "ын"}):
		sur, female = surname[:len(surname)-len("ой")]+"а", true
	default:
		return "", false
	}
	var cands []string
	for i := range ruParadigms {
		p := &ruParadigms[i]
		if p.use&ruName == 0 || len(p.forms) < 2 || len(p.nom) != 1 || p.nom[0] == "ы" {
			continue
		}
		for _, f := range p.forms[1:] {
			if !ruInstrumentalEndings[f] {
				continue
			}
			stem, ok := strings.CutSuffix(first, f)
			if !ok || utf8.RuneCountInString(stem) < 2 {
				continue
			}
			nom, ok := ruFirstNameNominative(p, stem)
			if !ok {
				continue
			}
			if fem := strings.ContainsAny(lastRune(nom), "ая"); fem != female {
				continue // Анной is a woman's, Иваном a man's
			}
			if !slices.Contains(cands, nom) {
				cands = append(cands, nom)
			}
		}
	}
	return ruJoinedName(cands, first, sur, female)
}

// ruInstrumentalEndings are the instrumental singular endings of the
// endings table's name rows.
var ruInstrumentalEndings = map[string]bool{"ом": true, "ем": true, "ой": true, "ей": true, "ией": true, "ью": true}

// ruColonNamed returns the one person the last sentence of paragraph pi
// names, in the nominative, when the paragraph ends in a colon and holds
// no speech verb that colonIntroduced would read («Следом вышел Сергей
// Орлов, которого встретили аплодисментами:»); or no reference.
func (a *Analyzer) ruColonNamed(d *doc, pi int) speakerRef {
	if !d.ru || pi < 0 || d.paras[pi].kind != pText {
		return speakerRef{}
	}
	p := d.paras[pi]
	text := strings.TrimSpace(d.body[p.s:p.e])
	if !strings.HasSuffix(text, ":") || longQuoted(text) {
		return speakerRef{}
	}
	si := d.sentenceAt(int(p.e) - 1)
	if si < 0 {
		return speakerRef{}
	}
	lo, hi := max(int(d.sents[si].s), int(p.s)), int(p.e)
	ref, ok := a.soleNamed(d, lo, hi)
	if !ok || ref.kind != refName || ref.te-ref.ts < 2 || ruObliqueSurname(d.word(ref.te-1)) {
		return speakerRef{}
	}
	if k := ref.ts - 1; k >= 0 && int(d.btoks[k].s) >= lo && (descriptorStop[d.word(k)] || ruComplementPreps[d.word(k)]) {
		return speakerRef{} // «вместе с …», «о …»: the name is no subject
	}
	return ref
}

// ruColonTurn reads the speaker of the dash turn opening paragraph pi,
// from byte s, right after a paragraph ruColonNamed reads: the turn must
// speak in the first person, ask no question and hold no quotation of
// someone else's in marks.
func (a *Analyzer) ruColonTurn(d *doc, pi, s int) speakerRef {
	if pi < 1 {
		return speakerRef{}
	}
	text := strings.TrimSpace(d.body[s:d.paras[pi].e])
	if strings.HasSuffix(text, "?") || countWords(text) < minQuoteWords || longQuoted(text) {
		return speakerRef{}
	}
	if ref, ok := a.lineSpeaker(d, pi-1); ok && sentenceOpening(text) {
		return ref // «Иван Петров, директор предприятия:» (quote_ru_speaker_turn.go)
	}
	if !d.speaksAsPerson(s, int(d.paras[pi].e), false) {
		return speakerRef{}
	}
	return a.ruColonNamed(d, pi-1)
}

// loneItem reports whether the dash item of paragraph pi stands alone: the
// paragraphs around it are no dash items, so it is one turn of speech,
// not an item of a list its introduction announces.
func (a *Analyzer) loneItem(d *doc, pi int) bool {
	return pi > 0 && d.paras[pi-1].kind != pList && (pi+1 >= len(d.paras) || d.paras[pi+1].kind != pList)
}

// speakerLineAbove returns the speaker of a transcript's speaker line
// («Name, role «club»:», "John Peters, head coach:") that is paragraph k
// itself or stands right above it when k is the first answer under it: the
// dash turns of questions and answers after them go on with that speaker.
func (a *Analyzer) speakerLineAbove(d *doc, k int) speakerRef {
	for _, j := range []int{k, k - 1} {
		if j < 0 || j < k && !d.unmarkedAnswer(k) {
			continue
		}
		if p := d.paras[j]; p.kind == pText && p.e > p.s && d.body[p.e-1] == ':' {
			if ref, ok := a.speakerLine(d, j); ok {
				return ref
			}
		}
	}
	return speakerRef{}
}

// unmarkedAnswer reports whether paragraph k is an answer printed plainly
// under a speaker line: a text paragraph that opens with no dash or mark
// and whose marks enclose only names of a word or two («Ордабасы»).
func (d *doc) unmarkedAnswer(k int) bool {
	p := d.paras[k]
	text := strings.TrimSpace(d.body[p.s:p.e])
	r, _ := utf8.DecodeRuneInString(text)
	return p.kind == pText && r != '-' && r != '–' && r != '—' && !isQuoteRune(r) && d.shortMarkedNames(text) &&
		!strings.HasSuffix(text, "?") && !strings.HasSuffix(text, ":") && countWords(text) >= minQuoteWords
}

// moreAskingWords ask for an answer without a question mark as
// askingWords do: requests for an assessment («Охарактеризуйте игру.»,
// «Оцените работу судьи.»; "Assess the season."). Words an answer may open
// with too («Дайте время», «Вспомните») are left out.
var moreAskingWords = []string{
	"охарактеризуйте", "оцените", "assess", "evaluate", "characterize", "characterise",
}

func init() {
	for _, w := range moreAskingWords {
		askingWords[w] = true
	}
}
