package analyze

import "testing"

// TestQuotesSpeakerLine: a transcript's speaker line — a name, perhaps a
// title after a comma, and a colon — over a paragraph of speech without
// marks gives that paragraph to the speaker. A name over a biography, a
// label over a list, an outlet's line and a question give no quotation.
func TestQuotesSpeakerLine(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru a name and a title over the answer", "ru",
			"Глава города Тимур Абдыкеров провел прием граждан.\n\nТимур Абдыкеров, мэр Каракола:\n\nМы начнем ремонт дорог уже в апреле, деньги на это у нас есть.\n\nПрием продолжался четыре часа.",
			[]wantQuote{{"Мы начнем ремонт дорог уже в апреле", "Тимур Абдыкеров"}}},
		{"ru a surname given in full before", "ru",
			"Министр просвещения Айдар Сулейменов рассказал о реформе в эфире телеканала.\n\nСулейменов:\n\nВы знаете, реформа идет третий год, и мы видим первые результаты в школах.",
			[]wantQuote{{"Вы знаете, реформа идет третий год", "Айдар Сулейменов"}}},
		{"ru an outlet's question is no quotation", "ru",
			"Министр Айдар Сулейменов ответил на вопросы телеканала.\n\nТелеканал:\n\nКогда вы начнете реформу школ в нашей области?",
			nil},
		{"ru a name over a biography is no transcript", "ru",
			"Кандидаты в депутаты городского совета.\n\nТимур Абдыкеров, предприниматель:\n\nРодился в 1975 году в Караколе, окончил политехнический институт в Бишкеке.",
			nil},
		{"en a name and a title over the answer", "en",
			"The mayor Timur Abdykerov met residents on Friday.\n\nTimur Abdykerov, mayor of Karakol:\n\nWe will start repairing the roads in April, and we have the money for it.",
			[]wantQuote{{"We will start repairing the roads in April", "Timur Abdykerov"}}},
		{"en a label over a list is no transcript", "en",
			"The council met on Friday.\n\nTimur Abdykerov, mayor:\n\nBudget, roads, schools and the new bus station on the river bank.",
			nil},
	})
}

// TestQuotesAddressedSpeech: a paragraph of speech opening with an address
// to its audience («Уважаемые депутаты!», "Dear colleagues,") under a
// paragraph in which one named person takes the floor is that person's,
// and the paragraphs that go on in the first person are part of it. An
// address in the reporter's sentence, or no one named before, gives none.
func TestQuotesAddressedSpeech(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru a speech after «выступила X»", "ru",
			"На сессии городского совета выступила депутат Айнура Токтосунова.\n\nУважаемые коллеги! Я прошу вас не голосовать за этот бюджет, в нем нет денег на школы.\n\nМы обещали родителям новые классы, и я не могу их обмануть.\n\nЗа бюджет проголосовали 30 депутатов.",
			[]wantQuote{{"Уважаемые коллеги! Я прошу вас не голосовать", "Айнура Токтосунова"}}},
		{"ru no one named before", "ru",
			"На сессии городского совета выступили несколько депутатов.\n\nУважаемые коллеги! Я прошу вас не голосовать за этот бюджет, в нем нет денег на школы.",
			nil},
		{"ru a reporter's sentence about dear guests", "ru",
			"На празднике выступил аким района Ержан Омаров.\n\nДорогие гости фестиваля увидели концерт и ярмарку, а вечером был салют.",
			nil},
		{"ru an address alone over the speech, after «поздравила»", "ru",
			"Спикер парламента Айгуль Токтосунова поздравила горожан с праздником.\n\nДорогие земляки!\n\nПоздравляю вас с Днем города. Я горжусь тем, что мы вместе построили за эти годы.\n\nНа площади прошел концерт.",
			[]wantQuote{{"Поздравляю вас с Днем города", "Айгуль Токтосунова"}}},
		{"en an address alone over the speech, after greeted", "en",
			"Speaker Aigul Toktosunova greeted the residents on the holiday.\n\nDear friends!\n\nI congratulate you on the City Day. I am proud of what we have built together over these years.",
			[]wantQuote{{"I congratulate you on the City Day", "Aigul Toktosunova"}}},
		{"en a speech after X addressed", "en",
			"Then the councillor Ainura Toktosunova addressed the session.\n\nDear colleagues, I ask you not to vote for this budget, there is no money in it for schools.\n\nThirty councillors voted for the budget.",
			[]wantQuote{{"Dear colleagues, I ask you not to vote", "Ainura Toktosunova"}}},
	})
}

