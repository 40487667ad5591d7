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
