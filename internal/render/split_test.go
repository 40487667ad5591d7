package render

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/news"
)

// checkPieces fails the test for any piece over limit or not valid HTML.
func checkPieces(t *testing.T, pieces []string, limit int) {
	t.Helper()
	checkMessages(t, pieces...)
	for i, p := range pieces {
		if n := UTF16Len(p); n > limit {
			t.Errorf("piece %d of %d has %d UTF-16 units, over the limit %d", i+1, len(pieces), n, limit)
		}
	}
}

func TestSplitLimitEdges(t *testing.T) {
	tests := []struct {
		name  string
		parts []string
		want  int // messages
	}{
		{"cyrillic 4096 letters is one message", []string{strings.Repeat("я", 4096)}, 1},
		{"cyrillic 4097 letters is two", []string{strings.Repeat("я", 4097)}, 2},
		{"cyrillic counted in letters, not bytes", []string{strings.Repeat("я", 2100)}, 1},
		{"two parts and the blank line make exactly 4096", []string{strings.Repeat("ж", 2047), strings.Repeat("ж", 2047)}, 1},
		{"two parts one unit over", []string{strings.Repeat("ж", 2048), strings.Repeat("ж", 2047)}, 2},
		{"flags count four units each", []string{strings.Repeat("🇰🇿", 1024)}, 1},
		{"one flag too many", []string{strings.Repeat("🇰🇿", 1024) + "я"}, 2},
		{"markup counts", []string{"<b>" + strings.Repeat("a", 4089) + "</b>"}, 1},
		{"markup one over", []string{"<b>" + strings.Repeat("a", 4090) + "</b>"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.parts, MaxMessageLen)
			checkPieces(t, got, MaxMessageLen)
			if len(got) != tt.want {
				t.Errorf("Split made %d messages, want %d", len(got), tt.want)
			}
			if a, b := strings.Join(tt.parts, ""), stripTags(strings.Join(got, "")); strings.ReplaceAll(b, "\n", "") != stripTags(a) {
				t.Errorf("Split lost or changed text")
			}
		})
	}
}

func TestSplitPacking(t *testing.T) {
	tests := []struct {
		name  string
		parts []string
		limit int
		want  []string
	}{
		{"joined with blank lines", []string{"a", "b", "c"}, 100, []string{"a\n\nb\n\nc"}},
		{"empty and blank parts skipped, parts trimmed", []string{"", "\n a \n", "  ", "b\n\n"}, 100, []string{"a\n\nb"}},
		{"nothing", nil, 100, nil},
		{"starts a new message when full", []string{strings.Repeat("x", 20), strings.Repeat("y", 20)}, 41, []string{strings.Repeat("x", 20), strings.Repeat("y", 20)}},
		{"fits with the separator", []string{strings.Repeat("x", 20), strings.Repeat("y", 20)}, 42, []string{strings.Repeat("x", 20) + "\n\n" + strings.Repeat("y", 20)}},
		{"tiny limit raised to the minimum", []string{"abc", "def"}, 1, []string{"abc\n\ndef"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.parts, tt.limit)
			if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", tt.want) {
				t.Errorf("Split = %q, want %q", got, tt.want)
			}
			checkMessages(t, got...)
		})
	}
}

// manyRussianStories makes n Russian stories of similar size.
func manyRussianStories(n int) []news.Story {
	var out []news.Story
	for i := range n {
		out = append(out, news.Story{Article: news.Article{
			ID:     int64(i),
			Source: "Азия-Плюс",
			URL:    fmt.Sprintf("https://asiaplus.example/ru/news/%03d", i),
			Title:  fmt.Sprintf("Новость номер %d: правительство обсудило тарифы на электроэнергию", i),
			Analysis: news.Analysis{
				Summary: "Министерство энергетики и водных ресурсов представило план ремонта подстанций, " +
					"который должен снизить число отключений в зимний период и повысить надёжность сетей в регионах. Второе предложение.",
				Countries: []news.CountryScore{{Code: "TJ", Primary: true}},
			},
		}})
	}
	return out
}

func TestLatestSplitsOnStoryBoundaries(t *testing.T) {
	stories := manyRussianStories(30)
	msgs := Latest(stories, "ru", "Последние новости")
	checkPieces(t, msgs, MaxMessageLen)
	if len(msgs) != 3 {
		t.Fatalf("Latest made %d messages, want 3 (sizes: %v)", len(msgs), sizes(msgs))
	}
	p := phrasesFor("ru")
	next := 0 // stories must come in order
	for i, s := range stories {
		item := latestItem(s, p)
		found := -1
		for m, msg := range msgs {
			if strings.Contains(msg, item) {
				if found >= 0 {
					t.Errorf("story %d appears in messages %d and %d", i, found, m)
				}
				found = m
			}
		}
		if found < 0 {
			t.Errorf("story %d is not whole in any message:\n%s", i, item)
		}
		if found < next {
			t.Errorf("story %d is in message %d, after a later story", i, found)
		}
		next = found
	}
	if !strings.HasPrefix(msgs[0], "<b>Последние новости</b>\n\n") {
		t.Errorf("heading missing from the first message")
	}
	if len(msgs[0]) <= MaxMessageLen {
		t.Errorf("first message has %d bytes: fixture too small to show bytes are not counted", len(msgs[0]))
	}
}

