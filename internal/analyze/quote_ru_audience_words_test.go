package analyze

import "testing"

// TestQuotesAudienceBeforeColon: an address to an audience may stand
// between the speech verb and the colon before a quotation («обратилась к
// собравшимся с теплыми словами: «…»», "addressed the gathering with warm
// words: “…”"), after a title and a name with a patronymic set off by
// commas; a plural subject with no name quotes no one.
func TestQuotesAudienceBeforeColon(t *testing.T) {
	const ru = "Учебный год начался.\n\n"
	const ruWords = "«Сегодня мы отмечаем начало нового учебного года и желаем всем успехов»."
	const en = "The school year began.\n\n"
	const enWords = "\"Today we celebrate the start of a new school year and wish everyone success.\""
	runQuoteCases(t, []quoteCase{
		{"ru a title, a name with a patronymic, an audience and words", "ru",
			ru + "Директор школы, Ирина Михайловна Клебанова, обратилась к собравшимся с теплыми словами: " + ruWords,
			[]wantQuote{{"Сегодня мы отмечаем начало", "Ирина Михайловна Клебанова"}}},
		{"ru a welcome speech to fellow villagers", "ru",
			ru + "Глава района Иван Петров обратился к землякам с приветственным словом: " + ruWords,
			[]wantQuote{{"Сегодня мы отмечаем начало", "Иван Петров"}}},
		{"en an audience and words", "en",
			en + "The head teacher, Irina Klebanova, addressed the gathering with warm words: " + enWords,
			[]wantQuote{{"Today we celebrate the start", "Irina Klebanova"}}},
		// Refused.
		{"ru a plural subject with no name", "ru",
			ru + "Выпускники обратились к собравшимся с теплыми словами: " + ruWords,
			nil},
	})
}
