package analyze

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/news"
)

// quoteCase is one table case of the quote rules: the quotations wanted, in
// order of position, each as a text prefix and a speaker; none wants no
// quotation at all.
type quoteCase struct {
	name, lang, body string
	want             []wantQuote
}

type wantQuote struct{ text, speaker string }

// assertQuotesInOrder checks the quotations got, in order of position,
// against want: as many, each opening with its text and by its speaker.
func assertQuotesInOrder(t *testing.T, got []news.Quote, want []wantQuote) {
	t.Helper()
	slices.SortFunc(got, func(x, y news.Quote) int { return x.Pos - y.Pos })
	if len(got) != len(want) {
		t.Fatalf("got %d quotes %+v, want %d %+v", len(got), got, len(want), want)
	}
	for i, w := range want {
		if !strings.HasPrefix(got[i].Text, w.text) || got[i].Speaker != w.speaker {
			t.Errorf("quote %d = %q by %q, want %q… by %q", i, got[i].Text, got[i].Speaker, w.text, w.speaker)
		}
	}
}

func runQuoteCases(t *testing.T, tests []quoteCase) {
	t.Helper()
	a := shared()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Title: "T", Body: tt.body, Lang: tt.lang}).Quotes
			assertQuotesInOrder(t, got, tt.want)
		})
	}
}

// TestQuotesNamesakeOfKnownPerson: the later words of a name are skipped
// when people are listed, so a namesake of a known person ("Ali Sharif"
// beside Shehbaz Sharif) is one person, and "he" resolves to him.
func TestQuotesNamesakeOfKnownPerson(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en namesake then he said", "en",
			"Opposition lawyer Ali Sharif met reporters in Lahore on Monday. “We are not going to accept these charges at all,” he said.",
			[]wantQuote{{"We are not going to accept", "Ali Sharif"}}},
		{"ru namesake then сказал он", "ru",
			"Адвокат Али Шариф встретился с журналистами в Лахоре в понедельник. «Мы не собираемся признавать эти обвинения вообще», — сказал он.",
			[]wantQuote{{"Мы не собираемся признавать", "Али Шариф"}}},
	})
}

// TestQuotesSpeechVerbs: the attribution verbs of both languages, in their
// gender and number forms, attach a quotation to its speaker.
func TestQuotesSpeechVerbs(t *testing.T) {
	const ru = "«Мы продолжим переговоры о поставках воды до конца этого года», — "
	const en = "“We will keep talking about water supplies until the end of this year,” "
	var tests []quoteCase
	for _, v := range []string{"дополнил", "уточнил", "подытожил", "констатировал", "напомнил", "признался", "пояснил", "пообещал"} {
		tests = append(tests, quoteCase{"ru " + v, "ru", ru + v + " Ермек Кошербаев.", []wantQuote{{"Мы продолжим переговоры", "Ермек Кошербаев"}}})
	}
	for _, v := range []string{"дополнила", "подытожила", "констатировала", "призналась"} {
		tests = append(tests, quoteCase{"ru " + v, "ru", ru + v + " Айгуль Ибраева.", []wantQuote{{"Мы продолжим переговоры", "Айгуль Ибраева"}}})
	}
	for _, v := range []string{"вспоминал", "уточнял", "посоветовал"} {
		tests = append(tests, quoteCase{"ru " + v, "ru", ru + v + " Ермек Кошербаев.", []wantQuote{{"Мы продолжим переговоры", "Ермек Кошербаев"}}})
	}
	for _, v := range []string{"insisted", "argued", "explained", "recalled", "admitted", "vowed", "declared", "wrote", "posted", "stated", "pledged",
		"contended", "opined", "reasoned", "objected", "protested", "hinted", "emailed", "reckoned", "contends", "agrees", "maintains", "suggests"} {
		tests = append(tests, quoteCase{"en " + v, "en", en + v + " Yerzhan Ashikbayev.", []wantQuote{{"We will keep talking", "Yerzhan Ashikbayev"}}})
		tests = append(tests, quoteCase{"en X " + v, "en", en + "Yerzhan Ashikbayev " + v + ".", []wantQuote{{"We will keep talking", "Yerzhan Ashikbayev"}}})
	}
	runQuoteCases(t, tests)
}

// TestQuotesRoleSpeaker: a speaker named by a role resolves to the one
// person who is the subject of the sentences just before; with none, or
// two, there is no quote. People elsewhere in the article do not matter.
func TestQuotesRoleSpeaker(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en the minister noted", "en",
			"Kyrgyz Energy Minister Taalaibek Ibraev met the Kazakh delegation in Bishkek on Monday.\n\n“We will not allow rolling blackouts this winter, we have the reserves,” the minister noted.",
			[]wantQuote{{"We will not allow", "Taalaibek Ibraev"}}},
		{"en the Kremlin press secretary said", "en",
			"Kremlin spokesman Dmitry Peskov spoke to reporters on Friday. “There are no plans for such a meeting in the coming days,” the Kremlin press secretary said.",
			[]wantQuote{{"There are no plans", "Dmitry Peskov"}}},
		{"en the Russian presidential spokesman stressed", "en",
			"Dmitry Peskov was asked about the talks on Monday. “No contacts are planned in the coming days, the work is ongoing,” the Russian presidential spokesman stressed.",
			[]wantQuote{{"No contacts are planned", "Dmitry Peskov"}}},
		{"ru подчеркнул пресс-секретарь президента", "ru",
			"Дмитрий Песков ответил на вопросы журналистов в понедельник. «Никаких контактов в ближайшие дни не планируется, работа продолжается», — подчеркнул пресс-секретарь президента.",
			[]wantQuote{{"Никаких контактов", "Дмитрий Песков"}}},
		{"en the Foreign Minister said: before the quote", "en",
			"Foreign Minister Abbas Araghchi met ambassadors in Tehran on Sunday.\n\nThe Foreign Minister said: “Diplomacy will always continue, but the format has now changed.”",
			[]wantQuote{{"Diplomacy will always continue", "Abbas Araghchi"}}},
		{"en the minister with two people before", "en",
			"Energy Minister Taalaibek Ibraev met Economy Minister Daniyar Amangeldiev in Bishkek on Monday. Amangeldiev later left for Astana.\n\n“We will not allow rolling blackouts this winter, we have the reserves,” the minister noted.",
			nil},
		{"en a spokesman is nobody named", "en",
			"Kremlin spokesman Dmitry Peskov spoke to reporters on Friday. “There are no plans for such a meeting in the coming days,” a spokesman said.",
			nil},
		{"en the minister with nobody before", "en",
			"The talks ended late on Monday.\n\n“We will not allow rolling blackouts this winter, we have the reserves,” the minister noted.",
			nil},
		{"en another person elsewhere in the article", "en",
			"Deputy Kanybek Imanaliev opened the session in the morning.\n\nThe debate lasted six hours.\n\nThe hall was full.\n\nLater, Energy Minister Taalaibek Ibraev took the floor.\n\n“We will not allow rolling blackouts this winter, we have the reserves,” the minister noted.",
			[]wantQuote{{"We will not allow", "Taalaibek Ibraev"}}},
		{"ru отметил глава государства", "ru",
			"Президент Казахстана Касым-Жомарт Токаев провел совещание по энергетике.\n\n«Мы не допустим веерных отключений этой зимой, резервы есть», — отметил глава государства.",
			[]wantQuote{{"Мы не допустим", "Касым-Жомарт Токаев"}}},
		{"ru отметил представитель Кремля", "ru",
			"Россия заинтересована в том, чтобы весь мир слышал, что говорит президент РФ Владимир Путин. Так пресс-секретарь президента Дмитрий Песков прокомментировал присутствие иностранной прессы.\n\n«Нам нужно заниматься своими делами и обеспечивать свои интересы», — отметил представитель Кремля.",
			[]wantQuote{{"Нам нужно заниматься", "Дмитрий Песков"}}},
		{"ru указал глава МИДа", "ru",
			"Такое мнение озвучил в четверг министр иностранных дел Казахстана Ермек Кошербаев в интервью телеведущему Дмитрию Киселёву.\n\n«Мы все хотим, чтобы это завершилось как можно скорее», — указал глава МИДа.",
			[]wantQuote{{"Мы все хотим", "Ермек Кошербаев"}}},
		{"ru рассказал главный тренер after a quote by name", "ru",
			"«Проиграли матч, соперник оказался сильнее нас сегодня», — рассказал Дмитрий Пятибратов.\n\n«Старались играть агрессивно, но пропустили легкие мячи», — рассказал главный тренер.",
			[]wantQuote{{"Проиграли матч", "Дмитрий Пятибратов"}, {"Старались играть", "Дмитрий Пятибратов"}}},
		{"ru пресс-секретарь of a named person is not that person", "ru",
			"Касым-Жомарт Токаев провел совещание по энергетике.\n\n«Президент держит ситуацию в нашей стране под контролем», — подчеркнул пресс-секретарь Токаева.",
			nil},
		{"ru two people before", "ru",
			"Министр энергетики Таалайбек Ибраев встретился с министром экономики Данияром Амангельдиевым. Амангельдиев затем уехал в Астану.\n\n«Мы не допустим веерных отключений этой зимой, резервы есть», — отметил министр.",
			nil},
	})
}

