package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot/internal/news"
)

// speakingVerbs say that someone gave a speech or an address without
// attaching a quotation themselves: a paragraph that is one quotation
// after «Садыр Жапаров выступил на сессии.» or "Rahmon addressed the
// summit." is that person's.
var speakingVerbs = map[string]bool{
	"выступил": true, "выступила": true, "обратился": true, "обратилась": true,
	"spoke": true, "addressed": true,
}

// speechVerbs are words that attach a quotation to its speaker.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "adds": true, "noted": true,
	"notes": true, "warned": true, "warns": true, "stressed": true, "stresses": true,
	"asked": true, "asks": true, "replied": true, "explained": true, "insisted": true,
	"wrote": true, "writes": true, "declared": true, "argued": true, "continued": true,
	"recalled": true, "responded": true, "tweeted": true, "announced": true, "emphasised": true,
	"emphasized": true, "admitted": true, "confessed": true, "mumbles": true, "mumbled": true, "shouted": true, "joked": true, "concluded": true, "claimed": true, "urged": true,
	"сказал": true, "сказала": true, "сказали": true, "заявил": true, "заявила": true,
	"заявили": true, "отметил": true, "отметила": true, "отметили": true, "подчеркнул": true,
	"подчеркнула": true, "добавил": true, "добавила": true, "пояснил": true, "пояснила": true,
	"сообщил": true, "сообщила": true, "говорит": true, "сказано": true, "указал": true,
	"указала": true, "признал": true, "признала": true, "заметил": true, "заметила": true,
	"рассказал": true, "рассказала": true, "написал": true, "написала": true, "ответил": true,
	"ответила": true, "уточнил": true, "уточнила": true, "считает": true, "говорится": true,
	"отмечается": true, "подчеркивается": true, "подчёркивается": true, "указывается": true,
	"констатировал": true, "резюмировал": true, "добавляет": true, "отмечает": true,
	"подчеркивает": true, "заявляет": true, "предупредил": true, "предупредила": true,
	"pressed": true, "quipped": true, "acknowledged": true, "observed": true, "cautioned": true,
	"complained": true, "conceded": true, "countered": true, "remarked": true, "vowed": true,
	"recounted": true, "explains": true, "insists": true, "argues": true, "asserted": true,
	"lamented": true, "boasted": true, "pleaded": true, "whispered": true, "yelled": true,
	"напомнил": true, "напомнила": true, "объяснил": true, "объяснила": true, "заверил": true,
	"заверила": true, "сообщили": true, "рассказали": true,
	// Past imperfective and present forms reports use as much as the
	// perfective ones («— отмечал X», «— сообщает X», «— разъяснил X»),
	// and English verbs of telling ("revealed", "assured", "clarified").
	"отмечал": true, "отмечала": true, "отмечали": true, "заявлял": true, "заявляла": true,
	"заявляли": true, "рассказывал": true, "рассказывала": true, "рассказывали": true,
	"рассказывают": true, "добавлял": true, "добавляла": true, "пояснял": true, "поясняла": true,
	"сообщает": true, "сообщал": true, "сообщала": true, "объявил": true, "объявила": true,
	"объявили": true, "писал": true, "писала": true, "напоминает": true, "указывает": true,
	"предупреждает": true, "признает": true, "признаёт": true, "обещает": true, "обещал": true,
	"обещала": true, "повторил": true, "повторила": true, "разъяснил": true, "разъяснила": true,
	"разъяснили": true, "конкретизировал": true, "конкретизировала": true, "парирует": true,
	"доложил": true, "доложила": true, "предложил": true, "предложила": true,
	"revealed": true, "disclosed": true, "alleged": true, "highlighted": true, "affirmed": true,
	"assured": true, "reassured": true, "shared": true, "answered": true, "denied": true,
	"elaborated": true, "clarified": true, "reflected": true, "testified": true, "mentioned": true,
	"repeated": true,
	// The plural and neuter forms ("— подчеркнули в ведомстве", "заявило
	// министерство") attribute a quotation as much as the singular does.
	"подчеркнули": true, "добавили": true, "пояснили": true, "уточнили": true, "указали": true,
	"признали": true, "заметили": true, "написали": true, "ответили": true, "напомнили": true,
	"объяснили": true, "заверили": true, "предупредили": true, "заявило": true, "сообщило": true,
	"отметило": true, "подчеркнуло": true, "добавило": true, "пояснило": true, "уточнило": true,
	"прокомментировал": true, "прокомментировала": true, "прокомментировали": true,
	// Issue 10: the rest of the common attribution verbs, with their
	// gender and number forms.
	"stated": true, "pledged": true, "pledges": true, "promised": true, "posted": true,
	"vows": true, "declares": true, "recalls": true, "admits": true, "tells": true,
	"replies": true, "responds": true, "reiterated": true, "exclaimed": true, "maintained": true,
	"commented": true, "demanded": true, "confirmed": true, "wondered": true, "mused": true,
	"predicted": true, "suggested": true, "texted": true, "shrugged": true, "sighed": true,
	"дополнил": true, "дополнила": true, "дополнили": true, "подытожил": true, "подытожила": true,
	"подытожили": true, "констатировала": true, "констатировали": true, "резюмировала": true,
	"признался": true, "призналась": true, "признались": true, "поделился": true, "поделилась": true,
	"пообещал": true, "пообещала": true, "пообещали": true, "заключил": true, "заключила": true,
	"возразил": true, "возразила": true, "спросил": true, "спросила": true, "спросили": true,
	"утверждает": true, "утверждал": true, "утверждала": true, "посетовал": true, "посетовала": true,
	"пожаловался": true, "пожаловалась": true, "продолжил": true, "продолжила": true,
	"высказался": true, "высказалась": true, "сказало": true, "написало": true, "ответило": true,
	"объяснило": true, "напомнило": true, "признало": true, "указало": true, "заверило": true,
	"говорил": true, "говорила": true, "говорили": true, "говорят": true, "отмечают": true,
	"подчеркивают": true, "заявляют": true, "рассказывает": true, "пишет": true,
	"воскликнул": true, "воскликнула": true, "настаивает": true, "уверяет": true, "уверил": true,
	"уверила": true, "поклялся": true, "поклялась": true, "уверен": true, "уверена": true,
	"уверены": true, "убежден": true, "убеждена": true, "убеждены": true, "считают": true,
	"полагает": true, "полагают": true,
	// Present and past forms reports use for a speaker's complaint,
	// memory or answer.
	"сетует": true, "сетовал": true, "сетовала": true, "жалуется": true, "поясняет": true,
	"объясняет": true, "уточняет": true, "признается": true, "признаётся": true, "вспоминает": true,
	"вспомнил": true, "вспомнила": true, "делится": true, "замечает": true, "отвечает": true,
	"рассуждает": true, "подчеркивал": true, "подчеркивала": true,
	// A comment, a musing, an insistence, thanks and criticism spoken in
	// the present or the past («— комментирует X», «— размышляет X», «—
	// настаивал X», «— поблагодарила X», «— раскритиковал X»; "mused" is above).
	"комментирует": true, "размышляет": true, "размышлял": true, "размышляла": true,
	"настаивал": true, "настаивала": true, "поблагодарил": true, "поблагодарила": true,
	"раскритиковал": true, "раскритиковала": true,
	"акцентировал": true, "акцентировала": true, "резюмирует": true, "подытоживает": true,
	"констатирует": true, "заключает": true, "emphasizes": true, "emphasises": true, "concludes": true,
	"states": true, "observes": true, "claims": true,
	"complains": true, "laments": true, "jokes": true, "continues": true, "remembers": true,
	"remembered": true,
	// A reaction that is spoken: a surprised, joking or sharp reply, a
	// question, a confirmation («— удивился Лавров», "Lavrov retorted").
	"удивился": true, "удивилась": true, "удивились": true, "пошутил": true, "пошутила": true,
	"пошутили": true, "поинтересовался": true, "поинтересовалась": true, "поинтересовались": true,
	"подтвердил": true, "подтвердила": true, "подтвердили": true, "подтвердило": true,
	"парировал": true, "парировала": true, "усмехнулся": true, "усмехнулась": true,
	"возмутился": true, "возмутилась": true, "возмутились": true, "отрезал": true, "отрезала": true,
	"retorted": true, "laughed": true, "snapped": true, "scoffed": true,
	// Verbs of arguing, agreeing, hinting and advising, and the present
	// forms agency copy writes ("X contends", "X agrees"; not "comments",
	// a noun as often), with «— вспоминал X», «— посоветовала X», «—
	// сообщают X».
	"contended": true, "contends": true, "opined": true, "reasoned": true, "interjected": true,
	"objected": true, "protested": true, "concurred": true, "hinted": true, "summarised": true,
	"summarized": true, "specified": true, "emailed": true, "urges": true,
	"acknowledges": true, "agrees": true, "maintains": true, "predicts": true, "suggests": true,
	"reckons": true, "reckoned": true,
	"вспоминал": true, "вспоминала": true, "уточнял": true, "уточняла": true, "посоветовал": true,
	"посоветовала": true, "посоветовали": true, "сообщают": true,
	// Agreeing, reacting, turning to someone, laughing; stressing in other
	// words ("underlined", "underscored", "echoed").
	"согласился": true, "согласилась": true, "согласились": true, "отреагировал": true,
	"отреагировала": true, "отреагировали": true, "обратился": true, "обратилась": true,
	"рассмеялся": true, "рассмеялась": true, "underlined": true, "underscored": true,
	"echoed": true, "agreed": true,
	// An appeal in the speaker's words («— призвал X», "X urged").
	"призвал": true, "призвала": true, "призвали": true, "призвало": true,
	// Putting it in words, echoing another, advising, shouting («—
	// выразился депутат X», «— вторил ей X», «— крикнул X»; «посоветовал»,
	// "echoed", "shouted" and "yelled" are above).
	"выразился": true, "выразилась": true, "выразились": true, "вторил": true, "вторила": true,
	"вторили": true,
	"крикнул": true, "крикнула": true, "прокричал": true, "прокричала": true, "накричал": true,
	"накричала": true, "advised": true, "cried": true,
}

