package analyze

import "testing"

// TestQuotesCutOffAfterColon: the last paragraph of a text that a feed or
// page cut off inside a quotation opened after its speaker's colon keeps
// the quotation («Name, role: «Мы готовились … тольк», "X said: “We will
// …"); an unclosed mark in an earlier paragraph, without a colon before
// it, or with too few words after it quotes no one.
func TestQuotesCutOffAfterColon(t *testing.T) {
	const lead = "Вчера команды сыграли вничью.\n\n"
	const leadEn = "The teams drew on Sunday.\n\n"
	runQuoteCases(t, []quoteCase{
		{"ru speaker line, cut off", "ru", lead + "Владимир Шаран, главный тренер «Александрии»: «Мы очень тщательно готовились к этому поединку. Как минимум, надеялись не проиграть. Но команду я настраивал тольк",
			[]wantQuote{{"Мы очень тщательно готовились", "Владимир Шаран"}}},
		{"ru verb and colon, cut off", "ru", lead + "Депутат Анатолий Вассерман также ответил на вопрос редакции и сообщил: «Во-первых, я бы предлагал законопроект в рамках своей предвыборной кампании: з",
			[]wantQuote{{"Во-первых, я бы предлагал", "Анатолий Вассерман"}}},
		{"en said and colon, cut off", "en", leadEn + "Coach Mark Evans said: “We prepared for this game very carefully and hoped at least not to lose, but the team",
			[]wantQuote{{"We prepared for this game", "Mark Evans"}}},
		{"ru straight marks, cut off", "ru", lead + "Главный тренер Роман Санжар заявил: \"Раз счет на табло, значит, он справедливый, и мы не заслуживали большего, потому что",
			[]wantQuote{{"Раз счет на табло", "Роман Санжар"}}},
		// Not cut off at the text's end, no colon, too short: no quotation.
		{"ru unclosed in an earlier paragraph", "ru", lead + "Владимир Шаран, главный тренер «Александрии»: «Мы очень тщательно готовились к этому поединку и надеялись не проиграть.\n\nНа следующей неделе команда сыграет в Киеве.",
			nil},
		{"ru unclosed without a colon", "ru", lead + "Команда «Александрия» готовилась к матчу в Сумах, где «все поля одинаково плохие и тренироваться негде",
			nil},
		{"ru too short", "ru", lead + "Владимир Шаран, главный тренер «Александрии»: «Мы очень",
			nil},
	})
}
