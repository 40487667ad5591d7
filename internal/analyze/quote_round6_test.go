package analyze

import "testing"

// TestQuotesTitleWordIsNoName: a capitalised title before a surname
// ("President Rahmonov", «Президент Рахмонов») is not a first name, so the
// speaker is the name the article gives in full.
func TestQuotesTitleWordIsNoName(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en President Surname, then the president", "en",
			"President Emomali Rahmonov opened the forum in Dushanbe on Friday.\nIn his address, President Rahmonov called on the region to invest in schools. “Today, many of our neighbours may help each other and they must,” the president concluded.",
			[]wantQuote{{"Today, many of our neighbours", "Emomali Rahmonov"}}},
		{"ru Президент Фамилия, then президент", "ru",
			"Президент Эмомали Рахмонов открыл форум в Душанбе в пятницу.\nВ своем выступлении Президент Рахмонов призвал соседей вкладываться в школы. «Сегодня многие наши соседи могут помогать друг другу, и они должны», — заключил президент.",
			[]wantQuote{{"Сегодня многие наши соседи", "Эмомали Рахмонов"}}},
		{"en State Counselor, then the counselor said:", "en",
			"State Counselor Erlan Karin spoke to reporters on Friday about the session.\nThe State Counselor said: \"The speech of the head of state covered a wide range of pressing issues\".",
			[]wantQuote{{"The speech of the head of state", "Erlan Karin"}}},
		{"ru госсоветник, then госсоветник отметил", "ru",
			"Государственный советник Ерлан Карин в пятницу рассказал журналистам о сессии.\nГоссоветник отметил: «Выступление главы государства охватило широкий круг насущных вопросов».",
			[]wantQuote{{"Выступление главы государства", "Ерлан Карин"}}},
	})
}

// TestQuotesInstitutionIsNoSpeaker: the capitalised name of a body or a
// building ("the CMI", "KazMedia Center", «Медиацентр») is never a
// speaker; a person's apposition that ends in one still names the person.
func TestQuotesInstitutionIsNoSpeaker(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en apposition ending in the body", "en",
			"Anthony Painter, the director of policy at the CMI, said: “Women could end up in a lose-lose situation if employers are not careful.”",
			[]wantQuote{{"Women could end up", "Anthony Painter"}}},
		{"ru apposition ending in the body", "ru",
			"Антон Пейнтер, директор по политике в CMI, сказал: «Женщины могут оказаться в проигрышном положении, если работодатели не будут осторожны».",
			[]wantQuote{{"Женщины могут оказаться", "Антон Пейнтер"}}},
		{"en the body said", "en",
			"“Women could end up in a lose-lose situation if employers are not careful,” the CMI said.",
			nil},
		{"ru в организации сообщили", "ru",
			"«Женщины могут оказаться в проигрышном положении, если работодатели не будут осторожны», — сообщили в CMI.",
			nil},
		{"en a centre, then he said", "en",
			"The briefing took place at the KazMedia Center in Astana on Tuesday.\n\n“Today I will tell you about the key results of our work this year,” he said.",
			nil},
		{"ru a centre, then сказал он", "ru",
			"Брифинг прошел в Медиацентре Правительства в Астане во вторник.\n\n«Сегодня я расскажу вам об основных итогах нашей работы за год», — сказал он.",
			nil},
	})
}

