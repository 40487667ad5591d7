package analyze

import "testing"

// TestQuotesSingleMarks: English pages that quote in single marks (‘…’
// or '…', British style) give quotations like double marks do, with
// apostrophes inside (don’t, Kazakhstan’s, O’Brien, ’90s, the farmers’
// market) left alone; a quotation nested in one, and a fragment in the
// reporter's sentence, are no quotations of their own. Russian text keeps
// «…» as its only marks: single marks and apostrophes in it quote nothing.
func TestQuotesSingleMarks(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en curly marks with apostrophes, ', he said'", "en",
			"Almaty mayor Yerbolat Dossayev spoke on Monday.\n‘We don’t know yet when the new metro line to the airport will open,’ he said.",
			[]wantQuote{{"We don’t know yet", "Yerbolat Dossayev"}}},
		{"en straight marks, name after the verb", "en",
			"'The farmers' markets of Kazakhstan's south will reopen after the ’90s rules go,' said Aidar O'Brien.",
			[]wantQuote{{"The farmers' markets of Kazakhstan's south", "Aidar O'Brien"}}},
		{"en X says: 'quotation'", "en",
			"Reflecting on the year, Kassym-Jomart Tokayev says: 'We have endured floods and fires, but through it all we kept America's and Europe's trust'",
			[]wantQuote{{"We have endured floods and fires", "Kassym-Jomart Tokayev"}}},
		{"en nested single marks, the outer closes later", "en",
			"'The times are hard. Big countries ask: 'Uzbekistan, which side are you on?' I have a single answer to this question,' Shavkat Mirziyoyev said.",
			[]wantQuote{{"The times are hard.", "Shavkat Mirziyoyev"}}},
		{"en the paragraph's last mark closes a nested one too", "en",
			"Amy Webster was in Borough Market when the attack began.\nMs Webster explained: 'We started to come back into the restaurant and someone was saying: 'A girl's been stabbed.'",
			[]wantQuote{{"We started to come back", "Amy Webster"}}},
		{"en a fragment in the reporter's sentence", "en",
			"Australia’s defence minister Richard Marles says the threat ‘cannot be allowed to stand in any way at all’ and promises help.",
			nil},
		{"en a short standfirst fragment", "en",
			"Exclusive: ‘Rapid transition to regenerative farming’ needed, says prince, as data reveals farms lost since 1990",
			nil},
		{"en apostrophes only", "en",
			"Kazakhstan’s president didn’t say when O’Brien’s visit, planned since the ’90s, would start, said Aidar Bekov.",
			nil},
		{"ru «…» with an apostrophe inside", "ru",
			"«Мы пригласили д’Артаньяна и О’Брайена на фестиваль в Алматы в этом году», — сказал Ерлан Карин.",
			[]wantQuote{{"Мы пригласили д’Артаньяна", "Ерлан Карин"}}},
		{"ru single marks in the reporter's sentence quote nothing", "ru",
			"Ерлан Карин назвал проект ‘Важным шагом для всего региона в этом и следующем году’ и уехал в Астану.",
			nil},
	})
}

// TestQuotesTitlePlaceIsNoFirstName: the place that completes a title
// («мэр Москвы», «губернатор Алтайского края», "Mayor of Kyiv") is no
// first name of the person named after it, when the surname alone speaks
// later.
func TestQuotesTitlePlaceIsNoFirstName(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en Mayor of City Name, then the surname", "en",
			"Mayor of Kyiv Vitali Klitschko held a session on Monday.\n“The deputies are working on the defence of the city and its people,” Klitschko said.",
			[]wantQuote{{"The deputies are working", "Vitali Klitschko"}}},
		{"ru мэр Города Имя Фамилия, then the surname", "ru",
			"Мэр Москвы Сергей Собянин провел совещание в понедельник.\n«Депутаты работают на обеспечение обороны города и защиты его жителей», — сообщил Собянин.",
			[]wantQuote{{"Депутаты работают", "Сергей Собянин"}}},
		{"ru мэр Киева in a sentence before", "ru",
			"Об этом сообщил мэр Киева Виталий Кличко в своих соцсетях. «Депутаты работают на обеспечение обороны города и защиты его жителей», — сообщил Кличко.",
			[]wantQuote{{"Депутаты работают", "Виталий Кличко"}}},
		{"en a place as a surname's first word stays when no title precedes", "en",
			"Astana resident Bolat Nurlanov spoke to reporters.\n“The deputies are working on the defence of the city and its people,” Nurlanov said.",
			[]wantQuote{{"The deputies are working", "Bolat Nurlanov"}}},
	})
}

