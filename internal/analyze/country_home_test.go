package analyze

import (
	"slices"
	"testing"

	"github.com/newsbot/newsbot/internal/news"
)

// TestHomeCountryDomain: the outlet's home country comes from the feed's
// hint, else from the country-code top-level domain of the address; generic
// domains and the generic uses of ccTLDs give none.
func TestHomeCountryDomain(t *testing.T) {
	for _, tt := range []struct{ hint, url, want string }{
		{"", "https://www.faz.de/region/unfall-123.html", "DE"},
		{"", "https://g1.globo.com.br/sp/noticia.ghtml", "BR"},
		{"", "https://www.bbc.co.uk/news/uk-england-123", "GB"},
		{"", "https://tengrinews.kz/kazakhstan_news/1", "KZ"},
		{"", "https://WWW.Lemonde.FR:443/societe/article", "FR"},
		{"", "https://www.eltiempo.com.co/bogota/nota", "CO"},
		{"", "https://example.com/story", ""},
		{"", "https://news.example.org/story", ""},
		{"", "https://example.net/a.de/story", ""},
		{"", "https://startup.io/blog/post", ""},
		{"", "https://channel.tv/news/1", ""},
		{"", "https://radio.fm/show", ""},
		{"", "https://t.co/abc", ""},
		{"", "https://example.eu/story", ""},
		{"", "not a url", ""},
		{"kg", "https://example.com/story", "KG"},
		{"KZ", "https://www.faz.de/story", "KZ"},
		{"ZZ", "https://www.faz.de/story", "DE"}, // an unknown hint is no hint
		// A page of the world section is not home news.
		{"", "https://www.bbc.co.uk/news/world-us-canada-47343461", ""},
		{"", "https://www.example-zeitung.de/Ausland/wahl-123.html", ""},
		{"", "https://example-gorod.ru/v-mire/123", ""},
		{"KZ", "https://example.kz/world/123", ""},
		{"", "https://www.example-zeitung.de/lokales/worldcup", "DE"},
	} {
		if got := homeCountry(tt.hint, tt.url); got != tt.want {
			t.Errorf("homeCountry(%q, %q) = %q, want %q", tt.hint, tt.url, got, tt.want)
		}
	}
}