// TestQuotesNameParticles: the lower-case particles of Arabic, Dutch and
// German names ("el-Sisi", "von der Leyen", «ас-Сиси», «фон дер Ляйен»)
// are part of the name, not its end.
func TestQuotesNameParticles(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en el-", "en",
			"“I pay tribute to the mediators for their role in this agreement,” Egypt's President Abdel Fattah el-Sisi said.",
			[]wantQuote{{"I pay tribute", "Abdel Fattah el-Sisi"}}},
		{"ru ас-", "ru",
			"«Я выражаю признательность посредникам за их роль в этом соглашении», — сказал президент Египта Абдель Фаттах ас-Сиси.",
			[]wantQuote{{"Я выражаю признательность", "Абдель Фаттах ас-Сиси"}}},
		{"en von der", "en",
			"“We will stand by our partners for as long as it takes, whatever happens,” Ursula von der Leyen said.",
			[]wantQuote{{"We will stand by", "Ursula von der Leyen"}}},
		{"ru фон дер", "ru",
			"«Мы будем поддерживать наших партнеров столько, сколько потребуется», — заявила Урсула фон дер Ляйен.",
			[]wantQuote{{"Мы будем поддерживать", "Урсула фон дер Ляйен"}}},
		{"en bin", "en",
			"“The talks will go on in Doha next week with both delegations present,” said Khalid bin Mahmoud.",
			[]wantQuote{{"The talks will go on", "Khalid bin Mahmoud"}}},
		{"ru бен", "ru",
			"«Переговоры продолжатся в Дохе на следующей неделе с участием обеих делегаций», — сказал Халид бен Махмуд.",
			[]wantQuote{{"Переговоры продолжатся", "Халид бен Махмуд"}}},
	})
}

// TestQuotesAdverbBeforeVerb: an adverb between the closing mark and the
// speech verb («…», — также сказал X; "…," later said X) keeps the
// attribution.
func TestQuotesAdverbBeforeVerb(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru также сказал", "ru",
			"«Таджикистан и Россия давние стратегические партнеры и союзники», — также сказал Эмомали Рахмон.",
			[]wantQuote{{"Таджикистан и Россия", "Эмомали Рахмон"}}},
		{"ru затем добавил", "ru",
			"«Мы обсудим поставки воды и электроэнергии до конца года», — затем добавил Ермек Кошербаев.",
			[]wantQuote{{"Мы обсудим поставки", "Ермек Кошербаев"}}},
		{"en also said", "en",
			"“Tajikistan and Russia are long-standing strategic partners and allies,” also said Emomali Rahmon.",
			[]wantQuote{{"Tajikistan and Russia", "Emomali Rahmon"}}},
		{"en later added", "en",
			"“We will discuss water and electricity supplies before the end of the year,” later added Yermek Kosherbayev.",
			[]wantQuote{{"We will discuss water", "Yermek Kosherbayev"}}},
	})
}

// TestQuotesUnclosedBeforeAttribution: a paragraph opening with a mark
// that is never closed, broken by ", said X" («…, — сказал X»), is a
// quotation up to that comma; an unclosed mark with no attribution is
// still no quotation.
func TestQuotesUnclosedBeforeAttribution(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en , said X inside", "en",
			"Minister of Energy Almasadam Satkaliyev reported to the public on Monday.\n\n\"I believe that such meetings with the public are an effective instrument of communication, said Mr Satkaliyev adding that the ministry would hold them every year.\n\n\"Today I will tell you about the key results of the ministry's work,\" he noted.",
			[]wantQuote{{"I believe that such meetings", "Almasadam Satkaliyev"}, {"Today I will tell you", "Almasadam Satkaliyev"}}},
		{"ru , — сказал X inside", "ru",
			"Министр энергетики Алмасадам Саткалиев в понедельник отчитался перед населением.\n\n«Такие встречи с населением считаю действенным инструментом общения, — сказал Саткалиев, добавив, что министерство будет проводить их каждый год.\n\n«Сегодня я расскажу об основных итогах работы министерства», — отметил он.",
			[]wantQuote{{"Такие встречи с населением", "Алмасадам Саткалиев"}, {"Сегодня я расскажу", "Алмасадам Саткалиев"}}},
		{"en a stray mark", "en",
			"Minister of Energy Almasadam Satkaliyev reported to the public on Monday. \"The ministry will hold such meetings with the public every year from now on.",
			nil},
		{"ru a stray mark", "ru",
			"Министр энергетики Алмасадам Саткалиев в понедельник отчитался перед населением. «Министерство будет проводить такие встречи с населением каждый год.",
			nil},
	})
}

