package analyze

import "testing"

// TestQuotesPositionColon: a sentence that opens with someone's position,
// answer or view and ends in a colon before the quotation gives its
// possessor as the speaker («Позиция X однозначна: «…»», "X's position is
// clear: “…”"); a country's or a body's position, another person named in
// the predicate, or no possessor gives none, and the noun is never taken
// for a first name.
func TestQuotesPositionColon(t *testing.T) {
	const ru = "«Мы будем и дальше развивать сотрудничество во всех направлениях»."
	const en = "“We will keep developing our cooperation in every direction.”"
	const ruLead = "Министр энергетики Ерлан Ахметов провел брифинг во вторник.\n\n"
	const enLead = "Energy Minister Erlan Akhmetov held a briefing on Tuesday.\n\n"
	runQuoteCases(t, []quoteCase{
		{"ru позиция of a name, a predicate", "ru", "Позиция Ерлана Ахметова однозначна: " + ru,
			[]wantQuote{{"Мы будем и дальше", "Ерлан Ахметов"}}},
		{"ru мнение of a name, no predicate", "ru", "Мнение Ерлана Ахметова: " + ru,
			[]wantQuote{{"Мы будем и дальше", "Ерлан Ахметов"}}},
		{"ru ответ of a role, a predicate of two words", "ru", ruLead + "Ответ министра был коротким: " + ru,
			[]wantQuote{{"Мы будем и дальше", "Ерлан Ахметов"}}},
		{"ru его позиция", "ru", ruLead + "Его позиция однозначна: " + ru,
			[]wantQuote{{"Мы будем и дальше", "Ерлан Ахметов"}}},
		{"en X's position is clear", "en", "Erlan Akhmetov's position is clear: " + en,
			[]wantQuote{{"We will keep developing", "Erlan Akhmetov"}}},
		{"en his answer was short", "en", enLead + "His answer was short: " + en,
			[]wantQuote{{"We will keep developing", "Erlan Akhmetov"}}},
		{"en the minister's answer", "en", enLead + "The minister's answer: " + en,
			[]wantQuote{{"We will keep developing", "Erlan Akhmetov"}}},
		// No speaker.
		{"ru a country's position", "ru", "Позиция Казахстана однозначна: " + ru, nil},
		{"ru a body's position", "ru", "Позиция ведомства однозначна: " + ru, nil},
		{"ru another person in the predicate", "ru", "Ответ Ерлана Ахметова Тимуру Сулейменову был коротким: " + ru, nil},
		{"ru a long predicate", "ru", "Позиция Ерлана Ахметова по этому вопросу остается неизменной много лет: " + ru, nil},
		{"en a country's position", "en", "Kazakhstan's position is clear: " + en, nil},
		{"en no possessor", "en", "The position is clear: " + en, nil},
	})
}
