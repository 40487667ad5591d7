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

// computeLead marks where the lead ends: the first two text paragraphs (a
// feed's standfirst and first paragraph), but no more than three sentences.
func (d *doc) computeLead() {
	paras, n := 0, 0
	last := int32(-1)
	for _, s := range d.sents {
		if d.paras[s.para].kind != pText {
			continue
		}
		if s.para != last {
			paras++
			last = s.para
			if paras > 2 {
				return
			}
		}
		d.leadEnd = s.e
		n++
		if n == 3 {
			return
		}
	}
}

// summary picks the opening sentences of the article's text, skipping
// credits, bylines, headings, prompts and trailing link lists, and strips a
// dateline ("MOSCOW, Dec 5 (Reuters) -").
func (d *doc) summary() string {
	var b strings.Builder
	n := 0
	chars := 0
	prev := ""
	start := d.datelineStart()
	var lw lowerer // lower-cased sentence tails, one buffer for all
	for si, s := range d.sents {
		if d.paras[s.para].kind != pText || si < start {
			continue
		}
		text := trimSentence(d.body[s.s:s.e])
		if n == 0 || si == start {
			text = stripBylinePrefix(stripDateline(text))
		}
		if countWordsUpTo(text, minSummaryWords) < minSummaryWords || isByline(text) || isCaptionText(text, &lw) || isReporterTeaser(text) || isSourceLine(text) || isPageStamp(text) || d.repeatsCaption(text) || d.repeatsTitle(text) {
			continue
		}
		if n == 0 && d.isForeignHeadline(s, text) {
			continue
		}
		l := utf8.RuneCountInString(text)
		if n > 0 && chars+1+l > summaryChars {
			break
		}
		if n == 0 && l > summaryChars+150 {
			text = cutAtWord(text, summaryChars) + "…"
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
	if n == 0 {
		// No sentence qualified (a short teaser without punctuation): fall
		// back to the first text or heading paragraph.
		for _, p := range d.paras {
			if p.kind == pText || p.kind == pHeading {
				text := d.body[p.s:p.e]
				if utf8.RuneCountInString(text) > summaryChars {
					text = cutAtWord(text, summaryChars) + "…"
				}
				return text
			}
		}
	}
	return b.String()
}

// repeatsTitle reports whether a sentence is the headline again with little
// else: a page's title line or an image's alt text ("Изображение 'В
// Узбекистане назвали…'"). A summary adds to the headline.
func (d *doc) repeatsTitle(s string) bool {
	t := strings.TrimSpace(d.title)
	if len(t) < 20 || len(s) > len(t)+40 {
		return false
	}
	i := indexFold(s, t)
	return i >= 0 && countWords(s[:i])+countWords(s[i+len(t):]) <= 2
}

// indexFold is strings.Index ignoring case, without allocating; a match must
// have the needle's byte length (true of the titles it looks for).
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if utf8.RuneStart(s[i]) && strings.EqualFold(s[i:i+len(sub)], sub) {
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
	shared := 0
	eachStem(d.body[p.s:p.e], func(st string) bool {
		eachStem(d.title, func(tt string) bool {
			if strings.EqualFold(st, tt) {
				shared++
				return false
			}
			return true
		})
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
	paras := 0
	last := int32(-1)
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
	for _, r := range s {
		if isLetterOrDigit(r) {
			if !in {
				if n == limit {
					return n
				}
				n++
			}
			in = true
		} else if !(r == '\'' || r == '’' || r == '-') {
			in = false
		}
	}
	return n
}

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
			if !(isUpperStart(w) && hasYear(head) && strings.Contains(head, ",")) && !isSourceTag(head) {
				continue
			}
		}
		return strings.TrimSpace(s[i+len(dash):])
	}
	if rest, ok := cutMonthDay(s[:limit]); ok {
		return strings.TrimSpace(s[len(s[:limit])-len(rest):])
	}
	return s
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
var linkMarkers = [...]string{"[mehr]", "[more]", "[…]", "[...]", "(more…)", "(more...)", "read more", "подробнее ›", "подробнее", "continue reading...", "continue reading…"}

// adMarkers mark sponsored text at a sentence's end ("…потратили.
// *Партнерский материал"); they are cut too.
var adMarkers = [...]string{"*партнерский материал", "партнерский материал", "*на правах рекламы", "на правах рекламы", "*реклама", "sponsored content", "partner content", "paid content", "*anzeige"}

// trimSentence cuts link and advertising markers from the end of a summary
// sentence.
func trimSentence(s string) string {
	for changed := true; changed; {
		changed = false
		for _, set := range [...][]string{linkMarkers[:], adMarkers[:]} {
			for _, m := range set {
				if len(s) >= len(m) && strings.EqualFold(s[len(s)-len(m):], m) {
					s = strings.TrimRight(s[:len(s)-len(m)], " \t-–—|")
					changed = true
				}
			}
		}
	}
	return s
}

// bylineWords open an author line in the corpus's languages: "By Jane
// Smith", "Von Jana Sinram.", "Por Ana Silva e João Costa", "Par Marie
// Dupont", "Di Marco Rossi", "От Иван Петров" is rare but "Автор Иван
// Петров" is not.
var bylineWords = [...]string{"by", "von", "por", "par", "di", "автор", "авторы", "текст"}

// isBylineWord reports whether w is one of bylineWords in any case,
// without allocating.
func isBylineWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, k := range bylineWords {
		if len(k) == len(w) && strings.EqualFold(w, k) {
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
	for _, p := range [...]string{"/by ", "by "} {
		if len(s) < len(p) || !strings.EqualFold(s[:len(p)], p) {
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
}

// creditMarks introduce a picture credit; a short paragraph that ends in one
// ("… in Almaty on Monday. Photo: Akorda", "Lula - Foto: Ricardo Stuckert")
// is a caption, not text.
var creditMarks = [...]string{
	"photo:", "photo by", "photos:", "image credit", "credit:", "photograph:", "illustration:",
	"фото:", "фото -", "фото —", "кадр из видео", "иллюстрация:", "foto:", "fotos:", "bild:", "(vídeo:", "(video:", "(foto:",
	"reprodução/", "getty images", "reuters/", "afp/", "afp via", "ap photo", "epa-efe", "/tass", "/тасс",
	"efe/", "bildrechte:", "© apa", "© dpa", "скриншот видео", "скриншот:",
	"crédito:", "créditos:", "crédito foto", "crédit photo", "crédit:", "credito:",
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
	if strings.IndexByte(lower, '(') >= 0 {
		for _, m := range captionSides {
			if strings.Contains(lower, m) {
				return true
			}
		}
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
		if strings.EqualFold(verb, k) {
			return true
		}
	}
	return false
}

// repeatsCaption reports whether a sentence repeats a caption of the
// article: pages often print a caption twice, once with its credit and once
// without ("Lula e Trump durante discursos…").
func (d *doc) repeatsCaption(s string) bool {
	s = strings.TrimRight(s, ". ")
	if len(s) < 20 {
		return false
	}
	for _, p := range d.paras {
		if p.kind == pCredit && strings.Contains(d.body[p.s:p.e], s) {
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
	for _, p := range sourcePrefixes {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// cutAgencyParen strips a dateline of a capitalised place, an optional
// date and an agency in brackets followed by a dash, glued or not, as
// Spanish, German and Russian wires write it ("Moscú, 12 nov (EFE).- El
// presidente…", "Berlin (dpa) - …", "Москва, 12 ноября (ТАСС).— …"): at most
// five words before the bracket, one word of at most ten letters inside.
func cutAgencyParen(s string) (string, bool) {
	i := strings.IndexByte(s, '(')
	if i <= 0 || !isUpperStart(s) {
		return "", false
	}
	j := strings.IndexByte(s[i:], ')')
	if j < 3 {
		return "", false
	}
	agency := s[i+1 : i+j]
	if utf8.RuneCountInString(agency) > 10 || strings.ContainsAny(agency, " ,.") || !isUpperStart(agency) && agency != "dpa" {
		return "", false
	}
	if len(strings.Fields(s[:i])) > 5 {
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
// 12:36 Uhr", "Updated: 12 March 2024", «Обновлено 12.03.2024»);
// readingTime marks a reading-time note ("Lesedauer: 2 Min.").
var (
	stampOpeners = [...]string{
		"aktualisiert am", "aktualisiert:", "updated:", "updated on", "last updated", "обновлено", "оновлено",
		"published:", "published on", "опубликовано", "опубліковано", "veröffentlicht am", "publié le", "publicado el", "publicado em", "pubblicato il",
		"mis à jour le", "actualizado el", "actualizado:", "atualizado em", "aggiornato il", "güncelleme:", "güncellenme:",
	}
	readingTime = [...]string{"lesedauer:", "reading time:", "время чтения:", "час читання:", "temps de lecture", "tiempo de lectura", "tempo de leitura", "okuma süresi"}
)

// isPageStamp reports whether a sentence is a page's stamp rather than
// news: an "updated" stamp that a date follows, a reading-time note, or a
// short label with a date and no full stop ("In focus 3 April 2024 1237",
// «Главное 12 марта 2024 15:40»).
func isPageStamp(s string) bool {
	if isDateLabel(s) {
		return true
	}
	head := s[:min(len(s), 80)]
	for _, o := range stampOpeners {
		if len(head) > len(o) && strings.EqualFold(head[:len(o)], o) {
			rest := strings.TrimLeft(head[len(o):], " :")
			if rest != "" && isDigitByte(rest[0]) {
				return true
			}
		}
	}
	if len(s) > 160 {
		return false
	}
	lower := strings.ToLower(s)
	for _, m := range readingTime {
		if strings.Contains(lower, m) {
			return true
		}
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
	if utf8.RuneCountInString(agency) > 12 || strings.ContainsAny(agency, " ,.") || !isUpperStart(agency) {
		return "", false
	}
	rest := strings.TrimLeft(s[j+1:], " ")
	for _, dash := range [...]string{"-", "—", "–"} {
		if r, ok := strings.CutPrefix(rest, dash); ok {
			return strings.TrimLeft(r, " "), true
		}
	}
	return "", false
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
