package analyze

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Speech the page prints without quotation marks and with no attribution
// in its own paragraph: a transcript's speaker line over the answer, a
// speech opening with an address to its audience, the paragraphs that go
// on with an answer. Each takes its speaker from the paragraph before it
// and needs the speech to talk as a person does (first or second person),
// so that narration, lists and captions under a name stay no quotation.

// speakerWords add to firstPersonWords (ru.go) the forms it lacks and the
// English ones: the speaker talks of himself ("I", "we").
var speakerWords = map[string]bool{
	"мою": true, "моему": true, "моих": true, "нашему": true,
	"i": true, "me": true, "my": true, "we": true, "us": true, "our": true, "i'm": true, "i’m": true, "we're": true, "we’re": true,
}

// audienceWords address the listeners («вы», "you"): a transcript's answer
// may speak to them without speaking of the speaker.
var audienceWords = map[string]bool{
	"вы": true, "вас": true, "вам": true, "вами": true, "ваш": true, "ваша": true, "ваше": true, "ваши": true,
	"you": true, "your": true,
}

// editorialOpeners open a reporter's paragraph even when it says «мы»
// («Напомним, мы писали …», "Earlier we reported …").
var editorialOpeners = map[string]bool{
	"напомним": true, "ранее": true, "отметим": true, "добавим": true, "читайте": true, "подробнее": true,
	"earlier": true, "read": true, "recall": true,
}

// speaksAsPerson reports whether paragraph text [s, e) holds a word of the
// first person, or with audience of the second: words a person says, not
// a reporter's.
func (d *doc) speaksAsPerson(s, e int, audience bool) bool {
	k := d.tokAt(s)
	if k < len(d.btoks) && editorialOpeners[d.word(k)] {
		return false
	}
	for ; k < len(d.btoks) && int(d.btoks[k].s) < e; k++ {
		w := d.word(k)
		if firstPersonWords[w] || speakerWords[w] || audience && audienceWords[w] {
			return true
		}
	}
	return false
}

// unmarkedParagraph reports whether paragraph pi may be unmarked speech: a
// text paragraph of at least minQuoteWords words with no quotation marks,
// no dash opening it, and no question or colon closing it (a question is
// an interviewer's, a colon introduces more).
func (d *doc) unmarkedParagraph(pi int) bool {
	p := d.paras[pi]
	if p.kind != pText {
		return false
	}
	text := strings.TrimSpace(d.body[p.s:p.e])
	r, _ := utf8.DecodeRuneInString(text)
	if r == '-' || r == '–' || r == '—' || isQuoteRune(r) || quoteMarks(text) > 0 || hasAngleQuote(text) ||
		strings.HasSuffix(text, "?") || strings.HasSuffix(text, ":") {
		return false
	}
	return countWords(text) >= minQuoteWords
}

// appendSpeakerLines finds transcript answers under a paragraph that is
// only the speaker's name, with or without a title after a comma, and a
// colon («Рахмон:», «Александр Лукашенко, Президент Республики
// Беларусь:», "John Peters, transport minister:"), as TV and interview
// transcripts print them; the answer is the next paragraph, without marks.
// The name is two or three words, or a surname the article gives in full
// elsewhere; a title phrase has no speech verb (a verb's colon is
// appendIntroducedSpeech's). The answer must speak in the first or second
// person: a name over a biography or a list is no transcript.
func (a *Analyzer) appendSpeakerLines(d *doc, spans []quoteSpan) []quoteSpan {
	n := len(spans)
	for pi := 0; pi+1 < len(d.paras); pi++ {
		p := d.paras[pi]
		if p.kind != pText || p.e == p.s || d.body[p.e-1] != ':' {
			continue // the byte gate: a speaker line ends in its colon
		}
		ref, ok := a.speakerLine(d, pi)
		if !ok {
			continue
		}
		s, e, answer := d.speakerAnswer(spans[:n], pi+1) // a dash turn, names in marks (quote_speaker_answer.go)
		if !answer || !d.speaksAsPerson(s, e, true) {
			continue
		}
		spans = append(spans, quoteSpan{open: s, end: e, ts: s, te: e, para: pi + 1, ref: ref})
	}
	if len(spans) > n {
		sort.SliceStable(spans, func(i, j int) bool { return spans[i].ts < spans[j].ts })
	}
	return spans
}

