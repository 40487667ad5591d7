package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// firstMark returns the offset of the first quotation mark of [s, e) that
// is no apostrophe inside a word (don’t, Kazakhstan's), and the rune and
// its size there; -1 when the paragraph holds none. Any byte no mark can
// start with is passed over without decoding.
func (d *doc) firstMark(s, e int) (int, rune, int) {
	b := d.body
	for i := nextQuoteOpenByte(b, s, e); i < e; i = nextQuoteOpenByte(b, i+1, e) {
		r, sz := utf8.DecodeRuneInString(b[i:])
		switch r {
		case '"', '“', '”', '«', '»', '„', '‹', '‚', '`':
			return i, r, sz
		case '\'', '’', '‘':
			if r != '‘' && i > s && i+sz < e {
				p, _ := utf8.DecodeLastRuneInString(b[:i])
				n, _ := utf8.DecodeRuneInString(b[i+sz:])
				if unicode.IsLetter(p) && unicode.IsLetter(n) || unicode.IsLetter(p) && r == '’' && (n == ' ' || n == ',') && strings.HasSuffix(b[:i], "s") {
					continue // don’t, Kazakhstan's, the workers’ union
				}
			}
			return i, r, sz
		}
	}
	return -1, 0, 0
}

// lostOpening reads a paragraph whose quotation lost its opening mark, as
// pages do that print the mark only on a quotation's first paragraph or
// drop it in copying: a paragraph of text follows another (the text's
// first paragraph closing a quotation is a fragment of a longer text,
// TestQuotesClosedInNextParagraph), its first mark closes ("…,” she said ·
// …" - the statement reads · …», — сказал он), no mark opens before it, the
// paragraph opens with a capital and holds at least minQuoteWords words
// before the mark, and a speech verb stands among the first three words
// after it, or the mark ends the paragraph after words of the first or
// second person (the last paragraph of a quotation attributed before it).
// The quotation is the paragraph up to the mark; whether the words after
// it, or the paragraphs before, name a speaker is decided as for any
// quotation. It returns the mark's offset and the offset just past it, or
// -1.
func (d *doc) lostOpening(s, e, at int, r rune, sz int) (int, int) {
	b := d.body
	switch r {
	case '”', '»':
	case '"':
		if at == s || b[at-1] == ' ' {
			return -1, 0 // a straight mark after a space opens
		}
	default:
		return -1, 0
	}
	if !startsUpper(b[s:at]) || countWords(b[s:at]) < minQuoteWords {
		return -1, 0
	}
	rest := b[at+sz : e]
	if onlyRunes(strings.TrimSpace(rest), ".") {
		// “A,” she said.\n\nB.”: the mark ends the paragraph, the last of
		// a quotation whose speaker the paragraphs before give; words of
		// the first or second person only, never the reporter's.
		if d.speaksAsPerson(s, at, true) {
			return at, at + sz
		}
		return -1, 0
	}
	if !strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, ",") {
		return -1, 0
	}
	// the words after the mark, past a comma and a dash
	lead := strings.TrimLeft(rest, " ,—–-")
	if len(lead) == len(rest) || !speechVerbNearStart(lead) {
		return -1, 0
	}
	return at, at + sz
}
