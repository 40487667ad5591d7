package analyze

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Cross-language evidence: the same event told in Russian and in English
// shares no words, but it names the same people and gives the same numbers.
// A name is kept as a consonant skeleton of its Latin transliteration, so
// Рахмоном, Рахмон and Rahmon, or Токаева and Tokayev, meet.
const (
	xlKeys     = 20     // keys kept per article, the most repeated first
	xlNumber   = 0x8000 // key classes in the top two bits: numbers,
	xlLeader   = 0x4000 // the names of leaders (who appear in many stories),
	xlClass    = 0xC000 // and other names
	xlEmptyKey = 0xFFFF
	scriptCyr  = 1
	scriptLat  = 2
)

// cyrLatin maps Cyrillic (Russian, Ukrainian, Kazakh, Kyrgyz, Tajik)
// letters to the consonant classes of skeleton; vowels and signs map to "".
// г, х and h are one class: Russian writes a foreign h as г (Гаага, Hague;
// Гамбург, Hamburg), Ukrainian г is h in Latin (Гончаренко, Honcharenko),
// and х is kh or h (Харків, Kharkiv; ХАМАС, Hamas).
// ж and ш are one class, and so is a first Latin "j": German writes ж and
// ш alike as "sch" (Пригожин, Prigozhin, Prigoschin), and Kyrgyz and Kazakh
// names write ж as "j" (Жапаров, Japarov, Zhaparov).
//
// Voiced and voiceless stops are one class (б and п, д and т): spellings
// of one name differ there more than anywhere (Охматдит, Охмадит; a final
// consonant devoiced in speech, written either way), and a cluster of
// the two (тд, dt) is one class once repeats collapse.
var cyrLatin = map[rune]string{
	'б': "p", 'в': "v", 'г': "g", 'ғ': "g", 'д': "t", 'ж': "š", 'з': "s", 'к': "k", 'қ': "k", 'л': "l",
	'м': "m", 'н': "n", 'ң': "n", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'ф': "f", 'х': "g", 'һ': "g",
	'ҳ': "g", 'ц': "c", 'ч': "č", 'ҷ': "š", 'ш': "š", 'щ': "š", 'ґ': "g",
}

// latinLetters are the classes of Latin letters beyond ASCII: Polish,
// Czech, Turkish, Romanian and Baltic consonants, which Russian writes
// with one letter (Łukaszenka, Лукашенко; Çavuşoğlu, Чавушоглу). Accented
// vowels are vowels (isVowelRune); other letters say nothing.
var latinLetters = map[rune]string{
	'ł': "l", 'ľ': "l", 'ļ': "l", 'ń': "n", 'ñ': "n", 'ň': "n", 'ņ': "n", 'ś': "s", 'ź': "s", 'ß': "s",
	'š': "š", 'ş': "š", 'ș': "š", 'ž': "š", 'ż': "š", 'ć': "č", 'č': "č", 'ç': "č", 'ř': "r", 'ť': "t",
	'ț': "t", 'ď': "t", 'đ': "t", 'ğ': "g", 'ģ': "g", 'ķ': "k",
}

// latinDigraphs are read before single Latin letters.
// cyrLatinTab is cyrLatin as a table over the Cyrillic block, so the
// skeleton of a name costs no map lookups (it runs for every capitalised
// word of every article). Built once from cyrLatin; never written after.
var cyrLatinTab = func() (t [0x100]string) {
	for r, c := range cyrLatin {
		t[r-cyrLow] = c
	}
	return t
}()

// cyrLow is the first rune of the Cyrillic block.
const cyrLow = 0x400

// digraphsByFirst lists the latinDigraphs entries by their first byte, in
// their order (the first that matches is read).
var digraphsByFirst = func() (t [256][]struct{ from, to string }) {
	for _, dg := range latinDigraphs {
		t[dg.from[0]] = append(t[dg.from[0]], dg)
	}
	return t
}()

// Polish writes ш as "sz", щ as "szcz" and ч as "cz" (Błaszczak,
// Блащак; Kaczyński, Качиньский).
var latinDigraphs = [...]struct{ from, to string }{
	{"shch", "š"}, {"szcz", "š"}, {"tsch", "č"}, {"sch", "š"}, {"dzh", "š"}, {"tch", "č"}, {"sh", "š"}, {"sz", "š"},
	{"ch", "č"}, {"cz", "č"}, {"zh", "š"}, {"kh", "g"}, {"dj", "š"}, {"ts", "c"}, {"tz", "c"}, {"ph", "f"},
	{"th", "t"}, {"gh", "g"}, {"ck", "k"}, {"x", "ks"}, {"w", "v"}, {"q", "k"}, {"c", "k"},
}