func isOpenQuote(r rune) bool  { return r == '“' || r == '«' || r == '„' || r == '‘' }
func isCloseQuote(r rune) bool { return r == '”' || r == '»' || r == '“' || r == '’' }
func isQuoteRune(r rune) bool {
	return r == '"' || r == '“' || r == '”' || r == '«' || r == '»' || r == '„'
}

// splitSentences splits every countable paragraph into sentences. A dot after
// an abbreviation, an initial or inside a number does not end a sentence, nor
// does terminal punctuation inside a quotation that its attribution follows.
func (d *doc) splitSentences() {
	for pi, p := range d.paras {
		if p.kind == pTail {
			continue
		}
		d.splitParagraph(int32(pi), p.span)
	}
}

// sentenceByte marks the bytes that can start a character splitParagraph
// acts on: quotation marks and sentence ends ('"', '.', '!', '?', and the
// first bytes of «, », „, “, ”, …). Every other character only moves on.
var sentenceByte = func() (t [256]bool) {
	for _, r := range `".!?«»„“”…` {
		var buf [4]byte
		utf8.EncodeRune(buf[:], r)
		t[buf[0]] = true
	}
	return t
}()

func (d *doc) splitParagraph(pi int32, p span) {
	b := d.body
	start := int(p.s)
	depth := 0
	quoteAt := 0
	// low records which open quotations began with the low mark „ (bit k
	// for depth k+1): its closer is “ or ”, so a “ closes it rather than
	// opening a quotation as the English mark does.
	var low uint64
	i := int(p.s)
	end := int(p.e)
	for i < end {
		if !sentenceByte[b[i]] {
			// Runs of other characters matter only to the unbalanced-quote
			// rule below: had it fired at one of them, it fires at the last.
			k := i + 1
			for k < end && !sentenceByte[b[k]] {
				k++
			}
			last := k - 1
			for last > i && !utf8.RuneStart(b[last]) {
				last--
			}
			if depth > 0 && last-quoteAt > quoteReach {
				depth = 0
			}
			i = k
			continue
		}
		r, sz := utf8.DecodeRuneInString(b[i:])
		switch {
		case r == '"':
			if depth > 0 && nestedOpen(b, start, i, sz, end, '"') && strings.Count(b[i:min(end, i+nestedLook)], "\"") >= 3 {
				if depth < 64 {
					low &^= 1 << depth
				}
				depth++ // "… говорят: "Не буду подписывать". И все …": a quotation inside one
			} else if depth > 0 {
				depth--
			} else {
				low = 0
				depth++
				quoteAt = i
			}
		case r == '“' && depth > 0 && depth <= 64 && low&(1<<(depth-1)) != 0:
			depth-- // German „…“: the closer of a low mark
		case r == '„' || (r == '“' && !d.ru):
			// A mark no closer follows within the paragraph's reach opens
			// nothing: an unbalanced „ or “ must not swallow the sentences
			// after it. One that opens the paragraph does: a quotation
			// running on into the next paragraph is closed only there.
			if i == int(p.s) || quoteCloserFollows(b[i+sz:min(end, i+sz+quoteReach)], r == '„') {
				if depth < 64 {
					if r == '„' {
						low |= 1 << depth
					} else {
						low &^= 1 << depth
					}
				}
				depth++
				quoteAt = i
			}
		case r == '«':
			if depth < 64 {
				low &^= 1 << depth
			}
			depth++
			quoteAt = i
		case r == '»' || r == '”' || (r == '“' && d.ru):
			if depth > 0 {
				depth--
			}
		}
		if depth > 0 && i-quoteAt > quoteReach {
			depth = 0 // an unbalanced quote mark must not swallow the paragraph
		}
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += sz
			continue
		}
		j := i + sz
		closing := false
		for j < end {
			r2, sz2 := utf8.DecodeRuneInString(b[j:])
			if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '…' || r2 == ')' || r2 == ']' {
				j += sz2
				continue
			}
			if isCloseQuote(r2) || r2 == '"' || r2 == '\'' {
				closing = true
				if depth > 0 {
					depth--
				}
				j += sz2
				continue
			}
			break
		}
		if j >= end {
			break
		}
		if !isSpaceByte(b[j]) {
			i = j
			continue
		}
		k := j
		for k < end && isSpaceByte(b[k]) {
			k++
		}
		next, _ := utf8.DecodeRuneInString(b[k:])
		if !startsSentence(next, b[k:end]) {
			i = k
			continue
		}
		if r == '.' && !closing && (isAbbrevBefore(b[start:i]) || isOrdinalDate(b[start:i], b[k:end]) || isSpacedYearDate(b[start:i], b[k:end]) || d.lang != "en" && isOrdinalAfterArticle(b[start:i], b[k:end])) {
			i = k
			continue
		}
		if depth > 0 {
			i = k
			continue
		}
		if closing && attributionFollows(b[k:end]) {
			i = k
			continue
		}
		d.addSentence(pi, start, j)
		start = k
		i = k
	}
	d.addSentence(pi, start, end)
}