// TestQuotesAppositionSpeaker: a name before a comma-enclosed apposition
// and the verb; an ordinary person may be named by a first name only, and
// is given as written.
func TestQuotesAppositionSpeaker(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en first name, an Almaty resident, told", "en",
			"Prices rose again this week. Raushan, an Almaty resident, told reporters: “We cannot pay these prices for gas any longer.”",
			[]wantQuote{{"We cannot pay", "Raushan"}}},
		{"en name, speaking to reporters, said:", "en",
			"According to Saed News, Seyed Abbas Araghchi, speaking to reporters on the sidelines of the cabinet meeting, said: “A closed-door session of the Security Council has been requested.”",
			[]wantQuote{{"A closed-door session", "Seyed Abbas Araghchi"}}},
		{"ru имя, жительница Алматы, рассказала", "ru",
			"Цены на газ снова выросли. Раушан, жительница Алматы, рассказала: «Мы больше не можем платить такие цены за газ».",
			[]wantQuote{{"Мы больше не можем", "Раушан"}}},
		{"en a first name without apposition is not enough", "en",
			"Prices rose again this week. “We cannot pay these prices for gas any longer,” Raushan said.",
			nil},
	})
}

// TestQuotesGazetteerCueNames: a name made of words that are also place
// cues ("Abbas" is one for Palestine) is still a name; a country before a
// name is not part of it.
func TestQuotesGazetteerCueNames(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en said Foreign Minister Abbas Araghchi", "en",
			"“We have always been ready to negotiate from an equal position,” said Foreign Minister Abbas Araghchi.",
			[]wantQuote{{"We have always been ready", "Abbas Araghchi"}}},
		{"en Abbas Araghchi said", "en",
			"“We have always been ready to negotiate from an equal position,” Abbas Araghchi said.",
			[]wantQuote{{"We have always been ready", "Abbas Araghchi"}}},
		{"en Araghchi noted: after the full name", "en",
			"Foreign Minister Seyed Abbas Araghchi met reporters on Sunday. Araghchi noted: “Experience has proven that there is no other solution.”",
			[]wantQuote{{"Experience has proven", "Seyed Abbas Araghchi"}}},
		{"ru заявил глава МИД Аббас Аракчи", "ru",
			"«Мы всегда были готовы к переговорам на равных условиях», — заявил глава МИД Ирана Аббас Аракчи.",
			[]wantQuote{{"Мы всегда были готовы", "Аббас Аракчи"}}},
		{"ru a country before a leader", "ru",
			"«Мы не будем продавать предприятие никому и никогда», — заявил президент Беларуси Александр Лукашенко.",
			[]wantQuote{{"Мы не будем продавать", "Александр Лукашенко"}}},
	})
}

// TestQuotesPronounAfterQuotation: "he" in a later sentence goes on with
// the speaker of the quotation before it, even when that sentence named a
// source first ("According to Saed News, …").
func TestQuotesPronounAfterQuotation(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en he stated after a quotation", "en",
			"According to Saed News, Seyed Abbas Araghchi, speaking to reporters on Monday, said: “A closed-door session of the Security Council has been requested.”\n\nRegarding negotiations, he stated: “We have always been ready to negotiate from an equal position.”",
			[]wantQuote{{"A closed-door session", "Seyed Abbas Araghchi"}, {"We have always been ready", "Seyed Abbas Araghchi"}}},
		{"ru он добавил after a quotation", "ru",
			"По данным агентства «Кабар», президент Садыр Жапаров, выступая перед журналистами, заявил: «Выборы являются исключительно внутренним делом страны».\n\nО визите в Москву он сказал: «Мой визит в Москву был чисто рабочим и очень коротким».",
			[]wantQuote{{"Выборы являются", "Садыр Жапаров"}, {"Мой визит в Москву", "Садыр Жапаров"}}},
	})
}

