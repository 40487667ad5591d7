package render

import (
	"fmt"
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

	// When the summary is the quote's sentence alone, another quote, not in
	// the summary, is shown instead (with more sentences, the best quote's
	// leaves the summary: TestQuoteInSummaryBecomesThePullQuote).
	a.Summary = "Аким города Ерболат Досаев заявил: «Тарифы будут пересмотрены до конца года»."
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

// When the summary holds the best quote among other sentences, the quote's
// sentence leaves the summary and the quote is shown as the pull-quote with
// its speaker, as a newsletter would: facts above, the voice below.
func TestQuoteInSummaryBecomesThePullQuote(t *testing.T) {
	a := news.Article{Title: "Kyrgyzstan, Kazakhstan Sign Power Deal", URL: "https://asiaplus.example/power", Source: "Asia-Plus"}
	a.Summary = "Kyrgyzstan and Kazakhstan signed a deal on electricity exchanges for the winter, officials said. " +
		"“We will not allow rolling blackouts this winter,” Kyrgyz Energy Minister Taalaibek Ibraev said. " +
		"Kazakhstan will supply up to 1.2 billion kilowatt-hours."
	a.Quotes = []news.Quote{
		{Text: "We will not allow rolling blackouts this winter", Speaker: "Taalaibek Ibraev", Score: 2},
		{Text: "The swap balances the grid", Speaker: "Almasadam Satkaliyev", Score: 1},
	}
	want := "Kyrgyzstan and Kazakhstan signed a deal on electricity exchanges for the winter, officials said. " +
		"Kazakhstan will supply up to 1.2 billion kilowatt-hours.\n" +
		"<blockquote>We will not allow rolling blackouts this winter</blockquote>\n— Taalaibek Ibraev"
	s := news.Story{Article: a}
	for name, got := range map[string]string{
		"topic":    Topic(news.TopicEnergy, []news.Story{s}, "en")[0],
		"digest":   Digest(news.Digest{Lang: "en", Sections: []news.DigestSection{{Country: "KG", Stories: []news.Story{s}}}}, nil)[0],
		"breaking": strings.ReplaceAll(Breaking(a, "en"), "\n\n", "\n"),
	} {
		if !strings.Contains(got, want) {
			t.Errorf("%s: want\n%s\nin\n%s", name, want, got)
		}
	}

	// In Russian, with the quote first and a multi-sentence quote.
	a.Summary = "«Мы не допустим веерных отключений. Резерв есть», — заявил министр Таалайбек Ибраев. " +
		"Казахстан поставит до 1,2 млрд кВт·ч электроэнергии с декабря по март."
	a.Quotes = []news.Quote{{Text: "Мы не допустим веерных отключений. Резерв есть", Speaker: "Таалайбек Ибраев", Score: 1}}
	got := Digest(news.Digest{Lang: "ru", Sections: []news.DigestSection{{Country: "KG", Stories: []news.Story{{Article: a}}}}}, nil)[0]
	want = "</b>\nКазахстан поставит до 1,2 млрд кВт·ч электроэнергии с декабря по март.\n" +
		"<blockquote>Мы не допустим веерных отключений. Резерв есть</blockquote>\n— Таалайбек Ибраев"
	if !strings.Contains(got, want) {
		t.Errorf("ru: want\n%s\nin\n%s", want, got)
	}

	// A summary that is only the quote's sentence stays; the quote is not repeated.
	a.Summary = "«Мы не допустим веерных отключений. Резерв есть», — заявил министр Таалайбек Ибраев."
	got = Digest(news.Digest{Lang: "ru", Sections: []news.DigestSection{{Country: "KG", Stories: []news.Story{{Article: a}}}}}, nil)[0]
	if strings.Count(got, "Резерв есть") != 1 || strings.Contains(got, "<blockquote>") {
		t.Errorf("ru, quote-only summary:\n%s", got)
	}
}

// The analysis keeps every well-attributed quotation of an article (up to
// ten); each card still shows the one best quote (/latest shows none),
// and a digest, /latest and a breaking card of stories with ten long quotations each stay
// within Telegram's limits.
func TestManyQuotesShowOne(t *testing.T) {
	var stories []news.Story
	for i := range 8 {
		s := seedStory()
		s.ID = int64(i + 1)
		s.URL = fmt.Sprintf("https://news.example/story-%d", i)
		s.Quotes = nil
		for j := range 10 {
			s.Quotes = append(s.Quotes, news.Quote{
				Text:    fmt.Sprintf("Quotation %d of story %d: %s", j, i, strings.Repeat("we will keep working on this together ", 20)),
				Speaker: fmt.Sprintf("Speaker Number%d", j),
				Score:   float64(j % 3),
			})
		}
		stories = append(stories, s)
	}
	d := news.Digest{Lang: "en", Sections: []news.DigestSection{{Country: "KZ", Stories: stories}}}
	for name, msgs := range map[string][]string{
		"digest":   Digest(d, nil),
		"latest":   Latest(stories, "en", "Latest"),
		"breaking": {Breaking(stories[0].Article, "en")},
	} {
		checkMessages(t, msgs...)
		all := strings.Join(msgs, "\n")
		for _, m := range msgs {
			if n := UTF16Len(m); n > MaxMessageLen {
				t.Errorf("%s: a message of %d units, over %d", name, n, MaxMessageLen)
			}
		}
		shown := strings.Count(all, "<blockquote>")
		cards := strings.Count(all, "https://news.example/story-")
		if name == "latest" && shown != 0 || name != "latest" && (shown == 0 || shown > cards) {
			t.Errorf("%s: %d quotes shown for %d stories, want one each (none in /latest)", name, shown, cards)
		}
		if strings.Contains(all, "Quotation 0 of") || strings.Contains(all, "Quotation 1 of") {
			t.Errorf("%s: a lower-scored quote is shown:\n%s", name, all)
		}
	}
}
