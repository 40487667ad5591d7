package analyze

import "testing"

// TestQuotesSignedBelow: a paragraph that is one quotation in marks with
// no attribution, signed in the line under it by a name, a comma and a
// title («"…"\n\nИван Петров, депутат Мажилиса», "“…”\n\nJohn Peters,
// Minister of Energy"), is that person's. A byline or a credit
// («…, корреспондент»), a clause with a verb, a title of a work over its
// author, and a line of a name alone sign no one's words.
func TestQuotesSignedBelow(t *testing.T) {
	const ru = "\"Ситуация с углем недопустимая уже в начале отопительного сезона. Мы будем добиваться проверки!\"\n\n"
	const wr = "Ситуация с углем недопустимая"
	const en = "“The coal shortage at the start of the heating season is unacceptable. We will demand an inquiry!”\n\n"
	const we = "The coal shortage at the start"
	runQuoteCases(t, []quoteCase{
		{"ru signed with a title", "ru", ru + "Олег Сорокин, депутат областного совета\n\nИсточник: городской портал", []wantQuote{{wr, "Олег Сорокин"}}},
		{"ru signed after a dash", "ru", ru + "— Мария Лебедева, министр энергетики", []wantQuote{{wr, "Мария Лебедева"}}},
		{"ru a byline signs no speech", "ru", ru + "Олег Сорокин, корреспондент", nil},
		{"ru a clause is no signature", "ru", ru + "Олег Сорокин, как сообщил депутат, уехал.", nil},
		{"ru a name alone", "ru", ru + "Олег Сорокин", nil},
		{"en signed with a title", "en", en + "John Peters, Minister of Energy", []wantQuote{{we, "John Peters"}}},
		{"en a byline", "en", en + "John Peters, correspondent", nil},
	})
}
