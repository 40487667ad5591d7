package render

import (
	"html"
	"strings"
)

// PlainText turns this package's HTML into text for a terminal: tags are
// removed, character references decoded, a link shown as "text (url)" (just
// the URL when the text is the URL), and each line of a blockquote prefixed
// with "> ". Anything that is not a tag this package writes passes through
// as text.
func PlainText(s string) string {
	var buf []byte
	type open struct {
		name  string
		href  string
		start int // len(buf) when the tag opened
	}
	var stack []open
	afterQuote := false
	for _, t := range tokenize(s) {
		switch t.kind {
		case tokText:
			text := html.UnescapeString(t.raw)
			if afterQuote && !strings.HasPrefix(text, "\n") {
				buf = append(buf, '\n')
			}
			afterQuote = false
			buf = append(buf, text...)
		case tokOpen:
			if t.name == "blockquote" && len(buf) > 0 && buf[len(buf)-1] != '\n' {
				buf = append(buf, '\n')
			}
			stack = append(stack, open{name: t.name, href: attr(t.raw, "href"), start: len(buf)})
		case tokClose:
			if len(stack) == 0 || stack[len(stack)-1].name != t.name {
				continue
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			switch o.name {
			case "a":
				if text := string(buf[o.start:]); o.href != "" && text != o.href {
					buf = append(buf, " ("+o.href+")"...)
				}
			case "blockquote":
				quoted := "> " + strings.ReplaceAll(string(buf[o.start:]), "\n", "\n> ")
				buf = append(buf[:o.start], quoted...)
				afterQuote = true
			}
		}
	}
	return string(buf)
}
