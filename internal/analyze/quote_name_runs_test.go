package analyze

import "testing"

// TestQuotesNameRunBoundaries: a person's name is written in one
// alphabet, so a company's Latin name right before it does not make it
// part of a longer run («основатель компании Prime Дмитрий Лёушкин»); a
// capitalised run opening with an adjective in the genitive («Ближнего
// Востока», «Красного Креста») names a place or a body, not a second
// person beside the speaker a role refers to. English runs keep their
// rules ("Prime Minister X", "Red Cross official X").
func TestQuotesNameRunBoundaries(t *testing.T) {
	const q = "\n\n«Мы потеряли пятую часть рынка, полного возврата к прежнему уровню ждать не стоит», — добавил эксперт."
	const w = "Мы потеряли пятую часть"
	const en = "\n\n“We have lost a fifth of the market and should not expect a full return,” the expert added."
	const we = "We have lost a fifth"
	runQuoteCases(t, []quoteCase{
		{"ru Latin company before the name", "ru", "Цены вырастут, заявил эксперт и основатель логистической компании Prime Дмитрий Лёушкин." + q,
			[]wantQuote{{w, "Дмитрий Лёушкин"}}},
		{"ru genitive adjective region before", "ru", "Цены вырастут из-за ситуации вокруг Ближнего Востока, заявил эксперт и основатель компании Дмитрий Лёушкин." + q,
			[]wantQuote{{w, "Дмитрий Лёушкин"}}},
		{"ru a body with an adjective", "ru", "По данным Красного Креста, беженцев стало больше, заявил эксперт Дмитрий Лёушкин." + q,
			[]wantQuote{{w, "Дмитрий Лёушкин"}}},
		{"ru Latin name alone", "ru", "Цены вырастут, заявил эксперт компании Prime." + q, nil},
		{"en company before a title", "en", "Prices will rise, said Prime Logistics founder and expert Dmitry Leushkin." + en,
			[]wantQuote{{we, "Dmitry Leushkin"}}},
	})
}
