package analyze

import "testing"

// Issue 10, second round: general shapes of attribution in both
// languages, each written for a pattern of news language, not for one
// sentence of the labelled set.

// TestQuotesInitials: a speaker given by initials and surname ("Mark R.
// Warner", «Д. Орлов», «И.Щеголев») is a name; an initial expands to the
// full name the article gives; "U.S." is no initial.
func TestQuotesInitials(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en middle initial", "en",
			"“We cannot walk away from our allies at this moment in history,” said Mark R. Warner.",
			[]wantQuote{{"We cannot walk away", "Mark R. Warner"}}},
		{"en abbreviation is no initial", "en",
			"“We cannot walk away from our allies at this moment in history,” said the U.S. Senate.",
			nil},
		{"ru initial and surname", "ru",
			"«Все фейки о границе запускают ради того, чтобы отвлечь внимание людей», - прокомментировал Д. Орлов для КазТАГ.",
			[]wantQuote{{"Все фейки о границе", "Д. Орлов"}}},
		{"ru initial expands to the full name", "ru",
			"Новым министром стал Игорь Щеголев.\n\n\"Это министерство будет заботиться о хороших условиях для работы прессы\", - сказал И.Щеголев в эфире.",
			[]wantQuote{{"Это министерство будет", "Игорь Щеголев"}}},
	})
}

// TestQuotesPronounToPublicFigure: "he"/«он» refers to a public figure
// the gazetteer knows by surname, named in full before.
func TestQuotesPronounToPublicFigure(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru он after a gazetteer surname", "ru",
			"Председатель Госдумы Вячеслав Володин завел свой Telegram-канал.\n\"Здесь буду рассказывать, как решаются проблемы граждан и страны\", — отметил он в своем первом посте.",
			[]wantQuote{{"Здесь буду рассказывать", "Вячеслав Володин"}}},
		{"en he after a gazetteer surname", "en",
			"Russian Foreign Minister Sergei Lavrov arrived in Astana on Monday.\n\n“We will keep talking to our Central Asian partners about transit,” he said.",
			[]wantQuote{{"We will keep talking", "Sergei Lavrov"}}},
	})
}

// TestQuotesSaidThatWholeSentences: a quotation that follows "said that"
// is the speaker's when it holds whole sentences; a phrase in the
// reporter's sentence stays a fragment.
func TestQuotesSaidThatWholeSentences(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en said that, whole sentences", "en",
			"Answering questions in Moscow, Sergey Lavrov said that “we have nothing against our neighbours having many partners. We expect these ties to respect our treaties.”",
			[]wantQuote{{"we have nothing against", "Sergey Lavrov"}}},
		{"en said that, a fragment", "en",
			"Sergey Lavrov said that “we have nothing against our neighbours having many partners” in the region.",
			nil},
		{"ru заявил, что, whole sentences", "ru",
			"Сергей Лавров заявил, что «мы ничего не имеем против партнеров наших соседей. Мы ждем, что эти связи будут уважать наши договоры».",
			[]wantQuote{{"мы ничего не имеем", "Сергей Лавров"}}},
		{"ru заявил, что, a fragment", "ru",
			"Сергей Лавров заявил, что «мы ничего не имеем против партнеров наших соседей» в регионе.",
			nil},
	})
}

// TestQuotesOneOfGroup: "one of the farmers X", «один из фермеров X».
func TestQuotesOneOfGroup(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en one of the farmers X told", "en",
			"«We made an appeal to the president and we hope he will help us,» one of the farmers Hasan Isaev told 24.kg news agency.",
			[]wantQuote{{"We made an appeal", "Hasan Isaev"}}},
		{"ru один из фермеров X", "ru",
			"«Мы обратились к президенту и надеемся, что он нам поможет», — рассказал один из фермеров Хасан Исаев.",
			[]wantQuote{{"Мы обратились к президенту", "Хасан Исаев"}}},
		{"en one of the farmers, unnamed", "en",
			"«We made an appeal to the president and we hope he will help us,» one of the farmers told 24.kg news agency.",
			nil},
	})
}

