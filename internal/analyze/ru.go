package analyze

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ruNounForms returns the singular (or, for plural names, plural) case forms
// of a lower-case Russian noun, the nominative first: the ruName rows of
// ruParadigms.
func ruNounForms(w string) []string {
	if utf8.RuneCountInString(w) < 2 || !isCyrillicWord(w) {
		return []string{w}
	}
	p, stem, ok := ruParadigmFor(ruName, w)
	if !ok || len(p.forms) == 0 {
		return []string{w}
	}
	return p.inflect(stem)
}

// ruSurnameForms returns the case forms of a male surname: -ов/-ев/-ин/-ын
// take -ым in the instrumental (the ruSurname rows of ruParadigms); -ский
// declines as an adjective; -ко, -ых and others follow the noun rules.
func ruSurnameForms(w string) []string {
	switch {
	case strings.HasSuffix(w, "ский"), strings.HasSuffix(w, "цкий"), strings.HasSuffix(w, "ой") && utf8.RuneCountInString(w) > 4:
		return ruAdjectiveForms(w)
	}
	if p, stem, ok := ruParadigmFor(ruSurname, w); ok {
		if len(p.forms) == 0 {
			return []string{w}
		}
		return p.inflect(stem)
	}
	return ruNounForms(w)
}

// ruAdjectiveForms returns every gender, number and case of an adjective
// given in any nominative form (российский, южная, объединённые): the
// ruAdjective rows of ruParadigms. A soft adjective (синий), rare in names,
// keeps its given form.
func ruAdjectiveForms(w string) []string {
	if utf8.RuneCountInString(w) < 4 || !isCyrillicWord(w) {
		return []string{w}
	}
	p, stem, ok := ruParadigmFor(ruAdj, w)
	if !ok || p.use&ruAdjective == 0 {
		return []string{w}
	}
	var out []string
	for i := range ruParadigms {
		if q := &ruParadigms[i]; q.use&ruAdjective != 0 {
			for _, f := range q.inflect(stem) {
				if !slices.Contains(out, f) {
					out = append(out, f)
				}
			}
		}
	}
	return out
}

// ruSoftAdjectiveForms returns the forms of a soft adjective in -ний, -няя,
// -нее, -ние of all genders and both numbers (нижний: нижнего, нижнему,
// нижним, нижнем, нижняя, нижней, нижнюю, нижнее, нижние, нижних, нижними),
// or w alone for any other word. It serves names of several words only
// (Нижний Новгород, «в Нижнем Новгороде», Верхняя Пышма): topic stems do
// not take these endings (see ruParadigms).
func ruSoftAdjectiveForms(w string) []string {
	for _, nom := range [...]string{"ий", "яя", "ее", "ие"} {
		if stem, ok := strings.CutSuffix(w, nom); ok && strings.HasSuffix(stem, "н") && utf8.RuneCountInString(stem) >= 3 {
			out := make([]string, 0, 13)
			for _, e := range [...]string{"ий", "его", "ему", "им", "ем", "яя", "ей", "юю", "ею", "ее", "ие", "их", "ими"} {
				out = append(out, stem+e)
			}
			return out
		}
	}
	return []string{w}
}

func isCyrillicWord(w string) bool {
	for _, r := range w {
		if r < 0x400 || r >= 0x530 {
			return false
		}
	}
	return w != ""
}

// isRuAdjective reports whether w is the nominative of an adjective. An
// ending that is also a noun's case (-ой: Москвой) does not count.
func isRuAdjective(w string) bool {
	_, stem, ok := ruParadigmFor(ruAdj, w)
	if !ok {
		return false
	}
	end := strings.TrimPrefix(w, stem)
	for _, q := range ruParadigms {
		if q.use&(ruName|ruCommon) != 0 && len(q.forms) > 1 && slices.Contains(q.forms[1:], end) {
			return false
		}
	}
	return true
}

// ruPhraseForms returns the case forms of a multi-word Russian name, each as
// its list of words. Words agree in case up to and including the head noun;
// words after it (Штаты Америки, Республика Корея) keep their form; parts
// joined by "и" decline separately.
func ruPhraseForms(words []string, surname bool) [][]string {
	if len(words) == 0 {
		return nil
	}
	// Per-word form lists, aligned by case index where possible.
	per := make([][]string, len(words))
	headSeen := false
	for i, w := range words {
		switch {
		case headSeen:
			per[i] = []string{w}
			if w == "и" {
				headSeen = false
			}
		case w == "и" || !isCyrillicWord(w):
			per[i] = []string{w}
		case isRuAdjective(w) && i+1 < len(words):
			per[i] = ruAdjectiveForms(w)
			if len(per[i]) == 1 {
				per[i] = ruSoftAdjectiveForms(w)
			}
		case surname && i == len(words)-1:
			per[i] = ruSurnameForms(w)
			headSeen = true
		case surname:
			// A first name before the surname declines as a noun.
			per[i] = ruNounForms(w)
		default:
			per[i] = ruNounForms(w)
			if strings.HasSuffix(w, "ье") && len(per[i]) == 1 && utf8.RuneCountInString(w) >= 6 {
				// Neuter place names in -ье (Подмосковье, Запорожье,
				// Приднестровье) decline: Подмосковья, Подмосковью,
				// Подмосковьем. ruNounForms keeps names in -е as they
				// are (Кот-д'Ивуар's Кабо-Верде, Того).
				st := strings.TrimSuffix(w, "е")
				per[i] = []string{w, st + "я", st + "ю", st + "ем"}
			}
			headSeen = true
		}
	}
	if len(words) == 1 {
		out := make([][]string, 0, len(per[0]))
		for _, f := range per[0] {
			out = append(out, []string{f})
		}
		return out
	}
	// Multi-word: combine form k of every word (clamped), plus the cross
	// product when a word is indeclinable; that over-generates a little,
	// which is harmless for proper names.
	maxK := 0
	for _, p := range per {
		if len(p) > maxK {
			maxK = len(p)
		}
	}
	var out [][]string
	seen := map[string]bool{}
	for k := 0; k < maxK; k++ {
		ph := make([]string, len(words))
		for i, p := range per {
			if k < len(p) {
				ph[i] = p[k]
			} else {
				ph[i] = p[0]
			}
		}
		key := strings.Join(ph, " ")
		if !seen[key] {
			seen[key] = true
			out = append(out, ph)
		}
	}
	// A foreign first word (Папуа — Новая Гвинея) may not decline while the
	// rest does.
	if !isRuAdjective(words[0]) && !surname {
		for _, rest := range ruPhraseForms(words[1:], false) {
			ph := append([]string{words[0]}, rest...)
			key := strings.Join(ph, " ")
			if !seen[key] {
				seen[key] = true
				out = append(out, ph)
			}
		}
	}
	// Adjective forms do not align index-by-index with noun forms; add
	// every adjective form with every noun form to be safe.
	if len(words) == 2 && isRuAdjective(words[0]) {
		for _, a := range per[0] {
			for _, b := range per[1] {
				key := a + " " + b
				if !seen[key] {
					seen[key] = true
					out = append(out, []string{a, b})
				}
			}
		}
	}
	return out
}