// TestQuotesRunOnAfterAttribution: a quotation of several paragraphs may
// open after its attribution inside the first paragraph (Danielle said:
// “…, «Даниэла рассказала: «…), left open there, the next paragraph
// opening with the same mark; every paragraph of it is the speaker's. A
// mark the next paragraph does not reopen stays a stray one.
func TestQuotesRunOnAfterAttribution(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en first name said: “… then “…”", "en",
			"Danielle Harrison, 24, was forced to flee a shaking cinema.\nDanielle said: “We had only been in there for 10 minutes when everything started shaking.\n“The pavements were coming up and then we walked towards the city centre.”",
			[]wantQuote{{"We had only been", "Danielle Harrison"}, {"The pavements were coming up", "Danielle Harrison"}}},
		{"ru имя рассказала: «… then «…»", "ru",
			"Даниэла Харрисон, 24 года, вместе с другом бежала из кинотеатра.\nДаниэла рассказала: «Мы пробыли там всего десять минут, когда все начало трястись.\n«Тротуары вздымались, а потом мы пошли к центру города и видели, как падают здания».",
			[]wantQuote{{"Мы пробыли там", "Даниэла Харрисон"}, {"Тротуары вздымались", "Даниэла Харрисон"}}},
		{"en a stray mark the next paragraph does not reopen", "en",
			"Danielle Harrison, 24, was forced to flee a shaking cinema.\nDanielle said: “We had only been in there for 10 minutes when everything started shaking.\nThe couple are due to fly on to Sydney in two weeks.",
			nil},
		{"ru непарная кавычка без продолжения", "ru",
			"Даниэла Харрисон, 24 года, вместе с другом бежала из кинотеатра.\nДаниэла рассказала: «Мы пробыли там всего десять минут, когда все начало трястись.\nЧерез две недели пара улетит в Сидней.",
			nil},
	})
}

// TestQuotesPronounThroughUnnamedSentences: "he"/«он» reaches the person
// named several sentences back when the sentences between name no one
// (they go on about him: "He decided …", "During the meeting he said that
// …", "the leader stressed"); a sentence naming someone else between them
// still stops it.
func TestQuotesPronounThroughUnnamedSentences(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en four unnamed sentences, then he", "en",
			"Kazakhstan's President Kassym-Jomart Tokayev visited Almaty on Wednesday. He decided to assess the damage himself.\n\nDuring the meeting of the headquarters he said that the city would be better than before. The work must be done \"in the shortest time\", the Kazakh leader stressed.\n\n“This is, one may say, a matter of honour for me as president and as a citizen of our state,” he remarked.",
			[]wantQuote{{"This is, one may say", "Kassym-Jomart Tokayev"}}},
		{"ru four unnamed sentences, then он", "ru",
			"Президент Казахстана Касым-Жомарт Токаев посетил Алма-Ату в среду. Он решил лично оценить ущерб.\n\nВо время заседания штаба он заявил, что город станет лучше прежнего. Власти должны провести работы «в самое короткое время», подчеркнул казахстанский лидер.\n\n«Это, можно сказать, дело чести для меня как президента и как гражданина нашего государства», — высказался он.",
			[]wantQuote{{"Это, можно сказать", "Касым-Жомарт Токаев"}}},
		{"en another person named between", "en",
			"Kazakhstan's President Kassym-Jomart Tokayev visited Almaty on Wednesday. He decided to assess the damage himself.\n\nDuring the meeting Akim Yerbolat Dossayev reported on the repairs. The work must be done quickly.\n\n“This is a matter of honour for me as a citizen of our state and of this city,” he remarked.",
			[]wantQuote{{"This is a matter of honour", "Yerbolat Dossayev"}}},
		{"ru another person named between", "ru",
			"Президент Казахстана Касым-Жомарт Токаев посетил Алма-Ату в среду. Он решил лично оценить ущерб.\n\nНа заседании аким Ерболат Досаев доложил о ремонте. Работы должны пройти быстро.\n\n«Это дело чести для меня как гражданина нашего государства и этого города», — высказался он.",
			[]wantQuote{{"Это дело чести", "Ерболат Досаев"}}},
	})
}

