package analyze

import (
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Token flags.
const (
	fCap     uint8 = 1 << iota // first letter upper case
	fAllCaps                   // every letter upper case, at least two letters
	fLatin                     // first letter is Latin
	fCyr                       // first letter is Cyrillic
	fDigit                     // starts with a digit
	fDotted                    // an initialism written with dots (U.S., U.K.)
	fAbbrev                    // a title's abbreviation before its dot, normalised to the full word (expandTitleAbbrevs)
)

// token is one word of a text: where it is in the source, its lower-cased
// form in the document's shared buffer, its id in the analyzer's
// vocabulary (0 when no lexicon knows it) and the rule tables that list
// it.
type token struct {
	s, e   int32 // byte span in the source text
	ns, ne int32 // span of the normalised form in doc.norm
	id     uint32
	flags  uint8
	pkind  paraKind // body tokens: the kind of their paragraph (paraOf); pText in titles
	rules  ruleBits // the rule tables that list the word (rulewords.go)
	sent   int32    // sentence index; -1 in titles
}

func (t *token) has(f uint8) bool { return t.flags&f != 0 }

// isWordRune reports whether r continues a word: a letter, a digit, or a
// combining mark (Mn, Mc, Me), which belongs to the word it follows:
// Devanagari's and Bengali's vowel signs and virama (माली, not माल and ी),
// Arabic's harakat, an accent written apart from its letter (и + U+0306).
func isWordRune(r rune) bool { return runeIs(r, rWord) }

// startsWord reports whether a word may start at r: a word rune that is
// no combining mark. A mark with no word before it (the variation
// selector after an emoji) starts none.
func startsWord(r rune) bool {
	if uint32(r) < runeTabLen {
		return runeTab[r].bits&(rWord|rMark) == rWord
	}
	return runeIsFar(r, rWord) && !runeIsFar(r, rMark)
}

func isWordRuneSlow(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r)
}

// Rune properties kept in runeTab.
const (
	rWord   uint8 = 1 << iota // isWordRune
	rLetter                   // unicode.IsLetter
	rUpper                    // unicode.IsUpper
	rDigit                    // unicode.IsDigit
	rSpace                    // unicode.IsSpace
	rMark                     // unicode.Is(unicode.M): a combining mark
)

// runeTab covers Latin, Greek and Cyrillic (with its supplement), the
// scripts nearly every letter of the corpus is written in, the scripts
// up to U+07FF after them (Armenian, Hebrew, Arabic: the feeds in Urdu,
// Persian and Arabic, whose every letter would otherwise be searched
// for in the unicode package's range tables), and General Punctuation
// (dashes, quotation marks, the ellipsis), which news text uses in
// every language.
const (
	runeTabLen = 0x800  // runes below it are at their own index
	punctLow   = 0x2000 // General Punctuation follows them
	punctLen   = 0x70
)

// Every rune of one or two bytes (below U+0800) is in runeTab at its own
// index: countWordsUpTo reads them there without a bounds test of its
// own. This fails to compile if runeTabLen shrinks below that.
const _ = uint(runeTabLen - 0x800)

// tabIndex returns r's index in runeTab, or -1 when r is not there.
func tabIndex(r rune) int {
	if uint32(r) < runeTabLen {
		return int(r)
	}
	if uint32(r-punctLow) < punctLen {
		return runeTabLen + int(r-punctLow)
	}
	return -1
}

type runeInfo struct {
	fold  rune // foldRune
	lower rune // unicode.ToLower
	bits  uint8
}

