package render

import (
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/news"
)

// A short report's summary is often the whole text, quote included; the
// card must not then print the quote a second time.
func TestQuoteAlreadyInSummaryIsNotRepeated(t *testing.T) {
	a := news.Article{
		Title: "В Алматы прошёл митинг против повышения тарифов", URL: "https://ru.example/tariffs", Source: "Новости Азии",
	}
	a.Summary = "В Алматы прошёл митинг. Аким города Ерболат Досаев заявил: «Тарифы будут пересмотрены до конца года». В митинге участвовали около 500 человек."
	a.Quotes = []news.Quote{
		{Text: "Тарифы будут пересмотрены до конца года.", Speaker: "Ерболат Досаев", Score: 2},
	}
	s := news.Story{Article: a}
	for name, got := range map[string]string{
		"topic":    Topic(news.TopicEconomy, []news.Story{s}, "ru")[0],
		"digest":   Digest(news.Digest{Lang: "ru", Sections: []news.DigestSection{{Country: "KZ", Stories: []news.Story{s}}}}, nil)[0],
		"breaking": Breaking(a, "ru"),
	} {
		if n := strings.Count(got, "Тарифы будут пересмотрены"); n != 1 {
			t.Errorf("%s: the quote appears %d times, want once:\n%s", name, n, got)
		}
	}

	// Another quote, not in the summary, is shown instead.
	a.Quotes = append(a.Quotes, news.Quote{Text: "Мы будем протестовать и дальше", Speaker: "Айгерим Нурланова", Score: 1})
	got := Topic(news.TopicEconomy, []news.Story{{Article: a}}, "ru")[0]
	if !strings.Contains(got, "<blockquote>Мы будем протестовать и дальше</blockquote>\n— Айгерим Нурланова") {
		t.Errorf("the quote not in the summary is missing:\n%s", got)
	}

	// A quote the summary does not hold is shown as before.
	a.Summary = "В Алматы прошёл митинг против повышения тарифов."
	got = Topic(news.TopicEconomy, []news.Story{{Article: a}}, "ru")[0]
	if !strings.Contains(got, "<blockquote>Тарифы будут пересмотрены до конца года.</blockquote>\n— Ерболат Досаев") {
		t.Errorf("the best quote is missing:\n%s", got)
	}
}
