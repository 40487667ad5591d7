package analyze

import "testing"

// TestQuotesAddedContinues: a paragraph that is one quotation with no
// attribution, followed by a paragraph whose quotation its speaker
// "added" («добавил»), is that speaker's; a next paragraph attributed
// with another verb, or to an unnamed role, lends it nothing.
func TestQuotesAddedContinues(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en she added: after an unattributed paragraph", "en",
			"Anna Kaur runs the children's ward.\n\n“We are seeing more patients with breathing problems this winter.”\n\nShe added: “The flu season came early this year and it hit the old hardest.”",
			[]wantQuote{{"We are seeing more patients", "Anna Kaur"}, {"The flu season came early", "Anna Kaur"}}},
		{"en another verb lends nothing", "en",
			"Anna Kaur runs the children's ward.\n\n“We are seeing more patients with breathing problems this winter.”\n\nMark Ellis, a nurse, said: “The flu season came early this year and it hit the old hardest.”",
			[]wantQuote{{"The flu season came early", "Mark Ellis"}}},
		{"en the text ends after the attribution", "en",
			"Anna Kaur runs the children's ward.\n\n“We are seeing more patients with breathing problems this winter.”\n\n“The flu season came early this year and it hit the old hardest,” Kaur said",
			[]wantQuote{{"The flu season came early", "Anna Kaur"}}},
		{"ru добавил он after an unattributed paragraph", "ru",
			"Министр здравоохранения Иван Петров посетил больницу в понедельник.\n\n«Этой зимой к нам поступает больше пациентов с проблемами дыхания».\n\n«Сезон гриппа начался рано и сильнее всего ударил по пожилым», — добавил он.",
			[]wantQuote{{"Этой зимой к нам поступает", "Иван Петров"}, {"Сезон гриппа начался рано", "Иван Петров"}}},
	})
}
