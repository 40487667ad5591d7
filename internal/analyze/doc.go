package analyze

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxBody bounds the text analysed, so a runaway page costs a bounded
// amount of time; a news story's substance is well inside it.
const maxBody = 256 << 10

// paraKind classifies a paragraph for the summary and the counters.
type paraKind uint8

const (
	pText     paraKind = iota
	pHeading           // a section heading
	pList              // a list item ("- …")
	pCredit            // photo or image credit
	pByline            // author line
	pReadAlso          // "Read also" and its link
	pPromo             // subscription, cookie or sharing prompt
	pTail              // "Latest news" and everything after it
	pTitle             // repeats the title
)

// counts reports whether words in a paragraph of this kind count towards
// countries and topics.
func (k paraKind) counts() bool {
	return k == pText || k == pHeading || k == pList
}

type span struct{ s, e int32 }

type para struct {
	span
	kind paraKind
}

type sentence struct {
	span
	para int32
}

// doc is one article being analysed: its text, paragraphs, sentences and
// tokens. It lives for one call.
type doc struct {
	title, body string
	lang        string
	home        string // the outlet's home country (homeCountry), "" when unknown
	url         string // the article's address (Input.URL)
	norm        []byte
	ttoks       []token // title tokens
	btoks       []token // body tokens
	paras       []para
	sents       []sentence
	ru          bool // Russian text
	// personNat is set when a demonym stood before a person's name
	// (demonymNamesPerson): the story named a player's nationality.
	personNat bool
	// otherNamed is set when the text named a country by any other
	// mention the country scorer credits.
	otherNamed bool
	// personCodes are the countries of those nationalities (the first few).
	personCodes  [4]string
	nPersonCodes int
	langs        uint16 // language bits the text may carry (see docLangs)
	leadEnd      int32
	dlStart      int      // datelineStart()+1 once computed, 0 before
	lastPara     int      // the paragraph paraOf found last (a hint, checked before use)
	skels        []skelOf // fingerprint's skelMemo array, kept with the document's buffers
	// Scratch arrays of the scorers, kept with the document's buffers so
	// that an article does not allocate them again: the lexicon matches
	// of countries and topics, and the topics' raw scores, order, sums
	// and counts by entry, and those entries sorted; the countries'
	// evidence by code.
	matches       []match
	topicRaw      []float64
	topicOrder    []int
	topicSums     map[int32]float64
	topicCounts   map[int32]int
	topicKeys     []int32
	countryEvs    map[string]*countryEv
	countryEvArr  []countryEv
	storyKeys     []uint32 // storyKeys' result, copied into the fingerprint
	skelBuf       []byte   // skelMemo's buffer
	paraLower     []byte   // splitParagraphs' lowerer buffer
	sentLower     []byte   // pickSentences' lowerer buffer
	centralBuf    []uint64 // isOffStory's body stems (summary_central.go)
	centralOff    bool     // the summary is chosen without isOffStory (its retry)
	centralPassed bool     // isOffStory passed a paragraph over
	enSexes       uint8    // enBothSexesNamed's memo: 4 once read, 1 a man's name seen, 2 a woman's
	// dlIn and dlOut are the last text stripDatelineOnce cut and what
	// came of it: the summary and the countries cut the first sentence's
	// dateline both (dlSet when they hold one).
	dlIn, dlOut string
	dlSet       bool
	// quoteTrace, when set (tests only), receives what became of every
	// quotation span (traceQuote), for the miss-reason diagnostic; nil in
	// production, so it costs one check per span.
	quoteTrace *[]quoteCandidate
}

// newDoc cleans the input, splits paragraphs and sentences and tokenises.
// Its buffers come from a document released earlier when there is one.
func (a *Analyzer) newDoc(in Input) *doc {
	d, _ := a.docs.Get().(*doc)
	if d == nil {
		d = &doc{}
	}
	*d = doc{lang: strings.ToLower(in.Lang), norm: d.norm[:0], ttoks: d.ttoks[:0], btoks: d.btoks[:0], paras: d.paras[:0], sents: d.sents[:0], skels: d.skels[:0], matches: d.matches[:0], topicRaw: d.topicRaw[:0], topicOrder: d.topicOrder[:0], topicSums: d.topicSums, topicCounts: d.topicCounts, topicKeys: d.topicKeys[:0], countryEvs: d.countryEvs, countryEvArr: d.countryEvArr[:0], storyKeys: d.storyKeys[:0], skelBuf: d.skelBuf[:0], paraLower: d.paraLower[:0], sentLower: d.sentLower[:0], centralBuf: d.centralBuf[:0]}
	d.title = cleanText(in.Title, 2048)
	d.home = learnedHome(homeCountry(in.HomeCountry, in.URL), in.LearnedCountry, in.URL)
	d.url = in.URL
	d.body = cleanText(in.Body, maxBody)
	if mayBeWrapped(d.body) {
		d.body = unwrapLines(d.body, d.title)
	}
	d.norm = slices.Grow(d.norm, len(d.title)+len(d.body))
	d.ttoks = tokenize(d.title, slices.Grow(d.ttoks, 16), &d.norm)
	d.btoks = tokenize(d.body, slices.Grow(d.btoks, len(d.body)/6+1), &d.norm)
	d.norm = expandTitleAbbrevs(d.title, d.ttoks, d.norm)
	d.norm = expandTitleAbbrevs(d.body, d.btoks, d.norm)
	d.ru = d.lang == "ru" || d.lang == "be" || d.lang == "uk" || (d.lang == "" && cyrillicShare(d.ttoks, d.btoks) > 0.5)
	for i := range d.ttoks {
		t := &d.ttoks[i]
		t.id, t.rules = a.vocab.lookupRules(d.norm[t.ns:t.ne])
	}
	for i := range d.btoks {
		t := &d.btoks[i]
		t.id, t.rules = a.vocab.lookupRules(d.norm[t.ns:t.ne])
	}
	d.langs = d.docLangs()
	d.splitParagraphs()
	for i := range d.btoks {
		d.btoks[i].pkind = d.paraOf(d.btoks[i].s)
	}
	d.splitSentences()
	d.assignSentences()
	d.computeLead()
	return d
}

