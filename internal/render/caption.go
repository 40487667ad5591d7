package render

import (
	"html"
	"strings"
)

// MaxCaptionLen is Telegram's limit on a photo's caption, in UTF-16 code
// units of the text after entity parsing (tags do not count).
const MaxCaptionLen = 1024

// VisibleLen is the length Telegram counts for a message in this package's
// HTML: the text left once tags are removed and character references
// decoded, in UTF-16 code units.
func VisibleLen(s string) int {
	return UTF16Len(html.UnescapeString(stripTags(s)))
}

// Caption splits a card (one message of this package's HTML) into a photo
// caption of at most MaxCaptionLen visible characters and the rest, to be
// sent as a follow-up message; rest is empty when the whole card fits.
// Whole paragraphs go to the caption while they fit, so the title and the
// summary stay under the photo and a quote moves below; a first paragraph
// too long on its own is cut, with the tags open at the cut closed and
// reopened.
func Caption(card string) (caption, rest string) {
	card = strings.Trim(card, " \n")
	if VisibleLen(card) <= MaxCaptionLen {
		return card, ""
	}
	paras := strings.Split(card, "\n\n")
	n := 0
	for n < len(paras) && VisibleLen(strings.Join(paras[:n+1], "\n\n")) <= MaxCaptionLen {
		n++
	}
	if n > 0 {
		return strings.Join(paras[:n], "\n\n"), strings.Trim(strings.Join(paras[n:], "\n\n"), " \n")
	}
	// The source length is never below the visible one, so a cut by it fits.
	pieces := cut(paras[0], MaxCaptionLen)
	caption = pieces[0]
	tail := append(pieces[1:len(pieces):len(pieces)], paras[1:]...)
	return caption, strings.Trim(strings.Join(tail, "\n\n"), " \n")
}
