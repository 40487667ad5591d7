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

// TestQuotesPronounAfterTitledSource: "he" after a sentence whose source
// is named with a title in the genitive («По словам министра иностранных
// дел Ермека Кошербаева, …. «…», — добавил он») is that source; not when
// the sentence names someone else besides, nor when the phrase has no
// title noun before the name.
func TestQuotesPronounAfterTitledSource(t *testing.T) {
	const ru = "«Мы будем и дальше развивать сотрудничество во всех направлениях», — "
	const en = "“We will keep developing our cooperation in every direction,” "
	runQuoteCases(t, []quoteCase{
		{"ru по словам a title and a name", "ru",
			"По словам министра Каната Абдыкадырова, работы завершат к осени.\n\n" + ru + "добавил он.",
			[]wantQuote{{"Мы будем и дальше", "Канат Абдыкадыров"}}},
		{"ru по мнению a title with its complement", "ru",
			"По мнению министра иностранных дел Ермека Кошербаева, переговоры пройдут успешно.\n\n" + ru + "добавил он.",
			[]wantQuote{{"Мы будем и дальше", "Ермек Кошербаев"}}},
		{"en according to a name", "en",
			"According to Kanat Abdykadyrov, the schools will open in September.\n\n" + en + "he added.",
			[]wantQuote{{"We will keep developing", "Kanat Abdykadyrov"}}},
		{"ru someone else named besides", "ru",
			"По словам министра Каната Абдыкадырова, Тимур Сулейменов подготовит доклад.\n\n" + ru + "добавил он.",
			nil},
		{"ru a woman's title for он", "ru",
			"По словам министра Айгуль Бековой, работы завершат к осени.\n\n" + ru + "добавил он.",
			nil},
		{"en someone else named besides", "en",
			"According to Kanat Abdykadyrov, Timur Suleimenov will prepare a report.\n\n" + en + "he added.",
			nil},
	})
}

// TestQuotesNominativeOfTwoForms: a surname given later alone takes the
// fullest name the article gives it, and of two forms of one first name
// («Мурата Нуртлеу» after a noun, «Мурат Нуртлеу» as a subject) the
// nominative; English names, which do not decline, keep the fullest.
func TestQuotesNominativeOfTwoForms(t *testing.T) {
	const ru = "\n\n«Мы будем и дальше развивать сотрудничество во всех направлениях», — "
	const en = "\n\n“We will keep developing our cooperation in every direction,” "
	runQuoteCases(t, []quoteCase{
		{"ru the nominative over the genitive", "ru",
			"Информацию о задержании Мурата Нуртлеу опроверг МИД. Мурат Нуртлеу занимает пост министра." + ru + "сказал Нуртлеу.",
			[]wantQuote{{"Мы будем и дальше", "Мурат Нуртлеу"}}},
		{"ru the nominative first, the genitive after", "ru",
			"Мурат Нуртлеу занимает пост министра. Информацию о задержании Мурата Нуртлеу опроверг МИД." + ru + "сказал Нуртлеу.",
			[]wantQuote{{"Мы будем и дальше", "Мурат Нуртлеу"}}},
		{"en the fullest name", "en",
			"Murat Nurtleu is the foreign minister. Nurtleu spoke to journalists on Monday." + en + "Nurtleu said.",
			[]wantQuote{{"We will keep developing", "Murat Nurtleu"}}},
	})
}
