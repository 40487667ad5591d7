package analyze

import "testing"

// TestQuotesCollapsedClose: a quotation after its speaker's colon ending in
// a word of its own in marks, its two closing marks printed as one («X
// заявил: «… призывы к «расправе».», "X said: “… any “calls”."), is the
// speaker's; a colon with no speaker before it quotes no one.
func TestQuotesCollapsedClose(t *testing.T) {
	const ru = "Вчера прошло заседание.\n\n"
	const en = "The hearing took place yesterday.\n\n"
	runQuoteCases(t, []quoteCase{
		{"ru one closing mark for two", "ru", ru + "Президент Садыр Жапаров заявил: «Я не знаю, как велось следствие по этому вопросу. Возможно, они не выкрикивали призывы к «расправе».\nАдвокат Замир Жоошев прокомментировал это высказывание.",
			[]wantQuote{{"Я не знаю, как велось следствие", "Садыр Жапаров"}}},
		{"ru an occasion before the name", "ru", ru + "Накануне в интервью изданию «Кабар» президент Садыр Жапаров заявил: «Я не знаю, как велось следствие по этому вопросу. Возможно, они не выкрикивали призывы к «расправе».",
			[]wantQuote{{"Я не знаю, как велось следствие", "Садыр Жапаров"}}},
		{"en one closing mark for two", "en", en + "President Sadyr Japarov said: “I do not know how the investigation into this question was run. Perhaps they did not shout any “calls”.\nLawyer Zamir Zhooshev commented on the remark.",
			[]wantQuote{{"I do not know how the investigation", "Sadyr Japarov"}}},
		// Refused.
		{"ru slogans after a colon, no speaker", "ru", ru + "Лозунги были такими: «Мы требуем честных выборов и свободы для «узников».\nАдвокат Замир Жоошев прокомментировал это высказывание.",
			nil},
	})
}
