package analyze

import (
	"unicode"
	"unicode/utf8"
)

// foldOpeners returns the bytes that can open a string equal, ignoring case
// as strings.EqualFold compares, to one of the phrases of lists: the first
// byte of every rune in the case-folding orbit of each phrase's first rune
// (k, K and the Kelvin sign; s, S and ſ). A string whose first byte is not
// in the set equals none of the phrases, nor any prefix of one that keeps
// its first rune, so a loop of strings.EqualFold over a list may be passed
// over on one byte.
func foldOpeners(lists ...[]string) (b byteSet) {
	for _, ps := range lists {
		for _, p := range ps {
			r, _ := utf8.DecodeRuneInString(p)
			if r == utf8.RuneError {
				panic("analyze: foldOpeners: a phrase opening with an invalid byte or U+FFFD: " + p)
			}
			for f := r; ; {
				var e [utf8.UTFMax]byte
				utf8.EncodeRune(e[:], f)
				b[e[0]>>6] |= 1 << (e[0] & 63)
				if f = unicode.SimpleFold(f); f == r {
					break
				}
			}
		}
	}
	return b
}

// mayFoldOpen reports whether s may equal, ignoring case, a phrase whose
// first bytes b holds (foldOpeners): false for an empty s.
func (b *byteSet) mayFoldOpen(s string) bool { return s != "" && b.has(s[0]) }

// The first bytes of the phrase lists the summary compares sentences'
// openings and words with through strings.EqualFold.
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
)
