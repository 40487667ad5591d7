package analyze

import "testing"

// TestQuotesUnnamedRole: a role after an indefinite article or quantifier
// ("A union spokesperson said:", "an Interior Ministry official told",
// «один из чиновников») is someone the text does not name: the quotation
// goes to no one, neither to a person named before it nor, in the next
// paragraph, to the quotation's run. A role after "the" still resolves.
func TestQuotesUnnamedRole(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en a body's spokesperson said: after a named leader", "en",
			"Transport secretary Helen Marsh said fares would rise in March.\n\nA rail union spokesperson said: \"Passengers are paying more every year for trains that run late and crowded.\n\n\"Nobody who travels on these lines will welcome another rise.\"",
			nil},
		{"en an official told reporters", "en",
			"Prime Minister Jonas Berg visited the border crossing on Monday.\n\nAn Interior Ministry official told reporters: \"We have no plans to close the crossing before the end of the year.\"",
			nil},
		{"en the spokesperson still resolves", "en",
			"The ministry's spokesperson, Clara Voss, met journalists in Vienna on Friday.\n\nThe spokesperson said: \"We have no plans to close the embassy before the end of the year.\"",
			[]wantQuote{{"We have no plans to close the embassy", "Clara Voss"}}},
		{"ru один из чиновников after a named minister", "ru",
			"Министр транспорта Ирина Маршева заявила, что тарифы вырастут в марте.\n\nОдин из чиновников министерства сказал: «Пассажиры платят больше каждый год за поезда, которые опаздывают».",
			nil},
	})
}
