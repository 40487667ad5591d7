package telegramtest

import (
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
)

// ParseHTML parses text written in Telegram's HTML parse mode the way the
// fake server does for parse_mode=HTML. It returns the plain text with
// leading and trailing white space removed, as Telegram stores it, and its
// entities with offsets and lengths in UTF-16 code units. On malformed
// markup it returns an error whose message is the reason Telegram gives
// after "can't parse entities: ", such as
// `Unsupported start tag "div" at byte offset 12`.
//
// ParseHTML is stricter than Telegram in three places, so that markup which
// only works by Telegram's leniency is caught in tests: a bare "&" that does
// not start an entity, a named entity other than &lt; &gt; &amp; &quot;, and
// an attribute a tag does not support are errors. Options.LenientHTML turns
// the server's checks back to Telegram's behaviour.
func ParseHTML(src string) (string, []MessageEntity, error) {
	return parseHTML(src, true)
}

type openTag struct {
	name   string
	arg    string
	offset int // UTF-16 offset in the output where the tag's content starts
	pos    int // byte offset of '<' in the source
}

// entityTypes maps a tag to the entity it produces.
func entityType(tag string) string {
	switch tag {
	case "b", "strong":
		return "bold"
	case "i", "em":
		return "italic"
	case "u", "ins":
		return "underline"
	case "s", "strike", "del":
		return "strikethrough"
	case "tg-spoiler", "span":
		return "spoiler"
	case "a":
		return "text_link"
	case "code":
		return "code"
	case "pre":
		return "pre"
	case "blockquote":
		return "blockquote"
	case "tg-emoji":
		return "custom_emoji"
	}
	return ""
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func parseHTML(src string, strict bool) (string, []MessageEntity, error) {
	var b strings.Builder
	b.Grow(len(src))
	u16 := 0
	var stack []openTag
	var ents []MessageEntity
	n := len(src)
	for i := 0; i < n; {
		c := src[i]
		if c == '&' {
			if r, size := decodeHTMLEntity(src[i:]); size > 0 {
				b.WriteRune(r)
				u16 += utf16.RuneLen(r)
				i += size
				continue
			}
			if strict {
				return "", nil, ampersandError(src, i)
			}
		}
		if c != '<' {
			b.WriteByte(c)
			if c < 0x80 || c >= 0xC0 { // first byte of a UTF-8 sequence
				u16++
				if c >= 0xF0 { // four bytes: a surrogate pair in UTF-16
					u16++
				}
			}
			i++
			continue
		}

		begin := i
		i++
		if i < n && src[i] == '/' {
			if len(stack) == 0 {
				return "", nil, fmt.Errorf("Unexpected end tag at byte offset %d", begin)
			}
			j := i + 1
			for j < n && !isHTMLSpace(src[j]) && src[j] != '>' {
				j++
			}
			endName := strings.ToLower(src[i+1 : j])
			for j < n && isHTMLSpace(src[j]) {
				j++
			}
			if j >= n || src[j] != '>' {
				return "", nil, fmt.Errorf("Unclosed end tag at byte offset %d", begin)
			}
			top := stack[len(stack)-1]
			if endName != "" && endName != top.name {
				return "", nil, fmt.Errorf("Unmatched end tag at byte offset %d, expected \"</%s>\", found \"</%s>\"", begin, top.name, endName)
			}
			stack = stack[:len(stack)-1]
			i = j + 1
			if u16 > top.offset {
				ents = closeEntity(ents, top, u16, b.String())
			}
			continue
		}

		j := i
		for j < n && !isHTMLSpace(src[j]) && src[j] != '>' {
			j++
		}
		if j >= n {
			return "", nil, fmt.Errorf("Unclosed start tag at byte offset %d", begin)
		}
		name := strings.ToLower(src[i:j])
		if entityType(name) == "" {
			return "", nil, fmt.Errorf("Unsupported start tag \"%s\" at byte offset %d", name, begin)
		}
		tag := openTag{name: name, offset: u16, pos: begin}
		hasClass := false
		for {
			for j < n && isHTMLSpace(src[j]) {
				j++
			}
			if j >= n {
				return "", nil, fmt.Errorf("Unclosed start tag at byte offset %d", begin)
			}
			if src[j] == '>' {
				break
			}
			attrBegin := j
			for j < n && !isHTMLSpace(src[j]) && src[j] != '=' && src[j] != '>' {
				j++
			}
			attr := strings.ToLower(src[attrBegin:j])
			if attr == "" {
				return "", nil, fmt.Errorf("Empty attribute name in the tag \"%s\" at byte offset %d", name, begin)
			}
			for j < n && isHTMLSpace(src[j]) {
				j++
			}
			if j >= n || src[j] != '=' {
				// An attribute without a value.
				if name == "blockquote" && attr == "expandable" {
					tag.arg = "expandable"
				} else if strict {
					return "", nil, fmt.Errorf("Unsupported attribute \"%s\" in the tag \"%s\" at byte offset %d", attr, name, begin)
				}
				continue
			}
			j++
			for j < n && isHTMLSpace(src[j]) {
				j++
			}
			if j >= n {
				return "", nil, fmt.Errorf("Unclosed start tag \"%s\" at byte offset %d", name, begin)
			}
			var value string
			if q := src[j]; q == '"' || q == '\'' {
				j++
				var vb strings.Builder
				for j < n && src[j] != q {
					if src[j] == '&' {
						if r, size := decodeHTMLEntity(src[j:]); size > 0 {
							vb.WriteRune(r)
							j += size
							continue
						}
						if strict {
							return "", nil, ampersandError(src, j)
						}
					}
					vb.WriteByte(src[j])
					j++
				}
				if j >= n {
					return "", nil, fmt.Errorf("Unclosed start tag at byte offset %d", begin)
				}
				j++
				value = vb.String()
			} else {
				tokenBegin := j
				for j < n && (isASCIIAlnum(src[j]) || src[j] == '.' || src[j] == '-') {
					j++
				}
				if j >= n || (!isHTMLSpace(src[j]) && src[j] != '>') {
					return "", nil, fmt.Errorf("Unexpected end of name token at byte offset %d", tokenBegin)
				}
				value = strings.ToLower(src[tokenBegin:j])
			}
			switch {
			case name == "a" && attr == "href":
				tag.arg = value
			case name == "code" && attr == "class" && strings.HasPrefix(value, "language-"):
				tag.arg = strings.TrimPrefix(value, "language-")
			case name == "span" && attr == "class" && value == "tg-spoiler":
				hasClass = true
			case name == "tg-emoji" && attr == "emoji-id":
				tag.arg = value
			default:
				if strict {
					return "", nil, fmt.Errorf("Unsupported attribute \"%s\" in the tag \"%s\" at byte offset %d", attr, name, begin)
				}
			}
		}
		i = j + 1
		if name == "span" && !hasClass {
			return "", nil, fmt.Errorf("Tag \"span\" must have class \"tg-spoiler\" at byte offset %d", begin)
		}
		if name == "tg-emoji" {
			if _, err := strconv.ParseInt(tag.arg, 10, 64); err != nil {
				return "", nil, fmt.Errorf("Tag \"tg-emoji\" must have a numeric attribute \"emoji-id\" at byte offset %d", begin)
			}
		}
		stack = append(stack, tag)
	}
	if len(stack) > 0 {
		return "", nil, fmt.Errorf("Can't find end tag corresponding to start tag \"%s\"", stack[len(stack)-1].name)
	}
	text, ents := trimText(b.String(), dropNestedInCode(ents))
	sort.SliceStable(ents, func(a, b int) bool {
		if ents[a].Offset != ents[b].Offset {
			return ents[a].Offset < ents[b].Offset
		}
		return ents[a].Length > ents[b].Length
	})
	return text, ents, nil
}

func isASCIIAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// ampersandError says whether the '&' at i starts an unsupported named entity
// or stands alone.
func ampersandError(src string, i int) error {
	j := i + 1
	for j < len(src) && isASCIIAlnum(src[j]) {
		j++
	}
	if j > i+1 && j < len(src) && src[j] == ';' {
		return fmt.Errorf("Unsupported HTML entity \"%s\" at byte offset %d", src[i:j+1], i)
	}
	return fmt.Errorf("Character \"&\" at byte offset %d must be escaped as \"&amp;\"", i)
}

// decodeHTMLEntity decodes the entity at the start of s, which begins with
// '&', and returns the rune and the number of bytes it takes, or size 0 when
// s does not start with an entity Telegram understands. Like Telegram it
// accepts a missing final semicolon.
func decodeHTMLEntity(s string) (rune, int) {
	j := 1
	var r rune
	if j < len(s) && s[j] == '#' {
		j++
		digits := 0
		if j < len(s) && (s[j] == 'x' || s[j] == 'X') {
			j++
			for j < len(s) && isHexDigit(s[j]) {
				r = r*16 + rune(hexValue(s[j]))
				if r > unicode.MaxRune {
					return 0, 0
				}
				j++
				digits++
			}
		} else {
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				r = r*10 + rune(s[j]-'0')
				if r > unicode.MaxRune {
					return 0, 0
				}
				j++
				digits++
			}
		}
		if digits == 0 || r == 0 || (r >= 0xD800 && r <= 0xDFFF) {
			return 0, 0
		}
	} else {
		for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
			j++
		}
		switch s[1:j] {
		case "lt":
			r = '<'
		case "gt":
			r = '>'
		case "amp":
			r = '&'
		case "quot":
			r = '"'
		default:
			return 0, 0
		}
	}
	if j < len(s) && s[j] == ';' {
		j++
	}
	return r, j
}