// TestQuotesDialogueDashes: Russian dialogue with dashes is split into
// turns, each with its own speaker; the text after an attribution's next
// dash goes on with the same speaker; a paragraph without quotation marks
// ending in a dash attribution is direct speech.
func TestQuotesDialogueDashes(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru question and answer turns", "ru",
			"Главный тренер брестского «Динамо» Сергей Ковальчук поделился впечатлениями после матча.\n\n- Игра на барабане в конце матча, это такой план был у команды? – Я не обратил внимания, я не знаю, о чем идет речь, – сказал Ковальчук.",
			[]wantQuote{{"Я не обратил внимания", "Сергей Ковальчук"}}},
		{"ru спросил X then another speaker", "ru",
			"— Вы придете на переговоры в Астане в следующем месяце? — спросил Ермек Кошербаев. — Нет, мы не сможем приехать в Астану в этом месяце, — ответил Таалайбек Ибраев.",
			[]wantQuote{{"Вы придете на переговоры", "Ермек Кошербаев"}, {"Нет, мы не сможем", "Таалайбек Ибраев"}}},
		{"ru attribution inside quotation marks continues", "ru",
			"Президент России Владимир Путин провел совещание с правительством.\n\n\"У меня в графике появилось протокольное мероприятие, - сказал глава государства в среду на совещании. - Но перед тем, как мы сделаем паузу, я хотел бы дать слово коллегам\".",
			[]wantQuote{{"У меня в графике появилось протокольное мероприятие. Но перед тем", "Владимир Путин"}}},
		{"ru dash paragraph continues after the attribution", "ru",
			"- Экспертиза показала, что изъятое вещество является наркотическим, – сообщил следователь Евгений Бочаров. - Оба задержанных ранее привлекались к уголовной ответственности.",
			[]wantQuote{{"Экспертиза показала, что изъятое вещество является наркотическим. Оба задержанных", "Евгений Бочаров"}}},
		{"ru no quotation marks, dash attribution", "ru",
			"Конечно, результат нас расстроил. Парни старались, но этого недостаточно против такого соперника, – рассказал Дмитрий Пятибратов.",
			[]wantQuote{{"Конечно, результат нас расстроил", "Дмитрий Пятибратов"}}},
		{"ru no quotation marks, an office reports", "ru",
			"В Бишкеке задержали группу из пяти человек, подозреваемых в мошенничестве, — сообщили в ГКНБ.",
			nil},
		{"en a dash inside a quotation does not split it", "en",
			"“We are ready to talk - and we will go to Astana next month,” Taalaibek Ibraev said.",
			[]wantQuote{{"We are ready to talk - and we will go", "Taalaibek Ibraev"}}},
		{"en no quotation marks, a dash is no attribution", "en",
			"Prices rose again in Bishkek this week - said to be the steepest rise in a decade.",
			nil},
	})
}

// TestQuotesParticipialAndBetween: participial attributions, words between
// the verb and the speaker or the quotation, and a colon after a sentence
// whose subject spoke.
func TestQuotesParticipialAndBetween(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en , saying, “…”", "en",
			"Kremlin spokesman Dmitry Peskov dismissed the reports, saying, “A lot of fakes and outright lies are being published in the media.”",
			[]wantQuote{{"A lot of fakes", "Dmitry Peskov"}}},
		{"en stating: “…”", "en",
			"Kremlin spokesman Dmitry Peskov issued a statement on Friday stating: “A lot of fakes and outright lies are being published in the media.”",
			[]wantQuote{{"A lot of fakes", "Dmitry Peskov"}}},
		{"en “…,” pledged X", "en",
			"“We will rebuild every house destroyed by the floods this year,” pledged Taalaibek Ibraev.",
			[]wantQuote{{"We will rebuild", "Taalaibek Ibraev"}}},
		{"en told reporters in a city on Monday:", "en",
			"Taalaibek Ibraev told reporters in Bishkek on Monday: “We will rebuild every house destroyed by the floods this year.”",
			[]wantQuote{{"We will rebuild", "Taalaibek Ibraev"}}},
		{"en “…,” X told reporters on Monday", "en",
			"“We will rebuild every house destroyed by the floods this year,” Taalaibek Ibraev told reporters on Monday.",
			[]wantQuote{{"We will rebuild", "Taalaibek Ibraev"}}},
		{"en X noted that …: then the quotation", "en",
			"Shavkat Mirziyoyev noted that there is only one answer to such a question:\n\n“There is only one answer to the question: I am on one side!”",
			[]wantQuote{{"There is only one answer", "Shavkat Mirziyoyev"}}},
		{"en a verb far before the colon with a clause between", "en",
			"Shavkat Mirziyoyev said the region needed water, and the farmers who met him in Termez on Friday agreed with the following:\n\n“There is only one answer to the question: we need more water.”",
			nil},
		{"ru , заявив: «…»", "ru",
			"Дмитрий Песков опроверг сообщения, заявив: «Это очередная фальшивка, которую распространяют в СМИ».",
			[]wantQuote{{"Это очередная фальшивка", "Дмитрий Песков"}}},
		{"ru — пообещал X", "ru",
			"«Мы восстановим каждый дом, разрушенный паводком в этом году», — пообещал Таалайбек Ибраев.",
			[]wantQuote{{"Мы восстановим", "Таалайбек Ибраев"}}},
		{"ru — сказала в Twitter официальный представитель … X", "ru",
			"«Уже направили запрос в компанию, надеемся на техническую проблему», — сказала в Twitter официальный представитель МИД России Мария Захарова.",
			[]wantQuote{{"Уже направили запрос", "Мария Захарова"}}},
		{"ru заявил журналистам в понедельник:", "ru",
			"Таалайбек Ибраев заявил журналистам в Бишкеке в понедельник: «Мы восстановим каждый дом, разрушенный паводком в этом году».",
			[]wantQuote{{"Мы восстановим", "Таалайбек Ибраев"}}},
		{"ru X отметил, что …: then the quotation", "ru",
			"Шавкат Мирзиёев отметил, что на такой вопрос есть только один ответ:\n\n«На этот вопрос у меня есть только один ответ: я на одной стороне!»",
			[]wantQuote{{"На этот вопрос", "Шавкат Мирзиёев"}}},
	})
}

// TestQuotesNeverQuotes: captions, the words of a cartoon or a poster,
// slogans and titles of works are never quotations, however attributed.
func TestQuotesNeverQuotes(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en cartoon caption", "en",
			"In a caricature by the country’s most prominent political cartoonist, Sergey Elkin, Vladimir Putin is standing on top of the Kremlin wall with his arms outstretched.\n“So what else do I need to do for you guys to finally start rebelling,” Putin asks, with a look of desperation.",
			nil},
		{"en the cartoonist himself is quoted", "en",
			"In a caricature by the political cartoonist Sergey Elkin, Vladimir Putin is standing on top of the Kremlin wall.\n“I draw what the people around me are afraid to say out loud,” Elkin said.",
			[]wantQuote{{"I draw what", "Sergey Elkin"}}},
		{"en a painting given as a gift is no depiction", "en",
			"Putin presented Rahmon with a painting by Soviet artist Moisei Birshtein.\n“We are not outsiders to you, we have always been friends,” Rahmon said.",
			[]wantQuote{{"We are not outsiders", "Rahmon"}}},
		{"en slogan", "en",
			"Protesters in Almaty marched under the slogan “We want fair prices for gas and fuel now,” police spokesman Saltanat Azirbek said.",
			nil},
		{"en title of a film", "en",
			"The director Aizhan Kassymbek, who shot the film “The land where our fathers were born and buried,” said the premiere would be in Almaty.",
			nil},
		{"en caption with a photo credit", "en",
			"“We will win this fight against corruption in our country,” Kassym-Jomart Tokayev said at the congress. Photo: Akorda press service",
			nil},
		{"ru карикатура", "ru",
			"На карикатуре Сергея Елкина Владимир Путин стоит на кремлевской стене с распростертыми руками.\n«Что еще мне сделать, чтобы вы наконец начали бунтовать», — спрашивает Путин.",
			nil},
		{"ru лозунг", "ru",
			"Участники акции прошли по центру Минска под лозунгом «Мы за независимость и против интеграции», — сообщил Игорь Петришенко.",
			nil},
		{"ru названия фильмов", "ru",
			"Он с успехом снимался в кино (фильмы «Руины стреляют», «Крушение империи», «Время выбрало нас»), рассказал Виктор Тарасов.",
			nil},
		{"ru подпись к фото", "ru",
			"«Мы победим коррупцию в нашей стране любой ценой», — заявил Касым-Жомарт Токаев на съезде. Фото: пресс-служба Акорды",
			nil},
	})
}

