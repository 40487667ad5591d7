package analyze

import "testing"

// TestQuotesPronounAfterSourceSentence: a sentence opened by its source
// («По словам главы государства, …», «По его словам, …», "According to the
// president, …") is that person's words, whatever its subject, so "he"
// after it is the source: the one holder of the role, or the person "his"
// goes on with. Two holders of the role, or a holder of the other sex,
// leave the quotation unattributed.
func TestQuotesPronounAfterSourceSentence(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru a role's words, then — добавил он", "ru",
			"Президент Казахстана Касым-Жомарт Токаев выступил на заседании правительства.\n\nПо словам главы государства, чиновники слишком медленно принимают решения.\n\n«Каждое поручение должно выполняться в срок, а не откладываться до следующего заседания», — добавил он.",
			[]wantQuote{{"Каждое поручение должно выполняться в срок", "Касым-Жомарт Токаев"}}},
		{"ru «По его словам» goes on with him", "ru",
			"Министр энергетики Канат Бозумбаев провел брифинг в среду. По его словам, тарифы в этом году не вырастут. «Мы не будем поднимать цены на электричество до конца года», — подчеркнул он.",
			[]wantQuote{{"Мы не будем поднимать цены на электричество", "Канат Бозумбаев"}}},
		{"ru a minister titled before, then по словам министра", "ru",
			"Министр энергетики Канат Бозумбаев провел брифинг в среду.\n\nПо словам министра, новые станции построят за три года.\n\n«Мы уже выбрали площадки и подрядчиков для всех трех станций», — добавил он.",
			[]wantQuote{{"Мы уже выбрали площадки и подрядчиков", "Канат Бозумбаев"}}},
		{"ru two heads of state: nobody", "ru",
			"Президент Кыргызстана Садыр Жапаров и президент Казахстана Касым-Жомарт Токаев встретились в Астане.\n\nПо словам главы государства, переговоры прошли успешно.\n\n«Мы договорились о новых маршрутах для грузовиков и поездов», — добавил он.",
			nil},
		{"ru a woman holds the role, «он» is not her", "ru",
			"Министр просвещения Айгуль Бекова провела совещание.\n\nПо словам министра, учебники заменят к сентябрю.\n\n«Новые учебники уже напечатаны и ждут на складах», — добавил он.",
			nil},
		{"en a role's words, then he added", "en",
			"Kazakh President Kassym-Jomart Tokayev addressed the cabinet on Tuesday.\n\nAccording to the president, officials take decisions too slowly.\n\n“Every order must be carried out on time, not put off until the next meeting,” he added.",
			[]wantQuote{{"Every order must be carried out on time", "Kassym-Jomart Tokayev"}}},
		{"en two presidents: nobody", "en",
			"Kyrgyz President Sadyr Japarov and Kazakh President Kassym-Jomart Tokayev met in Astana.\n\nAccording to the president, the talks went well.\n\n“We agreed on new routes for lorries and trains,” he added.",
			nil},
	})
}

// TestQuotesSplitByCommaAttribution: a quotation in one pair of marks split
// by an attribution that the page closes with a comma, the words after the
// dash opening with a capital («A, – пишет X в своем канале, – Это …»),
// goes on after the attribution: the attribution's sentence has not
// ended, and the words stand inside the same marks. English prints the
// halves in marks of their own (“A,” X wrote, “This …”).
func TestQuotesSplitByCommaAttribution(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru «A, – пишет X в канале, – B»", "ru",
			"Правительство утвердило новые правила для такси.\n\n«Мы долго спорили и наконец договорились, – пишет в своем Telegram-канале министр цифрового развития Максат Кадыров, – Новые правила вступят в силу с марта, и водители успеют подготовиться».",
			[]wantQuote{{"Мы долго спорили и наконец договорились. Новые правила вступят в силу с марта", "Максат Кадыров"}}},
		{"ru the second half alone is no one else's", "ru",
			"«Мы долго спорили и наконец договорились, – сказал Максат Кадыров, – Теперь очередь за парламентом и за общественными слушаниями».",
			[]wantQuote{{"Мы долго спорили и наконец договорились. Теперь очередь за парламентом", "Максат Кадыров"}}},
		{"en “A,” X wrote, “B”", "en",
			"The government approved new rules for taxis.\n\n“We argued for a long time and finally agreed,” Digital Minister Maksat Kadyrov wrote on his Telegram channel, “The new rules take effect in March, so drivers have time to prepare.”",
			[]wantQuote{{"We argued for a long time and finally agreed", "Maksat Kadyrov"}}},
	})
}

