package analyze

import (
	"strings"
)

// Pages whose text is pictures: wire captions inside or above the lede,
// galleries with no prose, and the page's own notices to its users.
//
// A wire picture's caption closes on the place and the day the picture
// was taken, with no preposition before the date ("Police fire tear gas
// at protesters in Hong Kong, China, August 14, 2019."): news prose dates
// an event with one ("on August 14, 2019", "since March 3, 2020"). Such a
// sentence describes a picture, not the story, wherever it stands; when a
// page has nothing but such captions (a gallery), its summary is empty
// rather than one picture's caption.

// captionDatePreps are the words before a date that make it part of a
// sentence of news rather than a caption's closing stamp ("on", "since",
// "until", …): a caption's date follows a comma or the place's name.
var captionDatePreps = map[string]bool{
	"on": true, "since": true, "until": true, "till": true, "by": true, "from": true, "before": true,
	"after": true, "of": true, "in": true, "through": true, "to": true, "between": true, "and": true,
	"or": true, "than": true, "as": true, "for": true, "at": true, "around": true, "starting": true,
	"effective": true, "dated": true, "during": true, "late": true, "early": true, "mid": true,
	"last": true, "next": true, "this": true, "that": true, "every": true, "each": true,
}

// isWireCaptionDate reports whether an English sentence closes on a
// caption's date: "Month D, YYYY." (or "Month D YYYY.") after a comma or a
// place's name, with no preposition before the month, in a sentence of
// five to sixty words that quotes no one, reports no speech and is not
// told in the past (no past cue; no weekday after a preposition before the
// date, as AP captions write one after the place: "…, Va., Tuesday, Nov.
// 7, 2017."). A credit
// after the date ("… 2019. REUTERS/Name") is cut before this is asked.
func isWireCaptionDate(text string) bool {
	t := strings.TrimRight(text, ". ")
	// Byte gate: the sentence must end in a four-digit year.
	if len(t) < 30 || len(t) > 600 || !isDigitByte(t[len(t)-1]) {
		return false
	}
	var f [4]string // the last four words, the year last
	rest := t
	for k := 3; k >= 0; k-- {
		rest = strings.TrimRight(rest, " ")
		i := strings.LastIndexByte(rest, ' ')
		if i < 0 {
			return false
		}
		f[k], rest = rest[i+1:], rest[:i]
	}
	rest = strings.TrimRight(rest, " ")
	prior := rest[strings.LastIndexByte(rest, ' ')+1:] // the word before f[0]
	if w := countWordsUpTo(t, 61); w < 5 || w > 60 {
		return false
	}
	year := f[3]
	if len(year) != 4 || !allDigits(year) || (year[0] != '1' && year[0] != '2') {
		return false
	}
	day := strings.TrimRight(f[2], ",")
	if len(day) == 0 || len(day) > 2 || !allDigits(day) {
		return false
	}
	month := strings.ToLower(strings.TrimRight(f[1], "."))
	if !monthAbbrev[month] && month != "may" {
		return false
	}
	before := f[0]
	if strings.HasSuffix(before, ",") {
		if weekdayNames[strings.ToLower(strings.TrimRight(before, ","))] && !strings.HasSuffix(prior, ",") {
			return false // "on Tuesday, March 4, 2025": a day of the news; "…, Va., Tuesday, Nov. 7, 2017." is a caption's
		}
		before = "" // "…, Chile, October 24, 2019": the place's comma
	}
	if captionDatePreps[strings.ToLower(strings.Trim(before, "(\"'“‘"))] {
		return false
	}
	if strings.ContainsAny(t, "\"“”«»") {
		return false
	}
	for _, r := range reportingWords {
		if strings.Contains(t, r) {
			return false
		}
	}
	// A wire caption describes its picture in the present ("A man wades
	// through …", "… is seen"); a sentence told in the past is news.
	return !toldInPastEN(t)
}

// presentPassive are the words before a participle in -ed that make it a
// caption's present passive ("are rescued", "is seen") or an adjective
// ("the flooded street"), not a verb in the past.
var presentPassive = map[string]bool{"is": true, "are": true, "be": true, "being": true, "get": true, "gets": true}

// toldInPastEN reports whether an English sentence holds a verb in the
// past: a past form of pastWordsEN, or a lower-case word in -ed after
// neither a determiner nor a present auxiliary ("Police arrested three
// men", but "Residents are rescued", "a flooded street").
func toldInPastEN(s string) bool {
	prev := ""
	past := false
	eachField(s, func(w string) bool {
		w = strings.Trim(w, ".,;:()!?'")
		if w == "" {
			return true
		}
		if w[0] >= 'a' && w[0] <= 'z' {
			if w != "been" && pastWordsEN[w] || len(w) >= 4 && strings.HasSuffix(w, "ed") && !enDeterminers[prev] && !presentPassive[prev] {
				past = true
				return false
			}
		}
		prev = strings.ToLower(w)
		return true
	})
	return past
}