// TestQuotesStayInParagraph: an unbalanced or mixed quotation mark never
// swallows the rest of its paragraph or the next one.
func TestQuotesStayInParagraph(t *testing.T) {
	const en = "“We will lift the ban next month, once the harvest is in,” Taalaibek Ibraev said."
	const ru = "«Мы снимем запрет в следующем месяце, после уборки урожая», — сказал Таалайбек Ибраев."
	want := func(lang string) []wantQuote {
		if lang == "ru" {
			return []wantQuote{{"Мы снимем запрет в следующем месяце, после уборки урожая", "Таалайбек Ибраев"}}
		}
		return []wantQuote{{"We will lift the ban next month, once the harvest is in.", "Taalaibek Ibraev"}}
	}
	runQuoteCases(t, []quoteCase{
		{"en mixed ‘…' before the next paragraph", "en", "Officials called it a ‘temporary measure' for now.\n\n" + en, want("en")},
		{"en unclosed “ before the next paragraph", "en", "Officials called it a “temporary measure for now.\n" + en, want("en")},
		{"en stray \" earlier in the same paragraph", "en", "Officials called it a \"temporary measure for now. " + en, want("en")},
		{"en a mixed closing mark", "en", "“We will lift the ban next month, once the harvest is in, “said Taalaibek Ibraev.\n\nThe ban was introduced in May.", want("en")},
		{"ru unclosed « before the next paragraph", "ru", "Чиновники назвали это «временной мерой на зиму.\n" + ru, want("ru")},
		{"ru unclosed „ before the next paragraph", "ru", "Чиновники назвали это „временной мерой на зиму.\n\n" + ru, want("ru")},
		{"ru stray \" earlier in the same paragraph", "ru", "Чиновники назвали это \"временной мерой на зиму. " + ru, want("ru")},
	})
}

// TestQuotesCitedThroughMedium: a quotation cited through a medium names
// its speaker in an oblique case: a pronoun, a role or a surname the
// article gave in full before.
func TestQuotesCitedThroughMedium(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru цитирует РИА Новости собеседника", "ru",
			"Об этом заявил представитель МИД России в Симферополе Артем Березовский.\n\n«Наш аккаунт верифицирован давно, поэтому полемика выглядит странно», — цитирует РИА Новости собеседника.",
			[]wantQuote{{"Наш аккаунт верифицирован", "Артем Березовский"}}},
		{"ru цитирует Выборнова РБК", "ru",
			"Пресс-секретарь олимпийского комитета Константин Выборнов прокомментировал удаление записи.\n\n«Это наша техническая ошибка, я готов принести свои извинения», — цитирует Выборнова РБК.",
			[]wantQuote{{"Это наша техническая ошибка", "Константин Выборнов"}}},
		{"ru цитирует наставника, never named", "ru",
			"Матч закончился поражением хозяев.\n\n«Матч складывался неплохо, но из-за одного человека все закончилось так», — цитирует наставника «Советский спорт».",
			nil},
		{"en Interfax quoted X as saying", "en",
			"“Work on the agreement continues and cautious optimism can be expressed,” Interfax quoted Dmitry Peskov as saying.",
			[]wantQuote{{"Work on the agreement", "Dmitry Peskov"}}},
		{"en quoted without as saying is not a citation", "en",
			"“Work on the agreement continues and cautious optimism can be expressed,” Interfax quoted Dmitry Peskov in a report.",
			nil},
	})
}

// TestQuotesAppositionAfterQuotation: "“…,” Raushan, an Almaty resident,
// told AFP."
func TestQuotesAppositionAfterQuotation(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en first name and apposition after the quotation", "en",
			"“We cannot pay these prices for gas any longer,” Raushan, an Almaty resident, told AFP.",
			[]wantQuote{{"We cannot pay", "Raushan"}}},
		{"en full name and title apposition after the quotation", "en",
			"“We cannot pay these prices for gas any longer,” Aliya Moldabekova, the bank's chief economist, said.",
			[]wantQuote{{"We cannot pay", "Aliya Moldabekova"}}},
		{"ru имя и приложение после цитаты", "ru",
			"«Мы больше не можем платить такие цены за газ», — Раушан, жительница Алматы, рассказала журналистам.",
			[]wantQuote{{"Мы больше не можем", "Раушан"}}},
		{"en a place after the comma is no apposition", "en",
			"“We cannot pay these prices for gas any longer,” Raushan, Almaty, said.",
			nil},
	})
}

// TestQuotesSurnameOnly: a public figure of the gazetteer named by surname
// only is the speaker as written, and so is an unknown word that ends like
// a surname of the region (surname.go); a company's name is nobody. A
// Russian paragraph with a quoted term and a dash attribution is still
// direct speech.
func TestQuotesSurnameOnly(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en leader surname only", "en",
			"“As the Supreme Leader has stated, negotiations with the U.S. are a dead end,” Araghchi said.",
			[]wantQuote{{"As the Supreme Leader", "Araghchi"}}},
		{"en unknown surname only", "en",
			"“As the Supreme Leader has stated, negotiations with the U.S. are a dead end,” Bakirov said.",
			[]wantQuote{{"As the Supreme Leader", "Bakirov"}}},
		{"en a company only", "en",
			"“As the Supreme Leader has stated, negotiations with the U.S. are a dead end,” Lukoil said.",
			nil},
		{"ru a quoted term inside a dash-attributed paragraph", "ru",
			"Старались играть агрессивно, но стали “скромничать”. Наверное, было бы лучше, если бы мы позже забили, – рассказал Дмитрий Пятибратов.",
			[]wantQuote{{"Старались играть агрессивно", "Дмитрий Пятибратов"}}},
	})
}