// maxPooledTokens bounds the documents kept for reuse, so one huge page
// does not hold its buffers for the life of the process.
const maxPooledTokens = 1 << 14

// releaseDoc gives d's buffers to the next newDoc. Nothing Analyze returns
// refers to them (its strings are copies or parts of the text), and d must
// not be used after.
func (a *Analyzer) releaseDoc(d *doc) {
	if cap(d.btoks) > maxPooledTokens {
		return
	}
	*d = doc{norm: d.norm[:0], ttoks: d.ttoks[:0], btoks: d.btoks[:0], paras: d.paras[:0], sents: d.sents[:0], skels: d.skels[:0], matches: d.matches[:0], topicRaw: d.topicRaw[:0], topicOrder: d.topicOrder[:0], topicSums: d.topicSums, topicCounts: d.topicCounts, topicKeys: d.topicKeys[:0], countryEvs: d.countryEvs, countryEvArr: d.countryEvArr[:0], storyKeys: d.storyKeys[:0], skelBuf: d.skelBuf[:0], paraLower: d.paraLower[:0], sentLower: d.sentLower[:0], centralBuf: d.centralBuf[:0]}
	a.docs.Put(d)
}

func cyrillicShare(a, b []token) float64 {
	n, c := 0, 0
	for _, ts := range [2][]token{a, b} {
		for i := range ts {
			if ts[i].has(fDigit) {
				continue
			}
			n++
			if ts[i].has(fCyr) {
				c++
			}
			if n > 400 {
				break
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(c) / float64(n)
}

// cleanText makes s valid UTF-8, normalises line ends and non-breaking
// spaces, and cuts it to at most max bytes on a rune boundary.
func cleanText(s string, max int) string {
	if len(s) > max {
		cut := max
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ")
	}
	if hasCleanable(s) {
		s = cleanReplacer.Replace(s)
	}
	if strings.Contains(s, "″") {
		s = primeOpeners(s)
	}
	return s
}

// primeOpeners replaces a double prime (″, U+2033) that opens a word after
// a space or a line's start with the opening quotation mark “ it stands
// for on some pages ("″It’s not a home anymore…” the resident said"); a
// prime after a digit (12″) stays. Both are three bytes in UTF-8, so
// offsets do not move.
func primeOpeners(s string) string {
	b := []byte(s)
	changed := false
	for i := strings.Index(s, "″"); i >= 0; {
		next, _ := utf8.DecodeRuneInString(s[i+len("″"):])
		if (i == 0 || s[i-1] == ' ' || s[i-1] == '\n') && unicode.IsLetter(next) {
			copy(b[i:], "“")
			changed = true
		}
		j := strings.Index(s[i+len("″"):], "″")
		if j < 0 {
			break
		}
		i += len("″") + j
	}
	if !changed {
		return s
	}
	return string(b)
}

// cleanReplacer normalises line ends and the spaces that are no plain
// space. A Replacer is safe for concurrent use.
var cleanReplacer = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u00a0", " ", "\u2009", " ", "\u202f", " ")

// hasCleanable reports whether valid UTF-8 s holds a character
// cleanReplacer replaces: \r, U+00A0, U+2009 or U+202F. In valid UTF-8
// their bytes (0D; C2 A0; E2 80 89; E2 80 AF) mean nothing else, so one
// pass over the bytes answers, without decoding runes.
func hasCleanable(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\r':
			return true
		case 0xC2:
			if i+1 < len(s) && s[i+1] == 0xA0 {
				return true
			}
		case 0xE2:
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x89 || s[i+2] == 0xAF) {
				return true
			}
		}
	}
	return false
}

// splitParagraphs splits the body on line breaks and classifies each part.
func (d *doc) splitParagraphs() {
	b := d.body
	tail := false
	skipNext := false
	linkList := false // inside the links under a "Read also" marker
	seenText := false // a paragraph of text came before
	start := 0
	// The pooled document's buffer serves again: no lowered paragraph
	// outlives this call.
	lw := lowerer{b: slices.Grow(d.paraLower[:0], min(len(b), 1<<16)+64)}
	defer func() { d.paraLower = lw.b[:0] }()
	for start < len(b) {
		end := strings.IndexByte(b[start:], '\n')
		if end < 0 {
			end = len(b)
		} else {
			end += start
		}
		s, e := start, end
		for s < e && isSpaceByte(b[s]) {
			s++
		}
		for e > s && isSpaceByte(b[e-1]) {
			e--
		}
		start = end + 1
		if s == e {
			continue
		}
		text := b[s:e]
		if pictureFileLine(text) {
			continue // an image's file name between paragraphs (doc_picture_line.go)
		}
		lower := ""
		if !tail {
			lower = paraLower(text, &lw)
		}
		var kind paraKind
		marker := !tail && isTailMarker(text, lower) // judged once for both cases
		switch {
		case tail:
			kind = pTail
		case marker && !seenText:
			// "Related Articles" above the story: the links under it
			// are another story's, the page goes on below them.
			kind = pReadAlso
			linkList = true
		case marker:
			tail = true
			kind = pTail
		case skipNext:
			kind = pReadAlso
			skipNext = false
			linkList = true
		case linkList && isLinkLine(text):
			// "Read also:" heads a list of links: the headlines under the
			// first, lines without closing punctuation, are links too.
			kind = pReadAlso
		default:
			linkList = false
			kind = classifyParagraph(text, lower, d.title)
			if kind == pReadAlso && isReadAlsoMarker(text) {
				skipNext = true
			}
			if kind == pCredit || kind == pText && strings.Contains(text[:min(len(text), 140)], ": ") {
				if c := gluedCreditCut(text); c > 0 {
					// A credit glued to a quoting paragraph: two parts,
					// the credit a caption and the rest judged alone.
					first, second := strings.TrimRight(text[:c], " "), strings.TrimLeft(text[c:], " ")
					k1 := classifyParagraph(first, paraLower(first, &lw), d.title)
					k2 := classifyParagraph(second, paraLower(second, &lw), d.title)
					d.paras = append(d.paras, para{span{int32(s), int32(s + len(first))}, k1})
					d.paras = append(d.paras, para{span{int32(e - len(second)), int32(e)}, k2})
					seenText = seenText || k1 == pText || k2 == pText
					continue
				}
			}
		}
		d.paras = append(d.paras, para{span{int32(s), int32(e)}, kind})
		seenText = seenText || kind == pText
	}
}