// speakerLine reads paragraph pi as a transcript's speaker line: a name,
// an optional title phrase after a comma, and the colon ending the
// paragraph.
func (a *Analyzer) speakerLine(d *doc, pi int) (speakerRef, bool) {
	p := d.paras[pi]
	line := strings.TrimSpace(d.body[p.s:p.e])
	if countWords(line) > 10 || quoteMarks(line) > 0 && !d.shortMarkedNames(line) || strings.Count(line, ":") > 1 {
		return speakerRef{}, false
	}
	s, e := d.tokAt(int(p.s)), d.tokAt(int(p.e))
	if s >= e || int(d.btoks[s].s) != int(p.s) {
		return speakerRef{}, false
	}
	for s < e-1 && d.btoks[s].has(fCap) && d.listed(s, rwRoleNoun) && d.contiguous(s, s+1) {
		s++ // «Президент Ильхам Алиев:»: a title before the name
	}
	m := a.nameRun(d, s)
	if m == 0 && (a.nameWordAt(d, s) || a.isLeaderToken(d, s) || a.knownSurname(d.word(s))) && (s+1 == e || strings.TrimSpace(d.body[d.btoks[s].e:d.btoks[s+1].s]) == ",") {
		m = 1 // «Рахмон:»: a surname alone, given in full elsewhere
	}
	if m == 0 || s+m > e {
		return speakerRef{}, false
	}
	if full := a.fullName(d, s, s+m); !strings.Contains(full, " ") || m == 1 && !a.namedElsewhere(d, s) {
		return speakerRef{}, false
	}
	if k := s + m; k < e {
		// «…, Президент Республики Беларусь:»: a title phrase, no clause.
		if strings.TrimSpace(d.body[d.btoks[k-1].e:d.btoks[k].s]) != "," || e-k > 8 {
			return speakerRef{}, false
		}
		title := false
		for j := k; j < e; j++ {
			w := d.word(j)
			if d.listed(j, rwSpeechVerb) {
				return speakerRef{}, false
			}
			title = title || d.listed(j, rwTitleWord) || d.listed(j, rwRoleNoun) || d.listed(j, rwPersonNoun) || ruRoleNominative(w) != ""
		}
		if !title {
			return speakerRef{}, false
		}
	}
	return speakerRef{kind: refName, ts: s, te: s + m}, true
}

// addressOpeners open a speech with an address to its audience
// («Уважаемые участники суда!», «Дорогие друзья!», "Ladies and
// gentlemen,", "Dear colleagues,").
var addressOpeners = map[string]bool{
	"уважаемые": true, "уважаемый": true, "уважаемая": true, "дорогие": true, "дорогой": true, "дорогая": true,
	"друзья": true, "коллеги": true, "господа": true, "товарищи": true, "соотечественники": true,
	"dear": true, "ladies": true, "friends": true, "colleagues": true, "fellow": true,
}