// TestQuotesAcrossParagraphs: a paragraph that is only a quotation goes on
// with the speaker of the quotation that ends the paragraph before; a
// quotation of several paragraphs (no closing mark, the next paragraph
// opens with one) takes the speaker of its last paragraph.
func TestQuotesAcrossParagraphs(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en next paragraph goes on", "en",
			"“We will rebuild every house destroyed by the floods this year,” Taalaibek Ibraev said.\n\n“The money is already in the budget and the work starts in spring.”",
			[]wantQuote{{"We will rebuild", "Taalaibek Ibraev"}, {"The money is already", "Taalaibek Ibraev"}}},
		{"en next paragraph after reporter's text does not", "en",
			"“We will rebuild every house destroyed by the floods this year,” Taalaibek Ibraev said, speaking in Osh on Monday after touring three villages hit by the floods.\n\n“The money is already in the budget and the work starts in spring.”",
			[]wantQuote{{"We will rebuild", "Taalaibek Ibraev"}}},
		{"en run-on quotation of two paragraphs", "en",
			"“We will rebuild every house destroyed by the floods this year.\n\n“The money is already in the budget and the work starts in spring,” Taalaibek Ibraev said.",
			[]wantQuote{{"We will rebuild", "Taalaibek Ibraev"}, {"The money is already", "Taalaibek Ibraev"}}},
		{"ru следующий абзац продолжает", "ru",
			"«Мы восстановим каждый дом, разрушенный паводком в этом году», — сказал Таалайбек Ибраев.\n\n«Деньги уже заложены в бюджет, работы начнутся весной».",
			[]wantQuote{{"Мы восстановим", "Таалайбек Ибраев"}, {"Деньги уже заложены", "Таалайбек Ибраев"}}},
		{"ru цитата в два абзаца", "ru",
			"«Мы восстановим каждый дом, разрушенный паводком в этом году.\n\n«Деньги уже заложены в бюджет, работы начнутся весной», — сказал Таалайбек Ибраев.",
			[]wantQuote{{"Мы восстановим", "Таалайбек Ибраев"}, {"Деньги уже заложены", "Таалайбек Ибраев"}}},
	})
}

// TestQuotesAccordingToAndNameColon: "According to X, “…”", «По словам X,
// «…»» and a name opening its sentence with a colon («Джепарова: "…"»).
func TestQuotesAccordingToAndNameColon(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en According to X,", "en",
			"According to Taalaibek Ibraev, “We will rebuild every house destroyed by the floods this year.”",
			[]wantQuote{{"We will rebuild", "Taalaibek Ibraev"}}},
		{"en According to a news agency is no speaker", "en",
			"According to Saed News, “A closed-door session of the Security Council has been requested.”",
			nil},
		{"en Name: “…”", "en",
			"Taalaibek Ibraev: “We will rebuild every house destroyed by the floods this year.”",
			[]wantQuote{{"We will rebuild", "Taalaibek Ibraev"}}},
		{"en talks with X: “…” is not X's", "en",
			"The minister held talks with Taalaibek Ibraev: “We will rebuild every house destroyed by the floods this year.”",
			nil},
		{"ru По словам X,", "ru",
			"Министр энергетики Таалайбек Ибраев посетил Ош.\n\nПо словам Таалайбека Ибраева, «все дома, разрушенные паводком, будут восстановлены в этом году».",
			[]wantQuote{{"все дома", "Таалайбек Ибраев"}}},
		{"ru По его словам,", "ru",
			"Министр энергетики Таалайбек Ибраев посетил Ош в понедельник.\n\nПо его словам, «все дома, разрушенные паводком, будут восстановлены в этом году».",
			[]wantQuote{{"все дома", "Таалайбек Ибраев"}}},
		{"ru Имя: «…»", "ru",
			"Эмине Джапарова заявила о позиции Украины.\n\nДжапарова: «Мы повторяем, что это абсолютно неприемлемо для нас и наших партнеров».",
			[]wantQuote{{"Мы повторяем", "Эмине Джапарова"}}},
	})
}

// TestQuotesMediumAndAge: a medium told the statement stands between the
// verb and the speaker and is never the speaker; an age apposition stands
// between the name and the verb; «уверен» attributes like a verb.
func TestQuotesMediumAndAge(t *testing.T) {
	const ru = "«Мы восстановим каждый дом, разрушенный паводком в этом году», — "
	const en = "“We will rebuild every house destroyed by the floods this year,” "
	runQuoteCases(t, []quoteCase{
		{"ru сказал ТАСС", "ru", ru + "сказал ТАСС Таалайбек Ибраев.", []wantQuote{{"Мы восстановим", "Таалайбек Ибраев"}}},
		{"ru рассказал РИА Новости директор", "ru", ru + "рассказал РИА Новости директор института Иван Петров.", []wantQuote{{"Мы восстановим", "Иван Петров"}}},
		{"ru заявил «Известиям» депутат", "ru", ru + "заявил «Известиям» депутат Госдумы Иван Петров.", []wantQuote{{"Мы восстановим", "Иван Петров"}}},
		{"ru сообщил Kaktus.media", "ru", ru + "сообщил Kaktus.media Таалайбек Ибраев.", []wantQuote{{"Мы восстановим", "Таалайбек Ибраев"}}},
		{"ru сообщил РИА Новости alone", "ru", ru + "сообщает РИА Новости.", nil},
		{"ru уверен X", "ru", ru + "уверен Таалайбек Ибраев.", []wantQuote{{"Мы восстановим", "Таалайбек Ибраев"}}},
		{"ru X уверен:", "ru", "Таалайбек Ибраев уверен: «Мы восстановим каждый дом, разрушенный паводком в этом году».", []wantQuote{{"Мы восстановим", "Таалайбек Ибраев"}}},
		{"en X told Reuters", "en", en + "Taalaibek Ibraev told Reuters.", []wantQuote{{"We will rebuild", "Taalaibek Ibraev"}}},
		{"en told Reuters:", "en", "Taalaibek Ibraev told Reuters: “We will rebuild every house destroyed by the floods this year.”", []wantQuote{{"We will rebuild", "Taalaibek Ibraev"}}},
		{"en Reuters reported", "en", en + "Reuters reported.", nil},
		{"en X, 54, said", "en", en + "Taalaibek Ibraev, 54, said.", []wantQuote{{"We will rebuild", "Taalaibek Ibraev"}}},
		{"en X, 54, said:", "en", "Taalaibek Ibraev, 54, said: “We will rebuild every house destroyed by the floods this year.”", []wantQuote{{"We will rebuild", "Taalaibek Ibraev"}}},
	})
}

// TestQuotesPronounSkipsGovernedName: "he" after a sentence that names two
// people refers to its subject, not to a person inside a prepositional
// phrase («встреча с Багратом Србазаном», "talks with Joe Biden").
func TestQuotesPronounSkipsGovernedName(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru subject, then a name after «с»", "ru",
			"Депутат Рустам Бакоян заверил, что встреча с Багратом Србазаном исключена из повестки дня. \"Пусть все будут спокойны, такого обсуждения в парламенте нет и быть не может\", - сказал он.",
			[]wantQuote{{"Пусть все будут спокойны", "Рустам Бакоян"}}},
		{"ru only a governed name: no speaker", "ru",
			"Депутаты заверили, что встреча с Багратом Србазаном исключена из повестки дня. \"Пусть все будут спокойны, такого обсуждения в парламенте нет и быть не может\", - сказал он.",
			nil},
		{"en subject, then a name after with", "en",
			"Senator Mark Warner said the talks with Joe Biden were over for this week. “We will not come back to this bill before the recess, that much is clear,” he said.",
			[]wantQuote{{"We will not come back", "Mark Warner"}}},
		{"en a statement to a reporter, then he said", "en",
			"Senator Johnny Isakson made the following statement to Tamar Hallerman on Monday. And he said, “I think it was totally inappropriate, and he does not have to do that.”",
			[]wantQuote{{"I think it was totally inappropriate", "Johnny Isakson"}}},
		{"ru заявление корреспонденту, затем сказал он", "ru",
			"Сенатор Джонни Исаксон сделал заявление для Тамары Халлерман в понедельник. \"Я считаю это совершенно неуместным, и ему не нужно было этого делать\", - сказал он.",
			[]wantQuote{{"Я считаю это совершенно неуместным", "Джонни Исаксон"}}},
		{"en only a governed name: no speaker", "en",
			"The senators said the talks with Joe Biden were over for this week. “We will not come back to this bill before the recess, that much is clear,” he said.",
			nil},
	})
}