// quoteReach is how far (in bytes) an open quotation may run before the
// splitter takes its mark for an unbalanced one.
const quoteReach = 600

// quoteCloserFollows reports whether text, the stretch after an opening
// „ (low) or “, holds a mark that can close it: ” or a straight " for
// both, and “ for the low mark („…“ in German, „…” in Czech or Polish).
func quoteCloserFollows(text string, low bool) bool {
	if low {
		return strings.Contains(text, "“") || strings.Contains(text, "”") || strings.IndexByte(text, '"') >= 0
	}
	return strings.Contains(text, "”") || strings.IndexByte(text, '"') >= 0
}

func (d *doc) addSentence(pi int32, s, e int) {
	for s < e && isSpaceByte(d.body[s]) {
		s++
	}
	for e > s && isSpaceByte(d.body[e-1]) {
		e--
	}
	if s < e {
		d.sents = append(d.sents, sentence{span{int32(s), int32(e)}, pi})
	}
}

// startsSentence reports whether text (beginning with r) can open a sentence.
func startsSentence(r rune, text string) bool {
	switch {
	case isUpperOrDigit(r), isOpenQuote(r), r == '"', r == '(', r == '[':
		return true
	case r == '—' || r == '–' || r == '-':
		// A dialogue dash opens a sentence when a capital follows it.
		rest := strings.TrimLeft(text[utf8.RuneLen(r):], " ")
		r2, _ := utf8.DecodeRuneInString(rest)
		return unicode.IsUpper(r2)
	}
	return false
}

