package analyze

import "testing"

// TestQuotesMediumBeforeVerb: an outlet's name in marks or in Latin
// letters inside the occasion between a Russian speaker and the verb («X
// в интервью «Курсиву» отметил: «…»», «X в интервью агентству «Кабар»
// заявил:», «X в беседе с корреспондентом Kursiv отметил:») is passed
// over like a lower-case outlet («агентства»), never taken for the
// speaker; the English forms beside them read already. An outlet's name
// with no speaker before it names no one.
func TestQuotesMediumBeforeVerb(t *testing.T) {
	const q = "«Рынок в этом году вырастет на десять процентов, а цены останутся прежними»."
	const w = "Рынок в этом году"
	const en = "“The market will grow by ten percent this year while prices stay where they are.”"
	runQuoteCases(t, []quoteCase{
		{"ru outlet in marks", "ru", "Министр экономики Иван Петров в интервью «Курсиву» отметил: " + q, []wantQuote{{w, "Иван Петров"}}},
		{"ru agency noun and name in marks", "ru", "Министр экономики Иван Петров в интервью агентству «Кабар» заявил: " + q, []wantQuote{{w, "Иван Петров"}}},
		{"ru Latin outlet", "ru", "Министр экономики Иван Петров в беседе с корреспондентом Kursiv отметил: " + q, []wantQuote{{w, "Иван Петров"}}},
		{"ru lower-case outlet kept", "ru", "Министр экономики Иван Петров в беседе с корреспондентом агентства отметил: " + q, []wantQuote{{w, "Иван Петров"}}},
		{"en outlet after the verb kept", "en", "Economy Minister Ivan Petrov told Kursiv: " + en, []wantQuote{{"The market will grow", "Ivan Petrov"}}},
		{"ru outlet without a speaker", "ru", "В интервью агентству «Кабар» сообщается: " + q, nil},
	})
}