func sizes(msgs []string) []int {
	var out []int
	for _, m := range msgs {
		out = append(out, UTF16Len(m))
	}
	return out
}

func TestSplitOversizedPart(t *testing.T) {
	var words []string
	for i := range 600 {
		words = append(words, fmt.Sprintf("слово%d&", i))
	}
	quote := strings.Join(words, " ")
	part := `<b><a href="https://example.com/?a=1&amp;b=2">Заголовок</a></b>` + "\n<blockquote>" + Escape(quote) + "</blockquote>\n— Спикер"
	for _, limit := range []int{200, 500, 1000, MaxMessageLen} {
		t.Run(fmt.Sprint(limit), func(t *testing.T) {
			pieces := Split([]string{part}, limit)
			checkPieces(t, pieces, limit)
			if len(pieces) < 2 {
				t.Fatalf("got %d pieces, want the part cut", len(pieces))
			}
			var got []string
			for i, p := range pieces {
				if i > 0 && i < len(pieces)-1 && !strings.HasPrefix(p, "<blockquote>") {
					t.Errorf("piece %d does not reopen the blockquote: %.40q", i+1, p)
				}
				for _, line := range strings.Split(PlainText(p), "\n") {
					line = strings.TrimPrefix(line, "> ")
					got = append(got, strings.Fields(line)...)
				}
			}
			want := append(append([]string{"Заголовок", "(https://example.com/?a=1&b=2)"}, words...), "—", "Спикер")
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("words changed by cutting:\ngot  %q\nwant %q", got, want)
			}
		})
	}
}

func TestSplitKeepsEntitiesAndTags(t *testing.T) {
	tests := []struct {
		name  string
		part  string
		limit int
	}{
		{"entities without spaces", strings.Repeat("&amp;&lt;&#1071;", 100), 50},
		{"long link text", `<a href="https://example.com/x">` + strings.Repeat("текст ", 200) + "</a>", 100},
		{"nested tags", "<b><i><u>" + strings.Repeat("ab ", 300) + "</u></i></b>", 64},
		{"tags heavier than the limit lose markup", `<a href="https://example.com/` + strings.Repeat("p", 100) + `">` + strings.Repeat("word ", 40) + "</a>", 10},
		{"surrogate pairs never halved", strings.Repeat("😀", 100), 33},
		{"pre block", "<pre>" + strings.Repeat("line of code\n", 100) + "</pre>", 120},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pieces := Split([]string{tt.part}, tt.limit)
			checkPieces(t, pieces, max(tt.limit, minSplitLimit))
			if len(pieces) < 2 {
				t.Errorf("got %d pieces, want the part cut", len(pieces))
			}
			got := strings.Join(strings.Fields(stripTags(strings.Join(pieces, " "))), "")
			want := strings.Join(strings.Fields(stripTags(tt.part)), "")
			if got != want {
				t.Errorf("text changed by cutting:\ngot  %q\nwant %q", got, want)
			}
		})
	}
}

func TestSplitPrefersLineBreaks(t *testing.T) {
	a, b, c := strings.Repeat(" a", 30)[1:], strings.Repeat(" b", 30)[1:], strings.Repeat(" c", 30)[1:]
	pieces := Split([]string{a + "\n" + b + "\n" + c}, 130)
	checkPieces(t, pieces, 130)
	want := []string{a + "\n" + b, c}
	if fmt.Sprintf("%q", pieces) != fmt.Sprintf("%q", want) {
		t.Errorf("Split = %q, want %q", pieces, want)
	}
}

// TestSplitRandom cuts pseudo-random hostile text in markup at many limits;
// a fixed seed keeps failures reproducible (FuzzSplit explores further).
func TestSplitRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", "bc", " ", "\n", "&", "<", ">", "\"", "я", "ҷ", "🇰🇿", "😀", "&amp;", "<b>", "\xff"}
	for i := range 3000 {
		var b strings.Builder
		for range r.IntN(300) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		text := b.String()
		e := Escape(text)
		if strings.TrimSpace(e) == "" {
			continue
		}
		limit := minSplitLimit + r.IntN(200)
		part := `<b><a href="https://example.com/?q=` + EscapeAttr(text) + `">` + e + "</a></b>\n<blockquote>" + e + "</blockquote>\n<i>" + e + "</i>"
		pieces := Split([]string{part, e, part}, limit)
		checkPieces(t, pieces, limit)
		if t.Failed() {
			t.Fatalf("case %d: text %q, limit %d", i, text, limit)
		}
		got := strings.Join(strings.Fields(stripTags(strings.Join(pieces, " "))), "")
		want := strings.Join(strings.Fields(stripTags(part+e+part)), "")
		if got != want { // cutting must neither lose nor add text, tags aside
			t.Fatalf("case %d: text changed by cutting\ngot  %q\nwant %q", i, got, want)
		}
	}
}
