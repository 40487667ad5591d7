package render

import (
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot/newsbot/internal/news"
)

func TestPlainText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"formatting removed", "<b>Bold</b> <i>it</i> <u>u</u> <s>s</s> <code>c</code> <tg-spoiler>sp</tg-spoiler>", "Bold it u s c sp"},
		{"entities decoded", "&amp; &lt;x&gt; &quot;q&quot; &#1071; &#x1F600;", `& <x> "q" Я 😀`},
		{"link", `<a href="https://e.com/?a=1&amp;b=&quot;2&quot;">Title</a>`, `Title (https://e.com/?a=1&b="2")`},
		{"link showing its URL", `<a href="https://e.com/">https://e.com/</a>`, "https://e.com/"},
		{"link inside bold", `<b><a href="https://x.example">T</a></b>!`, "T (https://x.example)!"},
		{"blockquote lines prefixed", "x\n<blockquote>line one\nline two</blockquote>\n— Speaker", "x\n> line one\n> line two\n— Speaker"},
		{"blockquote mid-line gets its own lines", "x<blockquote>q</blockquote>y", "x\n> q\ny"},
		{"blockquote with formatting", "<blockquote><b>a</b> &amp; b</blockquote>", "> a & b"},
		{"stray angle bracket kept", "a < b > c", "a < b > c"},
		{"cyrillic", "<b>Ваш дайджест — пятница, 27 ноября</b>", "Ваш дайджест — пятница, 27 ноября"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PlainText(tt.in); got != tt.want {
				t.Errorf("PlainText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestPlainTextOfMessages(t *testing.T) {
	msgs := append(Latest([]news.Story{hostileStory(), seedStory()}, "en", ""), Breaking(seedStory().Article, "ru"))
	checkMessages(t, msgs...)
	all := PlainText(strings.Join(msgs, "\n"))
	for _, want := range []string{
		`<script>alert("x")</script> Tom &amp; Jerry <b>unclosed <a href="x">`,
		"Putin and Rahmon Reaffirm Steady Partnership Amid Past Frictions (https://news.example/tajikistan/putin-and-rahmon-reaffirm-steady-partnership)",
		"> We are not outsiders to you\n— Emomali Rahmon",
		"🔴 СРОЧНО 🇹🇯🇷🇺",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("plain text lacks %q:\n%s", want, all)
		}
	}
}

// FuzzEscapeRoundTrip checks that escaped text survives PlainText unchanged.
func FuzzEscapeRoundTrip(f *testing.F) {
	for _, s := range []string{"", "a & b", "<script>", "&amp;", `"q"`, "Тоҷикистон", "a\nb", "🇰🇿"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsFunc(s, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' }) {
			t.Skip()
		}
		if got := PlainText(Escape(s)); got != s {
			t.Errorf("PlainText(Escape(%q)) = %q", s, got)
		}
		if strings.TrimSpace(s) != "" {
			checkMessages(t, Escape(s))
		}
	})
}

// FuzzMessages feeds arbitrary feed text into every message kind.
func FuzzMessages(f *testing.F) {
	h := hostileStory()
	f.Add(h.Title, h.Summary, h.Quotes[0].Text, h.Quotes[0].Speaker, h.Source, h.URL, h.Also[0].URL, "KZ")
	s := seedStory()
	f.Add(s.Title, s.Summary, s.Quotes[1].Text, s.Quotes[1].Speaker, s.Source, s.URL, s.Also[0].URL, "TJ")
	f.Add("", "", "", "", "", "", "", "")
	f.Add(" \n ", "\x00\xff", "&", "<", ">", `https://e.com/"`, "https://a@b", "<>")
	f.Fuzz(func(t *testing.T, title, summary, quote, speaker, source, url, alsoURL, country string) {
		story := news.Story{
			Article: news.Article{
				Title: title, URL: url, Source: source,
				Analysis: news.Analysis{
					Summary:   summary,
					Quotes:    []news.Quote{{Text: quote, Speaker: speaker}},
					Countries: []news.CountryScore{{Code: country, Primary: true}},
				},
			},
			Also: []news.Outlet{{Name: speaker, URL: alsoURL}, {Name: source, URL: url}},
		}
		for _, lang := range []string{"en", "ru"} {
			checkMessages(t, Latest([]news.Story{story, story}, lang, title)...)
			checkMessages(t, Topic(news.Topic(title), []news.Story{story}, lang)...)
			checkMessages(t, Breaking(story.Article, lang))
			for _, g := range []news.GroupBy{news.GroupByCountry, news.GroupByTopic} {
				d := news.Digest{Lang: lang, GroupBy: g, Until: digestUntil, Sections: []news.DigestSection{
					{Country: country, Topic: news.Topic(quote), Stories: []news.Story{story}},
				}}
				checkMessages(t, Digest(d, time.UTC)...)
			}
		}
		checkMessages(t, Link(url, title+"x"))
	})
}

// FuzzSplit cuts arbitrary escaped text inside markup at arbitrary limits.
func FuzzSplit(f *testing.F) {
	f.Add("слово & <b> "+strings.Repeat("текст ", 50), 40)
	f.Add(strings.Repeat("&", 300), 33)
	f.Add(strings.Repeat("🇰🇿", 200), 100)
	f.Add("a\nb\nc", 0)
	f.Fuzz(func(t *testing.T, text string, limit int) {
		limit = minSplitLimit + (limit%MaxMessageLen+MaxMessageLen)%MaxMessageLen
		limit = min(limit, MaxMessageLen)
		e := Escape(text)
		part := `<b><a href="https://example.com/?q=` + EscapeAttr(text) + `">` + e + "</a></b>\n<blockquote>" + e + "</blockquote>\n<i>" + e + "</i>"
		if strings.TrimSpace(e) == "" {
			t.Skip()
		}
		pieces := Split([]string{part, e, part}, limit)
		checkPieces(t, pieces, limit)
	})
}