// TestQuotesPortfolioBeforeName: the capitalised portfolio of a ministry
// ("Minister of Information and Communications Dauren Abayev") ends before
// the holder's name and is no part of it.
func TestQuotesPortfolioBeforeName(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en of X and Y Name", "en",
			"Minister of Information and Communications Dauren Abayev met journalists on Tuesday.\n\n“We will open the ministry's data to everyone by the end of this year,” Abayev said.",
			[]wantQuote{{"We will open the ministry", "Dauren Abayev"}}},
		{"en of Culture and Sports Name", "en",
			"“Libraries in every region will be modernised within three years,” said Minister of Culture and Sports Aktoty Raimkulova.",
			[]wantQuote{{"Libraries in every region", "Aktoty Raimkulova"}}},
		{"ru министр информации и общественного развития", "ru",
			"Министр информации и общественного развития Аида Балаева встретилась с журналистами во вторник.\n\n«Мы откроем данные министерства для всех до конца этого года», — сказала Балаева.",
			[]wantQuote{{"Мы откроем данные", "Аида Балаева"}}},
		{"ru министр культуры и спорта", "ru",
			"«Библиотеки во всех регионах будут модернизированы за три года», — сказала министр культуры и спорта Актоты Раимкулова.",
			[]wantQuote{{"Библиотеки во всех регионах", "Актоты Раимкулова"}}},
	})
}

// TestQuotesOrganisationNameIsNoSpeaker: a capitalised name that ends in
// a word of bodies ("Amnesty International", "Human Rights Watch", «Хьюман
// Райтс Вотч») is an organisation's statement, no person's quotation.
func TestQuotesOrganisationNameIsNoSpeaker(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en X International said", "en",
			"“The authorities must release all detained protesters immediately,” Amnesty International said in a statement.",
			nil},
		{"en said X Watch", "en",
			"“The authorities must release all detained protesters immediately,” said Human Rights Watch.",
			nil},
		{"ru заявила X Вотч", "ru",
			"«Власти должны немедленно освободить всех задержанных протестующих», — заявила Хьюман Райтс Вотч.",
			nil},
		{"ru X Интернешнл сообщила", "ru",
			"«Власти должны немедленно освободить всех задержанных протестующих», — сообщила Эмнести Интернешнл.",
			nil},
		{"en a person still speaks", "en",
			"“The authorities must release all detained protesters immediately,” said Agnes Callamard of Amnesty International.",
			[]wantQuote{{"The authorities must release", "Agnes Callamard"}}},
		{"ru a person still speaks", "ru",
			"«Власти должны немедленно освободить всех задержанных протестующих», — заявила Аньес Каламар.",
			[]wantQuote{{"Власти должны немедленно", "Аньес Каламар"}}},
	})
}

// TestQuotesNationalRoleNeedsItsCountry: a role with a nationality ("the
// Kyrgyz minister", «киргизский министр») resolves only to a subject
// whose title gives that country; another person who is the subject of
// the sentence before ("Antony Blinken said …") is not it.
func TestQuotesNationalRoleNeedsItsCountry(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en titled with the country", "en",
			"Kyrgyz Energy Minister Taalaibek Ibraev met the Kazakh delegation in Bishkek on Monday.\n\n“We will not allow rolling blackouts this winter, we have the reserves,” the Kyrgyz minister noted.",
			[]wantQuote{{"We will not allow", "Taalaibek Ibraev"}}},
		{"en the country in an apposition", "en",
			"Taalaibek Ibraev, Kyrgyzstan's energy minister, met the Kazakh delegation in Bishkek on Monday.\n\n“We will not allow rolling blackouts this winter, we have the reserves,” the Kyrgyz minister noted.",
			[]wantQuote{{"We will not allow", "Taalaibek Ibraev"}}},
		{"en nothing calls the subject Kyrgyz", "en",
			"Dauren Abayev met the delegation in Bishkek on Monday.\n\n“We will not allow rolling blackouts this winter, we have the reserves,” the Kyrgyz minister noted.",
			nil},
		{"ru titled with the country", "ru",
			"Министр энергетики Киргизии Таалайбек Ибраев встретился с казахстанской делегацией в Бишкеке в понедельник.\n\n«Мы не допустим веерных отключений этой зимой, у нас есть резервы», — отметил киргизский министр.",
			[]wantQuote{{"Мы не допустим", "Таалайбек Ибраев"}}},
		{"ru nothing calls the subject Kyrgyz", "ru",
			"Даурен Абаев встретился с делегацией в Бишкеке в понедельник.\n\n«Мы не допустим веерных отключений этой зимой, у нас есть резервы», — отметил киргизский министр.",
			nil},
	})
}

