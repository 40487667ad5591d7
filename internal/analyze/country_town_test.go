package analyze

import (
	"slices"
	"testing"
)

// TestCountriesTowns: home news that names its town and no country is
// about the town's country (towns_data.go, from GeoNames); a town never
// outweighs a country the story names by its own words, a lone mention
// deep in the body is too weak to decide, and a town's name that is an
// ordinary word or a person's name in the text's language, or that
// several countries' towns bear, names none.
func TestCountriesTowns(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		// A town decides home news.
		{"en: a town decides", "en", "Grass fire near the airport", "Lubbock firefighters put out a grass fire near the airport on Sunday afternoon.", []string{"US"}, nil},
		{"ru: a town decides", "ru", "", "В Ногинске ночью сгорел склад строительных материалов, пострадавших нет.", []string{"RU"}, nil},
		{"fr: a town decides, after an elision", "fr", "Feu de cheminée", "Les pompiers d'Auch ont maîtrisé un feu de cheminée dans la nuit de mardi.", []string{"FR"}, nil},
		{"es: a town decides", "es", "", "Los bomberos de Calp apagaron un incendio en una terraza del paseo marítimo.", []string{"ES"}, nil},
		{"pt: a town decides", "pt", "", "Vereadores de Mossoró aprovaram ontem o novo plano diretor da cidade.", []string{"BR"}, nil},
		{"it: a town decides", "it", "Incendio in un capannone", "Un incendio è divampato ieri sera in un capannone alla periferia di Caltagirone.", []string{"IT"}, nil},
		{"de: a town decides", "de", "", "In Landshut ist am Montag ein Lastwagen auf der Umgehungsstraße umgekippt.", []string{"DE"}, nil},
		{"tr: a town decides", "tr", "", "Erdek'te bir tekne alabora oldu, iki balıkçı kurtarıldı.", []string{"TR"}, nil},
		// A town does not override a named country.
		{"en: a named country stays", "en", "Choir tours Japan", "A school choir from Lubbock sang in Osaka on Saturday during a two-week tour of Japan.", []string{"JP"}, nil},
		{"ru: a named capital stays", "ru", "", "Школьники из Ногинска выступили в Вене на фестивале хоров, сообщили в Австрии.", []string{"AT"}, nil},
		{"it: a named demonym stays", "it", "", "Il sindaco di Caltagirone ha ricevuto una delegazione di imprenditori tedeschi in Germania.", []string{"DE"}, nil},
		// A lone mention deep in the body is too weak.
		{"en: a lone mention in the body", "en", "Budget talks resume", "Councillors met again on Tuesday to discuss the budget.\n\nThe debate went on for four hours and ended without a vote.\n\nAmong the speakers was a retired teacher who had moved from Lubbock.", nil, nil},
		// Common words and people's names name none.
		{"en: an ordinary word", "en", "", "Nice work, the coach told his players after the match on Sunday.", nil, nil},
		{"de: an ordinary word in its language", "de", "", "Auch die Feuerwehr war mit drei Fahrzeugen vor Ort.", nil, nil},
		{"en: a first name", "en", "", "Mercedes said the new model would go on sale in the spring.", nil, nil},
		{"ru: a surname", "ru", "", "Шевченко заявил, что команда готова к матчу.", nil, nil},
		{"es: a surname", "es", "", "Pérez dijo que el equipo jugará mejor el domingo.", nil, nil},
		{"en: a name beside a name", "en", "George Santos and the truth", "The congressman spoke to reporters on Monday.", nil, nil},
		// A town world-cities gives only without its marks is found in the
		// spelling of its own language, and a name with marks still
		// names none that another country's towns bear.
		{"tr: a town written with marks the table has without", "tr", "", "Çerkezköy ilçesinde bir kamyon devrildi, sürücü hafif yaralandı.", []string{"TR"}, nil},
		{"pt: a town written with marks the table has without", "pt", "", "Vereadores de Jundiaí aprovaram ontem o orçamento da cidade.", []string{"BR"}, nil},
		{"en: a town written with marks the table has without", "en", "Bus crash injures two", "Two people were hurt when a car hit a city bus in Ümraniye on Monday evening.", []string{"TR"}, nil},
		{"ru: no marks to lose in Cyrillic", "ru", "", "В Ногинске ночью сгорел склад, пострадавших нет.", []string{"RU"}, nil},
		{"es: a shared name with marks", "es", "", "La policía de San José detuvo a dos hombres tras el robo de una panadería.", nil, nil},
		// A city's one word at the head of a longer town of another
		// country is that town's (Porto Alegre is not Porto), and the
		// city alone stays the city.
		{"pt: a town whose first word is another country's city", "pt", "", "A Defesa Civil de Porto Alegre emitiu um alerta para chuva intensa na cidade nos próximos dias.", []string{"BR"}, nil},
		{"en: a town whose first word is another country's city", "en", "Streets flooded", "Heavy rain flooded streets in Porto Alegre on Sunday, the civil defence said.", []string{"BR"}, nil},
		{"pt: the city alone", "pt", "", "A Câmara do Porto aprovou ontem o orçamento municipal para o próximo ano.", []string{"PT"}, nil},
		{"ru: a two-word city with a soft adjective, in its cases", "ru", "", "В Нижнем Новгороде открыли новую школу на пятьсот учеников.", []string{"RU"}, nil},
		{"ru: a two-word city with a soft adjective, genitive", "ru", "", "Мэрия Нижнего Новгорода утвердила бюджет на следующий год.", []string{"RU"}, nil},
		// A town whose romanised name has a soft sign (Ryazan’) is found
		// in Cyrillic.
		{"ru: a town romanised with a soft sign", "ru", "", "В Рязани полиция задержала мужчину после кражи в магазине.", []string{"RU"}, nil},
		{"ru: a Belarusian town romanised with a soft sign", "ru", "", "В Гомеле ночью сгорел склад, пострадавших нет.", []string{"BY"}, nil},
		// Russian towns of an adjective and a noun, in their cases.
		{"ru: a town of an adjective and a noun", "ru", "", "В Старом Осколе открыли новую школу на пятьсот учеников.", []string{"RU"}, nil},
		{"ru: a town of a plural adjective and a noun", "ru", "", "В Набережных Челнах ночью сгорел склад, пострадавших нет.", []string{"RU"}, nil},
		{"ru: an ordinary adjective before an ordinary noun", "ru", "", "Старый мост закрыли на ремонт до конца лета.", nil, nil},
		// An oblast's adjective alone names its country in home news, in
		// lower case, or capitalised as a sentence's first word; inside
		// a sentence a capitalised one is a surname, and a named country
		// stays.
		{"ru: an oblast's adjective in lower case", "ru", "", "В областной больнице рязанские врачи провели сложную операцию пенсионеру.", []string{"RU"}, nil},
		{"ru: an oblast's adjective first in its sentence", "ru", "", "Тульские полицейские задержали мошенника, который обманывал пенсионеров.", []string{"RU"}, nil},
		{"uk: an oblast's adjective in lower case", "uk", "", "У лікарні полтавські лікарі провели складну операцію пенсіонерові.", []string{"UA"}, nil},
		{"ru: a surname like an oblast's adjective", "ru", "", "— Мы будем добиваться справедливости, — подчеркнул Смоленский.", nil, nil},
		{"ru: an adjective of no oblast", "ru", "", "Центральные улицы закрыли для машин на время праздника.", nil, nil},
		{"ru: a named capital stays", "ru", "", "Рязанские врачи приехали в Минск на конференцию.", []string{"BY"}, nil},
		// A town named like a person counts only before a word of its
		// public bodies, and not in text of a language it is a word of.
		{"en: a person's name before its police", "en", "", "RACINE -- Racine police say the suspect in several burglaries has been arrested.", []string{"US"}, nil},
		{"en: a person's name before its city council", "en", "", "The Eugene City Council voted on Monday to approve the budget for road repairs.", []string{"US"}, nil},
		{"en: the person alone", "en", "", "Eugene said he would vote against the budget for road repairs.", nil, nil},
		{"en: the poet alone", "en", "", "Racine wrote his tragedies in the seventeenth century.", nil, nil},
		{"fr: a French word", "fr", "", "La racine du problème est ailleurs, a dit le maire à la police.", nil, nil},
		{"ru: a surname stays a surname", "ru", "", "Шевченко заявил полиции, что команда готова к матчу.", nil, nil},
		// Names several countries' towns bear name none.
		{"en: a shared name", "en", "", "Police in San Pedro arrested two men after the robbery of a bakery.", nil, nil},
		{"ru: a shared name", "ru", "", "В Кировске открыли новую поликлинику.", nil, nil},
	})
}

