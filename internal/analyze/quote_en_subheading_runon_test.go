package analyze

import "testing"

// TestQuotesRunOnOverSubheading: a quotation of several paragraphs with a
// subheading between two of them runs on over it, every paragraph the
// speaker's; a paragraph after a subheading that follows a closed
// quotation gets no speaker from it.
func TestQuotesRunOnOverSubheading(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en quotation after a colon runs on over a subheading", "en",
			"The council plans to shut two libraries next year.\n\nBranch secretary Helen Moss said: “This is a heavy blow to the families who use these rooms every day of the week.\n\n‘A place to learn’\n\n“We ask the council to look again at the figures and to talk to the readers first.”",
			[]wantQuote{{"This is a heavy blow", "Helen Moss"}, {"We ask the council to look again", "Helen Moss"}}},
		{"en a closed quotation lends nothing over a subheading", "en",
			"The council plans to shut two libraries next year.\n\nBranch secretary Helen Moss said: “This is a heavy blow to the families who use these rooms every day of the week.”\n\nWhat comes next\n\n“We ask the council to look again at the figures and to talk to the readers first.”",
			[]wantQuote{{"This is a heavy blow", "Helen Moss"}}},
		{"ru quotation after a colon runs on over a subheading", "ru",
			"Власти города собираются закрыть две библиотеки.\n\nПредседатель профсоюза Елена Мосс заявила: «Это тяжелый удар по семьям, которые приходят в эти залы каждый день.\n\nМесто для учебы\n\n«Мы просим администрацию еще раз посмотреть на цифры и сначала поговорить с читателями».",
			[]wantQuote{{"Это тяжелый удар по семьям", "Елена Мосс"}, {"Мы просим администрацию", "Елена Мосс"}}},
	})
}
