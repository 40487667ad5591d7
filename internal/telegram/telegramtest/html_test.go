package telegramtest

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseHTMLAccepts(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		text     string
		entities []MessageEntity
	}{
		{"plain", "hello", "hello", nil},
		{"bold and strong", "<b>a</b><strong>b</strong>", "ab", []MessageEntity{
			{Type: "bold", Offset: 0, Length: 1}, {Type: "bold", Offset: 1, Length: 1}}},
		{"italic underline strike", "<i>i</i><em>e</em><u>u</u><ins>n</ins><s>s</s><strike>k</strike><del>d</del>", "ieunskd", []MessageEntity{
			{Type: "italic", Offset: 0, Length: 1}, {Type: "italic", Offset: 1, Length: 1},
			{Type: "underline", Offset: 2, Length: 1}, {Type: "underline", Offset: 3, Length: 1},
			{Type: "strikethrough", Offset: 4, Length: 1}, {Type: "strikethrough", Offset: 5, Length: 1},
			{Type: "strikethrough", Offset: 6, Length: 1}}},
		{"link", `<a href="https://example.com/?a=1&amp;b=2">site</a>`, "site", []MessageEntity{
			{Type: "text_link", Offset: 0, Length: 4, URL: "https://example.com/?a=1&b=2"}}},
		{"link with single quotes", `<a href='http://x.org'>x</a>`, "x", []MessageEntity{
			{Type: "text_link", Offset: 0, Length: 1, URL: "http://x.org"}}},
		{"user mention", `<a href="tg://user?id=42">Bob</a>`, "Bob", []MessageEntity{
			{Type: "text_mention", Offset: 0, Length: 3, User: &User{ID: 42}}}},
		{"nested", "<b>bold <i>both</i></b>", "bold both", []MessageEntity{
			{Type: "bold", Offset: 0, Length: 9}, {Type: "italic", Offset: 5, Length: 4}}},
		{"escapes", "&lt;b&gt; &amp; &quot;q&quot; &#169; &#x1F600;", "<b> & \"q\" © 😀", nil},
		{"code", "<code>x := 1</code>", "x := 1", []MessageEntity{{Type: "code", Offset: 0, Length: 6}}},
		{"pre with language", `<pre><code class="language-go">fmt.Println()</code></pre>`, "fmt.Println()", []MessageEntity{
			{Type: "pre", Offset: 0, Length: 13, Language: "go"}}},
		{"pre plain", "<pre>a\nb</pre>", "a\nb", []MessageEntity{{Type: "pre", Offset: 0, Length: 3}}},
		{"no entities inside code", "<code><b>x</b></code>", "x", []MessageEntity{{Type: "code", Offset: 0, Length: 1}}},
		{"blockquote", "<blockquote>quote</blockquote>\n— Speaker", "quote\n— Speaker", []MessageEntity{
			{Type: "blockquote", Offset: 0, Length: 5}}},
		{"expandable blockquote", "<blockquote expandable>long</blockquote>", "long", []MessageEntity{
			{Type: "expandable_blockquote", Offset: 0, Length: 4}}},
		{"spoilers", `<tg-spoiler>a</tg-spoiler><span class="tg-spoiler">b</span>`, "ab", []MessageEntity{
			{Type: "spoiler", Offset: 0, Length: 1}, {Type: "spoiler", Offset: 1, Length: 1}}},
		{"custom emoji", `<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>`, "👍", []MessageEntity{
			{Type: "custom_emoji", Offset: 0, Length: 2, CustomEmojiID: "5368324170671202286"}}},
		{"bare greater-than", "a > b", "a > b", nil},
		{"upper-case tags", "<B>x</B>", "x", []MessageEntity{{Type: "bold", Offset: 0, Length: 1}}},
		{"utf16 offsets", "😀 <b>Привет</b>", "😀 Привет", []MessageEntity{{Type: "bold", Offset: 3, Length: 6}}},
		{"trimmed", "  \n<b> x </b>\n ", "x", []MessageEntity{{Type: "bold", Offset: 0, Length: 1}}},
		{"empty tag makes no entity", "<b></b>x", "x", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, ents, err := ParseHTML(tt.in)
			if err != nil {
				t.Fatalf("ParseHTML(%q): %v", tt.in, err)
			}
			if text != tt.text {
				t.Errorf("text = %q, want %q", text, tt.text)
			}
			if len(ents) == 0 {
				ents = nil
			}
			if !reflect.DeepEqual(ents, tt.entities) {
				t.Errorf("entities = %+v, want %+v", ents, tt.entities)
			}
		})
	}
}

