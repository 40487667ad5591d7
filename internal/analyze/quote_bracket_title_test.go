package analyze

import "testing"

// TestQuotesBracketTitleLine: a speaker's line with the title in brackets
// before the colon («Иван Петров (министр экономики): «…»», "Ivan Petrov
// (economy minister): “…”") is the named person's, as «Name, title: «…»»
// is; brackets that hold no title (a place, a party's code) or follow no
// name quote no one.
func TestQuotesBracketTitleLine(t *testing.T) {
	const ru = "«Рынок в этом году вырастет на десять процентов, а цены останутся прежними»."
	const en = "“The market will grow by ten percent this year while prices stay where they are.”"
	const wr, w = "Рынок в этом году", "The market will grow"
	runQuoteCases(t, []quoteCase{
		{"ru title in brackets", "ru", "Иван Петров (министр экономики): " + ru, []wantQuote{{wr, "Иван Петров"}}},
		{"ru coach in brackets", "ru", "После матча.\n\nРоман Санжар (главный тренер «Олимпика»): " + ru, []wantQuote{{wr, "Роман Санжар"}}},
		{"en title in brackets", "en", "Ivan Petrov (economy minister): " + en, []wantQuote{{w, "Ivan Petrov"}}},
		{"ru comma form kept", "ru", "Иван Петров, министр экономики: " + ru, []wantQuote{{wr, "Иван Петров"}}},
		{"ru a place in brackets", "ru", "Иван Петров (Бишкек): " + ru, nil},
		{"ru no name before the brackets", "ru", "Итоги года (по данным министерства): " + ru, nil},
	})
}