// skeleton returns a word's consonant skeleton: "V" when it starts with a
// vowel, then its consonant classes with repeats collapsed. w is lower case.
func skeleton(w string, buf []byte) []byte {
	buf = buf[:0]
	if len(w) > 1 && (w[0] == 0xCE || w[0] == 0xCF) {
		// A Greek name: read in Latin letters first (greekLatin), then
		// as a Latin name.
		w = greekLatin(w)
	}
	cyr := isCyrillicText(w)
	if cyr {
		for _, e := range ruNameEndings {
			if strings.HasSuffix(w, e) && utf8.RuneCountInString(w)-utf8.RuneCountInString(e) >= 4 {
				w = w[:len(w)-len(e)]
				break
			}
		}
	}
	last := ""
	emit := func(c string) {
		// A stop before a sibilant is one sound with it, however each
		// script spells the pair: дж is j, dzh, dj and German dsch
		// (Джейк, Jake; Джохар, Dzhokhar, Dschochar), тч is tch
		// (Хатчинсон, Hutchinson), and тс, дс, дз are ц, ts and tz
		// (Робертс, Roberts; Синдзо, Shinzo read as sindzo).
		if last == "t" && (c == "s" || c == "c" || c == "š" || c == "č") {
			buf = buf[:len(buf)-1] // the t just emitted
			if c == "s" {
				c = "c"
			}
			last = ""
		}
		if c != "" && c != last {
			buf = append(buf, c...)
		}
		last = c
	}
	for i := 0; i < len(w); {
		r, sz := utf8.DecodeRuneInString(w[i:])
		if i == 0 && cyr && r == 'у' && i+sz < len(w) && startsWithVowelOfW(w[sz:]) {
			// A first у before a vowel is an English or French w:
			// Уильям, William; Уэльс, Wales; Уоррен, Warren.
			emit("v")
			i += sz
			continue
		}
		if i == 0 && isVowelRune(r) {
			buf = append(buf, 'V')
		}
		if cyr {
			if r >= cyrLow && r < cyrLow+rune(len(cyrLatinTab)) {
				emit(cyrLatinTab[r-cyrLow])
			} else {
				emit("")
			}
			i += sz
			continue
		}
		// English and the Romance languages soften c before e, i and y,
		// and Russian writes it с: City is Сити, Vince Винс.
		if w[i] == 'c' && i+1 < len(w) && (w[i+1] == 'e' || w[i+1] == 'i' || w[i+1] == 'y') {
			emit("s")
			i++
			continue
		}
		matched := false
		for _, dg := range digraphsByFirst[w[i]] {
			if strings.HasPrefix(w[i:], dg.from) {
				emit(dg.to)
				i += len(dg.from)
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		switch {
		case r == 'j' && i == 0:
			// Kyrgyz and Kazakh names write ж as a first "j" (Japarov);
			// inside a word, German writes й as "j" (Awdijiwka, Selenskyj).
			emit("š")
		case r == 'z':
			emit("s") // German writes з as "s" (Selenskyj, Zelensky)
		case r == 'h':
			emit("g") // one class with г and х: see cyrLatin
		case r == 'j' && i > 0 && i+1 < len(w) && strings.IndexByte("aou", w[i-1]) >= 0 && strings.IndexByte("aiouy", w[i+1]) >= 0:
			// Between vowels after a, o or u, j is дж in the English
			// spelling of Central Asian and Arabic names (Khujand,
			// Худжанд; Rajabov, Раджабов) and ж in Kyrgyz and Kazakh
			// ones (Tajibaev, Тажибаев). Before e it is й, as German,
			// Polish and the Balkan languages write ае, ое, уе
			// (Sarajevo, Сараево; Nikolajew, Николаев).
			emit("š")
		case r == 'j' || isVowelRune(r):
			last = ""
		case r == 'd':
			emit("t") // one class with t: see cyrLatin
		case r == 'b':
			emit("p")
		case r < utf8.RuneSelf && unicode.IsLetter(r):
			emit(asciiStrings[r])
		case r >= utf8.RuneSelf:
			emit(latinLetters[r])
		}
		i += sz
	}
	return buf
}

// greekLatinLetters read each bare lower-case Greek letter in Latin as
// news agencies write Greek and foreign names: θ is th, χ is kh (the class
// of г and х, as in cyrLatin), ξ is x, ψ is ps, η and υ are i and y.
var greekLatinLetters = map[rune]string{
	'α': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'ζ': "z", 'η': "i", 'θ': "th", 'ι': "i", 'κ': "k",
	'λ': "l", 'μ': "m", 'ν': "n", 'ξ': "x", 'ο': "o", 'π': "p", 'ρ': "r", 'σ': "s", 'ς': "s", 'τ': "t",
	'υ': "y", 'φ': "f", 'χ': "kh", 'ψ': "ps", 'ω': "o",
}

// greekLatin returns lower-case Greek word w in Latin letters, for
// skeleton: Ερντογάν is erdogan, Τέμπη tempi, Μπάιντεν baiden. Greek
// writes a foreign d as ντ, and a b or g that opens a word as μπ and γκ
// (inside a word they are mp and ng, as in Τέμπη, Tempi); γγ is ng, and
// αυ, ευ are av, ev. Accents are dropped (foldGreekAccents).
func greekLatin(w string) string {
	var abuf [64]byte
	b := []byte(w)
	if len(b) <= len(abuf) {
		b = foldGreekAccents(b, &abuf)
	}
	rs := []rune(string(b))
	out := make([]byte, 0, 2*len(rs))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		var next rune
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch {
		case r == 'ν' && next == 'τ':
			out = append(out, 'd')
			i++
			continue
		case r == 'μ' && next == 'π' && i == 0:
			out = append(out, 'b')
			i++
			continue
		case r == 'γ' && next == 'κ' && i == 0:
			out = append(out, 'g')
			i++
			continue
		case r == 'γ' && (next == 'γ' || next == 'κ' || next == 'χ'):
			out = append(out, 'n')
			continue
		case r == 'υ' && i > 0 && (rs[i-1] == 'α' || rs[i-1] == 'ε'):
			out = append(out, 'v')
			continue
		}
		if l, ok := greekLatinLetters[r]; ok {
			out = append(out, l...)
		} else {
			out = utf8.AppendRune(out, r)
		}
	}
	return string(out)
}

// startsWithVowelOfW reports whether Cyrillic s starts with a vowel that
// follows an English w written у (а, э, е, и, о, ы; not й: Уйгур).
func startsWithVowelOfW(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case 'а', 'э', 'е', 'и', 'о', 'ы':
		return true
	}
	return false
}

// asciiStrings holds every ASCII character as a one-byte string, so
// skeleton emits a letter without allocating a string for it.
var asciiStrings = func() (t [utf8.RuneSelf]string) {
	for i := range t {
		t[i] = string(rune(i))
	}
	return t
}()

// skelMemo takes each token's skeleton once for crossKeys and storyKeys,
// which read many of the same words. Tokens are numbered title first,
// then body; ms has one entry per token.
type skelMemo struct {
	ms  []skelOf
	buf []byte
}

// skelOf is what the keys use of a token's skeleton: its length, whether it
// starts with a vowel mark, and its hash.
type skelOf struct {
	n    int32
	v    bool
	done bool
	h    uint64
}

// get returns the skeleton of token tok, whose normalised form is w.
func (m *skelMemo) get(tok int, w []byte) skelOf {
	s := &m.ms[tok]
	if !s.done {
		m.buf = skeleton(string(w), m.buf)
		*s = skelOf{n: int32(len(m.buf)), v: len(m.buf) > 0 && m.buf[0] == 'V', done: true, h: hashBytes(m.buf)}
	}
	return *s
}