// appendDashQuotes finds Russian dialogue-dash quotations: a paragraph that
// opens with a dash, split into turns (see dashTurns), and a paragraph
// without quotation marks whose text ends in a dash attribution
// ("Результат нас расстроил, – рассказал Дмитрий Пятибратов."), which
// Russian punctuation makes direct speech.
func (a *Analyzer) appendDashQuotes(d *doc, spans []quoteSpan) []quoteSpan {
	n := len(spans)
	for pi, p := range d.paras {
		if p.kind != pText && p.kind != pList {
			continue
		}
		text := d.body[p.s:p.e]
		r, sz := utf8.DecodeRuneInString(text)
		before := len(spans)
		if (r == '-' || r == '–' || r == '—') && len(text) > sz && !strings.HasPrefix(text[sz:], " ") && gluedTurn(text[sz:]) {
			// «-Мы построим …, -заявил X»: the dash glued to the turn's
			// first word, as careless pages type it.
			spans = a.dashTurns(d, int(p.s)+sz, int(p.e), pi, spans)
		} else if (r == '-' || r == '–' || r == '—') && strings.HasPrefix(text[sz:], " ") {
			spans = a.dashTurns(d, int(p.s)+sz+1, int(p.e), pi, spans)
			if len(spans) == before && p.kind == pText {
				spans = a.introducedDashTurn(d, pi, int(p.s)+sz+1, spans)
			} else if len(spans) == before {
				ref := d.headlineTurn(pi, int(p.s)+sz+1)
				if ref.kind == refNone && countWords(text) >= minQuoteWords && !strings.HasSuffix(strings.TrimSpace(text), "?") {
					ref = a.colonIntroduced(d, pi) // «Он написал:» then a lone «- …» item
				}
				if ref.kind == refNone {
					ref = a.ruColonTurn(d, pi, int(p.s)+sz+1) // «Следом вышел Сергей Орлов:» then «- Мы …» (quote_ru_interview.go)
				}
				if ref.kind == refNone && a.loneItem(d, pi) && !strings.HasSuffix(strings.TrimSpace(text), "?") && !longQuoted(text) {
					ref = a.introducer(d, pi-1) // «X прокомментировал матч.» then one «- …» item
				}
				if ref.kind == refNone && !strings.HasSuffix(strings.TrimSpace(text), "?") {
					ref = a.interviewee(d, pi) // an answer after a question, turns read as list items
				}
				if ref.kind == refNone && !strings.HasSuffix(strings.TrimSpace(text), "?") {
					ref = a.answererBefore(d, pi, spans) // (quote_unmarked.go)
				}
				if ref.kind != refNone {
					spans = append(spans, quoteSpan{open: int(p.s) + sz + 1, end: int(p.e), ts: int(p.s) + sz + 1, te: int(p.e), para: pi, ref: ref})
				}
			}
		} else if p.kind == pText && !hasLongQuote(d, spans[:n], pi) {
			spans = a.dashTurns(d, int(p.s), int(p.e), pi, spans)
			if len(spans) == before {
				spans = a.unmarkedSpeech(d, pi, spans)
			}
		}
	}
	// «— A.\nB, — сказал X.»: a dash turn with no attribution of its own,
	// then a paragraph of unmarked speech that opens with no dash and ends
	// in the attribution, is one answer in two paragraphs, X's.
	for i := n; i < len(spans); i++ {
		q := spans[i]
		pi := q.para
		if q.ref.kind == refNone || pi == 0 || q.ts != int(d.paras[pi].s) || d.paras[pi-1].kind != pText {
			continue
		}
		prev := d.paras[pi-1]
		text := d.body[prev.s:prev.e]
		r, sz := utf8.DecodeRuneInString(text)
		if r != '—' && r != '–' && r != '-' || !strings.HasPrefix(text[sz:], " ") || quoteMarks(text) > 0 ||
			countWords(text) < minQuoteWords || hasSpanIn(spans, pi-1) || strings.HasSuffix(strings.TrimSpace(text), "?") {
			continue // a question is the interviewer's turn
		}
		spans = append(spans, quoteSpan{open: int(prev.s), end: int(prev.e), ts: int(prev.s) + sz + 1, te: int(prev.e), para: pi - 1, ref: q.ref})
	}
	// Unmarked speech holding an odd number of quotation marks is the tail
	// of a quotation opened in an earlier paragraph (“…\n\n…», — сообщил
	// X”): its words are not all the speech, so it is no quotation.
	kept := spans[:n]
	for _, q := range spans[n:] {
		if quoteMarks(d.body[q.ts:q.te])%2 == 0 {
			kept = append(kept, q)
		}
	}
	spans = kept
	if len(spans) > n {
		sort.SliceStable(spans, func(i, j int) bool { return spans[i].ts < spans[j].ts })
	}
	return spans
}

