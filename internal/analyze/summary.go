package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Summary limits: lead-first, 1–3 whole sentences, about 350 characters.
const (
	summaryChars     = 350
	summarySentences = 3
	minSummaryWords  = 4
)

// leadWords is the lead's budget of words: about three sentences of news
// prose. The lead reaches at least that far (within its two paragraphs),
// so that it does not shrink when the splitter cuts a paragraph into short
// sentences rather than reading it as one long one.
const leadWords = 60

// computeLead marks where the lead ends: the first two text paragraphs (a
// feed's standfirst and first paragraph), but no more than three sentences
// or leadWords words, whichever reaches further.
func (d *doc) computeLead() {
	paras, n := 0, 0
	last := int32(-1)
	first, paraEnd := int32(-1), int32(-1) // the text paragraphs' span
	for _, s := range d.sents {
		if d.paras[s.para].kind != pText {
			continue
		}
		if s.para != last {
			paras++
			last = s.para
			if paras > 2 {
				break
			}
		}
		if first < 0 {
			first = s.s
		}
		paraEnd = s.e
		if n < 3 {
			d.leadEnd = s.e
			n++
		}
	}
	if first < 0 || paraEnd <= d.leadEnd {
		return
	}
	// Past three sentences, the lead goes on to its leadWords-th word.
	words := 0
	for i := range d.btoks {
		t := &d.btoks[i]
		if t.s < first || t.pkind != pText {
			continue
		}
		if t.e > paraEnd {
			break
		}
		if words++; words == leadWords {
			d.leadEnd = max(d.leadEnd, t.e)
			break
		}
	}
}

// summary picks the opening sentences of the article's text, skipping
// credits, bylines, headings, prompts and trailing link lists, and strips a
// dateline ("MOSCOW, Dec 5 (Reuters) -").
func (d *doc) summary() string {
	if s := d.pickSentences(false); s != "" {
		return s
	}
	if d.centralPassed && !d.centralOff {
		// A paragraph passed over as off the story left nothing: choose
		// again without that test rather than fall back further.
		d.centralOff = true
		if s := d.pickSentences(false); s != "" {
			return s
		}
	}
	// Some agencies open every paragraph with a dash ("- Il presidente
	// …"): read as list items, they leave no text paragraph to choose.
	if s := d.pickSentences(true); s != "" {
		return s
	}
	// No sentence qualified (a short teaser without punctuation): fall
	// back to the first text or heading paragraph.
	for _, p := range d.paras {
		if p.kind == pText || p.kind == pHeading {
			text := d.body[p.s:p.e]
			if d.isFallbackChrome(text) {
				continue // "Edition:", "United States": the page's chrome above a gallery
			}
			if utf8.RuneCountInString(text) > summaryChars {
				text = cutAtClause(text, summaryChars) + "…"
			}
			return text
		}
	}
	// Every paragraph carries a picture's credit: the text before one.
	return d.captionFallback()
}

// pickSentences joins the first qualifying sentences of text paragraphs,
// and of list items when lists is set; it returns "" when none qualifies.
func (d *doc) pickSentences(lists bool) string {
	var b strings.Builder
	n := 0
	chars := 0
	prev := ""
	start := d.datelineStart()
	noticePara := int32(-1) // a paragraph opened by the outlet's notice to its users
	// Lower-cased sentence tails, one buffer for all: the pooled
	// document's, as no lowered string outlives this call.
	lw := lowerer{b: d.sentLower[:0]}
	cs := centralState{nt: -1, body: d.centralBuf[:0]}
	vl := verbLangOf(d.lang, d.ru)
	defer func() { d.sentLower, d.centralBuf = lw.b[:0], cs.body[:0] }()
	for si, s := range d.sents {
		kind := d.paras[s.para].kind
		if kind != pText && !(lists && kind == pList) && !(kind == pPromo && d.isPromoLead(s, &lw)) && !(kind == pCredit && n == 0 && (d.isLedeOverCredit(si, &lw) || d.isCreditBeforeLede(si))) || si < start {
			continue
		}
		text := trimSentence(d.body[s.s:s.e])
		if s.s > d.paras[s.para].s && text != "" && (text[0] == '(' || text[0] == '[') {
			text = cutCodeTags(text, true) // "… Tuesday. (jw) Tickets …"
		}
		if text != "" && text[len(text)-1] == '.' && strings.TrimSpace(d.body[s.e:d.paras[s.para].e]) == "" {
			text = cutClosingTag(text) // "… beschlossen (ch)." closing the paragraph
		}
		if kind == pList && s.s == d.paras[s.para].s {
			text = strings.TrimLeft(text, "-–•* ")
		}
		if n == 0 || si == start {
			text = stripBylinePrefix(cutColonDateline(d.stripDatelineOnce(cutOutletDateline(cutPaywallLabel(d.cutTitleHead(cutCreditHead(cutGalleryHead(text, d.title), vl))))), vl))
		}
		if creditHeadLen(text) > 0 {
			if n > 0 {
				text = cutCreditHead(text, vl) // "… eröffnet. Foto: Anna Weber/dpa Nach drei Jahren …": a credit glued inside the lede
			}
			if creditHeadLen(text) > 0 {
				continue // a credit the cut could not part from what follows it
			}
		}
		text = cutStampPrefix(cutBreakingLabel(cutSpeakerLabel(text)), vl)
		if s.s == d.paras[s.para].s {
			text = cutArrowPrompt(cutRoleByline(cutPlaceDash(cutCapsPlace(cutGluedImageName(cutGluedHeading(cutGluedLabel(cutLeadingPictographs(text)))), vl)))) // see summary_whole.go
		}
		if d.isCaptionInLede(si, text, &lw) {
			if n > 0 {
				break // "… Union minister X interacts with locals on Thursday. (PTI)": the picture's caption closing the lede
			}
			continue
		}
		if s.para == noticePara {
			continue // the rest of the outlet's notice
		}
		if s.s == d.paras[s.para].s && isSiteVoice(text, &lw) {
			if n > 0 {
				break // "Our goal is … for users": a notice of the page under the story
			}
			noticePara = s.para
			continue
		}
		if isDisclaimer(text, vl, &lw) {
			if n > 0 {
				break // "The views expressed … do not necessarily reflect …": the page's disclaimer under the story
			}
			continue
		}
		if d.isListIntro(s, text) {
			if n == 0 {
				continue
			}
			break // "…the day's events:" over a list: the lead ends
		}
		if countWordsUpTo(text, minSummaryWords) < minSummaryWords || isWireCaptionDate(text) || isStampRun(text) || isPagePrompt(text) || isCreditLine(text) || isCaptionText(text, &lw) || isParenCredit(text) || isParenTags(text) || isBareURL(text) || isStageCue(text) || isShareRow(text) || isEditorsNote(text) || isProvenance(text) || isAuthorBio(text) ||
			isReporterTeaser(text) || isSourceLine(text) || isMaterialsCredit(text) || isStampLine(text) || isPageStamp(text, &lw) || isOutletLine(text) || isInterviewPrompt(text) ||
			d.repeatsCaption(text, s.para) || d.repeatsTitle(text) || d.afterPromo(s, text) || d.isKickerCaption(s, text) || isCorrespondentLine(text) || placesPeople(text) ||
			isShoutedLine(text) || isStampByline(text) || d.inPromptBox(s, text) || isContactLine(text) {
			continue
		}
		if n == 0 && (d.isForeignHeadline(s, text) || d.isTitleHead(text)) {
			continue
		}
		if n > 0 && !unterminated(prev) && !strings.HasSuffix(prev, ":") && d.isLoneLine(s, text) {
			// An unterminated paragraph of one sentence inside the
			// story is a link to another story or a subheading: the
			// lead ends there.
			break
		}
		if n == 0 && (d.isGluedCaption(si) || d.isCaptionOverPlayer(s, text) || d.isMediaTeaser(s, text) || s.s == d.paras[s.para].s && isCaptionDashCredit(strings.TrimSpace(d.body[s.s:s.e]), vl) || d.isCaptionAbove(s, text) || d.isRepeatedLine(s) || d.isDoubledPara(s.para) || d.isExcerptPara(s.para) || d.isVerblessLead(s, text) || d.isCaptionOverCredit(s) || d.isSceneCaption(s, text) || d.isSelfTeaser(s) || !d.centralOff && d.isOffStory(si, &cs)) {
			continue
		}
		if n > 0 && strings.HasSuffix(text, ",") && d.creditFollows(s) {
			break // a caption broken at a comma above its credit: "…steelworker,\n has been in power since 1989 [AP]"
		}
		if n > 0 && d.creditFollows(s) && d.isSceneCaption(s, text) {
			continue // "… on Saturday.\nCrowds gather on the new bridge at dusk.\nPhoto: X": a caption in the present over its credit inside the lead
		}
		if n > 0 && repeatsSummary(b.String(), text) {
			continue // «В Киеве 28 декабря состоялась акция …» printed again without its date
		}
		if n > 0 && (isCutTeaser(text) || d.isLastCut(s, text) || endsUnwhole(text) || d.isCutBeforeLink(s, text)) {
			break // "… Ce n'est pas une surprise dans cette…": the feed cut it
		}
		l := utf8.RuneCountInString(text)
		if n > 0 && chars+1+l > summaryChars {
			break
		}
		if n == 0 && l > summaryChars+150 {
			text = cutAtClause(text, summaryChars) + "…"
			l = summaryChars
		}
		if n > 0 {
			if unterminated(prev) {
				// A standfirst or lead paragraph without a full stop would
				// run into the next sentence ("…in northern Italy Italy was").
				b.WriteByte('.')
				chars++
			}
			b.WriteByte(' ')
			chars++
		}
		b.WriteString(text)
		chars += l
		prev = text
		n++
		if n >= summarySentences {
			break
		}
	}
	return b.String()
}

// isLoneLine reports whether sentence s (text, once trimmed) is a line of
// its own that reads as a headline: the whole of its paragraph (or the
// last part of a paragraph of twelve words or fewer), opening
// with a capital and ending without closing punctuation (or on a closing
// quotation mark after a word), with the next paragraph opening with a
// capital too. Hard-wrapped text, whose lines
// run on into the next one in lower case, is no headline.
func (d *doc) isLoneLine(s sentence, text string) bool {
	p := d.paras[s.para]
	// A short heading may hold two parts, the first ended by a full stop
	// ("Wypadek pod Goleniowem. Samochód roztrzaskał się na drzewie"): its
	// last sentence is read as the whole line.
	if s.s != p.s && (p.e-p.s > 120 || countWordsUpTo(d.body[p.s:p.e], 13) > 12) || strings.TrimSpace(d.body[s.e:p.e]) != "" || !unterminated(text) && !quoteUnterminated(text) || !startsUpper(text) {
		return false
	}
	next := int(s.para) + 1
	return next >= len(d.paras) || startsUpper(d.body[d.paras[next].s:d.paras[next].e])
}

// quoteUnterminated reports whether a sentence ends on a closing quotation
// mark right after a letter or digit: a headline that closes on a quotation
// ("… no porque las comunidades \"presionen o no\""), not a quoted sentence
// ("… to win.\"").
func quoteUnterminated(s string) bool {
	r, n := utf8.DecodeLastRuneInString(s)
	if !strings.ContainsRune("\"”»'’", r) {
		return false
	}
	q, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
	return isLetterOrDigit(q)
}

// isCaptionAbove reports whether sentence s (text, once trimmed) is a
// picture's caption printed above its credit: a short paragraph of one
// unterminated sentence followed by a credit line («Україна готова
// працювати … заради реального миру» over «фото: Офіс президента»).
func (d *doc) isCaptionAbove(s sentence, text string) bool {
	next := int(s.para) + 1
	if next >= len(d.paras) || d.paras[next].kind != pCredit || d.paras[next].e-d.paras[next].s > 100 || len(text) > 240 {
		return false
	}
	p := d.paras[s.para]
	return s.s == p.s && strings.TrimSpace(d.body[s.e:p.e]) == "" && unterminated(text)
}

// isStageCue reports whether a sentence is a transcript's cue in brackets
// and capitals: "(SOUNDBITE OF ARCHIVED BROADCAST)", "[MUSIC PLAYING]",
// «(АПЛОДИСМЕНТЫ)».
func isStageCue(s string) bool {
	s = strings.TrimRight(s, ". ")
	if len(s) < 3 || len(s) > 120 {
		return false
	}
	open, close := s[0], s[len(s)-1]
	return (open == '(' && close == ')' || open == '[' && close == ']') && isAllCaps(s[1:len(s)-1])
}