func isVowelRune(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'а', 'е', 'ё', 'и', 'й', 'о', 'у', 'ы', 'э', 'ю', 'я', 'ь', 'ъ',
		'ә', 'ө', 'ү', 'ұ', 'і', 'ї', 'є', 'ӣ', 'ӯ', 'ä', 'ö', 'ü',
		'á', 'à', 'â', 'ã', 'å', 'ą', 'ā', 'é', 'è', 'ê', 'ë', 'ę', 'ě', 'ē', 'í', 'ì', 'î', 'ï', 'ı', 'ī',
		'ó', 'ò', 'ô', 'õ', 'ő', 'ø', 'ō', 'ú', 'ù', 'û', 'ű', 'ů', 'ū', 'ý', 'ÿ':
		return true
	}
	return false
}

// xlKey is one piece of language-independent evidence with its count and
// first position.
type xlKey struct {
	h     uint16
	count int
	first int
}

// crossKeys writes the article's script byte and its cross-language keys
// (names that are not places, and numbers that are not years) into dst.
// It takes tokens' skeletons through memo.
func (a *Analyzer) crossKeys(d *doc, dst []byte, memo *skelMemo) {
	dst[0] = scriptLat
	if d.ru {
		dst[0] = scriptCyr
	}
	keys := make([]xlKey, 0, 32)
	pos := 0
	add := func(h uint16) {
		for i := range keys {
			if keys[i].h == h {
				keys[i].count++
				return
			}
		}
		keys = append(keys, xlKey{h: h, count: 1, first: pos})
	}
	headline := !d.ru && headlineCase(d.ttoks)
	var num []byte
	feed := func(toks []token, text string, body bool) {
		first := 0 // toks[i] is token first+i of the title and body
		if body {
			first = len(d.ttoks)
		}
		for i := 0; i < len(toks); i++ {
			t := &toks[i]
			pos++
			if body && !t.pkind.counts() {
				continue
			}
			w := d.norm[t.ns:t.ne]
			if t.has(fDigit) {
				// 1.5 and 1,5 are one number; 201st is 201.
				num = append(num[:0], w...)
				for i+1 < len(toks) && toks[i+1].has(fDigit) && toks[i+1].s == t.e+1 && (text[t.e] == '.' || text[t.e] == ',') {
					i++
					t = &toks[i]
					num = append(append(num, '.'), d.norm[t.ns:t.ne]...)
				}
				if h, ok := numberKey(num); ok {
					add(h)
				}
				continue
			}
			if !t.has(fCap) {
				continue
			}
			// Capitals that start a sentence or fill a headline say nothing,
			// unless the word is a known leader's name.
			if (i == 0 || (body && toks[i-1].sent != t.sent) || (!body && headline)) && !a.isLeaderID(t.id) {
				continue
			}
			if a.isPlaceID(t.id) {
				continue
			}
			sk := memo.get(first+i, w)
			if n := sk.n; n < 3 || n == 3 && sk.v {
				continue
			}
			h := uint16(sk.h) &^ xlClass
			// A leader's name, or a first name next to one (Vladimir Putin).
			if a.isLeaderID(t.id) || a.nextToLeader(toks, i) {
				h |= xlLeader
			}
			add(h)
		}
	}
	feed(d.ttoks, d.title, false)
	feed(d.btoks, d.body, true)
	list := keys
	// Most repeated first, then first seen; no two keys share a first
	// position, so the order is total and any sort gives it.
	slices.SortFunc(list, func(x, y xlKey) int {
		if x.count != y.count {
			return cmp.Compare(y.count, x.count)
		}
		return cmp.Compare(x.first, y.first)
	})
	out := dst[1:]
	for i := 0; i < xlKeys; i++ {
		h := uint16(xlEmptyKey)
		if i < len(list) {
			h = list[i].h
		}
		binary.LittleEndian.PutUint16(out[2*i:], h)
	}
}

// headlineCase reports whether most words of an English title are
// capitalised, so that capitals there say nothing about names.
func headlineCase(toks []token) bool {
	caps := 0
	for i := range toks {
		if toks[i].has(fCap) {
			caps++
		}
	}
	return len(toks) >= 3 && caps*2 > len(toks)
}

// numberKey is the key of a number: digits with "," read as ".", without
// one-digit numbers and years, which any two stories share.
func numberKey(w []byte) (uint16, bool) {
	var buf [32]byte
	b, ok := appendNormNumber(buf[:0], w)
	if !ok {
		return 0, false
	}
	return uint16(hashBytes(b))&^xlClass | xlNumber, true
}

// isPlaceID reports whether a vocabulary word begins a gazetteer phrase that
// names a place, institution or country (not a person).
func (a *Analyzer) isPlaceID(id uint32) bool {
	if id == 0 || !a.gaz.startsPhrase(id) {
		return false
	}
	for _, ci := range a.gaz.heads[id] {
		if k := a.gaz.entries[ci].storyKind(); k != kLeader && k != kNoStory {
			return true
		}
	}
	return false
}

// isBroadPlaceID reports whether a vocabulary word names, in the
// gazetteer, a country, a capital, a people, an institution or a bloc, and
// no city or region: what many stories of a day name (Israel, Moscow),
// unlike a town or a region where one thing happened.
func (a *Analyzer) isBroadPlaceID(id uint32) bool {
	if !a.gaz.startsPhrase(id) {
		return false
	}
	broad := false
	for _, ci := range a.gaz.heads[id] {
		switch a.gaz.entries[ci].storyKind() {
		case kCity, kRegion:
			return false
		case kName, kCapital, kDemonym, kInstitution, kBlock:
			broad = true
		}
	}
	return broad
}

// nextToLeader reports whether toks[i] stands beside a capitalised word
// that names a leader: a first name or a title before the surname
// (Vladimir Putin, Marine Le Pen). A lower-case neighbour that only
// begins a leader's name in another language (Spanish "le", "de Facebook
// le dijo") makes no leader of the word.
func (a *Analyzer) nextToLeader(toks []token, i int) bool {
	return i+1 < len(toks) && toks[i+1].has(fCap) && a.isLeaderID(toks[i+1].id) ||
		i > 0 && toks[i-1].has(fCap) && a.isLeaderID(toks[i-1].id)
}

func (a *Analyzer) isLeaderID(id uint32) bool {
	if !a.gaz.startsPhrase(id) {
		return false
	}
	for _, ci := range a.gaz.heads[id] {
		if a.gaz.entries[ci].storyKind() == kLeader {
			return true
		}
	}
	return false
}

