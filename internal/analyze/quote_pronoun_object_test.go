package analyze

import "testing"

// TestQuotesParticipleAfterPronounSubject: "adding “…”" / «добавив:
// «…»» speaks for the sentence's subject; when a pronoun opens the
// sentence, the person named after the verb is its object and not the
// speaker: "they" gives no one, "he" is resolved as "he said" is.
func TestQuotesParticipleAfterPronounSubject(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en they told X …, adding: X is the object", "en",
			"Two men were charged with abusing a shop assistant in Leeds last week.\nThey told Aigul Bekova she did not belong here, adding “you are the kind of person nobody wants in this town.”",
			nil},
		{"ru они обвинили X …, добавив: X is the object", "ru",
			"Двоим мужчинам предъявили обвинение в оскорблении продавщицы на прошлой неделе.\nОни обвинили Айгуль Бекову в обмане покупателей, добавив: «Таким людям не место в нашем городе, уезжайте отсюда».",
			nil},
		{"en he thanked X …, adding: he is the earlier speaker", "en",
			"Transport Minister Marat Karabayev opened the new bridge over the river on Monday.\nHe thanked Aigul Bekova for the quick work of her company, adding “we will open two more bridges in the valley before the winter.”",
			[]wantQuote{{"we will open two more bridges", "Marat Karabayev"}}},
		{"en the name opening the sentence is the subject", "en",
			"The new bridge over the river was opened on Monday.\nTransport Minister Marat Karabayev thanked the builders for their quick work, adding “we will open two more bridges in the valley before the winter.”",
			[]wantQuote{{"we will open two more bridges", "Marat Karabayev"}}},
	})
}