// appendAddressedSpeech finds a speech printed without marks under the
// paragraph that introduces its speaker («Первой выступила … Лолагул
// Каллыханова.» then «Уважаемые участники суда! Я искренне сожалею …»;
// "Then the mayor, John Peters, addressed the council." then "Dear
// colleagues, we …"): the paragraph opens with an address to the audience
// ending within a few words in "!" or ",", speaks in the first person, and
// the paragraph before names one person and holds a speech verb. An
// address alone in its paragraph («Дорогие соотечественники!») heads the
// speech in the next one.
func (a *Analyzer) appendAddressedSpeech(d *doc, spans []quoteSpan) []quoteSpan {
	n := len(spans)
	for pi := 1; pi < len(d.paras); pi++ {
		p := d.paras[pi]
		if p.kind != pText {
			continue
		}
		k := d.tokAt(int(p.s))
		if k >= len(d.btoks) || int(d.btoks[k].s) != int(p.s) || !addressOpeners[d.word(k)] {
			continue // the gate: the paragraph's first word addresses someone
		}
		sp := pi // the speech's paragraph
		if text := strings.TrimSpace(d.body[p.s:p.e]); strings.HasSuffix(text, "!") && countWordsUpTo(text, 7) <= 6 && pi+1 < len(d.paras) {
			sp = pi + 1 // «Дорогие соотечественники!» alone, the speech under it
		} else if !d.unmarkedParagraph(pi) {
			continue
		}
		if hasSpanIn(spans[:n], sp) || sp > pi && !d.unmarkedParagraph(sp) || !d.addressFirst(k, int(p.e)) ||
			!d.speaksAsPerson(int(d.paras[sp].s), int(d.paras[sp].e), false) {
			continue
		}
		ref := a.speakingIntroducer(d, pi-1)
		if ref.kind == refNone {
			continue
		}
		q := d.paras[sp]
		spans = append(spans, quoteSpan{open: int(q.s), end: int(q.e), ts: int(q.s), te: int(q.e), para: sp, ref: ref})
	}
	if len(spans) > n {
		sort.SliceStable(spans, func(i, j int) bool { return spans[i].ts < spans[j].ts })
	}
	return spans
}

// addressFirst reports whether the words from token k end, within six
// words, in "!" or "," : an address, not a sentence about someone dear.
func (d *doc) addressFirst(k, e int) bool {
	for j := k; j < len(d.btoks) && j < k+6 && int(d.btoks[j].e) < e; j++ {
		gap := d.body[d.btoks[j].e : d.btoks[j].e+1]
		if gap == "!" || gap == "," {
			return true
		}
		if gap == "." || gap == "?" || gap == ":" {
			return false
		}
	}
	return false
}

// speakingIntroducer returns the one person paragraph pi names, when it
// holds a speech verb or one of speaking («выступила», «обратился»,
// "addressed"): the
// speaker of the speech that follows it.
func (a *Analyzer) speakingIntroducer(d *doc, pi int) speakerRef {
	p := d.paras[pi]
	if p.kind != pText || quoteMarks(d.body[p.s:p.e]) > 0 || strings.HasSuffix(strings.TrimSpace(d.body[p.s:p.e]), "?") {
		return speakerRef{}
	}
	if !d.speechVerbIn(int(p.s), int(p.e), true) && !d.greetingVerbIn(int(p.s), int(p.e)) {
		return speakerRef{}
	}
	ref, ok := a.soleNamed(d, int(p.s), int(p.e))
	if !ok || ref.kind != refName {
		return speakerRef{}
	}
	return ref
}

// joinContinuedSpeech joins to an answer printed without marks the
// paragraphs that go on with it: an answer, a transcript's or an
// interview's, or an introduced speech fills its paragraph to the end,
// and the paragraphs after it, up to three, hold no marks, no dash, no
// speech verb and no question, and speak in the first person («- Я
// сначала занимался тяжелой атлетикой …» then «Я хочу внести поправку …
// »). A paragraph of the reporter's after the answer speaks of the
// speaker, not as him, and ends the answer.
func (a *Analyzer) joinContinuedSpeech(d *doc, spans []quoteSpan) {
	for i := range spans {
		q := &spans[i]
		if q.ref.kind == refNone || q.ref.kind == refPronoun || q.te2 > q.ts2 || q.runOn || q.para+1 >= len(d.paras) {
			continue
		}
		p := d.paras[q.para]
		if strings.TrimSpace(d.body[q.te:p.e]) != "" || q.ts > int(p.s)+4 || quoteMarks(d.body[p.s:p.e]) > 0 {
			continue // the answer fills its paragraph, without marks
		}
		last := -1
		for pi := q.para + 1; pi < len(d.paras) && pi <= q.para+3; pi++ {
			if hasSpanIn(spans, pi) || !d.unmarkedParagraph(pi) || !d.speaksAsPerson(int(d.paras[pi].s), int(d.paras[pi].e), false) ||
				d.speechVerbIn(int(d.paras[pi].s), int(d.paras[pi].e), true) {
				break
			}
			last = pi
		}
		if last < 0 {
			continue
		}
		q.ts2, q.te2, q.end = int(d.paras[q.para+1].s), int(d.paras[last].e), int(d.paras[last].e)
	}
}