// gluedCreditCut returns where a picture's credit glued to the start of a
// paragraph that quotes someone ends: "Photo: Press service “…,” said X"
// is cut before the quotation (or after the credit's first sentence), and
// a caption of a few words before the credit goes with it («Саида
// Мирзиёева. Фото: Alter Ego / YouTube Жёсткостью …»). A Latin credit in
// Russian text ends where the Cyrillic text resumes. It returns 0 when
// the paragraph quotes no one or the credit is all of it. A credit at a
// quoting paragraph's end ("“…,” X said at the congress. Photo: Akorda")
// stays a caption: it describes the picture it follows.
func gluedCreditCut(text string) int {
	// strings.ContainsAny(text, "«“"): both open with a byte that never
	// continues a rune, so a plain search finds what a rune walk does.
	if !strings.Contains(text, "«") && !strings.Contains(text, "“") {
		return 0
	}
	head := text
	if len(head) > 200 {
		cut := 200
		for cut > 0 && !utf8.RuneStart(head[cut]) {
			cut--
		}
		head = head[:cut]
	}
	lower := strings.ToLower(head)
	if len(lower) != len(head) {
		return 0 // offsets of the lower-cased text would not be the text's
	}
	m := 0 // where the credit starts: the paragraph's start, or after a short caption
	if dot := strings.Index(text, ". "); dot > 0 && dot < 120 && len(strings.Fields(text[:dot])) <= 6 {
		m = dot + 2
	}
	for _, at := range [...]int{0, m} {
		if at >= len(lower) {
			continue
		}
		for _, p := range creditByFirst[lower[at]] {
			if !strings.HasPrefix(lower[at:], p) {
				continue
			}
			c := strings.IndexAny(text, "«“„") // German „…“ opens low
			if dot := strings.Index(text[at:], ". "); dot > 0 && at+dot < c {
				c = at + dot + 2
			}
			if k := latinCreditEnd(text, at+len(p)); k > 0 && k < c {
				c = k
			}
			if c <= at+len(p) || len(text)-c < 40 {
				return 0
			}
			return c
		}
	}
	return 0
}

// latinCreditEnd returns where Cyrillic text resumes after a credit in
// Latin letters starting at offset i («Фото: Alter Ego / YouTube
// Жёсткостью …»): the offset of the first capitalised Cyrillic word after
// at least one Latin one, or 0.
func latinCreditEnd(text string, i int) int {
	latin := false
	for _, w := range strings.Fields(text[i:]) {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.Is(unicode.Latin, r):
			latin = true
		case unicode.Is(unicode.Cyrillic, r):
			if !latin || !unicode.IsUpper(r) {
				return 0
			}
			return i + strings.Index(text[i:], w)
		case !strings.ContainsAny(w, "/|©@-–"):
			return 0
		}
	}
	return 0
}

