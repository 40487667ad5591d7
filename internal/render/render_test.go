package render

import (
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/i18n"
	"github.com/newsbot/newsbot/internal/news"
)

func TestEscape(t *testing.T) {
	tests := []struct {
		name, in, want, wantAttr string
	}{
		{"plain", "Hello, world", "Hello, world", "Hello, world"},
		{"script", `<script>alert("x")</script>`, `&lt;script&gt;alert("x")&lt;/script&gt;`, `&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;`},
		{"entity stays literal", "Tom &amp; Jerry", "Tom &amp;amp; Jerry", "Tom &amp;amp; Jerry"},
		{"unclosed tag", "<b>bold", "&lt;b&gt;bold", "&lt;b&gt;bold"},
		{"cyrillic", "Тоҷикистон & Россия", "Тоҷикистон &amp; Россия", "Тоҷикистон &amp; Россия"},
		{"control characters dropped", "a\x00b\x1bc\u0085d", "abcd", "abcd"},
		{"newline and tab kept in text only", "a\nb\tc", "a\nb\tc", "abc"},
		{"invalid utf8 replaced", "a\xffb", "a\uFFFDb", "a\uFFFDb"},
		{"single quote untouched", "it's", "it's", "it's"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Escape(tt.in); got != tt.want {
				t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := EscapeAttr(tt.in); got != tt.wantAttr {
				t.Errorf("EscapeAttr(%q) = %q, want %q", tt.in, got, tt.wantAttr)
			}
			if strings.TrimSpace(tt.in) != "" {
				checkMessages(t, Escape(tt.in), "<b>"+EscapeAttr(tt.in)+"</b>")
			}
		})
	}
}

func TestLink(t *testing.T) {
	tests := []struct {
		name, url, text, want string
	}{
		{"https", "https://example.com/a?b=1&c=2", "Title", `<a href="https://example.com/a?b=1&amp;c=2">Title</a>`},
		{"http", "http://example.com", "T", `<a href="http://example.com">T</a>`},
		{"upper-case scheme", "HTTPS://Example.com/x", "T", `<a href="HTTPS://Example.com/x">T</a>`},
		{"surrounding space trimmed", "  https://example.com/ ", "T", `<a href="https://example.com/">T</a>`},
		{"quote in URL", `https://example.com/?q="x"`, "T", `<a href="https://example.com/?q=&quot;x&quot;">T</a>`},
		{"angle brackets in URL", `https://example.com/"><script>`, "T", `<a href="https://example.com/&quot;&gt;&lt;script&gt;">T</a>`},
		{"text escaped", "https://example.com", "<b>&", `<a href="https://example.com">&lt;b&gt;&amp;</a>`},
		{"empty text shows URL", "https://example.com/x", "", `<a href="https://example.com/x">https://example.com/x</a>`},
		{"javascript", "javascript:alert(1)", "Click", "Click"},
		{"javascript mixed case", "JaVaScRiPt:alert(1)", "Click", "Click"},
		{"data", "data:text/html,<script>", "Click", "Click"},
		{"mailto", "mailto:a@example.com", "Mail", "Mail"},
		{"telegram scheme", "tg://resolve?domain=x", "Open", "Open"},
		{"relative", "/news/1", "Rel", "Rel"},
		{"scheme-relative", "//example.com/x", "Rel", "Rel"},
		{"no host", "http:///path", "T", "T"},
		{"user info", "https://bank.example@evil.example/", "Bank", "Bank"},
		{"space inside", "https://exa mple.com/", "T", "T"},
		{"newline inside", "https://example.com/\nx", "T", "T"},
		{"too long", "https://example.com/" + strings.Repeat("a", 2100), "Long", "Long"},
		{"bad URL, empty text, escaped", "javascript:<x>", "", "javascript:&lt;x&gt;"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Link(tt.url, tt.text)
			if got != tt.want {
				t.Errorf("Link(%q, %q) = %q, want %q", tt.url, tt.text, got, tt.want)
			}
			checkMessages(t, got)
		})
	}
}

func TestUTF16Len(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int
	}{
		{"empty", "", 0},
		{"ascii", "hello", 5},
		{"cyrillic counts letters, not bytes", "привет", 6},
		{"tajik letters", "ҷӯҳ", 3},
		{"emoji outside the BMP", "😀", 2},
		{"flag is two regional indicators", "🇰🇿", 4},
		{"emoji in the BMP", "⚡", 1},
		{"mixed", "Ваш дайджест — 🇹🇯", 15 + 4},
		{"invalid byte counts as one replacement", "\xff", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := UTF16Len(tt.in); got != tt.want {
				t.Errorf("UTF16Len(%q) = %d, want %d (bytes: %d)", tt.in, got, tt.want, len(tt.in))
			}
		})
	}
}

