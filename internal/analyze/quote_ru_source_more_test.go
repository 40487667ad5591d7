package analyze

import "testing"

// TestQuotesSourceTitleForms: a source phrase before a quotation reads a
// title with adjectives in the genitive («по мнению генерального
// директора компании X»), a role with its lower-case complement and no
// name («по мнению главы ведомства», the person the article titled so),
// and a medium citing a titled name before a colon («ТАСС цитирует
// министра экономики X: «…»»); the English forms beside them read
// already. A title with no one named, or a medium citing no name, quotes
// no one.
func TestQuotesSourceTitleForms(t *testing.T) {
	const q = "«рынок в этом году вырастет на десять процентов, а цены останутся прежними»."
	const Q = "«Рынок в этом году вырастет на десять процентов, а цены останутся прежними»."
	const w, W = "рынок в этом году", "Рынок в этом году"
	const en = "“the market will grow by ten percent this year while prices stay where they are.”"
	const we = "the market will grow"
	const intro = "Министр экономики Иван Петров провел брифинг.\n\n"
	runQuoteCases(t, []quoteCase{
		{"ru adjective of the title", "ru", "По мнению генерального директора компании Ивана Петрова, " + q,
			[]wantQuote{{w, "Иван Петров"}}},
		{"ru two adjectives", "ru", "По словам главного исполнительного директора банка Ивана Петрова, " + q,
			[]wantQuote{{w, "Иван Петров"}}},
		{"ru role and complement", "ru", intro + "По мнению главы ведомства, " + q,
			[]wantQuote{{w, "Иван Петров"}}},
		{"ru role and a field", "ru", intro + "По словам министра экономики, " + q,
			[]wantQuote{{w, "Иван Петров"}}},
		{"ru medium cites a titled name", "ru", "ТАСС цитирует министра экономики Ивана Петрова: " + Q,
			[]wantQuote{{W, "Иван Петров"}}},
		{"ru medium cites a name", "ru", "Агентство цитирует Ивана Петрова: " + Q,
			[]wantQuote{{W, "Иван Петров"}}},
		{"en according to a titled name", "en", "According to Economy Minister Ivan Petrov, " + en,
			[]wantQuote{{we, "Ivan Petrov"}}},
		// No one named: no speaker.
		{"ru title, no one named", "ru", "По мнению генерального директора компании, " + q, nil},
		{"ru role with complement, no one titled", "ru", "Совещание прошло в министерстве.\n\nПо мнению главы ведомства, " + q, nil},
		{"ru medium cites a source", "ru", "ТАСС цитирует источник в министерстве: " + Q, nil},
	})
}