// speakerRoles name a speaker's part in a transcript's label ("A MARTÍNEZ,
// HOST:", "ВЕДУЩИЙ:").
var speakerRoles = [...]string{"host", "byline", "anchor", "reporter", "correspondent", "ведущий", "ведущая", "корреспондент", "moderator", "moderatorin", "présentateur", "presentador", "apresentador", "conduttore", "sunucu"}

// cutSpeakerLabel cuts a transcript's speaker label in capitals from the
// start of a sentence: "STEVE INSKEEP, HOST: Good morning." keeps "Good
// morning.". A label names a role or holds a comma; "NATO: Russia …" is a
// headline's subject.
func cutSpeakerLabel(s string) string {
	i := strings.Index(s[:min(len(s), 60)], ": ")
	if i <= 0 || !isAllCaps(s[:i]) {
		return s
	}
	label := strings.ToLower(s[:i])
	role := strings.Contains(label, ",")
	for _, r := range speakerRoles {
		role = role || strings.HasSuffix(label, r)
	}
	if !role {
		return s
	}
	return s[i+2:]
}

// shareWords are the words of a row of sharing buttons.
var shareWords = [...]string{
	"facebook", "twitter", "x", "whatsapp", "telegram", "vk", "vkontakte", "ok",
	"viber", "email", "e-mail", "linkedin", "reddit", "pinterest", "messenger", "threads",
	"copy", "link", "share", "tweet", "print", "mail", "вконтакте", "одноклассники",
	"поделиться", "скопировать", "ссылку", "печать", "почта", "teilen", "drucken",
	"partager", "compartir", "compartilhar", "condividi", "paylaş", "поділитися", "udostępnij", "kopiuj",
}

// isShareRow reports whether a sentence is only the labels of sharing
// buttons ("Facebook Twitter WhatsApp Telegram Copy link"). Most sentences
// fail on their first word.
func isShareRow(s string) bool {
	n := 0
	all := eachField(s, func(w string) bool {
		w = shareMarks.trim(w)
		if !shareWordsFirst.mayFoldOpen(w) {
			return false
		}
		for _, k := range shareWords {
			if equalFold(k, w) {
				n++
				return true
			}
		}
		return false
	})
	return all && n >= 2
}

// shareMarks are the marks a share row's words are trimmed of.
var shareMarks = newCharSet(".,:;|·•/")

// eachField calls f with each space-separated word of s, as strings.Fields
// splits them, without allocating; it stops and returns false when f does.
func eachField(s string, f func(string) bool) bool {
	start := -1
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			if start >= 0 && !f(s[start:i]) {
				return false
			}
			start = -1
		} else if start < 0 {
			start = i
		}
	}
	return start < 0 || f(s[start:])
}

// editorsNotes open a note from the editors above or below a story.
var editorsNotes = [...]string{"editor's note", "editor’s note", "editors' note", "note from the editor", "от редакции:", "примечание редакции", "примітка редакції", "anm. d. red", "n.d.l.r", "ndlr", "nota del editor", "nota da redação", "nota della redazione", "editörün notu"}

// provenanceOpeners open a note on where a piece first appeared or who
// paid for it: "This article was originally published by Eurasianet.",
// «Материал подготовлен при поддержке …».
var provenanceOpeners = [...]string{
	"this article was originally published", "this story was originally published", "this article first appeared", "this story first appeared",
	"this article was first published", "this story was produced", "this article was produced", "this article is republished",
	"материал подготовлен при поддержке", "материал опубликован при поддержке", "материал впервые опубликован", "статья впервые опубликована",
	"матеріал підготовлено за підтримки", "dieser artikel erschien zuerst", "dieser beitrag erschien zuerst", "cet article a été initialement publié",
	"cet article a été publié initialement", "este artículo fue publicado originalmente", "este artigo foi publicado originalmente",
	"questo articolo è stato pubblicato originariamente", "bu makale ilk olarak", "bu haber ilk olarak",
}

// isProvenance reports whether a sentence opens with provenanceOpeners.
func isProvenance(s string) bool {
	if !provenanceFirst.mayFoldOpen(s) {
		return false
	}
	for _, p := range provenanceOpeners {
		if len(s) >= len(p) && equalFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// bioLinks join an author's name to the description of a bio; bioRoles
// are the trades it names; bioCues tell a bio ("… based in Almaty who
// covers Central Asia") from news about a journalist ("X is a reporter
// detained in Russia").
var (
	bioLinks = [...]string{" is a ", " is an ", " — ", " – ", " ist ", " est ", " es ", " é ", " è ", " bir "}
	bioRoles = [...]string{
		"correspondent", "journalist", "reporter", "editor", "writer", "columnist", "contributor", "freelance",
		"корреспондент", "журналист", "обозреватель", "редактор", "колумнист", "кореспондент", "журналіст", "оглядач",
		"korrespondent", "journalist", "redakteur", "journaliste", "correspondant", "rédact", "periodista", "corresponsal",
		"jornalista", "giornalista", "corrispondente", "muhabir", "gazeteci",
	}
	bioCues = [...]string{
		"based in", "who covers", "covers ", "writes about", "specializ", "specialis", "work has appeared", "previously worked",
		"специализируется", "освещает", "пишет о", "спеціалізується", "висвітлює", "berichtet über", "schreibt über", "lebt in",
		"basé à", "basée à", "couvre", "escribe sobre", "cubre", "escreve sobre", "scrive di", "si occupa di", "yazıyor",
	}
)

// isAuthorBio reports whether a sentence is an author's bio: a name of two
// or three capitalised words, a link to a trade of journalism, and a cue
// that describes a career ("Jane Smith is a senior correspondent based in
// Almaty who covers Central Asia.").
func isAuthorBio(s string) bool {
	if len(s) > 300 {
		return false
	}
	at, name := -1, ""
	for _, l := range bioLinks {
		if i := strings.Index(s[:min(len(s), 60)], l); i > 0 && (at < 0 || i < at) {
			at, name = i, s[:i]
		}
	}
	if at < 0 {
		return false
	}
	words := 0
	if !eachField(name, func(w string) bool {
		words++
		return isUpperStart(w)
	}) || words < 2 || words > 3 {
		return false
	}
	lower := strings.ToLower(s[at:])
	role := false
	for _, r := range bioRoles {
		role = role || strings.Contains(lower, r)
	}
	if !role {
		return false
	}
	for _, c := range bioCues {
		if strings.Contains(lower, c) {
			return true
		}
	}
	return false
}

// cutOutletDateline cuts a dateline of a place and an outlet by its web
// address before a dash and a full stop ("Узбекистан, Ташкент – АН
// Podrobno.uz. Президент …"): the place in capitalised words, the outlet
// line as isOutletLine reads it.
func cutOutletDateline(s string) string {
	head := s[:min(len(s), 80)]
	j := strings.Index(head, ". ")
	if j <= 0 || !strings.ContainsAny(head[:j], "-–—") || !isOutletLine(head[:j+1]) {
		return s
	}
	return strings.TrimLeft(s[j+2:], " ")
}

// isEditorsNote reports whether a sentence opens with an editor's note.
func isEditorsNote(s string) bool {
	if !editorsNotesFirst.mayFoldOpen(s) {
		return false
	}
	for _, p := range editorsNotes {
		if len(s) >= len(p) && equalFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// isBareURL reports whether a sentence is a web address alone: the page's
// own or an image's, printed as text. (Its words still count for the
// story's keys, which are calibrated with them.)
func isBareURL(text string) bool {
	return (strings.HasPrefix(text, "https://") || strings.HasPrefix(text, "http://")) && strings.IndexByte(text, ' ') < 0
}

// isRepeatedLine reports whether sentence s is the whole of a paragraph
// printed twice in a row: a picture's alt text and its caption.
func (d *doc) isRepeatedLine(s sentence) bool {
	p := d.paras[s.para]
	if s.s != p.s || s.e < p.e && strings.TrimSpace(d.body[s.e:p.e]) != "" {
		return false
	}
	text := d.body[p.s:p.e]
	for _, k := range [...]int{int(s.para) - 1, int(s.para) + 1} {
		if k >= 0 && k < len(d.paras) && d.body[d.paras[k].s:d.paras[k].e] == text {
			return true
		}
	}
	return false
}

// isDoubledPara reports whether paragraph pi is one text printed twice,
// the copies joined by a dash, a bar or a space ("The car is a wreck. -
// The car is a wreck."): a picture's alt text and its title or caption,
// as isRepeatedLine finds them in two paragraphs. Text must go on below.
//
// The paragraph just below such a pair, or the one below that, printing
// the same text a third time (its apostrophes may differ: "l'arrière",
// "l’arrière") is the caption too: the page shows the picture's alt
// text, its title and its caption.
func (d *doc) isDoubledPara(pi int32) bool {
	p := d.paras[pi]
	text := strings.TrimSpace(d.body[p.s:p.e])
	if len(text) < 40 {
		return false
	}
	if doubledHalf(text) == "" {
		third := false
		for k := int(pi) - 1; k >= 0 && k >= int(pi)-2; k-- {
			q := d.paras[k]
			// The pair is about twice as long as its copy: a cheap test
			// before the halves are compared.
			if n := int(q.e - q.s); n < 2*len(text)-16 || n > 2*len(text)+16 {
				continue
			}
			if h := doubledHalf(strings.TrimSpace(d.body[q.s:q.e])); h != "" && equalApostrophes(h, text) {
				third = true
				break
			}
		}
		if !third {
			return false
		}
	}
	for k := int(pi) + 1; k < len(d.paras) && k <= int(pi)+3; k++ {
		if d.paras[k].kind == pText {
			return true
		}
	}
	return false
}

// doubledHalf returns the text that text prints twice, the copies joined
// by a dash, a bar or a space ("The car is a wreck. - The car is a
// wreck."), or "".
func doubledHalf(text string) string {
	for _, sep := range [...]string{" - ", " – ", " — ", " | ", " "} {
		if (len(text)-len(sep))%2 != 0 {
			continue
		}
		h := (len(text) - len(sep)) / 2
		if text[h:h+len(sep)] == sep && text[:h] == text[h+len(sep):] {
			return text[:h]
		}
	}
	return ""
}

// equalApostrophes reports whether a and b are the same text but for their
// apostrophes, typed ' or ’.
func equalApostrophes(a, b string) bool {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra != rb && !((ra == '\'' || ra == '’') && (rb == '\'' || rb == '’')) {
			return false
		}
		a, b = a[na:], b[nb:]
	}
	return a == "" && b == ""
}

// isExcerptPara reports whether paragraph pi is an excerpt of a paragraph
// of text printed below it: its text, less a closing ellipsis, opens that
// paragraph, which goes on past it (a teaser cut by the page, "… bu
// kesintilere artık son", above the paragraph that reads "… artık son
// verin diye ses yükseltiyor."). The summary takes the whole one.
func (d *doc) isExcerptPara(pi int32) bool {
	p := d.paras[pi]
	text := strings.TrimSpace(d.body[p.s:p.e])
	text = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(text, "[…]"), "…"), "..."), " ")
	if len(text) < 40 {
		return false
	}
	for k := int(pi) + 1; k < len(d.paras) && k <= int(pi)+4; k++ {
		q := d.paras[k]
		if q.kind != pText || int(q.e-q.s) <= len(text) {
			continue
		}
		// The full paragraph may open with a channel's pictograph ("✅
		// Сьогодні, 18 грудня, …" below "Сьогодні, 18 грудня, … мі…").
		if qt := cutLeadingPictographs(d.body[q.s:q.e]); len(qt) > len(text) && qt[0] == text[0] && strings.HasPrefix(qt, text) {
			return true
		}
	}
	return false
}

// isParenTags reports whether a sentence is only a bracketed list of tags
// or sections, as Golem closes its teasers ("(Tesla Model 3,
// Technologie)", "(Golem-Wochenrückblick, Business-Notebooks)"): at most
// eight words, items separated by commas, each opening with a capital.
func isParenTags(s string) bool {
	s = strings.TrimRight(s, ". ")
	if len(s) > 120 || !strings.HasPrefix(s, "(") || !strings.HasSuffix(s, ")") || !strings.Contains(s, ", ") || countWordsUpTo(s, 9) > 8 {
		return false
	}
	for _, item := range strings.Split(s[1:len(s)-1], ",") {
		if item = strings.TrimSpace(item); item == "" || !isUpperOrDigitStart(item) || strings.ContainsAny(item, "().!?") {
			return false
		}
	}
	return true
}

func isUpperOrDigitStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return isUpperOrDigit(r)
}

// paywallLabels mark a story for subscribers at the start of its
// standfirst, often glued to it ("AbonnéKassym-Jomart Tokaïev qui …").
var paywallLabels = [...]string{"Abonnés", "Abonné", "Premium", "Exclusive", "EXCLUSIVE", "Exclusif", "Эксклюзив", "ЭКСКЛЮЗИВ", "Ексклюзив"}

// cutPaywallLabel cuts a paywall label glued to the capital that follows
// it, or followed by a colon.
func cutPaywallLabel(s string) string {
	for _, l := range paywallLabels {
		rest, ok := strings.CutPrefix(s, l)
		if !ok {
			continue
		}
		if r, ok := strings.CutPrefix(rest, ":"); ok {
			return strings.TrimLeft(r, " ")
		}
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
			return rest
		}
	}
	return s
}

// creditFollows reports whether the paragraph after sentence s's is a
// picture credit.
func (d *doc) creditFollows(s sentence) bool {
	next := int(s.para) + 1
	return next < len(d.paras) && d.paras[next].kind == pCredit
}

// isLastCut reports whether sentence s (text, once trimmed) ends the body
// with an ellipsis glued to a word: a teaser its feed cut at a length
// ("… no ambiente de trabal...").
func (d *doc) isLastCut(s sentence, text string) bool {
	if strings.TrimSpace(d.body[s.e:]) != "" || !strings.HasSuffix(text, "...") && !strings.HasSuffix(text, "…") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text, ".…"))
	return isLetter(r)
}

// cutWords are words no sentence ends on: an ellipsis glued to one of
// them ("… dans cette…", "… of the…") marks a teaser its feed cut short.
var cutWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "to": true, "in": true, "on": true, "and": true, "with": true, "for": true, "at": true, "by": true,
	"ce": true, "cet": true, "cette": true, "ces": true, "la": true, "le": true, "les": true, "de": true, "du": true, "des": true, "et": true, "un": true, "une": true, "dans": true,
	"в": true, "во": true, "на": true, "и": true, "с": true, "по": true, "к": true, "что": true, "о": true, "об": true, "за": true, "для": true, "у": true, "від": true, "та": true, "і": true,
	"der": true, "die": true, "das": true, "und": true, "den": true, "dem": true, "mit": true, "von": true, "zu": true,
	"el": true, "los": true, "las": true, "y": true, "del": true, "o": true, "e": true, "da": true, "do": true, "em": true, "il": true, "lo": true, "di": true, "che": true, "ve": true, "bir": true,
}

// isCutTeaser reports whether a sentence was cut off by its feed: it ends
// in an ellipsis glued to a comma or to a word no sentence ends on ("…dans
// cette…", "…Каримова,..."). A writer's trailing ellipsis ("если вы
// понимаете...") follows a word that may end a sentence.
func isCutTeaser(s string) bool {
	var rest string
	switch {
	case strings.HasSuffix(s, "…"):
		rest = strings.TrimSuffix(s, "…")
	case strings.HasSuffix(s, "..."):
		rest = strings.TrimSuffix(s, "...")
	default:
		return false
	}
	if strings.HasSuffix(rest, ",") {
		return true
	}
	i := strings.LastIndexByte(rest, ' ')
	if i < 0 || i == len(rest)-1 {
		return false
	}
	w := rest[i+1:]
	return len(w) <= 10 && cutWords[strings.ToLower(w)]
}

// interviewPrompts open a question of an interview or a live blog's
// reader: "Q: Does Labour support…", «Вопрос: …».
var interviewPrompts = [...]string{"q:", "q.", "question:", "в:", "вопрос:", "питання:", "frage:", "pregunta:", "pergunta:", "domanda:", "soru:"}

// isInterviewPrompt reports whether a sentence opens with an interview's
// question label.
func isInterviewPrompt(s string) bool {
	i := strings.IndexByte(s[:min(len(s), 20)], ' ')
	if i <= 0 {
		return false
	}
	head := s[:i]
	if !interviewFirst.mayFoldOpen(head) {
		return false
	}
	for _, p := range interviewPrompts {
		if len(head) == len(p) && equalFold(head, p) {
			return true
		}
	}
	return false
}

// stampLabels open a line that gives the page's date and nothing else:
// "Tarih: 23.10.2021 20:13", «Опубликовано: 12.03.2024», "Updated: …".
var stampLabels = [...]string{
	"date:", "published:", "updated:", "posted:", "last updated:", "дата:", "опубликовано:", "обновлено:", "дата публикации:",
	"оновлено:", "опубліковано:", "datum:", "aktualisiert:", "veröffentlicht:", "fecha:", "publicado:", "actualizado:",
	"data:", "atualizado:", "tarih:", "güncelleme:", "yayınlanma:", "publié le", "mis à jour", "aggiornato:", "pubblicato:",
}

// isStampLine reports whether a sentence is a date label and a date or
// time stamp: the words after the label are numbers and month names.
func isStampLine(s string) bool {
	if !stampLabelsFirst.mayFoldOpen(s) {
		return false
	}
	for _, p := range stampLabels {
		if len(s) > len(p) && equalFold(s[:len(p)], p) {
			rest := strings.TrimSpace(s[len(p):])
			return rest != "" && isDigitByte(rest[0]) && cutTimestamp(rest) == ""
		}
	}
	return false
}

// isOutletLine reports whether a short sentence names a place and an
// outlet by its web address, with a dash or comma and no news: every word
// is capitalised or a number ("Бишкек - 24.kg , Жазгуль МАСАЛИЕВА",
// "Узбекистан, Ташкент – АН Podrobno.uz."). A sentence that credits its
// source ("…, сообщает Tengrinews.kz.") has words in lower case.
func isOutletLine(s string) bool {
	if len(s) > 120 || !outletSeparators.in(s) {
		return false
	}
	site := false
	return eachField(s, func(w string) bool {
		w = strings.Trim(w, ".,:;()")
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case w == "" || !isLetterOrDigit(r):
		case isWebAddress(w):
			site = true
		case !isUpperOrDigit(r):
			return false
		}
		return true
	}) && site
}

// outletSeparators are the dashes and comma of an outlet line.
var outletSeparators = newCharSet(",-–—")

// isWebAddress reports whether w looks like a site's address: letters or
// digits, a dot, and a top-level domain of two to four letters
// ("24.kg", "Podrobno.uz", "tengrinews.kz").
func isWebAddress(w string) bool {
	i := strings.LastIndexByte(w, '.')
	if i <= 0 || len(w)-i-1 < 2 || len(w)-i-1 > 4 {
		return false
	}
	for _, c := range []byte(w[i+1:]) {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	r, _ := utf8.DecodeLastRuneInString(w[:i])
	return isLetterOrDigit(r)
}

// repeatsTitle reports whether a sentence is the headline again with little
// else: a page's title line or an image's alt text ("Изображение 'В
// Узбекистане назвали…'"), or the headline under the page's chrome that
// the text kept in front of it: a breadcrumb trail ("Home News Local
// <headline>", «Главная Новости Регион <headline>») or the markup of an
// icon ("<i class='fa fa-lock'></i> <headline>"), a few words without a
// sentence's end or a verb. A summary adds to the headline.
func (d *doc) repeatsTitle(s string) bool {
	t := strings.TrimSpace(d.title)
	if len(t) < 20 || len(s) > len(t)+80 {
		return false
	}
	i := indexFold(s, t)
	if i < 0 {
		return false
	}
	before, after := countLetterWords(s[:i]), countLetterWords(s[i+len(t):])
	if before+after <= 2 {
		// forty letters more, not bytes: Cyrillic takes two
		return len(s) <= len(t)+40 || utf8.RuneCountInString(s) <= utf8.RuneCountInString(t)+40
	}
	if after > 1 {
		return false
	}
	if h := strings.TrimRight(s[:i], " "); before <= 2*maxChromeWords && strings.IndexByte(h, '|') >= 0 && strings.HasSuffix(h, ":") && !strings.ContainsAny(h, ".!?;") {
		// A rubric's trail split by bars and closed by a colon ("Stocks and
		// markets in the News | Oil Futures: <headline>"), whose plurals an
		// English verb table would take for verbs.
		return true
	}
	return before <= maxChromeWords && d.isChromeHead(s[:i])
}

// maxChromeWords is the most words of page chrome (a breadcrumb trail, an
// icon's markup) that isChromeHead takes in front of a headline.
const maxChromeWords = 6

// isChromeHead reports whether h, the words in front of the headline in a
// line of the text, is the page's chrome rather than the start of a
// sentence: no sentence ends in it and it holds no finite verb (in a
// language with a verb table; elsewhere only the first holds).
func (d *doc) isChromeHead(h string) bool {
	if strings.ContainsAny(h, ".!?;") {
		return false // "… said on Monday. <headline>": a sentence before it
	}
	if strings.IndexByte(h, '<') >= 0 {
		h = dropMarkup(h) // "<i class='fa fa-lock'></i>": the tag's words are no verbs
	}
	l := verbLangOf(d.lang, d.ru)
	return l == vlNone || !hasVerbCue(h, l)
}

// dropMarkup returns s without its markup tags ("<i class='x'>", "</i>"):
// a tag opens with '<' before a letter or '/' and closes at the next '>'.
func dropMarkup(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '<' && i+1 < len(s) && (s[i+1] == '/' || isASCIILetter(s[i+1])) {
			if j := strings.IndexByte(s[i:], '>'); j > 0 {
				i += j
				b.WriteByte(' ')
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// countLetterWords counts the words of s that hold a letter: a headline
// followed by its time stamp ("… на Украине (11.01.2023 07:24)") is the
// headline alone.
func countLetterWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if strings.IndexFunc(w, isLetter) >= 0 {
			n++
		}
	}
	return n
}

// indexFold is strings.Index ignoring case, without allocating; a match must
// have the needle's byte length (true of the titles it looks for).
//
// Where the needle opens with a rune of one or two bytes, a position
// whose rune of one or two bytes is not that rune ignoring case (another
// foldKey) is passed over without comparing the rest.
func indexFold(s, sub string) int {
	key := -1 // foldKey of sub's first rune; -1 when it has none
	if sub != "" {
		if r, _ := utf8.DecodeRuneInString(sub); r < foldKeyLen {
			key = int(foldKey[r])
		}
	}
	for i := 0; i+len(sub) <= len(s); i++ {
		c := s[i]
		if !utf8.RuneStart(c) {
			continue
		}
		if key >= 0 {
			if c < utf8.RuneSelf {
				if int(foldKey[c]) != key {
					continue
				}
			} else if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
				if int(foldKey[rune(c&0x1F)<<6|rune(s[i+1]&0x3F)]) != key {
					continue
				}
			}
		}
		if equalFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// isForeignHeadline reports whether sentence s (text, once trimmed) opens a paragraph without
// closing punctuation that shares fewer than two word stems with the
// article's title: a link to another story printed above this one
// ("Узбекистанцы могут получить визу в Саудовскую Аравию" above a story on
// measles). A standfirst without a full stop restates the headline.
func (d *doc) isForeignHeadline(s sentence, text string) bool {
	p := d.paras[s.para]
	// One unterminated sentence makes the whole paragraph: a headline.
	if s.s != p.s || strings.TrimSpace(d.body[s.e:p.e]) != "" || !unterminated(text) || d.title == "" || countWords(d.title) < 4 {
		return false
	}
	// The title's stems are read once, not again for every stem of the
	// paragraph.
	var arr [32]string
	tstems := arr[:0]
	eachStem(d.title, func(tt string) bool {
		tstems = append(tstems, tt)
		return true
	})
	shared := 0
	eachStem(d.body[p.s:p.e], func(st string) bool {
		for _, tt := range tstems {
			if equalFold(st, tt) {
				shared++
				break
			}
		}
		return shared < 2
	})
	return shared < 2
}

// eachStem calls f with the first five letters of every word of four
// letters or more in s, a rough stem that holds across inflections
// (кори/корью, countries/country), until f returns false. It does not
// allocate: stems are compared with strings.EqualFold.
func eachStem(s string, f func(string) bool) {
	start, n, cut := -1, 0, 0
	emit := func(i int) bool {
		if start < 0 || n < 4 {
			return true
		}
		end := i
		if n > 5 {
			end = cut
		}
		return f(s[start:end])
	}
	for i, r := range s {
		if unicode.IsLetter(r) {
			if start < 0 {
				start, n = i, 0
			}
			n++
			if n == 5 {
				cut = i + utf8.RuneLen(r)
			}
			continue
		}
		if !emit(i) {
			return
		}
		start = -1
	}
	emit(len(s))
}

// datelineStart returns the index of the sentence where the story starts
// when a dateline opens one of the first text paragraphs after short ones:
// what comes before a dateline is a caption or a teaser of the page ("Kenes
// Rakishev celebrates with the team. ASTANA, November 15 /EINPresswire/ --
// …"). It is 0 when no such dateline is found. The summary and the
// countries both ask; the answer is computed once.
func (d *doc) datelineStart() int {
	if d.dlStart == 0 {
		d.dlStart = d.findDatelineStart() + 1
	}
	return d.dlStart - 1
}

func (d *doc) findDatelineStart() int {
	// Only a sentence of the second text paragraph or a later one is
	// looked at: without one (a short article) the first is not counted.
	paras, last := 0, int32(-1)
	for _, s := range d.sents {
		if d.paras[s.para].kind == pText && s.para != last {
			last = s.para
			if paras++; paras > 1 {
				break
			}
		}
	}
	if paras < 2 {
		return 0
	}
	paras, last = 0, -1
	for si, s := range d.sents {
		if d.paras[s.para].kind != pText || s.para == last {
			continue
		}
		last = s.para
		paras++
		if paras > 3 {
			return 0
		}
		p := d.paras[s.para]
		text := d.body[s.s:s.e]
		if paras > 1 && mayBeDateline(text) && stripDateline(text) != text {
			return si
		}
		if countWordsUpTo(d.body[p.s:p.e], 41) > 40 {
			return 0 // a real paragraph came first: the story has started
		}
	}
	return 0
}

// mayBeDateline is a cheap test before stripDateline: a dateline opens
// with a place in capitals (ALMATY, МОСКВА) or holds an agency between
// slashes or brackets near its start (Ташкент, 27.11.23. /Кабар/;
// Istanbul (dpa)).
func mayBeDateline(s string) bool {
	head := s[:min(len(s), 60)]
	if strings.ContainsAny(head, "/(") {
		return true
	}
	end := strings.IndexAny(head, " ,")
	return end >= 3 && isAllCaps(head[:end])
}

// isAllCaps reports whether w has an upper-case letter and no lower-case
// one (MOSCOW, ТАШКЕНТ), without allocating.
func isAllCaps(w string) bool {
	upper := false
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		upper = upper || unicode.IsUpper(r)
	}
	return upper
}

// unterminated reports whether a sentence ends without closing punctuation,
// on a letter or digit.
func unterminated(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return isLetterOrDigit(r)
}

func countWords(s string) int { return countWordsUpTo(s, -1) }

// countWordsUpTo is countWords stopping at limit words (no limit when
// limit < 0): countWordsUpTo(s, n) < n says what countWords(s) < n does
// without reading past the n-th word.
func countWordsUpTo(s string, limit int) int {
	n := 0
	in := false
	for i := 0; i < len(s); {
		// An ASCII byte is its own rune, and a lead byte C2 to DF with a
		// continuation byte is always a valid two-byte rune, below
		// runeTabLen: their properties are read from runeTab here; only
		// the others are decoded by the utf8 package.
		r, w := rune(s[i]), 1
		var word bool
		if r < utf8.RuneSelf {
			word = runeTab[r].bits&(rLetter|rDigit) != 0
		} else if c := s[i]; c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			r, w = rune(c&0x1F)<<6|rune(s[i+1]&0x3F), 2
			word = runeTab[r].bits&(rLetter|rDigit) != 0
		} else {
			r, w = utf8.DecodeRuneInString(s[i:])
			word = isLetterOrDigit(r)
		}
		i += w
		if word {
			if !in {
				if n == limit {
					return n
				}
				n++
			}
			in = true
			// The rest of the word's ASCII letters and digits change
			// nothing: they are passed over in a tight loop.
			for i < len(s) && asciiWordByte[s[i]] {
				i++
			}
		} else if !(r == '\'' || r == '’' || r == '-') {
			in = false
		}
	}
	return n
}

// asciiWordByte holds the ASCII bytes that are letters or digits (as
// runeTab has them); every other byte is false.
var asciiWordByte = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = runeTab[c].bits&(rLetter|rDigit) != 0
	}
	return t
}()