// TestQuotesRussianVerbComplements: what stands between a Russian speech
// verb and its speaker — an addressee, a medium, «в своем Telegram-канале»,
// «после матча», «в беседе с «Известиями»», a title with an organisation
// in marks — and an attribution in the next sentence («Об этом заявил X»);
// what may follow a surname given alone («— сказал X после матча»).
func TestQuotesRussianVerbComplements(t *testing.T) {
	const q = "«Мы проиграли заслуженно, соперник был сильнее нас сегодня»"
	want := []wantQuote{{"Мы проиграли заслуженно", "Рафаэль Уразбахтин"}}
	runQuoteCases(t, []quoteCase{
		{"addressee then name", "ru", q + ", — сообщил журналистам Рафаэль Уразбахтин.", want},
		{"in a Telegram channel", "ru", q + ", — написал в своем Telegram-канале Рафаэль Уразбахтин.", want},
		{"after the match", "ru", q + ", — сказал после матча Рафаэль Уразбахтин.", want},
		{"in a talk with a medium", "ru", q + ", — рассказал в беседе с «Известиями» Рафаэль Уразбахтин.", want},
		{"in an interview with an acronym", "ru", q + ", — отметил в интервью РБК Рафаэль Уразбахтин.", want},
		{"adjective, title, club in marks", "ru", q + ", — прокомментировал главный тренер «Кайрата» Рафаэль Уразбахтин.", want},
		{"об этом заявил in the next sentence", "ru", q + ". Об этом заявил главный тренер «Кайрата» Рафаэль Уразбахтин.", want},
		{"так прокомментировал in the next sentence", "ru", q + ". Так прокомментировал поражение Рафаэль Уразбахтин.", nil},
		{"об этом сообщили в ведомстве", "ru", q + ". Об этом сообщили в пресс-службе клуба.", nil},
		// A surname given once is the speaker as written (surname.go); a
		// verb of the other gender names someone else.
		{"a surname never given in full", "ru", q + ", — сказал Уразбахтин после матча.",
			[]wantQuote{{"Мы проиграли заслуженно", "Уразбахтин"}}},
		{"a surname never given in full, the verb of the other gender", "ru", q + ", — сказала Уразбахтин после матча.", nil},
	})
}

// TestQuotesRoleNounsOfReports: the words a report uses for someone it
// named before — the lawmaker, the interviewee, the player — resolve like
// other roles.
func TestQuotesRoleNounsOfReports(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru говорит законодатель", "ru",
			"Депутат Госдумы Алексей Нечаев выступил на открытии сессии.\n«Люди боятся действовать, а это опасно для страны и для всех нас», — говорит законодатель.",
			[]wantQuote{{"Люди боятся действовать", "Алексей Нечаев"}}},
		{"en the lawmaker said", "en",
			"Congressman Adam Smith spoke at the opening of the session.\n\n“People are afraid to act, and that is dangerous for all of us,” the lawmaker said.",
			[]wantQuote{{"People are afraid", "Adam Smith"}}},
		{"ru two people: no speaker", "ru",
			"Депутат Алексей Нечаев выступил первым. Депутат Сергей Миронов выступил вторым.\n«Люди боятся действовать, а это опасно для страны и для всех нас», — говорит законодатель.",
			nil},
	})
}

// TestQuotesStatementColon: a sentence announcing a statement and ending
// in a colon gives the quotation after it to its subject.
func TestQuotesStatementColon(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en released the following statement", "en",
			"South Carolina Sen. Tim Scott released the following statement:\n\n“Aiming for the lowest common denominator will only divide our nation further.”",
			[]wantQuote{{"Aiming for the lowest", "Tim Scott"}}},
		{"en apposition, parenthesis and today", "en",
			"U.S. Sen. Ted Cruz (R-Texas), member of the Senate Foreign Relations Committee, today issued the following statement after the vote:\n\n“Those responsible for carrying out this mission should be commended.”",
			[]wantQuote{{"Those responsible", "Ted Cruz"}}},
		{"ru сделал заявление", "ru",
			"Депутат Сергей Миронов сделал заявление:\n\n«Те, кто замедляет мессенджер, должны сами отправиться на фронт».",
			[]wantQuote{{"Те, кто замедляет", "Сергей Миронов"}}},
		{"en an organisation's statement", "en",
			"Amnesty International issued the following statement:\n\n“Those responsible for the arrests of peaceful protesters must be held to account.”",
			nil},
		{"en a ministry's statement", "en",
			"The ministry released the following statement:\n\n“Those responsible for carrying out this mission should be commended.”",
			nil},
	})
}

// TestQuotesUnmarkedRussianSpeech: Russian direct speech printed without
// marks or a dash, ", VERB SPEAKER." after a sentence in the first person;
// reported speech (no first person) is no quotation.
func TestQuotesUnmarkedRussianSpeech(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"role after the comma", "ru",
			"Тренер «Кайрата» Рафаэль Уразбахтин провел пресс-конференцию. Мы проиграли заслуженно, соперник был сильнее нас сегодня, прокомментировал тренер команды.",
			[]wantQuote{{"Мы проиграли заслуженно", "Рафаэль Уразбахтин"}}},
		{"pronoun and addressee", "ru",
			"Рафаэль Уразбахтин приехал в Алматы. Мы проиграли заслуженно, соперник был сильнее нас сегодня, сказал он журналистам.",
			[]wantQuote{{"Мы проиграли заслуженно", "Рафаэль Уразбахтин"}}},
		{"reported speech without first person", "ru",
			"Президент Касым-Жомарт Токаев выступил на совещании. Необходимы реальные реформы для улучшения благосостояния граждан, подчеркнул Токаев.",
			nil},
		{"the verb inside the sentence", "ru",
			"Так, пояснил эксперт Андрей Колганов, наши люди из глубинки пострадали больше всех остальных.",
			nil},
		{"english has no unmarked speech", "en",
			"Rafael Urazbakhtin held a press conference. We lost fairly, the other side was stronger than us today, the coach said.",
			nil},
	})
}

