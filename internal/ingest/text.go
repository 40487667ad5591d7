package ingest

import (
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped elements lose their content entirely.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
	atom.Embed: true, atom.Video: true, atom.Audio: true, atom.Canvas: true,
	atom.Head: true, atom.Title: true, atom.Button: true, atom.Select: true,
	atom.Form: true, atom.Textarea: true,
}

// blocks end a paragraph where they start and where they end.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Nav: true,
	atom.Blockquote: true, atom.Pre: true, atom.Ul: true, atom.Ol: true,
	atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Table: true, atom.Tr: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Hr: true, atom.Figure: true, atom.Figcaption: true, atom.Main: true,
	atom.Address: true, atom.Details: true, atom.Summary: true,
}

var blankLineRE = regexp.MustCompile(`\n[ \t\r\f\v]*\n`)

// htmlText turns an HTML fragment (or plain text) into clean text:
// paragraphs separated by "\n\n", line breaks kept as "\n", whitespace
// collapsed, entities decoded, scripts, styles and media dropped. It also
// returns the first image's src, for articles that carry no other image.
func htmlText(s string) (text, firstImage string) {
	if !strings.ContainsAny(s, "<&") {
		return plainText(s), ""
	}
	if !looksLikeHTML(s) {
		return plainText(html.UnescapeString(s)), ""
	}
	var b textBuilder
	z := xhtml.NewTokenizer(strings.NewReader(s))
	skipDepth := 0
	// A link's text is held back until the link ends, and a "more" link
	// ("[more]", "Continue reading…") until it is clear whether it ends its
	// paragraph: then it only leads to the full article and is dropped.
	var link *strings.Builder
	var more, moreTail string
	flushLink := func() {
		if link != nil {
			b.text(link.String())
			link = nil
		}
	}
	keepMore := func() { // text followed: it was a word in a sentence
		if more != "" {
			b.text(more + moreTail)
			more, moreTail = "", ""
		}
	}
	endParagraph := func() {
		flushLink()
		if more != "" {
			b.text(moreTail) // the "]" of "[more]"; empty brackets go at the end
			more, moreTail = "", ""
		}
	}
	for {
		tt := z.Next()
		switch tt {
		case xhtml.ErrorToken:
			endParagraph()
			return dropEmptyBrackets(b.String()), firstImage
		case xhtml.TextToken:
			if skipDepth == 0 {
				t := string(z.Text())
				switch {
				case link != nil:
					link.WriteString(t)
				case more != "" && strings.TrimFunc(t, isLinkTail) == "":
					moreTail += t
				default:
					keepMore()
					b.text(t)
				}
			}
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			if a == atom.A && tt == xhtml.StartTagToken && skipDepth == 0 {
				flushLink()
				keepMore()
				link = &strings.Builder{}
				continue
			}
			if blocks[a] || skipped[a] || a == atom.Br {
				endParagraph() // a link holding a block is not a bare "more"
			}
			if skipped[a] {
				// <embed> is a void element: it has no end tag to undo this.
				if tt == xhtml.StartTagToken && a != atom.Embed {
					skipDepth++
				}
				continue
			}
			switch {
			case a == atom.Img && firstImage == "" && hasAttr:
				for {
					k, v, more := z.TagAttr()
					if string(k) == "src" && len(v) > 0 {
						firstImage = string(v)
						break
					}
					if !more {
						break
					}
				}
			case a == atom.Br:
				b.lineBreak()
			case blocks[a]:
				b.paragraph()
			case a == atom.Td || a == atom.Th:
				b.text(" ")
			}
		case xhtml.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == atom.A {
				if link != nil && isMoreLink(link.String()) {
					more, link = link.String(), nil
				}
				flushLink()
				continue
			}
			if blocks[a] || skipped[a] {
				endParagraph()
			}
			if skipped[a] {
				if skipDepth > 0 {
					skipDepth--
				}
				continue
			}
			if blocks[a] {
				b.paragraph()
			}
		}
	}
}