// appendEnDashTurns finds English dialogue in the Russian style, as
// translated agency and government pages write it: a paragraph that opens
// with a dash and whose turn ends in a dash attribution ("- I also saw you
// there, - said the Turkmen leader."; "-Today, we celebrate …, -
// emphasized the President."). Only attributed turns count: a list item
// ("- Ambassador of France") or a turn with no verb after its dash quotes
// no one.
func (a *Analyzer) appendEnDashTurns(d *doc, spans []quoteSpan) []quoteSpan {
	n := len(spans)
	for pi, p := range d.paras {
		if p.kind != pText && p.kind != pList {
			continue
		}
		text := d.body[p.s:p.e]
		r, sz := utf8.DecodeRuneInString(text)
		if r != '-' && r != '–' && r != '—' || len(text) <= sz {
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[sz:])
		start := int(p.s) + sz
		switch {
		case next == ' ':
			start++
		case !unicode.IsUpper(next):
			continue // "-based", "--": no dialogue
		}
		if hasSpanIn(spans[:n], pi) {
			continue // the paragraph quotes in marks
		}
		before := len(spans)
		spans = a.dashTurns(d, start, int(p.e), pi, spans)
		if ref := d.headlineTurn(pi, start); len(spans) == before && ref.kind != refNone {
			spans = append(spans, quoteSpan{open: start, end: int(p.e), ts: start, te: int(p.e), para: pi, ref: ref})
		} else if len(spans) == before && !strings.HasSuffix(strings.TrimSpace(text), "?") {
			// "President Ilham Aliyev said:" then "- It is …": the turn the
			// paragraph before introduces; a question is the interviewer's.
			ref := a.colonIntroduced(d, pi)
			if k := d.interviewLeadPara(pi); ref.kind == refNone && k >= 0 {
				ref = a.interviewLead(d, k) // "- …?" then "- …": the one person a lead speaking of the interview names answers
			}
			if ref.kind == refNone {
				ref = a.answererBefore(d, pi, spans) // (quote_unmarked.go)
			}
			if ref.kind != refNone {
				spans = append(spans, quoteSpan{open: start, end: int(p.e), ts: start, te: int(p.e), para: pi, ref: ref})
			}
		}
	}
	if len(spans) > n {
		sort.SliceStable(spans, func(i, j int) bool { return spans[i].ts < spans[j].ts })
	}
	return spans
}

// hasSpanIn reports whether a quotation was found in paragraph pi.
func hasSpanIn(spans []quoteSpan, pi int) bool {
	for _, q := range spans {
		if q.para == pi {
			return true
		}
	}
	return false
}

// dashSpeaker reads the speaker after the verb of a dash attribution: a name
// at once, or the last two or three capitalised words before the sentence
// ends ("сообщил старший следователь СУ УМВД России по городу Оренбургу
// Евгений Бочаров.").
func (a *Analyzer) dashSpeaker(d *doc, k, paraEnd int) speakerRef {
	ref, _ := a.parseForward(d, k, paraEnd)
	switch {
	case ref.kind == refName && ref.te-ref.ts >= 2, ref.kind == refRole, ref.kind == refPronoun:
		return ref
	case ref.kind == refGiven && ref.name != "":
		return ref // «— рассказал пассажир автобуса Александр» (quote_ru_first_name.go)
	case ref.kind == refName && strings.Contains(a.fullName(d, ref.ts, ref.te), " "):
		return ref // «— сказал Ковальчук» after «Сергей Ковальчук»
	case ref.kind == refName && ref.te-ref.ts == 1 && a.bareSurname(d, ref.ts):
		return ref // «— поясняет Тумусов, —» under «Тумусов объяснил …»
	case ref.kind == refName && ref.te-ref.ts == 1 && a.loneSurname(d, ref.ts):
		return ref // «— сообщил Хабиров.»: a surname given once
	}
	end := k
	for end < len(d.btoks) && end < k+14 && int(d.btoks[end].s) < paraEnd {
		if end > k && strings.ContainsAny(d.body[d.btoks[end-1].e:d.btoks[end].s], ".!?") {
			break
		}
		end++
	}
	if end >= len(d.btoks) || int(d.btoks[end-1].e) > paraEnd {
		return speakerRef{}
	}
	if end < len(d.btoks) && int(d.btoks[end].s) < paraEnd && !strings.ContainsAny(d.body[d.btoks[end-1].e:d.btoks[end].s], ".!?") {
		return speakerRef{} // no sentence end within reach
	}
	s := end
	for s > k && end-s < 3 {
		t := &d.btoks[s-1]
		if !t.has(fCap) || t.has(fAllCaps) || d.listed(s-1, rwTitleWord) || a.isPlaceToken(d, s-1) || (s < end && !d.contiguous(s-1, s)) {
			break
		}
		s--
	}
	if end-s < 2 || !a.ruSpeakerCase(d, s, end, k) {
		return speakerRef{}
	}
	return speakerRef{kind: refName, ts: s, te: end}
}

// ruAddressees are datives that may stand between a speech verb and its
// speaker ("— заявил журналистам министр …").
var ruAddressees = map[string]bool{
	"журналистам": true, "корреспонденту": true, "репортерам": true, "репортёрам": true,
	"изданию": true, "агентству": true, "нам": true,
	// A pronoun in the dative before the speaker («— вторил ей X»,
	// «— ответил ему X», «— сказал мне X»); «им» is also «им.» (имени)
	// and the instrumental, so it is left out.
	"ему": true, "ей": true, "мне": true, "вам": true,
	// The accusative of verbs that take their audience so («заверил
	// журналистов», «призвала жителей», «поблагодарил собравшихся»).
	"журналистов": true, "жителей": true, "собравшихся": true, "присутствующих": true,
	"участников": true, "коллег": true, "депутатов": true, "горожан": true, "граждан": true,
}

// ruGenitiveTitles are titles in the genitive: a name right after one names
// the office-holder the speaker serves ("помощник министра Таалайбека
// Ибраева"), so it is the speaker only when it is plainly nominative.
var ruGenitiveTitles = map[string]bool{
	"министра": true, "президента": true, "главы": true, "председателя": true, "директора": true,
	"губернатора": true, "посла": true, "мэра": true, "руководителя": true, "заместителя": true,
	"советника": true, "помощника": true, "премьера": true, "акима": true, "спикера": true,
	"секретаря": true, "начальника": true, "лидера": true,
}