func TestParseHTMLRejects(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"unknown tag", "<b>ok</b> <div>x</div>", `Unsupported start tag "div" at byte offset 10`},
		{"bare less-than", "1 < 2", `Unsupported start tag "" at byte offset 2`},
		{"unclosed start tag", "x <b", "Unclosed start tag at byte offset 2"},
		{"missing end tag", "<b>x", `Can't find end tag corresponding to start tag "b"`},
		{"mis-nested", "<b><i>x</b></i>", `Unmatched end tag at byte offset 7, expected "</i>", found "</b>"`},
		{"unexpected end tag", "x</b>", "Unexpected end tag at byte offset 1"},
		{"unclosed end tag", "<b>x</b", "Unclosed end tag at byte offset 4"},
		{"bare ampersand", "AT&T", `Character "&" at byte offset 2 must be escaped as "&amp;"`},
		{"unsupported entity", "a&nbsp;b", `Unsupported HTML entity "&nbsp;" at byte offset 1`},
		{"attribute on wrong tag", `<b class="x">y</b>`, `Unsupported attribute "class" in the tag "b" at byte offset 0`},
		{"href on code", `<code href="x">y</code>`, `Unsupported attribute "href" in the tag "code" at byte offset 0`},
		{"span without class", "<span>x</span>", `Tag "span" must have class "tg-spoiler" at byte offset 0`},
		{"emoji without id", "<tg-emoji>x</tg-emoji>", `Tag "tg-emoji" must have a numeric attribute "emoji-id" at byte offset 0`},
		{"self-closing br", "a<br/>b", `Unsupported start tag "br/" at byte offset 1`},
		{"ampersand in attribute", `<a href="http://x?a=1&b=2">x</a>`, `Character "&" at byte offset 21 must be escaped as "&amp;"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := ParseHTML(tt.in)
			if err == nil {
				t.Fatalf("ParseHTML(%q) succeeded, want error %q", tt.in, tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("ParseHTML(%q) error = %q, want %q", tt.in, err, tt.want)
			}
		})
	}
}

func TestLenientHTMLMatchesTelegram(t *testing.T) {
	s := Start(t, Options{LenientHTML: true, Limits: &Limits{}})
	s.AddPrivateChat(alice)
	for _, in := range []string{"AT&T", "a&nbsp;b", `<b class="x">y</b>`} {
		m := result[Message](t, send(t, s, itoa(alice.ID), in, "parse_mode", "HTML"))
		if m.Text == "" {
			t.Errorf("%q: empty text", in)
		}
	}
	wantError(t, send(t, s, itoa(alice.ID), "<div>x</div>", "parse_mode", "HTML"), 400,
		`Bad Request: can't parse entities: Unsupported start tag "div" at byte offset 0`)
}

func TestSendMessageHTMLErrors(t *testing.T) {
	s := Start(t, Options{Limits: &Limits{}})
	s.AddPrivateChat(alice)
	chat := itoa(alice.ID)
	wantError(t, send(t, s, chat, "<b>hello</b> <div>x</div>", "parse_mode", "HTML"), 400,
		`Bad Request: can't parse entities: Unsupported start tag "div" at byte offset 13`)
	wantError(t, send(t, s, chat, "<b> </b>", "parse_mode", "HTML"), 400, "Bad Request: message text is empty")
	wantError(t, send(t, s, chat, ""), 400, "Bad Request: message text is empty")
	wantError(t, send(t, s, chat, "x", "parse_mode", "BBCode"), 400, "Bad Request: unsupported parse_mode")
}

func TestSendMessageLength(t *testing.T) {
	s := Start(t, Options{Limits: &Limits{}})
	s.AddPrivateChat(alice)
	chat := itoa(alice.ID)
	tests := []struct {
		name   string
		text   string
		mode   string
		wantOK bool
	}{
		{"4096 Latin", strings.Repeat("a", 4096), "", true},
		{"4097 Latin", strings.Repeat("a", 4097), "", false},
		{"4096 Cyrillic (8192 bytes)", strings.Repeat("ж", 4096), "", true},
		{"4097 Cyrillic", strings.Repeat("ж", 4097), "", false},
		{"2048 emoji are 4096 UTF-16 units", strings.Repeat("😀", 2048), "", true},
		{"2049 emoji are 4098 UTF-16 units", strings.Repeat("😀", 2049), "", false},
		{"tags do not count", "<b>" + strings.Repeat("ж", 4096) + "</b>", "HTML", true},
		{"an entity counts as one", strings.Repeat("&lt;", 4096), "HTML", true},
		{"4097 after parsing", strings.Repeat("&amp;", 4097), "HTML", false},
		{"trimmed spaces do not count", "  " + strings.Repeat("ж", 4096) + "\n\n", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := send(t, s, chat, tt.text, "parse_mode", tt.mode)
			if tt.wantOK {
				mustOK(t, a)
				return
			}
			wantError(t, a, 400, "Bad Request: message is too long")
		})
	}
}
