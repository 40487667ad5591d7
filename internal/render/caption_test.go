package render

import (
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/news"
)

func TestCaption(t *testing.T) {
	long := func(word string, n int) string { return strings.TrimSpace(strings.Repeat(word+" ", n)) }
	tests := []struct {
		name        string
		card        string
		wantCaption string
		wantRest    string
	}{
		{"short card fits whole", "<b>Title</b>\n\nSummary.", "<b>Title</b>\n\nSummary.", ""},
		{"tags and entities do not count",
			`<a href="https://example.com/` + strings.Repeat("x", 900) + `">` + long("abc", 200) + "</a> &amp;",
			`<a href="https://example.com/` + strings.Repeat("x", 900) + `">` + long("abc", 200) + "</a> &amp;", ""},
		{"quote moves to the follow-up in English",
			"<b>Title</b>\n\n" + long("word", 190) + "\n\n<blockquote>" + long("quote", 60) + "</blockquote>",
			"<b>Title</b>\n\n" + long("word", 190), "<blockquote>" + long("quote", 60) + "</blockquote>"},
		{"quote moves to the follow-up in Russian",
			"<b>Заголовок</b>\n\n" + long("слово", 160) + "\n\n<blockquote>" + long("цитата", 60) + "</blockquote>",
			"<b>Заголовок</b>\n\n" + long("слово", 160), "<blockquote>" + long("цитата", 60) + "</blockquote>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, rest := Caption(tt.card)
			if got != tt.wantCaption || rest != tt.wantRest {
				t.Errorf("Caption:\ncaption %q\nrest    %q\nwant\ncaption %q\nrest    %q", got, rest, tt.wantCaption, tt.wantRest)
			}
			if n := VisibleLen(got); n > MaxCaptionLen {
				t.Errorf("caption is %d visible characters, over %d", n, MaxCaptionLen)
			}
		})
	}
}

// TestCaptionCutsOversizedParagraph: a first paragraph longer than a
// caption is cut between words with its tags closed, and nothing is lost.
func TestCaptionCutsOversizedParagraph(t *testing.T) {
	for _, word := range []string{"word", "слово"} {
		card := "<b>" + strings.Repeat(word+" ", 400) + "</b>\n\ntail"
		caption, rest := Caption(card)
		if n := VisibleLen(caption); n > MaxCaptionLen || n < MaxCaptionLen/2 {
			t.Errorf("%s: caption has %d visible characters, want between %d and %d", word, n, MaxCaptionLen/2, MaxCaptionLen)
		}
		if !strings.HasSuffix(caption, "</b>") || !strings.HasPrefix(rest, "<b>") || !strings.HasSuffix(rest, "tail") {
			t.Errorf("%s: tags not closed and reopened at the cut:\n%q\n%q", word, caption, rest)
		}
		if got, want := strings.Count(caption+rest, word), 400; got != want {
			t.Errorf("%s: %d words kept, want %d", word, got, want)
		}
	}
}

// TestBreakingCardCaption: a real breaking card with a long summary keeps
// its title under the photo in both languages.
func TestBreakingCardCaption(t *testing.T) {
	a := news.Article{Title: "Flood hits Almaty", URL: "https://example.com/a", Source: "Example",
		Body: strings.Repeat("The river rose again overnight. ", 80)}
	for _, lang := range []string{"en", "ru"} {
		caption, _ := Caption(Breaking(a, lang))
		if VisibleLen(caption) > MaxCaptionLen || !strings.Contains(caption, "Flood hits Almaty") {
			t.Errorf("%s: caption %q", lang, caption)
		}
	}
}
