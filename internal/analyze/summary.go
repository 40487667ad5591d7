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
	for _, s := range d.sents {
		if d.paras[s.para].kind != pText {
			continue
		}
		text := trimSentence(d.body[s.s:s.e])
		if n == 0 {
			text = stripBylinePrefix(stripDateline(text))
		}
		words := countWords(text)
		if words < minSummaryWords || isByline(text) || isCaptionText(text) || isReporterTeaser(text) || d.repeatsCaption(text) {
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

// unterminated reports whether a sentence ends without closing punctuation,
// on a letter or digit.
func unterminated(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func countWords(s string) int {
	n := 0
	in := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if !in {
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
	limit := min(len(s), 90)
	if rest, ok := cutSlashAgency(s[:limit]); ok {
		return strings.TrimSpace(strings.TrimLeft(s[len(s[:limit])-len(rest):], ".,:-–— "))
	}
	for _, dash := range [...]string{" - ", " — ", " – ", " -- "} {
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
			if !(isUpperStart(w) && hasYear(head) && strings.Contains(head, ",")) {
				continue
			}
		}
		return strings.TrimSpace(s[i+len(dash):])
	}
	return s
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
}

// isCaptionText is isCaption for text in its own case; it lower-cases only
// what isCaption reads.
func isCaptionText(s string) bool {
	if len(s) > 400 {
		return false
	}
	if strings.IndexByte(s, '(') >= 0 || strings.IndexByte(s, '|') >= 0 {
		return isCaption(strings.ToLower(s))
	}
	tail := s
	if len(tail) > 80 {
		cut := len(tail) - 80
		for cut < len(tail) && !utf8.RuneStart(tail[cut]) {
			cut++
		}
		tail = tail[cut:]
	}
	return isCaption(strings.ToLower(tail))
}

// creditByByte indexes creditMarks by their first byte, so isCaption looks
// at each word start of a paragraph's tail once.
var creditByByte = func() (t [256][]string) {
	for _, m := range creditMarks {
		t[m[0]] = append(t[m[0]], m)
	}
	return t
}()

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
	for i := 0; i < len(tail); i++ {
		// A mark starts a word: the byte before is no ASCII letter and no
		// part of a multi-byte letter.
		if i > 0 && (isASCIILetter(tail[i-1]) || tail[i-1] >= 0x80) {
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
func cutSlashAgency(s string) (string, bool) {
	i := strings.IndexByte(s, '/')
	if i <= 0 {
		return "", false
	}
	first := s[:i]
	if k := strings.IndexAny(first, " ,"); k >= 0 {
		first = first[:k]
	}
	if utf8.RuneCountInString(first) < 3 || strings.ToUpper(first) != first || strings.ToLower(first) == first {
		return "", false
	}
	j := strings.IndexByte(s[i+1:], '/')
	if j <= 1 || j > 20 || strings.ContainsAny(s[i+1:i+1+j], " .") {
		return "", false
	}
	return s[i+j+2:], true
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