// TestQuotesShortTitleInsideLongQuote: a quotation opened once and closed
// paragraphs later may hold a short title in its own marks (the program
// “Cultural heritage”, программа «Культурное наследие»).
func TestQuotesShortTitleInsideLongQuote(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en “…“title”…\\n\\n…”", "en",
			"Minister Ermukhamet Ertysbaev met the president on Thursday.\n\nE. Ertysbaev said at the briefing: “The head of state gave us a task to complete the program “Cultural heritage” this year and to report on its results.\n\nNext year the ministry will fund other cultural programs of the same kind”.",
			[]wantQuote{{"The head of state gave us a task", "Ermukhamet Ertysbaev"}}},
		{"ru «…«title»…\\n\\n…»", "ru",
			"Министр Ермухамет Ертысбаев встретился с президентом в четверг.\n\nЕ. Ертысбаев сказал на брифинге: «Глава государства поставил задачу завершить программу «Культурное наследие» в этом году и отчитаться о ее итогах.\n\nВ следующем году министерство профинансирует другие культурные программы такого же рода».",
			[]wantQuote{{"Глава государства поставил задачу", "Ермухамет Ертысбаев"}}},
	})
}

// TestQuotesAfterReportedSpeech: a quotation that opens a sentence and
// ends the paragraph, after a sentence reporting one person's words ("X
// said that …"), is that person's; after a sentence naming two people it
// has no speaker.
func TestQuotesAfterReportedSpeech(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en X said that … “…”", "en",
			"On the labour migrants, President Emomali Rahmon said that about a million Tajik nationals live and work in Russia.  “Through their work, they help their families and also the economy of their country.”",
			[]wantQuote{{"Through their work", "Emomali Rahmon"}}},
		{"ru X сказал, что … «…»", "ru",
			"Говоря о мигрантах, президент Эмомали Рахмон сказал, что в России живут и работают около миллиона граждан Таджикистана. «Своим трудом они помогают своим семьям и экономике своей страны».",
			[]wantQuote{{"Своим трудом они помогают", "Эмомали Рахмон"}}},
		{"en two people", "en",
			"Emomali Rahmon said he had met Vladimir Putin in Moscow on Monday. “Through their work, they help their families and also the economy of their country.”",
			nil},
		{"ru two people", "ru",
			"Эмомали Рахмон сказал, что встретился с Владимиром Путиным в Москве. «Своим трудом они помогают своим семьям и экономике своей страны».",
			nil},
		{"en no speech verb", "en",
			"Emomali Rahmon arrived in Moscow on Monday for a two-day visit. “Through their work, they help their families and also the economy of their country.”",
			nil},
	})
}

// TestQuotesPossessorIsNoSpeaker: after the verb, a name that owns the
// speaker's title ("said Tokayev's spokesman Ruslan Zheldibay", «сказал
// пресс-секретарь Токаева Руслан Желдибай») is not the speaker; without
// the aide's name there is none.
func TestQuotesPossessorIsNoSpeaker(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en said X's spokesman Y", "en",
			"“The president has no plans to travel abroad this month at all,” said Tokayev's spokesman Ruslan Zheldibay.",
			[]wantQuote{{"The president has no plans", "Ruslan Zheldibay"}}},
		{"en said X's spokesman", "en",
			"“The president has no plans to travel abroad this month at all,” said Tokayev’s spokesman.",
			nil},
		{"ru сказал пресс-секретарь X-а Y", "ru",
			"«У президента нет планов выезжать за рубеж в этом месяце», — сказал пресс-секретарь Токаева Руслан Желдибай.",
			[]wantQuote{{"У президента нет планов", "Руслан Желдибай"}}},
		{"ru сказал пресс-секретарь X-а", "ru",
			"«У президента нет планов выезжать за рубеж в этом месяце», — сказал пресс-секретарь Токаева.",
			nil},
	})
}

