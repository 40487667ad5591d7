package render

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// oneLine collapses all whitespace, newlines included, to single spaces.
func oneLine(s string) string {
	if isOneLine(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// isOneLine reports whether oneLine would return s unchanged: no leading,
// trailing or repeated space and no whitespace other than ' '.
func isOneLine(s string) bool {
	prevSpace := true // a leading space is a change
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case ' ':
				if prevSpace {
					return false
				}
				prevSpace = true
			case '\t', '\n', '\v', '\f', '\r':
				return false
			default:
				prevSpace = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		prevSpace = false
		i += size
	}
	return !prevSpace || s == ""
}

// clip shortens s to at most n characters, cutting at a word boundary when
// one is near and ending with "…". s is returned unchanged when it fits.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n < 2 {
		return "…"
	}
	runes := []rune(s)[:n-1]
	cut := len(runes)
	for i := len(runes) - 1; i > len(runes)/2; i-- {
		if unicode.IsSpace(runes[i]) {
			cut = i
			break
		}
	}
	out := strings.TrimRightFunc(string(runes[:cut]), func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(",;:-–—(«\"'“", r)
	})
	return out + "…"
}

// clipSentences shortens s to the whole sentences that fit in n
// characters. When even the first does not, it is kept whole up to hard
// characters; only text with no sentence end within hard (a runaway
// paragraph) is clipped to n with "…". A summary is so never cut in the
// middle of a sentence it could show.
func clipSentences(s string, n, hard int) string {
	s = oneLine(s)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	end, chars := 0, 0
	for end < len(s) {
		sentence := firstSentence(s[end:])
		l := utf8.RuneCountInString(sentence)
		if end > 0 {
			l++ // the space before it
		}
		if chars+l > n {
			break
		}
		chars += l
		end += len(sentence)
		for end < len(s) && s[end] == ' ' {
			end++
		}
	}
	if end > 0 {
		return strings.TrimRight(s[:end], " ")
	}
	first := firstSentence(s)
	if utf8.RuneCountInString(first) <= hard {
		return first
	}
	return clipClause(first, n)
}

// clauseEnds end a clause inside a sentence: a runaway sentence is cut
// after one rather than between any two words.
var clauseEnds = [...]string{"; ", ", ", ": ", " — ", " – ", " - "}

// clipClause shortens s to at most n characters after its last whole
// clause that fits, ending with "…"; with no clause end in the second half
// of that room it cuts at a word, as clip does.
func clipClause(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n < 2 {
		return "…"
	}
	room := s
	if r := []rune(s); len(r) > n-1 {
		room = string(r[:n-1])
	}
	best := -1
	for _, e := range clauseEnds {
		if i := strings.LastIndex(room, e); i > best {
			best = i
		}
	}
	if best < 0 || utf8.RuneCountInString(room[:best]) < n/2 {
		return clip(s, n)
	}
	out := strings.TrimRightFunc(room[:best], func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(",;:-–—(«\"'“", r)
	})
	return out + "…"
}

// abbreviations end with a period without ending a sentence (lower case,
// without the period).
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true,
	"prof": true, "gen": true, "gov": true, "sen": true, "rep": true, "vs": true,
	"etc": true, "inc": true, "ltd": true, "co": true, "corp": true, "no": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "aug": true, "sept": true,
	"sep": true, "oct": true, "nov": true, "dec": true,
	"г": true, "гг": true, "им": true, "ул": true, "т": true, "е": true, "д": true,
	"млн": true, "млрд": true, "тыс": true, "руб": true, "проф": true, "см": true,
}

// firstSentence returns the first sentence of s, whitespace collapsed: up to
// a '.', '!', '?' or '…' followed by a space and a capital letter, a digit
// or an opening quote. Periods after initials ("J. Smith", "U.S.") and
// common abbreviations do not end a sentence.
func firstSentence(s string) string {
	s = oneLine(s)
	for i, r := range s {
		if r != '.' && r != '!' && r != '?' && r != '…' {
			continue
		}
		end := i + utf8.RuneLen(r)
		// Closing quotes and brackets belong to the sentence they end
		// ("…ready.” Talks", "…готовы.» Затем").
		for end < len(s) {
			c, size := utf8.DecodeRuneInString(s[end:])
			if !strings.ContainsRune("”\"»’')", c) {
				break
			}
			end += size
		}
		rest := s[end:]
		if !strings.HasPrefix(rest, " ") {
			continue
		}
		next, _ := utf8.DecodeRuneInString(rest[1:])
		if !unicode.IsUpper(next) && !unicode.IsDigit(next) && !strings.ContainsRune("«\"“'", next) {
			continue
		}
		if r == '.' && isAbbreviation(s[:i]) {
			continue
		}
		return s[:end]
	}
	return s
}

// isAbbreviation reports whether the word ending before a period is an
// initial or a known abbreviation.
func isAbbreviation(before string) bool {
	word := before
	if i := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		_, w := utf8.DecodeRuneInString(before[i:])
		word = before[i+w:]
	}
	if utf8.RuneCountInString(word) == 1 {
		return true
	}
	return abbreviations[strings.ToLower(word)]
}