// cutAtWord cuts s to at most max runes, at a word boundary when possible.
func cutAtWord(s string, max int) string {
	n := 0
	last := -1
	for i, r := range s {
		if n == max {
			if last > 0 {
				return strings.TrimRight(s[:last], " ,;:—–-")
			}
			return s[:i]
		}
		if unicode.IsSpace(r) {
			last = i
		}
		n++
	}
	return s
}

// clauseEnds end a clause inside a sentence.
var clauseEnds = [...]string{"; ", ", ", ": ", " — ", " – "}

// cutAtClause cuts s to at most max runes after its last clause that
// fits, when that clause end lies in the second half of the room; else at
// a word boundary, as cutAtWord. A runaway sentence so ends on a clause.
func cutAtClause(s string, max int) string {
	room := cutAtWord(s, max)
	if len(room) == len(s) {
		return s
	}
	best := -1
	for _, e := range clauseEnds {
		if i := strings.LastIndex(room, e); i > best {
			best = i
		}
	}
	if best < 0 || utf8.RuneCountInString(room[:best]) < max/2 {
		return room
	}
	return strings.TrimRight(room[:best], " ,;:—–-")
}

// stripDatelineOnce is stripDateline(s), read from d when the text it
// last cut was s.
func (d *doc) stripDatelineOnce(s string) string {
	if d.dlSet && s == d.dlIn {
		return d.dlOut
	}
	out := stripDateline(s)
	d.dlIn, d.dlOut, d.dlSet = s, out, true
	return out
}

// stripDateline removes a leading dateline: an upper-case place, optional
// date and agency, then a dash ("MOSCOW, Dec 5 (Reuters) -"); a place and
// date ending in an agency between slashes ("MOSCOW, November 12. /TASS/.");
// or a place with a dated year before a dash ("Washington, D.C., August 26,
// 2005 -").
func stripDateline(s string) string {
	s = cutTimestamp(s)
	limit := min(len(s), 90)
	if rest, ok := cutDatedParen(s); ok {
		return rest
	}
	if rest, ok := cutAgencyParen(s[:limit]); ok {
		return strings.TrimSpace(s[len(s[:limit])-len(rest):])
	}
	if rest, ok := cutLeadingAgency(s); ok {
		// "(ANSA) - ROMA, 12 MAR - …": the place and date may follow.
		return stripDateline(rest)
	}
	if rest, ok := cutPlaceNumericDate(s); ok {
		return rest
	}
	if rest, ok := cutGluedAgency(s); ok {
		return rest
	}
	if rest, ok := cutSlashAgency(s[:limit]); ok {
		return strings.TrimSpace(strings.TrimLeft(s[len(s[:limit])-len(rest):], ".,:-–— "))
	}
	// Every dash below holds a '-' or the first byte of — and – (E2).
	noDash := strings.IndexByte(s[:limit], '-') < 0 && strings.IndexByte(s[:limit], 0xE2) < 0
	for _, dash := range [...]string{" - ", " — ", " – ", " -- "} {
		if noDash {
			break
		}
		i := strings.Index(s[:limit], dash)
		if i <= 0 {
			continue
		}
		head := s[:i]
		// The dateline starts with a place in capitals (MOSCOW, МИНСК).
		first := strings.FieldsFunc(head, func(r rune) bool { return r == ' ' || r == ',' || r == '(' })
		if len(first) == 0 {
			continue
		}
		w := first[0]
		if utf8.RuneCountInString(w) < 3 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
			if !(isUpperStart(w) && hasYear(head) && strings.Contains(head, ",") && isDateWords(head)) && !isSourceTag(head) && !isHeadedPlace(head) && !isUSPlaceHead(head) {
				continue
			}
		}
		rest := strings.TrimSpace(s[i+len(dash):])
		if isHeadedPlace(head) && !isUpperStart(rest) || isLabelledHeadline(head, rest) {
			continue
		}
		return rest
	}
	if rest, ok := cutMonthDay(s[:limit]); ok {
		return strings.TrimSpace(s[len(s[:limit])-len(rest):])
	}
	return s
}

// isHeadedPlace reports whether the text before a dateline's dash is a
// short heading glued to a place in capitals ("Cumhurbaşkanı Erdoğan'ın
// konuşması İSTANBUL", «Выступление президента МОСКВА»): at most six words
// without sentence punctuation, the last a place of four letters or more in
// capitals, no other word in capitals.
func isHeadedPlace(head string) bool {
	if strings.ContainsAny(head, ".!?:;\"«»“”") {
		return false
	}
	n, last, capsBefore := 0, "", false
	eachField(head, func(w string) bool {
		if last != "" && utf8.RuneCountInString(last) > 1 && isAllCaps(last) {
			capsBefore = true
		}
		n++
		last = w
		return n <= 6
	})
	last = strings.TrimRight(last, ",")
	return n >= 2 && n <= 6 && !capsBefore && utf8.RuneCountInString(last) >= 4 && isCapsWord(last)
}

// cutPlaceNumericDate strips a dateline of a capitalised place and a
// numeric date ("Brussels 21.11.2022 “The Union …", "Алматы, 05.03.2024.
// …"): one or two place words, then day.month.year.
func cutPlaceNumericDate(s string) (string, bool) {
	// The date is the second or third word, with two dots in it: a
	// sentence whose first three words hold fewer is refused unsplit.
	head := s
	for k, sp := 0, 0; k < len(s); k++ {
		if s[k] == ' ' {
			if sp++; sp == 3 {
				head = s[:k]
				break
			}
		}
	}
	if strings.Count(head, ".") < 2 {
		return "", false
	}
	f := strings.SplitN(s, " ", 4)
	for n := 1; n <= 2 && n < len(f); n++ {
		if !isUpperStart(f[n-1]) {
			return "", false
		}
		date := strings.TrimRight(f[n], ".,:")
		parts := strings.Split(date, ".")
		if len(parts) != 3 || len(parts[2]) != 4 && len(parts[2]) != 2 {
			continue
		}
		ok := true
		for _, p := range parts {
			if p == "" || len(p) > 4 || strings.IndexFunc(p, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
				ok = false
			}
		}
		if !ok {
			continue
		}
		// An empty rest: the dateline is the whole sentence ("Алматы, 05.03.2024.").
		return strings.TrimLeft(strings.Join(f[n+1:], " "), ".,:-–— "), true
	}
	return "", false
}

// linkMarkers are the link texts feeds append to a teaser ("…durchzusetzen.
// [mehr]"); they are cut from a summary sentence's end.
var linkMarkers = [...]string{"[mehr]", "[more]", "[…]", "[...]", "(more…)", "(more...)", "read more", "read full story", "read the full story", "подробнее ›", "подробнее", "continue reading...", "continue reading…"}

// adMarkers mark sponsored text at a sentence's end ("…потратили.
// *Партнерский материал"); they are cut too.
var adMarkers = [...]string{"*партнерский материал", "партнерский материал", "*на правах рекламы", "на правах рекламы", "*реклама", "sponsored content", "partner content", "paid content", "*anzeige"}

// agencyCodes are agencies and desk codes that close a wire story in
// brackets ("… libres par les observateurs internationaux. (Belga)",
// "… 4 ottobre. (segue) (Res)"); trimSentence cuts them.
var agencyCodes = [...]string{
	"res", "segue", "belga", "ansa", "agi", "afp", "dpa", "efe", "ap", "reuters", "xinhua", "upi", "lusa", "kyodo", "yonhap",
	"aa", "iha", "dha", "trend", "apa", "tass", "тасс", "риа", "ria", "interfax", "интерфакс", "kabar", "кабар", "dts", "kna",
	"askanews", "adnkronos", "lapresse", "italpress", "agenpress", "dire", "ukrinform", "укрінформ", "unian", "уніан", "унн", "anka", "anp", "sda", "ats", "epd", "kna", "ep",
}