// fieldsUpTo appends text's first cap(dst) space-separated words to dst,
// as strings.Fields would split them, and stops there.
func fieldsUpTo(text string, dst []string) []string {
	start := -1
	for i := 0; i < len(text); {
		// An ASCII byte is its own rune: only the others are decoded.
		c, w := text[i], 1
		if c > ' ' && c < utf8.RuneSelf {
			// A run of printable ASCII is one word's part, walked without
			// testing for spaces byte by byte.
			if start < 0 {
				start = i
			}
			for i++; i < len(text) && text[i] > ' ' && text[i] < utf8.RuneSelf; i++ {
			}
			continue
		}
		var space bool
		if c < utf8.RuneSelf {
			space = isSpaceByte(c)
		} else {
			var r rune
			r, w = utf8.DecodeRuneInString(text[i:])
			space = isSpace(r)
		}
		if space {
			if start >= 0 {
				dst = append(dst, text[start:i])
				start = -1
				if len(dst) == cap(dst) {
					return dst
				}
			}
		} else if start < 0 {
			start = i
		}
		i += w
	}
	if start >= 0 && len(dst) < cap(dst) {
		dst = append(dst, text[start:])
	}
	return dst
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

var tailMarkers = [...]string{
	"latest news", "latest", "related", "related news", "related stories", "related articles",
	"more news", "more stories", "most read", "most popular", "popular", "top stories",
	"recommended", "more on this story", "see also", "you may also like", "trending",
	"последние новости", "другие новости", "новости по теме", "самое читаемое", "популярное",
	"по теме", "лента новостей", "еще по теме", "ещё по теме", "смотрите также", "рекомендуем",
	"в других сми", "зараз дивляться", "mehr aus", "lesen sie weiter", "ayrıca ilginizi çekebilir",
}

// tailMarkerLens are the shortest and the longest tailMarkers' lengths in
// bytes.
var tailMarkerLens = func() [2]int {
	l := [2]int{len(tailMarkers[0]), len(tailMarkers[0])}
	for _, m := range tailMarkers {
		l[0], l[1] = min(l[0], len(m)), max(l[1], len(m))
	}
	return l
}()

// isTailMarker reports whether a paragraph, text, lower-cased as lower
// (paraLower), is a tail marker.
func isTailMarker(text, lower string) bool {
	if len(text) > 60 {
		return false
	}
	t := lower // strings.TrimRight(lower, ": ") without building the set per call
	for len(t) > 0 && (t[len(t)-1] == ':' || t[len(t)-1] == ' ') {
		t = t[:len(t)-1]
	}
	// ё and е are both two bytes: the length is judged before the fold.
	if len(t) < tailMarkerLens[0] || len(t) > tailMarkerLens[1] {
		return false
	}
	if strings.Contains(t, "ё") {
		t = strings.ReplaceAll(t, "ё", "е")
	}
	for _, m := range tailMarkers {
		if t == m {
			return true
		}
	}
	return false
}

// isLinkLine reports whether a paragraph reads as a link's headline: short
// and without closing punctuation («Прямые авиарейсы запустят между
// Казахстаном и Сейшелами»).
func isLinkLine(text string) bool {
	r, _ := utf8.DecodeLastRuneInString(text)
	return len(text) <= 200 && (isLetterOrDigit(r) || r == '»' || r == '"' || r == '”')
}

func isReadAlsoMarker(text string) bool {
	t := strings.TrimRight(strings.ToLower(text), ": ")
	return t == "read also" || t == "read more" || t == "читайте также" || t == "читайте также:" || t == "also read" || isNavMarker(t)
}

// navMarkers label the links to the previous and next pieces under an
// article ("Articolo precedente", «Следующая статья»): the headline under
// one is another story's.
var navMarkers = [...]string{
	"previous article", "next article", "previous story", "next story", "previous post", "next post",
	"предыдущая статья", "следующая статья", "предыдущая новость", "следующая новость", "предыдущий материал", "следующий материал",
	"попередня стаття", "наступна стаття", "попередня новина", "наступна новина",
	"vorheriger artikel", "nächster artikel", "voriger artikel", "article précédent", "article suivant",
	"artículo anterior", "artículo siguiente", "noticia anterior", "noticia siguiente", "artigo anterior", "próximo artigo",
	"notícia anterior", "próxima notícia", "articolo precedente", "articolo successivo", "önceki haber", "sonraki haber",
	"önceki yazı", "sonraki yazı",
}

// isNavMarker reports whether a lower-cased paragraph is only one of
// navMarkers, with arrows or a colon around it.
func isNavMarker(lower string) bool {
	if len(lower) > 40 {
		return false
	}
	t := strings.Trim(lower, " :«»‹›<>←→")
	for _, m := range navMarkers {
		if t == m {
			return true
		}
	}
	return false
}

var creditPrefixes = [...]string{
	"photo:", "photo by", "photos:", "photo credit", "photograph:", "image:", "images:", "picture:",
	"credit:", "illustration:", "video:", "source:", "getty images",
	// French print puts a space (often a no-break one) before the colon.
	"photo :", "photos :", "photo\u00a0:", "photos\u00a0:", "crédit :", "crédit\u00a0:", "illustration :", "vidéo :", "фото:", "фото ", "фото —", "фото -",
	"видео:", "иллюстрация", "коллаж", "скриншот", "ілюстративн", "фотоколаж", "источник фото", "изображение:",
	"кадр из видео", "foto:", "foto de", "fotos:", "bild:", "copyright ", "(image credit", "(photo", "(фото", "фото з",
	// A picture's kind before its description: "Titelbild: …", "Archive
	// photo: …", «Архивное фото: …», "Captura de pantalla".
	"titelbild", "titelfoto", "symbolbild", "archivbild", "archivfoto", "file photo", "archive photo", "archive image",
	"illustrative photo", "illustrative image", "photo d'illustration", "image d'illustration", "photo d'archives",
	"imagen de archivo", "imagem ilustrativa", "imagem de arquivo", "foto d'archivio", "foto di archivio",
	"архивное фото", "архівне фото", "иллюстративное фото", "фото из архива", "фото из открытых источников",
	"captura de pantalla", "screenshot:", "screengrab", "image attribution", "photo attribution", "arşiv fotoğraf", "temsili fotoğraf",
}

// creditByFirst indexes creditPrefixes by their first byte.
var creditByFirst = func() (t [256][]string) {
	for _, p := range creditPrefixes {
		t[p[0]] = append(t[p[0]], p)
	}
	return t
}()

var bylinePrefixes = [...]string{
	"original author:", "author:", "written by", "reporting by", "editing by", "additional reporting",
	"(reporting by", "(editing by", "(writing by", "von:", "por:", "par:",
	"автор:", "текст:", "автор текста", "подготовил", "подготовила",
}

// bylineByFirst indexes bylinePrefixes by their first byte.
var bylineByFirst = func() (t [256][]string) {
	for _, p := range bylinePrefixes {
		t[p[0]] = append(t[p[0]], p)
	}
	return t
}()

var readAlsoPrefixes = [...]string{"read also", "also read", "read more:", "читайте также", "читайте еще", "читайте ещё", "смотрите также", "по теме:",
	"related:", "see also:", "читайте також", "дивіться також", "по темі:", "lesen sie auch", "lire aussi", "à lire aussi", "lea también", "leer también",
	"leia também", "leggi anche", "ilgili haber"}

// readAlsoByFirst indexes readAlsoPrefixes by their first byte.
var readAlsoByFirst = func() (t [256][]string) {
	for _, p := range readAlsoPrefixes {
		t[p[0]] = append(t[p[0]], p)
	}
	return t
}()

// promoFragments mark a subscription, cookie or sharing prompt wherever they
// occur in a short paragraph: none of them is the wording of a news sentence.
var promoFragments = [...]string{
	"newsletter", "cookie", "all rights reserved", "continue reading", "click here", "follow us",
	"share this", "telegram-канал", "телеграм-канал", "все права защищены", "присоединяйтесь",
	"наш канал", "при использовании материалов", "подписывайтесь", "подпишитесь",
	"subscribe to our", "subscribe now", "subscribe for free", "subscribe today", "subscribe here",
	"please subscribe", "sign up for our", "sign up to our", "sign up now", "sign up here",
	"share on facebook", "share on twitter", "share on x", "share on whatsapp", "share on telegram",
	"подписаться на наш", "подписаться на канал", "подписаться на рассылку", "оформите подписку",
	"подписку на наш", "подписка на наш",
	// App, live-blog and page furniture.
	"get our free news app", "download our app", "this blog is now closed", "we've now closed this blog", "this live blog is now closed",
	"this story was amended", "this article was amended", "this article was updated", "this blog is closed", "like this post",
	"dear user", "добавить новость",
	"continua após a publicidade", "entre no canal", "preencha os campos", "enlaces de accesibilidad", "abone ol",
	"хв читати", "мин чтения", "min read", "minutes de lecture", "связь с эфиром", "сообщение отправлено", "сообщи свою новость",
	"ilginizi çekebilir", "kommentar hinterlassen", "leave a comment", "tu opinión es importante",
	// The comment form's spam notice, in every language the same
	// plug-in's name: "This site uses Akismet to reduce spam.", «Этот
	// сайт использует Akismet для борьбы со спамом», "Este sitio usa
	// Akismet para reducir el spam".
	"akismet",
	"live blog for the latest", "follow our live blog", "for all latest news", "google news channel", "follow us on google news", "lesen sie auch", "mehr zum thema", "lire aussi", "leia também", "leia mais", "lee también", "leggi anche", "читайте нас",
	// Calls to register, to follow the outlet and to read on elsewhere.
	"stay up to date with", "stay informed", "будьте в курсе", "bleiben sie informiert", "restez informés", "fique por dentro",
	"за регистрацию", "при регистрации", "register now", "jetzt registrieren", "inscrivez-vous", "regístrate", "cadastre-se", "kayıt ol",
	"on google news", "google news'te", "в google новостях", "haberdar olmak istiyor musunuz",
	// Turkish "you can hear of the news faster by following us": the
	// reader addressed, never a news sentence.
	"haberdar olabilirsiniz", "haberdar olmak için",
	"mehr dazu auf unserer", "on our website", "на нашем сайте", "gesamten artikel lesen", "read the full article", "lire la suite",
	// Links that skip to the page's content, for screen readers.
	"skip to content", "skip to main content", "перейти к содержимому", "перейти к основному содержанию", "перейти до вмісту",
	"zum inhalt springen", "aller au contenu", "saltar al contenido", "pular para o conteúdo", "ir para o conteúdo", "vai al contenuto", "içeriğe geç",
	// Paywalls: what the reader must buy to read on.
	"réservé aux abonnés", "profitez de notre offre", "abonnement sans engagement", "accédez à tous nos articles",
	"for subscribers only", "subscribers only", "this article is for subscribers", "only available to subscribers",
	"только для подписчиков", "доступно только подписчикам", "лише для передплатників", "nur für abonnenten",
	"exclusivo para assinantes", "exclusivo para suscriptores", "riservato agli abbonati", "abonelere özel",
	// Calls to subscribe or to log in to read on ("Para continuar,
	// suscribite…", "Already a subscriber? Log in").
	"suscribite", "suscríbete", "ya sos un usuario", "ya eres suscriptor", "iniciá sesión", "inicie sesión",
	"already a subscriber", "log in to continue", "to continue reading", "déjà abonné", "bereits abonnent",
	"já é assinante", "faça login para", "sei già abbonato", "accedi per continuare", "уже подписчик", "вже передплатник",
	"zaten abone",
}

// promoOpeners are calls to action that make a prompt when they open a short
// paragraph as whole words ("Subscribe", "Sign up: …", "Share on …"). Inside
// a sentence the same stems are news: "Investors subscribed to the bond",
// "Uzbekistan signed up to the corridor", "Казахстан подписал соглашение".
var promoOpeners = [...]string{
	"subscribe", "sign up", "share on", "share:", "поделиться", "подписаться",
	// Live-blog furniture and calls to buy ("Latest updates: all the
	// developments from…", "Get all your needs met at the shop…").
	"latest updates:", "latest updates from", "live updates:", "live updates from", "follow live:",
	"get all your", "get your copy", "buy now", "order now", "онлайн-трансляция", "хроника событий:",
	"download the app", "get the app", "скачайте приложение", "скачать приложение", "завантажуйте застосунок", "laden sie die app",
	"téléchargez l'application", "descarga la app", "baixe o app", "scarica l'app", "uygulamayı indir",
}

// liveLinkEnds end a link to another live page printed above a story
// ("Clockwatch: keep up with all tonight's other matches – live!",
// «Война в Украине — онлайн»): the page's furniture, not its news.
var liveLinkEnds = [...]string{"– live!", "– live", "- live!", "- live", "— live", "— live!", "– as it happened", "— онлайн", "– онлайн", "- онлайн", "— en direct", "– en direct", "- en direct", "im liveblog", "im liveticker"}

// liveLinkLast holds the last byte of every liveLinkEnd: a paragraph
// ending in another compares none.
var liveLinkLast = func() (b byteSet) {
	for _, e := range liveLinkEnds {
		c := e[len(e)-1]
		b[c>>6] |= 1 << (c & 63)
	}
	return b
}()

// isLiveLink reports whether a short paragraph (lower-cased) is a link to
// a live page.
func isLiveLink(lower string) bool {
	if len(lower) > 160 {
		return false
	}
	t := lower // strings.TrimRight(lower, " .") without building the set per call
	for len(t) > 0 && (t[len(t)-1] == ' ' || t[len(t)-1] == '.') {
		t = t[:len(t)-1]
	}
	if t == "" || !liveLinkLast.has(t[len(t)-1]) {
		return false
	}
	for _, e := range liveLinkEnds {
		if strings.HasSuffix(t, e) {
			return true
		}
	}
	return false
}

// homeWords open a page's breadcrumb trail ("Головна Новини Суспільство
// …", "Home News World …"); sectionWords are the sections that follow
// them. "Главная задача …" and "Home Secretary …" are news: the second
// word decides.
var homeWords = [...]string{"home", "главная", "головна", "startseite", "accueil", "inicio", "início", "anasayfa", "ana sayfa"}

var sectionWords = [...]string{
	"news", "world", "politics", "business", "sport", "новости", "политика", "общество", "мир", "экономика", "происшествия",
	"новини", "політика", "суспільство", "країна", "світ", "економіка", "nachrichten", "politik", "welt",
	"actualités", "actualite", "politique", "monde", "noticias", "notícias", "política", "mundo", "notizie", "politica",
	"haberler", "gündem", "dünya", "siyaset", ">", "›", "»", "/", "|",
}

// homeWordPairs holds the first two bytes of every home word.
var homeWordPairs = newBytePairs(homeWords[:])

// isBreadcrumb reports whether a paragraph (lower-cased) opens with a
// breadcrumb trail: a home word, then a section or a separator.
func isBreadcrumb(lower string) bool {
	if !homeWordPairs.mayOpen(lower, 0) {
		return false // most paragraphs: no home word is compared
	}
	for _, h := range homeWords {
		rest, ok := strings.CutPrefix(lower, h)
		if !ok || rest == "" || rest[0] != ' ' && rest[0] != '>' && rest[0] != '/' && rest[0] != '|' && !strings.HasPrefix(rest, "›") && !strings.HasPrefix(rest, "»") {
			continue
		}
		rest = strings.TrimLeft(rest, " ")
		for _, w := range sectionWords {
			if r, _ := utf8.DecodeRuneInString(w); strings.HasPrefix(rest, w) && (!isLetter(r) || wordBounded(rest, 0, len(w))) {
				return true
			}
		}
	}
	return false
}

// isPageTitleLine reports whether text is a page's title as browsers show
// it: a headline, a bar and the site's name, without closing punctuation
// («Узбекистан все еще не дал … | ХУК! — СМИ для Нового Узбекистана»).
func isPageTitleLine(text string) bool {
	if len(text) > 240 || !hasSpacedBar(text) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text)
	return isLetterOrDigit(r)
}