// TestQuotesSpokenReactions: a surprised, joking or sharp reply, a question
// and a confirmation attribute a quotation like "said" does.
func TestQuotesSpokenReactions(t *testing.T) {
	const ru = "«Так вы и по-русски ещё умеете говорить с нами?» — "
	const en = "“So you can speak Russian with us as well, can you?” "
	var tests []quoteCase
	for _, v := range []string{"удивился", "пошутил", "поинтересовался", "парировал", "усмехнулся", "возмутился", "отрезал", "подтвердил", "согласился", "отреагировал", "обратился", "рассмеялся"} {
		tests = append(tests, quoteCase{"ru " + v, "ru", ru + v + " Ермек Кошербаев.", []wantQuote{{"Так вы и по-русски", "Ермек Кошербаев"}}})
	}
	for _, v := range []string{"удивилась", "пошутила", "поинтересовалась", "подтвердила", "согласилась", "отреагировала", "обратилась", "рассмеялась"} {
		tests = append(tests, quoteCase{"ru " + v, "ru", ru + v + " Айгуль Ибраева.", []wantQuote{{"Так вы и по-русски", "Айгуль Ибраева"}}})
	}
	for _, v := range []string{"retorted", "laughed", "snapped", "scoffed", "joked", "underlined", "underscored", "echoed", "agreed"} {
		tests = append(tests, quoteCase{"en " + v, "en", en + v + " Yerzhan Ashikbayev.", []wantQuote{{"So you can speak Russian", "Yerzhan Ashikbayev"}}})
		tests = append(tests, quoteCase{"en X " + v, "en", en + "Yerzhan Ashikbayev " + v + ".", []wantQuote{{"So you can speak Russian", "Yerzhan Ashikbayev"}}})
	}
	runQuoteCases(t, tests)
}

// TestQuotesAcronymBeforeName: an acronym before the full name the article
// gives («Глава МИД Сергей Лавров», "the head of the IAEA Rafael Grossi")
// is an organisation, not part of the speaker's name.
func TestQuotesAcronymBeforeName(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru «Глава МИД» before the name", "ru",
			"Глава МИД Сергей Лавров провел пресс-конференцию в Скопье. «Мы не будем разжевывать прессе, как нужно подавать информацию», — удивился Лавров.",
			[]wantQuote{{"Мы не будем разжевывать", "Сергей Лавров"}}},
		{"en the IAEA before the name", "en",
			"The head of the IAEA Rafael Grossi visited the plant on Monday. “We will keep our inspectors at the site for as long as it takes,” Grossi said.",
			[]wantQuote{{"We will keep our inspectors", "Rafael Grossi"}}},
	})
}

// TestQuotesShortQuestions: a short question or exclamation with its
// attribution right after it is a line someone said; a short statement,
// title or name in marks still is no quotation.
func TestQuotesShortQuestions(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru a short question, then — добавила X", "ru",
			"Журналисты CNN задали вопрос министру. \"Вы не верите своему счастью?\" - добавила Мария Захарова.",
			[]wantQuote{{"Вы не верите своему счастью", "Мария Захарова"}}},
		{"en a short question, then X asked", "en",
			"The host held up the letter. “Did you sign this letter?” Jimmy Kimmel asked.",
			[]wantQuote{{"Did you sign this letter", "Jimmy Kimmel"}}},
		{"ru a short exclamation", "ru",
			"«Мы всё равно выживем!» — заявил Денис Пушилин.",
			[]wantQuote{{"Мы всё равно выживем", "Денис Пушилин"}}},
		{"ru a short statement stays out", "ru",
			"«Мы всё равно выживем», — заявил Денис Пушилин.",
			nil},
		{"en a short statement stays out", "en",
			"“We will survive this,” Denis Pushilin said.",
			nil},
		{"en a three-word question stays out", "en",
			"“Is it over?” Denis Pushilin asked.",
			nil},
	})
}

// TestQuotesRoleByTitle: a role resolves to the nearby subject whose own
// title holds the role word, past a subject with another title between
// them; a subject with no title in its sentence might hold the role too,
// so then nobody is chosen.
func TestQuotesRoleByTitle(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru министр past a spokeswoman", "ru",
			"Министр иностранных дел России Сергей Лавров провел пресс-конференцию.\n\nОфициальный представитель МИД РФ Мария Захарова дала журналистам задать Лаврову вопрос. \"Вам разрешили прийти сюда сегодня?\" - спросил министр.",
			[]wantQuote{{"Вам разрешили прийти сюда", "Сергей Лавров"}}},
		{"en the minister past a spokeswoman", "en",
			"Foreign Minister Jeenbek Kulubaev held a press conference on Monday. Ministry spokeswoman Aigul Bekova then gave the floor to a journalist. “We do not comment on every broadcast,” the minister said.",
			[]wantQuote{{"We do not comment on every broadcast", "Jeenbek Kulubaev"}}},
		{"ru an untitled subject between: nobody", "ru",
			// An untitled man: «спросил» fits him as well as the minister.
			// (An untitled woman there is no one «спросил» may mean:
			// TestQuotesRoleOtherSex.)
			"Министр иностранных дел России Сергей Лавров провел пресс-конференцию. Иван Рябков затем дал слово журналистам. \"Вам разрешили прийти сюда сегодня?\" - спросил министр.",
			nil},
		{"en an untitled subject between: nobody", "en",
			"Foreign Minister Jeenbek Kulubaev met Aigul Bekova on Monday. Bekova then gave the floor to a journalist. “We do not comment on every broadcast,” the minister said.",
			nil},
	})
}

// TestQuotesNestedSameMarks: a quotation inside a quotation printed with
// the same marks ("… говорят: "Не буду подписывать". И все …", “… saying:
// “Uzbekistan, which side are you on?” They insist …”) does not end the
// outer one.
func TestQuotesNestedSameMarks(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru straight marks nested", "ru",
			"\"У нас некоторые министры говорят: \"Не буду подписывать\". И все, заболевают, уезжают в командировки и так далее\", – заявил Касым-Жомарт Токаев.",
			[]wantQuote{{"У нас некоторые министры говорят: \"Не буду подписывать\". И все", "Касым-Жомарт Токаев"}}},
		{"en curly marks nested", "en",
			"“Now is a very difficult time. Big countries are now saying: “Uzbekistan, which side are you on?” They are insisting on this firmly,” said Shavkat Mirziyoyev.",
			[]wantQuote{{"Now is a very difficult time. Big countries are now saying: “Uzbekistan, which side are you on?” They are", "Shavkat Mirziyoyev"}}},
		{"en two quotations side by side stay apart", "en",
			"“We will sign the border treaty this year,” said Shavkat Mirziyoyev. “It is a historic day for our two peoples,” he added.",
			[]wantQuote{{"We will sign the border treaty", "Shavkat Mirziyoyev"}, {"It is a historic day", "Shavkat Mirziyoyev"}}},
		{"ru two quotations side by side stay apart", "ru",
			"\"Мы подпишем договор о границе в этом году\", – сказал Шавкат Мирзиёев. \"Это исторический день для двух наших народов\", – добавил он.",
			[]wantQuote{{"Мы подпишем договор о границе", "Шавкат Мирзиёев"}, {"Это исторический день", "Шавкат Мирзиёев"}}},
	})
}

