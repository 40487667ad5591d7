package analyze

import "testing"

// TestQuotesSourceClause: a quotation finishing a sentence opened by a
// source phrase («По словам X, …», «По его словам, …», «По утверждению
// губернатора, он …», «Как добавил X, его …», "According to X, …", "As X
// said, …") is the phrase's speaker's; not when another speech verb, a
// colon or another person stands between, nor when the phrase names a
// medium or nobody.
func TestQuotesSourceClause(t *testing.T) {
	const ruLead = "Президент Киргизии Садыр Жапаров выступил на саммите в Джидде.\n\n"
	const enLead = "Kyrgyz President Sadyr Japarov spoke at the summit in Jeddah.\n\n"
	runQuoteCases(t, []quoteCase{
		{"ru по словам role of two words", "ru",
			ruLead + "По словам главы государства, в Киргизии рассчитывают на «скорое разрешение конфликтов в этих странах и регионах».",
			[]wantQuote{{"скорое разрешение конфликтов", "Садыр Жапаров"}}},
		{"ru по его словам, words, then the quotation", "ru",
			ruLead + "По его словам, любой конфликт должен разрешаться за «столом переговоров и на основе норм международного права».",
			[]wantQuote{{"столом переговоров", "Садыр Жапаров"}}},
		{"ru по словам a name in the genitive", "ru",
			"По словам Садыра Жапарова, в республике также рассчитывают на «скорое разрешение конфликтов в этих странах и регионах».",
			[]wantQuote{{"скорое разрешение конфликтов", "Садыр Жапаров"}}},
		{"ru по утверждению role, then он", "ru",
			"Губернатор Севастополя Михаил Развожаев провел брифинг для журналистов.\n\n" +
				"По утверждению губернатора, он «совершенно свободен от каких-то кураторств и не собирается этим заниматься».",
			[]wantQuote{{"совершенно свободен", "Михаил Развожаев"}}},
		{"ru как добавил X, его «…»", "ru",
			"Как добавил Валерий Саратов, его «функция состоит в том, чтобы все вопросы решались на законодательном уровне».",
			[]wantQuote{{"функция состоит", "Валерий Саратов"}}},
		{"en according to X, words, then the quotation", "en",
			"According to Kanat Abdykadyrov, the ministry expects “a quick resolution of the conflicts in these countries and regions”.",
			[]wantQuote{{"a quick resolution", "Kanat Abdykadyrov"}}},
		{"en as X said, words, then the quotation", "en",
			"As Kanat Abdykadyrov said, every conflict must be settled “at the negotiating table and on the basis of international law”.",
			[]wantQuote{{"at the negotiating table", "Kanat Abdykadyrov"}}},
		// Refused: someone else may own the words.
		{"ru another speech verb between", "ru",
			ruLead + "По словам главы государства, министр заявил о «скором разрешении конфликтов в этих странах и регионах».",
			nil},
		{"ru another person named between", "ru",
			ruLead + "По его словам, Токаев рассчитывает на «скорое разрешение конфликтов в этих странах и регионах».",
			nil},
		{"ru по данным is no speaker", "ru",
			"По данным ведомства, в регионе рассчитывают на «скорое разрешение конфликтов в этих странах и регионах».",
			nil},
		{"ru по словам a medium", "ru",
			"По словам «Коммерсанта», в регионе рассчитывают на «скорое разрешение конфликтов в этих странах и регионах».",
			nil},
		{"ru a sentence with no source phrase", "ru",
			ruLead + "В Киргизии рассчитывают на «скорое разрешение конфликтов в этих странах и регионах».",
			nil},
		{"en according to a medium", "en",
			"According to Reuters, the ministry expects “a quick resolution of the conflicts in these countries and regions”.",
			nil},
		{"en another speech verb between", "en",
			"According to Kanat Abdykadyrov, the minister said the ministry expects “a quick resolution of the conflicts in these countries”.",
			nil},
		{"en another person named between", "en",
			enLead + "According to him, Tokayev expects “a quick resolution of the conflicts in these countries and regions”.",
			nil},
	})
}