// TestQuotesIntroducedDashTurn: a dash paragraph without its own
// attribution after a sentence that introduces one speaker commenting.
func TestQuotesIntroducedDashTurn(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"коммент after прокомментировал матч", "ru",
			"Главный тренер «Иртыша» Дмитрий Черышев прокомментировал матч.\n\n— Поздравляю команду соперника с победой. Игра шла до гола, ребята старались.",
			[]wantQuote{{"Поздравляю команду соперника", "Дмитрий Черышев"}}},
		{"no speech verb in the intro", "ru",
			"Главный тренер «Иртыша» Дмитрий Черышев приехал в Алматы.\n\n— Поздравляю команду соперника с победой. Игра шла до гола, ребята старались.",
			nil},
		{"an interviewer's question", "ru",
			"Корреспонденты поговорили с акимом Гауезом Нурмухамбетовым в большом интервью.\n\n— Зарплаты в регионе одни из самых низких. Что вы делаете, чтобы изменить ситуацию?",
			nil},
		{"two people in the intro", "ru",
			"Дмитрий Черышев и Сергей Волгин прокомментировали матч.\n\n— Поздравляю команду соперника с победой. Игра шла до гола, ребята старались.",
			nil},
	})
}

// TestQuotesClosedParagraphsLater: a quotation opened once and closed a
// paragraph or two later keeps its speaker; its first paragraph is the
// quotation.
func TestQuotesClosedParagraphsLater(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en statement over two paragraphs", "en",
			"South Carolina Sen. Tim Scott released the following statement:\n\n“Prior to this weekend, we saw the party embroiled in racial controversy.\nNo matter our political disagreements, this will only divide our nation further.”",
			[]wantQuote{{"Prior to this weekend", "Tim Scott"}}},
		{"ru name, apposition, colon, three paragraphs", "ru",
			"Валерий Газзаев, главный тренер «Динамо»: «Очень тяжелая игра. „Металлург“ неплохо выглядел в первом тайме.\n\nДоволен содержанием игры, особенно во втором тайме.\n\nТеперь он три дня будет находиться в больнице».",
			[]wantQuote{{"Очень тяжелая игра", "Валерий Газзаев"}}},
		{"never closed", "en",
			"South Carolina Sen. Tim Scott released the following statement:\n\n“Prior to this weekend, we saw the party embroiled in racial controversy.\nNo matter our political disagreements, this will only divide our nation further.",
			nil},
	})
}

// TestQuotesAppositionColon: "NAME, TITLE: “…”", the shape of interviews
// and post-match comments.
func TestQuotesAppositionColon(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en name, head coach of X:", "en",
			"Roman Sanzhar, head coach of Olimpik: “We waited a long time for this win, and the boys fought hard today.”",
			[]wantQuote{{"We waited a long time", "Roman Sanzhar"}}},
		{"ru name, главный тренер «X»:", "ru",
			"Рафаэль Уразбахтин, главный тренер «Кайрата»: «Мы проиграли заслуженно, соперник был сильнее нас сегодня».",
			[]wantQuote{{"Мы проиграли заслуженно", "Рафаэль Уразбахтин"}}},
		{"en apposition without a title", "en",
			"Roman Sanzhar, after the game in Kyiv: “We waited a long time for this win, and the boys fought hard today.”",
			nil},
	})
}

// TestQuotesNamedFirstName: "a protester named Bezshan" gives the speaker
// a later "he" refers to.
func TestQuotesNamedFirstName(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en a protester named X … he told", "en",
			"A protester named Bezshan spoke to reporters in Almaty on Tuesday. “They said they would hand out weapons to all of us,” he told the AP.",
			[]wantQuote{{"They said they would", "Bezshan"}}},
		{"ru житель по имени X … сказал он", "ru",
			"Житель по имени Нурлан встретил журналистов в Алматы во вторник. «Нам обещали раздать оружие всем, кто придет», — сказал он.",
			[]wantQuote{{"Нам обещали раздать", "Нурлан"}}},
	})
}

// TestQuotesSpeakerBeforeVerbAndWroteThat: a described speaker before the
// verb ("the opposition leader X said"), and "X wrote on Facebook that
// “…”" / «X написал в Telegram, что «…»» with whole sentences.
func TestQuotesSpeakerBeforeVerbAndWroteThat(t *testing.T) {
	const en = "“We have not seen a single police officer here since Monday morning,” "
	runQuoteCases(t, []quoteCase{
		{"en the opposition leader X said", "en", en + "the opposition leader Aigul Bekova said in a statement.",
			[]wantQuote{{"We have not seen", "Aigul Bekova"}}},
		{"en wrote on Facebook that", "en",
			"Aigul Bekova wrote on Facebook that “we have not seen a single police officer here since Monday. It is a disgrace.”",
			[]wantQuote{{"we have not seen", "Aigul Bekova"}}},
		{"ru написал в Telegram, что", "ru",
			"Сергей Лавров написал в Telegram, что «мы ничего не имеем против партнеров наших соседей. Мы ждем уважения к договорам».",
			[]wantQuote{{"мы ничего не имеем", "Сергей Лавров"}}},
		{"ru написал в Telegram, что, a fragment", "ru",
			"Сергей Лавров написал в Telegram, что «мы ничего не имеем против партнеров наших соседей» в регионе.",
			nil},
	})
}