// TestQuotesHyphenatedFirstName: a hyphenated first name before a known
// surname («Касым-Жомарт Токаев», "Kassym-Jomart Tokayev") is one person,
// so "he said" after it refers to him.
func TestQuotesHyphenatedFirstName(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru pronoun after a hyphenated first name", "ru",
			"Касым-Жомарт Токаев прокомментировал работу министров. \"У нас некоторые министры говорят без всяких на то причин и оснований, и все\", – сказал он.",
			[]wantQuote{{"У нас некоторые министры", "Касым-Жомарт Токаев"}}},
		{"en pronoun after a hyphenated first name", "en",
			"Kassym-Jomart Tokayev commented on the work of the ministers. “Some ministers refuse to sign anything and then fall ill or leave on trips,” he said.",
			[]wantQuote{{"Some ministers refuse to sign", "Kassym-Jomart Tokayev"}}},
	})
}

// TestQuotesAttributionNextParagraph: a paragraph that is one quotation
// takes the speaker from the paragraph after it when that one opens with
// the attribution («Об этом заявил X», «Так X прокомментировал…», "So said
// X"); a statement of an organisation there names no one.
func TestQuotesAttributionNextParagraph(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru Об этом заявил X", "ru",
			"«Мы продолжим переговоры о поставках воды до конца этого года».\n\nОб этом заявил министр иностранных дел Ермек Кошербаев.",
			[]wantQuote{{"Мы продолжим переговоры", "Ермек Кошербаев"}}},
		{"ru Так X прокомментировал", "ru",
			"«Мы продолжим переговоры о поставках воды до конца этого года».\n\nТак Ермек Кошербаев прокомментировал итоги встречи.",
			[]wantQuote{{"Мы продолжим переговоры", "Ермек Кошербаев"}}},
		{"ru an organisation's statement: nobody", "ru",
			"«Мы продолжим переговоры о поставках воды до конца этого года».\n\nОб этом говорится в заявлении министерства.",
			nil},
		{"en So said X", "en",
			"“We will keep talking about water supplies until the end of this year.”\n\nSo said Yerzhan Ashikbayev on Monday.",
			[]wantQuote{{"We will keep talking", "Yerzhan Ashikbayev"}}},
		{"en the next paragraph is other news: nobody", "en",
			"“We will keep talking about water supplies until the end of this year.”\n\nYerzhan Ashikbayev arrived in Bishkek on Monday.",
			nil},
	})
}

// TestQuotesMediumBeforeName: a medium between the verb and the speaker
// («— сказал в интервью РИА Новости X», "told the Interfax news agency")
// is no part of the name; an appeal («— призвал X») attributes.
func TestQuotesMediumBeforeName(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru в интервью РИА Новости", "ru",
			"«Мы продолжим переговоры о поставках воды до конца этого года», — сказал в интервью РИА Новости Ермек Кошербаев.",
			[]wantQuote{{"Мы продолжим переговоры", "Ермек Кошербаев"}}},
		{"ru призвал", "ru",
			"«Давайте продолжим переговоры о поставках воды до конца этого года», — призвал Ермек Кошербаев.",
			[]wantQuote{{"Давайте продолжим переговоры", "Ермек Кошербаев"}}},
		{"en told the Interfax news agency", "en",
			"“We will keep talking about water supplies until the end of this year,” Yerzhan Ashikbayev told the Interfax news agency.",
			[]wantQuote{{"We will keep talking", "Yerzhan Ashikbayev"}}},
		{"en urged", "en",
			"“Let us keep talking about water supplies until the end of this year,” urged Yerzhan Ashikbayev.",
			[]wantQuote{{"Let us keep talking", "Yerzhan Ashikbayev"}}},
	})
}

// TestQuotesCountryPossessiveTitle: a country's possessive before a
// lower-case title ("said Kazakhstan’s deputy foreign minister X") and
// Russian deputy titles («замглавы МИД Казахстана X») lead to the name.
func TestQuotesCountryPossessiveTitle(t *testing.T) {
	const en = "“We will keep talking about water supplies until the end of this year,” "
	const ru = "«Мы продолжим переговоры о поставках воды до конца этого года», — "
	runQuoteCases(t, []quoteCase{
		{"en said Country’s lower-case title X", "en", en + "said Kazakhstan’s deputy foreign minister Yerzhan Ashikbayev.",
			[]wantQuote{{"We will keep talking", "Yerzhan Ashikbayev"}}},
		{"en Country’s lower-case title X said", "en", en + "Kazakhstan’s deputy foreign minister Yerzhan Ashikbayev said.",
			[]wantQuote{{"We will keep talking", "Yerzhan Ashikbayev"}}},
		{"en Country’s title, X", "en", en + "said Kazakhstan’s foreign minister, Yerzhan Ashikbayev.",
			[]wantQuote{{"We will keep talking", "Yerzhan Ashikbayev"}}},
		{"en Country’s title and no name", "en", en + "said Kazakhstan’s foreign minister.",
			nil},
		{"ru замглавы МИД Страны X", "ru", ru + "сказал замглавы МИД Казахстана Ержан Ашикбаев.",
			[]wantQuote{{"Мы продолжим переговоры", "Ержан Ашикбаев"}}},
		{"ru зампредседателя правления «Компании» X", "ru", ru + "сказал зампредседателя правления «Казатомпрома» Ержан Ашикбаев.",
			[]wantQuote{{"Мы продолжим переговоры", "Ержан Ашикбаев"}}},
	})
}