// TestQuotesPronounSkipsNameAfterPreposition: "he" after "Speaking
// alongside Erdogan, Putin said …" is Putin: a name right after a
// preposition is no rival subject.
func TestQuotesPronounSkipsNameAfterPreposition(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en alongside X, Y said", "en",
			"Speaking to reporters alongside Erdogan, Putin said the talks had been useful. “We have agreed on the main points of the grain deal today,” he said.",
			[]wantQuote{{"We have agreed on the main points", "Putin"}}},
		{"ru вместе с X, Y сказал", "ru",
			"Выступая перед журналистами вместе с Эрдоганом, Путин сказал, что переговоры были полезными. «Сегодня мы договорились по основным пунктам зерновой сделки», — сказал он.",
			[]wantQuote{{"Сегодня мы договорились", "Владимир Путин"}}},
	})
}

// TestQuotesJointSpeakersAndPlurals: two speakers of one quotation ("said
// Tokayev and Mirziyoyev", «заявили Токаев и Мирзиёев») make it no one's;
// a sentence about several people ("The two leaders also discussed …",
// «Стороны также обсудили …») between "he" and a speaker leaves "he"
// unresolved; a capitalised name after "the" ("the Syr Darya") is a place.
func TestQuotesJointSpeakersAndPlurals(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en said X and Y", "en",
			"“We have agreed to build the railway together by the end of 2030,” said Tokayev and Mirziyoyev.",
			nil},
		{"ru сказали X и Y", "ru",
			"«Мы договорились вместе построить железную дорогу к концу 2030 года», — сказали Токаев и Мирзиёев.",
			nil},
		{"en the two leaders between", "en",
			"“We agreed to double trade by the end of the decade,” said Tokayev.\n\nThe two leaders also discussed water sharing on the Syr Darya.\n\n“The water belongs to all of us and we must share it fairly,” he said.",
			[]wantQuote{{"We agreed to double trade", "Tokayev"}}},
		{"ru стороны между", "ru",
			"«Мы договорились удвоить товарооборот к концу десятилетия», — сказал Токаев.\n\nСтороны также обсудили раздел воды Сырдарьи.\n\n«Вода принадлежит всем нам, и мы должны делить ее справедливо», — сказал он.",
			[]wantQuote{{"Мы договорились удвоить", "Касым-Жомарт Токаев"}}},
		{"en a sentence about him between", "en",
			"“We agreed to double trade by the end of the decade,” said Tokayev.\n\nHe also discussed water sharing with his host.\n\n“The water belongs to all of us and we must share it fairly,” he said.",
			[]wantQuote{{"We agreed to double trade", "Tokayev"}, {"The water belongs", "Tokayev"}}},
	})
}

// TestQuotesSubjectOfTheMainClause: "X …, adding: “…”" is the main
// clause's subject's; a name in an opening adverbial clause ("After
// meeting Mirziyoyev, Tokayev said") or a relative clause ("The report,
// which Tokayev commissioned, said") is not the subject.
func TestQuotesSubjectOfTheMainClause(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en after meeting X, Y … said:", "en",
			"After meeting Mirziyoyev, Tokayev went to the airport and said: “We are closer than ever before on the water issue.”",
			[]wantQuote{{"We are closer than ever", "Tokayev"}}},
		{"ru после встречи с X Y … сказал:", "ru",
			"После встречи с Мирзиёевым Токаев отправился в аэропорт и сказал: «Мы близки как никогда по вопросу воды».",
			[]wantQuote{{"Мы близки как никогда", "Касым-Жомарт Токаев"}}},
		{"en the report, which X commissioned, said", "en",
			"The report, which Tokayev commissioned, criticised the ministry, saying: “The ministry failed to act on the warnings for years.”",
			nil},
		{"ru доклад, который заказал X, заявив", "ru",
			"Доклад, который заказал Токаев, раскритиковал министерство, заявив: «Министерство годами не реагировало на предупреждения».",
			nil},
	})
}