// isAgencyCode reports whether w is one of agencyCodes, in any case.
func isAgencyCode(w string) bool {
	if !agencyCodesFirst.mayFoldOpen(w) {
		return false
	}
	for _, c := range agencyCodes {
		if equalFold(w, c) {
			return true
		}
	}
	return false
}

// cutAgencyCode cuts bracketed agency codes of agencyCodes from the end of
// s, with the space before them.
func cutAgencyCode(s string) string {
	for strings.HasSuffix(s, ")") {
		i := strings.LastIndexByte(s, '(')
		if i < 0 || len(s)-i > 12 {
			return s
		}
		code := s[i+1 : len(s)-1]
		found := false
		for _, c := range agencyCodes {
			if !agencyCodesFirst.mayFoldOpen(code) {
				break // no code opens with code's first byte
			}
			if equalFold(code, c) {
				found = true
				break
			}
		}
		if !found || strings.TrimSpace(s[:i]) == "" {
			return s
		}
		s = strings.TrimRight(s[:i], " ")
	}
	return s
}

// cutCodeTags cuts bracketed initials and agency codes that stand outside
// the sentence they are glued to, wherever the feed glued them: after its
// closing punctuation ("… zu. (ch)", "…said.[sg]", "… споров. (ав/тасс)"),
// between a story's closing sentence and the next one ("… beschlossen.
// (ots) Der Rat …"), or before its first word ("(dpa) Die Stadt …"). The
// codes need not be known ones: a tag of one to three parts of two to five
// letters ("ch", "sg/dpa", "AFP, ots") outside a sentence is no word of
// it; before the first word an unknown one must be in capitals, an
// outlet's code ("(RP) Nach zweijährigen Bauarbeiten …"). A bracket after a word belongs to its sentence ("… the alliance
// (NATO).") and stays; so does a tag with nothing around it.
func cutCodeTags(s string, afterStop bool) string {
	if strings.IndexByte(s, '(') < 0 && strings.IndexByte(s, '[') < 0 {
		return s // most sentences: no bracket at all
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '(' && c != '[' {
			continue
		}
		closer := byte(')')
		if c == '[' {
			closer = ']'
		}
		j := strings.IndexByte(s[i+1:], closer)
		if j < 0 {
			break
		}
		j += i + 1
		before := strings.TrimRight(s[:i], " \t")
		after := strings.TrimLeft(s[j+1:], " \t")
		if before == "" && after == "" || before != "" && !endsSentence(before) ||
			after != "" && !opensSentence(after) || !isCodeTag(s[i+1:j], before == "" && !afterStop && !isAllCaps(s[i+1:j])) {
			i = j
			continue
		}
		switch {
		case before == "":
			s, i = after, -1
		case after == "":
			return before
		default:
			s, i = before+" "+after, len(before)
		}
	}
	return s
}

// cutTitleHead cuts the page's headline glued in front of the lede's first
// sentence ("Council backs ferry plan 05.12.2026 The harbour board …",
// «Дума одобрила мост | Городская дума …»): the headline whole, then no
// letter, then text that opens and reads as a sentence, with a finite verb
// (summary_verb.go). A lede that merely opens with the headline's words
// runs on in lower case or with a comma, or without a verb of its own
// ("Police arrest man Peter Smith in Leeds"), and stays; a stamp left
// after the headline is cut by the stamp rules that follow. The headline
// may stand under the page's chrome kept on its line (a kicker in capitals
// "RUA IMPERIAL <headline> <lede>", a breadcrumb; isChromeHead), which
// goes with it.
//
// A headline of two sentences ("Crash in Leeds. Two people in hospital")
// is split by the splitter, its first sentence passed over as too short:
// its last sentence, of three words or more, is looked for in front of
// the lede the same way. An outlet's code in capitals between the
// headline and a stamp ("… in hospital BBC 09.01.2024 07:49 Police …")
// goes with the headline.
func (d *doc) cutTitleHead(s string) string {
	t := d.title
	if len(t) < 12 || len(s) < len(t)+20 {
		if tail := titleTail(t); tail != "" && len(s) >= len(tail)+20 && equalFold(s[:len(tail)], tail) {
			t = tail
		} else {
			return s
		}
	} else if tail := titleTail(t); tail != "" && !equalFold(s[:len(t)], t) && equalFold(s[:len(tail)], tail) {
		t = tail
	}
	h := s // the headline and what follows it
	if s[0]|0x20 != t[0]|0x20 || !equalFold(s[:len(t)], t) {
		// The headline under a few words of chrome: looked for at the
		// starts of the sentence's first words only.
		i := titleAfterWords(s, t, maxChromeWords)
		if i <= 0 || countLetterWords(s[:i]) > maxChromeWords || !d.isChromeHead(s[:i]) {
			return s // most sentences: no headline in front
		}
		h = s[i:]
		if len(h) < len(t)+20 {
			return s
		}
	}
	r, _ := utf8.DecodeRuneInString(h[len(t):])
	l := verbLangOf(d.lang, d.ru)
	if l == vlNone || unicode.IsLetter(r) || unicode.IsDigit(r) || countWordsUpTo(t, 3) < 3 {
		return s
	}
	rest := strings.TrimLeft(h[len(t):], " \t|–—-:·•/")
	if sp := strings.IndexByte(rest, ' '); sp >= 2 && sp <= 8 && sp+1 < len(rest) && isDigitByte(rest[sp+1]) && isAllCaps(rest[:sp]) {
		rest = rest[sp+1:] // "RDC 09.01.2024 07:49 …": the outlet's code before a stamp
	}
	if !opensSentence(rest) || countWordsUpTo(rest, minSummaryWords) < minSummaryWords || !hasVerbCue(rest, l) {
		return s
	}
	return rest
}

// isTitleHead reports whether text is the first sentence of a headline of
// two ("Crash on the bypass." of "Crash on the bypass. Three people taken
// to hospital"), printed again over the lede; cutTitleHead cuts the
// second from the lede's front.
func (d *doc) isTitleHead(text string) bool {
	tail := titleTail(d.title)
	if tail == "" || len(text) != len(d.title)-len(tail)-1 {
		return false
	}
	return equalFold(text, d.title[:len(text)])
}

// titleTail returns the last sentence of a headline of two or more
// ("Crash in Leeds. Two people in hospital" gives "Two people in
// hospital") when it is twelve bytes and three words or more, else "".
func titleTail(t string) string {
	i := strings.LastIndex(t, ". ")
	if i < 0 {
		return ""
	}
	tail := t[i+2:]
	if len(tail) < 12 || countWordsUpTo(tail, 3) < 3 {
		return ""
	}
	return tail
}

// titleAfterWords returns where title t starts in s after one to n words
// (the starts of the words that follow the first n spaces), or -1.
func titleAfterWords(s, t string, n int) int {
	i := 0
	for k := 0; k < n; k++ {
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			return -1
		}
		i += j + 1
		if i+len(t) > len(s) {
			return -1
		}
		if (s[i]|0x20 == t[0]|0x20 || s[i] >= utf8.RuneSelf && t[0] >= utf8.RuneSelf) && equalFold(s[i:i+len(t)], t) {
			return i
		}
	}
	return -1
}

// cutClosingTag cuts an author's initials or an agency's code written in
// lower case in brackets before the full stop that closes a paragraph ("…
// eine zweite Fährlinie beschlossen (ch).", "… через реку (ав/тасс)."): a
// tag of isCodeTag without a capital. Abbreviations in capitals belong to
// the sentence ("… joined the alliance (NATO).") and stay.
func cutClosingTag(s string) string {
	n := len(s)
	if n < 8 || s[n-1] != '.' || s[n-2] != ')' && s[n-2] != ']' {
		return s // most sentences
	}
	open := strings.LastIndexAny(s[:n-2], "([")
	if open <= 0 || s[open-1] != ' ' {
		return s
	}
	tag := s[open+1 : n-2]
	if !isCodeTag(tag, false) || strings.IndexFunc(tag, unicode.IsUpper) >= 0 {
		return s
	}
	return strings.TrimRight(s[:open], " ") + "."
}

// isCodeTag reports whether t, the inside of a bracket, is a tag of
// initials or agency codes: one to three parts of two to five letters,
// separated by a slash or a comma; when known is set, each part must be
// one of agencyCodes.
func isCodeTag(t string, known bool) bool {
	if len(t) < 2 || len(t) > 40 {
		return false
	}
	parts := 0
	for len(t) > 0 {
		k := strings.IndexAny(t, "/,")
		part := t
		if k >= 0 {
			part, t = t[:k], t[k+1:]
		} else {
			t = ""
		}
		part = strings.TrimSpace(part)
		n := 0
		for _, r := range part {
			if !unicode.IsLetter(r) {
				return false
			}
			n++
		}
		if n < 2 || n > 5 || known && !isAgencyCode(part) {
			return false
		}
		if parts++; parts > 3 {
			return false
		}
	}
	return true
}

// endsSentence reports whether s ends a sentence: on a full stop, a
// question or exclamation mark or an ellipsis, perhaps inside a closing
// quotation mark.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'»”’")
	if strings.HasSuffix(s, "…") {
		return true
	}
	return s != "" && strings.IndexByte(".!?", s[len(s)-1]) >= 0
}

// opensSentence reports whether s opens as a sentence does: with a
// capital, a digit or an opening quotation mark.
func opensSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isUpperOrDigit(r) || strings.ContainsRune("\"«“„'", r)
}

// cutClosingPlace cuts a place in capitals that Turkish agencies print
// after a dash at a story's end ("… ifadelerini kullandı. - BİŞKEK").
func cutClosingPlace(s string) string {
	// Only a dash in the last 40 bytes counts, and the last one there is
	// the last of s: the search starts there.
	tail := max(0, len(s)-40)
	i := strings.LastIndex(s[tail:], " - ")
	if i < 0 {
		return s
	}
	i += tail
	place := s[i+3:]
	if !isAllCaps(place) || countWordsUpTo(place, 4) > 3 || utf8.RuneCountInString(place) < 3 {
		return s
	}
	return strings.TrimRight(s[:i], " ")
}

// trimMarkerEnds holds the last bytes of every case form of the last rune of
// each link and ad marker: a sentence ending in another byte ends in no
// marker, whatever its case.
var trimMarkerEnds = func() (b byteSet) {
	for _, set := range [...][]string{linkMarkers[:], adMarkers[:]} {
		for _, m := range set {
			r, _ := utf8.DecodeLastRuneInString(m)
			for f := r; ; {
				e := string(f)
				c := e[len(e)-1]
				b[c>>6] |= 1 << (c & 63)
				if f = unicode.SimpleFold(f); f == r {
					break
				}
			}
		}
	}
	return b
}()

// trimMarkers are linkMarkers and adMarkers in the order trimSentence
// tries them, and trimMarkersByEnd[c] the indices there (ascending) of
// those a text ending in byte c may end with, whatever its case (as
// trimMarkerEnds): a sentence ending in "." is compared with the one
// marker ending so, not with all of them.
var trimMarkers = func() []string {
	return append(append([]string(nil), linkMarkers[:]...), adMarkers[:]...)
}()

var trimMarkersByEnd = func() (t [256][]uint8) {
	for i, m := range trimMarkers {
		r, _ := utf8.DecodeLastRuneInString(m)
		var seen byteSet
		for f := r; ; {
			e := string(f)
			if c := e[len(e)-1]; !seen.has(c) {
				seen[c>>6] |= 1 << (c & 63)
				t[c] = append(t[c], uint8(i))
			}
			if f = unicode.SimpleFold(f); f == r {
				break
			}
		}
	}
	return t
}()

// trimSentence cuts link and advertising markers, closing agency codes and
// places from the end of a summary sentence.
func trimSentence(s string) string {
	s = cutGluedCounter(s)
	s = cutTickerMarks(cutClosingPlace(cutAgencyCode(cutCodeTags(s, false))))
	for changed := true; changed; {
		changed = false
		if len(s) == 0 || !trimMarkerEnds.has(s[len(s)-1]) {
			break // no marker ends so
		}
		// The markers are tried in order, each on what the ones before
		// left; only those that may end the text's last byte are compared.
		for k := 0; len(s) > 0; {
			next := -1
			for _, j := range trimMarkersByEnd[s[len(s)-1]] {
				if int(j) >= k {
					next = int(j)
					break
				}
			}
			if next < 0 {
				break
			}
			if m := trimMarkers[next]; len(s) >= len(m) && equalFold(s[len(s)-len(m):], m) {
				s = strings.TrimRight(s[:len(s)-len(m)], " \t-–—|")
				changed = true
			}
			k = next + 1
		}
	}
	return s
}