// TestQuotesSplitInsideMarks: «A, — сказал он. — B» is one quotation by
// the speaker, given once, and the paragraph's own sentence before it
// still names him.
func TestQuotesSplitInsideMarks(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru pronoun, same paragraph", "ru",
			"Рафаэль Уразбахтин приехал в Алматы. «Мы проиграли заслуженно и честно, — сказал он. — Соперник был сильнее нас сегодня».",
			[]wantQuote{{"Мы проиграли заслуженно и честно. Соперник", "Рафаэль Уразбахтин"}}},
		{"ru name inside the marks", "ru",
			"«Мы проиграли заслуженно, — сказал Рафаэль Уразбахтин. — Соперник был сильнее нас сегодня».",
			[]wantQuote{{"Мы проиграли заслуженно. Соперник", "Рафаэль Уразбахтин"}}},
		{"en “A,” he said. “B.”", "en",
			"Rafael Urazbakhtin arrived in Almaty. “We lost fairly and honestly in the end,” he said. “The other side was stronger than us today.”",
			[]wantQuote{{"We lost fairly and honestly", "Rafael Urazbakhtin"}, {"The other side was stronger", "Rafael Urazbakhtin"}}},
	})
}

// TestQuotesIntroducedParagraph: a paragraph that is one quotation without
// an attribution, after a paragraph introducing one person speaking, is
// that person's; with two people, or a colon the attribution rules refused,
// it has no speaker.
func TestQuotesIntroducedParagraph(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en X stated that … then a quotation", "en",
			"Aigul Bekova stated that the ministry is well aware of the consequences of the drought.\n\n“The immediate consequences have been a rise in food prices, and then inflation.”",
			[]wantQuote{{"The immediate consequences", "Aigul Bekova"}}},
		{"ru X заявила, что … then a quotation", "ru",
			"Айгуль Бекова заявила, что министерство знает о последствиях засухи.\n\n«Первым последствием стал рост цен на продукты, а затем инфляция».",
			[]wantQuote{{"Первым последствием стал", "Айгуль Бекова"}}},
		{"en a quotation of two paragraphs after the introduction", "en",
			"Aigul Bekova said the protesters would stay.\n\n“This is our home and we are staying here no matter what.\n\n“Nobody can make us leave this square, not the police and not the army.”",
			[]wantQuote{{"This is our home", "Aigul Bekova"}, {"Nobody can make us leave", "Aigul Bekova"}}},
		{"ru a quotation of two paragraphs after the introduction", "ru",
			"Айгуль Бекова заявила, что протестующие останутся на площади.\n\n«Это наш дом, и мы останемся здесь, что бы ни случилось.\n\nНикто не заставит нас уйти с этой площади».",
			[]wantQuote{{"Это наш дом", "Айгуль Бекова"}}},
		{"en two people introduced", "en",
			"Aigul Bekova stated that Nurlan Amanov is well aware of the consequences of the drought.\n\n“The immediate consequences have been a rise in food prices, and then inflation.”",
			nil},
		{"en no speech verb", "en",
			"Aigul Bekova visited the farms hit by the drought on Monday.\n\n“The immediate consequences have been a rise in food prices, and then inflation.”",
			nil},
	})
}