// TestQuotesNamesakeOfLeader: a woman's first name right before a known
// leader's surname in the -а form names her, not him («Саида Мирзиёева»
// beside «Шавката Мирзиёева»), so «она» is her; the leader's own first
// name in any case (Шавката Мирзиёева) is still him. English writes such
// a surname in its own form ("Saida Karimova"), a name like any other.
func TestQuotesNamesakeOfLeader(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru Имя Фамилия-а, then она", "ru",
			"Руководитель администрации Саида Мирзиёева ответила на вопрос о методах работы президента Шавката Мирзиёева. «Посмотрите, за девять лет какие он сделал реформы», — сказала она об отце.",
			[]wantQuote{{"Посмотрите, за девять лет", "Саида Мирзиёева"}}},
		{"en a namesake's first name before a surname, then she", "en",
			"Presidential aide Saida Karimova answered a question about the methods of the president. “Look at the reforms he has made in nine years,” she said of him.",
			[]wantQuote{{"Look at the reforms", "Saida Karimova"}}},
		{"ru the leader's first name in the genitive is him", "ru",
			"Шавката Мирзиёева встретили в Ташкенте в пятницу. «Посмотрите, за девять лет какие реформы сделаны в нашей стране», — сказал он.",
			[]wantQuote{{"Посмотрите, за девять лет", "Шавкат Мирзиёев"}}},
		{"en the leader's own name is him", "en",
			"Shavkat Mirziyoyev was welcomed in Tashkent on Friday. “Look at the reforms made in our country in nine years,” he said.",
			[]wantQuote{{"Look at the reforms", "Shavkat Mirziyoyev"}}},
	})
}

// TestQuotesClosedInNextParagraph: a quotation opened inside a paragraph
// and closed in the next one before its attribution ("…\n\n…," Klitschko
// wrote · «…\n\n…», — сообщил Кличко), in straight or curly marks, is the
// speaker's; its first paragraph is the quotation. The closing paragraph
// alone, whose speech began earlier, is never a quotation of its own.
func TestQuotesClosedInNextParagraph(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en straight marks, attribution after the close", "en",
			"Kyiv mayor Vitali Klitschko wrote about it on social media. \"At such a difficult moment for our country and capital most deputies are in the city.\n\nThey work to defend the city and protect its people,\" Klitschko wrote.",
			[]wantQuote{{"At such a difficult moment", "Vitali Klitschko"}}},
		{"ru straight marks, attribution after the close", "ru",
			"Об этом сообщил мэр Киева Виталий Кличко в своих соцсетях. \"В столь сложный для нашей страны и столицы момент большинство депутатов в городе.\n\nРаботают на обеспечение обороны города, защиты жителей столицы\", — сообщил Кличко.",
			[]wantQuote{{"В столь сложный", "Виталий Кличко"}}},
		{"ru «…» closed in the next paragraph", "ru",
			"Мэр Киева Виталий Кличко провел заседание. «В столь сложный для нашей страны и столицы момент большинство депутатов в городе.\n\nРаботают на обеспечение обороны города, защиты жителей столицы», — сообщил Кличко.",
			[]wantQuote{{"В столь сложный", "Виталий Кличко"}}},
		{"ru the closing paragraph alone is no quotation", "ru",
			"Работают на обеспечение обороны города, защиты жителей столицы и всех районов\", — сообщил Виталий Кличко.",
			nil},
	})
}

