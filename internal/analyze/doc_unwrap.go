package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hard-wrapped bodies. Some pages store their text with a line break every
// 60–80 characters, so each line of a sentence would be a paragraph of its
// own and the summary would start or end in the middle of a sentence. A
// body whose text lines are short and mostly break where a sentence goes on
// (no closing punctuation, the next line in lower case) has its wrapped
// breaks turned back into spaces before the paragraphs are split. A break
// after a sentence's end, a blank line, a short line (a heading, a byline,
// a caption) and a list item's start stay breaks.

// Wrapped lines are at most unwrapMaxWidth runes long (a few longer lines
// may stand among them), and a body needs unwrapMinLines text lines to be
// judged at all.
const (
	unwrapMaxWidth = 110
	unwrapMinLines = 5
)

// mayBeWrapped is the byte test in front of unwrapLines: enough line breaks
// for the body's length that its lines average at most about two wrapped
// lines of Cyrillic.
func mayBeWrapped(body string) bool {
	n := strings.Count(body, "\n")
	return n >= unwrapMinLines && len(body) <= (n+1)*220
}

// lineEndOpen reports whether a line ends where its sentence cannot have
// ended: on a letter, a digit, a comma or a dash, or on a closing mark or
// bracket that follows one of those.
func lineEndOpen(line string) bool {
	r, sz := utf8.DecodeLastRuneInString(line)
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']', '“':
		r, _ = utf8.DecodeLastRuneInString(line[:len(line)-sz])
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == ',' || r == '-' || r == '–' || r == '—'
}

// lineStartsLower reports whether a line opens with a lower-case letter.
func lineStartsLower(line string) bool {
	r, _ := utf8.DecodeRuneInString(line)
	return unicode.IsLower(r)
}

// lineStartsItem reports whether a line opens as a list item: a bullet, a
// dash or a number with a full stop or bracket ("3. ", "2) ").
func lineStartsItem(line string) bool {
	r, _ := utf8.DecodeRuneInString(line)
	switch r {
	case '-', '–', '—', '•', '*', '·', '▪', '►':
		return true
	}
	i := 0
	for i < len(line) && i < 3 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(line) && (line[i] == '.' || line[i] == ')') && line[i+1] == ' '
}

// lineStartsLabel reports whether a line opens with a label or a speaker's
// turn: a first word of at most 24 bytes that ends in a colon ("Authors:",
// "PDF:", "xxx: …", «Ведущий:»).
func lineStartsLabel(line string) bool {
	i := strings.IndexAny(line[:min(len(line), 26)], " :")
	return i > 0 && line[i] == ':'
}

// wrappedHyphen reports whether a line ends in a word broken at a hyphen
// that the next line, in lower case, goes on with ("eco-\nnomic",
// "well-\nknown"): the two halves join without a space, the hyphen kept.
func wrappedHyphen(line, next string) bool {
	if len(line) < 2 || line[len(line)-1] != '-' {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(line[:len(line)-1])
	return unicode.IsLetter(r) && lineStartsLower(next)
}

// unwrapLines returns body with the line breaks of a hard-wrapped text
// turned into spaces (the spaces around a break become one), or body
// itself when it does not read as wrapped. It runs before the body is
// tokenised, so no offset refers to the text it replaces.
func unwrapLines(body, title string) string {
	// One pass judges the body: its text lines (of at least 25 runes),
	// the lengths of those at most unwrapMaxWidth runes long, and how many
	// breaks continue a sentence into a line opened in lower case.
	var hist [unwrapMaxWidth + 1]int32
	textLines, narrow, cont := 0, 0, 0
	prevOpen := false
	for rest := body; rest != ""; {
		line, after, _ := strings.Cut(rest, "\n")
		rest = after
		line = strings.TrimSpace(line)
		if line == "" {
			prevOpen = false
			continue
		}
		if prevOpen && lineStartsLower(line) {
			cont++
		}
		n := utf8.RuneCountInString(line)
		if n >= 25 {
			textLines++
			if n <= unwrapMaxWidth {
				narrow++
				hist[n]++
			}
		}
		prevOpen = n >= 25 && lineEndOpen(line)
	}
	if textLines < unwrapMinLines || narrow*10 < textLines*8 || cont < 2 || cont*4 < textLines {
		return body
	}
	// The width is where nine in ten narrow lines end; wrapped lines fill
	// it: the median line reaches three quarters of it (a paragraph's last
	// line may not). Captions of a photo report, a short line each, do not.
	width, median := 0, 0
	for n, seen := 0, 0; n <= unwrapMaxWidth; n++ {
		seen += int(hist[n])
		if median == 0 && seen*2 >= narrow {
			median = n
		}
		if seen*10 >= narrow*9 {
			width = n
			break
		}
	}
	if median*4 < width*3 {
		return body
	}
	// Join: a break after a line of at least 60 % of the width that ends
	// open, before a line in lower case; or before a capital when the line
	// is near the width, reads as text (no byline, credit or heading) and
	// the next line is no list item.
	var b strings.Builder // one copy, made at the first join
	start, done := 0, 0
	for start < len(body) {
		end := strings.IndexByte(body[start:], '\n')
		if end < 0 {
			break
		}
		end += start
		line := strings.TrimSpace(body[start:end])
		nextEnd := strings.IndexByte(body[end+1:], '\n')
		if nextEnd < 0 {
			nextEnd = len(body)
		} else {
			nextEnd += end + 1
		}
		next := strings.TrimLeft(body[end+1:nextEnd], " \t")
		start = end + 1
		if line == "" || next == "" || !lineEndOpen(line) || lineStartsItem(next) || lineStartsLabel(next) {
			continue
		}
		n := utf8.RuneCountInString(line)
		switch {
		case lineStartsLower(next) && n*10 >= width*6:
		case n*4 >= width*3 && n <= unwrapMaxWidth+10 && classifyParagraph(line, strings.ToLower(line), title) == pText:
		default:
			continue
		}
		if done == 0 {
			b.Grow(len(body))
		}
		kept := strings.TrimRight(body[done:end], " \t")
		b.WriteString(kept)
		if !wrappedHyphen(kept, next) {
			b.WriteByte(' ')
		}
		done = nextEnd - len(next) // the next line's spaces go too
	}
	if done == 0 {
		return body
	}
	b.WriteString(body[done:])
	return b.String()
}