// TestQuotesRussianCitationsAndCases: a quotation split mid-sentence by its
// attribution, a surname whose full name the article gives only in another
// case or not at all (when the verb agrees with it), a person's noun
// before the name, «приводит слова X», and the present-tense verbs of
// reports.
func TestQuotesRussianCitationsAndCases(t *testing.T) {
	const q = "«Воды нет уже две недели, урожай сгорит, если ничего не изменится»"
	runQuoteCases(t, []quoteCase{
		{"split mid-sentence", "ru",
			"«Воды нет уже две недели, — сказал Нурлан Аманов, — и урожай сгорит, если ничего не изменится».",
			[]wantQuote{{"Воды нет уже две недели, и урожай сгорит", "Нурлан Аманов"}}},
		{"full name only in the instrumental", "ru",
			"Встреча с фермером Нурланом Амановым прошла в среду. " + q + ", — сказал Аманов.",
			[]wantQuote{{"Воды нет уже", "Аманов"}}},
		{"surname never given with a first name", "ru",
			"Встреча с фермерами прошла в среду. " + q + ", — сказал Аманов.",
			[]wantQuote{{"Воды нет уже", "Аманов"}}},
		{"surname never given with a first name, the verb of the other gender", "ru",
			"Встреча с фермерами прошла в среду. " + q + ", — сказала Аманов.",
			nil},
		{"a feminine surname never given with a first name", "ru",
			"Встреча с фермерами прошла в среду. " + q + ", — сказала Аманова.",
			[]wantQuote{{"Воды нет уже", "Аманова"}}},
		{"a resident of a village", "ru",
			q + ", — рассказала корреспонденту «24.kg» жительница села Ак-Жол Айгуль Бекова.",
			[]wantQuote{{"Воды нет уже", "Айгуль Бекова"}}},
		{"a farmer after a medium", "ru",
			q + ", - рассказал Sputnik Казахстан фермер Нурлан Аманов.",
			[]wantQuote{{"Воды нет уже", "Нурлан Аманов"}}},
		{"передает слова", "ru",
			"Айгуль Бекова возглавляет фермерский союз. " + q + ", — передает «Интерфакс» слова Бековой.",
			[]wantQuote{{"Воды нет уже", "Айгуль Бекова"}}},
		{"передает without слова", "ru",
			"Айгуль Бекова возглавляет фермерский союз. " + q + ", — передает «Интерфакс».",
			nil},
		{"сетует фермер", "ru",
			"Айгуль Бекова возглавляет фермерский союз. " + q + ", — сетует фермер.",
			[]wantQuote{{"Воды нет уже", "Айгуль Бекова"}}},
		{"en the farmer complains", "en",
			"Aigul Bekova heads the farmers' union. “There has been no water for two weeks, and the harvest will burn,” the farmer complains.",
			[]wantQuote{{"There has been no water", "Aigul Bekova"}}},
	})
}

// TestQuotesFirstNameGiven: a speaker named by a first name alone ("says
// Aigul") when the article introduced that first name for a person ("a
// pensioner named Aigul", "pensioner Aigul", «пенсионерка Айгуль»); an
// unknown single word is not enough.
func TestQuotesFirstNameGiven(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en named X … says X", "en",
			"A pensioner named Aigul lives near the square. “Nobody has cleaned the square since the protests began,” says Aigul.",
			[]wantQuote{{"Nobody has cleaned", "Aigul"}}},
		{"en pensioner X … X says", "en",
			"We spoke to pensioner Aigul on Monday. “Nobody has cleaned the square since the protests began,” Aigul says.",
			[]wantQuote{{"Nobody has cleaned", "Aigul"}}},
		{"ru пенсионерка X … говорит X", "ru",
			"Мы поговорили с пенсионеркой Айгуль в понедельник. «Площадь никто не убирал с тех пор, как начались протесты», — говорит Айгуль.",
			nil}, // «пенсионеркой» is not the nominative noun: no introduction is read
		{"ru по имени X … говорит X", "ru",
			"Пенсионерка по имени Айгуль живет возле площади. «Площадь никто не убирал с тех пор, как начались протесты», — говорит Айгуль.",
			[]wantQuote{{"Площадь никто не убирал", "Айгуль"}}},
		{"en a single unknown word", "en",
			"The square is empty. “Nobody has cleaned the square since the protests began,” says Gazprom.",
			nil},
	})
}

// TestQuotesHeadRoleNotAMinister: "the Premier stressed", «— подчеркнул
// премьер» never resolves to a person the article titles with another
// office ("Daniyar Amangeldiev, the Minister of Energy,", «министр энергетики
// Сергей Козлов»), however near the quotation that person was last named;
// a person titled as the head still is.
func TestQuotesHeadRoleNotAMinister(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en the premier after a minister named with an apposition", "en",
			"The government on Wednesday convened Daniyar Amangeldiev, the Minister of Energy, to hear reports.\n\n" +
				"Daniyar Amangeldiev reported that the plant was ready.\n\n" +
				"“We will build the second plant next year and finish the railway as well,” the Premier stressed.",
			nil},
		{"en the premier past a minister to the prime minister", "en",
			"The Prime Minister Taalaibek Ibraev on Wednesday convened Daniyar Amangeldiev, the Minister of Energy, to hear reports.\n\n" +
				"Daniyar Amangeldiev reported that the plant was ready.\n\n" +
				"“We will build the second plant next year and finish the railway as well,” the Premier stressed.",
			[]wantQuote{{"We will build the second plant", "Taalaibek Ibraev"}}},
		{"en the premier is not a deputy prime minister", "en",
			"Deputy Prime Minister Daniyar Amangeldiev met the Kazakh delegation in Bishkek on Monday.\n\n" +
				"“We will build the second plant next year and finish the railway as well,” the premier said.",
			nil},
		{"ru the premier is not a vice premier", "ru",
			"Вице-премьер Сергей Козлов в среду провел совещание.\n\n" +
				"«Мы построим вторую станцию в следующем году и закончим дорогу», — подчеркнул премьер.",
			nil},
		{"en the premier after the prime minister", "en",
			"Prime Minister Taalaibek Ibraev met the Kazakh delegation in Bishkek on Monday.\n\n" +
				"“We will build the second plant next year and finish the railway as well,” the Premier stressed.",
			[]wantQuote{{"We will build the second plant", "Taalaibek Ibraev"}}},
		{"ru the premier after a minister named with an apposition", "ru",
			"В среду прошло совещание, на котором выступил Сергей Козлов, министр энергетики страны.\n\n" +
				"Сергей Козлов доложил, что станция готова.\n\n" +
				"«Мы построим вторую станцию в следующем году и закончим дорогу», — подчеркнул премьер.",
			nil},
		{"ru the premier past a minister to the prime minister", "ru",
			"Премьер-министр Иван Петров в среду провел совещание.\n\n" +
				"Министр энергетики Сергей Козлов доложил, что станция готова.\n\n" +
				"«Мы построим вторую станцию в следующем году и закончим дорогу», — подчеркнул премьер.",
			[]wantQuote{{"Мы построим вторую станцию", "Иван Петров"}}},
		{"ru the premier after the prime minister", "ru",
			"Премьер-министр Иван Петров в среду посетил станцию.\n\n" +
				"«Мы построим вторую станцию в следующем году и закончим дорогу», — подчеркнул премьер.",
			[]wantQuote{{"Мы построим вторую станцию", "Иван Петров"}}},
	})
}