// TestQuotesSentenceAdverbsAndComplements: an adverb or emphatic pronoun
// opening the sentence («Позже Ибраев», «Сам Ибраев», "Later Ibraev") is
// no first name; an adverb between a pronoun and the verb («Он также
// добавил:», "He also said:") and a long complement before a lone surname
// («— отметил в беседе с журналистами Ибраев») keep the attribution.
func TestQuotesSentenceAdverbsAndComplements(t *testing.T) {
	const ruPre = "Министр энергетики Киргизии Таалайбек Ибраев провел встречу с коллегами в Бишкеке. "
	const enPre = "Kyrgyz Energy Minister Taalaibek Ibraev met colleagues in Bishkek on Monday. "
	const ruQ = "«Мы продолжим переговоры о поставках воды до конца этого года»"
	const enQ = "“We will keep talking about water supplies until the end of this year.”"
	runQuoteCases(t, []quoteCase{
		{"ru Позже X добавил:", "ru", ruPre + "Позже Ибраев добавил: " + ruQ + ".", []wantQuote{{"Мы продолжим", "Таалайбек Ибраев"}}},
		{"en Later X added:", "en", enPre + "Later Ibraev added: " + enQ, []wantQuote{{"We will keep talking", "Taalaibek Ibraev"}}},
		{"ru Сам X заявил:", "ru", ruPre + "Сам Ибраев заявил: " + ruQ + ".", []wantQuote{{"Мы продолжим", "Таалайбек Ибраев"}}},
		{"en X himself said:", "en", enPre + "Ibraev himself said: " + enQ, []wantQuote{{"We will keep talking", "Taalaibek Ibraev"}}},
		{"ru Он также добавил:", "ru", ruPre + "Он также добавил: " + ruQ + ".", []wantQuote{{"Мы продолжим", "Таалайбек Ибраев"}}},
		{"en He also said:", "en", enPre + "He also said: " + enQ, []wantQuote{{"We will keep talking", "Taalaibek Ibraev"}}},
		{"ru — отметил в беседе с журналистами X", "ru", ruPre + "\n\n" + ruQ + ", — отметил в беседе с журналистами Ибраев.", []wantQuote{{"Мы продолжим", "Таалайбек Ибраев"}}},
		{"en X noted in a conversation with reporters", "en", enPre + "\n\n“We will keep talking about water supplies until the end of this year,” Ibraev noted in a conversation with reporters.", []wantQuote{{"We will keep talking", "Taalaibek Ibraev"}}},
		{"ru — акцентировал X", "ru", ruQ + ", — акцентировал Таалайбек Ибраев.", []wantQuote{{"Мы продолжим", "Таалайбек Ибраев"}}},
		{"en concludes X", "en", "“We will keep talking about water supplies until the end of this year,” concludes Taalaibek Ibraev.", []wantQuote{{"We will keep talking", "Taalaibek Ibraev"}}},
	})
}

// TestQuotesAppositionWithCountryPossessive: an apposition opening with a
// country's possessive (", Kyrgyzstan's energy minister,") between the
// name and the verb keeps the name as the speaker; Russian puts the title
// first («, министр энергетики Киргизии,»).
func TestQuotesAppositionWithCountryPossessive(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en after the quotation", "en",
			"“We will keep talking about water supplies until the end of this year,” Taalaibek Ibraev, Kyrgyzstan's energy minister, said on Monday.",
			[]wantQuote{{"We will keep talking", "Taalaibek Ibraev"}}},
		{"en before a colon", "en",
			"Taalaibek Ibraev, Kyrgyzstan’s energy minister, said: “We will keep talking about water supplies until the end of this year.”",
			[]wantQuote{{"We will keep talking", "Taalaibek Ibraev"}}},
		{"ru after the quotation", "ru",
			"«Мы продолжим переговоры о поставках воды до конца этого года», — Таалайбек Ибраев, министр энергетики Киргизии, сказал журналистам.",
			[]wantQuote{{"Мы продолжим переговоры", "Таалайбек Ибраев"}}},
		{"ru before a colon", "ru",
			"Таалайбек Ибраев, министр энергетики Киргизии, заявил: «Мы продолжим переговоры о поставках воды до конца этого года».",
			[]wantQuote{{"Мы продолжим переговоры", "Таалайбек Ибраев"}}},
	})
}

