package analyze

import "testing"

// TestQuotesTitleAbbreviations: a title or rank written as an abbreviation
// with its dot ("Sen.", "Rep.", "Lt. Col.", «проф.», «акад.», «ген.»,
// «зам.») reads as the full word, and two Cyrillic initials glued by
// their dots («И.И. Петров») belong to the name; abbreviations of places,
// units and dates ("St.", "Jan.", «ул.», «г.», «руб.») and initialisms of
// bodies ("U.S. Army") join nothing to a name and end no sentence.
func TestQuotesTitleAbbreviations(t *testing.T) {
	const en = "“We will rebuild the bridge before the winter comes,” "
	const ru = "«Мост через реку восстановим до наступления зимы, движение откроем в ноябре», — "
	const w, wr = "We will rebuild the bridge", "Мост через реку восстановим"
	runQuoteCases(t, []quoteCase{
		// English titles and ranks after the verb and before it.
		{"en Lt. Col. after the verb", "en", en + "said Lt. Col. John Smith, a spokesman for the brigade.",
			[]wantQuote{{w, "John Smith"}}},
		{"en Sen. before the verb", "en", "Sen. Mary Jones told reporters on Jan. 5 that the money was there. " + en + "she said.",
			[]wantQuote{{w, "Mary Jones"}}},
		{"en Rep. after the verb", "en", en + "said Rep. Tom Walker of Ohio.", []wantQuote{{w, "Tom Walker"}}},
		{"en Gov. before the verb", "en", "Gov. Anna Price said on Monday: “We will rebuild the bridge before the winter comes.”",
			[]wantQuote{{w, "Anna Price"}}},
		{"en Gen. after the verb", "en", en + "said Gen. Mark Evans.", []wantQuote{{w, "Mark Evans"}}},
		{"en Prof. after the verb", "en", en + "said Prof. Linda Moore of the university.", []wantQuote{{w, "Linda Moore"}}},
		// English: a place or a date with a dot is no title.
		{"en St. Louis mayor", "en", "The St. Louis mayor, Tom Walker, spoke on Monday. " + en + "Walker said.",
			[]wantQuote{{w, "Tom Walker"}}},
		{"en Jan. keeps the sentence", "en", "Mayor Tom Walker spoke on Jan. 12 at the depot. " + en + "he said.",
			[]wantQuote{{w, "Tom Walker"}}},
		{"en U.S. Army is a body", "en", en + "said U.S. Army.", nil},
		// Russian titles written short.
		{"ru проф. after the verb", "ru", ru + "сказал проф. кафедры мостостроения Иван Петров.", []wantQuote{{wr, "Иван Петров"}}},
		{"ru проф. and a name", "ru", ru + "сказал проф. Иван Петров.", []wantQuote{{wr, "Иван Петров"}}},
		{"ru акад. opening the paragraph", "ru", "Акад. РАН Иван Петров считает, что мост выдержит.\n\n" + ru + "сказал он.",
			[]wantQuote{{wr, "Иван Петров"}}},
		{"ru ген. директор", "ru", ru + "сказал ген. директор компании Иван Петров.", []wantQuote{{wr, "Иван Петров"}}},
		{"ru зам. министра", "ru", ru + "сказал зам. министра транспорта Иван Петров.", []wantQuote{{wr, "Иван Петров"}}},
		{"ru initials glued", "ru", "Министр транспорта И.И. Петров отметил: «Мост через реку восстановим до наступления зимы, движение откроем в ноябре».",
			[]wantQuote{{wr, "И.И. Петров"}}},
		// Russian: a street, a town, money; an abbreviation without a name.
		{"ru ул. before a subject", "ru", "Жители ул. Ленина пожаловались на шум. Глава района Иван Петров пообещал разобраться.\n\n" + ru + "сказал он.",
			[]wantQuote{{wr, "Иван Петров"}}},
		{"ru г. before a place", "ru", "В г. Бишкеке открыли мост. Мэр Иван Петров выступил на открытии.\n\n" + ru + "сказал он.",
			[]wantQuote{{wr, "Иван Петров"}}},
		{"ru проф. without a name", "ru", ru + "сказал проф. кафедры мостостроения.", nil},
		{"ru address is no title", "ru", ru + "сообщили на сайте gov.kz.", nil},
	})
}
