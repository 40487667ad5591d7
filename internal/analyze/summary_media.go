package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Embedded media at the head of a page (issue 10, thirteenth round):
//   - a linked video's or gallery's title printed after the kind of the
//     piece, with no colon, as a line of its own ("Video Vehículos quedan
//     atascados …: “Estaba horrorizada”", «Видео Как спасатели вытащили
//     …»): isMediaTeaser;
//   - a player's notice that it cannot play ("Please enable JavaScript to
//     watch this video", «Для просмотра видео включите JavaScript»): a
//     promo fragment of the page (promoFragments), and the short paragraph
//     right above it is the picture's or the video's caption
//     ("Ein Rettungshubschrauber setzt zur Landung an."), not the lede:
//     isCaptionOverPlayer.

// mediaKinds name a piece of media before its title, lower-cased.
var mediaKinds = [...]string{
	"video", "videos", "vídeo", "vídeos", "watch", "gallery", "galería", "galeria", "galerie", "galleria",
	"fotogalerie", "fotogalería", "fotogaleria", "fotogallery", "fotostrecke", "photos", "fotos", "audio", "podcast",
	"wideo", "видео", "відео", "фотогалерея", "галерея", "фоторепортаж", "видеорепортаж", "відеорепортаж", "фото",
}

// mediaKindFirst holds the first byte of every media kind, lower and upper
// case: a paragraph opening with another byte is no teaser.
var mediaKindFirst = func() (b byteSet) {
	for _, k := range mediaKinds {
		for _, c := range [...]byte{k[0], k[0] &^ 0x20} {
			b[c>>6] |= 1 << (c & 63)
		}
	}
	return b
}()

// isMediaTeaser reports whether text, a whole paragraph, is a media piece's
// kind glued to the piece's title: the kind's word (any case), then a
// capital opening a title of at least three more words, ending without a
// full stop (on a word, a quotation mark or a question mark).
func isMediaTeaser(text string) bool {
	if text == "" || len(text) > 300 || !mediaKindFirst.has(text[0]) {
		return false
	}
	sp := strings.IndexByte(text, ' ')
	if sp < 4 || sp > 26 {
		return false
	}
	kind := false
	for _, k := range mediaKinds {
		if len(k) == sp && equalFold(text[:sp], k) {
			kind = true
			break
		}
	}
	if !kind {
		return false
	}
	rest := text[sp+1:]
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) || countWordsUpTo(rest, 4) < 4 {
		return false
	}
	return unterminated(text) || quoteUnterminated(text) || strings.HasSuffix(text, "?")
}

// playerNotices are the words of a player's notice that it cannot play
// without the reader's browser: an embedded video or gallery stands there.
var playerNotices = [...]string{
	"enable javascript", "javascript is disabled", "javascript must be enabled", "does not support the video", "doesn't support the video",
	"javascript aktivieren", "aktivieren sie javascript", "javascript ist deaktiviert", "unterstützt keine videos",
	"activez javascript", "activer javascript", "javascript est désactivé", "habilita javascript", "habilite javascript", "activa javascript", "active javascript",
	"ative o javascript", "ativar o javascript", "abilita javascript", "abilitare javascript", "włącz javascript", "javascript'i etkinleştir",
	"включите javascript", "включить javascript", "javascript отключен", "не поддерживает видео", "увімкніть javascript", "не підтримує відео",
}

// isPlayerNotice reports whether a lower-cased paragraph holds a player's
// notice.
func isPlayerNotice(lower string) bool {
	// A notice is a short line; most paragraphs are longer and are not
	// scanned.
	if len(lower) > 160 || !strings.Contains(lower, "javascript") && !strings.Contains(lower, "video") && !strings.Contains(lower, "видео") && !strings.Contains(lower, "відео") {
		return false
	}
	for _, p := range playerNotices {
		if strings.Contains(lower, p) {
			return true
		}
	}
	return false
}

// isCaptionOverPlayer reports whether sentence s (text, once trimmed), the
// summary's first candidate, is the caption of the media a player's notice
// below it stands for: the whole of a short paragraph whose next paragraph
// is the notice, sharing fewer of the headline's words than the text
// paragraph after the notice does (a lede above a video repeats the
// headline at least as much as what follows it).
func (d *doc) isCaptionOverPlayer(s sentence, text string) bool {
	next := int(s.para) + 1
	p := d.paras[s.para]
	if next+1 >= len(d.paras) || d.paras[next].kind != pPromo || len(text) > 240 || s.s != p.s || strings.TrimSpace(d.body[s.e:p.e]) != "" {
		return false
	}
	np := d.paras[next]
	if !isPlayerNotice(strings.ToLower(d.body[np.s:np.e])) {
		return false
	}
	for r := next + 1; r < len(d.paras); r++ {
		if d.paras[r].kind == pText {
			return titleWordCount(text, d.title) < titleWordCount(d.body[d.paras[r].s:d.paras[r].e], d.title)
		}
	}
	return false
}

