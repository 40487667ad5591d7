package analyze

import (
	"unicode"
	"unicode/utf8"
)

// foldGate tells, from a string's first three bytes, that it cannot equal
// any phrase of a list ignoring case as strings.EqualFold compares, nor
// any prefix of one that keeps its first three runes; loops of
// strings.EqualFold over the list are then passed over.
type foldGate struct {
	// first holds the first byte of every rune in the case-folding orbit
	// of a phrase's first rune (k, K and the Kelvin sign; s, S and ſ).
	first byteSet
	// pairs holds, for two ASCII bytes, the pairs an ASCII rune of the
	// first rune's orbit and one of the second's make: two ASCII bytes
	// outside it open no phrase. A phrase of one rune pairs its first
	// byte with every byte.
	pairs [128 * 128 / 64]uint64
	// pairs2 is pairs for the second and third runes: "The" opens no
	// "this article …" for its E. A phrase of two runes pairs its second
	// rune's bytes with every byte.
	pairs2 [128 * 128 / 64]uint64
	// single holds the ASCII runes that a phrase of one rune ("x") folds
	// to: a string opening with one is not read further.
	single byteSet
}

// setPair adds the ASCII pair x, y to t; y < 0 adds x with every byte.
func setPair(t *[128 * 128 / 64]uint64, x, y rune) {
	switch {
	case y < 0:
		for c := range 128 {
			k := int(x)<<7 | c
			t[k/64] |= 1 << (k % 64)
		}
	default:
		k := int(x)<<7 | int(y)
		t[k/64] |= 1 << (k % 64)
	}
}

// asciiOrbit calls f with every ASCII rune that strings.EqualFold takes
// for r.
func asciiOrbit(r rune, f func(rune)) {
	orbit(r, func(x rune) {
		if x < utf8.RuneSelf {
			f(x)
		}
	})
}

// orbit calls f with every rune that strings.EqualFold takes for r.
func orbit(r rune, f func(rune)) {
	for x := r; ; {
		f(x)
		if x = unicode.SimpleFold(x); x == r {
			return
		}
	}
}

// foldOpeners builds the foldGate of the phrases of lists.
func foldOpeners(lists ...[]string) *foldGate {
	g := &foldGate{}
	for _, ps := range lists {
		for _, p := range ps {
			r0, n := utf8.DecodeRuneInString(p)
			if r0 == utf8.RuneError {
				panic("analyze: foldOpeners: a phrase opening with an invalid byte or U+FFFD: " + p)
			}
			orbit(r0, func(x rune) {
				var e [utf8.UTFMax]byte
				utf8.EncodeRune(e[:], x)
				g.first[e[0]>>6] |= 1 << (e[0] & 63)
			})
			if n == len(p) {
				asciiOrbit(r0, func(x rune) { g.single[x>>6] |= 1 << (x & 63) })
				continue
			}
			r1, n1 := utf8.DecodeRuneInString(p[n:])
			asciiOrbit(r0, func(x rune) {
				asciiOrbit(r1, func(y rune) { setPair(&g.pairs, x, y) })
			})
			if n+n1 == len(p) {
				asciiOrbit(r1, func(y rune) { setPair(&g.pairs2, y, -1) })
				continue
			}
			r2, _ := utf8.DecodeRuneInString(p[n+n1:])
			asciiOrbit(r1, func(y rune) {
				asciiOrbit(r2, func(z rune) { setPair(&g.pairs2, y, z) })
			})
		}
	}
	return g
}

// mayFoldOpen reports whether s may equal, ignoring case, a phrase of the
// gate's lists or a prefix of one keeping its first three runes: false for
// an empty s.
func (g *foldGate) mayFoldOpen(s string) bool {
	if s == "" || !g.first.has(s[0]) {
		return false
	}
	if len(s) < 2 || s[0] >= utf8.RuneSelf || s[1] >= utf8.RuneSelf || g.single.has(s[0]) {
		return true
	}
	if k := int(s[0])<<7 | int(s[1]); g.pairs[k/64]&(1<<(k%64)) == 0 {
		return false
	}
	if len(s) < 3 || s[2] >= utf8.RuneSelf {
		return true
	}
	k := int(s[1])<<7 | int(s[2])
	return g.pairs2[k/64]&(1<<(k%64)) != 0
}