// hasSpacedBar is strings.Contains(s, " | "), looking for the rare bar
// rather than for every space.
func hasSpacedBar(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		j := strings.IndexByte(s[i:len(s)-1], '|')
		if j < 0 {
			return false
		}
		i += j
		if s[i-1] == ' ' && s[i+1] == ' ' {
			return true
		}
	}
	return false
}

// isTagLine reports whether text is a row of tags or menu entries: six
// words or more and no punctuation that ends or splits a sentence, every
// word capitalised («Владимир Путин Дмитрий Песков Нурсултан Назарбаев
// Россия Казахстан») or the row printed again in part, so that a third of
// its words (three at least) repeat earlier ones («Кличко Россия Киев Киев
// война с россией Кличко Россия Киев Киев»): a headline does not repeat
// itself.
func isTagLine(text string) bool {
	if len(text) > 400 || tagLineStops.in(text) {
		return false
	}
	n, caps := 0, true
	eachField(text, func(w string) bool {
		r, _ := utf8.DecodeRuneInString(w)
		n++
		caps = isUpperOrDigit(r)
		return caps
	})
	if caps {
		return n >= 6
	}
	rep, n := repeatedWords(text)
	return n >= 6 && rep >= 3 && rep*3 >= n
}

// tagLineStops is the punctuation no tag line holds.
var tagLineStops = newCharSet(".,;:!?…\"«»“”()")