// TestQuotesMemberTitle: "member"/«член», «участник» head a speaker's
// title after the verb, also after «другой»/"another" («— заявил другой
// член ОО Замирбек Кочербаев», "said another association member X"); a
// member without a person's name (a party, a body) is no speaker.
func TestQuotesMemberTitle(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en another association member Name", "en",
			"“If you eat the bread of Kyrgyzstan and live here, you must know the language,” said another association member Zamirbek Kocherbaev.",
			[]wantQuote{{"If you eat the bread", "Zamirbek Kocherbaev"}}},
		{"ru другой член ОО Имя Фамилия", "ru",
			"«Раз вы кушаете хлеб Кыргызстана, живете тут, то должны знать кыргызский», - заявил другой член ОО Замирбек Кочербаев.",
			[]wantQuote{{"Раз вы кушаете хлеб", "Замирбек Кочербаев"}}},
		{"ru другая участница акции Имя Фамилия", "ru",
			"«Мы вышли сюда, потому что никто не слышит жителей нашего района», — заявила другая участница акции Айгуль Бекова.",
			[]wantQuote{{"Мы вышли сюда", "Айгуль Бекова"}}},
		{"en a member body, no person", "en",
			"“If you eat the bread of Kyrgyzstan and live here, you must know the language,” said another member of the coalition.",
			nil},
		{"ru член без имени", "ru",
			"«Раз вы кушаете хлеб Кыргызстана, живете тут, то должны знать кыргызский», - заявил другой член объединения.",
			nil},
	})
}

// TestQuotesAnswerInTwoParagraphs: one answer in two paragraphs, the
// attribution at the end of the second («— A.\nB, — сказал X.»; in English
// “A.\n“B,” X said.), is the speaker's in both; a question in the dash
// paragraph is the interviewer's turn and stays unattributed.
func TestQuotesAnswerInTwoParagraphs(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en run-on paragraphs, attribution in the last", "en",
			"“It is hard to say anything after such a match. I take the defeat on myself.\n“Before the game I said that if anyone is afraid, we should not go out at all,” Samat Smakov said after the match.",
			[]wantQuote{{"It is hard to say anything", "Samat Smakov"}, {"Before the game I said", "Samat Smakov"}}},
		{"ru dash paragraph, then unmarked speech with the attribution", "ru",
			"— Тяжело что-то говорить после такого матча. Беру поражение на себя — в первом тайме мы полностью провалились.\nПеред игрой я говорил: если кто-то боится, давайте не выйдем, но не будем позориться, — сказал Самат Смаков после матча.",
			[]wantQuote{{"Тяжело что-то говорить", "Самат Смаков"}, {"Перед игрой я говорил", "Самат Смаков"}}},
		{"ru a question in the dash paragraph is not the speaker's", "ru",
			"— Почему команда так плохо провела первый тайм и кто виноват в поражении?\nПеред игрой я говорил: если кто-то боится, давайте не выйдем, но не будем позориться, — сказал Самат Смаков после матча.",
			[]wantQuote{{"Перед игрой я говорил", "Самат Смаков"}}},
	})
}

// TestQuotesSubjectLeftOut: a Russian sentence with no subject («Однако на
// просьбу …, ответил: «…»») goes on with the speaker of the sentence before
// it in the paragraph; in English the subject is left out inside one
// sentence ("X said …, and, asked to repeat it, replied: “…”"). A sentence
// before that names no speaker gives none, and a name in the genitive
// before a past-tense verb («на вопрос Замирбека Кочербаева ответил:») is
// no subject of it.
func TestQuotesSubjectLeftOut(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en subject left out within the sentence", "en",
			"Chairman Kubanychbek Duisheev said that journalists misunderstood them and, asked to repeat his speech in the official language, replied: “We are not obliged to speak Russian. Write as you like!”",
			[]wantQuote{{"We are not obliged", "Kubanychbek Duisheev"}}},
		{"ru subject of the sentence before", "ru",
			"Председатель общественного объединения Кубанычбек Дуйшеев заявил, что журналисты их не так понимают. Однако на просьбу прессы повторить свое выступление на официальном языке, ответил: «Мы не обязаны выступать на русском. Как хотите, так и пишите!»",
			[]wantQuote{{"Мы не обязаны", "Кубанычбек Дуйшеев"}}},
		{"ru the sentence before names no speaker", "ru",
			"Пресс-конференция прошла в Бишкеке в понедельник. Однако на просьбу прессы повторить свое выступление на официальном языке, ответил: «Мы не обязаны выступать на русском. Как хотите, так и пишите!»",
			nil},
		{"ru another person named in the subjectless sentence", "ru",
			"Председатель объединения Кубанычбек Дуйшеев заявил, что журналисты их не так понимают. Однако на вопрос Замирбека Кочербаева ответил: «Мы не обязаны выступать на русском. Как хотите, так и пишите!»",
			nil},
	})
}

