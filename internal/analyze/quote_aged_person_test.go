package analyze

import "testing"

// TestQuotesAgedPerson: "the 45-year-old said" is the one person the
// article introduces with that age ("Anna Kaur, 45,", "45-year-old Anna
// Kaur"); with no one of that age given, or two, it is no one. In Russian
// an age alone («— сказала 45-летняя») names no one either.
func TestQuotesAgedPerson(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en name, age, then the N-year-old said", "en",
			"Anna Kaur, 45, runs the children's ward at the city hospital.\n\n“We are seeing more patients with breathing problems this winter,” the 45-year-old said.",
			[]wantQuote{{"We are seeing more patients", "Anna Kaur"}}},
		{"en N-year-old name, then said the N-year-old", "en",
			"The ward is run by 45-year-old Anna Kaur, who joined the hospital in 2010.\n\n“We are seeing more patients with breathing problems this winter,” said the 45-year-old.",
			[]wantQuote{{"We are seeing more patients", "Anna Kaur"}}},
		{"en two people of that age", "en",
			"Anna Kaur, 45, and Mark Ellis, 45, run the ward together.\n\n“We are seeing more patients with breathing problems this winter,” the 45-year-old said.",
			nil},
		{"en another age", "en",
			"Anna Kaur, 45, runs the children's ward at the city hospital.\n\n“We are seeing more patients with breathing problems this winter,” the 52-year-old said.",
			nil},
		{"ru an age alone", "ru",
			"Анна Каур, 45 лет, руководит детским отделением больницы.\n\n«Этой зимой к нам поступает больше пациентов с проблемами дыхания», — сказала 45-летняя.",
			nil},
	})
}