// speechVerbIn reports whether the text [s, e) holds a speech verb, or
// with speaking one that says someone gave a speech («выступила»).
func (d *doc) speechVerbIn(s, e int, speaking bool) bool {
	for k := d.tokAt(s); k < len(d.btoks) && int(d.btoks[k].s) < e; k++ {
		if w := d.word(k); d.listed(k, rwSpeechVerb) || speaking && speakingVerbs[w] {
			return true
		}
	}
	return false
}

// thirdPersonWords speak of someone: a reporter's sentence after speech
// without marks names the speaker so («он», "she").
var thirdPersonWords = map[string]bool{
	"он": true, "она": true, "они": true, "его": true, "ее": true, "её": true, "их": true,
	"he": true, "she": true, "they": true, "his": true, "her": true, "their": true,
}

// appendColonUnmarked finds speech printed without marks after its
// attribution's colon in the same paragraph («Министр заявил журналистам:
// мы готовы к переговорам.», "The mayor said: we will rebuild the
// bridge."), as pages that lose their marks print it. The colon follows a
// speech verb (perhaps with an addressee or «следующее»), the speech
// speaks in the first person, and it runs over the sentences after it
// that say nothing of anyone in the third person and report no speech; a
// dash after the colon («X заявил: — Мы …») opens direct speech in any
// person. A paragraph with marks is left to the marked rules; a colon
// after a noun («Итоги: …») introduces no one's words.
func (a *Analyzer) appendColonUnmarked(d *doc, spans []quoteSpan) []quoteSpan {
	n := len(spans)
	for pi, p := range d.paras {
		if p.kind != pText {
			continue
		}
		text := d.body[p.s:p.e]
		c := strings.Index(text, ": ")
		if c < 0 || hasSpanIn(spans[:n], pi) || quoteMarks(text) > 0 || hasAngleQuote(text) {
			continue // the byte gate: a colon and no marks
		}
		ts := int(p.s) + c + 2
		if !d.colonAfterSpeechVerb(int(p.s), int(p.s)+c) {
			continue
		}
		var te int
		if r, sz := utf8.DecodeRuneInString(d.body[ts:]); (r == '-' || r == '–' || r == '—') && strings.HasPrefix(d.body[ts+sz:], " ") {
			// «X заявил: — Мы …»: a dash opens direct speech, to the
			// paragraph's end or the next dialogue dash.
			ts += sz + 1
			te = int(p.e)
			if k, _ := dialogueDash(d.body, ts, te); k >= 0 {
				te = k
			}
			if next, _ := utf8.DecodeRuneInString(d.body[ts:]); !unicode.IsUpper(next) {
				continue
			}
		} else {
			// The speech: its first sentence speaks in the first person;
			// the sentences after it go on while they speak of no one.
			si := d.sentenceAt(ts)
			if si < 0 {
				continue
			}
			te = min(int(d.sents[si].e), int(p.e))
			if !d.speaksAsPerson(ts, te, false) {
				continue
			}
			for sj := si + 1; sj < len(d.sents) && int(d.sents[sj].s) < int(p.e); sj++ {
				s, e := int(d.sents[sj].s), min(int(d.sents[sj].e), int(p.e))
				if d.speechVerbIn(s, e, false) || d.speaksOfSomeone(s, e) {
					break
				}
				te = e
			}
		}
		for te > ts && (d.body[te-1] == ' ' || d.body[te-1] == ',') {
			te--
		}
		if countWords(d.body[ts:te]) < minQuoteWords {
			continue
		}
		ref := a.attributionBefore(d, ts, pi)
		if ref.kind == refNone {
			continue
		}
		spans = append(spans, quoteSpan{open: ts, end: te, ts: ts, te: te, para: pi, ref: ref})
	}
	if len(spans) > n {
		sort.SliceStable(spans, func(i, j int) bool { return spans[i].ts < spans[j].ts })
	}
	return spans
}