// Story keys (fingerprint version 3 to 5) are what the same-story index looks
// articles up by and compares them on. Each is 32 bits: a class in the top
// three bits, a flag for keys that occur in the title, and a 28-bit hash.
// Names, places and numbers are language-independent (names as consonant
// skeletons of their Latin transliteration, numbers as digits); lead words
// are the opening content words of the text, in its own language. Version 4
// adds countries by code, event concepts and events in countries
// (storylex.go), and reads German names. Places that are countries,
// capitals, peoples or institutions carry skBroad: keys stored before it
// still compare, and those places meet only by hash (crossNames) until
// they leave the index with the story window.
const (
	skTitle   uint32 = 1 << 29 // a content word of the title (5-letter prefix); first, for the title bit masks
	skName    uint32 = 2 << 29 // a name that is neither a place nor a leader
	skLeader  uint32 = 3 << 29 // a leader's name: leaders meet in many stories
	skPlace   uint32 = 4 << 29 // a place, institution or country name
	skNumber  uint32 = 5 << 29 // a number that is not a year or a single digit
	skLead    uint32 = 6 << 29 // a content word of the lead (5-letter prefix)
	skEvent   uint32 = 0 << 29 // an event concept (storylex.go), in any language
	skEventIn uint32 = 7 << 29 // an event concept in a country: an earthquake in Turkey
	skClass   uint32 = 7 << 29
	skInTitle uint32 = 1 << 28
	skHash    uint32 = 1<<28 - 1
	skInitial uint32 = 1 << 27 // title words: a capital that starts a sentence
	skGazette uint32 = 1 << 26 // title words: a gazetteer name, which has its own key
	skMaybe   uint32 = 1 << 27 // names: a word that may be a noun (a German one, a title's first, a place adjective's stem)
	skBroad   uint32 = 1 << 27 // places: a country, a capital, a people or an institution, in story after story

	maxTitleKeys   = 16 // title words kept
	maxNameKeys    = 16 // names, places and numbers kept, title ones and the most repeated first
	maxLeadKeys    = 16 // lead words kept
	maxCountryKeys = 4  // countries kept, title ones first
	maxEventKeys   = 6  // event concepts kept, title ones first
	maxEventInKeys = 6  // event-in-country keys kept
	leadTokens     = 40 // how far into the text lead words, countries and events are read
)