// isAbbrevBefore reports whether the word ending text (just before a dot) is
// an abbreviation, an initial or a dotted initialism.
func isAbbrevBefore(text string) bool {
	e := len(text)
	s := e
	for s > 0 {
		r, sz := utf8.DecodeLastRuneInString(text[:s])
		if !isLetter(r) && r != '-' && r != '\'' {
			break
		}
		s -= sz
	}
	w := text[s:e]
	if w == "" {
		return false
	}
	if utf8.RuneCountInString(w) == 1 {
		return true // initial (В. В. Путин), т.е., U.S.
	}
	if s > 0 && text[s-1] == '.' {
		return true // the last part of a dotted abbreviation
	}
	lw := strings.ToLower(w)
	if len(lw) > 4 && strings.HasSuffix(lw, "str") {
		return true // a German street: "Hauptstr. Richtung Innenstadt"
	}
	if numberUnits[lw] && s >= 2 && text[s-1] == ' ' && isDigitByte(text[s-2]) {
		return true // a German sum: "1,5 Mrd. Euro", "3 Mio. Menschen"
	}
	return news.IsAbbreviation(lw)
}

// numberUnits are German multipliers and counts written short after a
// number ("1,5 Mrd. Euro", "2 Bio. Dollar", "40 Tsd. Besucher"); after
// a number they end no sentence. "Bio" alone is also a word ("Das Obst
// ist Bio."), so only a number before one makes it the unit.
var numberUnits = map[string]bool{"mio": true, "mrd": true, "bio": true, "tsd": true}