// colonAfterSpeechVerb reports whether the colon at byte offset c closes a
// clause whose last words are a speech verb, perhaps with an addressee or
// «следующее» / "the following" after it.
func (d *doc) colonAfterSpeechVerb(lo, c int) bool {
	k := d.tokAt(c) - 1
	for n := 0; n < 3 && k >= 0 && int(d.btoks[k].s) >= lo; n++ {
		w := d.word(k)
		if d.listed(k, rwSpeechVerb) {
			return true
		}
		if !ruAddressees[w] && w != "следующее" && w != "following" && w != "reporters" && w != "journalists" {
			return false
		}
		k--
		if w == "following" && k >= 0 && d.word(k) == "the" {
			k--
		}
	}
	return false
}

// speaksOfSomeone reports whether the text [s, e) speaks of someone in the
// third person.
func (d *doc) speaksOfSomeone(s, e int) bool {
	for k := d.tokAt(s); k < len(d.btoks) && int(d.btoks[k].s) < e; k++ {
		if thirdPersonWords[d.word(k)] {
			return true
		}
	}
	return false
}

// answererBefore reads the speaker of a dash answer with no attribution of
// its own in paragraph pi that follows a dash question, itself after an
// answer its own attribution or the interview's lead names («– A, –
// говорит X.» then «– …?» then «– B»; "- A, - said X." then "- …?" then
// "- B"): the reporter asks the same person on, so B is X's as well. A
// paragraph of the reporter's between the answer and the question is
// passed over when it names no one ("Besides, the head of state plans to
// visit …").
func (a *Analyzer) answererBefore(d *doc, pi int, spans []quoteSpan) speakerRef {
	if pi < 2 || !d.dashQuestion(pi-1) {
		return speakerRef{}
	}
	k := pi - 2
	if !d.dashTurnPara(k) {
		if k == 0 || d.paras[k].kind != pText || quoteMarks(d.body[d.paras[k].s:d.paras[k].e]) > 0 {
			return speakerRef{}
		}
		if ref, ok := a.soleNamed(d, int(d.paras[k].s), int(d.paras[k].e)); !ok || ref.kind != refNone {
			return speakerRef{} // the aside names someone, who may answer next
		}
		k--
		if !d.dashTurnPara(k) {
			return speakerRef{}
		}
	}
	for i := len(spans) - 1; i >= 0; i-- {
		if q := spans[i]; q.para == k && (q.ref.kind == refName || q.ref.kind == refRole) {
			return q.ref
		}
	}
	return speakerRef{}
}

// dashTurnPara reports whether paragraph pi opens with a dash.
func (d *doc) dashTurnPara(pi int) bool {
	p := d.paras[pi]
	r, _ := utf8.DecodeRuneInString(d.body[p.s:p.e])
	return r == '-' || r == '–' || r == '—'
}

// dashQuestion reports whether paragraph pi is a dash turn that asks a
// question (an interviewer's).
func (d *doc) dashQuestion(pi int) bool {
	p := d.paras[pi]
	text := strings.TrimSpace(d.body[p.s:p.e])
	r, sz := utf8.DecodeRuneInString(text)
	return (r == '-' || r == '–' || r == '—') && strings.HasPrefix(text[sz:], " ") && askingTurn(text)
}