// weekdayNames are the English days a news sentence dates an event with.
var weekdayNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// allDigits reports whether s is a run of ASCII digits.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return s != ""
}

// isFallbackChrome reports whether a paragraph the summary falls back on
// (none of the text's sentences qualified) is the page's chrome rather
// than a teaser: a label before a colon ("Edition:", «Фото:»), a line of
// one or two words ("United States"), a stamp, a byline, a row of sharing
// buttons, or the headline printed again.
func (d *doc) isFallbackChrome(text string) bool {
	t := strings.TrimSpace(text)
	if t == "" || strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") {
		return true
	}
	if countWordsUpTo(t, 3) < 3 && (strings.IndexByte(t, ' ') >= 0 || isASCII(t)) {
		return true // words as spaces part them: a line of Chinese has none
	}
	if i := strings.LastIndex(t, " / "); i > 0 && len(t)-i < 60 {
		// "Reuters / Friday, October 25, 2019": a source and a stamp.
		if r := strings.TrimSpace(t[i+3:]); isStampRun(r) || isStampLine(r) || isPageStamp(r, &lowerer{}) {
			return true
		}
	}
	return isStampRun(t) || isStampLine(t) || isCreditLine(t) || isShareRow(t) || d.repeatsTitle(t) || isWireCaptionDate(t)
}

// siteVoicePossessives and siteAudience: a sentence in which the outlet
// speaks of itself to its users ("Our goal is to create a safe place for
// users to connect", «Мы благодарим наших читателей», "Wir bitten unsere
// Leser um Verständnis") is a notice of the page, not the news. Both must
// stand in the sentence, outside any quotation.
var (
	siteVoicePossessives = [...]string{
		"Our ", "We ",
		"Наш ", "Наша ", "Наше ", "Наши ", "Нашим", "Наших", "Нашего", "Нашей", "Нашему", "Нашу ",
		"Мы ", "Ми ", "Наші ", "Нашої", "Нашого",
		"Unser", "Wir ", "Notre ", "Nos ", "Nous ", "Nuestr", "Nosotros", "Noss", "Nostr", "Bizim ",
	}
	siteAudience = [...]string{
		" users", " readers", " subscribers", " visitors", " commenters", " commenting", " comments section",
		" пользовател", " читател", " подписчик", " посетител", " комментари", " користувач", " читач", " передплатник", " коментар",
		" nutzer", " leser", " kommentar", " utilisateurs", " lecteurs", " abonnés", " commentaires",
		" usuarios", " lectores", " suscriptores", " comentarios", " usuários", " leitores", " assinantes", " comentários",
		" utenti", " lettori", " abbonati", " commenti", " kullanıcı", " okurlar", " yorum",
	}
)

// siteVoiceFirst marks the first bytes of siteVoicePossessives.
var siteVoiceFirst = func() (t [256]bool) {
	for _, p := range siteVoicePossessives {
		t[p[0]] = true
	}
	return t
}()

// isSiteVoice reports whether a sentence opening its paragraph is the
// outlet's notice to its users: it opens with a first person plural and
// names an audience (users, readers, commenting), in at most forty words
// and no quotation mark. A writer's "our users" inside a paragraph of
// prose is left alone.
func isSiteVoice(text string, lw *lowerer) bool {
	if len(text) > 400 || text == "" || !siteVoiceFirst[text[0]] {
		return false // most sentences: no first person plural's first byte
	}
	we := false
	for _, p := range siteVoicePossessives {
		if strings.HasPrefix(text, p) {
			we = true
			break
		}
	}
	if !we || countWordsUpTo(text, 41) > 40 || strings.ContainsAny(text, "\"“”«»„—–") {
		return false
	}
	lower := lw.lower(text)
	for _, a := range siteAudience {
		if strings.Contains(lower, a) {
			return true
		}
	}
	return false
}

// isClosingCredit reports whether a sentence is only a picture's credit
// or its agency's code: a bracket of one to four words ("(PTI)", "(AP
// Photo)", "(Photo: Ministry)", «(Фото: пресс-служба)») or a credit mark
// and at most ten words ("Photo: Jane Doe", «Фото: пресс-служба
// правительства области»).
func isClosingCredit(t string, lw *lowerer) bool {
	t = strings.TrimRight(t, ". ")
	if len(t) < 3 || len(t) > 120 {
		return false
	}
	if t[0] == '(' && t[len(t)-1] == ')' {
		in := t[1 : len(t)-1]
		if strings.ContainsAny(in, "()") || countWordsUpTo(in, 5) > 4 {
			return false
		}
		return isCodeTag(in, false) || isAgencyName(in, true) || isCaption(lw.lower(in)) || creditHeadLen(in) > 0
	}
	return countWordsUpTo(t, 11) <= 10 && creditHeadLen(t) > 0
}