// TestQuotesShortAnswerToAQuestion: a short statement of three words or
// more that answers a question the text reports just before it is a
// quotation when it is a whole sentence set apart as the speaker's: it
// opens its paragraph with the attribution right after it, or it closes
// the paragraph after the colon of an attribution. With no question
// before it, or inside the reporter's sentence, a short phrase in marks
// stays out (a title, a slogan).
func TestQuotesShortAnswerToAQuestion(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru a short answer opening its paragraph", "ru",
			"Аким города Ерлан Сапаров ответил на вопрос о сроках ремонта моста.\n\n«Это решит подрядчик», — сказал он.",
			[]wantQuote{{"Это решит подрядчик", "Ерлан Сапаров"}}},
		{"ru a short answer after the attribution's colon", "ru",
			"Отвечая на вопрос журналистов о повышении тарифов, министр энергетики Канат Бозумбаев сказал коротко: «Повышения не будет».",
			[]wantQuote{{"Повышения не будет", "Канат Бозумбаев"}}},
		{"ru a short statement with no question stays out", "ru",
			"Правительство обсудило тарифы.\n\n«Решение уже принято», — сказал министр энергетики Канат Бозумбаев.",
			nil},
		{"ru a title in the reporter's sentence stays out", "ru",
			"Журналисты задали вопрос о книге «Тихий Дон навсегда» министру культуры Айгуль Бековой, и она рассказала о планах издательства.",
			nil},
		{"en a short answer opening its paragraph", "en",
			"Kremlin spokesman Dmitry Peskov was asked which format of talks Moscow prefers.\n\n“Ask the foreign ministry,” Peskov said.",
			[]wantQuote{{"Ask the foreign ministry", "Dmitry Peskov"}}},
		{"en a short answer after the attribution's colon", "en",
			"Asked about the verdict, lawyer Oksana Sokolovska said firmly: “There is a link.”",
			[]wantQuote{{"There is a link", "Oksana Sokolovska"}}},
		{"en a short statement with no question stays out", "en",
			"The Kremlin commented on the talks.\n\n“Ask the ministry,” Peskov said.",
			nil},
	})
}

// TestQuotesVerbObjectsAndPointers: what stands between a Russian speech
// verb and its speaker — an object with «свой» or a genitive complement
// («— объяснил свою позицию X», «— прокомментировал решение правительства
// X») — is stepped over, and «такими словами» points back at the
// quotation like «так». Russian word order only: English puts the object
// after the speaker.
func TestQuotesVerbObjectsAndPointers(t *testing.T) {
	lead := "Министр транспорта Кыргызстана Тилек Текебаев провел брифинг в Бишкеке.\n\n"
	q := "«Мы закончим ремонт трассы до конца лета и откроем движение по всем полосам»"
	want := []wantQuote{{"Мы закончим ремонт трассы до конца лета", "Тилек Текебаев"}}
	runQuoteCases(t, []quoteCase{
		{"ru — объяснил свою позицию X", "ru", lead + q + ", — объяснил свою позицию Тилек Текебаев.", want},
		{"ru — прокомментировал решение правительства X", "ru", lead + q + ", — прокомментировал решение правительства Тилек Текебаев.", want},
		{"ru — такими словами X прокомментировал", "ru", lead + q + " — такими словами Тилек Текебаев прокомментировал решение правительства.", want},
		{"ru a title after the object is the speaker's own", "ru", q + ", — прокомментировал решение министр транспорта Тилек Текебаев.", want},
		{"ru a person in the genitive after the object is no speaker", "ru", q + ", — прокомментировал решение Тилека Текебаева депутат.", nil},
	})
}

