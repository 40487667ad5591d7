package analyze

import "testing"

// TestQuotesPossessedWords: words given as someone's by a possessive
// pronoun after the quotation («— говорится в его заявлении», «—
// приводит ее слова пресс-служба»; "his statement said", "read her
// post") are that person's; the pronoun with nobody named before, or the
// other sex, gives none.
func TestQuotesPossessedWords(t *testing.T) {
	const ru = "«Ситуация стабильная, все службы работают в штатном режиме», — "
	const en = "“The situation is stable and all services are working normally,” "
	const ruLead = "Аким района Ерлан Ахметов ответил на вопросы журналистов.\n\n"
	const enLead = "District akim Erlan Akhmetov answered questions from journalists.\n\n"
	runQuoteCases(t, []quoteCase{
		{"ru говорится в его заявлении", "ru", ruLead + ru + "говорится в его заявлении.",
			[]wantQuote{{"Ситуация стабильная", "Ерлан Ахметов"}}},
		{"ru приводит его слова пресс-служба", "ru", ruLead + ru + "приводит его слова пресс-служба акимата.",
			[]wantQuote{{"Ситуация стабильная", "Ерлан Ахметов"}}},
		{"en his statement said", "en", enLead + en + "his statement said.",
			[]wantQuote{{"The situation is stable", "Erlan Akhmetov"}}},
		{"en read his post", "en", enLead + en + "read his post.",
			[]wantQuote{{"The situation is stable", "Erlan Akhmetov"}}},
		// No speaker.
		{"ru nobody named before", "ru", ru + "говорится в его заявлении.", nil},
		{"ru ее for a man", "ru", ruLead + ru + "говорится в ее заявлении.", nil},
		{"ru говорится в заявлении with no pronoun", "ru", ruLead + ru + "говорится в заявлении.", nil},
		{"en nobody named before", "en", en + "his statement said.", nil},
	})
}