// ruTitledName reads a Russian speaker after a speech verb: a lower-case
// title with its genitive complements — words, acronyms, places and quoted
// organisation names ("министр энергетики Киргизии", "глава МИД Казахстана",
// "председатель правления АО «КазТрансОйл»", "пресс-секретарь президента
// России") — then a personal name of two or three words. Anything less
// certain gives no speaker: an office without a name ("говорится в
// заявлении МИД", "сообщили в ГКНБ") names no person.
// ruPossessives open another person's description after «и» («министр и
// его заместитель X»): two people, not one title.
var ruPossessives = map[string]bool{"его": true, "ее": true, "её": true, "их": true, "свой": true, "своя": true, "он": true, "она": true}

// capsSurname reports whether token e, in capitals, is the surname of the
// name that token s opens: regional papers set surnames so («наставник
// “Пахтакора” Максим ШАЦКИХ»). It follows one first name in ordinary
// case, and is long enough not to be an acronym (МВД, ГКНБ).
func (d *doc) capsSurname(s, e int) bool {
	return e == s+1 && !d.btoks[s].has(fAllCaps) && d.contiguous(s, e) && utf8.RuneCountInString(d.word(e)) >= 5 &&
		(e+1 >= len(d.btoks) || !d.contiguous(e, e+1) || !d.btoks[e+1].has(fCap))
}

// ruInterlocutors describe a speaker as an outlet's interlocutor, named
// after the outlet («— добавил собеседник агентства Рустам Алиев», «—
// сказала собеседница «Азаттыка» Гульнара Алиева»); alone, they refer to
// someone named before.
var ruInterlocutors = map[string]bool{"собеседник": true, "собеседница": true}

func (a *Analyzer) ruTitledName(d *doc, i, limit int) (speakerRef, int, bool) {
	return a.ruTitledNameAfter(d, i, limit, false)
}

// ruTitledNameAfter is ruTitledName; titled says a qualifier before token i
// made the words from i a title whatever their case («и.о. министра
// финансов X», «врио губернатора X»: quote_title_qualified.go).
func (a *Analyzer) ruTitledNameAfter(d *doc, i, limit int, titled bool) (speakerRef, int, bool) {
	fail := func() (speakerRef, int, bool) { return speakerRef{}, i, false }
	k := d.skipVerbComplement(i, limit)
	first := k
	title, quoted, inQuote := titled, 0, false
	for ; ; k++ {
		if k >= len(d.btoks) || int(d.btoks[k].s) >= limit || k > first+12 {
			return fail()
		}
		t := &d.btoks[k]
		if k > first {
			gap := d.body[d.btoks[k-1].e:t.s]
			if !onlyRunes(gap, " -‑«»\"“”„") {
				return fail() // the clause ended before a name
			}
			if strings.ContainsAny(gap, "«\"“„") && !inQuote {
				inQuote, quoted = true, 0 // (a club's name in “…” marks too: «тренер “Кайрата”»)
			}
			if strings.ContainsAny(gap, "»”") || inQuote && quoted > 0 && strings.ContainsRune(gap, '"') {
				inQuote = false
			}
		}
		if inQuote {
			if quoted++; quoted > 6 {
				return fail()
			}
			continue // «КазТрансОйл», «Казахстан Темир Жолы»
		}
		w := d.word(k)
		if k > first && d.ruImeni(k) {
			if p := d.ruPatronEnd(k+1, limit); p > k+1 {
				k = p - 1 // «директор театра им. Горького Иван Петров»: the patron is the body's
				continue
			}
		}
		switch {
		case t.has(fDigit):
			return fail()
		case t.has(fAllCaps) && !d.gluedInitials(k):
			continue // МИД, АО, ГКНБ (not «А.Б.» of «А.Б.Сидорова»)
		case t.has(fCap) && !(k == first && d.sentenceStartAt(k) && (d.listed(k, rwTitleWord) || d.listed(k, rwPersonNoun))):
			// (A title opening the sentence has its capital from there:
			// «Министр образования Канат Абдыкадыров: «…»».)
			if c, n := a.placeAt(d, k); c != "" && !a.isLeaderToken(d, k) && !a.cueInName(d, k) {
				k += n - 1
				continue // Киргизии, России
			}
			if k > first && ruBodyShortForm(w) {
				continue // «глава Минтранса», «председатель Нацбанка»: a body's short name after the title
			}
			if k > first && k+1 < len(d.btoks) && d.contiguous(k, k+1) && (ruAdjectiveOblique(w) && !d.btoks[k+1].has(fCap) ||
				(ruAdjectiveOblique(w) || ruBodyNouns[w]) && k+2 < len(d.btoks) && d.btoks[k+1].has(fCap) && d.btoks[k+2].has(fCap) && d.contiguous(k+1, k+2)) {
				// «Киргизской Республики», «Государственной Думы»,
				// «Национального банка»: a body's name after the title.
				continue
			}
			if k > first && k+1 < len(d.btoks) && d.contiguous(k, k+1) && d.btoks[k+1].has(fCap) && ruBodyNouns[d.word(k+1)] {
				k++
				continue // «Жогорку Кенеша», «Олий Мажлиса»: a body's two-word name
			}
			if k > first && ruBodyNouns[w] && k+1 < len(d.btoks) && d.contiguous(k, k+1) && !d.btoks[k+1].has(fCap) {
				continue // «Кабинета министров», «Совета безопасности»: a body, its lower-case complement after it
			}
			if k > first && d.ruBodyWithComplement(k, limit) {
				continue // «глава Ассоциации нефтетрейдеров Иван Петров»: a body in the genitive and its complement
			}
			if k > first && ruPlaceNouns[d.word(k-1)] && !d.btoks[k-1].has(fCap) && d.capitalWordsFrom(k, limit) > 2 {
				for k+1 < len(d.btoks) && d.body[d.btoks[k].e:d.btoks[k+1].s] == "-" {
					k++
				}
				continue // «жительница села Ак-Жол»: the place a title names
			}
			if a.isPlaceToken(d, k) && !a.isLeaderToken(d, k) && a.persons.bySurname[w] == 0 && !a.cueInName(d, k) {
				continue
			}
		case k == first && !titled && !d.listed(k, rwTitleWord) && !d.listed(k, rwPersonNoun) && !ruInterlocutors[w] && !ruAdjectiveWord(w):
			return fail() // the speaker opens with a title, a person's noun or an adjective («таджикский оппозиционный лидер»)
		case w == "и" && k > first && k+1 < len(d.btoks) && int(d.btoks[k+1].s) < limit && d.contiguous(k, k+1) &&
			!d.btoks[k+1].has(fCap) && !d.listed(k+1, rwNotName) && !ruPossessives[d.word(k+1)] && !d.listed(k+1, rwSpeechVerb):
			continue // «министр образования и науки», «директор и основатель компании»
		case (w == "в" || w == "во") && k > first && k+1 < len(d.btoks) && d.btoks[k+1].has(fCap) && d.contiguous(k, k+1):
			continue // «посол Казахстана в Кыргызстане», «полпред президента в Чуйской области»: where the post is
		case (w == "в" || w == "во") && k > first && k+1 < len(d.btoks) && ruFieldNouns[d.word(k+1)] && d.contiguous(k, k+1):
			continue // «эксперт в области энергетики», «специалист в сфере IT»
		case w != "по" && (d.listed(k, rwSpeechVerb) || pronounKind(w) || d.listed(k, rwNotName) || descriptorStop[w]):
			return fail()
		default:
			// «жительница села Ак-Жол Айгуль Бекова», «фермер Нурлан Аманов»
			title = title || d.listed(k, rwTitleWord) || d.listed(k, rwPersonNoun) || ruInterlocutors[w]
			continue
		}
		break
	}
	if !title || inQuote {
		return fail()
	}
	// The name: two or three capitalised words in one run.
	s, e, words := k, k, 0
	for e < len(d.btoks) && int(d.btoks[e].s) < limit && words < 4 {
		t := &d.btoks[e]
		w := d.word(e)
		if e > s && d.nameParticle(e) {
			e++ // «Абдель Фаттах ас-Сиси»: a particle inside the name
			continue
		}
		_, known := a.persons.bySurname[w]
		if e > s && a.twoKnownPeople(d, e-1, e) {
			break // «Токаев Путину»: another known person, the addressee
		}
		if !t.has(fCap) || t.has(fAllCaps) && !d.capsSurname(s, e) && !(e == s && d.gluedInitials(e)) || t.has(fDigit) || (e > s && !d.contiguous(e-1, e)) ||
			d.listed(e, rwTitleWord) || d.listed(e, rwNotName) && !d.initialBeforeName(e) || !known && !a.isLeaderToken(d, e) && !a.cueInName(d, e) && !d.nameParticle(e-1) && (a.gaz.heads[t.id] != nil || a.top.heads[t.id] != nil) && !a.partialHead(d, e) && !d.initialBeforeName(e) {
			// (A leader's surname, a cue that is a name's first word and
			// the head of a longer place name that does not follow, «Улан»
			// without «-Батор», are name words: «министр иностранных дел
			// Жээнбек Кулубаев», «министр внутренних дел Улан Ниязбеков».)
			break
		}
		e++
		words++
	}
	for e > s && d.nameParticle(e-1) {
		e-- // the run stopped after a particle
	}
	if e-s >= 2 {
		if cut := d.ruCutAddressee(s, e); cut < e {
			words -= e - cut
			e = cut
		}
	}
	switch {
	case words == 3 && e-s == 3 && !strings.Contains(d.body[d.btoks[s].e:d.btoks[s+1].s], "-") && !isPatronymic(d.word(s+1)):
		s++ // "председатель Нацбанка Тимур Сулейменов": an organisation, then the name
	case words < 2 || words > 3:
		return fail()
	}
	// The name ends the clause, or a lower-case phrase follows it ("… на
	// брифинге").
	if e < len(d.btoks) && int(d.btoks[e].s) < limit {
		gap := d.body[d.btoks[e-1].e:d.btoks[e].s]
		if onlyRunes(gap, " ") && d.btoks[e].has(fCap) || strings.ContainsAny(gap, "«»\"(") {
			return fail()
		}
	}
	if !(titled && s == first+1 && a.ruQualifiedHolder(d, first, s, e)) && !a.ruSpeakerCase(d, s, e, first) || a.ruPossessorEnd(d, i, s, e) > 0 {
		return fail() // (or «пресс-секретарь Владимира Путина»: the aide of a named man)
	}
	return speakerRef{kind: refName, ts: s, te: e}, e, true
}

