package analyze

import "testing"

// TestCountriesSecondLanguageRegions: Canada's provinces count in French
// by their French names (ISO 3166-2 through iso-codes' translation), and a
// name that may be a person's is the place when a comma or a bracket, not
// a space, parts it from the capitalised word beside it.
func TestCountriesSecondLanguageRegions(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"fr: Québec", "fr", "", "Le gouvernement du Québec a présenté mardi son budget, a annoncé le ministre des Finances devant les députés.", []string{"CA"}, nil},
		{"fr: Colombie-Britannique", "fr", "Les écoles de la Colombie-Britannique restent fermées",
			"Les incendies menacent plusieurs villes de la province, selon les pompiers.", []string{"CA"}, nil},
		{"fr: Ontario before a comma and a name", "fr", "", "Le premier ministre de l'Ontario, Doug Ford, a annoncé une baisse des taxes sur l'essence.", []string{"CA"}, nil},
		{"en: French names do not count in English", "en", "Colombie-Britannique is written on the sign", "The sign was painted in two languages.", nil, nil},
		{"en: Chad before a comma", "en", "Refugees arrive in Chad, UNHCR says", "Thousands crossed the border this week.", []string{"TD"}, nil},
		{"en: Chad before a surname is a person", "en", "Chad Smith joins the band", "The drummer will tour in the autumn.", nil, nil},
		{"ru: Чад before a comma", "ru", "Беженцы прибывают в Чад, сообщает УВКБ", "За неделю границу пересекли тысячи человек.", []string{"TD"}, nil},
	})
}
