package render

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot/internal/news"
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
// characters (up to runawayMax when it ends on no sentence's end); only
// longer text (a runaway paragraph) is clipped to n with "…". A summary is so never cut in the
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
	if l := utf8.RuneCountInString(first); l <= hard && (l <= runawayMax || endsSentence(first)) {
		return first
	}
	return clipClause(first, n)
}

// runawayMax is the most characters of text without a sentence's end (a
// standfirst printed without a full stop) kept whole when it does not fit:
// a longer one is a runaway paragraph. A whole sentence is kept up to the
// caller's hard limit.
const runawayMax = 280

// endsSentence reports whether s ends as a sentence does: on '.', '!', '?'
// or '…', closing quotation marks and brackets aside.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("”\"»’')", r) })
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
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

// renderAbbreviations are the words render reads as abbreviations beyond
// the analyzer's (news.IsAbbreviation), which split the summary's
// sentences: "etc." closes a list inside a sentence.
var renderAbbreviations = map[string]bool{"etc": true}

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
	lw := strings.ToLower(word)
	return news.IsAbbreviation(lw) || renderAbbreviations[lw]
}
