package analyze

import "testing"

// TestCountriesMeetingWords: the word for a meeting in Spanish, Portuguese
// and Italian is CLDR's name of Réunion, and Granada is Spain's city as
// well as Grenada's Spanish name: written with a capital in a meeting's
// title they name no country. Réunion's own names still do.
func TestCountriesMeetingWords(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"es: Reunión Ordinaria", "es", "", "La Reunión Ordinaria del Consejo comenzó el lunes con la presencia de los ministros de Chile.", []string{"CL"}, nil},
		{"es: Reunión alone", "es", "Reunión de ministros de Economía", "Los ministros debatieron el presupuesto durante la tarde.", nil, nil},
		{"pt: Reunião de Cúpula", "pt", "", "A Reunião de Cúpula começou na segunda-feira com os ministros do Chile.", []string{"CL"}, nil},
		{"it: Riunione del Consiglio", "it", "Riunione del Consiglio dei ministri", "I ministri hanno discusso il bilancio nel pomeriggio.", nil, nil},
		{"es: Granada is Spain's city", "es", "", "El Ayuntamiento de Granada aprobó el lunes el presupuesto de la ciudad, informó el alcalde.", nil, []string{"ES"}},
		{"en: a reunion is no island", "en", "Family reunion ends in tears", "The brothers had not met for twenty years.", nil, nil},
		{"en: Réunion the island", "en", "Cyclone hits Réunion", "Thousands lost power on the French island.", []string{"RE"}, []string{"FR"}},
		{"ru: Реюньон the island", "ru", "Циклон обрушился на Реюньон", "Тысячи домов остались без света.", []string{"RE"}, []string{"FR"}},
		{"ru: a meeting is no island", "ru", "Заседание совета министров прошло в понедельник", "Министры обсудили бюджет.", nil, nil},
	})
}

// TestCountriesTimeZoneCities: the cities the time-zone database names a
// country by, in CLDR's names for them in each language and, in Russian
// and Ukrainian, in their cases, name the country of a story that names
// no other; beside another capitalised name they are a person's.
func TestCountriesTimeZoneCities(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"en: Karachi", "en", "", "KARACHI: Police arrested three men after a shootout in the city's Lyari district on Friday.", []string{"PK"}, nil},
		{"en: Abidjan", "en", "Floods hit Abidjan", "Heavy rain flooded several districts overnight, the fire service said.", []string{"CI"}, nil},
		{"ru: Актобе", "ru", "", "Жители Актобе пожаловались на перебои с водой, сообщили в акимате города.", []string{"KZ"}, nil},
		{"ru: в Кызылорде", "ru", "", "В Кызылорде открыли новую школу на тысячу мест, сообщил аким.", []string{"KZ"}, nil},
		{"ru: Асунсьон", "ru", "", "В Асунсьоне прошла встреча министров, сообщили организаторы.", []string{"PY"}, nil},
		{"uk: у Кизилорді", "uk", "", "У Кизилорді відкрили нову школу на тисячу місць, повідомив аким.", []string{"KZ"}, nil},
		{"es: Asunción", "es", "", "La cita de Asunción reunió el martes a los ministros del bloque, según los organizadores.", []string{"PY"}, nil},
		{"es: Abiyán", "es", "", "Las lluvias inundaron varios barrios de Abiyán durante la noche, informaron los bomberos.", []string{"CI"}, nil},
		{"fr: Ouralsk", "fr", "", "Un incendie a ravagé un entrepôt à Ouralsk dans la nuit, selon les pompiers.", []string{"KZ"}, nil},
		{"es: Santiago beside a surname is a person", "es", "", "Santiago Abascal criticó el lunes al Gobierno en una rueda de prensa.", nil, []string{"ES"}},
		{"ru: Сантьяго beside a surname is a person", "ru", "", "Сантьяго Абаскаль раскритиковал правительство на пресс-конференции.", nil, []string{"ES"}},
		{"it: Natale is Christmas", "it", "Natale, i negozi aperti la domenica", "I commercianti chiedono di prolungare gli orari.", nil, nil},
		{"de: Kanton is a canton", "de", "", "Der Kanton hat am Montag neue Regeln für die Schulen beschlossen.", nil, []string{"CH"}},
	})
}