// TestQuotesWordsBeforeTitledSpeaker: an adverbial clause or a complement
// between the verb and a titled speaker («— заявил, выступая на брифинге,
// X», «— подчеркнул в ходе брифинга представитель МИД X»; "X said,
// speaking at a briefing") does not hide the speaker.
func TestQuotesWordsBeforeTitledSpeaker(t *testing.T) {
	const ru = "«Мы продолжим переговоры о поставках воды до конца этого года», — "
	const en = "“We will keep talking about water supplies until the end of this year,” "
	runQuoteCases(t, []quoteCase{
		{"ru an adverbial clause in commas", "ru", ru + "заявил, выступая на брифинге, Ермек Кошербаев.",
			[]wantQuote{{"Мы продолжим переговоры", "Ермек Кошербаев"}}},
		{"ru an adverbial clause before a titled name", "ru", ru + "сказал, отвечая на вопрос журналистов, министр иностранных дел Ермек Кошербаев.",
			[]wantQuote{{"Мы продолжим переговоры", "Ермек Кошербаев"}}},
		{"ru a complement before a title", "ru", ru + "подчеркнул в ходе брифинга представитель МИД Казахстана Айбек Смадияров.",
			[]wantQuote{{"Мы продолжим переговоры", "Айбек Смадияров"}}},
		{"ru a clause and no name: nobody", "ru", ru + "заявил, выступая на брифинге.",
			nil},
		{"en X said, speaking at a briefing", "en", en + "Yerzhan Ashikbayev said, speaking at a briefing in Astana.",
			[]wantQuote{{"We will keep talking", "Yerzhan Ashikbayev"}}},
		{"en said at a briefing the ministry's spokesman X", "en", en + "said at a briefing the foreign ministry spokesman Aibek Smadiyarov.",
			[]wantQuote{{"We will keep talking", "Aibek Smadiyarov"}}},
		{"en said on Monday Foreign Minister X", "en", en + "said on Monday Foreign Minister Yerzhan Ashikbayev.",
			[]wantQuote{{"We will keep talking", "Yerzhan Ashikbayev"}}},
		{"en said at a briefing in Astana: nobody", "en", en + "said at a briefing in Astana.",
			nil},
	})
}

// TestQuotesRoleBeforeColon: a sentence that opens with a role and a
// speech verb before a colon («Глава государства отметил: «…»»,
// «Президент подчеркнул: «…»», "The president stressed: “…”") gives the
// quotation to the one person holding that role nearby.
func TestQuotesRoleBeforeColon(t *testing.T) {
	const ru = "«Мы продолжим переговоры о поставках воды до конца этого года»."
	const en = "“We will keep talking about water supplies until the end of this year.”"
	runQuoteCases(t, []quoteCase{
		{"ru Глава государства отметил:", "ru", "Президент Владимир Путин выступил на совещании. Глава государства отметил: " + ru,
			[]wantQuote{{"Мы продолжим переговоры", "Владимир Путин"}}},
		{"ru Президент подчеркнул:", "ru", "Президент Касым-Жомарт Токаев выступил на совещании. Президент подчеркнул: " + ru,
			[]wantQuote{{"Мы продолжим переговоры", "Касым-Жомарт Токаев"}}},
		{"ru a role no one nearby holds: nobody", "ru", "Министр Ермек Кошербаев выступил на совещании. Президент подчеркнул: " + ru,
			nil},
		{"en The president stressed:", "en", "President Kassym-Jomart Tokayev spoke at the meeting. The president stressed: " + en,
			[]wantQuote{{"We will keep talking", "Kassym-Jomart Tokayev"}}},
		{"en a role no one nearby holds: nobody", "en", "Foreign Minister Yerzhan Ashikbayev spoke at the meeting. The president stressed: " + en,
			nil},
	})
}

// TestQuotesMediumInCurlyMarks: a medium told in any quotation marks
// («Известиям», “Курсиву”, „Курсиву“; "the “Kursiv” newspaper") is stepped
// over to the speaker.
func TestQuotesMediumInCurlyMarks(t *testing.T) {
	const ru = "«Мы продолжим переговоры о поставках воды до конца этого года», — рассказал "
	runQuoteCases(t, []quoteCase{
		{"ru “Курсиву”", "ru", ru + "“Курсиву” Ермек Кошербаев.", []wantQuote{{"Мы продолжим переговоры", "Ермек Кошербаев"}}},
		{"ru „Курсиву“", "ru", ru + "„Курсиву“ Ермек Кошербаев.", []wantQuote{{"Мы продолжим переговоры", "Ермек Кошербаев"}}},
		{"ru «Курсиву»", "ru", ru + "«Курсиву» Ермек Кошербаев.", []wantQuote{{"Мы продолжим переговоры", "Ермек Кошербаев"}}},
		{"ru the medium alone: nobody", "ru", ru + "“Курсиву”.", nil},
		{"en told the “Kursiv” newspaper", "en",
			"“We will keep talking about water supplies until the end of this year,” Yerzhan Ashikbayev told the “Kursiv” newspaper.",
			[]wantQuote{{"We will keep talking", "Yerzhan Ashikbayev"}}},
	})
}

// TestQuotesPossessiveRole: a role after a possessive ("the country’s
// foreign minister said", «— сказал глава казахстанского
// внешнеполитического ведомства») resolves like any role; a role nobody
// nearby holds does not.
func TestQuotesPossessiveRole(t *testing.T) {
	const en = "“There are no plans for such a meeting in the coming days at all,” "
	const ru = "«Таких планов на ближайшие дни нет совсем», — сказал "
	runQuoteCases(t, []quoteCase{
		{"en the country’s foreign minister said", "en",
			"Kazakh Foreign Minister Murat Nurtleu spoke on Friday. " + en + "the country’s foreign minister said.",
			[]wantQuote{{"There are no plans", "Murat Nurtleu"}}},
		{"en the country’s president said: nobody nearby", "en",
			"Kazakh Foreign Minister Murat Nurtleu spoke on Friday. " + en + "the country’s president said.",
			nil},
		{"ru глава казахстанского внешнеполитического ведомства", "ru",
			"Министр иностранных дел Казахстана Мурат Нуртлеу выступил в пятницу. " + ru + "глава казахстанского внешнеполитического ведомства.",
			[]wantQuote{{"Таких планов", "Мурат Нуртлеу"}}},
	})
}

// TestQuotesNarrationBeforeAShortQuote: the reporter's sentence before a
// quotation in the same paragraph is never part of it, however short the
// quotation; a quotation too short for a pull-quote is no quote at all.
func TestQuotesNarrationBeforeAShortQuote(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru short quote after narration", "ru",
			"Президент Казахстана Касым-Жомарт Токаев провёл переговоры с Шавкатом Мирзиёевым в Астане. «Наши страны связывает вековая дружба», — сказал Токаев.\n\nСтороны обсудили торговлю.",
			nil},
		{"ru quote of six words after narration", "ru",
			"Министр энергетики Таалайбек Ибраев встретился с делегацией в Бишкеке. «Отключений этой зимой точно не будет», — сказал Ибраев.",
			[]wantQuote{{"Отключений этой зимой", "Таалайбек Ибраев"}}},
		{"ru unmarked speech with a quoted name inside", "ru",
			"Компания «Газпром» поставит газ в срок, как и обещала, — сказал Таалайбек Ибраев.",
			[]wantQuote{{"Компания «Газпром» поставит", "Таалайбек Ибраев"}}},
		{"en short quote after narration", "en",
			"Kazakh President Kassym-Jomart Tokayev held talks with Shavkat Mirziyoyev in Astana. “Our friendship is old,” Tokayev said.\n\nThe sides discussed trade.",
			nil},
		{"en quote after narration", "en",
			"Energy Minister Taalaibek Ibraev met the delegation in Bishkek. “There will be no blackouts this winter,” Ibraev said.",
			[]wantQuote{{"There will be no blackouts", "Taalaibek Ibraev"}}},
	})
}
