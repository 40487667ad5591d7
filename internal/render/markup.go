package render

import (
	"html"
	"strings"
)

// tokenKind tells text from tags in this package's HTML.
type tokenKind int

const (
	tokText tokenKind = iota
	tokOpen
	tokClose
)

// token is a run of text or one tag, as it appears in the source.
type token struct {
	kind tokenKind
	raw  string
	name string // tag name, lower case; empty for text
}

// tokenize splits s into text runs and tags. It reads tags the way this
// package writes them: "<name>", "<name attr=\"value\">" or "</name>". A '<'
// that does not start such a tag is kept as text; the package never writes
// one, since Escape turns every '<' into "&lt;".
func tokenize(s string) []token {
	var out []token
	start := 0
	for i := 0; i < len(s); {
		if s[i] != '<' {
			i++
			continue
		}
		end, name, closing, ok := parseTag(s, i)
		if !ok {
			i++
			continue
		}
		if start < i {
			out = append(out, token{kind: tokText, raw: s[start:i]})
		}
		kind := tokOpen
		if closing {
			kind = tokClose
		}
		out = append(out, token{kind: kind, raw: s[i:end], name: name})
		i, start = end, end
	}
	if start < len(s) {
		out = append(out, token{kind: tokText, raw: s[start:]})
	}
	return out
}

// parseTag parses the tag starting at s[i] == '<' and returns the index just
// past it.
func parseTag(s string, i int) (end int, name string, closing, ok bool) {
	j := i + 1
	if j < len(s) && s[j] == '/' {
		closing = true
		j++
	}
	n := j
	for j < len(s) && isNameByte(s[j]) {
		j++
	}
	if j == n {
		return 0, "", false, false
	}
	name = strings.ToLower(s[n:j])
	for {
		for j < len(s) && s[j] == ' ' {
			j++
		}
		if j >= len(s) {
			return 0, "", false, false
		}
		if s[j] == '>' {
			return j + 1, name, closing, true
		}
		if closing || !isNameByte(s[j]) {
			return 0, "", false, false
		}
		for j < len(s) && isNameByte(s[j]) {
			j++
		}
		if j < len(s) && s[j] == '=' {
			if j+1 >= len(s) || s[j+1] != '"' {
				return 0, "", false, false
			}
			q := strings.IndexByte(s[j+2:], '"')
			if q < 0 {
				return 0, "", false, false
			}
			j += 2 + q + 1
		}
	}
}

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-'
}

// attr returns the unescaped value of the named attribute of an opening tag.
func attr(tag, name string) string {
	key := " " + name + `="`
	i := strings.Index(tag, key)
	if i < 0 {
		return ""
	}
	v := tag[i+len(key):]
	j := strings.IndexByte(v, '"')
	if j < 0 {
		return ""
	}
	return html.UnescapeString(v[:j])
}

// entityLen returns the length of the character reference at the start of s
// ("&amp;", "&#1234;", "&#x1F600;"), or 0 when s does not start with one.
func entityLen(s string) int {
	if len(s) < 3 || s[0] != '&' {
		return 0
	}
	const maxEntity = 12
	for i := 1; i < len(s) && i <= maxEntity; i++ {
		c := s[i]
		switch {
		case c == ';':
			if i == 1 {
				return 0
			}
			return i + 1
		case c == '#' && i == 1,
			c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		default:
			return 0
		}
	}
	return 0
}

// stripTags drops every tag from s, keeping text and entities as they are.
func stripTags(s string) string {
	var b strings.Builder
	for _, t := range tokenize(s) {
		if t.kind == tokText {
			b.WriteString(t.raw)
		}
	}
	return b.String()
}