// TestQuotesLongerTitles: titles of the region's officials with more
// words before the name: akims and first deputies, a body's name with an
// adjective («Киргизской Республики», «Национального банка»), a long
// complement between the verb and the title, «пресс-конференции» being
// no press secretary.
func TestQuotesLongerTitles(t *testing.T) {
	const ruQ = "«Мы продолжим переговоры о поставках воды до конца этого года», — "
	const enQ = "“We will keep talking about water supplies until the end of this year,” "
	runQuoteCases(t, []quoteCase{
		{"ru аким", "ru", ruQ + "заявил аким Алматы Ерболат Досаев.", []wantQuote{{"Мы продолжим", "Ерболат Досаев"}}},
		{"en akim", "en", enQ + "said Almaty akim Yerbolat Dosaev.", []wantQuote{{"We will keep talking", "Yerbolat Dosaev"}}},
		{"ru первый заместитель", "ru", ruQ + "сказал первый заместитель министра энергетики Таалайбек Ибраев.", []wantQuote{{"Мы продолжим", "Таалайбек Ибраев"}}},
		{"en First Deputy", "en", enQ + "said First Deputy Energy Minister Taalaibek Ibraev.", []wantQuote{{"We will keep talking", "Taalaibek Ibraev"}}},
		{"ru Киргизской Республики", "ru", ruQ + "сказал министр энергетики Киргизской Республики Таалайбек Ибраев.", []wantQuote{{"Мы продолжим", "Таалайбек Ибраев"}}},
		{"en of the Kyrgyz Republic", "en", enQ + "said Taalaibek Ibraev, Energy Minister of the Kyrgyz Republic.", []wantQuote{{"We will keep talking", "Taalaibek Ibraev"}}},
		{"ru Национального банка", "ru", ruQ + "заявил председатель Национального банка Тимур Сулейменов.", []wantQuote{{"Мы продолжим", "Тимур Сулейменов"}}},
		{"ru complement with a place", "ru", ruQ + "сказал в понедельник на пресс-конференции в Бишкеке министр энергетики Таалайбек Ибраев.", []wantQuote{{"Мы продолжим", "Таалайбек Ибраев"}}},
		{"en complement with a place", "en", enQ + "Energy Minister Taalaibek Ibraev told a news conference in Bishkek on Monday.", []wantQuote{{"We will keep talking", "Taalaibek Ibraev"}}},
	})
}

// TestQuotesExpressedBeforeColon: a verb and its object before a colon
// («выразил надежду:», "expressed hope:") introduce the speaker's words
// like a speech verb.
func TestQuotesExpressedBeforeColon(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru выразил уверенность:", "ru",
			"Министр энергетики Киргизии Таалайбек Ибраев выразил уверенность: «Мы продолжим переговоры о поставках воды до конца этого года».",
			[]wantQuote{{"Мы продолжим", "Таалайбек Ибраев"}}},
		{"ru также выразил надежду:", "ru",
			"Министр энергетики Киргизии Таалайбек Ибраев провел встречу с коллегами в Бишкеке. Ибраев также выразил надежду: «Мы продолжим переговоры о поставках воды до конца этого года».",
			[]wantQuote{{"Мы продолжим", "Таалайбек Ибраев"}}},
		{"en expressed hope:", "en",
			"Kyrgyz Energy Minister Taalaibek Ibraev expressed hope: “We will keep talking about water supplies until the end of this year.”",
			[]wantQuote{{"We will keep talking", "Taalaibek Ibraev"}}},
		{"en he expressed confidence:", "en",
			"Kyrgyz Energy Minister Taalaibek Ibraev met colleagues in Bishkek. He expressed confidence: “We will keep talking about water supplies until the end of this year.”",
			[]wantQuote{{"We will keep talking", "Taalaibek Ibraev"}}},
	})
}