// storyKeys returns the article's story keys: its names, places and numbers,
// then the content words of its lead.
// It takes tokens' skeletons through memo.
func (a *Analyzer) storyKeys(d *doc, memo *skelMemo) []uint32 {
	type nk struct {
		k            uint32
		count, first int
	}
	var namesBuf [32]nk
	names := namesBuf[:0]
	add := func(k uint32, pos int, inTitle bool) {
		if inTitle {
			k |= skInTitle
		}
		for i := range names {
			if names[i].k&^skInTitle == k&^skInTitle {
				names[i].count++
				names[i].k |= k & skInTitle
				return
			}
		}
		names = append(names, nk{k: k, count: 1, first: pos})
	}
	// German capitalises every noun, so there only the gazetteer tells a
	// name; an English title in headline case likewise.
	capsMeanNames := d.lang != "de"
	german := germanDoc(d)
	headline := !d.ru && headlineLang(d.lang) && headlineCase(d.ttoks)
	buf := make([]byte, 0, 32)
	var num []byte
	jp := make([]byte, 0, 32)
	pos := 0
	feed := func(toks []token, text string, title bool) {
		first := 0 // toks[i] is token first+i of the title and body
		if !title {
			first = len(d.ttoks)
		}
		for i := 0; i < len(toks); i++ {
			t := &toks[i]
			pos++
			if !title && !t.pkind.counts() {
				continue
			}
			w := d.norm[t.ns:t.ne]
			if t.has(fDigit) {
				var ok bool
				num, i, ok = storyNumber(toks, i, text, d.norm, num)
				if ok {
					add(skNumber|uint32(hashBytes(num))&skHash, pos, title)
				}
				continue
			}
			// "twelve", «двенадцать»: the number's digits (storynumwords.go).
			if _, h, ok := numberWordValue(w); ok {
				add(skNumber|h&skHash, pos, title)
				continue
			}
			if !t.has(fCap) {
				continue
			}
			if creditWordGate.may(w) && creditWords[string(w)] {
				continue
			}
			// "Berliner": the town it is made from (storyplace_de.go).
			if german {
				if id, _, ok := a.germanPlaceAdjective(w, d.langs); ok {
					buf = skeleton(string(w[:len(w)-2]), buf)
					h := uint32(hashBytes(buf)) & skHash &^ skMaybe
					h |= skPlace
					if a.isBroadPlaceID(id) {
						h |= skBroad
					}
					add(h, pos, title)
					continue
				}
			}
			leader, place := a.isLeaderID(t.id), a.isPlaceID(t.id)
			// A capitalised word the event lexicon reads names a kind
			// of thing, not one story's ("Луна", the Moon, in «посадка
			// на Луну» and in «Луна-25»; "Hurricane" in Hurricane Otis):
			// its event key says it.
			if !leader && !place && storyEvents.concept(w) >= 0 {
				continue
			}
			initial := i == 0 || (!title && toks[i-1].sent != t.sent)
			maybe := false
			if !leader && !place && (initial || !capsMeanNames || title && headline) &&
				(capsMeanNames || !germanName(toks, text, i, title)) {
				// A German noun may be a name ("aus Awdijiwka"): kept as
				// one that only a name of another report can meet. So is
				// a title's first word («Дурову грозит…», "Kakhovka Dam
				// Destroyed"): titles start with the name of the story as
				// often as not.
				if (capsMeanNames || initial) && !(title && i == 0) {
					continue
				}
				maybe = true
			}
			sk := memo.get(first+i, w)
			if n := sk.n; n < 2 || n == 2 && sk.v || maybe && n < 3 {
				continue
			}
			h := uint32(sk.h) & skHash &^ skMaybe
			switch {
			case maybe:
				h |= skName | skMaybe
			case leader || a.nextToLeader(toks, i):
				h |= skLeader
			case place:
				h |= skPlace
				if a.isBroadPlaceID(t.id) {
					h |= skBroad
				}
			default:
				h |= skName
			}
			add(h, pos, title)
			// «Белгородской области», «Херсонській»: the place the
			// adjective is made from, as a name only another report's
			// name can meet (Belgorod, Kherson).
			if stem, ok := placeAdjectiveStem(string(w)); ok && !maybe {
				buf = skeleton(stem, buf)
				if len(buf) >= 3 {
					add(uint32(hashBytes(buf))&skHash&^skMaybe|skName|skMaybe, pos, title)
				}
			}
			// Kishida, Shinzo: the name as Russian writes it (Кисида,
			// Синдзо), likewise a name only another report's name can meet.
			if !maybe && !d.ru {
				var ok bool
				if jp, ok = japaneseReading(w, jp[:0]); ok {
					buf = skeleton(string(jp), buf)
					if len(buf) >= 3 {
						add(uint32(hashBytes(buf))&skHash&^skMaybe|skName|skMaybe, pos, title)
					}
				}
			}
		}
	}
	feed(d.ttoks, d.title, true)
	feed(d.btoks, d.body, false)
	slices.SortStableFunc(names, func(x, y nk) int {
		// Names that may be nouns come last: they must not take the
		// place of a name.
		if mx, my := isMaybeName(x.k), isMaybeName(y.k); mx != my {
			if my {
				return -1
			}
			return 1
		}
		tx, ty := x.k&skInTitle != 0, y.k&skInTitle != 0
		if tx != ty {
			if tx {
				return -1
			}
			return 1
		}
		if x.count != y.count {
			return cmp.Compare(y.count, x.count)
		}
		return cmp.Compare(x.first, y.first)
	})
	// The keys are copied into the fingerprint: the pooled document's
	// array holds them.
	out := slices.Grow(d.storyKeys[:0], maxTitleKeys+maxNameKeys+maxLeadKeys)
	defer func() { d.storyKeys = out[:0] }()
	// Title words, flagged when they name something (a capitalised word
	// or a number; in a German or headline-case title, numbers only):
	// where two titles differ in such a word, the word is the story.
	for i := range d.ttoks {
		t := &d.ttoks[i]
		w := d.norm[t.ns:t.ne]
		// A leader's name is its own (weaker) key: as a title word it
		// would count twice.
		if titleStopGate.may(w) && titleStop[string(w)] || len(out) == maxTitleKeys || a.isLeaderID(t.id) || isYear(w) {
			continue
		}
		stem := w
		if t.has(fCap) {
			stem = titleStem(w)
		}
		k := skTitle | uint32(hashBytes(prefixRunes(stem, 5)))&skHash
		// A capital that starts the title or a sentence in it may be any
		// word: it is told apart, and counts only in closer formats.
		k &^= skInitial | skGazette
		if a.isPlaceID(t.id) {
			k |= skGazette
		}
		if t.has(fDigit) {
			k |= skInTitle
		} else if t.has(fCap) && capsMeanNames && !headline {
			if i == 0 || strings.Contains(d.title[d.ttoks[i-1].e:t.s], ". ") ||
				strings.ContainsAny(d.title[d.ttoks[i-1].e:t.s], "!?:«\"‘“") {
				k |= skInitial
			} else {
				k |= skInTitle
			}
		}
		dup := false
		for j, o := range out {
			if o&^(skInTitle|skInitial|skGazette) == k&^(skInTitle|skInitial|skGazette) {
				out[j] |= k & (skInTitle | skInitial | skGazette)
				dup = true
			}
		}
		if !dup {
			out = append(out, k)
		}
	}
	for i := 0; i < len(names) && i < maxNameKeys; i++ {
		out = append(out, names[i].k)
	}
	out = a.eventKeys(d, out)
	// Lead words: the opening content words of the text.
	n := 0
	for i := range d.btoks {
		t := &d.btoks[i]
		if n >= maxLeadKeys || i >= leadTokens {
			break
		}
		if t.has(fDigit) || !t.pkind.counts() {
			continue
		}
		w := d.norm[t.ns:t.ne]
		// Nine bytes hold at least three runes: only shorter words are counted.
		if len(w) < 9 && utf8.RuneCount(w) < 3 || titleStopGate.may(w) && titleStop[string(w)] {
			continue
		}
		k := skLead | uint32(hashBytes(prefixRunes(w, 5)))&skHash
		dup := false
		for _, o := range out {
			if o == k {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, k)
			n++
		}
	}
	return out
}

// shortCaseEndings are the Russian and Ukrainian case endings that
// titleStem cuts from a short word, longest first.
var shortCaseEndings = [...]string{"ами", "ями", "ом", "ем", "ой", "ей", "ам", "ям", "ах", "ях", "ов", "ев", "ую", "а", "я", "у", "ю", "е", "ы", "и", "і"}

// titleStem returns a capitalised title word as its title key is made
// from: the first five letters meet the inflections of a long name
// (Восточный, Восточного), but a short Cyrillic name inflects within
// them (Ким Чен Ын, Ким Чен Ына; Кима, Ким): its case ending is cut
// first, where two letters at least remain.
func titleStem(w []byte) []byte {
	if len(w) > 14 || !isCyrillicText(string(w)) {
		return w
	}
	for _, e := range shortCaseEndings {
		if stem, ok := bytes.CutSuffix(w, []byte(e)); ok && utf8.RuneCount(stem) >= 2 {
			return stem
		}
	}
	return w
}

// isMaybeName reports whether k is a German noun that may be a name: it
// counts only where another report has it as a name, place or leader.
func isMaybeName(k uint32) bool { return k&skClass == skName && k&skMaybe != 0 }

// creditWordGate and titleStopGate pass over most words that are in
// neither set without a map lookup.
var creditWordGate, titleStopGate = newWordGate(creditWords), newWordGate(titleStop)

// creditWords name news agencies and photo libraries: photo credits and
// "…, Reuters reported" put them in stories of every kind, so they say
// nothing about which story an article tells.
var creditWords = map[string]bool{
	"getty": true, "images": true, "afp": true, "ap": true, "reuters": true, "epa": true, "shutterstock": true,
	"istock": true, "efe": true, "dpa": true, "tass": true, "ria": true, "интерфакс": true, "тасс": true, "риа": true,
	"interfax": true, "xinhua": true, "photo": true, "via": true,
}