// cutGluedCounter cuts a gallery's picture number glued to the full stop
// of the caption before it ("… un immeuble en flammes.2. Très vite …",
// «… охватил крышу.3. Пожарные …»; the splitter ends the sentence after
// the number): a word of three letters or more in lower case, a full
// stop, one or two digits and a full stop close the sentence. "No.2." has
// too short a word.
func cutGluedCounter(s string) string {
	n := len(s)
	if n < 8 || s[n-1] != '.' || !isDigitByte(s[n-2]) {
		return s // most sentences
	}
	i := n - 2
	if isDigitByte(s[i-1]) {
		i--
	}
	if s[i-1] != '.' {
		return s
	}
	letters := 0
	for _, r := range s[max(0, i-1-12) : i-1] {
		if unicode.IsLower(r) {
			letters++
		} else {
			letters = 0
		}
	}
	if letters < 3 {
		return s
	}
	return s[:i]
}

// bylineWords open an author line in the corpus's languages: "By Jane
// Smith", "Von Jana Sinram.", "Por Ana Silva e João Costa", "Par Marie
// Dupont", "Di Marco Rossi", "От Иван Петров" is rare but "Автор Иван
// Петров" is not.
var bylineWords = [...]string{"by", "von", "por", "par", "di", "автор", "авторы", "текст"}

// isBylineWord reports whether w is one of bylineWords in any case,
// without allocating.
func isBylineWord(w string) bool {
	if len(w) < 2 || !bylineWordsFirst.mayFoldOpen(w) {
		return false
	}
	for _, k := range bylineWords {
		if len(k) == len(w) && equalFold(w, k) {
			return true
		}
	}
	return false
}

// nameJoiners join the names of a byline ("Por Ana Silva e João Costa").
var nameJoiners = map[string]bool{"and": true, "und": true, "e": true, "y": true, "et": true, "и": true, "і": true, "ve": true, "&": true}

// isByline reports whether s (a paragraph or a sentence) is only an author
// line: a byline word, then at most six capitalised name words, initials or
// joiners, with nothing after but a full stop or an agency ("By X – Trend").
func isByline(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), ".:")
	if len(s) > 160 {
		return false
	}
	// Most paragraphs fail on their first word: look at it before
	// splitting the rest.
	first := s
	if i := strings.IndexByte(s, ' '); i > 0 {
		first = s[:i]
	}
	if len(first) > 12 || !isBylineWord(first) {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 9 {
		return false
	}
	names := 0
	for _, w := range words[1:] {
		lw := strings.ToLower(w)
		if nameJoiners[lw] || w == "-" || w == "–" || w == "—" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, ".!?") && !isInitial(w) {
			return false
		}
		names++
	}
	return names >= 1 && names <= 6
}

// pieceKinds name a piece before "von"/"by" in a teaser's credit ("Ein
// Bericht von Sebastian Grüner", "An analysis by Jane Smith").
var pieceKinds = [...]string{
	"ein bericht ", "ein test ", "eine analyse ", "ein kommentar ", "eine rezension ", "ein essay ", "ein interview ", "eine reportage ", "ein überblick ",
	"a report ", "an analysis ", "a review ", "a commentary ", "an essay ", "an interview ",
}

// isCreditLine reports whether a sentence credits the piece's author:
// a byline, also when a kind of piece opens it or a bracketed list of
// tags closes it ("Von Stefan Krempl (Facebook, Soziales Netz)").
func isCreditLine(s string) bool {
	if isByline(s) {
		return true
	}
	t := s
	if strings.HasSuffix(t, ")") {
		if i := strings.LastIndexByte(t, '('); i > 0 && isParenTags(t[i:]) {
			t = strings.TrimRight(t[:i], " ")
		}
	}
	for _, k := range pieceKinds {
		if !pieceKindsFirst.mayFoldOpen(t) {
			break // no kind of piece opens with t's first byte
		}
		if len(t) > len(k) && equalFold(t[:len(k)], k) {
			t = t[len(k):]
			break
		}
	}
	return len(t) < len(s) && isByline(t)
}

// isInitial reports whether w is an initial such as "I." or "J.-P.".
func isInitial(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n <= 2 && strings.HasSuffix(w, ".")
}

// stripBylinePrefix removes an agency byline that opens a lead: "By Umid
// Niayesh - Trend:Iranian deputy…", "/By AzerNews/By Mushvig Mehdiyev The…"
// keeps only what follows the colon or the agency slashes.
func stripBylinePrefix(s string) string {
	// A dateline glued to the byline: "Baku, Azerbaijan, Apr. 27By Umid
	// Niayesh - Trend:Iranian…".
	if i := strings.Index(s[:min(len(s), 60)], "By "); i > 0 {
		limit := min(len(s), i+80)
		if j := strings.IndexByte(s[i:limit], ':'); j > 0 && isByline(s[i:i+j]) {
			return strings.TrimSpace(s[i+j+1:])
		}
	}
	if rest, ok := cutBylineDateline(s); ok {
		return rest
	}
	for _, p := range [...]string{"/by ", "by "} {
		if len(s) < len(p) || !equalFold(s[:len(p)], p) {
			continue
		}
		limit := min(len(s), 80)
		if i := strings.IndexByte(s[:limit], ':'); i > 0 && isByline(strings.Trim(s[:i], "/ ")) {
			return strings.TrimSpace(s[i+1:])
		}
	}
	return s
}

// captionSides are the positions a caption gives for people in a picture.
var captionSides = [...]string{
	"(left)", "(right)", "(centre)", "(center)", "(pictured)", "(file photo)",
	"(слева)", "(справа)", "(в центре)", "(на фото)", "(зліва)", "(links)", "(rechts)", "(mitte)",
	"(à gauche)", "(à droite)", "(izquierda)", "(derecha)", "(esquerda)", "(direita)", "(a sinistra)", "(a destra)",
	"(l)", "(l-r)", "(from left)", "(second left)", "(second right)", "(слева направо)", "(зліва направо)", "(von links)",
	"(de gauche à droite)", "(de izquierda a derecha)", "(da esquerda para a direita)", "(da sinistra)", "(soldan sağa)",
}

// creditMarks introduce a picture credit; a short paragraph that ends in one
// ("… in Almaty on Monday. Photo: Akorda", "Lula - Foto: Ricardo Stuckert")
// is a caption, not text.
var creditMarks = [...]string{
	"photo:", "photo by", "photos:", "image credit", "credit:", "photograph:", "illustration:",
	"фото:", "фото -", "фото —", "кадр из видео", "иллюстрация:", "foto:", "fotos:", "bild:", "(vídeo:", "(video:", "(foto:",
	"reprodução/", "getty images", "reuters/", "afp/", "afp via", "via reuters", "handout via", "ap photo", "epa-efe", "/tass", "/тасс",
	"efe/", "bildrechte:", "© apa", "© dpa", "скриншот видео", "скриншот:",
	"crédito:", "créditos:", "crédito foto", "crédit photo", "crédit:", "credito:",
	"photo :", "photo\u00a0:", "crédit :", "crédit\u00a0:", // French print: a space before the colon
	// An agency in square brackets closing a caption ("… since 1989 [AP]").
	"[ap]", "[afp]", "[reuters]", "[epa]", "[efe]", "[getty", "[ap photo", "[afp/getty", "[al jazeera]",
}

// captionEnds are credits that close a caption as a sentence of their own
// ("… во время подписи документов. Архивное фото", "… (Imagem meramente
// ilustrativa/Imprensa TJRS)"). Inside a sentence the same words are news
// ("Police released an archive photo of the suspect").
var captionEnds = [...]string{
	"архивное фото", "архівне фото", "иллюстративное фото", "ілюстративне фото", "фото из архива", "фото из открытых источников", "фото з відкритих джерел",
	"file photo", "archive photo", "illustrative photo", "illustrative image", "archivbild", "archivfoto", "symbolbild",
	"foto de archivo", "imagen de archivo", "imagem ilustrativa", "imagem meramente ilustrativa", "foto ilustrativa",
	"foto d'archivio", "foto di archivio", "photo d'archives", "photo d'illustration", "arşiv fotoğrafı", "temsili fotoğraf",
}

// captionEndPairs holds the first two bytes of every captionEnd.
var captionEndPairs = newBytePairs(captionEnds[:])

// lastDotSpace is strings.LastIndex(t, ". ") through the dots alone.
func lastDotSpace(t string) int {
	for j := len(t); ; {
		i := strings.LastIndexByte(t[:j], '.')
		if i < 0 {
			return -1
		}
		if i+1 < len(t) && t[i+1] == ' ' {
			return i
		}
		j = i
	}
}

// endsInCredit reports whether the last sentence of a lower-cased
// paragraph, or its part after a dash, is a credit of captionEnds, alone or
// in brackets, of at most six words.
func endsInCredit(lower string) bool {
	t := lower // strings.TrimRight(lower, ". )") without building the set per call
	for len(t) > 0 && (t[len(t)-1] == '.' || t[len(t)-1] == ' ' || t[len(t)-1] == ')') {
		t = t[:len(t)-1]
	}
	last := t
	if i := lastDotSpace(t); i >= 0 {
		last = t[i+2:]
	}
	// The credit may follow a dash inside the caption's sentence ("La
	// portavoz durante la rueda de prensa - Foto de archivo, PÚBLICO").
	tail := last[max(0, len(last)-72):]
	// A hyphen is looked for only if the tail holds one, and – and — only
	// if it holds their first byte E2.
	hyphen, e2 := strings.IndexByte(tail, '-') >= 0, strings.IndexByte(tail, 0xE2) >= 0
	for k, dash := range [...]string{" - ", " – ", " — "} {
		if k == 0 && !hyphen || k > 0 && !e2 {
			continue
		}
		if i := strings.LastIndex(tail, dash); i >= 0 {
			last = tail[i+len(dash):]
			break
		}
	}
	for len(last) > 0 && (last[0] == '(' || last[0] == ' ') { // strings.TrimLeft(last, "( ")
		last = last[1:]
	}
	if !captionEndPairs.mayOpen(last, 0) {
		return false
	}
	for _, m := range captionEnds {
		if strings.HasPrefix(last, m) && wordBounded(last, 0, len(m)) {
			// Counted only here: this runs for every short paragraph.
			return countWordsUpTo(last, 7) <= 6
		}
	}
	return false
}

// isParenCredit reports whether a sentence is only a bracketed credit with
// a slash: "(Imprensa TJRS/Divulgação).", "(EFE/Presidência)".
func isParenCredit(s string) bool {
	s = strings.TrimRight(s, ". ")
	return len(s) < 120 && strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") && strings.IndexByte(s, '/') > 0 &&
		strings.IndexByte(s[1:len(s)-1], '(') < 0 && countWordsUpTo(s, 9) <= 8
}

// isCaptionText is isCaption for text in its own case; it lower-cases only
// what isCaption reads, with lw.
func isCaptionText(s string, lw *lowerer) bool {
	if len(s) > 400 {
		return false
	}
	if strings.IndexByte(s, '(') >= 0 || strings.IndexByte(s, '|') >= 0 {
		return isCaption(lw.lower(s))
	}
	tail := s
	if len(tail) > 80 {
		cut := len(tail) - 80
		for cut < len(tail) && !utf8.RuneStart(tail[cut]) {
			cut++
		}
		tail = tail[cut:]
	}
	return isCaption(lw.lower(tail))
}

// creditByByte indexes creditMarks by their first byte, so isCaption looks
// at each word start of a paragraph's tail once.
var creditByByte = func() (t [256][]string) {
	for _, m := range creditMarks {
		t[m[0]] = append(t[m[0]], m)
	}
	return t
}()

// creditPairs holds the first two bytes of every creditMark.
var creditPairs = newBytePairs(creditMarks[:])