func isHexDigit(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func hexValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	default:
		return int(c-'A') + 10
	}
}

// closeEntity appends the entity for a closed tag. out is the text produced
// so far, used for links without href, whose address is their text.
func closeEntity(ents []MessageEntity, t openTag, end int, out string) []MessageEntity {
	e := MessageEntity{Type: entityType(t.name), Offset: t.offset, Length: end - t.offset}
	switch t.name {
	case "a":
		href := t.arg
		if href == "" {
			href = utf16Tail(out, t.offset)
		}
		if id, ok := strings.CutPrefix(href, "tg://user?id="); ok {
			uid, err := strconv.ParseInt(id, 10, 64)
			if err != nil {
				return ents
			}
			e.Type = "text_mention"
			e.User = &User{ID: uid}
			break
		}
		u, ok := normalizeURL(href)
		if !ok {
			return ents // Telegram drops links it cannot use and keeps the text
		}
		e.URL = u
	case "code":
		// A language means something only on <pre><code class="language-x">;
		// closing pre picks it up and dropNestedInCode clears it otherwise.
		e.Language = t.arg
	case "pre":
		if k := len(ents) - 1; k >= 0 && ents[k].Type == "code" && ents[k].Offset == e.Offset && ents[k].Length == e.Length {
			e.Language = ents[k].Language
			ents = ents[:k]
		}
	case "blockquote":
		if t.arg == "expandable" {
			e.Type = "expandable_blockquote"
		}
	case "tg-emoji":
		e.CustomEmojiID = t.arg
	}
	return append(ents, e)
}