// initialBeforeName reports whether token i is a name's initial or glued
// initials with the rest of the name after it («И. Петров», «И.И.Петров»):
// a one-letter word that is also a conjunction or a place's head («И»,
// «В») is then no such word.
func (d *doc) initialBeforeName(i int) bool {
	return d.initial(i) && d.contiguous(i, i+1)
}

// ruBodyNouns name a state or a body inside a title («Киргизской
// Республики», «Российской Федерации», «Государственной Думы»).
var ruBodyNouns = map[string]bool{
	"республики": true, "федерации": true, "думы": true, "совета": true, "банка": true, "собрания": true,
	"палаты": true, "суда": true, "комитета": true, "службы": true, "министерства": true, "агентства": true,
	"партии": true, "союза": true, "ассамблеи": true, "курултая": true, "меджлиса": true,
	"кабинета": true, "правительства": true, "парламента": true, "сената": true, "кенеша": true,
	"мажлиса": true, "мажилиса": true, "хурала": true,
}

// ruAdjectiveWord reports whether a lower-case word ends like a Russian
// adjective in the nominative singular («таджикский», «оппозиционный»,
// «новая»).
func ruAdjectiveWord(w string) bool {
	for _, e := range []string{"ский", "цкий", "ный", "ной", "ний", "ская", "цкая", "ная", "няя"} {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w) > utf8.RuneCountInString(e)+2 {
			return true
		}
	}
	return false
}

// ruAdjectiveOblique reports whether w ends like an adjective in an oblique
// case («Киргизской», «Российской», «Национального»): the first word of an
// institution's or a state's name, never a first name.
func ruAdjectiveOblique(w string) bool {
	for _, e := range []string{"ской", "цкой", "ной", "ого", "его", "ских", "ных"} {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w) > len([]rune(e))+2 {
			return true
		}
	}
	return false
}