// TestQuotesMinistryShortName: a ministry's or state body's short name
// (Минтранс, Минфин, Госдума, Нацбанк) between a title and a surname is
// the title's body, never the speaker's first name («— сказал глава
// Минтранса Текебаев» is Текебаев, named in full before).
func TestQuotesMinistryShortName(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru глава Минтранса Текебаев", "ru",
			"Министр транспорта Кыргызстана Тилек Текебаев провел брифинг в Бишкеке.\n\n«Мы закончим ремонт трассы до конца лета и откроем движение по всем полосам», — сказал глава Минтранса Текебаев.",
			[]wantQuote{{"Мы закончим ремонт трассы", "Тилек Текебаев"}}},
		{"ru председатель Госдумы and a full name", "ru",
			"«Закон примут в весенней сессии, и он вступит в силу с первого июля», — сказал председатель Госдумы Вячеслав Володин.",
			[]wantQuote{{"Закон примут в весенней сессии", "Вячеслав Володин"}}},
		{"ru a first name that opens like a ministry stays a name", "ru",
			"«Республика сохранит свои налоговые льготы еще на пять лет», — заявил Минтимер Шаймиев.",
			[]wantQuote{{"Республика сохранит свои налоговые льготы", "Минтимер Шаймиев"}}},
	})
}

// TestQuotesSiteDomainAndCitedTitledName: a site's domain between the verb
// and the speaker («— сказал в интервью Tengrinews.kz аким Алматы X») is a
// medium, never a lone surname ending the clause; a cited speaker's title
// may take its place before the name («— приводит ТАСС слова акима
// Алматы X», "TASS quoted Almaty akim X as saying").
func TestQuotesSiteDomainAndCitedTitledName(t *testing.T) {
	ruQ := "«Мы построим три новые школы в этом году и еще две в следующем», — "
	enQ := "“We will build three new schools this year and two more next year,” "
	runQuoteCases(t, []quoteCase{
		{"ru a domain before a titled name", "ru", ruQ + "сказал в интервью Tengrinews.kz аким Алматы Ерболат Досаев.",
			[]wantQuote{{"Мы построим три новые школы", "Ерболат Досаев"}}},
		{"ru a domain before a name", "ru", ruQ + "рассказал в беседе с Kaktus.media Ерболат Досаев.",
			[]wantQuote{{"Мы построим три новые школы", "Ерболат Досаев"}}},
		{"ru a domain alone names no one", "ru", ruQ + "сообщает Tengrinews.kz.", nil},
		{"ru приводит ТАСС слова акима Алматы X", "ru", ruQ + "приводит ТАСС слова акима Алматы Ерболата Досаева.",
			[]wantQuote{{"Мы построим три новые школы", "Ерболат Досаев"}}},
		{"en a domain after the name", "en", enQ + "Yerbolat Dosayev told Tengrinews.kz.",
			[]wantQuote{{"We will build three new schools", "Yerbolat Dosayev"}}},
		{"en quoted a titled name as saying", "en", "TASS quoted Almaty akim Yerbolat Dosayev as saying: " + enQ[:len(enQ)-4] + "”",
			[]wantQuote{{"We will build three new schools", "Yerbolat Dosayev"}}},
	})
}

// TestQuotesPersonPlacedInPicture: a lead that places its person in the
// picture right after the name («Аким Алматы Ерболат Досаев (на фото)
// провел встречу …», "Yerbolat Dosayev (pictured) met residents …") is
// taken for a caption, yet that person is the story's: «он» / "he" after
// it means them. A credit line names the photographer, no one a pronoun
// means.
func TestQuotesPersonPlacedInPicture(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru (на фото) after the name in the lead", "ru",
			"Аким Алматы Ерболат Досаев (на фото) провел встречу с жителями. Жители пожаловались на нехватку школ.\n\n«Мы построим три новые школы в этом году и еще две в следующем», — сказал он.",
			[]wantQuote{{"Мы построим три новые школы", "Ерболат Досаев"}}},
		{"ru a credit line names no speaker", "ru",
			"Фото: Иван Петров (справа)\n\n«Мы построим три новые школы в этом году и еще две в следующем», — сказал он.",
			nil},
		{"en (pictured) after the name in the lead", "en",
			"Almaty akim Yerbolat Dosayev (pictured) met residents on Monday. Residents complained about the lack of schools.\n\n“We will build three new schools this year and two more next year,” he said.",
			[]wantQuote{{"We will build three new schools", "Yerbolat Dosayev"}}},
		{"en a photo credit names no speaker", "en",
			"Photo: John Smith (left)\n\n“We will build three new schools this year and two more next year,” he said.",
			nil},
	})
}
