package render

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// telegramTags are the tags Telegram's HTML parse mode accepts, as this
// package may write them.
var telegramTags = map[string]bool{
	"b": true, "i": true, "u": true, "s": true, "a": true, "code": true,
	"pre": true, "blockquote": true, "tg-spoiler": true,
}

// validateTelegramHTML checks s the way Telegram would before sending: valid
// UTF-8, not empty, at most MaxMessageLen UTF-16 units, only allowed tags,
// properly nested and closed, "a" only with an http(s) href and never nested,
// every '&' a known character reference, no bare '<' or '>'. It is written
// independently of the package's tokenizer so that it checks it.
func validateTelegramHTML(s string) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("invalid UTF-8")
	}
	if n := len(utf16.Encode([]rune(s))); n > MaxMessageLen {
		return fmt.Errorf("message is too long: %d UTF-16 units", n)
	}
	var stack []string
	visible := false
	for i := 0; i < len(s); {
		switch s[i] {
		case '<':
			end := strings.IndexByte(s[i:], '>')
			if end < 0 {
				return fmt.Errorf("unclosed '<' at byte %d", i)
			}
			tag := s[i+1 : i+end]
			i += end + 1
			if strings.HasPrefix(tag, "/") {
				name := tag[1:]
				if len(stack) == 0 || stack[len(stack)-1] != name {
					return fmt.Errorf("unexpected end tag </%s> (open: %v)", name, stack)
				}
				stack = stack[:len(stack)-1]
				continue
			}
			name, attrs, _ := strings.Cut(tag, " ")
			if !telegramTags[name] {
				return fmt.Errorf("tag <%s> is not allowed", name)
			}
			if err := checkAttrs(name, attrs); err != nil {
				return err
			}
			if name == "a" {
				for _, open := range stack {
					if open == "a" {
						return fmt.Errorf("nested <a>")
					}
				}
			}
			stack = append(stack, name)
		case '>':
			return fmt.Errorf("bare '>' at byte %d", i)
		case '&':
			n, err := checkEntity(s[i:])
			if err != nil {
				return fmt.Errorf("at byte %d: %w", i, err)
			}
			i += n
			visible = true
		default:
			if s[i] != ' ' && s[i] != '\n' {
				visible = true
			}
			i++
		}
	}
	if len(stack) > 0 {
		return fmt.Errorf("unclosed tags %v", stack)
	}
	if !visible {
		return fmt.Errorf("message text is empty")
	}
	return nil
}

func checkAttrs(name, attrs string) error {
	if name != "a" {
		if attrs != "" {
			return fmt.Errorf("<%s> takes no attributes, got %q", name, attrs)
		}
		return nil
	}
	v, ok := strings.CutPrefix(attrs, `href="`)
	if !ok || !strings.HasSuffix(v, `"`) {
		return fmt.Errorf("<a> needs exactly one href, got %q", attrs)
	}
	v = strings.TrimSuffix(v, `"`)
	if strings.ContainsAny(v, `"<>`) {
		return fmt.Errorf("unescaped character in href %q", v)
	}
	for i := 0; i < len(v); i++ {
		if v[i] == '&' {
			if _, err := checkEntity(v[i:]); err != nil {
				return fmt.Errorf("href: %w", err)
			}
		}
	}
	u, err := url.Parse(strings.NewReplacer("&amp;", "&", "&quot;", `"`, "&lt;", "<", "&gt;", ">").Replace(v))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "HTTP" && u.Scheme != "HTTPS") {
		return fmt.Errorf("href %q is not an http(s) URL", v)
	}
	return nil
}

// checkEntity returns the length of the character reference starting s.
func checkEntity(s string) (int, error) {
	end := strings.IndexByte(s, ';')
	if end < 0 || end > 10 {
		return 0, fmt.Errorf("bare '&'")
	}
	ref := s[1:end]
	switch {
	case ref == "lt" || ref == "gt" || ref == "amp" || ref == "quot":
	case strings.HasPrefix(ref, "#x") && len(ref) > 2 && strings.Trim(ref[2:], "0123456789abcdefABCDEF") == "":
	case strings.HasPrefix(ref, "#") && len(ref) > 1 && strings.Trim(ref[1:], "0123456789") == "":
	default:
		return 0, fmt.Errorf("unknown entity &%s;", ref)
	}
	return end + 1, nil
}

// checkMessages fails the test for each message that Telegram would reject.
func checkMessages(t *testing.T, msgs ...string) {
	t.Helper()
	for i, m := range msgs {
		if err := validateTelegramHTML(m); err != nil {
			t.Errorf("message %d of %d is not valid Telegram HTML: %v\n%s", i+1, len(msgs), err, m)
		}
	}
}

func TestValidateTelegramHTML(t *testing.T) {
	good := []string{
		"plain",
		"<b>bold</b> <i>it</i> <u>u</u> <s>s</s> <code>c</code> <pre>p</pre> <tg-spoiler>x</tg-spoiler>",
		`<a href="https://example.com/?a=1&amp;b=&quot;2&quot;">link</a>`,
		"<blockquote>q &lt;b&gt; &amp; &#1234; &#x1F600;</blockquote>",
		"<b><i>nested</i></b>",
	}
	for _, s := range good {
		if err := validateTelegramHTML(s); err != nil {
			t.Errorf("validate(%q) = %v, want nil", s, err)
		}
	}
	bad := map[string]string{
		"script":          "<script>x</script>",
		"unclosed":        "<b>x",
		"misnested":       "<b><i>x</b></i>",
		"stray end":       "x</b>",
		"bare amp":        "a & b",
		"unknown entity":  "&nbsp;",
		"bare gt":         "a > b",
		"bare lt":         "a < b",
		"js href":         `<a href="javascript:alert(1)">x</a>`,
		"no href":         "<a>x</a>",
		"quote in href":   `<a href="https://e.com/"x">x</a>`,
		"nested links":    `<a href="https://a.com"><a href="https://b.com">x</a></a>`,
		"attr on b":       `<b class="x">x</b>`,
		"empty":           "<b> </b>",
		"too long":        strings.Repeat("я", MaxMessageLen+1),
		"invalid utf8":    "a\xffb",
		"unclosed tag lt": "<b",
	}
	for name, s := range bad {
		if err := validateTelegramHTML(s); err == nil {
			t.Errorf("%s: validate(%q) = nil, want an error", name, s)
		}
	}
}