// isCaption reports whether a paragraph (lower-cased, at most 400 bytes)
// is a picture caption or credit: it places people "(left)", or a credit
// mark sits in its last 80 bytes, or it ends in a "| credit" part.
func isCaption(lower string) bool {
	if len(lower) > 400 {
		return false
	}
	// Every side opens with a bracket: only the brackets are looked at.
	for j := 0; ; {
		i := strings.IndexByte(lower[j:], '(')
		if i < 0 {
			break
		}
		j += i
		for _, m := range captionSides {
			if strings.HasPrefix(lower[j:], m) {
				return true
			}
		}
		j++
	}
	tail := lower
	if len(tail) > 80 {
		cut := len(tail) - 80
		for cut < len(tail) && !utf8.RuneStart(tail[cut]) {
			cut++
		}
		tail = tail[cut:]
	}
	if strings.Contains(tail, "©") {
		return true // "… пошутил над журналисткой© Пул": a copyright credit, glued or not
	}
	if endsInCredit(lower) {
		return true
	}
	for i := 0; i < len(tail); i++ {
		// A mark starts a word: the byte before is no ASCII letter and no
		// part of a multi-byte letter.
		if i > 0 && (isASCIILetter(tail[i-1]) || tail[i-1] >= 0x80) || !creditPairs.mayOpen(tail, i) {
			continue
		}
		for _, m := range creditByByte[tail[i]] {
			if strings.HasPrefix(tail[i:], m) {
				return true
			}
		}
	}
	if isDeskCredit(tail) {
		return true
	}
	if strings.IndexByte(lower, '|') < 0 {
		return false
	}
	if i := strings.LastIndex(lower, " | "); i > 0 {
		rest := strings.Fields(lower[i+3:])
		if len(rest) > 0 && len(rest) <= 6 && !strings.ContainsAny(lower[i+3:], ".!?") {
			return true // "… respectively | Ricardo Stuckert/Planalto"
		}
	}
	return false
}

// reportVerbs end a teaser that names who reports the piece ("Was das für
// die Menschen bedeutet, berichtet Lissy Kaufmann.", "…, reports Lyse
// Doucet.", "…, рассказывает Анна Петрова.").
var reportVerbs = map[string]bool{
	"reports": true, "explains": true, "berichtet": true, "berichten": true, "erklärt": true, "erzählt": true,
	"raconte": true, "relata": true, "informa": true, "racconta": true, "рассказывает": true, "рассказывают": true, "розповідає": true,
}

// isReporterTeaser reports whether a sentence ends in a reporting verb and
// a two-word capitalised name: a credit for the piece, not its news.
func isReporterTeaser(s string) bool {
	s = strings.TrimRight(s, ".!… ")
	var w [3]string // the last three words, last first
	for k := range w {
		i := strings.LastIndexByte(s, ' ')
		if i < 0 {
			return false
		}
		w[k], s = s[i+1:], strings.TrimRight(s[:i], " ")
	}
	for _, x := range w[:2] {
		r, _ := utf8.DecodeRuneInString(x)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	verb := strings.Trim(w[2], ",;:")
	for k := range reportVerbs {
		if equalFold(verb, k) {
			return true
		}
	}
	return false
}

// repeatsCaption reports whether a sentence repeats a caption of the
// article: pages often print a caption twice, once with its credit and once
// without ("Lula e Trump durante discursos…"). The sentence's own
// paragraph (own) is no other caption: a lede read out of a paragraph
// taken for a credit (isLedeOverCredit) does not repeat itself.
func (d *doc) repeatsCaption(s string, own int32) bool {
	s = strings.TrimRight(s, ". ")
	if len(s) < 20 {
		return false
	}
	for pi, p := range d.paras {
		if p.kind == pCredit && int32(pi) != own && strings.Contains(d.body[p.s:p.e], s) {
			return true
		}
	}
	return false
}

// cutSlashAgency finds an agency between slashes (/TASS/, /ТАСС/, /AKIpress/)
// after an upper-case place at the start of s and returns what follows it.
// A place in ordinary case counts when a numeric date follows it
// ("Ташкент, 27.11.23. /Толонбай Курбанов – Кабар/."): the slashes then may
// hold a reporter's name with the agency.
func cutSlashAgency(s string) (string, bool) {
	i := strings.IndexByte(s, '/')
	if i <= 0 {
		return "", false
	}
	first := s[:i]
	if k := strings.IndexAny(first, " ,"); k >= 0 {
		first = first[:k]
	}
	if utf8.RuneCountInString(first) < 3 || strings.ToLower(first) == first {
		return "", false
	}
	caps := strings.ToUpper(first) == first
	if !caps && !(isUpperStart(first) && hasNumericDate(s[len(first):i])) {
		return "", false
	}
	j := strings.IndexByte(s[i+1:], '/')
	if j <= 1 {
		return "", false
	}
	if caps && (j > 20 || strings.ContainsAny(s[i+1:i+1+j], " .")) {
		return "", false
	}
	if !caps && (j > 50 || strings.Count(s[i+1:i+1+j], " ") > 5) {
		return "", false
	}
	return s[i+j+2:], true
}

// hasNumericDate reports whether s, the text between a place and an agency,
// is a date written with digits: "27.11.23", "30 апр", "12 ноября".
func hasNumericDate(s string) bool {
	s = strings.Trim(s, " ,.")
	return s != "" && len(s) <= 24 && isDigitByte(s[0])
}

// monthAbbrev are English month names and abbreviations as wire datelines
// write them ("ALMATY Oct 3 The head of…").
var monthAbbrev = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "may": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
}

// cutMonthDay strips a wire dateline without a dash: a place in capitals,
// a month and a day ("ALMATY Oct 3 The head of…", "LONDON, March 5 A
// court…"), and returns the rest.
func cutMonthDay(s string) (string, bool) {
	// Most sentences open with no word in capitals: decide that before
	// splitting.
	end := strings.IndexAny(s, " ,")
	if end < 3 || !isAllCaps(s[:end]) {
		return "", false
	}
	f := strings.Fields(s)
	if len(f) < 3 {
		return "", false
	}
	place := strings.TrimRight(f[0], ",")
	if utf8.RuneCountInString(place) < 3 || strings.ToUpper(place) != place || strings.ToLower(place) == place {
		return "", false
	}
	k := 1
	// A second capitalised word of the place (NEW YORK, ALMATY, Kazakhstan).
	if !monthAbbrev[strings.ToLower(strings.TrimRight(f[k], ".,"))] && isUpperStart(f[k]) && strings.HasSuffix(f[0], ",") == strings.HasSuffix(f[k], ",") {
		k++
	}
	if k+1 >= len(f) || !monthAbbrev[strings.ToLower(strings.TrimRight(f[k], ".,"))] {
		return "", false
	}
	day := strings.TrimRight(f[k+1], ".,")
	if day == "" || len(day) > 2 || !isDigitByte(day[0]) || !isDigitByte(day[len(day)-1]) {
		return "", false
	}
	if k+2 == len(f) {
		return "", true // the dateline is the whole sentence ("ASTANA, Kazakhstan, June 16.")
	}
	if !isUpperStart(f[k+2]) {
		return "", false // "NATO May 5 meeting…": the day belongs to the sentence
	}
	i := strings.Index(s, f[k+1])
	return s[i+len(f[k+1]):], true
}

// cutDatedParen strips a leading parenthesis that dates the piece ("(Di
// sabato 23 marzo 2019) Il 19 marzo…", "(12.03.2024) …").
func cutDatedParen(s string) (string, bool) {
	if !strings.HasPrefix(s, "(") {
		return "", false
	}
	j := strings.IndexByte(s, ')')
	if j < 0 || j > 48 || !hasYear(s[:j]) || !hasDayNumber(s[1:j]) {
		return "", false
	}
	rest := strings.TrimSpace(s[j+1:])
	if countWords(rest) < minSummaryWords {
		return "", false
	}
	return rest, true
}

// sourcePrefixes open a line that credits where a story comes from
// ("Источник: Комсомольская правда", "Джерело: кореспондент …", «Читати
// новину на сайті "Delo.ua"»).
var sourcePrefixes = [...]string{
	"source:", "source :", "источник:", "джерело:", "quelle:", "fuente:", "fonte:", "kaynak:",
	// "Read the story on the outlet's site": where it comes from.
	"читати новину на сайті", "читать новость на сайте", "читать полностью на сайте", "read the full story at", "read the full story on", "read more at",
}

// isSourceLine reports whether a sentence is a source credit: it tells
// where the news comes from, not the news. The paragraph still counts for
// countries and story matching.
func isSourceLine(s string) bool {
	if !sourcePrefixesFirst.mayFoldOpen(s) {
		return false
	}
	for _, p := range sourcePrefixes {
		if len(s) >= len(p) && equalFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// cutAgencyParen strips a dateline of a capitalised place, an optional
// date and an agency in brackets followed by a dash, glued or not, as
// Spanish, German and Russian wires write it ("Moscú, 12 nov (EFE).- El
// presidente…", "Berlin (dpa) - …", "Москва, 12 ноября (ТАСС).— …",
// "Puerto Iguazú (Argentina), (EFE).- …", "Ciudad de México, 12 de
// diciembre (Europa Press).- …"): a place and a date before the bracket
// (isDatelineHead), an agency inside (isAgencyName, isLeadingAgency).
func cutAgencyParen(s string) (string, bool) {
	i := strings.IndexByte(s, '(')
	if i <= 0 || !isUpperStart(s) {
		return "", false
	}
	j := strings.IndexByte(s[i:], ')')
	if j < 3 {
		return "", false
	}
	// A place may carry its region in brackets before the agency's
	// ("Puerto Iguazú (Argentina), (EFE).-"): the first bracket is then
	// part of the place.
	place := s[:i]
	if after := strings.TrimLeft(s[i+j+1:], ", "); strings.HasPrefix(after, "(") && !strings.ContainsAny(s[i+1:i+j], "()") {
		k := strings.IndexByte(after, ')')
		if k < 3 {
			return "", false
		}
		place = strings.TrimRight(s[:i], " ")
		i = len(s) - len(after)
		j = k
	}
	agency := s[i+1 : i+j]
	if !isDatelineHead(s[:i]) || !isAgencyName(agency, isPlaceWords(place)) && !isLeadingAgency(agency) {
		return "", false
	}
	rest := strings.TrimLeft(s[i+j+1:], ". ")
	for _, dash := range [...]string{"-", "—", "–"} {
		if r, ok := strings.CutPrefix(rest, dash); ok {
			return strings.TrimLeft(r, " "), true
		}
	}
	return "", false
}

// isDatelineHead reports whether the text before a dateline's agency is
// short enough to be a place and a date: at most five words, or at most
// ten when a place of capitalised words before a comma is followed by a
// date with a number ("Bogotá, 5 de marzo de 2024", "Ciudad de México, 12
// de diciembre").
func isDatelineHead(h string) bool {
	n := 0
	eachField(h, func(string) bool { n++; return n <= 10 })
	if n <= 5 {
		return true
	}
	c := strings.IndexByte(h, ',')
	if n > 10 || c <= 0 || strings.IndexFunc(h[c:], func(r rune) bool { return r >= '0' && r <= '9' }) < 0 {
		return false
	}
	first := true
	return eachField(h[:c], func(w string) bool {
		// "Ciudad de México", "Rio de Janeiro": the particles between
		// capitalised words are lower case.
		ok := isUpperStart(w) || !first && len(w) <= 3
		first = false
		return ok
	})
}

// agencyNouns name a news agency after its name in a dateline's brackets
// ("Hannover (dts Nachrichtenagentur) –", "(Agencia EFE)").
var agencyNouns = [...]string{"nachrichtenagentur", "presseagentur", "agency", "agence", "agencia", "agência", "agenzia", "ajansı", "агентство"}

// isAgencyName reports whether the text in a dateline's brackets names an
// agency: one capitalised word of at most ten letters (EFE, ТАСС), an
// agency of agencyCodes in any case ("dpa", "askanews"),
// or, after a place (placeWords), at most three words one of which is an
// agency noun.
func isAgencyName(a string, placeWords bool) bool {
	if utf8.RuneCountInString(a) <= 10 && !strings.ContainsAny(a, " ,.") && (isUpperStart(a) || isAgencyCode(a)) {
		return true
	}
	if !placeWords || len(a) > 40 || strings.ContainsAny(a, ",.") || countWordsUpTo(a, 4) > 3 {
		return false
	}
	for _, n := range agencyNouns {
		if i := indexFold(a, n); i >= 0 && wordBounded(a, i, i+len(n)) {
			return true
		}
	}
	return false
}

// isPlaceWords reports whether s is one to three capitalised words, as a
// dateline's place ("Hannover", "Rio de Janeiro" is not; "New York" is).
func isPlaceWords(s string) bool {
	n := 0
	return eachField(s, func(w string) bool {
		n++
		return isUpperStart(w)
	}) && n >= 1 && n <= 3
}

// cutGluedAgency strips a dateline of a place and an agency in capitals
// joined by a full stop, with no dash after them, as Kazinform writes it
// ("NUR-SULTAN.KAZINFORM On December 3…", «АСТАНА.КАЗИНФОРМ
// Правительство…»): both parts of at least three letters, all capitals,
// then a capitalised word. "U.S. officials" has one-letter parts.
func cutGluedAgency(s string) (string, bool) {
	i := strings.IndexByte(s, '.')
	if i < 3 || i > 40 {
		return "", false
	}
	place := s[:i]
	rest := strings.TrimLeft(s[i+1:], " ")
	j := strings.IndexByte(rest, ' ')
	if j < 3 {
		return "", false
	}
	agency := rest[:j]
	if !isCapsWord(place) || !isCapsWord(agency) {
		return "", false
	}
	text := strings.TrimLeft(rest[j:], " ")
	if !isUpperStart(text) {
		return "", false
	}
	return text, true
}

// isCapsWord reports whether w is a word of three or more letters (hyphens
// and spaces allowed inside) written all in capitals.
func isCapsWord(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '-' || r == ' ':
		default:
			return false
		}
	}
	return letters >= 3
}

