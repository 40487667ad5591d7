package analyze

import "testing"

// TestQuotesBodyAfterTitleComplement: a body's name in the genitive
// between a title with its complement and a person's name («председатель
// правления Нацбанка Тимур Сулейменов») is not the person's first word; a
// patronymic, or a hyphenated first name, is. English puts the body
// before the title ("National Bank Chairman Timur Suleimenov").
func TestQuotesBodyAfterTitleComplement(t *testing.T) {
	const ru = "«Мы будем и дальше развивать сотрудничество во всех направлениях», — "
	const en = "“We will keep developing our cooperation in every direction,” "
	runQuoteCases(t, []quoteCase{
		{"ru a body after the title's complement", "ru",
			"Председатель правления Нацбанка Тимур Сулейменов выступил на брифинге.\n\n" + ru + "сказал он.",
			[]wantQuote{{"Мы будем и дальше", "Тимур Сулейменов"}}},
		{"ru a body after two words of complement", "ru",
			"Заместитель председателя правления Нацбанка Тимур Сулейменов выступил на брифинге.\n\n" + ru + "сказал он.",
			[]wantQuote{{"Мы будем и дальше", "Тимур Сулейменов"}}},
		{"en a body after the title's complement", "en",
			"National Bank Chairman Timur Suleimenov spoke at a briefing.\n\n" + en + "he said.",
			[]wantQuote{{"We will keep developing", "Timur Suleimenov"}}},
		// A name of three words stays whole.
		{"ru a patronymic is the name's", "ru",
			"Председатель правления банка Тимур Маратович Сулейменов выступил на брифинге.\n\n" + ru + "сказал он.",
			[]wantQuote{{"Мы будем и дальше", "Тимур Маратович Сулейменов"}}},
		{"ru a hyphenated first name is the name's", "ru",
			"Председатель правления фонда Касым-Жомарт Токаев выступил на брифинге.\n\n" + ru + "сказал он.",
			[]wantQuote{{"Мы будем и дальше", "Касым-Жомарт Токаев"}}},
	})
}