// TestQuotesAcronymIsNoFirstName: a body's acronym before a titled name
// at the start of a sentence («Глава МИД Ермек Кошербаев заявил:», "UN
// chief António Guterres said:") is no first name of the speaker.
func TestQuotesAcronymIsNoFirstName(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en acronym, title, name said:", "en",
			"UN Secretary-General Antonio Guterres said: “We will keep talking about water supplies until the end of this year.”",
			[]wantQuote{{"We will keep talking", "Antonio Guterres"}}},
		{"ru Глава МИД Имя Фамилия заявил:", "ru",
			"Глава МИД Ермек Кошербаев заявил: «Мы продолжим переговоры о поставках воды до конца этого года».",
			[]wantQuote{{"Мы продолжим переговоры", "Ермек Кошербаев"}}},
		{"ru Глава МИД Имя Фамилия ответил так:", "ru",
			"Глава МИД Ермек Кошербаев ответил журналистам так: «Мы продолжим переговоры о поставках воды до конца этого года».",
			[]wantQuote{{"Мы продолжим переговоры", "Ермек Кошербаев"}}},
	})
}

// TestQuotesPressOfficeQuotes: a body's press office quoting its people
// («— цитирует пресс-служба министерства слова X», "the ministry quoted X
// as saying") names X, in English also when the article gives the name only
// there; a body quoting a body names no one.
func TestQuotesPressOfficeQuotes(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en the ministry quoted X as saying", "en",
			"“We will keep talking about water supplies until the end of this year,” the ministry quoted Yermek Kosherbayev as saying.",
			[]wantQuote{{"We will keep talking", "Yermek Kosherbayev"}}},
		{"ru цитирует пресс-служба слова X", "ru",
			"«Мы продолжим переговоры о поставках воды до конца этого года», — цитирует пресс-служба министерства слова Ермека Кошербаева.",
			[]wantQuote{{"Мы продолжим переговоры", "Ермек Кошербаев"}}},
		{"en an agency quoting a ministry", "en",
			"“We will keep talking about water supplies until the end of this year,” Interfax quoted the Kyrgyz Foreign Ministry as saying.",
			nil},
		{"ru пресс-служба цитирует министерство", "ru",
			"«Мы продолжим переговоры о поставках воды до конца этого года», — цитирует пресс-служба министерства.",
			nil},
	})
}

// TestQuotesSharedWithMedium: a medium or an addressee between the verb
// and the name, a site's domain among them («— поделился с журналистами
// X», «— поделился с Kaktus.media X», «— рассказал 24.kg X»; "X told
// 24.kg", "said X in a conversation with Kaktus.media"); «с коллегой»
// may be the speaker's own apposition and gives no one.
func TestQuotesSharedWithMedium(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en told a domain", "en",
			"“We will keep talking about water supplies until the end of this year,” Yermek Kosherbayev told 24.kg.",
			[]wantQuote{{"We will keep talking", "Yermek Kosherbayev"}}},
		{"en said with reporters after the name", "en",
			"“We will keep talking about water supplies until the end of this year,” said Yermek Kosherbayev in a conversation with Kaktus.media.",
			[]wantQuote{{"We will keep talking", "Yermek Kosherbayev"}}},
		{"ru поделился с журналистами", "ru",
			"«Мы продолжим переговоры о поставках воды до конца этого года», — поделился с журналистами Ермек Кошербаев.",
			[]wantQuote{{"Мы продолжим переговоры", "Ермек Кошербаев"}}},
		{"ru поделился с Kaktus.media", "ru",
			"«Мы продолжим переговоры о поставках воды до конца этого года», — поделился с Kaktus.media Ермек Кошербаев.",
			[]wantQuote{{"Мы продолжим переговоры", "Ермек Кошербаев"}}},
		{"ru рассказал 24.kg", "ru",
			"«Мы продолжим переговоры о поставках воды до конца этого года», — рассказал 24.kg Ермек Кошербаев.",
			[]wantQuote{{"Мы продолжим переговоры", "Ермек Кошербаев"}}},
		{"ru поделился с коллегой: no speaker", "ru",
			"«Мы продолжим переговоры о поставках воды до конца этого года», — поделился с коллегой Ермек Кошербаев.",
			nil},
	})
}