// titleWordCount counts the title's words of four letters or more that s
// holds (case aside), as sharesTitleWords does.
func titleWordCount(s, title string) int {
	k := 0
	eachField(title, func(w string) bool {
		w = titleWordMarks.trim(w)
		if utf8.RuneCountInString(w) >= 4 && indexFold(s, w) >= 0 {
			k++
		}
		return true
	})
	return k
}

// isMediaTeaser reports whether sentence s (text, once trimmed) is the
// whole of its paragraph and a media piece's teaser (isMediaTeaser).
func (d *doc) isMediaTeaser(s sentence, text string) bool {
	p := d.paras[s.para]
	return s.s == p.s && isMediaTeaser(text) && strings.TrimSpace(d.body[s.e:p.e]) == ""
}

// cutTickerMarks cuts a ticker's marks ("+++") that open or close a
// sentence of a teaser or stand between two ("… in der Papiermühlstraße.
// +++", "+++ Ein 43-Jähriger erlitt …").
func cutTickerMarks(s string) string {
	if len(s) < 3 || strings.IndexByte(s, '+') < 0 {
		return s
	}
	if strings.HasPrefix(s, "+++") {
		if rest := strings.TrimLeft(s, "+ "); rest != "" && !isDigitByte(rest[0]) {
			s = rest // a ticker's clock after the mark ("+++ 18.40 Uhr: …") is cut with it by cutStampPrefix
		}
	}
	if strings.HasSuffix(s, "+++") {
		s = strings.TrimRight(s, "+ ")
	}
	// A mark between two sentences the splitter read as one ("… on
	// Sunday. +++ Two people …").
	if i := strings.Index(s, ". +++ "); i >= 0 {
		s = s[:i+2] + strings.TrimLeft(s[i+2:], "+ ")
	}
	return s
}

// cutLeadingPictographs cuts the pictographs (emoji, dingbats, arrows) and
// their joiners that open a paragraph posted first to a messenger's channel
// ("❗ На улице прорвало трубу …", "🔥 Fire crews were called …"): marks
// of the post, not words of its news. Symbols below the arrows (©, °, №)
// are left.
func cutLeadingPictographs(s string) string {
	if s == "" || s[0] < 0xE2 {
		return s // every rune from U+2190 opens with a byte of E2 or more
	}
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r >= 0x2190 && unicode.Is(unicode.So, r) || r == 0xFE0F || r == 0x200D || r >= 0x1F3FB && r <= 0x1F3FF || i > 0 && r == ' ' {
			i += n
			continue
		}
		break
	}
	if i == 0 || i == len(s) {
		return s
	}
	return s[i:]
}

// materialsCredits open a line that credits the material a story was
// written from ("За матеріалами Міністерства енергетики.", «По материалам
// ТАСС», "With files from The Canadian Press"); isMaterialsCredit reads
// them only in a short line without a comma, as «По материалам дела,
// суд …» opens news.
var materialsCredits = [...]string{
	"по материалам ", "за матеріалами ", "with files from ", "with reporting by ", "with reporting from ", "mit material von ", "mit material der ",
	"con información de ", "com informações de ", "com informações do ", "com informações da ", "avec agences", "con agenzie",
}

// materialsFirst holds the first byte of every materials credit, in lower
// and upper case (a Cyrillic letter's lead byte is the same in both).
var materialsFirst = func() (b byteSet) {
	for _, k := range materialsCredits {
		for _, c := range [...]byte{k[0], k[0] &^ 0x20} {
			b[c>>6] |= 1 << (c & 63)
		}
	}
	return b
}()

// isMaterialsCredit reports whether a sentence is a short credit of the
// material a story was written from (materialsCredits): at most twelve
// words and no comma.
func isMaterialsCredit(s string) bool {
	if s == "" || len(s) > 200 || !materialsFirst.has(s[0]) || strings.IndexByte(s, ',') >= 0 || countWordsUpTo(s, 13) > 12 {
		return false
	}
	for _, p := range materialsCredits {
		if len(s) >= len(p) && equalFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// isCutBeforeLink reports whether sentence s (text, once trimmed) is a
// teaser its feed cut, with an ellipsis glued to a word, before a link to
// the story that trimSentence cut ("… у Чернігівській області місцеве...
// read full story"): the ellipsis cuts a sentence, not a thought.
func (d *doc) isCutBeforeLink(s sentence, text string) bool {
	raw := strings.TrimSpace(d.body[s.s:s.e])
	if len(raw) <= len(text) || !strings.HasSuffix(text, "...") && !strings.HasSuffix(text, "…") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text, ".…"))
	return isLetter(r)
}