// TestQuotesContinuedAnswer: an interview answer printed without marks
// goes on in the paragraphs after it that speak in the first person, with
// no dash, no marks and no speech verb; the reporter's paragraph after it
// ends the answer. Turns that a page's list markup turned into items are
// answers as well.
func TestQuotesContinuedAnswer(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru an answer in two paragraphs", "ru",
			"Чемпион мира по дзюдо Бекзод Абдуллаев ответил на вопросы нашего издания.\n- Бекзод, как вы начинали?\n- Сначала я занимался футболом, но тренер позвал меня в зал борьбы.\nЯ благодарен ему до сих пор, без него меня бы не было в спорте.\nВ субботу Абдуллаев вылетает на турнир в Токио.",
			[]wantQuote{{"Сначала я занимался футболом, но тренер позвал меня в зал борьбы. Я благодарен ему до сих пор", "Бекзод Абдуллаев"}}},
		{"ru the reporter's paragraph is not the answer", "ru",
			"Чемпион мира по дзюдо Бекзод Абдуллаев ответил на вопросы нашего издания.\n- Бекзод, как вы начинали?\n- Сначала я занимался футболом, но тренер позвал меня в зал борьбы.\nВ субботу спортсмен вылетает на турнир в Токио вместе с командой.",
			[]wantQuote{{"Сначала я занимался футболом, но тренер позвал меня в зал борьбы.", "Бекзод Абдуллаев"}}},
		{"en an answer in two paragraphs", "en",
			"Judo world champion Bekzod Abdullayev gave an interview to our agency.\n\n— Bekzod, how did you start?\n\n— At first I played football, but a coach brought me to the wrestling hall.\n\nI am grateful to him to this day, without him I would not be in sport.",
			[]wantQuote{{"At first I played football", "Bekzod Abdullayev"}}},
	})
}

// TestQuotesColonUnmarked: speech after its attribution's colon, printed
// without marks, is the speaker's when it speaks in the first person; it
// runs until a sentence speaks of someone or reports speech. A colon after
// a noun, or speech in the third person (the reporter's summary), gives
// none.
func TestQuotesColonUnmarked(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru «заявил: мы …»", "ru",
			"Аким города Ержан Омаров встретился с жителями и заявил: мы отремонтируем этот мост до конца лета. Деньги уже выделены. Он также посетил школу.",
			[]wantQuote{{"мы отремонтируем этот мост до конца лета. Деньги уже выделены.", "Ержан Омаров"}}},
		{"ru «сказал журналистам следующее:»", "ru",
			"Министр финансов Алибек Куантыров сказал журналистам следующее: я не вижу причин для девальвации тенге в этом году.",
			[]wantQuote{{"я не вижу причин для девальвации", "Алибек Куантыров"}}},
		{"ru the reporter's summary in the third person", "ru",
			"Аким города Ержан Омаров пояснил: причина аварии в старых трубах, их заменят летом.",
			nil},
		{"ru a colon after a noun", "ru",
			"Итоги встречи акима Ержана Омарова с жителями: мы узнали о трех новых школах и двух больницах.",
			nil},
		{"en said: we …", "en",
			"Mayor Yerzhan Omarov met residents on Friday and said: we will repair this bridge by the end of the summer.",
			[]wantQuote{{"we will repair this bridge", "Yerzhan Omarov"}}},
		{"en a list after a colon", "en",
			"Mayor Yerzhan Omarov listed the priorities: roads, schools and our two hospitals in the north of the city.",
			nil},
	})
}