// moreLinks are the texts of links that only lead to the full article.
var moreLinks = map[string]bool{
	"more": true, "read more": true, "continue reading": true, "read the full story": true,
	"full story": true, "mehr": true, "weiterlesen": true, "lire la suite": true,
	"leer más": true, "подробнее": true, "читать далее": true, "читать полностью": true,
	"далее": true, "читать дальше": true, "детальніше": true, "читати далі": true,
}

// isMoreLink reports whether a link's text is only a "read more".
func isMoreLink(text string) bool {
	t := strings.ToLower(oneLine(text))
	t = strings.TrimRight(t, ".…»>→ ")
	t = strings.TrimLeft(t, "«<[( ")
	t = strings.TrimRight(t, "]) .…»>→")
	return moreLinks[t]
}

// isLinkTail is what may follow a "more" link before its paragraph ends.
func isLinkTail(r rune) bool { return isSpace(r) || strings.ContainsRune("])».…", r) }

// dropEmptyBrackets removes the brackets a dropped "[more]" link leaves,
// "[ ]" or "()", with the blanks before them: what the regular expression
// `\s*(?:\[\s*\]|\(\s*\))` would replace by "", in one pass without
// backtracking (that expression cost a sixth of a steady-state poll).
func dropEmptyBrackets(s string) string {
	var b strings.Builder
	last := 0 // s[:last] is written or dropped
	for i := 0; i < len(s); i++ {
		var closing byte
		switch s[i] {
		case '[':
			closing = ']'
		case '(':
			closing = ')'
		default:
			continue
		}
		j := i + 1
		for j < len(s) && isREBlank(s[j]) {
			j++
		}
		if j == len(s) || s[j] != closing {
			continue
		}
		k := i
		for k > last && isREBlank(s[k-1]) {
			k--
		}
		if b.Len() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[last:k])
		last, i = j+1, j
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// isREBlank is what \s matches in Go's regular expressions.
func isREBlank(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

var tagRE = regexp.MustCompile(`<(?:[a-zA-Z][a-zA-Z0-9]*[\s/>]|/[a-zA-Z]|!--)`)

func looksLikeHTML(s string) bool { return tagRE.MatchString(s) }

// plainText tidies text that has no markup: blank lines separate paragraphs.
func plainText(s string) string {
	var b textBuilder
	for i, para := range blankLineRE.Split(strings.ReplaceAll(s, "\r\n", "\n"), -1) {
		if i > 0 {
			b.paragraph()
		}
		lines := strings.Split(para, "\n")
		for j, l := range lines {
			if j > 0 {
				b.lineBreak()
			}
			b.text(l)
		}
	}
	return b.String()
}

// textBuilder accumulates text, collapsing whitespace and break runs.
type textBuilder struct {
	sb strings.Builder
	// pending is the break owed before the next word: 0 none, 1 space,
	// 2 line break, 3 paragraph break.
	pending int
}

func (b *textBuilder) text(s string) {
	if s == "" {
		return
	}
	if first, _ := utf8.DecodeRuneInString(s); isSpace(first) {
		b.pending = max(b.pending, 1)
	}
	for i, f := range strings.FieldsFunc(s, isSpace) {
		if i > 0 {
			b.pending = max(b.pending, 1)
		}
		if b.sb.Len() > 0 {
			switch b.pending {
			case 3:
				b.sb.WriteString("\n\n")
			case 2:
				b.sb.WriteByte('\n')
			case 1:
				b.sb.WriteByte(' ')
			}
		}
		b.sb.WriteString(f)
		b.pending = 0
	}
	if last, _ := utf8.DecodeLastRuneInString(s); isSpace(last) {
		b.pending = max(b.pending, 1)
	}
}

func (b *textBuilder) lineBreak() { b.pending = max(b.pending, 2) }
func (b *textBuilder) paragraph() { b.pending = 3 }
func (b *textBuilder) String() string {
	return b.sb.String()
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' }

// oneLine collapses text onto a single line, for titles.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
}