// ruSpeakerCase reports whether the name at tokens [s, e), after a speech
// verb, can be the speaker's in the nominative: not the genitive of an
// office the speaker serves ("помощник министра Таалайбека Ибраева"), nor a
// male speaker's name in the genitive. first is the first token after the
// verb (and any addressee).
func (a *Analyzer) ruSpeakerCase(d *doc, s, e, first int) bool {
	male := false
	if v := first - 1; v >= 0 && ruAddressees[d.word(v)] {
		first--
	}
	if v := first - 1; v >= 0 {
		w := d.word(v)
		male = d.listed(v, rwSpeechVerb) && strings.HasSuffix(w, "л")
	}
	sur := d.word(e - 1)
	if male && (strings.HasSuffix(sur, "а") || strings.HasSuffix(sur, "я")) {
		return false
	}
	if female := first > 0 && d.listed(first-1, rwSpeechVerb) && strings.HasSuffix(d.word(first-1), "ла"); female &&
		(strings.HasSuffix(sur, "ой") || strings.HasSuffix(sur, "ей")) && s > first && ruGenitiveTitles[d.word(s-1)] {
		return false // «— рассказала помощник министра Айгуль Бековой»: the minister's name, not the speaker's
	}
	if s > first && ruGenitiveTitles[d.word(s-1)] {
		for j := s; j < e; j++ {
			if w := d.word(j); strings.HasSuffix(w, "а") || strings.HasSuffix(w, "я") || strings.HasSuffix(w, "у") || strings.HasSuffix(w, "ю") {
				return false
			}
		}
	}
	return true
}