// stampOpeners open a page's "updated" stamp ("Aktualisiert am 05.05.2025 -
// 12:36 Uhr", "Updated: 12 March 2024", «Обновлено 12.03.2024», "Last
// Published: Mon, Jun 11 2018");
// readingTime marks a reading-time note ("Lesedauer: 2 Min.").
var (
	stampOpeners = [...]string{
		"aktualisiert am", "aktualisiert:", "updated:", "updated on", "last updated", "обновлено", "оновлено",
		"published:", "published on", "опубликовано", "опубліковано", "veröffentlicht am", "publié le", "publicado el", "publicado em", "pubblicato il",
		"mis à jour le", "actualizado el", "actualizado:", "atualizado em", "aggiornato il", "güncelleme:", "güncellenme:",
		"last published", "first published", "last modified", "zuletzt aktualisiert", "последнее обновление", "останнє оновлення",
	}
	readingTime = [...]string{"lesedauer:", "reading time:", "время чтения:", "час читання:", "temps de lecture", "tiempo de lectura", "tempo de leitura", "okuma süresi"}
)

// isPageStamp reports whether a sentence is a page's stamp rather than
// news: an "updated" stamp that a date follows, a reading-time note, or a
// short label with a date and no full stop ("In focus 3 April 2024 1237",
// «Главное 12 марта 2024 15:40»).
func isPageStamp(s string, lw *lowerer) bool {
	if isDateLabel(s) {
		return true
	}
	head := s[:min(len(s), 80)]
	// A sentence opening with bytes that no opener's first letters fold
	// to is not compared with the openers.
	if stampOpenersFirst.mayFoldOpen(head) {
		for _, o := range stampOpeners {
			if len(head) > len(o) && equalFold(head[:len(o)], o) {
				rest := strings.TrimLeft(head[len(o):], " :")
				if rest != "" && (isDigitByte(rest[0]) || opensWithDateWord(rest)) {
					return true
				}
			}
		}
	}
	if len(s) > 160 || !mayHoldReadingTime(s) {
		return false
	}
	lower := lw.lower(s)
	for _, m := range readingTime {
		if strings.Contains(lower, m) {
			return true
		}
	}
	return false
}

// mayHoldReadingTime is a cheap test before a sentence is lower-cased and
// searched for readingTime: every note holds a colon after r, e or я
// (Lesedauer:, reading time:, время чтения:), " de l" (temps de lecture,
// tiempo de lectura, tempo de leitura) or "ma s" (okuma süresi), in
// letters of either case. Lower-casing maps no other character to these
// bytes, so a sentence without them holds no note.
func mayHoldReadingTime(s string) bool {
	for k := strings.IndexByte(s, ':'); k >= 0; {
		if k >= 1 && (s[k-1]|0x20 == 'r' || s[k-1]|0x20 == 'e') || k >= 2 && (s[k-2:k] == "я" || s[k-2:k] == "Я") {
			return true
		}
		next := strings.IndexByte(s[k+1:], ':')
		if next < 0 {
			break
		}
		k += 1 + next
	}
	for k := strings.IndexByte(s, ' '); k >= 0; {
		if k+4 < len(s) && s[k+1]|0x20 == 'd' && s[k+2]|0x20 == 'e' && s[k+3] == ' ' && s[k+4]|0x20 == 'l' ||
			k >= 2 && k+1 < len(s) && s[k-2]|0x20 == 'm' && s[k-1]|0x20 == 'a' && s[k+1]|0x20 == 's' {
			return true
		}
		next := strings.IndexByte(s[k+1:], ' ')
		if next < 0 {
			break
		}
		k += 1 + next
	}
	return false
}

// isDateLabel reports whether s is a page's date label: no closing
// punctuation, at most eight words, a year and a day with a month, and at
// most two other words (a section's name, "Published").
func isDateLabel(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 80 || strings.ContainsAny(s[len(s)-1:], ".!?\"')»”…") {
		return false
	}
	ws := strings.Fields(s)
	if len(ws) > 8 {
		return false
	}
	year, month, other := false, false, 0
	for _, w := range ws {
		w = strings.Trim(w, ",()|")
		lw := strings.ToLower(strings.TrimRight(w, "."))
		switch {
		case w == "":
		case isDigitByte(w[0]):
			year = year || hasYear(w)
			month = month || strings.Count(w, ".") == 2 || strings.Count(w, "/") == 2
		case monthAbbrev[lw] || ruMonthNames[lw] || ruMonthAbbrev[lw]:
			month = true
		default:
			other++
		}
	}
	return year && month && other <= 2
}

// cutLeadingAgency strips an agency in brackets that opens the text
// before a dash ("(ANSA) - ROMA, 12 MAR - …", "(AFP) — …").
func cutLeadingAgency(s string) (string, bool) {
	if !strings.HasPrefix(s, "(") {
		return "", false
	}
	j := strings.IndexByte(s, ')')
	if j < 3 {
		return "", false
	}
	agency := s[1:j]
	if !isLeadingAgency(agency) {
		return "", false
	}
	rest := strings.TrimLeft(s[j+1:], ". ") // "(Notimex).- …"
	for _, dash := range [...]string{"-", "—", "–"} {
		if r, ok := strings.CutPrefix(rest, dash); ok {
			return strings.TrimLeft(r, " "), true
		}
	}
	return "", false
}

// isLeadingAgency reports whether the text in the brackets opening a text
// names an agency: one word of at most twelve letters, capitalised or of
// agencyCodes ("AFP", "dpa"), or two or three capitalised words of at most
// 24 letters in all ("Europa Press", "Agência Brasil").
func isLeadingAgency(a string) bool {
	if utf8.RuneCountInString(a) <= 12 && !strings.ContainsAny(a, " ,.") && (isUpperStart(a) || isAgencyCode(a)) {
		return true
	}
	return strings.IndexByte(a, ' ') > 0 && utf8.RuneCountInString(a) <= 24 && !strings.ContainsAny(a, ",.") && isPlaceWords(a)
}

// cutTimestamp strips a page's date and time stamp from the start of a
// sentence ("03.10.2022 | 15:58 |Туркменистан…", "07:28 Фев. 22, 2022",
// "15:53 10.01.2022"): numbers with dots, colons or slashes, month
// abbreviations and bars. A stamp needs a time or a numeric date.
func cutTimestamp(s string) string {
	if s == "" || !isDigitByte(s[0]) {
		return s
	}
	i, stamp := 0, false
	month, year := false, false
	for i < len(s) {
		for i < len(s) && (s[i] == ' ' || s[i] == '|' || s[i] == ',') {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '|' && s[j] != ',' {
			j++
		}
		f := strings.TrimRight(s[i:j], ".")
		switch {
		case f == "":
		case isDigitByte(f[0]) && strings.Trim(f, "0123456789.:/-") == "":
			if strings.ContainsAny(f, ".:/") {
				stamp = true
			}
			year = year || len(f) == 4 && hasYear(f)
		case monthAbbrev[strings.ToLower(f)] || ruMonthAbbrev[strings.ToLower(f)]:
			month = true
		case ruMonthNames[strings.ToLower(f)]:
			month = true
		case f == "г" || f == "р" || f == "года" || f == "року":
		default:
			if stamp {
				return s[i:]
			}
			return s
		}
		if j == i {
			break
		}
		i = j
	}
	if stamp || month && year {
		// The whole sentence is a stamp or a date written in words
		// ("12 января 2022 г.", "5 March 2024").
		return ""
	}
	return s
}

// ruMonthNames are the Russian and Ukrainian month names in the genitive,
// as dates write them ("12 января 2022 г.", "8 січня 2022 р.").
var ruMonthNames = map[string]bool{
	"января": true, "февраля": true, "марта": true, "апреля": true, "мая": true, "июня": true, "июля": true, "августа": true, "сентября": true, "октября": true, "ноября": true, "декабря": true,
	"січня": true, "лютого": true, "березня": true, "квітня": true, "травня": true, "червня": true, "липня": true, "серпня": true, "вересня": true, "жовтня": true, "листопада": true, "грудня": true,
}

// ruMonthAbbrev are Russian month abbreviations of page stamps (Фев. 22).
var ruMonthAbbrev = map[string]bool{"янв": true, "фев": true, "мар": true, "апр": true, "мая": true, "июн": true, "июл": true, "авг": true, "сен": true, "сент": true, "окт": true, "ноя": true, "дек": true}

// hasDayNumber reports whether s holds a day of the month: a number of one
// or two digits standing alone, or a numeric date (23.03.2019).
func hasDayNumber(s string) bool {
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == '/' }) {
		if len(f) <= 2 && isDigitByte(f[0]) && isDigitByte(f[len(f)-1]) {
			return true
		}
	}
	return false
}

// isSourceTag reports whether the text before a dash is an outlet or place
// with an agency or edition in brackets ("CentralAsia (UZ)", "Istanbul
// (dpa)", "Bischkek (AFP)"): one or two words, then a short parenthesis.
func isSourceTag(head string) bool {
	head = strings.TrimSpace(head)
	if !strings.HasSuffix(head, ")") {
		return false
	}
	i := strings.LastIndexByte(head, '(')
	if i <= 0 || len(head)-i > 14 {
		return false
	}
	words := strings.Fields(head[:i])
	return len(words) >= 1 && len(words) <= 2 && isUpperStart(words[0])
}

func isUpperStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// hasYear reports whether s holds a four-digit year (19xx or 20xx).
func hasYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigitByte(s[i+2]) && isDigitByte(s[i+3]) &&
			(i == 0 || !isDigitByte(s[i-1])) && (i+4 == len(s) || !isDigitByte(s[i+4])) {
			return true
		}
	}
	return false
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// cutBylineDateline cuts a wire's byline glued to its dateline in front of
// the lede, with no colon between them ("By Jane Roe and John Poe ,
// Newswire NEW YORK (Newswire) — Stocks fell …"): the line opens with
// "By ", and within its first 160 bytes a place in capitals stands before
// an agency's name in brackets and a dash. A lede that only opens with
// "By" ("By Monday the river had risen …") has no such dateline.
func cutBylineDateline(s string) (string, bool) {
	if len(s) < 40 || s[0] != 'B' || s[1] != 'y' || s[2] != ' ' {
		return s, false
	}
	lim := min(len(s), 160)
	for _, dash := range [...]string{") — ", ") – ", ") - "} {
		j := strings.Index(s[:lim], dash)
		if j < 0 {
			continue
		}
		o := strings.LastIndexByte(s[:j], '(')
		if o < 4 || s[o-1] != ' ' || strings.Count(s[o+1:j], " ") > 2 || !isUpperStart(s[o+1:j]) {
			continue
		}
		ws := strings.LastIndexByte(s[:o-1], ' ')
		if place := s[ws+1 : o-1]; len(place) < 2 || !isAllCaps(place) {
			continue
		}
		if rest := s[j+len(dash):]; opensSentence(rest) {
			return rest, true
		}
	}
	return s, false
}