// TestQuotesSingleGuillemets: single guillemets (‹…›) mark a quotation as
// «…» do; the reporter's sentence before it is never part of it.
func TestQuotesSingleGuillemets(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru ‹…›, — сказал X", "ru",
			"Министр транспорта Иван Петров встретился с водителями. ‹Мы готовы к переговорам с профсоюзом и ждем ответа›, — сказал Иван Петров.",
			[]wantQuote{{"Мы готовы к переговорам с профсоюзом и ждем ответа", "Иван Петров"}}},
		{"en ‹…›, said X", "en",
			"Transport minister John Peters met the drivers. ‹We are ready for talks with the union and expect an answer›, said John Peters.",
			[]wantQuote{{"We are ready for talks with the union", "John Peters"}}},
	})
}

// TestQuotesAnswerAfterAttributedTurn: a dash answer without an
// attribution, after a reporter's question that follows a turn its own
// attribution names, is that person's; a paragraph that is no question
// between them breaks the exchange.
func TestQuotesAnswerAfterAttributedTurn(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru answer after the question", "ru",
			"– Мы хорошо подготовились к этому матчу и заслужили победу, – сказал главный тренер Иван Петров.\n– Когда следующий матч?\n– Через неделю, в Алматы, мы будем готовиться всю неделю на базе.",
			[]wantQuote{{"Мы хорошо подготовились", "Иван Петров"}, {"Через неделю, в Алматы", "Иван Петров"}}},
		{"ru no question between", "ru",
			"– Мы хорошо подготовились к этому матчу и заслужили победу, – сказал главный тренер Иван Петров.\nМатч прошел при полных трибунах стадиона.\n– Через неделю, в Алматы, мы будем готовиться всю неделю на базе.",
			[]wantQuote{{"Мы хорошо подготовились", "Иван Петров"}}},
		{"ru a reporter's aside naming no one between", "ru",
			"– Мы хорошо подготовились к этому матчу и заслужили победу, – сказал главный тренер Иван Петров.\nКроме того, команда проведет два товарищеских матча в марте.\n– Когда следующий матч?\n– Через неделю, в Алматы, мы будем готовиться всю неделю на базе.",
			[]wantQuote{{"Мы хорошо подготовились", "Иван Петров"}, {"Через неделю, в Алматы", "Иван Петров"}}},
		{"ru an aside naming another coach", "ru",
			"– Мы хорошо подготовились к этому матчу и заслужили победу, – сказал главный тренер Иван Петров.\nНа пресс-конференцию пришел и тренер гостей Арман Садыков.\n– Когда следующий матч?\n– Через неделю, в Алматы, мы будем готовиться всю неделю на базе.",
			[]wantQuote{{"Мы хорошо подготовились", "Иван Петров"}}},
		{"en answer after the question", "en",
			"- We prepared well for this match and deserved the win, - said head coach Ivan Petrov.\n- When is the next match?\n- In a week, in Almaty, we will train all week at the base.",
			[]wantQuote{{"We prepared well for this match", "Ivan Petrov"}, {"In a week, in Almaty", "Ivan Petrov"}}},
	})
}

// TestQuotesTypographicMarks: quotations in the marks pages type besides
// «…» and “…” — mixed pairs (“…», "…”, «…"), German ‚…‘, and a typewriter's
// two apostrophes or two backticks for a double mark — are found, and the
// reporter's sentence before such a quotation is never taken into it.
func TestQuotesTypographicMarks(t *testing.T) {
	const ruLead = "Министр транспорта Иван Петров встретился с водителями. "
	const enLead = "Transport minister John Peters met the drivers. "
	var tests []quoteCase
	for _, m := range [][2]string{{"“", "»"}, {"\"", "”"}, {"''", "''"}, {"‚", "‘"}, {"„", "“"}, {"«", "\""}, {"«", "“"}} {
		tests = append(tests, quoteCase{"ru " + m[0] + "…" + m[1], "ru",
			ruLead + m[0] + "Мы готовы к переговорам с профсоюзом и ждем ответа" + m[1] + ", — сказал Иван Петров.",
			[]wantQuote{{"Мы готовы к переговорам с профсоюзом и ждем ответа", "Иван Петров"}}})
	}
	for _, m := range [][2]string{{"``", "''"}, {"''", "''"}, {"„", "“"}} {
		tests = append(tests, quoteCase{"en " + m[0] + "…" + m[1], "en",
			enLead + m[0] + "We are ready for talks with the union and expect an answer," + m[1] + " said John Peters.",
			[]wantQuote{{"We are ready for talks with the union", "John Peters"}}})
	}
	tests = append(tests,
		quoteCase{"ru «…\" closed later in the sentence", "ru",
			ruLead + "«Мы готовы к переговорам с профсоюзом и ждем ответа\". Об этом сообщил Иван Петров.",
			[]wantQuote{{"Мы готовы к переговорам с профсоюзом и ждем ответа", "Иван Петров"}}},
		quoteCase{"ru a name in „…“ inside «…» closes nothing", "ru",
			ruLead + "«Мы готовы к переговорам с „Трансавто“ и ждем ответа до конца недели», — сказал Иван Петров.",
			[]wantQuote{{"Мы готовы к переговорам с „Трансавто“ и ждем ответа до конца недели", "Иван Петров"}}},
		quoteCase{"ru a lone mark before more words closes nothing", "ru",
			ruLead + "«Мы готовы к переговорам с \"Трансавто и ждем ответа до конца недели», — сказал Иван Петров.",
			[]wantQuote{{"Мы готовы к переговорам с \"Трансавто и ждем ответа до конца недели", "Иван Петров"}}},
	)
	runQuoteCases(t, tests)
}