// TestQuotesColonIntroducesAnother: a quotation that follows another in
// the same paragraph goes on with the first one's speaker, unless the
// words between end in a colon after someone else's full name: then it is
// that person's words, reported by the first speaker, never the first's.
func TestQuotesColonIntroducesAnother(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en another person's words after a colon", "en",
			"“Anyone who wants to meet the deputies can come on the day of the citizens' reception,” said Rustam Bakoyan when told that this was confirmed by archbishop Bagrat Galstanyan: “There is no other agenda of the meeting.”",
			[]wantQuote{{"Anyone who wants to meet", "Rustam Bakoyan"}}},
		{"en the same speaker adding after a colon", "en",
			"“Anyone who wants to meet the deputies can come on the day of the citizens' reception,” said Rustam Bakoyan, adding: “There is no other agenda of the meeting.”",
			[]wantQuote{{"Anyone who wants to meet", "Rustam Bakoyan"}, {"There is no other agenda", "Rustam Bakoyan"}}},
		{"ru another person's words after a colon", "ru",
			"Об этом заявил депутат Рустам Бакоян.\n\n«Если кто-то хочет встретиться с депутатами, он может прийти в день приема граждан», — сказал он на утверждение, что это подтвердил также архиепископ Баграт Галстанян: «Да, другой повестки дня встречи нет».",
			[]wantQuote{{"Если кто-то хочет встретиться", "Рустам Бакоян"}}},
		{"ru the same speaker adding after a colon", "ru",
			"«Если кто-то хочет встретиться с депутатами, он может прийти в день приема граждан», — сказал Рустам Бакоян, добавив: «Другой повестки дня у встречи нет и быть не может».",
			[]wantQuote{{"Если кто-то хочет встретиться", "Рустам Бакоян"}, {"Другой повестки дня", "Рустам Бакоян"}}},
	})
}

// TestQuotesReporterSentenceGoesOn: a lower-case quotation right after a
// speech verb is a phrase in the reporter's sentence when the sentence
// goes on with another predicate ("claimed “…” and pointed out", «заявил
// «…» и призвал»); when it ends the sentence it is still the speaker's.
func TestQuotesReporterSentenceGoesOn(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en a phrase and another predicate", "en",
			"Prime Minister Irakli Kobakhidze also claimed “yesterday's violent rally had nothing to do with political protest” and pointed out the developments were going according to a report.",
			nil},
		{"en the quotation ends the sentence", "en",
			"Prime Minister Irakli Kobakhidze also claimed “yesterday's violent rally had nothing to do with political protest at all.”",
			[]wantQuote{{"yesterday's violent rally", "Irakli Kobakhidze"}}},
		{"ru a phrase and another predicate", "ru",
			"Премьер-министр Ираклий Кобахидзе также заявил «вчерашний митинг не имел ничего общего с политическим протестом» и призвал полицию к терпению.",
			nil},
		{"ru the quotation ends the sentence", "ru",
			"Премьер-министр Ираклий Кобахидзе также заявил: «вчерашний митинг не имел ничего общего с политическим протестом».",
			[]wantQuote{{"вчерашний митинг", "Ираклий Кобахидзе"}}},
	})
}