// isPatronymic reports whether a lower-case word is a patronymic (Ибраевич,
// Кызы, Улы).
func isPatronymic(w string) bool {
	for _, suf := range ruPatronymicEndings {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// firstPersonWords mark direct speech: the speaker talks of himself.
var firstPersonWords = map[string]bool{
	"я": true, "мы": true, "мне": true, "меня": true, "мной": true, "нас": true, "нам": true, "нами": true,
	"мой": true, "моя": true, "мое": true, "моё": true, "мои": true, "моего": true, "моей": true, "моим": true,
	"наш": true, "наша": true, "наше": true, "наши": true, "нашего": true, "нашей": true, "нашим": true,
	"нашу": true, "наших": true, "нашими": true,
}

// unmarkedSpeech finds Russian direct speech printed without marks or a
// dash: a sentence that ends in ", VERB SPEAKER." and speaks in the first
// person («Мы проиграли заслуженно, прокомментировал тренер команды.»).
// Reported speech («Необходимы реформы, подчеркнул Токаев») has no first
// person and stays out.
func (a *Analyzer) unmarkedSpeech(d *doc, pi int, spans []quoteSpan) []quoteSpan {
	p := d.paras[pi]
	for v := d.tokAt(int(p.s)) + 1; v < len(d.btoks) && int(d.btoks[v].s) < int(p.e); v++ {
		if !d.listed(v, rwSpeechVerb) || d.body[d.btoks[v-1].e:d.btoks[v].s] != ", " {
			continue
		}
		si := d.sentenceAt(int(d.btoks[v].s))
		ts := max(int(d.sents[si].s), int(p.s))
		first := false
		for k := d.tokAt(ts); k < v && !first; k++ {
			first = firstPersonWords[d.word(k)]
		}
		if !first || countWords(d.body[ts:d.btoks[v-1].e]) < minQuoteWords || quoteMarks(d.body[ts:d.btoks[v].s]) > 0 {
			continue
		}
		ref, next := a.parseForward(d, v+1, int(p.e))
		if ref.kind == refNone {
			continue
		}
		// The attribution ends its sentence, after at most an addressee or
		// a short phrase.
		end := next
		for end < len(d.btoks) && end < next+3 && int(d.btoks[end].s) < int(p.e) &&
			!strings.ContainsAny(d.body[d.btoks[end-1].e:d.btoks[end].s], ".!?,;:") {
			end++
		}
		if end < len(d.btoks) && int(d.btoks[end].s) < int(p.e) && !strings.ContainsAny(d.body[d.btoks[end-1].e:d.btoks[end].s], ".!?") {
			continue
		}
		if ts > int(p.s) && a.plainSpeechBefore(d, int(p.s), ts) {
			ts = int(p.s) // the whole paragraph is the speaker's
		}
		return append(spans, quoteSpan{open: ts, end: int(d.btoks[v-1].e), ts: ts, te: int(d.btoks[v-1].e), para: pi, ref: ref})
	}
	return spans
}

// plainSpeechBefore reports whether the sentences of a paragraph before its
// unmarked speech, from byte offset lo to hi, go on with that speech: «Ну
// концовка, конечно, жесть. Сперва нужно было довести до победы … Для
// них счастье, а для меня удар, прокомментировал тренер.». With no marks
// nothing divides a reporter's sentence from the speaker's, so they must
// name no one, report nothing (no speech verb) and give no number (a
// score, a date, a figure): what a reporter writes.
func (a *Analyzer) plainSpeechBefore(d *doc, lo, hi int) bool {
	for k := d.tokAt(lo); k < len(d.btoks) && int(d.btoks[k].e) <= hi; k++ {
		t := &d.btoks[k]
		if d.listed(k, rwSpeechVerb) || t.has(fDigit) || t.has(fAllCaps) ||
			t.has(fCap) && !d.sentenceStartAt(k) || a.isPlaceToken(d, k) {
			return false
		}
	}
	return true
}

// introducedDashTurn reads a dash paragraph without an attribution of its
// own after a paragraph whose last sentence introduces one speaker by name
// and a speech verb («Главный тренер «Иртыша» Дмитрий Черышев
// прокомментировал матч.» then «— Поздравляю команду соперника …»). The
// turn runs to the next dialogue dash after a sentence end.
func (a *Analyzer) introducedDashTurn(d *doc, pi, s int, spans []quoteSpan) []quoteSpan {
	ref := a.introducer(d, pi-1)
	if ref.kind == refNone {
		ref = a.interviewee(d, pi)
	}
	if ref.kind == refNone {
		ref = d.headlineTurn(pi, s)
	}
	if ref.kind == refNone {
		ref = a.colonIntroduced(d, pi) // «Он написал:» then «— …»
	}
	if ref.kind == refNone {
		ref = a.ruColonTurn(d, pi, s) // «Следом вышел Сергей Орлов:» then «— Мы …» (quote_ru_interview.go)
	}
	if ref.kind == refNone {
		ref = a.answererBefore(d, pi, spans) // (quote_unmarked.go)
	}
	if ref.kind == refNone {
		return spans
	}
	e := int(d.paras[pi].e)
	if c, _ := continuationDash(d.body, s, e); c >= 0 {
		e = c
	}
	te := strings.TrimRight(d.body[s:e], " ")
	if strings.HasSuffix(te, "?") {
		return spans // an interviewer's question, not the speaker's turn
	}
	return append(spans, quoteSpan{open: s, end: s + len(te), ts: s, te: s + len(te), para: pi, ref: ref})
}

// headlineTurn reads the speaker of a dash turn, from token offset s of
// paragraph pi, that no sentence attributes: a headline "Name Surname:
// «words»" names him when the turn holds the headline's first words
// (sports and interview pages: "Николай Костов: «Матч получился
// напряжённым»" over "– … Матч получился напряжённым – …"). Only the
// article's first text paragraphs count: later turns may be anyone's.
func (d *doc) headlineTurn(pi, s int) speakerRef {
	colon := strings.Index(d.title, ": ")
	if colon < 0 || pi > 2 {
		return speakerRef{}
	}
	for k := 0; k < pi; k++ {
		if d.paras[k].kind == pText {
			return speakerRef{} // a lead paragraph comes first: the usual rules judge
		}
	}
	name := d.title[:colon]
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 3 {
		return speakerRef{}
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, "0123456789«»“”\"") || titleWords[strings.ToLower(w)] {
			return speakerRef{}
		}
	}
	quote := strings.TrimSpace(d.title[colon+2:])
	r, _ := utf8.DecodeRuneInString(quote)
	if r != '«' && r != '“' && r != '"' {
		return speakerRef{}
	}
	said := strings.Fields(strings.Map(func(r rune) rune {
		if strings.ContainsRune("«»“”\"", r) {
			return -1
		}
		return unicode.ToLower(r)
	}, quote))
	if len(said) < 3 {
		return speakerRef{}
	}
	turn := strings.ToLower(d.body[s:d.paras[pi].e])
	if !strings.Contains(turn, strings.Join(said[:3], " ")) {
		return speakerRef{}
	}
	return speakerRef{kind: refHeadline, name: name}
}

// interviewee reads the speaker of an answer in an interview printed as
// dash turns: paragraph pi follows a dash question (ending in "?"), and
// before it the turns alternate question, answer back to the paragraph that
// introduces the one person answering («X ответил на вопросы 24.kg.\n— …?\n
// — …\n— …?\n— …»), or, when that paragraph's last sentence names no one,
// the one person a lead speaking of the interview names (interviewLead).
func (a *Analyzer) interviewee(d *doc, pi int) speakerRef {
	k := d.interviewLeadPara(pi)
	if k < 0 {
		return speakerRef{}
	}
	if ref := a.introducer(d, k); ref.kind != refNone {
		return ref
	}
	if ref := a.ruInterviewedWith(d, k); ref.kind != refNone {
		return ref // «… побеседовал с главой района Сергеем Орловым.» (quote_ru_interview.go)
	}
	if ref := a.ruColonNamed(d, k); ref.kind != refNone {
		return ref // «Следом вышел Сергей Орлов, глава района:» (quote_ru_interview.go)
	}
	if ref := a.speakerLineAbove(d, k); ref.kind != refNone {
		return ref // «Name, role «club»:» over the first answer, then the turns (quote_ru_interview.go)
	}
	return a.interviewLead(d, k) // "X … gave an interview to Kazinform." (quote_en_interview.go)
}

// interviewLeadPara returns the paragraph before the dash turns that lead
// to the answer in paragraph pi, questions and answers alternating back to
// it, or -1 when they do not.
func (d *doc) interviewLeadPara(pi int) int {
	question := true // the paragraph before pi must be a question
	for k := pi - 1; k >= 0 && k >= pi-12; k-- {
		p := d.paras[k]
		if d.interviewSubheading(k) {
			continue // a section's heading between the turns (quote_unmarked.go)
		}
		if p.kind != pText && p.kind != pList {
			return -1 // (dash turns may be read as list items)
		}
		text := strings.TrimSpace(d.body[p.s:p.e])
		r, sz := utf8.DecodeRuneInString(text)
		if r != '—' && r != '–' && r != '-' || !strings.HasPrefix(text[sz:], " ") {
			if question {
				return -1 // the turn before the answer is no question
			}
			return k
		}
		if askingTurn(text) != question {
			return -1
		}
		question = !question
	}
	return -1
}

// introducer returns the one person the last sentence of paragraph pi
// introduces as speaking: it names that person alone, holds a speech verb
// (or, in Russian, «комментарий», «интервью») and no quotation marks
// ("Anthony Blinken stated that the U.S. is aware of the consequences.",
// «Дмитрий Черышев прокомментировал матч.»).
func (a *Analyzer) introducer(d *doc, pi int) speakerRef {
	if pi < 0 || d.paras[pi].kind != pText {
		return speakerRef{}
	}
	p := d.paras[pi]
	text := strings.TrimSpace(d.body[p.s:p.e])
	if strings.HasSuffix(text, ":") || longQuoted(text) {
		return speakerRef{} // a colon is the attribution's own business; a quotation speaks for itself
	}
	si := d.sentenceAt(int(p.e) - 1)
	return a.introducerIn(d, max(int(d.sents[si].s), int(p.s)), int(p.e))
}

// introducerBefore reads the sentence just before a quotation that opens
// a sentence inside paragraph pi ("Rahmon said that a million Tajiks work
// in Russia. “Through their work …”"): the same test as introducer's, on
// that sentence, which must hold no quotation marks of its own.
func (a *Analyzer) introducerBefore(d *doc, open, pi int) speakerRef {
	p := d.paras[pi]
	before := strings.TrimRight(d.body[p.s:open], " ")
	if before == "" || !strings.ContainsAny(before[len(before)-1:], ".!") {
		return speakerRef{}
	}
	si := d.sentenceAt(len(before) + int(p.s) - 1)
	if si < 0 {
		return speakerRef{}
	}
	lo := max(int(d.sents[si].s), int(p.s))
	if quoteMarks(d.body[lo:open]) > 0 {
		return speakerRef{}
	}
	return a.introducerIn(d, lo, open)
}

// introducerIn reads a sentence [lo, hi) that introduces one person
// speaking: a speech verb and one person's name.
func (a *Analyzer) introducerIn(d *doc, lo, hi int) speakerRef {
	ref, ok := a.soleNamed(d, lo, hi)
	if ok && ref.kind == refNone {
		ref = a.surnameOfFullName(d, lo, hi) // "Griffiths said that …" after "officer Mike Griffiths" (quote_intro_two.go)
	}
	if !ok || ref.kind == refNone || !d.speechIn(lo, hi) {
		return speakerRef{}
	}
	if d.pronounSpeaks(lo, hi).kind != refNone {
		return speakerRef{} // "He said Yerlan Omarov had …": the name is not who speaks (quote_pronoun_intro.go)
	}
	if a.surnameNamedBefore(d, lo, hi, ref) {
		return speakerRef{} // "Striker X Y had a goal ruled out and Coleman explains …": two people (quote_intro_two.go)
	}
	return ref
}

// speechIn reports whether the tokens of [lo, hi) hold a speech verb, a
// word of stance, a capitalised word a speech verb stands near, or in
// Russian «комментарий» or «интервью».
func (d *doc) speechIn(lo, hi int) bool {
	for k := d.tokAt(lo); k < len(d.btoks) && int(d.btoks[k].s) < hi; k++ {
		w := d.word(k)
		if d.ru && (w == "комментарий" || w == "интервью") || speakingVerbs[w] || d.expressesStance(k) ||
			d.btoks[k].has(fCap) && d.speechVerbNear(k, lo, hi) {
			return true
		}
	}
	return false
}

// soleNamed returns the one person the tokens of [lo, hi) name: a run of
// name words, or a public figure's single word (a leader, a known
// surname) that resolves to the fullest name. Words naming the same
// person again (the same last word) count once; ok is false when two
// people are named, since then it is not clear who speaks.
func (a *Analyzer) soleNamed(d *doc, lo, hi int) (ref speakerRef, ok bool) {
	for k := d.tokAt(lo); k < len(d.btoks) && int(d.btoks[k].s) < hi; k++ {
		if !d.btoks[k].has(fCap) {
			continue
		}
		n := a.nameRun(d, k)
		if n == 0 && !d.listed(k, rwTitleWord) && (a.isLeaderToken(d, k) || a.knownSurname(d.word(k))) && !d.attributive(k) {
			n = 1
		}
		if n == 0 {
			continue
		}
		if n == 2 && d.ru && isPatronymic(d.word(k+1)) {
			k++ // «Андрей Александрович»: a first name and a patronymic address someone named in full elsewhere
			continue
		}
		if ref.kind != refNone && !equalFold(d.word(ref.te-1), d.word(k+n-1)) {
			return speakerRef{}, false
		}
		if ref.kind == refNone {
			ref = speakerRef{kind: refName, ts: k, te: k + n}
		}
		k += n - 1
	}
	return ref, true
}

// longQuoted reports whether s holds a quotation in marks of four words or
// more (a name in marks, «Иртыша», is not one).
func longQuoted(s string) bool {
	start := -1
	for i, r := range s {
		switch {
		case r == '«' || r == '“' || r == '"' && start < 0:
			start = i
		case (r == '»' || r == '”' || r == '"') && start >= 0:
			if countWords(s[start:i]) >= 4 {
				return true
			}
			start = -1
		}
	}
	return false
}

// ruFieldNouns name a field after «в» in a title («эксперт в области
// энергетики», «специалист в сфере образования»).
var ruFieldNouns = map[string]bool{"области": true, "сфере": true, "отрасли": true}

// ruBodyWithComplement reports whether the capitalised word at k is a
// body's name in the genitive followed by its lower-case complement
// inside a title («глава Ассоциации нефтетрейдеров Иван Петров»,
// «председатель Союза журналистов …»): a name of two capitalised words
// must follow the complement.
func (d *doc) ruBodyWithComplement(k, limit int) bool {
	w := d.word(k)
	if utf8.RuneCountInString(w) < 5 || !ruGenitiveEnd(w) || k+3 >= len(d.btoks) || int(d.btoks[k+3].s) >= limit {
		return false
	}
	c := k + 1
	if !d.contiguous(k, c) || d.gapBefore(c) != " " || d.btoks[c].has(fCap) {
		return false
	}
	cw := d.word(c)
	if loneSurnameFollowers[cw] || ruAddressees[cw] || ruComplementPreps[cw] || d.listed(c, rwSpeechVerb) || d.listed(c, rwNotName) {
		return false
	}
	return d.btoks[c+1].has(fCap) && d.btoks[c+2].has(fCap) && d.gapBefore(c+1) == " " && d.gapBefore(c+2) == " "
}

// capitalWordsFrom counts the capitalised words in one run from token k,
// a hyphenated name counting once: «Ак-Жол Айгуль Бекова» is three, so
// after «жительница села» the first is the place; «Айгуль Бекова» is two,
// so after «глава района» they are the person («глава района Айгуль
// Бекова»: the district the article named before).
func (d *doc) capitalWordsFrom(k, limit int) int {
	n := 0
	for j := k; j < len(d.btoks) && int(d.btoks[j].s) < limit && d.btoks[j].has(fCap); j++ {
		if j > k {
			gap := d.gapBefore(j)
			if gap == "-" {
				continue
			}
			if gap != " " {
				break
			}
		}
		n++
	}
	return n
}

// ruPlaceNouns name a kind of place; the capitalised word after one is the
// place's name, not a person's («села Ак-Жол», «района Сокулук»).
var ruPlaceNouns = map[string]bool{
	"села": true, "селе": true, "города": true, "городе": true, "района": true, "районе": true,
	"области": true, "аула": true, "поселка": true, "посёлка": true, "деревни": true, "улицы": true,
	"округа": true, "республики": true, "станицы": true, "микрорайона": true,
}