// runeTab holds, for every rune it covers (tabIndex), the answers tokenize
// asks of each rune, so the tokeniser does not search the unicode
// package's range tables for every letter of a Cyrillic text. It is
// computed from those same functions once and never written after.
var runeTab = func() (t [runeTabLen + punctLen]runeInfo) {
	for r := rune(0); r < punctLow+punctLen; r++ {
		k := tabIndex(r)
		if k < 0 {
			continue
		}
		var b uint8
		if isWordRuneSlow(r) {
			b |= rWord
		}
		if unicode.IsLetter(r) {
			b |= rLetter
		}
		if unicode.IsUpper(r) {
			b |= rUpper
		}
		if unicode.IsDigit(r) {
			b |= rDigit
		}
		if unicode.IsSpace(r) {
			b |= rSpace
		}
		if unicode.Is(unicode.M, r) {
			b |= rMark
		}
		t[k] = runeInfo{fold: foldRuneSlow(r), lower: unicode.ToLower(r), bits: b}
	}
	return t
}()

// runeIs reports whether r has any of the runeTab properties in mask,
// through the table for the scripts it covers; beyond it, only the
// unicode checks mask asks for are made.
func runeIs(r rune, mask uint8) bool {
	if uint32(r) < runeTabLen {
		return runeTab[r].bits&mask != 0
	}
	return runeIsFar(r, mask)
}

func runeIsFar(r rune, mask uint8) bool {
	if k := tabIndex(r); k >= 0 {
		return runeTab[k].bits&mask != 0
	}
	return mask&rWord != 0 && isWordRuneSlow(r) ||
		mask&rLetter != 0 && unicode.IsLetter(r) ||
		mask&rUpper != 0 && unicode.IsUpper(r) ||
		mask&rDigit != 0 && unicode.IsDigit(r) ||
		mask&rSpace != 0 && unicode.IsSpace(r) ||
		mask&rMark != 0 && unicode.Is(unicode.M, r)
}

// runeBits returns r's runeTab properties, computing them for runes
// beyond the table.
func runeBits(r rune) uint8 {
	if uint32(r) < runeTabLen {
		return runeTab[r].bits
	}
	return runeBitsFar(r)
}

func runeBitsFar(r rune) uint8 {
	if k := tabIndex(r); k >= 0 {
		return runeTab[k].bits
	}
	return runeBitsSlow(r)
}

func runeBitsSlow(r rune) uint8 {
	var b uint8
	if isWordRuneSlow(r) {
		b |= rWord
	}
	if unicode.IsLetter(r) {
		b |= rLetter
	}
	if unicode.IsUpper(r) {
		b |= rUpper
	}
	if unicode.IsDigit(r) {
		b |= rDigit
	}
	if unicode.IsSpace(r) {
		b |= rSpace
	}
	if unicode.Is(unicode.M, r) {
		b |= rMark
	}
	return b
}

// lowerRune is unicode.ToLower through runeTab.
func lowerRune(r rune) rune {
	if uint32(r) < runeTabLen {
		return runeTab[r].lower
	}
	return lowerRuneFar(r)
}

func lowerRuneFar(r rune) rune {
	if k := tabIndex(r); k >= 0 {
		return runeTab[k].lower
	}
	return unicode.ToLower(r)
}

// lowerer lower-cases many short strings of one document into one growing
// buffer, so a document costs one allocation instead of one a string. The
// strings it returns stay valid and unchanged while the lowerer lives: it
// only appends, and an array it grows out of is never written again. A
// lowerer may start from a used buffer (b[:0]) only when no string it
// returned before is still in use. A lowerer serves one goroutine.
type lowerer struct{ b []byte }