// askingWords ask for an answer without a question mark («Андрей
// Александрович, расскажите о себе.», "Tell us about the budget.").
var askingWords = map[string]bool{
	"расскажите": true, "объясните": true, "поясните": true, "прокомментируйте": true, "опишите": true,
	"назовите": true, "уточните": true, "скажите": true, "поделитесь": true,
	"tell": true, "explain": true, "describe": true, "comment": true,
}

// askingTurn reports whether a dash turn's text asks: it ends in "?", or
// one of its first six words asks for an answer (a request, as
// interviewers put one).
func askingTurn(text string) bool {
	if strings.HasSuffix(text, "?") {
		return true
	}
	// The first six words, read without allocating: most turns ask
	// nothing, and a lower-case request is looked up as it stands.
	n, start := 0, -1
	for i := 0; i <= len(text) && n < 6; {
		r, sz := rune(' '), 1
		if i < len(text) {
			r, sz = utf8.DecodeRuneInString(text[i:])
		}
		if unicode.IsLetter(r) || r == '-' && start >= 0 {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			if asking(text[start:i]) {
				return true
			}
			start = -1
			n++
		}
		i += sz
	}
	return false
}

// asking reports whether w is one of askingWords, in any case.
func asking(w string) bool {
	if askingWords[w] {
		return true
	}
	for k := range askingWords {
		if equalFold(k, w) {
			return true
		}
	}
	return false
}

// appendPlainAnswers finds the answers of an interview printed without
// dashes or marks: a paragraph that is the reporter's question (ending in
// "?") and, after it, a paragraph of the answer in the first person
// («Как вы готовились к Олимпиаде?» then «Я тренировалась по два раза в
// день …»). The answerer is the one person the interview's lead names:
// the paragraph before the questions and answers speaks of an interview
// (interviewLead), or introduces one person speaking when the article
// holds at least two such exchanges. A rhetorical question in a report
// has no such lead and stays no interview.
func (a *Analyzer) appendPlainAnswers(d *doc, spans []quoteSpan) []quoteSpan {
	n := len(spans)
	pairs := -1 // the exchanges of the article, counted once a question is seen
	for pi := 1; pi+1 < len(d.paras); pi++ {
		p := d.paras[pi]
		if p.kind != pText || p.e == p.s || d.body[p.e-1] != '?' {
			continue // the byte gate: a question ends its paragraph
		}
		if !d.plainQuestion(pi) || hasSpanIn(spans[:n], pi+1) || !d.plainAnswer(pi+1) {
			continue
		}
		if pairs < 0 {
			pairs = 0
			for k := 1; k+1 < len(d.paras); k++ {
				if d.plainQuestion(k) && d.plainAnswer(k+1) {
					pairs++
				}
			}
		}
		ref := a.plainInterviewee(d, pi, pairs)
		if ref.kind == refNone {
			continue
		}
		q := d.paras[pi+1]
		spans = append(spans, quoteSpan{open: int(q.s), end: int(q.e), ts: int(q.s), te: int(q.e), para: pi + 1, ref: ref})
	}
	if len(spans) > n {
		sort.SliceStable(spans, func(i, j int) bool { return spans[i].ts < spans[j].ts })
	}
	return spans
}

// plainQuestion reports whether paragraph pi is a reporter's question with
// no dash and no marks.
func (d *doc) plainQuestion(pi int) bool {
	p := d.paras[pi]
	if p.kind != pText {
		return false
	}
	text := strings.TrimSpace(d.body[p.s:p.e])
	r, _ := utf8.DecodeRuneInString(text)
	return strings.HasSuffix(text, "?") && r != '-' && r != '–' && r != '—' && quoteMarks(text) == 0 && countWordsUpTo(text, 61) <= 60
}

// plainAnswer reports whether paragraph pi may be an answer printed
// without marks: unmarked speech in the first person.
func (d *doc) plainAnswer(pi int) bool {
	return d.unmarkedParagraph(pi) && d.speaksAsPerson(int(d.paras[pi].s), int(d.paras[pi].e), false)
}