// TestQuotesVerbObjectBeforeSpeaker: a speech verb's object may stand
// between it and the speaker («— прокомментировала ситуацию X», "X
// commented on the situation"); a name in another case after the object is
// the object's («оценил решение Каната Абдыкадырова»), not the speaker.
func TestQuotesVerbObjectBeforeSpeaker(t *testing.T) {
	const ru = "Совещание прошло в Бишкеке.\n\n«Отопительный сезон начнется вовремя, угля хватит на всю зиму», — "
	const en = "The meeting was held in Bishkek.\n\n“The heating season will start on time, there is enough coal for the winter,” "
	runQuoteCases(t, []quoteCase{
		{"ru the situation then a woman's name", "ru",
			ru + "прокомментировала ситуацию Айгуль Бекова.",
			[]wantQuote{{"Отопительный сезон начнется", "Айгуль Бекова"}}},
		{"ru this decision then a title and a name", "ru",
			ru + "прокомментировал это решение министр энергетики Канат Абдыкадыров.",
			[]wantQuote{{"Отопительный сезон начнется", "Канат Абдыкадыров"}}},
		{"ru a name in the genitive belongs to the object", "ru",
			ru + "прокомментировал решение Каната Абдыкадырова депутат.",
			nil},
		{"ru a woman's name in the genitive belongs to the object", "ru",
			ru + "прокомментировала заявление Айгуль Бековой журналистка.",
			nil},
		{"en commented on the situation", "en",
			en + "Aigul Bekova commented on the situation.",
			[]wantQuote{{"The heating season will start", "Aigul Bekova"}}},
		{"en a name after the object is the object's", "en",
			en + "the report commented on the decision of Kanat Abdykadyrov.",
			nil},
	})
}

// TestQuotesCitedGenitiveName: «По словам (министра) Каната Абдыкадырова,
// «…»» names the speaker only in the genitive; the nominative is derived
// from the endings table (Канат Абдыкадыров, Айгуль Бекова). A surname the
// table cannot undo with one reading gives no speaker rather than a
// guess. English "According to (Energy Minister) X" beside it.
func TestQuotesCitedGenitiveName(t *testing.T) {
	const ruq = ", «отопительный сезон начнется вовремя, угля хватит на всю зиму»."
	const enq = ", “the heating season will start on time, there is enough coal for the winter.”"
	runQuoteCases(t, []quoteCase{
		{"ru a man's name after a title", "ru",
			"Совещание прошло в Бишкеке.\n\nПо словам министра Каната Абдыкадырова" + ruq,
			[]wantQuote{{"отопительный сезон", "Канат Абдыкадыров"}}},
		{"ru a woman's name after a title and its complement", "ru",
			"Совещание прошло в Бишкеке.\n\nПо словам министра энергетики Айгуль Бековой" + ruq,
			[]wantQuote{{"отопительный сезон", "Айгуль Бекова"}}},
		{"ru a name alone", "ru",
			"Совещание прошло в Бишкеке.\n\nПо мнению Сергея Иванова" + ruq,
			[]wantQuote{{"отопительный сезон", "Сергей Иванов"}}},
		{"ru a surname the table cannot undo", "ru",
			"Совещание прошло в Бишкеке.\n\nПо словам депутата Рустама Бакояна" + ruq,
			nil},
		{"ru an unnamed source", "ru",
			"Совещание прошло в Бишкеке.\n\nПо словам источника в министерстве энергетики" + ruq,
			nil},
		{"en a name after a title", "en",
			"The meeting was held in Bishkek.\n\nAccording to Energy Minister Kanat Abdykadyrov" + enq,
			[]wantQuote{{"the heating season", "Kanat Abdykadyrov"}}},
		{"en an unnamed source", "en",
			"The meeting was held in Bishkek.\n\nAccording to a source in the energy ministry" + enq,
			nil},
	})
}

func TestRuNominativeName(t *testing.T) {
	tests := []struct{ first, surname, want string }{
		{"Каната", "Абдыкадырова", "Канат Абдыкадыров"},
		{"Сергея", "Иванова", "Сергей Иванов"},
		{"Игоря", "Шалимова", "Игорь Шалимов"},
		{"Ильи", "Сидорова", "Илья Сидоров"},
		{"Никиты", "Михалкова", "Никита Михалков"},
		{"Анны", "Петровой", "Анна Петрова"},
		{"Марии", "Захаровой", "Мария Захарова"},
		{"Айгуль", "Бековой", "Айгуль Бекова"},
		{"", "Токаева", "Токаев"},
		{"Рустама", "Бакояна", ""}, // no row of the table: no guess
		{"Джо", "Байдена", ""},
		{"Канат", "Абдыкадыров", ""}, // a nominative is no genitive
	}
	for _, tt := range tests {
		t.Run(tt.first+" "+tt.surname, func(t *testing.T) {
			got, ok := ruNominativeName(tt.first, tt.surname)
			if got != tt.want || ok != (tt.want != "") {
				t.Errorf("ruNominativeName(%q, %q) = %q, %v; want %q", tt.first, tt.surname, got, ok, tt.want)
			}
		})
	}
}