// charSet answers strings.ContainsAny for a fixed set of characters without
// decoding every rune: a byte that opens none of them is passed over, and
// only at a byte that does are the set's encodings compared.
type charSet struct {
	opens byteSet
	multi []string // the encodings of the set's non-ASCII characters
}

// byteSet is a set of bytes.
type byteSet [4]uint64

func (b *byteSet) has(c byte) bool { return b[c>>6]&(1<<(c&63)) != 0 }

// newCharSet returns the set of the characters of chars, which must be valid
// UTF-8 without U+FFFD (strings.ContainsAny never matches an invalid byte).
func newCharSet(chars string) *charSet {
	cs := &charSet{}
	for _, r := range chars {
		if r == utf8.RuneError {
			panic("charSet: invalid or U+FFFD in " + chars)
		}
		e := string(r)
		cs.opens[e[0]>>6] |= 1 << (e[0] & 63)
		if r >= utf8.RuneSelf {
			cs.multi = append(cs.multi, e)
		}
	}
	return cs
}

// trim is strings.Trim(s, chars) without decoding every rune: an ASCII
// byte at either end is in the set or not, and a character of several
// bytes is one of the set's exactly when its encoding opens (or closes) s,
// since a valid encoding at the end of s is the last rune read back.
func (cs *charSet) trim(s string) string {
	for s != "" && cs.opens.has(s[0]) {
		if s[0] < utf8.RuneSelf {
			s = s[1:]
			continue
		}
		n := 0
		for _, m := range cs.multi {
			if strings.HasPrefix(s, m) {
				n = len(m)
				break
			}
		}
		if n == 0 {
			break
		}
		s = s[n:]
	}
	for s != "" {
		if c := s[len(s)-1]; c < utf8.RuneSelf {
			if !cs.opens.has(c) {
				break
			}
			s = s[:len(s)-1]
			continue
		}
		n := 0
		for _, m := range cs.multi {
			if strings.HasSuffix(s, m) {
				n = len(m)
				break
			}
		}
		if n == 0 {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// in is strings.ContainsAny(s, chars): an encoding of a character met at
// a byte that opens it is that character, as every byte other than a
// continuation byte starts a rune when s is read rune by rune.
func (cs *charSet) in(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !cs.opens.has(c) {
			continue
		}
		if c < utf8.RuneSelf {
			return true
		}
		for _, m := range cs.multi {
			if strings.HasPrefix(s[i:], m) {
				return true
			}
		}
	}
	return false
}

// repeatedWords counts the words of text (n) and those that an earlier
// word of it equals, ignoring case (rep).
func repeatedWords(text string) (rep, n int) {
	var seen [64]string
	k := 0
	eachField(text, func(w string) bool {
		n++
		for _, x := range seen[:k] {
			if len(x) == len(w) && equalFold(x, w) {
				rep++
				return true
			}
		}
		if k < len(seen) {
			seen[k] = w
			k++
		}
		return true
	})
	return rep, n
}

// promoPairs holds the first two bytes of every promoFragment: most word
// starts (every Cyrillic word shares a first byte with the Cyrillic
// fragments) are passed over without comparing any fragment.
var promoPairs = newBytePairs(promoFragments[:])

// bytePairs is a set of two-byte string openings.
type bytePairs [256 * 256 / 64]uint64

// newBytePairs returns the openings of ps; a one-byte string opens with
// that byte and any other.
func newBytePairs(ps []string) *bytePairs {
	var t bytePairs
	for _, p := range ps {
		switch len(p) {
		case 0:
		case 1:
			for c := range uint(256) {
				k := uint(p[0])<<8 | c
				t[k/64] |= 1 << (k % 64)
			}
		default:
			k := uint(p[0])<<8 | uint(p[1])
			t[k/64] |= 1 << (k % 64)
		}
	}
	return &t
}

// mayOpen reports whether some string of the set may start s[i:]: false
// when none does. At the last byte of s it says yes.
func (t *bytePairs) mayOpen(s string, i int) bool {
	if i+1 >= len(s) {
		return i < len(s)
	}
	k := uint(s[i])<<8 | uint(s[i+1])
	return t[k/64]&(1<<(k%64)) != 0
}

// promoFirst holds the first byte of every promoFragment: a byte outside it
// opens none, and is passed over before the pair table is read.
var promoFirst = func() (b byteSet) {
	for _, p := range promoFragments {
		b[p[0]>>6] |= 1 << (p[0] & 63)
	}
	return b
}()

// promoIndex lists promoFragments by their opening bytes.
var promoIndex = newPrefixIndex(promoFragments[:])

// promoOpenerPairs holds the first two bytes of every promoOpener.
var promoOpenerPairs = newBytePairs(promoOpeners[:])

// isPromo reports whether a short paragraph (lower-cased) is a prompt.
func isPromo(lower string) bool {
	if promoOpenerPairs.mayOpen(lower, 0) {
		for _, p := range promoOpeners {
			if strings.HasPrefix(lower, p) && wordBounded(lower, 0, len(p)) {
				return true
			}
		}
	}
	// A fragment starts a word: the paragraph is walked rune by rune,
	// carrying whether the last rune was a letter, and only at a word's
	// first rune are the first byte and the byte pair there looked at. An
	// ASCII byte is its own rune, and a Cyrillic lead byte (D0, D1) with a
	// continuation byte after it is a letter (U+0400 to U+047F), so only
	// other runes are decoded.
	letter := false // the rune before i is a letter
	for i := 0; i < len(lower); {
		c := lower[i]
		// No fragment opens with a byte outside promoFirst (which holds no
		// continuation byte); the pair table is read after that byte test.
		if !letter && promoFirst.has(c) && promoPairs.mayOpen(lower, i) &&
			promoIndex.eachAt(lower, i, func(p string) bool { return wordBounded(lower, i, i+len(p)) }) {
			return true
		}
		switch {
		case c < utf8.RuneSelf:
			letter = isASCIILetter(c)
			i++
			// The rest of an ASCII word opens no fragment.
			for letter && i < len(lower) && isASCIILetter(lower[i]) {
				i++
			}
		case (c == 0xD0 || c == 0xD1) && i+1 < len(lower) && lower[i+1]&0xC0 == 0x80:
			letter = true
			i += 2
		default:
			r, size := utf8.DecodeRuneInString(lower[i:])
			letter = isLetter(r)
			i += size
		}
	}
	return false
}

// wordBounded reports whether s[i:j] neither continues a word before it nor
// runs into one after it ("subscribe" is not "subscribers").
func wordBounded(s string, i, j int) bool {
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); isLetter(r) {
			return false
		}
	}
	if j < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[j:]); isLetter(r) && !isStemEnd(s[i:j]) {
			return false
		}
	}
	return true
}