// TestCountriesNationalityDemonyms: every country's demonym, from a
// nationality table, in its forms (gender and number in French, Spanish
// and Italian, German adjective endings, English plurals), names the
// country; one two countries share (congoleño) names neither, and one
// that is a language's name after its preposition names none.
func TestCountriesNationalityDemonyms(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"en: Paraguayan officials", "en", "", "Paraguayan officials said on Monday that the talks would resume next week.", []string{"PY"}, nil},
		{"en: Ivorians", "en", "", "Thousands of Ivorians queued for hours to vote on Saturday, observers said.", []string{"CI"}, nil},
		{"fr: le président sénégalais", "fr", "", "Le président sénégalais a reçu mardi les syndicats, selon un communiqué de la présidence.", []string{"SN"}, nil},
		{"fr: la délégation ivoirienne", "fr", "", "La délégation ivoirienne est arrivée lundi soir pour la conférence sur le cacao.", []string{"CI"}, nil},
		{"es: el canciller paraguayo", "es", "", "El canciller paraguayo inauguró el martes la reunión de ministros del bloque.", []string{"PY"}, nil},
		{"es: las autoridades senegalesas", "es", "", "Las autoridades senegalesas detuvieron a tres personas el domingo, informó la policía.", []string{"SN"}, nil},
		{"it: l'omologo ivoriano", "it", "", "Il ministro ha incontrato l'omologo ivoriano a margine del vertice sul cacao.", []string{"CI"}, nil},
		{"it: i tifosi senegalesi", "it", "", "I tifosi senegalesi hanno festeggiato fino a tarda notte dopo la vittoria.", []string{"SN"}, nil},
		{"de: die senegalesische Regierung", "de", "", "Die senegalesische Regierung hat am Montag neue Fischereiregeln beschlossen.", []string{"SN"}, nil},
		{"es: la canciller argentina", "es", "", "La canciller argentina viajó el lunes a la cumbre, informó su ministerio.", []string{"AR"}, nil},
		{"es: la hora argentina", "es", "", "El partido comenzará a las 21:30, hora argentina, y lo transmitirá la televisión pública.", []string{"AR"}, nil},
		{"en: Argentine officials", "en", "", "Argentine officials said on Monday that the talks would resume next week.", []string{"AR"}, nil},
		{"ru: аргентинские власти", "ru", "", "Аргентинские власти заявили в понедельник, что переговоры возобновятся.", []string{"AR"}, nil},
		{"es: congoleño is two countries'", "es", "", "El delantero congoleño marcó dos goles en la segunda parte del partido.", nil, nil},
		{"fr: en sénégalais is no country... nor is wolof", "fr", "", "Le film est sous-titré en anglais pour le public du festival.", nil, []string{"GB"}},
		{"fr: Gallois is a surname and Wales's", "fr", "", "Louis Gallois dénonce la baisse des crédits, a déclaré le président de la fédération.", nil, nil},
		{"en: a Reunion is a meeting", "en", "The Big Family Reunion", "Cousins met for the first time in twenty years.", nil, nil},
		{"es: indio is also the Americas' peoples", "es", "", "Los pueblos indios de la Amazonía marcharon el lunes hacia la capital.", nil, nil},
		{"ru: Senegal by its name", "ru", "", "Президент Сенегала принял во вторник профсоюзы, говорится в сообщении.", []string{"SN"}, nil},
		{"ru: a French demonym in Russian text is no demonym", "ru", "", "Группа «Ивуарьен» выступила в клубе в субботу.", nil, nil},
	})
}

// TestCountriesGlossedLists: a list whose items each name a country and
// its representative, parted by semicolons ("the ministers of Brazil,
// Mauro Vieira; Uruguay, Omar Paganini; and Bolivia, Celinda Sosa"), is a
// list like "Brazil, Uruguay and Bolivia": each item weighs as a listed
// country, and the host of the meeting stays the story's country.
func TestCountriesGlossedLists(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"en: ministers of Brazil, X; Uruguay, Y; and Bolivia, Z", "en", "",
			"Paraguay's foreign minister opened the meeting on Tuesday, joined by the ministers of Brazil, Mauro Vieira; Uruguay, Omar Paganini; and Bolivia, Celinda Sosa.", []string{"PY"}, nil},
		{"ru: министры Бразилии, X; Уругвая, Y; и Боливии, Z", "ru", "",
			"Министр иностранных дел Парагвая открыл встречу во вторник, в ней участвуют министры Бразилии, Мауро Виейра; Уругвая, Омар Паганини; и Боливии, Селинда Соса.", []string{"PY"}, nil},
		{"es: su colega de Brasil, X; de Uruguay, Y; y de Bolivia, Z", "es", "",
			"El canciller de Paraguay abrió la reunión el martes con la canciller argentina y su colega de Brasil, Mauro Vieira; de Uruguay, Omar Paganini; y de Bolivia, Celinda Sosa.", []string{"PY"}, []string{"AR"}},
		{"pt: os ministros do Brasil, X; do Uruguai, Y; e da Bolívia, Z", "pt", "",
			"O chanceler do Paraguai abriu a reunião na terça-feira com os ministros do Brasil, Mauro Vieira; do Uruguai, Omar Paganini; e da Bolívia, Celinda Sosa.", []string{"PY"}, nil},
		{"en: a semicolon between two clauses is no list", "en", "",
			"Brazil's president, Lula, signed the deal; Uruguay, in turn, rejected it on Friday.", []string{"BR", "UY"}, nil},
	})
}