// ordinalWords are the German articles, pronouns and contracted
// prepositions that stand before an ordinal written as a number with a
// full stop ("den 35. Geburtstag", "zum 3. Mal", "im 2. Quartal", "seinem
// 100. Spiel").
var ordinalWords = map[string]bool{
	"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true,
	"am": true, "im": true, "zum": true, "zur": true, "vom": true, "beim": true, "ins": true,
	"ein": true, "eine": true, "einen": true, "einem": true, "einer": true, "eines": true,
	"sein": true, "seine": true, "seinen": true, "seinem": true, "seiner": true, "seines": true,
	"ihr": true, "ihre": true, "ihren": true, "ihrem": true, "ihrer": true, "ihres": true,
}

// isOrdinalAfterArticle reports whether a dot closes an ordinal written
// as a number after a German article or contracted preposition, before a
// noun ("Die Börse feierte den 35. Geburtstag des Index."): text ends in
// one to three digits after a space and a word of ordinalWords, and next
// opens with a capital. A sentence that ends on a number after other
// words ("The index rose by 35. Then …", «Индекс вырос на 35. Затем …»)
// is still split. English ("could die 2. Officials …") is not asked.
func isOrdinalAfterArticle(text, next string) bool {
	n := len(text)
	d := n
	for d > 0 && n-d < 3 && isDigitByte(text[d-1]) {
		d--
	}
	if d == n || d < 2 || text[d-1] != ' ' || isDigitByte(text[d-1]) {
		return false
	}
	w := d - 1
	s := w
	for s > 0 && text[s-1] >= 'a' && text[s-1] <= 'z' || s > 0 && text[s-1] >= 'A' && text[s-1] <= 'Z' {
		s--
	}
	if s > 0 && text[s-1] != ' ' && text[s-1] != '(' && text[s-1] != '\n' {
		return false
	}
	if w-s < 2 || w-s > 6 || !ordinalWords[strings.ToLower(text[s:w])] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsUpper(r)
}

