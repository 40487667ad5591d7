package analyze

import "testing"

// TestQuotesOneWordWithApposition: a speaker given by one word the
// article never gives in full is the name as written when an apposition
// elsewhere in the article describes that word as a person («Айгуль,
// жительница Алматы,», "Raushan, an Almaty resident,", "Raushan, 45,").
// So is a Russian word ending in a consonant with a feminine verb («—
// рассказала Айгерим»): bodies of that shape are masculine. An apposition
// of a body, a word given no apposition, a masculine verb alone, a
// feminine body's name in -я, and a body's short name that ends like a
// surname («Минфин») are no speakers.
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
		{"ru a feminine verb with a word ending in a consonant", "ru",
			"Цены в Алматы выросли за месяц.\n\n«Все стоит в два раза дороже, чем год назад, а зарплата не выросла», — рассказала Айгерим.",
			[]wantQuote{{"Все стоит в два раза дороже", "Айгерим"}}},
		// Refused.
		{"ru a masculine verb says nothing of a person", "ru",
			"Цены в Алматы выросли за месяц.\n\n«Все стоит в два раза дороже, чем год назад, а зарплата не выросла», — рассказал Нурлан.",
			nil},
		{"ru a feminine body", "ru",
			"Цены выросли за месяц.\n\n«Все стоит в два раза дороже, чем год назад, а зарплата не выросла», — сообщила Росавиация.",
			nil},
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