// utf16Tail returns the part of s from the given UTF-16 offset on.
func utf16Tail(s string, offset int) string {
	u := 0
	for i, r := range s {
		if u >= offset {
			return s[i:]
		}
		u += utf16.RuneLen(r)
	}
	return ""
}

func normalizeURL(raw string) (string, bool) {
	raw = strings.TrimSpace(raw)
	if raw == "" || strings.ContainsAny(raw, " \n\t") {
		return "", false
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "ftp", "tg", "ton":
		return raw, true
	case "":
		if !strings.Contains(raw, ".") {
			return "", false
		}
		return "http://" + raw, true
	}
	return "", false
}

// dropNestedInCode removes entities inside code and pre, which Telegram does
// not allow to contain formatting, and clears languages of plain code.
func dropNestedInCode(ents []MessageEntity) []MessageEntity {
	out := ents[:0]
	for i, e := range ents {
		inside := false
		for k, c := range ents {
			// Of two entities with the same span, the one closed later
			// (higher index) is the outer one.
			if k != i && (c.Type == "code" || c.Type == "pre") &&
				c.Offset <= e.Offset && e.Offset+e.Length <= c.Offset+c.Length &&
				(c.Offset != e.Offset || c.Length != e.Length || k > i) {
				inside = true
				break
			}
		}
		if inside {
			continue
		}
		if e.Type == "code" {
			e.Language = ""
		}
		out = append(out, e)
	}
	return out
}

// trimText removes leading and trailing white space, as Telegram does, and
// shifts and clips the entities to match.
func trimText(text string, ents []MessageEntity) (string, []MessageEntity) {
	trimmedLeft := strings.TrimLeftFunc(text, unicode.IsSpace)
	lead := utf16Len(text[:len(text)-len(trimmedLeft)])
	trimmed := strings.TrimRightFunc(trimmedLeft, unicode.IsSpace)
	size := utf16Len(trimmed)
	if lead == 0 && len(trimmed) == len(text) {
		return text, ents
	}
	out := ents[:0]
	for _, e := range ents {
		start, end := e.Offset-lead, e.Offset+e.Length-lead
		start = max(start, 0)
		end = min(end, size)
		if end <= start {
			continue
		}
		e.Offset, e.Length = start, end-start
		out = append(out, e)
	}
	return trimmed, out
}

// utf16Len returns the length of s in UTF-16 code units, which is how
// Telegram measures message length.
func utf16Len(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x80 || c >= 0xC0 {
			n++
			if c >= 0xF0 {
				n++
			}
		}
	}
	return n
}
