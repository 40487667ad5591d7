package analyze

import "testing"

// TestQuotesOneWordWithApposition: a speaker given by one word the
// article never gives in full is the name as written when an apposition
// elsewhere in the article describes that word as a person («Айгуль,
// жительница Алматы,», "Raushan, an Almaty resident,", "Raushan, 45,").
// An apposition of a body, a word given no apposition, and a body's short
// name that ends like a surname («Минфин») are no speakers.
func TestQuotesOneWordWithApposition(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en a resident introduced by an apposition", "en",
			"Raushan, an Almaty resident, came to the market on Monday morning.\n\nPrices rose in Almaty this month.\n\n“Everything costs twice as much as it did a year ago,” Raushan told reporters.",
			[]wantQuote{{"Everything costs twice as much", "Raushan"}}},
		{"ru a resident introduced by an apposition", "ru",
			"Айгуль, жительница Алматы, пришла на рынок в понедельник утром.\n\nЦены в Алматы выросли за месяц.\n\n«Все стоит в два раза дороже, чем год назад», — рассказала Айгуль.",
			[]wantQuote{{"Все стоит в два раза дороже", "Айгуль"}}},
		{"ru a pensioner introduced by an apposition", "ru",
			"Нурлан, пенсионер из Оша, пришел на рынок в понедельник утром.\n\nЦены в Оше выросли за месяц.\n\n«Все стоит в два раза дороже, чем год назад», — рассказал Нурлан.",
			[]wantQuote{{"Все стоит в два раза дороже", "Нурлан"}}},
		// Refused.
		{"en a body's apposition", "en",
			"Rosstat, the statistics agency, published data on Monday.\n\nPrices rose this month.\n\n“Inflation accelerated to nine percent in November,” Rosstat said.",
			nil},
		{"ru a body's apposition", "ru",
			"Росстат, статистическое ведомство, опубликовал данные в понедельник.\n\nЦены выросли за месяц.\n\n«Инфляция в ноябре ускорилась до девяти процентов», — сообщил Росстат.",
			nil},
		{"en a word given no apposition", "en",
			"Prices rose in Almaty this month.\n\n“Everything costs twice as much as it did a year ago,” Raushan told reporters.",
			nil},
		{"ru a body's short name ending like a surname", "ru",
			"Минфин сообщил о дефиците бюджета.\n\n«Дефицит бюджета в этом году составит три процента», — сообщил Минфин.",
			nil},
	})
}