// lower returns strings.ToLower(s): s itself when no rune changes, else a
// copy in l's buffer. Like strings.ToLower (strings.Map), it writes a byte
// that is no valid UTF-8 as U+FFFD.
func (l *lowerer) lower(s string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				break
			}
			i++
			continue
		}
		// A lead byte C2 to DF and a continuation byte are always a valid
		// rune of two bytes, decoded here; the utf8 package decodes the
		// others.
		var r rune
		var sz int
		if i+1 < len(s) && c >= 0xC2 && c <= 0xDF && s[i+1]&0xC0 == 0x80 {
			r, sz = rune(c&0x1F)<<6|rune(s[i+1]&0x3F), 2
		} else {
			r, sz = utf8.DecodeRuneInString(s[i:])
		}
		if sz == 1 || lowerRune(r) != r {
			break // an invalid byte (written as U+FFFD) or a capital
		}
		i += sz
	}
	if i == len(s) {
		return s
	}
	start := len(l.b)
	l.b = slices.Grow(l.b, len(s))
	run := 0 // s[run:i] is copied as it is
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				l.b = append(l.b, s[run:i]...)
				l.b = append(l.b, c+'a'-'A')
				run = i + 1
			}
			i++
			continue
		}
		var r rune
		var sz int
		if i+1 < len(s) && c >= 0xC2 && c <= 0xDF && s[i+1]&0xC0 == 0x80 {
			r, sz = rune(c&0x1F)<<6|rune(s[i+1]&0x3F), 2 // as above
		} else {
			r, sz = utf8.DecodeRuneInString(s[i:])
		}
		lr := lowerRune(r) // an invalid byte (sz 1) is RuneError: written as U+FFFD
		if sz > 1 && lr == r {
			i += sz
			continue
		}
		l.b = append(l.b, s[run:i]...)
		l.b = utf8.AppendRune(l.b, lr)
		i += sz
		run = i
	}
	l.b = append(l.b, s[run:]...)
	return unsafe.String(&l.b[start], len(l.b)-start) // s holds a capital: never empty
}

// isSpace is unicode.IsSpace through runeTab.
func isSpace(r rune) bool { return runeIs(r, rSpace) }

// isUpper is unicode.IsUpper through runeTab.
func isUpper(r rune) bool { return runeIs(r, rUpper) }

// isLetterOrDigit is unicode.IsLetter(r) || unicode.IsDigit(r) through
// runeTab.
func isLetterOrDigit(r rune) bool { return runeIs(r, rLetter|rDigit) }

// isUpperOrDigit is unicode.IsUpper(r) || unicode.IsDigit(r) through
// runeTab.
func isUpperOrDigit(r rune) bool { return runeIs(r, rUpper|rDigit) }

// isLetter is unicode.IsLetter through runeTab.
func isLetter(r rune) bool { return runeIs(r, rLetter) }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// foldRune lower-cases r and folds ё to е so that spelling variants meet.
func foldRune(r rune) rune {
	if uint32(r) < runeTabLen {
		return runeTab[r].fold
	}
	return foldRuneFar(r)
}

func foldRuneFar(r rune) rune {
	if k := tabIndex(r); k >= 0 {
		return runeTab[k].fold
	}
	return foldRuneSlow(r)
}

func foldRuneSlow(r rune) rune {
	r = unicode.ToLower(r)
	switch r {
	case 'ё':
		return 'е'
	case 'ʼ', '’':
		return '\''
	}
	if uint32(r-0x958) < 8 {
		// Hindi writes a letter with its nukta or without (फ़्रांस and
		// फ्रांस): the letters written whole with one fold to the letter
		// without it, as ё folds to е, and tokenize leaves the nukta
		// (devaNukta) out of a word's form.
		return devaNoNukta[r-0x958]
	}
	return r
}

// devaNukta is Devanagari's nukta, the dot below a letter (फ + ़ = फ़).
const devaNukta = 0x93C

// devaNoNukta are the letters U+0958 to U+095F (क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़)
// without their nukta.
var devaNoNukta = [8]rune{'क', 'ख', 'ग', 'ज', 'ड', 'ढ', 'फ', 'य'}