// TestQuotesColonDash: a dash after an attribution's colon opens direct
// speech («X заявил: — Мы …»), in any person; after a speaker's name and
// colon the dash is no word of the quotation.
func TestQuotesColonDash(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru «заявил: — …»", "ru",
			"Министр транспорта Иван Петров встретился с водителями и заявил: — Тарифы на проезд не изменятся до конца следующего года.",
			[]wantQuote{{"Тарифы на проезд не изменятся", "Иван Петров"}}},
		{"ru «X: — …»", "ru",
			"Министр транспорта Иван Петров встретился с водителями.\nИван Петров: — Тарифы на проезд не изменятся до конца следующего года.",
			[]wantQuote{{"Тарифы на проезд не изменятся", "Иван Петров"}}},
		{"en said: - …", "en",
			"Transport minister John Peters met the drivers and said: - Fares will not change until the end of next year.",
			[]wantQuote{{"Fares will not change", "John Peters"}}},
	})
}

// TestQuotesPlainInterview: an interview printed without dashes or marks —
// the reporter's questions as paragraphs ending in "?", the answers in the
// first person after them — gives each answer to the one person its lead
// names as interviewed. A rhetorical question in a report, with no such
// lead, gives no quotation.
func TestQuotesPlainInterview(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru questions and answers under an interview's lead", "ru",
			"Олимпийская чемпионка по тхэквондо Асель Нурланова дала интервью нашему агентству после возвращения из Парижа.\nКак вы готовились к Олимпиаде?\nЯ тренировалась по два раза в день, а последние три месяца жила на базе в горах.\nЧто было самым трудным?\nСамым трудным для меня было ждать финала, я почти не спала ночью.",
			[]wantQuote{{"Я тренировалась по два раза в день", "Асель Нурланова"}, {"Самым трудным для меня было ждать финала", "Асель Нурланова"}}},
		{"ru a rhetorical question in a report", "ru",
			"Городские власти снова подняли цены на проезд в автобусах.\nЧто будет с ценами дальше?\nМы спросили об этом в мэрии, но нам пока не ответили на запрос редакции.",
			nil},
		{"en questions and answers under an interview's lead", "en",
			"Olympic taekwondo champion Asel Nurlanova gave an interview to our agency after returning from Paris.\n\nHow did you prepare for the Olympics?\n\nI trained twice a day, and for the last three months I lived at the mountain base.",
			[]wantQuote{{"I trained twice a day", "Asel Nurlanova"}}},
		{"en one exchange after a report naming a speaker", "en",
			"Mayor John Peters said the bus fares would rise in March.\n\nWhat will happen to the fares next?\n\nWe asked the city hall, but our request has not been answered yet.",
			nil},
	})
}