// isStemEnd reports whether a fragment is a stem that may take an ending
// ("cookie" → "cookies", "newsletter" → "newsletters").
func isStemEnd(p string) bool { return p == "cookie" || p == "newsletter" }

// paraLower returns the lower-cased text classifyParagraph judges a
// paragraph by: all of it up to 400 bytes, else its first 200 bytes.
func paraLower(text string, lw *lowerer) string {
	if len(text) <= 400 {
		return lw.lower(text)
	}
	return lw.lower(text[:200])
}

// latinHomoglyphs are the Latin letters (lower-cased) that look like
// Cyrillic ones, as typed by mistake in a Cyrillic label («Tекст:», «Фотo:»).
var latinHomoglyphs = map[rune]rune{'a': 'а', 'b': 'в', 'c': 'с', 'e': 'е', 'h': 'н', 'i': 'і', 'k': 'к', 'm': 'м', 'o': 'о', 'p': 'р', 't': 'т', 'x': 'х', 'y': 'у'}

// mixedFirstWord reports whether the first word of a lower-cased paragraph
// mixes Latin and Cyrillic letters.
func mixedFirstWord(lower string) bool {
	latin, cyr := false, false
	for i := 0; i < len(lower) && i < 24; i++ {
		c := lower[i]
		if c == ' ' || c == ':' {
			break
		}
		latin = latin || 'a' <= c && c <= 'z'
		cyr = cyr || c == 0xD0 || c == 0xD1 // the lead bytes of Cyrillic letters
	}
	return latin && cyr
}

