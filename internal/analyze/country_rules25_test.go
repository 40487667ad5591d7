package analyze

import (
	"slices"
	"testing"
)

// TestCountriesVictoriaInSpanish: in Spanish text "Victoria" is the word
// for a victory, a woman's name, towns of Mexico, Argentina and Chile and
// their clubs; alone it names no Australian state there. "Australia" still
// names its country, and English and Russian text read the state as before.
func TestCountriesVictoriaInSpanish(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"es: a club named Victoria", "es", "", "El Victoria goleó 3-0 a su rival en el estadio municipal y sigue líder del torneo.", nil, nil},
		{"es: a town's stadium", "es", "", "El partido se jugó en el estadio de Colonia Victoria ante mucho público.", nil, nil},
		{"es: the state with its country", "es", "", "Los incendios en el estado de Victoria, en el sur de Australia, obligaron a evacuar a miles de vecinos.", []string{"AU"}, nil},
		{"en: the state alone", "en", "", "Bushfires in Victoria forced thousands of residents to leave their homes on Sunday.", []string{"AU"}, nil},
		{"ru: Australia named", "ru", "", "Лесные пожары в австралийском штате Виктория вынудили тысячи людей покинуть дома.", []string{"AU"}, nil},
	})
}

// TestCountriesSanMartinInSpanish: Spanish text names the Liberator José
// de San Martín's towns, streets and clubs far more often than the island
// of Saint-Martin, which Spanish also calls San Martín; there the name
// alone names no country. English and Russian text name the island as
// before.
func TestCountriesSanMartinInSpanish(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"es: a club", "es", "", "En la próxima fecha San Martín recibirá a Deportivo Norte en su cancha.", nil, nil},
		{"es: a street", "es", "", "El accidente ocurrió en la avenida San Martín a la altura del puente.", nil, nil},
		{"en: the island", "en", "", "Hurricane Irma destroyed most homes on Saint-Martin last week.", []string{"MF"}, nil},
		{"ru: the island", "ru", "", "Ураган разрушил большинство домов на острове Сен-Мартен.", []string{"MF"}, nil},
	})
}

// TestCountriesNationalityBeforeName: a demonym directly before a person's
// name tells that person's nationality, not where the story happens («el
// paraguayo Roberto Ovelar», "le Norvégien Boe", "Norwegian Lars Haugen",
// «бразилец Карлос Сантос»). A story of sport that names no other country
// is the home side's; alone, without an outlet's country, the nationality
// still names its country. An office before the demonym ("le président
// français Emmanuel Macron") keeps it the story's country, and so does a
// body's name ("The Irish Pub Association").
func TestCountriesNationalityBeforeName(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"es: alone, the player's country", "es", "", "El paraguayo Roberto Gómez fue detenido ayer por la policía.", []string{"PY"}, nil},
		{"ru: alone, the player's country", "ru", "", "Вчера вечером бразилец Карлос Сантос забил дважды и принёс победу своей команде.", []string{"BR"}, nil},
		{"fr: an office keeps the country", "fr", "", "Le président français Emmanuel Macron a reçu lundi son homologue à l'Élysée.", []string{"FR"}, nil},
		{"en: an office keeps the country", "en", "", "French President Emmanuel Macron met the delegation in the capital on Monday.", []string{"FR"}, nil},
		{"en: a body's name keeps the country", "en", "", "The Irish Pub Association warned that rising duty would close pubs.", []string{"IE"}, nil},
		{"ru: an acronym keeps the country", "ru", "", "Российский МИД выступил с заявлением о переговорах.", []string{"RU"}, nil},
	})
	a := shared()
	for _, tt := range []struct {
		name, lang, home, body string
		want                   []string
	}{
		{"es: a home club's foreign scorer", "es", "CO", "Millonarios ganó 2-0 en su estadio por la liga de fútbol: el paraguayo Ramón Benítez marcó los dos goles del partido.", []string{"CO"}},
		{"en: a home club's foreign scorer", "en", "GB", "Norwegian Lars Haugen scored twice as the club won the football league match 3-1 in front of its fans.", []string{"GB"}},
		{"fr: the outlet's athlete beaten by a foreign one", "fr", "FR", "Biathlon : le Norvégien Lars Haugen a remporté la poursuite de la Coupe du monde, le champion Paul Martin termine quatrième de la course.", []string{"FR"}},
		{"ru: a home club's foreign scorer", "ru", "RU", "В матче чемпионата по футболу бразилец Карлос Сантос забил дважды, и команда победила на своём стадионе.", []string{"RU"}},
		{"es: a venue named keeps its country", "es", "CO", "La selección de fútbol ganó en Asunción, Paraguay: el paraguayo Ramón Benítez falló un penal.", []string{"PY"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Body: tt.body, Lang: tt.lang, HomeCountry: tt.home}).PrimaryCountries()
			if !slices.Equal(got, tt.want) {
				t.Errorf("primary = %v, want %v", got, tt.want)
			}
		})
	}
}