// isCaptionInLede reports whether sentence si (text, once trimmed), not
// the first of its paragraph, is the caption of the story's picture glued
// to the lede: the sentence after it closes the paragraph with a credit
// alone (isClosingCredit: "… visited the flood-hit areas. Union minister X
// interacts with locals at Jakkampudi on Thursday. (PTI)"), text goes on
// in a later paragraph, and the sentence is short, quotes no one and is
// not told in the past where the language has past cues. A brief whose
// only paragraph closes with its agency's code keeps its sentences.
func (d *doc) isCaptionInLede(si int, text string, lw *lowerer) bool {
	s := d.sents[si]
	p := d.paras[s.para]
	if s.s == p.s || si+1 >= len(d.sents) || d.sents[si+1].para != s.para || si+2 < len(d.sents) && d.sents[si+2].para == s.para {
		return false
	}
	next := trimSentence(d.body[d.sents[si+1].s:d.sents[si+1].e])
	if !isClosingCredit(next, lw) || strings.ContainsAny(text, "\"“”«»„") || countWordsUpTo(text, 41) > 40 {
		return false
	}
	below := false
	for pi := int(s.para) + 1; pi < len(d.paras) && !below; pi++ {
		below = d.paras[pi].kind == pText
	}
	if !below {
		return false
	}
	switch verbLangOf(d.lang, d.ru) {
	case vlEN:
		return !toldInPastEN(text)
	case vlRU:
		// A Russian caption names a scene without a verb («Губернатор на
		// открытии моста») or in the present («Строители укладывают
		// асфальт»: a noun in -тели is no past plural, see ruAgentPlural).
		return !hasPastCue(text, vlRU)
	}
	return true
}

// isLedeOverCredit reports whether sentence si opens a short paragraph
// taken for a picture's credit as a whole (pCredit) that is the story's
// lede with the credit glued after it: the paragraph closes with a credit
// alone (isClosingCredit: "… the new bridge on Monday. Photo: John Smith",
// «… открыли мост через Волгу. Фото: Иван Петров»), the sentences before
// it are at most three, hold eight words or more, quote no one, place no
// one in a picture, are told in the past (English and Russian or
// Ukrainian, the languages with past cues: a caption names a scene in the
// present or without a verb) and share two words with the headline, and
// text goes on below. The summary takes those sentences and leaves the
// credit.
func (d *doc) isLedeOverCredit(si int, lw *lowerer) bool {
	s := d.sents[si]
	p := d.paras[s.para]
	if p.kind != pCredit || s.s != p.s || p.e-p.s > 400 {
		return false
	}
	l := verbLangOf(d.lang, d.ru)
	if l != vlEN && l != vlRU {
		return false
	}
	last := si
	for last+1 < len(d.sents) && d.sents[last+1].para == s.para {
		last++
	}
	if last == si || last-si > 3 || !isClosingCredit(trimSentence(d.body[d.sents[last].s:d.sents[last].e]), lw) {
		return false
	}
	text := d.body[p.s:d.sents[last].s]
	if isCaption(lw.lower(text)) || !d.readsAsLede(text) {
		return false
	}
	for pi := int(s.para) + 1; pi < len(d.paras) && pi <= int(s.para)+3; pi++ {
		if d.paras[pi].kind == pText {
			return true
		}
	}
	return false
}

// readsAsLede reports whether text, the sentences in front of a picture's
// credit, reads as the story's lede rather than the picture's caption: in
// English, Russian or Ukrainian (the languages with past cues) it holds
// eight words or more, quotes no one, places no one in a picture, shares
// two of the headline's words and is told in the past; a caption names a
// scene in the present or without a verb.
func (d *doc) readsAsLede(text string) bool {
	l := verbLangOf(d.lang, d.ru)
	if l != vlEN && l != vlRU || countWordsUpTo(text, 8) < 8 || strings.ContainsAny(text, "\"“”«»„") || placesPeople(text) || !sharesTitleWords(text, d.title, 2) {
		return false
	}
	if l == vlEN {
		return toldInPastEN(text)
	}
	return hasPastCue(text, vlRU)
}

// isCreditBeforeLede reports whether sentence si opens a short paragraph
// taken for a picture's credit as a whole (pCredit) with the credit's
// label, and the lede follows the credit in the same sentence ("Photo:
// Mary Jones/AP A school bus carrying …", "Photo : Marie Durand/AFP Un bus
// …"): cutCreditHead parts a sentence with a verb from it, and that
// sentence reads as the lede (readsAsLede in the languages with past
// cues; elsewhere it shares two of the headline's words). The summary then
// reads it without the credit.
func (d *doc) isCreditBeforeLede(si int) bool {
	s := d.sents[si]
	p := d.paras[s.para]
	if p.kind != pCredit || s.s != p.s {
		return false
	}
	text := trimSentence(d.body[s.s:s.e])
	if creditHeadLen(text) == 0 {
		return false
	}
	l := verbLangOf(d.lang, d.ru)
	rest := cutCreditHead(text, l)
	if rest == text {
		return false
	}
	if l == vlEN || l == vlRU {
		return d.readsAsLede(rest)
	}
	return countWordsUpTo(rest, 8) >= 8 && sharesTitleWords(rest, d.title, 2)
}