// tokenize appends the words of text to toks, writing their normalised forms
// to *norm. It runs in one pass and never fails: invalid bytes separate words.
// Hyphens separate words; a possessive 's is dropped; dotted initialisms
// (U.S.) become one token without dots.
//
// The normalised forms are appended to a local copy of *norm, stored back
// at the end, and a two-byte rune (Latin, Greek, Cyrillic) is decoded in
// place rather than through utf8.DecodeRuneInString.
func tokenize(text string, toks []token, norm *[]byte) []token {
	nb := *norm
	i := 0
	n := len(text)
	for i < n {
		r, sz := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, sz = utf8.DecodeRuneInString(text[i:])
		}
		if !startsWord(r) || (r == utf8.RuneError && sz == 1) {
			i += sz
			continue
		}
		start := i
		ns := int32(len(nb))
		if end, nb2, flags, ok := plainWord(text, i, nb); ok {
			nb = nb2
			toks = append(toks, token{s: int32(start), e: int32(end), ns: ns, ne: int32(len(nb)), flags: flags, sent: -1})
			i = end
			continue
		}
		var flags uint8
		upper, letters := 0, 0
		first := true
		wordEnd := -1
		j := i
		for j < n {
			r, sz = rune(text[j]), 1
			if r >= utf8.RuneSelf {
				// A lead byte C2 to DF and a continuation byte are always a
				// valid rune of two bytes.
				if c := text[j]; c >= 0xC2 && c <= 0xDF && j+1 < n && text[j+1]&0xC0 == 0x80 {
					r, sz = rune(c&0x1F)<<6|rune(text[j+1]&0x3F), 2
				} else if r, sz = utf8.DecodeRuneInString(text[j:]); r == utf8.RuneError && sz == 1 {
					break
				}
			}
			if bits := runeBits(r); bits&rWord != 0 {
				if bits&rLetter != 0 {
					letters++
					if bits&rUpper != 0 {
						upper++
					}
				} else if bits&rMark != 0 && int32(len(nb)) > ns {
					if uint32(r-accentLow) < accentLen {
						// An accent written apart from its letter (e +
						// U+0301) joins it as the letter written whole
						// (é), as text normalised to NFC would have it; an
						// accent no letter is written whole with (a
						// Russian stress mark, и + U+0301) is left out of
						// the word's form.
						nb = composeAccent(nb, r)
						j += sz
						continue
					}
					if r == devaNukta {
						j += sz // folded out (see foldRuneSlow)
						continue
					}
				}
				if first {
					first = false
					switch {
					case bits&rDigit != 0:
						flags |= fDigit
					case r < 0x250:
						flags |= fLatin
					case r >= 0x400 && r < 0x530:
						flags |= fCyr
					}
					if bits&rUpper != 0 {
						flags |= fCap
					}
				}
				if f := foldRune(r); f < utf8.RuneSelf {
					nb = append(nb, byte(f))
				} else {
					nb = utf8.AppendRune(nb, f)
				}
				j += sz
				continue
			}
			if isApostrophe(r) && j+sz < n {
				// Possessive 's ends the word; other apostrophes (O'Brien,
				// don't) stay inside it.
				nr, nsz := utf8.DecodeRuneInString(text[j+sz:])
				if nr == 's' || nr == 'S' {
					after := j + sz + nsz
					if after >= n || !isWordRune(decodeAt(text, after)) {
						wordEnd = j
						j = after
						break
					}
				}
				// A Turkish case ending after a name ends the word
				// ("Türkiye’ye", "Kazakistan'ın"), as a possessive does.
				if flags&fCap != 0 {
					if after := turkishSuffixEnd(text, j+sz); after > 0 {
						wordEnd = j
						j = after
						break
					}
				}
				// An elided article or preposition before a name is a word
				// of its own ("l’Italia", "dell’Uzbekistan", "d’Astana").
				if unicode.IsUpper(nr) && isElision(text[start:j]) {
					wordEnd = j
					j += sz
					break
				}
				if isWordRune(nr) && unicode.IsLetter(nr) {
					nb = append(nb, '\'')
					j += sz
					continue
				}
			}
			// Dotted initialism: a single letter, a dot, a letter, a dot.
			if r == '.' && letters == 1 && j-start <= 4 && j+2 < n+1 {
				nr, nsz := utf8.DecodeRuneInString(text[j+1:])
				if unicode.IsLetter(nr) && j+1+nsz < n && text[j+1+nsz] == '.' {
					flags |= fDotted
					j++
					continue
				}
			}
			if r == '.' && flags&fDotted != 0 {
				j++
				// Initials glued to a surname («И.И.Петров», "J.K.Rowling")
				// end at their dot: the surname is a word of its own.
				if gluedSurnameAt(text, j) {
					break
				}
				continue
			}
			break
		}
		end := j
		if wordEnd >= 0 {
			end = wordEnd
		}
		if flags&fDotted != 0 {
			// Keep the trailing dot of the initialism out of the word so
			// the sentence splitter still sees it.
			for end > start && text[end-1] == '.' {
				end--
			}
			if letters >= 2 {
				flags |= fAllCaps
			}
		} else if letters >= 2 && upper == letters {
			flags |= fAllCaps
		}
		if int32(len(nb)) > ns {
			toks = append(toks, token{s: int32(start), e: int32(end), ns: ns, ne: int32(len(nb)), flags: flags, sent: -1})
		}
		if j == i {
			j += sz
		}
		i = j
	}
	*norm = nb
	return toks
}

