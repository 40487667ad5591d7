package analyze

import "testing"

// TestQuotesActingTitleInClause: a clause read back from its quotation
// («Как заявил …, «…»», «Об этом сообщил …: «…»») goes on over the dots
// of an acting title written with points («и.о.», «и. о.») as it does
// over «врио» and «исполняющий обязанности»; English "acting" titles the
// same way. A real sentence's end before the verb still ends the clause.
func TestQuotesActingTitleInClause(t *testing.T) {
	const q = "«мы отремонтируем все дороги района до конца лета, деньги уже выделены»."
	const w = "мы отремонтируем все дороги района"
	runQuoteCases(t, []quoteCase{
		{"ru Как заявил и.о.", "ru", "Как заявил и.о. главы района Сергей Кузнецов, " + q, []wantQuote{{w, "Сергей Кузнецов"}}},
		{"ru Как сообщил и. о.", "ru", "Как сообщил и. о. министра транспорта Сергей Кузнецов, " + q, []wantQuote{{w, "Сергей Кузнецов"}}},
		{"ru Как заявила врио", "ru", "Как заявила врио мэра Анна Белова, " + q, []wantQuote{{w, "Анна Белова"}}},
		{"ru Как заявил исполняющий обязанности", "ru", "Как заявил исполняющий обязанности министра Сергей Кузнецов, " + q,
			[]wantQuote{{w, "Сергей Кузнецов"}}},
		{"ru Об этом заявил и.о.: colon", "ru", "Об этом заявил и.о. главы района Сергей Кузнецов: «Мы отремонтируем все дороги района до конца лета, деньги уже выделены».",
			[]wantQuote{{"Мы отремонтируем все дороги района", "Сергей Кузнецов"}}},
		{"ru заявила врио after the quotation", "ru", "«Мы отремонтируем все дороги района до конца лета, деньги уже выделены», — заявила врио мэра Анна Белова.",
			[]wantQuote{{"Мы отремонтируем все дороги района", "Анна Белова"}}},
		{"ru an aide of a man in the genitive is no holder", "ru", "«Мы отремонтируем все дороги района до конца лета, деньги уже выделены», — рассказала помощник министра Ивана Петрова.",
			nil},
		{"ru a sentence ends before the verb", "ru", "Дороги обсуждали в районе Сергея Кузнецова. Как заявили в администрации, " + q, nil},
		{"en As acting minister", "en", "As acting Transport Minister John Carter said, “we will repair every road in the district by the end of summer, the money is there.”",
			[]wantQuote{{"we will repair every road", "John Carter"}}},
	})
}
