package render

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsbot/newsbot/internal/news"
)

// TestClipSentences: a summary that does not fit is cut after a whole
// sentence, never with "…" in the middle of one it could show.
func TestClipSentences(t *testing.T) {
	long := "Relations between Tajikistan and Russia have faced some bumps in recent years, including sharp remarks about Moscow’s attitude toward Central Asia."
	longRU := "Стороны одобрили пакет соглашений, включая статус представительств МВД и новые правила медицинского освидетельствования для граждан Таджикистана в России."
	tests := []struct {
		name    string
		in      string
		n, hard int
		want    string
	}{
		{"en: fits whole", "Kazakhstan votes. Turnout was high.", 160, 280, "Kazakhstan votes. Turnout was high."},
		{"en: cut after the first sentence", "Kazakhstan votes on Sunday. " + long, 100, 280, "Kazakhstan votes on Sunday."},
		{"ru: cut after the first sentence", "Казахстан голосует в воскресенье. " + longRU, 100, 280, "Казахстан голосует в воскресенье."},
		{"en: a long first sentence is kept whole", long + " More follows.", 100, 280, long},
		{"ru: a long first sentence is kept whole", longRU + " Далее.", 100, 280, longRU},
		{"en: abbreviations do not end a sentence", "Gen. Smith met Mr. Jones in the U.S. capital on Monday. Talks went on.", 60, 280, "Gen. Smith met Mr. Jones in the U.S. capital on Monday."},
		{"ru: сокращения не кончают предложение", "В 2024 г. рост составил 5 млн. тонн, сообщили в министерстве. Далее подробности.", 70, 280, "В 2024 г. рост составил 5 млн. тонн, сообщили в министерстве."},
		{"runaway text without a sentence end is clipped to n", strings.Repeat("word ", 100), 50, 280, strings.TrimSpace(strings.Repeat("word ", 9)) + "…"},
		{"en: a runaway sentence is cut after a clause", "The ministers met in Astana on Monday, discussed transit, water and energy at length, " + strings.Repeat("and then more ", 30), 100, 120,
			"The ministers met in Astana on Monday, discussed transit, water and energy at length…"},
		{"ru: длинное предложение режется после части", "Министры встретились в Астане в понедельник, обсудили транзит, воду и энергетику, " + strings.Repeat("а потом ещё ", 30), 100, 120,
			"Министры встретились в Астане в понедельник, обсудили транзит, воду и энергетику…"},
		{"en: a sentence ending in a closing quote ends there", "He said: “We are ready.” " + long, 100, 280, "He said: “We are ready.”"},
		{"ru: предложение кончается кавычкой", "Он сказал: «Мы готовы.» " + longRU, 100, 280, "Он сказал: «Мы готовы.»"},
		{"en: a title's abbreviation ends no sentence", "The officer was not hurt, said police spokesman Lt. Jane Doe. " + long, 100, 280, "The officer was not hurt, said police spokesman Lt. Jane Doe."},
		{"ru: сокращение улицы не кончает предложение", "Пожар произошел в доме на ул. Ленина, сообщили в МЧС. " + longRU, 100, 280, "Пожар произошел в доме на ул. Ленина, сообщили в МЧС."},
		{"tr: an academic title ends no sentence", "Açıklamayı Belediye Başkanı Doç. Dr. Ayşe Kaya yaptı. " + long, 100, 280, "Açıklamayı Belediye Başkanı Doç. Dr. Ayşe Kaya yaptı."},
		{"pl: thousands before a number end no sentence", "Bez prądu jest 18 tys. 280 odbiorców, podała spółka. " + long, 100, 280, "Bez prądu jest 18 tys. 280 odbiorców, podała spółka."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := clipSentences(tt.in, tt.n, tt.hard)
			if got != tt.want {
				t.Errorf("clipSentences = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestLatestLongFirstSentence: a first sentence of a wire's lede longer
// than a list's line, up to the longest one the analyzer leaves whole, is
// shown whole in /latest rather than cut with "…"; English and Russian.
func TestLatestLongFirstSentence(t *testing.T) {
	for _, first := range []string{
		"The head of the regional water agency, who took office in the spring after months of protests over shortages in the southern districts, met farmers' representatives on Tuesday in the provincial capital to discuss the summer quotas, the schedule of canal repairs and the compensation promised to villages whose wells ran dry last year, officials said.",
		"Глава областного водного агентства, вступивший в должность весной после нескольких месяцев протестов из-за нехватки воды в южных районах, во вторник встретился в областном центре с представителями фермеров, чтобы обсудить летние квоты, график ремонта каналов и компенсации селам, чьи колодцы пересохли в прошлом году, сообщили в администрации.",
	} {
		if n := utf8.RuneCountInString(first); n <= 280 || n > lineHardMax {
			t.Fatalf("test sentence of %d characters", n)
		}
		s := news.Story{Article: news.Article{ID: 1, Source: "Outlet", Lang: "en", URL: "https://news.example/1", Title: "Water talks",
			Analysis: news.Analysis{Summary: first + " Talks continue on Friday."}}}
		item := latestItem(s, phrasesFor("en"))
		lines := strings.Split(PlainText(item), "\n")
		if len(lines) < 2 {
			t.Fatalf("item has no summary line:\n%s", item)
		}
		summary, _, _ := strings.Cut(lines[1], " · ")
		if summary != first {
			t.Errorf("latest line %q, want the whole first sentence", summary)
		}
	}
}

// TestSummariesEndOnSentences: in /latest, /topic and breaking cards a
// summary that does not fit its slot ends on a whole sentence, the HTML
// stays valid after the cut (entities are escaped after it, never split)
// and every message of a long /latest list holds within Telegram's limit.
func TestSummariesEndOnSentences(t *testing.T) {
	en := "Kazakhstan & Uzbekistan agreed on Monday to share the <Syr Darya> water quota for the summer, officials said. " +
		"The deal, signed in Tashkent, follows months of talks between the two ministries and a drought last year. " +
		"“We will not let the fields dry out,” the minister said. " +
		"Farmers in the south had warned of losses of up to 40% if the quota was cut again."
	ru := "Казахстан и Узбекистан договорились в понедельник о разделе квот воды <Сырдарьи> на лето, сообщили власти. " +
		"Соглашение, подписанное в Ташкенте, завершило многомесячные переговоры министерств после засухи прошлого года. " +
		"«Мы не дадим полям высохнуть», — сказал министр. " +
		"Фермеры юга предупреждали о потерях до 40% & больше, если квоту снова урежут."
	var stories []news.Story
	for i := range 40 {
		sum, lang := en, "en"
		if i%2 == 1 {
			sum, lang = ru, "ru"
		}
		stories = append(stories, news.Story{Article: news.Article{
			ID: int64(i), Source: "Outlet & Co", Lang: lang,
			URL:      fmt.Sprintf("https://news.example/%03d?a=1&b=2", i),
			Title:    fmt.Sprintf("Story %d: water <deal> & quotas", i),
			Analysis: news.Analysis{Summary: strings.Repeat(sum+" ", 3), Countries: []news.CountryScore{{Code: "KZ", Primary: true}}},
		}})
	}
	endsWhole := func(t *testing.T, where, shown string) {
		t.Helper()
		shown = strings.TrimSpace(shown)
		if strings.HasSuffix(shown, "…") {
			t.Errorf("%s: summary cut mid-sentence: %q", where, shown)
			return
		}
		last, _ := utf8.DecodeLastRuneInString(shown)
		if !strings.ContainsRune(".!?»”", last) {
			t.Errorf("%s: summary does not end a sentence: %q", where, shown)
		}
	}
	for _, lang := range []string{"en", "ru"} {
		msgs := Latest(stories, lang, "")
		checkMessages(t, msgs...)
		for _, m := range msgs {
			if n := UTF16Len(m); n > MaxMessageLen {
				t.Errorf("latest message of %d units", n)
			}
			for _, item := range strings.Split(PlainText(m), "\n\n")[1:] {
				lines := strings.Split(item, "\n")
				if len(lines) < 2 {
					continue
				}
				summary, _, _ := strings.Cut(lines[1], " · ")
				endsWhole(t, "latest", summary)
			}
		}
		topic := TopicIn(news.TopicEconomy, "", stories, lang)
		checkMessages(t, topic...)
		for _, s := range stories[:4] {
			shown := clipSentences(summaryShown(s.Article), summaryMax, summaryMax)
			endsWhole(t, "topic", shown)
			if !strings.Contains(strings.Join(topic, "\n"), Escape(shown)) {
				t.Errorf("topic list lacks the summary %q", shown)
			}
		}
		card := Breaking(stories[1].Article, lang)
		checkMessages(t, card)
		parts := strings.Split(PlainText(card), "\n\n")
		if len(parts) < 2 {
			t.Fatalf("breaking card has no summary:\n%s", card)
		}
		endsWhole(t, "breaking", parts[1])
	}
}