// plainInterviewee reads the lead of the plain interview whose question is
// paragraph pi: back over the questions and answers before it, the first
// paragraph that is neither.
func (a *Analyzer) plainInterviewee(d *doc, pi, pairs int) speakerRef {
	for k := pi - 1; k >= 0 && k >= pi-40; k-- {
		if d.plainQuestion(k) {
			continue
		}
		// The lead may say «нашему агентству» ("our agency"): it is read
		// as a lead before it is passed over as an answer.
		if ref := a.interviewLead(d, k); ref.kind != refNone {
			return ref
		}
		if ref := a.introducer(d, k); ref.kind != refNone && pairs >= 2 {
			return ref
		}
		if !d.plainAnswer(k) {
			return speakerRef{}
		}
	}
	return speakerRef{}
}

// looseAttributionDash reports whether the dash at byte offset k, in a
// turn that a dash opened at s, starts the turn's attribution although no
// comma comes before it («— Мы откроем еще два парка — сказал Иван
// Петров.», «— … районах. — сказал X.», "— We will open two more — said
// John Peters."), as careless pages type it: a lower-case speech verb
// follows the dash at token v, a speaker after it is read, and the turn
// before it is long enough to be speech.
func (a *Analyzer) looseAttributionDash(d *doc, s, k, e, v, pi int, last rune) bool {
	if s <= int(d.paras[pi].s) || !unicode.IsLetter(last) && !unicode.IsDigit(last) && last != '.' {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(d.body[d.paras[pi].s:s], " ")); r != '-' && r != '–' && r != '—' {
		return false // the turn must open with a dash: a dash mid-sentence elsewhere is an aside
	}
	if d.btoks[v].has(fCap) || countWords(d.body[s:k]) < minQuoteWords {
		return false
	}
	return a.dashSpeaker(d, v+1, e).kind != refNone
}

// interviewSubheading reports whether paragraph pi is a section heading
// inside an interview («О самом волнующем — снеге и отоплении», «Вопросы
// читателей:», "On the budget"): a heading, or a short line with no dash
// opening it, no marks and no sentence's end (a colon after no speech
// verb). The turns go on across it.
func (d *doc) interviewSubheading(pi int) bool {
	p := d.paras[pi]
	if p.kind == pHeading {
		return true
	}
	if p.kind != pText {
		return false
	}
	text := strings.TrimSpace(d.body[p.s:p.e])
	r, _ := utf8.DecodeRuneInString(text)
	last, _ := utf8.DecodeLastRuneInString(text)
	return text != "" && r != '-' && r != '–' && r != '—' && !strings.ContainsRune(".!?…;,", last) && quoteMarks(text) == 0 &&
		countWordsUpTo(text, 13) <= 12 && (last != ':' || !d.speechVerbIn(int(p.s), int(p.e), true))
}

// greetingVerbs introduce an address («поздравил жителей», "greeted the
// nation"): the speech under them is the greeter's.
var greetingVerbs = map[string]bool{
	"поздравил": true, "поздравила": true, "приветствовал": true, "приветствовала": true,
	"congratulated": true, "greeted": true, "welcomed": true,
}

// greetingVerbIn reports whether the text [s, e) holds a greeting verb.
func (d *doc) greetingVerbIn(s, e int) bool {
	for k := d.tokAt(s); k < len(d.btoks) && int(d.btoks[k].s) < e; k++ {
		if greetingVerbs[d.word(k)] {
			return true
		}
	}
	return false
}

// hasAngleQuote is strings.ContainsAny(s, "‹›"): both open with the byte
// E2, looked for first, so a paragraph without it is not decoded rune by
// rune.
func hasAngleQuote(s string) bool {
	return strings.IndexByte(s, 0xE2) >= 0 && strings.ContainsAny(s, "‹›")
}