// plainWord reads the word that starts at text[i] as tokenize does when
// it is plain: runes of one or two bytes, ended by a rune that is no
// apostrophe and no dot that may go on an initialism. It appends the
// word's normalised form to nb and returns where the word ends and its
// flags; ok is false for any other word, which tokenize reads rune by
// rune (nb's length is then as it was). Most words of a text are plain,
// and this loop, with few variables, keeps them in registers.
func plainWord(text string, i int, nb []byte) (end int, out []byte, flags uint8, ok bool) {
	j := i
	letters, upper := 0, 0
	for j < len(text) {
		c := text[j]
		// After the first rune, a lower-case letter that folds to itself
		// (most of a word) only counts and is copied.
		if j > i {
			if c < utf8.RuneSelf {
				if plainLower[c] {
					letters++
					nb = append(nb, c)
					j++
					continue
				}
			} else if c >= 0xC2 && c <= 0xD3 && j+1 < len(text) && text[j+1]&0xC0 == 0x80 && plainLower[rune(c&0x1F)<<6|rune(text[j+1]&0x3F)] {
				letters++
				nb = append(nb, c, text[j+1])
				j += 2
				continue
			}
		}
		r, sz := rune(c), 1
		if c >= utf8.RuneSelf {
			// Two-byte runes below U+0500 are runeTab's own; any other
			// rune, or an invalid byte, is left to tokenize.
			if c < 0xC2 || c > 0xD3 || j+1 >= len(text) || text[j+1]&0xC0 != 0x80 {
				return 0, nb, 0, false
			}
			r, sz = rune(c&0x1F)<<6|rune(text[j+1]&0x3F), 2
		}
		e := &runeTab[r]
		if e.bits&rWord == 0 {
			if r == '\'' || r == '.' && letters == 1 && j-i <= 4 {
				return 0, nb, 0, false
			}
			break
		}
		if e.bits&rLetter != 0 {
			letters++
			if e.bits&rUpper != 0 {
				upper++
			}
		} else if e.bits&rMark != 0 {
			return 0, nb, 0, false // a combining accent: tokenize composes it
		}
		if j == i {
			switch {
			case e.bits&rDigit != 0:
				flags |= fDigit
			case r < 0x250:
				flags |= fLatin
			case r >= 0x400 && r < 0x530:
				flags |= fCyr
			}
			if e.bits&rUpper != 0 {
				flags |= fCap
			}
		}
		if f := e.fold; f < utf8.RuneSelf {
			nb = append(nb, byte(f))
		} else {
			nb = utf8.AppendRune(nb, f)
		}
		j += sz
	}
	if letters >= 2 && upper == letters {
		flags |= fAllCaps
	}
	return j, nb, flags, true
}