// TestQuotesPassiveAddressee: "Putin was told by Tokayev" (the name before
// a passive speech verb is the addressee) gives no speaker by that name;
// "Tokayev told Putin" gives Tokayev.
func TestQuotesPassiveAddressee(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en X was told by Y", "en",
			"“We will keep talking about water supplies until the end of this year,” Putin was told by Tokayev.",
			nil},
		{"en X told Y", "en",
			"“We will keep talking about water supplies until the end of this year,” Tokayev told Putin.",
			[]wantQuote{{"We will keep talking", "Tokayev"}}},
		{"ru X-у было сказано Y-ом", "ru",
			"«Мы продолжим переговоры о поставках воды до конца этого года», — Путину было сказано Токаевым.",
			nil},
		{"ru сказал X Y-у", "ru",
			"«Мы продолжим переговоры о поставках воды до конца этого года», — сказал Токаев Путину.",
			[]wantQuote{{"Мы продолжим", "Касым-Жомарт Токаев"}}},
	})
}

// TestQuotesAddresseeAfterSpeaker: an addressee named right after the
// speaker («— сказал Ибраев Кулубаеву», «… Айгуль Бековой» in the dative
// or instrumental; "Ibraev told Kulubaev") is not part of the speaker's
// name.
func TestQuotesAddresseeAfterSpeaker(t *testing.T) {
	const ruQ = "«Мы продолжим переговоры о поставках воды до конца этого года», — "
	const enQ = "“We will keep talking about water supplies until the end of this year,” "
	runQuoteCases(t, []quoteCase{
		{"ru full name, then dative full name", "ru", ruQ + "сказал Таалайбек Ибраев Жээнбеку Кулубаеву.", []wantQuote{{"Мы продолжим", "Таалайбек Ибраев"}}},
		{"ru full name, then a woman's dative name", "ru", ruQ + "пообещал Таалайбек Ибраев Айгуль Бековой.", []wantQuote{{"Мы продолжим", "Таалайбек Ибраев"}}},
		{"ru surname named before, then dative surname", "ru",
			"Министр энергетики Таалайбек Ибраев встретился с послом. " + ruQ + "сказал Ибраев Кулубаеву.", []wantQuote{{"Мы продолжим", "Таалайбек Ибраев"}}},
		{"ru a lone surname and a dative one", "ru", ruQ + "ответил Ибраев Кулубаеву.", nil},
		{"en told an addressee", "en", enQ + "Taalaibek Ibraev told Zheenbek Kulubaev.", []wantQuote{{"We will keep talking", "Taalaibek Ibraev"}}},
	})
}

// TestQuotesDemonymAndDescriptor: a demonym before a lower-case descriptor
// ("Tajik opposition leader Muhiddin Kabiri", «таджикский оппозиционный
// лидер Мухиддин Кабири») is a description of the named speaker.
func TestQuotesDemonymAndDescriptor(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en said Demonym descriptor Name", "en",
			"“We will keep talking about water supplies until the end of this year,” said Tajik opposition leader Muhiddin Kabiri.",
			[]wantQuote{{"We will keep talking", "Muhiddin Kabiri"}}},
		{"en Demonym descriptor Name said", "en",
			"“We will keep talking about water supplies until the end of this year,” Tajik opposition leader Muhiddin Kabiri said.",
			[]wantQuote{{"We will keep talking", "Muhiddin Kabiri"}}},
		{"ru сказал прилагательное лидер Имя", "ru",
			"«Мы продолжим переговоры о поставках воды до конца этого года», — сказал таджикский оппозиционный лидер Мухиддин Кабири.",
			[]wantQuote{{"Мы продолжим", "Мухиддин Кабири"}}},
	})
}
