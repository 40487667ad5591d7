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