// plainLower holds the runes below U+0500 that plainWord takes as they
// are: word letters, not upper case, their own fold.
var plainLower = func() (t [0x500]bool) {
	for r := range t {
		e := &runeTab[r]
		t[r] = e.bits&rWord != 0 && e.bits&rLetter != 0 && e.bits&rUpper == 0 && e.fold == rune(r)
	}
	return t
}()

// The Combining Diacritical Marks: the accents Latin, Greek and Cyrillic
// letters are written with when a text is not normalised to NFC.
const (
	accentLow = 0x300
	accentLen = 0x70
)

// composeAccent returns the normalised form of a word, nb, that the
// combining accent a follows: its last letter written whole with the
// accent and folded (е + U+0308 → ё → е) when Unicode has that letter,
// else the form as it is.
func composeAccent(nb []byte, a rune) []byte {
	base, sz := utf8.DecodeLastRune(nb)
	if c, ok := accentLetters()[uint64(base)<<32|uint64(a)]; ok {
		return utf8.AppendRune(nb[:len(nb)-sz], foldRune(c))
	}
	return nb
}

// accentLetters maps a letter and a combining accent (base<<32 | accent)
// to the letter Unicode writes whole for them, for the letters of Latin,
// Greek and Cyrillic and their extensions (below U+0530, U+1E00 to
// U+1FFF), from their canonical decompositions: é is e + U+0301, ệ is ẹ +
// U+0302. New builds it beside the caller, with the towns.
var accentLetters = sync.OnceValue(func() map[uint64]rune {
	m := map[uint64]rune{}
	for r := rune(0xC0); r < 0x2000; r++ {
		if r == 0x530 {
			r = 0x1E00 // Latin Extended Additional and Greek Extended
		}
		d := []rune(norm.NFD.String(string(r)))
		if len(d) < 2 || uint32(d[len(d)-1]-accentLow) >= accentLen {
			continue
		}
		b := []rune(norm.NFC.String(string(d[:len(d)-1])))
		if len(b) != 1 || norm.NFC.String(string(r)) != string(r) {
			continue
		}
		m[uint64(b[0])<<32|uint64(d[len(d)-1])] = r
	}
	return m
})

// turkishSuffixes are the case and possessive endings Turkish writes after
// an apostrophe on a proper name.
var turkishSuffixes = map[string]bool{
	"a": true, "e": true, "ı": true, "i": true, "u": true, "ü": true,
	"ya": true, "ye": true, "yı": true, "yi": true, "yu": true, "yü": true,
	"da": true, "de": true, "ta": true, "te": true, "dan": true, "den": true, "tan": true, "ten": true,
	"daki": true, "deki": true, "taki": true, "teki": true, "dakı": true,
	"nın": true, "nin": true, "nun": true, "nün": true, "ın": true, "in": true, "un": true, "ün": true,
	"la": true, "le": true, "yla": true, "yle": true, "na": true, "ne": true, "nda": true, "nde": true, "ndan": true, "nden": true,
	"lı": true, "li": true, "lu": true, "lü": true, "lar": true, "ler": true, "ları": true, "leri": true,
}

// turkishSuffixEnd returns the end of the word that starts at text[i] when
// it is a Turkish ending in lower case, or 0.
func turkishSuffixEnd(text string, i int) int {
	j := i
	for j < len(text) && j-i <= 8 {
		r, sz := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		if !unicode.IsLower(r) {
			return 0
		}
		j += sz
	}
	if j == i || (j < len(text) && isWordRune(decodeAt(text, j))) || !turkishSuffixes[text[i:j]] {
		return 0
	}
	return j
}

// elisions are the French and Italian articles and prepositions that lose
// their vowel before a word ("l’", "d’", "dell’", "qu’").
var elisions = map[string]bool{
	"l": true, "d": true, "j": true, "n": true, "s": true, "c": true, "qu": true, "lorsqu": true, "puisqu": true, "jusqu": true,
	"dell": true, "dall": true, "nell": true, "sull": true, "all": true, "coll": true, "quell": true, "un": true,
}

