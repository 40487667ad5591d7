package analyze

import (
	"unicode"
	"unicode/utf8"
)

// foldGate tells, from a string's first two bytes, that it cannot equal
// any phrase of a list ignoring case as strings.EqualFold compares, nor
// any prefix of one that keeps its first two runes; loops of
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
				if x >= utf8.RuneSelf {
					return
				}
				if n == len(p) {
					for c := range 128 {
						k := int(x)<<7 | c
						g.pairs[k/64] |= 1 << (k % 64)
					}
					return
				}
				r1, _ := utf8.DecodeRuneInString(p[n:])
				orbit(r1, func(y rune) {
					if y < utf8.RuneSelf {
						k := int(x)<<7 | int(y)
						g.pairs[k/64] |= 1 << (k % 64)
					}
				})
			})
		}
	}
	return g
}

// mayFoldOpen reports whether s may equal, ignoring case, a phrase of the
// gate's lists or a prefix of one keeping its first two runes: false for
// an empty s.
func (g *foldGate) mayFoldOpen(s string) bool {
	if s == "" || !g.first.has(s[0]) {
		return false
	}
	if len(s) < 2 || s[0] >= utf8.RuneSelf || s[1] >= utf8.RuneSelf {
		return true
	}
	k := int(s[0])<<7 | int(s[1])
	return g.pairs[k/64]&(1<<(k%64)) != 0
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