// homoglyphLabel returns a paragraph (lower-cased) whose first word mixes
// Latin and Cyrillic letters with the Latin look-alikes written in
// Cyrillic, when that leaves the word in one script. A word that stays
// mixed («Diyаrbаkır'dа», Turkish with Cyrillic а's) is no mistyped label,
// and reading it again would never end.
func homoglyphLabel(lower string) (string, bool) {
	if !mixedFirstWord(lower) {
		return "", false
	}
	folded := foldHomoglyphs(lower)
	return folded, !mixedFirstWord(folded)
}

// foldHomoglyphs writes the Latin look-alikes of a mixed first word in
// Cyrillic; the rest of the paragraph is kept.
func foldHomoglyphs(lower string) string {
	end := strings.IndexAny(lower, " :")
	if end < 0 {
		end = len(lower)
	}
	var b strings.Builder
	for _, r := range lower[:end] {
		if c, ok := latinHomoglyphs[r]; ok {
			r = c
		}
		b.WriteRune(r)
	}
	return b.String() + lower[end:]
}

// endsInSlashCredit reports whether a paragraph ends, without a full stop,
// in a photographer's credit in brackets: capitalised words on both sides
// of a slash ("… em Curitiba (PR) - 26/04/2019 (Marlene Bergamo/Folhapress)",
// «… в Кремле (Иван Петров/ТАСС)»). A sentence ends with its full stop.
func endsInSlashCredit(text string) bool {
	if !strings.HasSuffix(text, ")") {
		return false
	}
	i := strings.LastIndexByte(text, '(')
	if i <= 0 || len(text)-i > 60 {
		return false
	}
	inner := text[i+1 : len(text)-1]
	j := strings.IndexByte(inner, '/')
	if j <= 0 || j == len(inner)-1 || strings.ContainsAny(inner, "()") || countWordsUpTo(inner, 7) > 6 {
		return false
	}
	for _, part := range [...]string{inner[:j], inner[j+1:]} {
		part = strings.TrimSpace(part)
		if countWordsUpTo(part, 2) < 1 || !isUpperStart(part) || strings.Contains(part, " ") && countWordsUpTo(part, 2) < 2 {
			return false
		}
	}
	// A party and its region after a name ("Silva (PSDB/SP)") are codes
	// in capitals on both sides: a credit names a person or an outlet.
	return !isAllCaps(inner[:j]) || !isAllCaps(inner[j+1:])
}

// classifyParagraph decides what kind of paragraph text is; lower is
// paraLower(text); title is the article's title, which some feeds repeat as
// the first line.
func classifyParagraph(text, lower, title string) paraKind {
	if folded, ok := homoglyphLabel(lower); ok {
		// «Tекст: …» with a Latin T: read the label in one script.
		if k := classifyParagraph(text, folded, title); k == pCredit || k == pByline {
			return k
		}
	}
	if lower != "" {
		for _, p := range creditByFirst[lower[0]] {
			if strings.HasPrefix(lower, p) {
				return pCredit
			}
		}
	}
	if lower != "" {
		for _, p := range bylineByFirst[lower[0]] {
			if strings.HasPrefix(lower, p) {
				return pByline
			}
		}
	}
	if len(text) <= 400 && (isCaption(lower) || endsInSlashCredit(text) || isSlashCaptionCredit(text)) {
		return pCredit
	}
	if isByline(text) {
		return pByline
	}
	if lower != "" {
		for _, p := range readAlsoByFirst[lower[0]] {
			if strings.HasPrefix(lower, p) {
				return pReadAlso
			}
		}
	}
	if isNavMarker(lower) {
		return pReadAlso
	}
	if len(text) <= 300 && (isPromo(lower) || isLiveLink(lower) || isPlayerNotice(lower)) || isBreadcrumb(lower) {
		return pPromo
	}
	if isTagLine(text) || isPageTitleLine(text) {
		return pHeading
	}
	if title != "" && len(text) == len(title) && equalFold(text, title) {
		return pTitle
	}
	if strings.HasPrefix(text, "- ") || strings.HasPrefix(text, "• ") || strings.HasPrefix(text, "– ") || strings.HasPrefix(text, "* ") {
		return pList
	}
	// At most 8 words are looked at: only short paragraphs are judged by
	// their words, and a long one need not be split (this runs for every
	// paragraph of every article).
	var wbuf [8]string
	words := fieldsUpTo(text, wbuf[:0])
	if strings.HasPrefix(lower, "by ") && len(words) <= 5 && !strings.ContainsAny(text, ".,:") {
		// "By Jane Smith" or a heading such as "By The Book": either way not text.
		return pByline
	}
	if len(words) <= 7 {
		// A closing agency code ("… премьер-министром. (ТАСС)") ends no
		// heading.
		last, _ := utf8.DecodeLastRuneInString(cutAgencyCode(text))
		caps := 0
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			if isUpperOrDigit(r) {
				caps++
			}
		}
		switch {
		case !strings.ContainsRune(".,:;!?…\"”»", last):
			return pHeading
		case (last == '?' || last == '!') && caps*2 > len(words) && len(words) <= 5:
			return pHeading
		}
	}
	return pText
}
