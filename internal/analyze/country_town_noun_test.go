package analyze

import (
	"slices"
	"testing"
)

// TestCountriesGermanNounTown: a town whose name is a German noun names
// no town where German grammar makes it the noun (an article before it, an
// indefinite genitive after it); as a bare name, and in other languages'
// text, it stays the town.
func TestCountriesGermanNounTown(t *testing.T) {
	a := shared()
	for _, tt := range []struct {
		name, lang, url, body string
		want                  []string
	}{
		{"de: Neubau einer Turnhalle on a .de", "de", "https://www.example-gemeinde.de/rat/sitzung",
			"Der Gemeinderat stimmte am Dienstag dem Antrag auf Neubau einer Turnhalle zu. Die Kosten liegen bei zwei Millionen Euro.", []string{"DE"}},
		{"de: der Neubau, no place", "de", "https://www.example-zeitung.com/bauen/halle",
			"Der Neubau soll im Frühjahr fertig sein. Die Firma sucht dafür noch zwanzig Mitarbeiter.", nil},
		{"de: einen Neubau, no place", "de", "https://www.example-zeitung.com/bauen/halle",
			"Die Firma plant einen Neubau am Rand des Gewerbegebiets. Dafür sucht sie noch zwanzig Mitarbeiter.", nil},
		{"de: in Neubau, the district", "de", "https://www.example-zeitung.com/freizeit/cafe",
			"Das Café liegt in Neubau, nahe der Mariahilfer Straße. Es hat täglich ab acht Uhr geöffnet.", []string{"AT"}},
		{"de: a town after a preposition stays", "de", "https://www.example-zeitung.com/wirtschaft/firma",
			"Die Firma zieht von Überlingen an den neuen Standort. Dafür sucht sie noch zwanzig Mitarbeiter.", []string{"DE"}},
		{"en: in Neubau, the district", "en", "https://www.example-news.com/travel/cafe",
			"The café is in Neubau, near the museum quarter. It opens at eight every morning.", []string{"AT"}},
		{"en: the Neubau district", "en", "https://www.example-news.com/travel/cafe",
			"The café is in the Neubau district, near the museum quarter. It opens at eight every morning.", []string{"AT"}},
		{"ru: a town in Russian text stays", "ru", "https://example-gorod.com/news/cafe",
			"Новое кафе открылось в Таганроге. Хозяйка сама печёт пироги.", []string{"RU"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in := Input{Body: tt.body, Lang: tt.lang, URL: tt.url}
			got := a.Analyze(in).PrimaryCountries()
			if !slices.Equal(got, tt.want) {
				an, ex := a.Explain(in)
				t.Errorf("primary = %v, want %v (topics %v, countries %+v)", got, tt.want, an.Topics, ex.Countries)
			}
		})
	}
}