// isSlashCaptionCredit reports whether a short paragraph is a picture's
// caption with its credit written after slashes, as Polish, Russian and
// Ukrainian portals print them ("Zdjęcie z miejsca wypadku / ogn. Jan
// Nowak / Państwowa Straż Pożarna", «Спасатели на месте аварии / Иван
// Петров / МЧС России», "Firefighters at the scene / John Smith / County
// Fire Service"): two spaced slashes or more, the parts after the first
// one of one to five words each, the last opening with a capital, and no
// sentence's end before the first slash.
func isSlashCaptionCredit(text string) bool {
	if len(text) > 240 || strings.Count(text, " / ") < 2 {
		return false
	}
	i := strings.Index(text, " / ")
	if head := text[:i]; strings.ContainsAny(head, ".!?") && !strings.HasSuffix(head, ".") || countWordsUpTo(head, 2) < 1 {
		return false
	}
	parts := strings.Split(text[i+3:], " / ")
	for k, p := range parts {
		p = strings.TrimSpace(p)
		if w := countWordsUpTo(p, 6); w < 1 || w > 5 || strings.ContainsAny(p, "!?;:") {
			return false
		}
		if k == len(parts)-1 {
			if r, _ := utf8.DecodeRuneInString(p); !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return true
}

// usPostalCodes are the United States' two-letter postal codes, as local
// television sites write a dateline's state ("Washington County, FL –").
var usPostalCodes = map[string]bool{
	"AL": true, "AK": true, "AZ": true, "AR": true, "CA": true, "CO": true, "CT": true, "DE": true, "FL": true, "GA": true,
	"HI": true, "ID": true, "IL": true, "IN": true, "IA": true, "KS": true, "KY": true, "LA": true, "ME": true, "MD": true,
	"MA": true, "MI": true, "MN": true, "MS": true, "MO": true, "MT": true, "NE": true, "NV": true, "NH": true, "NJ": true,
	"NM": true, "NY": true, "NC": true, "ND": true, "OH": true, "OK": true, "OR": true, "PA": true, "RI": true, "SC": true,
	"SD": true, "TN": true, "TX": true, "UT": true, "VT": true, "VA": true, "WA": true, "WV": true, "WI": true, "WY": true, "DC": true,
}

// isUSPlaceHead reports whether the text before a dateline's dash is an
// American place written in title case with its state: one to three
// capitalised words, a comma, then a postal code ("Washington County, FL")
// or the Associated Press's abbreviation with its full stop ("Burlington,
// Vt.", "Raleigh, N.C.").
func isUSPlaceHead(head string) bool {
	c := strings.LastIndex(head, ", ")
	if c <= 0 || len(head)-c > 10 {
		return false
	}
	place, st := head[:c], head[c+2:]
	if !usPostalCodes[st] {
		if !strings.HasSuffix(st, ".") || !isUpperStart(st) || !usStates[strings.ToLower(strings.ReplaceAll(st, ".", ""))] {
			return false
		}
	}
	words, ok := 0, true
	eachField(place, func(w string) bool {
		words++
		ok = isUpperStart(w) && !strings.ContainsAny(w, ",.;:!?")
		return ok && words <= 3
	})
	return ok && words <= 3
}

// isDateWords reports whether the text before a dash holds only a place's
// and a date's words: each word capitalised, a number, a month's name
// (stampWordKind) or a particle of at most three letters ("Washington,
// D.C., August 26, 2005", "Madrid, 12 de diciembre de 2024"). A name with
// a description and a year ("Mayor Jane Smith, in office since 2019 – …",
// «Иван Петров, глава района с 2019 года – …») holds other words: it
// opens a sentence, not a dateline.
func isDateWords(head string) bool {
	return eachField(head, func(w string) bool {
		w = strings.Trim(w, ".,;:()")
		if w == "" || isUpperStart(w) || isDigitByte(w[0]) || utf8.RuneCountInString(w) <= 3 {
			return true
		}
		return stampWordKind(w) == stMonth
	})
}

// gluedLabels are labels of a page's widgets and advertisements that its
// text lost the break after, glued to the first word of a paragraph
// («ВІДЕО ДНЯЯк повідомили …», «РекламаТакож …», "AdvertisementThe
// council …"), lower-cased.
var gluedLabels = [...]string{
	"реклама", "відео дня", "видео дня", "фото дня", "читайте також", "читайте также", "advertisement", "anzeige", "werbung",
	"publicidad", "publicité", "pubblicità", "publicidade", "reklam", "reklama",
}

// gluedLabelFirst holds the first byte of every glued label, in lower and
// upper case.
var gluedLabelFirst = func() (b byteSet) {
	for _, k := range gluedLabels {
		for _, c := range [...]byte{k[0], k[0] &^ 0x20} {
			b[c>>6] |= 1 << (c & 63)
		}
	}
	return b
}()

// cutGluedLabel cuts a label of gluedLabels that opens a paragraph glued,
// without a space, to a capitalised word ("…ДНЯЯк" → "Як …").
func cutGluedLabel(s string) string {
	if len(s) < 8 || !gluedLabelFirst.has(s[0]) {
		return s
	}
	for _, l := range gluedLabels {
		if len(s) > len(l)+1 && equalFold(s[:len(l)], l) {
			if r, _ := utf8.DecodeRuneInString(s[len(l):]); unicode.IsUpper(r) {
				return s[len(l):]
			}
		}
	}
	return s
}

// isCaptionDashCredit reports whether a sentence is a picture's caption
// with its credit in capitals after a dash, as Spanish wires print it over
// the story ("Una ambulancia junto a un vehículo de tráfico - GUARDIA
// CIVIL", "Firefighters at the scene - REUTERS", «Пожарные на месте аварии
// - РИА НОВОСТИ»): one to four words in capitals after a spaced dash at its
// end, and no finite verb before it in a language with a verb table.
func isCaptionDashCredit(text string, l verbLang) bool {
	if len(text) > 240 || l == vlNone {
		return false
	}
	i := strings.LastIndex(text, " - ")
	n := 3
	if j := strings.LastIndex(text, " – "); j > i {
		i, n = j, len(" – ")
	}
	if i <= 0 {
		return false
	}
	credit := strings.TrimRight(text[i+n:], ". ")
	words, caps := 0, true
	eachField(credit, func(w string) bool {
		words++
		caps = isAllCaps(w) && utf8.RuneCountInString(w) >= 2
		return caps && words <= 4
	})
	return caps && words >= 1 && words <= 4 && !hasVerbCue(text[:i], l)
}

// cutGluedHeading cuts a short line a page lost the break after, glued
// without a space to the first word of the text below it: a live blog's
// entry heading over its text ("'We acted too late,' minister saysDr Jane
// Roe, who …", «Мэр пообещал новый мостВ понедельник …»). The glue is a
// word that opens in lower case and runs, after three lower-case letters
// at least, into a capital and a lower-case letter, within the first 200
// bytes, after three to twenty words with no sentence end, and eight
// words at least follow it. Names written in mixed case open with a
// capital (McDonald, LinkedIn) or one or two letters (iPhone, eBay) and
// are left.
func cutGluedHeading(s string) string {
	if len(s) < 40 {
		return s
	}
	lim := min(len(s), 200)
	words := 1
	for i := 1; i < lim; i++ {
		c := s[i]
		switch {
		case c == ' ':
			words++
			continue
		case c == '.' || c == '!' || c == '?' || c == '\n':
			if i+1 < len(s) && s[i+1] == ' ' {
				return s
			}
			continue
		case c < 0x80 && (c < 'A' || c > 'Z'), c >= 0x80 && c < 0xC0:
			continue // no capital opens here (the cheap test before decoding)
		}
		r, sz := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsUpper(r) || words < 3 || words > 20 {
			continue
		}
		p, psz := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLower(p) {
			continue
		}
		// The word before the capital: three lower-case letters at least,
		// opening in lower case.
		ws := i - psz
		lower := 1
		for ws > 0 {
			q, qsz := utf8.DecodeLastRuneInString(s[:ws])
			if q == ' ' {
				break
			}
			if !unicode.IsLower(q) {
				lower = -100
				break
			}
			lower++
			ws -= qsz
		}
		n, _ := utf8.DecodeRuneInString(s[i+sz:])
		if lower >= 3 && (unicode.IsLower(n) || n == ' ') && countWordsUpTo(s[i:], 8) >= 8 {
			return s[i:]
		}
	}
	return s
}