// TestQuotesLooseAttributionDash: a dash turn whose attribution's dash has
// no comma before it («— A — сказал X.», «— A. — сказал X.») is still the
// speaker's when a lower-case speech verb and a speaker follow the dash;
// a dash inside a sentence that opens no turn stays an aside.
func TestQuotesLooseAttributionDash(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru no comma before the dash", "ru",
			"Министр Иван Петров открыл парк в центре города.\n— Мы открыли парк и через год откроем еще два в других районах — сказал Иван Петров.",
			[]wantQuote{{"Мы открыли парк и через год откроем еще два", "Иван Петров"}}},
		{"ru a full stop before the dash", "ru",
			"Министр Иван Петров открыл парк в центре города.\n— Мы открыли парк и через год откроем еще два в других районах. — сказал Иван Петров.",
			[]wantQuote{{"Мы открыли парк и через год откроем еще два", "Иван Петров"}}},
		{"ru a reporter's sentence with a dash", "ru",
			"Министр Иван Петров открыл парк в центре города и пообещал еще два — сказал об этом Иван Петров на встрече.",
			nil},
		{"en no comma before the dash", "en",
			"Minister John Peters opened the park in the city centre.\n\n— We opened the park and next year we will open two more in other districts — said John Peters.",
			[]wantQuote{{"We opened the park and next year", "John Peters"}}},
	})
}

// TestQuotesInterviewSubheading: a section heading between an interview's
// lead and its dash turns (or between the turns) does not end the
// interview: the answer after it is the interviewee's.
func TestQuotesInterviewSubheading(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru a heading after the lead", "ru",
			"Мэр Омска Сергей Шелест дал интервью нашему изданию о самых насущных вопросах города.\nО самом волнующем зимой — снеге и отоплении\n— Сергей Николаевич, почему город так плохо чистят от снега?\n— Мы закупили двадцать новых машин, и уже в этом месяце они выйдут на улицы города.",
			[]wantQuote{{"Мы закупили двадцать новых машин", "Сергей Шелест"}}},
		{"en a heading after the lead", "en",
			"Omsk mayor Sergei Shelest gave an interview to our newspaper about the city.\n\nOn snow and heating\n\n— Sergei Nikolayevich, why is the city cleared of snow so badly?\n\n— We bought twenty new machines, and this month they will go out onto the streets.",
			[]wantQuote{{"We bought twenty new machines", "Sergei Shelest"}}},
	})
}

// TestQuotesAskingTurn: an interviewer's turn that asks with a request
// and no question mark («Айдар Маратович, расскажите о себе.», "Tell us
// about the budget.") is a question: the turn after it is the answer.
func TestQuotesAskingTurn(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru a request for an answer", "ru",
			"Министр просвещения Айдар Сулейменов дал интервью нашему агентству.\nВопросы читателей:\n— Айдар Маратович, расскажите о себе и о том, почему вы вернулись в министерство.\n— Я двадцать лет работал учителем в сельской школе, поэтому хорошо знаю, что нужно детям.",
			[]wantQuote{{"Я двадцать лет работал учителем", "Айдар Сулейменов"}}},
		{"en a request for an answer", "en",
			"Education minister Aidar Suleimenov gave an interview to our agency.\n\n— Tell us about yourself and why you came back to the ministry.\n\n— I worked as a teacher in a village school for twenty years, so I know what children need.",
			[]wantQuote{{"I worked as a teacher", "Aidar Suleimenov"}}},
	})
}

// TestQuotesPatronymicAddress: in a lead that names the interviewee in
// full, his first name and patronymic («Андрей Александрович») address
// the same man and name no second person, so the answers are his. In
// English the first name alone addresses him the same way.
func TestQuotesPatronymicAddress(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru first name and patronymic in the lead", "ru",
			"Вице-губернатор Андрей Новоселов дал интервью нашему агентству. Андрей Александрович впервые пришел в редакцию.\n— Почему вы вернулись в Омск?\n— Я сам омич, сорок пять лет прожил в этом городе и всегда хотел вернуться домой.",
			[]wantQuote{{"Я сам омич", "Андрей Новоселов"}}},
		{"en first name in the lead", "en",
			"Vice-governor Andrei Novoselov gave an interview to our agency. Andrei came to the newsroom for the first time.\n\n— Why did you come back to Omsk?\n\n— I was born here, I lived in this city for forty-five years and always wanted to come home.",
			[]wantQuote{{"I was born here", "Andrei Novoselov"}}},
	})
}
