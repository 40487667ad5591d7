package analyze

import "testing"

// TestQuotesTwoNamesRunTogether: a bare surname resolves to the full name
// the article gives, but a run of four capitalised words before it is two
// people's names run together ("the lawyer of ex-minister Kuandyk
// Bishimbayev Leila Ramazanova"): the speaker is the last name, never
// both. A name with a particle, an initial or a patronymic keeps its
// words.
func TestQuotesTwoNamesRunTogether(t *testing.T) {
	const en = "\"Yes, we will appeal. Of course, we do not agree with the verdict at all,\" "
	const ru = "«Да, мы будем обжаловать. Конечно, мы не согласны с приговором суда», — "
	runQuoteCases(t, []quoteCase{
		{"en a client's name glued before the lawyer's", "en",
			"The lawyer of Kazakh ex-minister Kuandyk Bishimbayev Leila Ramazanova told Orda.kz that she will appeal.\n\n" + en + "Ramazanova said.",
			[]wantQuote{{"Yes, we will appeal", "Leila Ramazanova"}}},
		{"ru a client's name in the genitive glued before the lawyer's", "ru",
			"Адвокат экс-министра Куандыка Бишимбаева Лейла Рамазанова сообщила, что будет обжаловать приговор.\n\n" + ru + "сказала Рамазанова.",
			[]wantQuote{{"Да, мы будем обжаловать", "Лейла Рамазанова"}}},
		{"ru a patronymic stays with its name", "ru",
			"Адвокат экс-министра Бишимбаева Сергей Викторович Рамазанов сообщил, что будет обжаловать приговор.\n\n" + ru + "сказал Рамазанов.",
			[]wantQuote{{"Да, мы будем обжаловать", "Сергей Викторович Рамазанов"}}},
		{"en three words stay one name", "en",
			"Defence lawyer Anna Marie Ramazani told reporters that he will appeal.\n\n" + en + "Ramazani said.",
			[]wantQuote{{"Yes, we will appeal", "Anna Marie Ramazani"}}},
		{"en a particle keeps a long name", "en",
			"Lawyer Mohammed bin Abdul Ramazani told reporters that he will appeal.\n\n" + en + "Ramazani said.",
			[]wantQuote{{"Yes, we will appeal", "Mohammed bin Abdul Ramazani"}}},
	})
}