// isElision reports whether w, the word before an apostrophe, is an elided
// article or preposition. Only "L" may be capitalised: "D'Alema" and
// "O'Brien" are names.
func isElision(w string) bool {
	if len(w) > 6 {
		return false
	}
	if w == "L" {
		return true
	}
	return elisions[w]
}

func decodeAt(s string, i int) rune {
	if i >= len(s) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// normWords lower-cases and folds a phrase into its words, as tokenize would.
func normWords(phrase string) []string {
	var buf []byte
	toks := tokenize(phrase, nil, &buf)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = string(buf[t.ns:t.ne])
	}
	return out
}

func decodeRune(b []byte) (rune, int) { return utf8.DecodeRune(b) }

// titleAbbrevFull gives the full word of a title's or a rank's
// abbreviation written with a dot before a name or the rest of a title
// ("Lt. Col. John Smith", "Sen. Mary Jones", «проф. Иван Петров», «ген.
// директор компании», «акад. РАН»). The sentence splitter already keeps
// the sentence whole after them (abbreviations); the word tables (titles,
// roles) know the full words. Abbreviations of places, units and dates
// ("St.", «ул.», «г.», «руб.», "Jan.") stand for no title and stay as
// they are.
var titleAbbrevFull = map[string]string{
	"gov": "governor", "sen": "senator", "rep": "representative", "lt": "lieutenant",
	"col": "colonel", "gen": "general", "maj": "major", "brig": "brigadier", "sgt": "sergeant",
	"capt": "captain", "cmdr": "commander", "adm": "admiral", "rev": "reverend",
	"pres": "president", "prof": "professor", "supt": "superintendent", "insp": "inspector",
	"det": "detective", "amb": "ambassador", "atty": "attorney",
	"проф": "профессор", "акад": "академик", "ген": "генеральный", "зам": "заместитель",
	"нач": "начальник", "гл": "главный", "ред": "редактор", "доц": "доцент",
	"полк": "полковник", "подполк": "подполковник",
}

// expandTitleAbbrevs gives each title abbreviation of toks that its dot
// and a space follow its full word as normal form, takes the dot into the
// word and marks it fAbbrev, so that every word table reads «проф.» as
// «профессор» and the words around it are as contiguous as with the full
// word written. A word glued to a dot on either side is
// part of an address ("gov.uk", "www.gen.ru"), not a title. It looks only
// at the words a dot follows.
func expandTitleAbbrevs(text string, toks []token, norm []byte) []byte {
	for i := range toks {
		t := &toks[i]
		e := int(t.e)
		if e+1 >= len(text) || text[e] != '.' || text[e+1] != ' ' && text[e+1] != '\n' || t.ne-t.ns > 14 {
			continue
		}
		if t.s > 0 && text[t.s-1] == '.' {
			continue
		}
		full, ok := titleAbbrevFull[string(norm[t.ns:t.ne])]
		if !ok {
			continue
		}
		ns := int32(len(norm))
		norm = append(norm, full...)
		t.ns, t.ne = ns, int32(len(norm))
		t.flags |= fAbbrev
		t.e++ // the dot is the word's: no gap between words sees it as a sentence's end
	}
	return norm
}

// gluedSurnameAt reports whether a capitalised word of letters starts at
// byte j of text (an upper-case letter, then a lower-case one), as the
// surname after initials glued by their dots does («И.И.Петров»); another
// initial («И.И.») or an initialism's next letter ("U.S.A.") does not.
func gluedSurnameAt(text string, j int) bool {
	if j >= len(text) || text[j] < 'A' {
		return false
	}
	r, sz := utf8.DecodeRuneInString(text[j:])
	if !unicode.IsUpper(r) {
		return false
	}
	nr, _ := utf8.DecodeRuneInString(text[j+sz:])
	return unicode.IsLower(nr)
}