// normNumber is a number token in one written form for both languages'
// keys: an ordinal suffix dropped (201st, 3rd), a decimal comma read as a
// point (1,5 = 1.5). It refuses words that are not numbers, numbers of
// one digit and years (19xx, 20xx), which tell nothing of the story.
func normNumber(w []byte) ([]byte, bool) { return appendNormNumber(nil, w) }

// appendNormNumber is normNumber writing into dst's array.
func appendNormNumber(dst, w []byte) ([]byte, bool) {
	b := dst[:0]
	digits := 0
	for n := len(w); n > 0 && len(w)-n < 2 && w[n-1] >= 'a' && w[n-1] <= 'z'; n-- {
		w = w[:n-1]
	}
	for _, c := range w {
		switch {
		case c >= '0' && c <= '9':
			b = append(b, c)
			digits++
		case c == ',' || c == '.':
			b = append(b, '.')
		default:
			return nil, false
		}
	}
	if digits < 2 || len(b) == 4 && (b[0] == '1' && b[1] == '9' || b[0] == '2' && b[1] == '0') {
		return nil, false
	}
	return b, true
}

// isYear reports whether a word is a year (19xx, 20xx): two titles of one
// year ("Market 2019", "Budget 2019") share it whatever their stories.
func isYear(w []byte) bool {
	return len(w) == 4 && (w[0] == '1' && w[1] == '9' || w[0] == '2' && w[1] == '0') &&
		w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9'
}

// numberScale are the words that multiply a number before them: "20
// тысяч", "1,5 млн", "2 billion", "9 Millionen".
var numberScale = map[string]int64{
	"thousand": 1e3, "thousands": 1e3, "тыс": 1e3, "тысяч": 1e3, "тысячи": 1e3, "тысяча": 1e3, "тисяч": 1e3,
	"тисячі": 1e3, "тисяча": 1e3, "tausend": 1e3,
	"million": 1e6, "millions": 1e6, "mln": 1e6, "млн": 1e6, "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6,
	"мільйон": 1e6, "мільйона": 1e6, "мільйонів": 1e6, "millionen": 1e6, "mio": 1e6,
	"billion": 1e9, "billions": 1e9, "bn": 1e9, "млрд": 1e9, "миллиард": 1e9, "миллиарда": 1e9, "миллиардов": 1e9,
	"мільярд": 1e9, "мільярда": 1e9, "мільярдів": 1e9, "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9,
}

// storyNumber reads the number that starts at toks[i] into one written
// form for every language, appended to buf[:0], and returns it, the index
// of its last token, and whether it is a story key. Groups of three digits
// after a comma, a point or a space are thousands (1,400 = 1.400 = 1 400 =
// 1400); another group after a comma or a point is a fraction (1,5 =
// 1.5); a scale word multiplies (20 тысяч = 20,000; 1,5 млн = 1500000).
// Numbers of one digit and years (19xx, 20xx, written as such) are no keys:
// any two stories share them.
func storyNumber(toks []token, i int, text string, norm []byte, buf []byte) ([]byte, int, bool) {
	t := &toks[i]
	intPart := append(buf[:0], norm[t.ns:t.ne]...)
	var frac []byte
	plain := true
	for i+1 < len(toks) && toks[i+1].has(fDigit) && frac == nil {
		n := &toks[i+1]
		gap := text[t.e:n.s]
		group := norm[n.ns:n.ne]
		thousands := len(group) == 3 && (gap == "," || gap == "." || gap == " " || gap == "\u00a0" || gap == "\u202f")
		switch {
		case thousands:
			intPart = append(intPart, group...)
		case gap == "," || gap == ".":
			frac = append([]byte(nil), group...)
		default:
			return finishNumber(intPart, frac, 1, plain, i)
		}
		plain = false
		i++
		t = n
	}
	scale := int64(1)
	if i+1 < len(toks) && !toks[i+1].has(fDigit) && strings.TrimSpace(text[t.e:toks[i+1].s]) == "" {
		w := strings.TrimSuffix(string(norm[toks[i+1].ns:toks[i+1].ne]), ".")
		if m, ok := numberScale[w]; ok {
			scale, plain = m, false
			i++
		}
	}
	return finishNumber(intPart, frac, scale, plain, i)
}

func finishNumber(intPart, frac []byte, scale int64, plain bool, last int) ([]byte, int, bool) {
	for _, c := range intPart {
		if c < '0' || c > '9' {
			// 201st, 3rd: the ordinal's letters go; any other word is no number.
			return finishOrdinal(intPart, last)
		}
	}
	for len(intPart) > 1 && intPart[0] == '0' {
		intPart = intPart[1:]
	}
	out := intPart
	if scale > 1 {
		// 1,5 млн: the fraction moves into the integer, zeros fill the rest.
		zeros := 0
		for s := scale; s > 1; s /= 10 {
			zeros++
		}
		if len(frac) > zeros {
			frac = frac[:zeros]
		}
		out = append(out, frac...)
		for k := len(frac); k < zeros; k++ {
			out = append(out, '0')
		}
		frac = nil
	}
	if frac != nil {
		out = append(append(out, '.'), frac...)
	}
	digits := 0
	for _, c := range out {
		if c != '.' {
			digits++
		}
	}
	if digits < 2 || plain && len(out) == 4 && (out[0] == '1' && out[1] == '9' || out[0] == '2' && out[1] == '0') {
		return out, last, false
	}
	return out, last, true
}

// finishOrdinal handles a number token with letters (201st, 3rd, 5G):
// up to two trailing letters are an ordinal's and go, as normNumber does.
func finishOrdinal(w []byte, last int) ([]byte, int, bool) {
	b, ok := normNumber(w)
	return b, last, ok
}

// titleNounOnly reports whether a's key i, a title word that may be a noun
// (skMaybe), meets b's name j only outside b's title, in one outlet's
// items: an outlet capitalises the words of its beat ("Global … Market")
// in its titles and texts alike, so there a title's noun is a name of the
// story only where the other title names it too.
func titleNounOnly(a *storyEntry, i int, b *storyEntry, j int) bool {
	return a.source != 0 && a.source == b.source &&
		isMaybeName(a.keys[i]) && a.titled&(1<<i) != 0 && b.titled&(1<<j) == 0
}