// TestCountriesHome: home news that names no country, no town and no body
// of one is about its outlet's country; a story that names a country by
// any means keeps it, and a story of no public life (a health tip) that
// names no place gets no country from its outlet.
func TestCountriesHome(t *testing.T) {
	a := shared()
	const (
		deLocal  = "Am Dienstagabend ist auf der Hauptstraße ein Radfahrer von einem Lieferwagen erfasst worden. Die Polizei sperrte die Straße für zwei Stunden, der Fahrer des Lieferwagens wurde leicht verletzt."
		deParis  = "Am Dienstagabend ist in Paris ein Radfahrer von einem Lieferwagen erfasst worden. Die Polizei sperrte die Straße für zwei Stunden, der Fahrer des Lieferwagens wurde leicht verletzt."
		enLocal  = "Councillors voted on Tuesday to approve the budget for road repairs next year. The mayor said the money would cover resurfacing of the main street and two bridges."
		enParis  = "Councillors in Paris voted on Tuesday to approve the budget for road repairs next year. The mayor said the money would cover resurfacing of the main street and two bridges."
		ruLocal  = "Вечером во вторник на перекрёстке улиц Ленина и Садовой столкнулись два автомобиля. Полиция возбудила дело, водитель одной из машин задержан."
		ruParis  = "Вечером во вторник в Париже на перекрёстке столкнулись два автомобиля. Полиция возбудила дело, водитель одной из машин задержан."
		deTech   = "Der neue Lieferwagen mit Elektroantrieb soll ab Herbst ausgeliefert werden. Die Software des Fahrzeugs lässt sich per Update erweitern, der Akku reicht für 300 Kilometer."
		deHealth = "Wer abends spät isst, schläft oft schlechter. Ärzte raten, drei Stunden vor dem Schlafengehen nichts Schweres mehr zu essen und viel Wasser zu trinken."
		deLeague = "Der neue Trainer gibt am Sonntag sein Debüt in der Kreisliga gegen den Tabellenletzten. Die Mannschaft will nach zwei Niederlagen endlich wieder drei Punkte holen, sagt der Abteilungsleiter."
		deMatch  = "Der neue Trainer gibt am Sonntag sein Debüt gegen den Tabellenletzten. Die Mannschaft will nach zwei Niederlagen endlich wieder drei Punkte holen, sagt der Kapitän."
		ruLeague = "В матче первенства области хозяева поля обыграли гостей со счётом 2:1. Оба гола забил нападающий, который вышел на замену во втором тайме."
		ruMatch  = "В матче хозяева поля обыграли гостей со счётом 2:1. Оба гола забил нападающий, который вышел на замену во втором тайме."
		enLeague = "The home side won the county league match 2-1 on Saturday. Both goals came from the striker, who came on as a substitute in the second half."
	)
	for _, tt := range []struct {
		name, lang, url, hint, title, body string
		want                               []string
	}{
		{"de: a .de story names no country", "de", "https://www.example-zeitung.de/lokales/unfall", "", "Radfahrer bei Unfall verletzt", deLocal, []string{"DE"}},
		{"de: Paris named stays", "de", "https://www.example-zeitung.de/lokales/unfall", "", "Radfahrer bei Unfall verletzt", deParis, []string{"FR"}},
		{"de: a .com story", "de", "https://www.example-zeitung.com/lokales/unfall", "", "Radfahrer bei Unfall verletzt", deLocal, nil},
		{"de: a .io story", "de", "https://news.example.io/unfall", "", "Radfahrer bei Unfall verletzt", deLocal, nil},
		{"de: the feed's hint wins", "de", "https://www.example-zeitung.de/lokales/unfall", "AT", "Radfahrer bei Unfall verletzt", deLocal, []string{"AT"}},
		{"de: a health tip names no place", "de", "https://www.example-zeitung.de/ratgeber/schlaf", "", "Besser schlafen", deHealth, nil},
		{"de: a gadget names no place", "de", "https://www.example-zeitung.de/technik/lieferwagen", "", "Elektrischer Lieferwagen vorgestellt", deTech, nil},
		{"en: a .co.uk story names no country", "en", "https://www.example-gazette.co.uk/news/budget", "", "Council approves road repair budget", enLocal, []string{"GB"}},
		{"en: Paris named stays", "en", "https://www.example-gazette.co.uk/news/budget", "", "Council approves road repair budget", enParis, []string{"FR"}},
		{"en: a .com story", "en", "https://www.example-gazette.com/news/budget", "", "Council approves road repair budget", enLocal, nil},
		{"en: a .tv story", "en", "https://www.example-news.tv/news/budget", "", "Council approves road repair budget", enLocal, nil},
		{"en: the feed's hint wins", "en", "https://www.example-gazette.co.uk/news/budget", "CA", "Council approves road repair budget", enLocal, []string{"CA"}},
		{"en: the feed's hint on a .com", "en", "https://www.example-gazette.com/news/budget", "CA", "Council approves road repair budget", enLocal, []string{"CA"}},
		{"ru: a .ru story names no country", "ru", "https://example-gorod.ru/news/dtp", "", "Столкновение на перекрёстке", ruLocal, []string{"RU"}},
		{"ru: Paris named stays", "ru", "https://example-gorod.ru/news/dtp", "", "Столкновение на перекрёстке", ruParis, []string{"FR"}},
		{"ru: a .com story", "ru", "https://example-gorod.com/news/dtp", "", "Столкновение на перекрёстке", ruLocal, nil},
		{"ru: a .io story", "ru", "https://example-gorod.io/news/dtp", "", "Столкновение на перекрёстке", ruLocal, nil},
		{"ru: the feed's hint wins", "ru", "https://example-gorod.ru/news/dtp", "KZ", "Столкновение на перекрёстке", ruLocal, []string{"KZ"}},
		// Sport is home news only in a local league.
		{"de: a district league's match", "de", "https://www.example-zeitung.de/sport/lokalsport/trainer", "", "Neuer Trainer", deLeague, []string{"DE"}},
		{"de: a match of no league named", "de", "https://www.example-zeitung.de/sport/trainer", "", "Neuer Trainer", deMatch, nil},
		{"ru: a regional league's match", "ru", "https://example-gorod.ru/sport/match", "", "Победа хозяев", ruLeague, []string{"RU"}},
		{"ru: a match of no league named", "ru", "https://example-gorod.ru/sport/match", "", "Победа хозяев", ruMatch, nil},
		{"en: a county league's match", "en", "https://www.example-gazette.co.uk/sport/match", "", "Home win", enLeague, []string{"GB"}},
		{"en: a county league's match on a .com", "en", "https://www.example-gazette.com/sport/match", "", "Home win", enLeague, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in := Input{Title: tt.title, Body: tt.body, Lang: tt.lang, URL: tt.url, HomeCountry: tt.hint}
			got := a.Analyze(in).PrimaryCountries()
			if !slices.Equal(got, tt.want) {
				an, ex := a.Explain(in)
				t.Errorf("primary = %v, want %v (topics %v, countries %+v)", got, tt.want, an.Topics, ex.Countries)
			}
		})
	}
}

// TestHomeFallbackTopics: the home country is primary only in home news
// (a topic of homeTopics and none of awayTopics), and only when no country
// was named.
func TestHomeFallbackTopics(t *testing.T) {
	ts := func(topics ...news.Topic) []news.TopicScore {
		out := make([]news.TopicScore, len(topics))
		for i, tp := range topics {
			out[i] = news.TopicScore{Topic: tp, Score: 3}
		}
		return out
	}
	named := []news.CountryScore{{Code: "FR", Score: 0.5}}
	for _, tt := range []struct {
		name   string
		out    []news.CountryScore
		topics []news.TopicScore
		want   []string
	}{
		{"economy", nil, ts(news.TopicEconomy), []string{"DE"}},
		{"justice and society", nil, ts(news.TopicJustice, news.TopicSociety), []string{"DE"}},
		{"economy and technology", nil, ts(news.TopicEconomy, news.TopicTechnology), nil},
		{"transport and culture", nil, ts(news.TopicTransport, news.TopicCulture), nil},
		{"society alone", nil, ts(news.TopicSociety), nil},
		{"no topic", nil, nil, nil},
		{"sport", nil, ts(news.TopicSport), nil},
		{"a country named, not primary", named, ts(news.TopicEconomy), nil},
	} {
		got := news.Analysis{Countries: homeFallback(slices.Clone(tt.out), "DE", tt.topics, nil, nil)}.PrimaryCountries()
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: primary %v, want %v", tt.name, got, tt.want)
		}
	}
	league := func() bool { return true }
	for _, tt := range []struct {
		name   string
		topics []news.TopicScore
		want   []string
	}{
		{"sport in a local league", ts(news.TopicSport), []string{"DE"}},
		{"sport and justice in a local league", ts(news.TopicSport, news.TopicJustice), []string{"DE"}},
		{"sport and technology in a local league", ts(news.TopicSport, news.TopicTechnology), nil},
	} {
		got := news.Analysis{Countries: homeFallback(nil, "DE", tt.topics, league, nil)}.PrimaryCountries()
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: primary %v, want %v", tt.name, got, tt.want)
		}
	}
}