// TestQuotesOfficeRoles: courts, sport and local government name their
// people by office after first giving the name ("the lawyer said", "the
// akim stressed", «— говорит адвокат», «— подчеркнул аким»), and an
// addressee with a medium may stand before the title («— рассказал
// корреспонденту 24.kg пресс-секретарь X»). A woman's name in the genitive
// after a genitive title («помощник министра Айгуль Бековой») is the
// office-holder's, not the speaker's.
func TestQuotesOfficeRoles(t *testing.T) {
	const ru = "«Мы продолжим переговоры о поставках воды до конца этого года», — "
	const en = "“We will keep talking about water supplies until the end of this year,” "
	runQuoteCases(t, []quoteCase{
		{"en the lawyer said", "en",
			"Lawyer Zhanar Musina disagreed with the verdict.\n" + en + "the lawyer said.",
			[]wantQuote{{"We will keep talking", "Zhanar Musina"}}},
		{"ru говорит адвокат", "ru",
			"Адвокат Жанар Мусина не согласна с приговором.\n" + ru + "говорит адвокат.",
			[]wantQuote{{"Мы продолжим переговоры", "Жанар Мусина"}}},
		{"en the akim stressed", "en",
			"Shymkent akim Yermek Kosherbayev held a meeting.\n" + en + "the akim stressed.",
			[]wantQuote{{"We will keep talking", "Yermek Kosherbayev"}}},
		{"ru подчеркнул аким", "ru",
			"Аким Шымкента Ермек Кошербаев провел совещание.\n" + ru + "подчеркнул аким.",
			[]wantQuote{{"Мы продолжим переговоры", "Ермек Кошербаев"}}},
		{"ru a genitive woman's name after a genitive title", "ru",
			ru + "рассказала помощник министра Айгуль Бековой.",
			nil},
		{"ru корреспонденту 24.kg, then a title and a name", "ru",
			ru + "рассказал корреспонденту 24.kg пресс-секретарь президента Ермек Кошербаев.",
			[]wantQuote{{"Мы продолжим переговоры", "Ермек Кошербаев"}}},
	})
}

// TestQuotesSplitSingleMarks: a quotation split by its attribution in
// single marks (‘A,’ said X, ‘but B.’ · 'A,' said X, 'but B.') is one
// quotation, its second half opening in lower case after the comma, as
// «А, — сказал X, — но Б» is in Russian; a lower-case word after a
// straight mark elsewhere (rock 'n' roll, 'cause) opens nothing.
func TestQuotesSplitSingleMarks(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en curly single marks split", "en",
			"‘It will take time,’ said Yermek Kosherbayev, ‘but we don’t give up on the water supplies this year.’",
			[]wantQuote{{"It will take time but we don’t give up", "Yermek Kosherbayev"}}},
		{"en straight single marks split", "en",
			"'It will take time,' said Yermek Kosherbayev, 'but we don't give up on the water supplies this year.'",
			[]wantQuote{{"It will take time but we don't give up", "Yermek Kosherbayev"}}},
		{"ru «А, — сказал X, — но Б»", "ru",
			"«Это займет время, — сказал Ермек Кошербаев, — но мы не отступим от переговоров о воде в этом году».",
			[]wantQuote{{"Это займет время", "Ермек Кошербаев"}}},
		{"en rock 'n' roll", "en",
			"Fans of rock 'n' roll, 'cause they love it, came to Almaty, said Yermek Kosherbayev.",
			nil},
	})
}

// TestQuotesInterviewTurns: a Russian interview printed as dash turns after
// a paragraph introducing the one person who answers («X ответил на вопросы
// 24.kg.\n— …?\n— …») gives that person every answer while questions and
// answers alternate; a dash paragraph out of turn gives no one. English
// prints no speech with dashes, so its dash paragraphs stay unattributed.
func TestQuotesInterviewTurns(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru question, answer, question, answer", "ru",
			"Министр водных ресурсов Ермек Кошербаев ответил на вопросы 24.kg.\n\n— Когда начнутся поставки воды в южные районы страны?\n\n— Мы продолжим переговоры о поставках воды до конца этого года, а затем начнем работы.\n\n— А что с тарифами?\n\n— Тарифы останутся прежними до конца следующего года, это решение правительства.",
			[]wantQuote{{"Мы продолжим переговоры", "Ермек Кошербаев"}, {"Тарифы останутся прежними", "Ермек Кошербаев"}}},
		{"ru a turn out of order", "ru",
			"Министр водных ресурсов Ермек Кошербаев ответил на вопросы 24.kg.\n\n— Когда начнутся поставки воды в южные районы страны?\n\n— Мы продолжим переговоры о поставках воды до конца этого года, а затем начнем работы.\n\n— Тарифы останутся прежними до конца следующего года, это решение правительства.",
			[]wantQuote{{"Мы продолжим переговоры", "Ермек Кошербаев"}}},
		{"en dash turns stay unattributed", "en",
			"Water Minister Yermek Kosherbayev answered questions from 24.kg.\n\n— When will water supplies to the southern districts begin?\n\n— We will keep talking about water supplies until the end of this year and then start work.",
			nil},
	})
}