// genericAndNamed reports whether two titles that differ in a word that
// names something (a format's conflict) tell one story: one title names
// nobody the other title does not («В США мужчина получил…»), the other
// names a person («Райан Рут получил…»), and each text names all the
// other's title does. Two titles of a format each name their own person,
// place or county (weather for Almaty and for Astana, listings of two
// counties), and stay apart even where each text names the other's.
func genericAndNamed(a, b *storyEntry) bool {
	na, nb := titleOnlyNames(a, b), titleOnlyNames(b, a)
	if (na == 0) == (nb == 0) {
		return false
	}
	return titleNamesEchoed(a, b) && titleNamesEchoed(b, a)
}

// titleOnlyNames counts the names of people (not places, leaders or
// countries) that a's title gives and b's title does not.
func titleOnlyNames(a, b *storyEntry) int {
	const hash = skMaybe - 1
	n := 0
	i, end := classRun(a.keys, skName)
	for ; i < end; i++ {
		if a.titled&(1<<i) == 0 {
			continue
		}
		found := false
		for _, c := range [...]uint32{skName, skPlace, skLeader} {
			j, jEnd := classRun(b.keys, c)
			for ; j < jEnd && !found; j++ {
				found = b.titled&(1<<j) != 0 && b.keys[j]&hash == a.keys[i]&hash
			}
		}
		if !found {
			n++
		}
	}
	return n
}

// titleEchoed reports whether a's title names something of its own story
// that b gives anywhere, under any class: a number, a name (a person, a
// venue, a noun that may be a name) or a town or region; not a country, a
// capital or a people (skBroad), which are in many stories, and not a
// leader.
func titleEchoed(a, b *storyEntry) bool {
	const hash = skMaybe - 1
	for i, k := range a.keys {
		if a.titled&(1<<i) == 0 {
			continue
		}
		switch k & skClass {
		case skName, skPlace:
			if k&skClass == skPlace && k&skBroad != 0 || k&skClass == skName && calendarNames[k&skHash&^skMaybe] {
				continue
			}
			for _, c := range [...]uint32{skName, skPlace, skLeader} {
				j, end := classRun(b.keys, c)
				for ; j < end; j++ {
					if b.keys[j]&hash == k&hash {
						return true
					}
				}
			}
		case skNumber:
			if slices.Contains(b.keys, k) {
				return true
			}
		}
	}
	return false
}

// titleNewEvent reports whether a's title tells an event of its own: it
// names no name of a story (a person, a venue, a town or region, a
// number; skBroad places, leaders and days aside) and names a kind of
// event (storylex.go) that b's title does not.
func titleNewEvent(a, b *storyEntry) bool {
	own := false
	for i, k := range a.keys {
		if a.titled&(1<<i) == 0 {
			continue
		}
		switch k & skClass {
		case skName:
			if !calendarNames[k&skHash&^skMaybe] {
				return false
			}
		case skPlace:
			if k&skBroad == 0 {
				return false
			}
		case skNumber:
			return false
		case skEvent:
			if j, found := slices.BinarySearch(b.keys, k); !found || b.titled&(1<<j) == 0 {
				own = true
			}
		}
	}
	return own
}

// titleNamesEchoed reports whether every name, place, leader, country and
// number a's title names is in b's text too (day 666 and day 667 of a
// war are two pages), and a's title names one at least, not a number.
// Two titles of a recurring format differ in a name the other report
// never mentions (weather for Almaty, for Astana); two reports of one
// story may word their titles apart and still name the same people
// («В США мужчина получил…», «Райан Рут получил…»).
func titleNamesEchoed(a, b *storyEntry) bool {
	const hash = skMaybe - 1
	named := false
	for i, k := range a.keys {
		if a.titled&(1<<i) == 0 {
			continue
		}
		switch c := k & skClass; {
		case c == skName || c == skPlace || c == skLeader:
			found := false
			for _, c2 := range [...]uint32{skName, skPlace, skLeader} {
				j, end := classRun(b.keys, c2)
				for ; j < end && !found; j++ {
					found = b.keys[j]&hash == k&hash
				}
			}
			if !found {
				return false
			}
			named = named || !isMaybeName(k)
		case c == skNumber || c == skEventIn && k&skCountry != 0:
			found := false
			for _, o := range b.keys {
				found = found || o == k
			}
			if !found {
				return false
			}
			named = named || c != skNumber
		}
	}
	return named
}

// crossEvent is the decision for two reports that share no words, in two
// languages, within limit hours (eventHours, or dailyHours for daily
// news), told by the kind of event in both titles:
//   - with two names of the story both texts give (Pavel Durov), in the
//     same country: «Дуров арестован» and "Telegram-Chef in Frankreich
//     festgenommen", hours apart;
//   - with two kinds of event in both titles and a name both titles give
//     (a plane, an airport, Tokyo), where one report names no country
//     the lexicon knows in its language.
//   - with two kinds of event each in one title at least and in both
//     texts, a name both titles give and another both texts give: "Trump
//     safe after shooting at rally in Butler" (an assassination attempt,
//     says the text) and «Покушение на Трампа» (a sniper, says the text,
//     in Butler).
func (ev evidence) crossEvent(limit float64) bool {
	if ev.hours > limit {
		return false
	}
	if ev.title == 0 && ev.lead == 0 && ev.titleEvents+ev.eventsCrossed >= 2 && ev.titleNames >= 1 && ev.names >= 1 {
		return true
	}
	if ev.titleEvents == 0 {
		return false
	}
	if ev.eventsIn >= 1 && ev.names >= 2 {
		return true
	}
	return ev.titleEvents >= 2 && ev.titleNames >= 1
}

// eventsCrossed counts the event concepts both reports have that one
// title names and the other does not: each title may name another side
// of one event ("shooting", «покушение»), which the other tells in its text.
func eventsCrossed(a, b *storyEntry) int {
	n := 0
	i, iEnd := classRun(a.keys, skEvent)
	j, jEnd := classRun(b.keys, skEvent)
	for i < iEnd && j < jEnd {
		switch {
		case a.keys[i] < b.keys[j]:
			i++
		case b.keys[j] < a.keys[i]:
			j++
		default:
			if (a.titled&(1<<i) != 0) != (b.titled&(1<<j) != 0) {
				n++
			}
			i++
			j++
		}
	}
	return n
}

