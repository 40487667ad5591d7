package analyze

import "testing"

// TestQuotesPatronOfInstitution: «им.» (имени) names the patron of an
// institution («завод им. Малышева», «театр имени Горького», «университет
// им. В.И. Ленина»): the patron's name in the genitive is no part of the
// speaker's name, before the verb, after it, and for a pronoun later; a
// quotation from the institution alone has no speaker. «по имени» names the
// person (English "named"), and the name after it is the speaker's.
func TestQuotesPatronOfInstitution(t *testing.T) {
	const ru = "«Зал после ремонта откроем в декабре, билеты уже продаются», — "
	const wr = "Зал после ремонта откроем в декабре"
	runQuoteCases(t, []quoteCase{
		{"ru им. before the verb", "ru", "Директор завода им. Малышева Олег Сорокин заявил: «Зал после ремонта откроем в декабре, билеты уже продаются».",
			[]wantQuote{{wr, "Олег Сорокин"}}},
		{"ru им. after the verb", "ru", ru + "сказал директор театра им. Горького Олег Сорокин.", []wantQuote{{wr, "Олег Сорокин"}}},
		{"ru имени with the patron's two names", "ru", ru + "сказала директор школы имени Юрия Гагарина Мария Лебедева.",
			[]wantQuote{{wr, "Мария Лебедева"}}},
		{"ru им. with initials", "ru", ru + "сказал ректор университета им. В.И. Ленина Олег Сорокин.", []wantQuote{{wr, "Олег Сорокин"}}},
		{"ru pronoun after им.", "ru", "Директор завода им. Малышева Олег Сорокин провел экскурсию в понедельник. " + ru + "сказал он.",
			[]wantQuote{{wr, "Олег Сорокин"}}},
		{"ru the institution alone", "ru", ru + "сообщили в театре им. Горького.", nil},
		{"ru по имени names the person", "ru", "В разговоре участвовала жительница по имени Мария Лебедева. " + ru + "сказала она.",
			[]wantQuote{{wr, "Мария Лебедева"}}},
		{"en named after", "en", "“The hall will reopen in December, tickets are on sale,” said Oleg Sorokin, director of the Gorky Theatre.",
			[]wantQuote{{"The hall will reopen in December", "Oleg Sorokin"}}},
	})
}

// TestQuotesShortTitle: a title written short («гендиректор»,
// «замдиректора») stands before a name as the full title does; English
// "CEO" already does.
func TestQuotesShortTitle(t *testing.T) {
	const ru = "«Завод выполнит заказ до конца года, смены уже расписаны», — "
	const wr = "Завод выполнит заказ до конца года"
	runQuoteCases(t, []quoteCase{
		{"ru гендиректор after the verb", "ru", ru + "сказал гендиректор завода Олег Сорокин.", []wantQuote{{wr, "Олег Сорокин"}}},
		{"ru замдиректора after the verb", "ru", ru + "сказала замдиректора завода Мария Лебедева.", []wantQuote{{wr, "Мария Лебедева"}}},
		{"ru гендиректор before the verb", "ru", "Гендиректор завода Олег Сорокин заявил: «Завод выполнит заказ до конца года, смены уже расписаны».",
			[]wantQuote{{wr, "Олег Сорокин"}}},
		{"en CEO", "en", "“The plant will fill the order by the end of the year, the shifts are set,” said plant CEO Oleg Sorokin.",
			[]wantQuote{{"The plant will fill the order", "Oleg Sorokin"}}},
	})
}