// attributionFollows reports whether text starts with an attribution such as
// "Putin said" or "said Putin", so a quotation ending in ! or ? stays in one
// sentence with it.
func attributionFollows(text string) bool {
	n := 0
	for _, f := range strings.Fields(text[:min(len(text), 80)]) {
		f = strings.ToLower(strings.Trim(f, ".,:;!?—–-\"”»"))
		if speechVerbs[f] {
			return true
		}
		n++
		if n >= 4 {
			break
		}
	}
	return false
}

// assignSentences records each body token's sentence index.
func (d *doc) assignSentences() {
	si := 0
	for i := range d.btoks {
		t := &d.btoks[i]
		for si < len(d.sents) && d.sents[si].e <= t.s {
			si++
		}
		if si < len(d.sents) && d.sents[si].s <= t.s {
			t.sent = int32(si)
		} else {
			t.sent = -2 // in a paragraph that is not split (tail)
		}
	}
}

// isOrdinalDate reports whether a dot closes a day written as an ordinal
// before its month's name ("am 6. Oktober", "ab 1. März 2025"), as German
// writes dates: text ends in one or two digits after a space, and next
// opens with a month's name.
func isOrdinalDate(text, next string) bool {
	n := len(text)
	if n == 0 || !isDigitByte(text[n-1]) {
		return false
	}
	d := n - 1
	if d > 0 && isDigitByte(text[d-1]) {
		d--
	}
	if d > 0 && text[d-1] != ' ' && text[d-1] != '(' {
		return false
	}
	w := next
	if j := strings.IndexAny(w, " ,.;:"); j > 0 {
		w = w[:j]
	}
	return len(w) <= 12 && stampWordKind(w) == stMonth
}

// isSpacedYearDate reports whether a dot closes the month of a numeric
// date whose year follows after a space ("(20/21.02. 2025)", «с 03.11.
// 2024 г.», "am 12.05. 2024 um"): text ends in a day of one or two digits,
// a dot and a month of two digits (01 to 12), and next opens with a year
// of 19xx or 20xx that a bracket, a comma, a semicolon or a word in lower
// case follows. A decimal closing a sentence before a year that opens the
// next ("rose to 2.4. 2025 will …") has no month of two digits.
func isSpacedYearDate(text, next string) bool {
	n := len(text)
	if n < 4 || !isDigitByte(text[n-1]) || !isDigitByte(text[n-2]) || text[n-3] != '.' || !isDigitByte(text[n-4]) {
		return false
	}
	if m := int(text[n-2]-'0')*10 + int(text[n-1]-'0'); m < 1 || m > 12 {
		return false
	}
	d := n - 4
	if d > 0 && isDigitByte(text[d-1]) {
		d--
	}
	if d > 0 && (isDigitByte(text[d-1]) || isLetter(rune(text[d-1]))) {
		return false
	}
	if len(next) < 4 || !(next[:2] == "19" || next[:2] == "20") || !isDigitByte(next[2]) || !isDigitByte(next[3]) {
		return false
	}
	if len(next) == 4 {
		return true
	}
	switch c := next[4]; {
	case c == ')' || c == ',' || c == ';':
		return true
	case c == ' ':
		r, _ := utf8.DecodeRuneInString(next[5:])
		return unicode.IsLower(r)
	}
	return false
}