// crossPerson is the decision for two reports in two languages (no word
// in common) whose titles name the same person, not a place or a leader,
// and whose texts share another name and a number, within eventHours:
// "Durov charged, bail set at 5 million euros" and «Дурову грозит до 10
// лет… залог €5 млн». A leader or a place is in many stories a day; a
// person's full name and the same figure are one story's.
func (ev evidence) crossPerson() bool {
	return ev.title == 0 && ev.lead == 0 && ev.hours <= eventHours &&
		ev.titlePlain >= 1 && ev.numbers >= 1 && ev.names+ev.numbers >= 3
}

// crossOutcome is the decision for two reports of one kind of event that
// is not daily news (an election, talks, a verdict), which one title
// names and the other report tells only in its text, in one country,
// within eventHours, with a person both titles name (not a place) and
// another both texts name: "Macron defeats Le Pen to win French
// presidency" and «Макрон одержал победу на выборах во Франции». The
// title that names no event names its outcome in words the lexicon does
// not hold (defeats, win). Attacks and tolls, a war's daily news, are
// recalled in many texts, and do not count.
func (ev evidence) crossOutcome() bool {
	return ev.hours <= eventHours && ev.titleEvents == 0 && ev.eventsCrossed >= 1 && ev.dailyEvents < ev.events &&
		ev.eventsIn >= 1 && ev.titleLeaders+ev.titlePlain >= 1 && ev.names+ev.leaders >= 2
}

// crossMeeting is the decision for two reports whose titles both name a
// leader and two more people or places, one of them not a leader, within
// eventHours: leaders and the venue where they met («Путин и Ким Чен Ын
// встретились на космодроме Восточный», "Putin Meets Kim Jong Un at
// Vostochny Spaceport"). The kind of meeting need not be a word of the
// lexicon; two leaders alone meet in many stories, and a third name in
// both titles says which. A person and a city without a leader (a first
// name, a surname, a city) are not enough: one person is in several
// stories of a city in a day.
func (ev evidence) crossMeeting() bool {
	return ev.hours <= eventHours && ev.titleLeaders >= 1 && ev.titleNames >= 3 && ev.titleNames > ev.titleLeaders
}

// tellsCase reports whether an article tells a stage of a legal case
// (caseConcepts): its event keys are the first of its sorted keys.
func tellsCase(e *storyEntry) bool {
	for _, k := range e.keys {
		if k&skClass != skEvent {
			return false
		}
		if caseKeys[k&^skInTitle] {
			return true
		}
	}
	return false
}

// caseFollowUp is the decision for two stages of one legal case, days
// apart within the window: the same person (not a place, not a leader) in
// both titles, and two more names or numbers both texts give. The arrest
// on Saturday and the charges on Wednesday are one story; a town's two
// arrests are not (no person in both titles).
func (ev evidence) caseFollowUp() bool {
	return ev.caseBoth && ev.titlePlain >= 1 && ev.names+ev.numbers >= 3
}

// placeAdjectiveEndings are the Russian and Ukrainian endings of an
// adjective made from a place with -ск- (белгородский, херсонська).
var placeAdjectiveEndings = [...]string{
	"ского", "скому", "скими", "ская", "ской", "ский", "ское", "ском", "скую", "ские", "ских", "ским",
	"ського", "ському", "ськими", "ська", "ській", "ський", "ське", "ську", "ські", "ських", "ським",
}

// placeAdjectiveStem returns the place an adjective is made from
// (белгородской → белгород, київській → київ), when the word is one and
// four letters at least remain. A place that ends in -ск itself (Курск,
// курской) gives a stem that meets nothing, and keeps its own key.
func placeAdjectiveStem(w string) (string, bool) {
	if !isCyrillicText(w) {
		return "", false
	}
	for _, e := range placeAdjectiveEndings {
		if stem, ok := strings.CutSuffix(w, e); ok && utf8.RuneCountInString(stem) >= 4 {
			return stem, true
		}
	}
	return "", false
}

// japaneseReading returns a Japanese name written in Latin letters by
// Hepburn (Kishida, Shinzo, Fujimori) as Russian and Ukrainian write it
// by Polivanov's system (Кисида, Синдзо, Фудзимори): sh is с, ch is т, and
// j and z are дз. It appends the rewritten word to dst and reports true
// only for a word of Japanese syllables (each consonant, or a doubled one,
// before a vowel; n before a consonant or at the end) that has one of
// those letters: other words, and Japanese names without them, keep the
// one skeleton they have.
func japaneseReading(w, dst []byte) ([]byte, bool) {
	vowel := func(c byte) bool { return c == 'a' || c == 'i' || c == 'u' || c == 'e' || c == 'o' }
	changed := false
	for i := 0; i < len(w); {
		c := w[i]
		switch {
		case vowel(c):
			i++
			continue
		case c == 'n' && (i+1 == len(w) || !vowel(w[i+1]) && w[i+1] != 'y'):
			i++ // syllabic n: Shinzo, Kan
			continue
		case i+1 < len(w) && c == w[i+1] && (c == 'k' || c == 's' || c == 't' || c == 'p'):
			i++ // a doubled consonant: Hattori, Nissan
			continue
		}
		n := 0 // the onset's length
		switch {
		case i+1 < len(w) && (c == 's' || c == 'c') && w[i+1] == 'h', i+1 < len(w) && c == 't' && w[i+1] == 's':
			n = 2
			changed = true
		case c == 'j' || c == 'z':
			n = 1
			changed = true
		case strings.IndexByte("kgnhbpmr", c) >= 0 && i+1 < len(w) && w[i+1] == 'y':
			n = 2 // Ryu, Kyoto
		case strings.IndexByte("kstnhmyrwgdbpf", c) >= 0:
			n = 1
		default:
			return dst, false
		}
		if i+n >= len(w) || !vowel(w[i+n]) {
			return dst, false
		}
		i += n + 1
	}
	if !changed {
		return dst, false
	}
	for i := 0; i < len(w); i++ {
		switch {
		case i+1 < len(w) && w[i] == 's' && w[i+1] == 'h':
			dst = append(dst, 's')
			i++
		case i+1 < len(w) && w[i] == 'c' && w[i+1] == 'h':
			dst = append(dst, 't')
			i++
		case w[i] == 'j' || w[i] == 'z':
			dst = append(dst, 'd', 'z')
		default:
			dst = append(dst, w[i])
		}
	}
	return dst, true
}