// TestCountriesAddressTowns: home news on an outlet of a generic domain
// that names its town only in its page's address (a section, a slug) is
// about the town's country; the address never moves a story whose text
// names a country or a town, a name the text has is read in the text (a
// person's), and short names, the host and the query name nothing.
func TestCountriesAddressTowns(t *testing.T) {
	a := shared()
	const (
		enLocal = "Councillors voted on Tuesday to approve the budget for road repairs next year. The mayor said the money would cover resurfacing of the main street and two bridges."
		ruLocal = "Депутаты во вторник утвердили бюджет на ремонт дорог в следующем году. Мэр сказал, что деньги пойдут на ремонт главной улицы и двух мостов."
		esLocal = "El pleno aprobó ayer el presupuesto para el arreglo de las calles del barrio. La alcaldesa anunció que las obras comenzarán en primavera."
		ptLocal = "O texto foi aprovado em duas discussões pelos vereadores, com 15 emendas apresentadas durante uma audiência pública na quinta-feira."
		enParis = "Councillors in Paris voted on Tuesday to approve the budget for road repairs next year. The mayor said the money would cover resurfacing of the main street."
		enTown  = "Lubbock councillors voted on Tuesday to approve the budget for road repairs next year. The mayor said the money would cover resurfacing of the main street."
		enName  = "On Tuesday councillors heard Maria Caltagirone say that the budget for road repairs was too small. The mayor said the money would cover the main street."
	)
	for _, tt := range []struct {
		name, lang, url, body string
		want                  []string
	}{
		{"es: a town in the section", "es", "https://www.example-periodico.com/noticias/plasencia/pleno-aprueba-presupuesto_123.html", esLocal, []string{"ES"}},
		{"pt: a town of two words in the slug", "pt", "https://example-noticias.com/sp/noticia/2020/11/30/camara-aprova-orcamento-para-presidente-prudente-em-2021.ghtml", ptLocal, []string{"BR"}},
		{"en: a town in the slug", "en", "https://www.example-news.com/local/council-approves-road-budget-in-tuscaloosa", enLocal, []string{"US"}},
		{"ru: a town in a transliterated slug", "ru", "https://example-gorod.com/news/v-dzerzhinske-utverdili-byudzhet", ruLocal, nil},
		{"en: the text's country stays", "en", "https://www.example-news.com/local/council-approves-road-budget-in-tuscaloosa", enParis, []string{"FR"}},
		{"en: the text's town stays", "en", "https://www.example-news.com/local/council-approves-road-budget-in-caltagirone", enTown, []string{"US"}},
		{"en: a person's name the text has", "en", "https://www.example-news.com/local/maria-caltagirone-road-budget", enName, nil},
		{"en: the host names nothing", "en", "https://tuscaloosa-news.com/local/council-approves-road-budget", enLocal, nil},
		{"en: the query names nothing", "en", "https://www.example-news.com/?story=council-budget-tuscaloosa", enLocal, nil},
		{"en: a short name names nothing", "en", "https://www.example-news.com/local/council-approves-road-budget-auch", enLocal, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in := Input{Title: "", Body: tt.body, Lang: tt.lang, URL: tt.url}
			got := a.Analyze(in).PrimaryCountries()
			if !slices.Equal(got, tt.want) {
				_, ex := a.Explain(in)
				t.Errorf("primary = %v, want %v (countries %+v)", got, tt.want, ex.Countries)
			}
		})
	}
}

// TestCountriesCallSign: an American station's dateline (a call sign of K
// or W in brackets, then a dash) names the United States, beside the
// countries a story names in passing; a firm's initials in brackets do not.
func TestCountriesCallSign(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"en: a call sign in the dateline", "en", "", "JONESBORO, AR (KAIT) - A new Japanese restaurant opens downtown next month, its owner said.", []string{"US"}, nil},
		{"en: a call sign with -TV", "en", "", "SPRINGFIELD (KYTV-TV) — Police arrested a man after a burglary on Main Street.", []string{"US"}, nil},
		{"en: a firm's initials", "en", "", "The company (KPMG) said its profits rose in the second quarter.", nil, nil},
		{"ru: a Russian dateline has none", "ru", "", "ОМСК (ТАСС) - Полиция задержала мужчину после кражи в магазине.", []string{"RU"}, nil},
	})
}