func TestFirstSentence(t *testing.T) {
	tests := []struct{ in, want string }{
		{"One. Two.", "One."},
		{"No end", "No end"},
		{"Is it? Yes.", "Is it?"},
		{"U.S. President Joe spoke. Then left.", "U.S. President Joe spoke."},
		{"Mr. Smith met Dr. Jones. Later.", "Mr. Smith met Dr. Jones."},
		{"Version 2.5 is out. Go.", "Version 2.5 is out."},
		{"It rose 5.5 per cent. Good.", "It rose 5.5 per cent."},
		{"Line one\nstill one. Two.", "Line one still one."},
		{"Президент В. Путин прибыл в Душанбе. Встреча прошла.", "Президент В. Путин прибыл в Душанбе."},
		{"Он сказал: «Мы готовы». «Да», — ответили ему.", "Он сказал: «Мы готовы»."},
		{"В 2025 г. рост составил 5%. Это много.", "В 2025 г. рост составил 5%."},
		{"Wait… Then more.", "Wait…"},
		{"He said: “We are ready.” Talks went on.", "He said: “We are ready.”"},
		{"Он сказал: «Мы готовы.» Переговоры продолжились.", "Он сказал: «Мы готовы.»"},
		{"The vote (held on Sunday.) Counting began.", "The vote (held on Sunday.)"},
	}
	for _, tt := range tests {
		if got := firstSentence(tt.in); got != tt.want {
			t.Errorf("firstSentence(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestClip(t *testing.T) {
	tests := []struct {
		name string
		in   string
		n    int
		want string
	}{
		{"fits", "short text", 20, "short text"},
		{"exact", "12345", 5, "12345"},
		{"word boundary", "the quick brown fox jumps", 12, "the quick…"},
		{"trailing punctuation dropped", "one, two, three", 9, "one, two…"},
		{"no space: hard cut", "abcdefghij", 5, "abcd…"},
		{"cyrillic counts characters", "Ваш дайджест готов сегодня", 14, "Ваш дайджест…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := clip(tt.in, tt.n)
			if got != tt.want {
				t.Errorf("clip(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
			}
			if n := len([]rune(got)); n > tt.n {
				t.Errorf("clip(%q, %d) has %d characters", tt.in, tt.n, n)
			}
		})
	}
}

func TestLatestOneLineSummary(t *testing.T) {
	s := seedStory()
	s.Summary = strings.Repeat("word ", 100)
	item := latestItem(s, phrasesFor("en"))
	lines := strings.Split(item, "\n")
	if len(lines) != 2 {
		t.Fatalf("item has %d lines, want 2:\n%s", len(lines), item)
	}
	summary, _, _ := strings.Cut(lines[1], " · ")
	if n := len([]rune(summary)); n > lineMax {
		t.Errorf("summary line has %d characters, want at most %d", n, lineMax)
	}
	if !strings.HasSuffix(summary, "word…") {
		t.Errorf("summary %q should end on a whole word and an ellipsis", summary)
	}
	checkMessages(t, item)
}

func TestDigestDate(t *testing.T) {
	almaty, err := time.LoadLocation("Asia/Almaty")
	if err != nil {
		t.Fatal(err)
	}
	newYork, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	story := seedStory()
	digest := func(lang string, until time.Time) news.Digest {
		return news.Digest{Lang: lang, Until: until, Sections: []news.DigestSection{{Country: "TJ", Stories: []news.Story{story}}}}
	}
	tests := []struct {
		name  string
		lang  string
		until time.Time
		loc   *time.Location
		want  string
	}{
		{"english", "en", digestUntil, almaty, "<b>Your digest — Friday, 27 November</b>"},
		{"russian", "ru", digestUntil, almaty, "<b>Ваш дайджест — пятница, 27 ноября</b>"},
		{"russian with region", "ru-RU", digestUntil, almaty, "<b>Ваш дайджест — пятница, 27 ноября</b>"},
		{"other language is english", "kk", digestUntil, almaty, "<b>Your digest — Friday, 27 November</b>"},
		{"zone moves the date back", "en", digestUntil, newYork, "<b>Your digest — Thursday, 26 November</b>"},
		{"nil zone is UTC", "en", digestUntil, nil, "<b>Your digest — Friday, 27 November</b>"},
		{"no until, no date", "en", time.Time{}, almaty, "<b>Your digest</b>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msgs := Digest(digest(tt.lang, tt.until), tt.loc)
			checkMessages(t, msgs...)
			if len(msgs) == 0 || !strings.HasPrefix(msgs[0], tt.want+"\n") {
				t.Errorf("digest starts %q, want %q", firstLine(msgs), tt.want)
			}
		})
	}
}

func firstLine(msgs []string) string {
	if len(msgs) == 0 {
		return ""
	}
	line, _, _ := strings.Cut(msgs[0], "\n")
	return line
}

func TestRussianMonthsAndWeekdays(t *testing.T) {
	months := []string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"}
	for m := time.January; m <= time.December; m++ {
		day := time.Date(2026, m, 15, 12, 0, 0, 0, time.UTC)
		got := longDate(day, i18n.Russian)
		if !strings.HasSuffix(got, " 15 "+months[m-1]) {
			t.Errorf("longDate(%s) = %q, want the genitive %q", day.Format("Jan"), got, months[m-1])
		}
	}
	// 2026-11-23 is a Monday.
	weekdays := []string{"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"}
	for i, want := range weekdays {
		day := time.Date(2026, 11, 23+i, 12, 0, 0, 0, time.UTC)
		if got := longDate(day, i18n.Russian); !strings.HasPrefix(got, want+", ") {
			t.Errorf("longDate(%s) = %q, want weekday %q", day.Format("Mon Jan 2"), got, want)
		}
	}
	if got, want := longDate(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), i18n.English), "Sunday, 1 March"; got != want {
		t.Errorf("longDate = %q, want %q", got, want)
	}
}

func TestEmptyDigest(t *testing.T) {
	tests := map[string]news.Digest{
		"no sections":    {Lang: "en", Until: digestUntil},
		"empty sections": {Lang: "ru", Until: digestUntil, Sections: []news.DigestSection{{Country: "KZ"}, {Country: "TJ"}}},
	}
	for name, d := range tests {
		if got := Digest(d, time.UTC); got != nil {
			t.Errorf("%s: Digest = %q, want nil", name, got)
		}
	}
}

func TestDigestNumbering(t *testing.T) {
	msgs := Digest(countryDigest("en"), time.UTC)
	checkMessages(t, msgs...)
	all := strings.Join(msgs, "\n")
	for i := 1; i <= 6; i++ {
		prefix := "\n" + string(rune('0'+i)) + ". <b>"
		if strings.Count(all, prefix) != 1 {
			t.Errorf("story number %d appears %d times, want once", i, strings.Count(all, prefix))
		}
	}
	if strings.Contains(all, "\n7. ") {
		t.Errorf("digest numbers past its 6 stories")
	}
}

func TestQuotePicksBest(t *testing.T) {
	msgs := Topic(news.TopicDiplomacy, []news.Story{seedStory()}, "en")
	checkMessages(t, msgs...)
	want := "<blockquote>We are not outsiders to you</blockquote>\n— Emomali Rahmon"
	if !strings.Contains(msgs[0], want) {
		t.Errorf("topic message lacks %q:\n%s", want, msgs[0])
	}
	if strings.Contains(msgs[0], "cup of tea") {
		t.Errorf("topic message shows the lower-scored quote too:\n%s", msgs[0])
	}
}

func TestAlsoOutlets(t *testing.T) {
	s := seedStory()
	s.Also = []news.Outlet{
		{Name: "The Times of Central Asia", URL: "https://dup.example"}, // same as the source
		{Name: "A", URL: "https://a.example"},
		{Name: "a", URL: "https://a2.example"}, // duplicate name
		{Name: "B", URL: "ftp://b.example"},
		{Name: "C", URL: "https://c.example"},
		{Name: "D", URL: "https://d.example"},
		{Name: "E", URL: "https://e.example"},
		{Name: "F", URL: "https://f.example"},
	}
	tests := []struct{ lang, want string }{
		{"en", `<i>The Times of Central Asia</i> · also: <a href="https://a.example">A</a>, B, <a href="https://c.example">C</a>, <a href="https://d.example">D</a> +2`},
		{"ru", `<i>The Times of Central Asia</i> · также: <a href="https://a.example">A</a>, B, <a href="https://c.example">C</a>, <a href="https://d.example">D</a> и ещё 2`},
	}
	for _, tt := range tests {
		got := sourceLine(s, phrasesFor(tt.lang))
		if got != tt.want {
			t.Errorf("sourceLine(%s) = %q, want %q", tt.lang, got, tt.want)
		}
		checkMessages(t, got)
	}
}

func TestBreakingAlwaysFits(t *testing.T) {
	a := hostileStory().Article
	a.URL = "https://example.com/" + strings.Repeat("x", 2000)
	a.Title = strings.Repeat("&<>", 400)
	a.Summary = strings.Repeat("Я & <b> ", 2000)
	a.Quotes = []news.Quote{{Text: strings.Repeat("&", 3000), Speaker: strings.Repeat("<", 500), Score: 1}}
	for _, lang := range []string{"en", "ru"} {
		card := Breaking(a, lang)
		checkMessages(t, card)
		if !strings.Contains(card, "🔴") {
			t.Errorf("%s card lost its mark:\n%s", lang, card)
		}
	}
}

func TestTopicLabels(t *testing.T) {
	tests := []struct {
		topic news.Topic
		lang  string
		want  string
	}{
		{news.TopicEnergy, "en", "<b>⚡ Energy</b>\n"},
		{news.TopicEnergy, "ru", "<b>⚡ Энергетика</b>\n"},
		{news.TopicMigration, "RU", "<b>🧳 Миграция</b>\n"},
		{"made-up", "en", "<b>made-up</b>\n"},
		{"", "ru", "<b>🗂 Разное</b>\n"},
	}
	for _, tt := range tests {
		msgs := Topic(tt.topic, nil, tt.lang)
		checkMessages(t, msgs...)
		if len(msgs) != 1 || !strings.HasPrefix(msgs[0], tt.want) {
			t.Errorf("Topic(%q, nil, %q) = %q, want a message starting %q", tt.topic, tt.lang, msgs, tt.want)
		}
	}
}