// TestQuotesStatementAuthor: a statement's author named after it
// («— говорится в заявлении Ермека Кошербаева», «в обращении Айгуль
// Бековой»: the genitive) is the speaker in the nominative, as English
// names the author outright ("X said in a statement").
func TestQuotesStatementAuthor(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en said in a statement", "en",
			"“We will keep talking about water supplies until the end of this year,” Yermek Kosherbayev said in a statement.",
			[]wantQuote{{"We will keep talking", "Yermek Kosherbayev"}}},
		{"ru говорится в заявлении, a man", "ru",
			"«Мы продолжим переговоры о поставках воды до конца этого года», — говорится в заявлении Ермека Кошербаева.",
			[]wantQuote{{"Мы продолжим переговоры", "Ермек Кошербаев"}}},
		{"ru говорится в обращении, a woman", "ru",
			"«Мы продолжим переговоры о поставках воды до конца этого года», — говорится в обращении Айгуль Бековой.",
			[]wantQuote{{"Мы продолжим переговоры", "Айгуль Бекова"}}},
	})
}

// TestQuotesTitleCommaName: "said the head of the water agency, X." names
// X, as «— сказал глава водного агентства X» does in Russian; a phrase
// with no title or person's noun ("said the report, X"), or a name the
// sentence goes on past, names no one.
func TestQuotesTitleCommaName(t *testing.T) {
	const en = "“We will keep talking about water supplies until the end of this year,” "
	const ru = "«Мы продолжим переговоры о поставках воды до конца этого года», — "
	runQuoteCases(t, []quoteCase{
		{"en said the head of X, Name.", "en", en + "said the head of the water agency, Yermek Kosherbayev.",
			[]wantQuote{{"We will keep talking", "Yermek Kosherbayev"}}},
		{"en said another member of X, Name.", "en", en + "said another member of the association, Zamirbek Kocherbaev.",
			[]wantQuote{{"We will keep talking", "Zamirbek Kocherbaev"}}},
		{"ru сказал глава агентства Имя Фамилия", "ru", ru + "сказал глава водного агентства Ермек Кошербаев.",
			[]wantQuote{{"Мы продолжим переговоры", "Ермек Кошербаев"}}},
		{"en no title in the phrase", "en", en + "said the annual report of the agency, Yermek Kosherbayev.",
			nil},
		{"en the sentence goes on past the name", "en", en + "said the head of the agency, Yermek Kosherbayev and his deputies agreed.",
			nil},
		{"ru сказал доклад агентства: no person", "ru", ru + "говорится в докладе водного агентства.",
			nil},
		{"en - reports the Press Secretary of X, Name.", "en", "\"We will keep talking about water supplies until the end of this year\" - reports the Press Secretary of the President of the Republic of Uzbekistan, Sherzod Asadov.",
			[]wantQuote{{"We will keep talking", "Sherzod Asadov"}}},
		{"ru — сообщает пресс-секретарь президента Name", "ru", ru + "сообщает пресс-секретарь президента Республики Узбекистан Шерзод Асадов.",
			[]wantQuote{{"Мы продолжим переговоры", "Шерзод Асадов"}}},
		{"en reports an agency: no person", "en", en + "reports Reuters.",
			nil},
		{"en reports the agency, then a name going on", "en", en + "reports the agency, Sherzod Asadov and his deputies agreed.",
			nil},
		{"en reports the newspaper of X, Name: no title", "en", en + "reports the newspaper of the capital, Tashkent Pravda.",
			nil},
		{"ru — сообщает агентство: no person", "ru", ru + "сообщает агентство «Дунё».",
			nil},
	})
}