// The gates of the phrase lists the summary compares sentences' openings
// and words with through strings.EqualFold.
var (
	shareWordsFirst     = foldOpeners(shareWords[:])
	provenanceFirst     = foldOpeners(provenanceOpeners[:])
	editorsNotesFirst   = foldOpeners(editorsNotes[:])
	interviewFirst      = foldOpeners(interviewPrompts[:])
	stampLabelsFirst    = foldOpeners(stampLabels[:])
	bylineWordsFirst    = foldOpeners(bylineWords[:])
	pieceKindsFirst     = foldOpeners(pieceKinds[:])
	sourcePrefixesFirst = foldOpeners(sourcePrefixes[:])
	breakingFirst       = foldOpeners(breakingLabels[:])
	followVerbsFirst    = foldOpeners(followVerbs[:])
	agencyCodesFirst    = foldOpeners(agencyCodes[:])
	stampOpenersFirst   = foldOpeners(stampOpeners[:])
)

// foldKeyLen bounds the runes foldKey covers: Latin, Greek, Cyrillic and
// the scripts after them up to U+07FF, every rune of one or two bytes.
const foldKeyLen = 0x800

// foldKey holds, for every rune below foldKeyLen, the least rune of its
// case-folding orbit (unicode.SimpleFold, which strings.EqualFold walks):
// two runes are equal ignoring case exactly when their orbits, so their
// keys, are the same.
var foldKey = func() (t [foldKeyLen]uint16) {
	for r := rune(0); r < foldKeyLen; r++ {
		least := r
		orbit(r, func(x rune) { least = min(least, x) })
		t[r] = uint16(least)
	}
	return t
}()

// equalFold is strings.EqualFold, which the summary's tests call for
// every sentence and word they compare: a rune of one or two bytes (the
// letters of nearly every text of the corpus) is compared through
// foldKey, without walking its orbit through unicode.SimpleFold, and
// only a pair holding a longer rune is compared as strings.EqualFold
// does. Like it, it decodes an invalid byte as U+FFFD.
func equalFold(s, t string) bool {
	i, j := 0, 0
	for i < len(s) && j < len(t) {
		sr, tr := rune(s[i]), rune(t[j])
		if sr|tr < utf8.RuneSelf {
			i++
			j++
			if sr != tr && foldKey[sr] != foldKey[tr] {
				return false
			}
			continue
		}
		// A lead byte C2 to DF and a continuation byte are always a valid
		// rune of two bytes; any other rune is decoded by the utf8
		// package.
		if sr >= utf8.RuneSelf {
			if c := s[i]; c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
				sr = rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
				i += 2
			} else {
				var n int
				sr, n = utf8.DecodeRuneInString(s[i:])
				i += n
			}
		} else {
			i++
		}
		if tr >= utf8.RuneSelf {
			if c := t[j]; c >= 0xC2 && c <= 0xDF && j+1 < len(t) && t[j+1]&0xC0 == 0x80 {
				tr = rune(c&0x1F)<<6 | rune(t[j+1]&0x3F)
				j += 2
			} else {
				var n int
				tr, n = utf8.DecodeRuneInString(t[j:])
				j += n
			}
		} else {
			j++
		}
		if sr == tr {
			continue
		}
		if sr < foldKeyLen && tr < foldKeyLen {
			if foldKey[sr] != foldKey[tr] {
				return false
			}
			continue
		}
		if !foldPair(sr, tr) {
			return false
		}
	}
	return i == len(s) && j == len(t)
}

// foldPair reports whether two different runes are equal ignoring case,
// as strings.EqualFold compares a pair of runes.
func foldPair(sr, tr rune) bool {
	if tr < sr {
		tr, sr = sr, tr
	}
	if tr < utf8.RuneSelf {
		return 'A' <= sr && sr <= 'Z' && tr == sr+'a'-'A'
	}
	r := unicode.SimpleFold(sr)
	for r != sr && r < tr {
		r = unicode.SimpleFold(r)
	}
	return r == tr
}