// TestQuotesUnmarkedParagraph: Russian direct speech printed without marks
// («…, прокомментировал тренер.») is the whole paragraph when the
// sentences before the attribution name no one, report nothing and give no
// figure; a paragraph that mixes in a reporter's sentence keeps only the
// speaker's last sentence. The role resolves to the person of the
// paragraphs before, by the name written on its own («Игорь Шалимов», not
// «Факела Игорь Шалимов»). English has no such punctuation: left alone.
func TestQuotesUnmarkedParagraph(t *testing.T) {
	const intro = "Главный тренер воронежского Факела Игорь Шалимов прокомментировал игру с Челябинском.\n\nИгорь Шалимов признался, что конец матча для него стал ударом.\n\n"
	runQuoteCases(t, []quoteCase{
		{"ru the whole paragraph is the coach's", "ru",
			intro + "Ну концовка, конечно, жесть. Сперва нужно было довести до победы, а потом бежать радоваться. Это будет урок нам на будущее. Для них счастье, а для меня удар, прокомментировал тренер Факела.",
			[]wantQuote{{"Ну концовка, конечно, жесть. Сперва нужно было довести до победы", "Игорь Шалимов"}}},
		{"ru a reporter's sentence with a score stays out", "ru",
			intro + "Матч закончился со счетом 2:2. Для них счастье, а для меня удар, прокомментировал тренер Факела.",
			[]wantQuote{{"Для них счастье, а для меня удар", "Игорь Шалимов"}}},
		{"ru a sentence naming someone else: the role is unclear", "ru",
			intro + "Гол на последней минуте забил Артем Дзюба. Для них счастье, а для меня удар, прокомментировал тренер Факела.",
			nil},
		{"en unmarked speech is not read", "en",
			"Fakel head coach Igor Shalimov commented on the game with Chelyabinsk.\n\nWell, the ending was harsh. First we had to win it, then celebrate. For them it is happiness, and for me a blow, commented the coach.",
			nil},
	})
}

// TestQuotesCutOffAtTheEnd: a Russian quotation the page cut off in its
// last paragraph («…, – продолжил Тумусов. – Но …» and no closing mark) is
// read up to its dash attribution. An unclosed mark with no attribution
// inside it, or in a paragraph the text goes on after, is a stray mark.
func TestQuotesCutOffAtTheEnd(t *testing.T) {
	const intro = "Депутат Госдумы Федот Тумусов прокомментировал цитату из своего интервью.\n\n"
	runQuoteCases(t, []quoteCase{
		{"ru cut off after a dash attribution", "ru",
			intro + "«Да, мне вкуснее наша национальная еда, на которой я вырос. Тут меня уже не переделать, – продолжил Тумусов. – Но дело не в этом, а в том, что россияне должны иметь возможность пробовать любые деликатесы. И не чинов",
			[]wantQuote{{"Да, мне вкуснее наша национальная еда", "Федот Тумусов"}}},
		{"ru cut off with no attribution", "ru",
			intro + "«Да, мне вкуснее наша национальная еда, на которой я вырос. Тут меня уже не переделать. Но дело не в этом, а в том, что россияне должны иметь возможность пробовать любые деликатесы. И не чинов",
			nil},
		{"ru a stray mark before another paragraph", "ru",
			intro + "«Да, мне вкуснее наша национальная еда, на которой я вырос. Тут меня уже не переделать, – продолжил Тумусов. – Но дело не в этом.\n\nЗаседание продолжится в понедельник.",
			nil},
		{"en cut off: English marks are left alone", "en",
			"State Duma deputy Fedot Tumusov commented on a quote from his interview.\n\n“Yes, I prefer our national food, I grew up on it. You cannot change me, – Tumusov continued. – But the point is that people should be able to try any delicacy. And no offic",
			nil},
	})
}

// TestQuotesTransliteratedFirstName: a speaker given by first name only
// ("says Ekaterina") is the person the article introduced by that name in
// another Latin transliteration ("a resident named Yekaterina"), written
// as the attribution writes it. Another name is not; Cyrillic names have
// one spelling and no such reading.
func TestQuotesTransliteratedFirstName(t *testing.T) {
	const q = "“I live near the square, and neither today nor yesterday did anyone clean it, people are standing there,” "
	runQuoteCases(t, []quoteCase{
		{"en Ye and E", "en",
			"A Russian resident of Almaty named Yekaterina told the Znak edition what is happening in the city.\n\n" + q + "says Ekaterina.",
			[]wantQuote{{"I live near the square", "Ekaterina"}}},
		{"en another name", "en",
			"A Russian resident of Almaty named Yekaterina told the Znak edition what is happening in the city.\n\n" + q + "says Elena.",
			nil},
		{"ru a short form is another spelling, not a transliteration", "ru",
			"Жительница Алматы по имени Екатерина рассказала изданию «Знак» о происходящем в городе.\n\n«Я живу рядом с площадью, и ни сегодня, ни вчера ее никто не убирал, люди там стоят», — говорит Катерина.",
			nil},
	})
}
