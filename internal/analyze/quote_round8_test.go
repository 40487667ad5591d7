package analyze

import (
	"strings"
	"testing"
)

// TestQuotesFirstNameLikePlace: a first name that is also read as a place
// cue (Alma, Алма beside Almaty) stays a first name when a person's title
// precedes it and a capitalised surname-like word follows.
func TestQuotesFirstNameLikePlace(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en lawyer Alma Musina", "en",
			"“The court did not hear a single witness of the defence this week,” said lawyer Alma Musina.",
			[]wantQuote{{"The court did not hear", "Alma Musina"}}},
		{"ru адвокат Алма Мусина", "ru",
			"«Суд не выслушал ни одного свидетеля защиты на этой неделе», — сказала адвокат Алма Мусина.",
			[]wantQuote{{"Суд не выслушал", "Алма Мусина"}}},
		{"ru адвокат Алма Мусина before the quote", "ru",
			"Адвокат Алма Мусина заявила: «Суд не выслушал ни одного свидетеля защиты на этой неделе».",
			[]wantQuote{{"Суд не выслушал", "Алма Мусина"}}},
	})
}

// TestQuotesNamesakeEnglish: a woman's first name before a known leader's
// surname in its female form ("Saida Mirziyoyeva", «Саида Мирзиёева») is
// a namesake of her own in both languages, even when the first name also
// reads as a place (Saida).
func TestQuotesNamesakeEnglish(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en said Saida Mirziyoyeva", "en",
			"“Our foundation will open twelve new schools for girls in the regions next year,” said Saida Mirziyoyeva.",
			[]wantQuote{{"Our foundation will open", "Saida Mirziyoyeva"}}},
		{"en Shavkat Mirziyoyev is the leader himself", "en",
			"“Our country will open twelve new schools for girls in the regions next year,” said Shavkat Mirziyoyev.",
			[]wantQuote{{"Our country will open", "Shavkat Mirziyoyev"}}},
		{"en Saida Mirziyoyeva before the quote", "en",
			"Saida Mirziyoyeva said: “Our foundation will open twelve new schools for girls in the regions next year.”",
			[]wantQuote{{"Our foundation will open", "Saida Mirziyoyeva"}}},
		{"ru Саида Мирзиёева", "ru",
			"«Наш фонд откроет двенадцать новых школ для девочек в регионах в следующем году», — сказала Саида Мирзиёева.",
			[]wantQuote{{"Наш фонд откроет", "Саида Мирзиёева"}}},
	})
}

// TestQuotesCaptionGluedToParagraph: a photo credit glued to the start of
// a text paragraph ("Photo: …", «Фото: …») is cut off; the paragraph's
// quotation stays. (A credit at the end stays a caption: see
// TestQuotesNeverQuotes.)
func TestQuotesCaptionGluedToParagraph(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en Photo: at the start", "en",
			"Photo: Press service of the akimat “The new bridge over the Ili will open to traffic in May,” said Yerbolat Dossayev.",
			[]wantQuote{{"The new bridge over the Ili", "Yerbolat Dossayev"}}},
		{"ru Фото: at the start", "ru",
			"Фото: пресс-служба акимата «Новый мост через Или откроют для движения в мае», — сказал Ерболат Досаев.",
			[]wantQuote{{"Новый мост через Или", "Ерболат Досаев"}}},
		{"ru a caption alone stays a caption", "ru",
			"Фото: Ерболат Досаев на открытии моста, «Новый мост»",
			nil},
	})
}

// TestQuotesStatementBy: a quotation attributed to a statement, an
// address or a letter by someone («говорится в заявлении X», «в обращении
// министра X», "said a statement by X", "according to a statement by X")
// is X's; a statement by a body names no speaker.
func TestQuotesStatementBy(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en said a statement by X", "en",
			"“The border crossing will stay closed to trucks until the inspection is over,” said a statement by Ermek Kosherbayev.",
			[]wantQuote{{"The border crossing will stay", "Ermek Kosherbayev"}}},
		{"en according to a statement by X", "en",
			"“The border crossing will stay closed to trucks until the inspection is over,” according to a statement by Ermek Kosherbayev.",
			[]wantQuote{{"The border crossing will stay", "Ermek Kosherbayev"}}},
		{"en said a statement from Minister X", "en",
			"“The border crossing will stay closed to trucks until the inspection is over,” said a statement from Foreign Minister Ermek Kosherbayev.",
			[]wantQuote{{"The border crossing will stay", "Ermek Kosherbayev"}}},
		{"ru говорится в заявлении X", "ru",
			"«Пограничный переход останется закрытым для грузовиков до конца проверки», — говорится в заявлении Ермека Кошербаева.",
			[]wantQuote{{"Пограничный переход останется", "Ермек Кошербаев"}}},
		{"ru говорится в обращении министра X", "ru",
			"«Пограничный переход останется закрытым для грузовиков до конца проверки», — говорится в обращении министра Ермека Кошербаева.",
			[]wantQuote{{"Пограничный переход останется", "Ермек Кошербаев"}}},
		{"en a statement by a ministry names no person", "en",
			"“The border crossing will stay closed to trucks until the inspection is over,” said a statement by the ministry.",
			nil},
		{"ru в заявлении министерства names no person", "ru",
			"«Пограничный переход останется закрытым для грузовиков до конца проверки», — говорится в заявлении министерства.",
			nil},
		{"en a statement by the spokesperson X says", "en",
			"«The border crossing will stay closed to trucks until the inspection is over,» statement by the spokesperson Ermek Kosherbayev says.",
			[]wantQuote{{"The border crossing will stay", "Ermek Kosherbayev"}}},
		{"en a statement by X read", "en",
			"“The border crossing will stay closed to trucks until the inspection is over,” a statement by Ermek Kosherbayev read.",
			[]wantQuote{{"The border crossing will stay", "Ermek Kosherbayev"}}},
		{"en a statement by the ministry says names no person", "en",
			"“The border crossing will stay closed to trucks until the inspection is over,” a statement by the ministry says.",
			nil},
		{"en a statement by X, then a clause going on", "en",
			"“The border crossing will stay closed to trucks until the inspection is over,” a statement by Ermek Kosherbayev says that the governor ordered.",
			nil},
		{"en a statement by X without a verb", "en",
			"“The border crossing will stay closed to trucks until the inspection is over,” a statement by Ermek Kosherbayev was posted.",
			nil},
		{"ru говорится в заявлении официального представителя X", "ru",
			"«Пограничный переход останется закрытым для грузовиков до конца проверки», — говорится в заявлении официального представителя ведомства Ермека Кошербаева.",
			[]wantQuote{{"Пограничный переход останется", "Ермек Кошербаев"}}},
		{"ru в заявлении ведомства, a clause naming someone else", "ru",
			"«Пограничный переход останется закрытым для грузовиков до конца проверки», — говорится в заявлении ведомства, которое поддержал министр Ермек Кошербаев.",
			nil},
		{"ru заявление ведомства гласит: no person", "ru",
			"«Пограничный переход останется закрытым для грузовиков до конца проверки», — гласит заявление ведомства.",
			nil},
	})
}

// TestQuotesAgencyInterlocutor: a speaker described as an outlet's
// interlocutor, then named («— добавил собеседник агентства X», «—
// сказала собеседница «Азаттыка» X»; "X told the agency") is X; an
// interlocutor never named is no one.
func TestQuotesAgencyInterlocutor(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru добавил собеседник агентства X", "ru",
			"«Цены на хлопок в этом сезоне выросли почти на треть», — добавил собеседник агентства Рустам Алиев.",
			[]wantQuote{{"Цены на хлопок", "Рустам Алиев"}}},
		{"ru сказал собеседник издания X", "ru",
			"«Цены на хлопок в этом сезоне выросли почти на треть», — сказал собеседник издания Рустам Алиев.",
			[]wantQuote{{"Цены на хлопок", "Рустам Алиев"}}},
		{"ru сказала собеседница «Азаттыка» X", "ru",
			"«Цены на хлопок в этом сезоне выросли почти на треть», — сказала собеседница «Азаттыка» Гульнара Алиева.",
			[]wantQuote{{"Цены на хлопок", "Гульнара Алиева"}}},
		{"ru сказал собеседник издания, фермер X", "ru",
			"«Цены на хлопок в этом сезоне выросли почти на треть», — сказал собеседник издания, фермер Рустам Алиев.",
			[]wantQuote{{"Цены на хлопок", "Рустам Алиев"}}},
		{"ru собеседник агентства, then no name", "ru",
			"«Цены на хлопок в этом сезоне выросли почти на треть», — сказал собеседник агентства, попросивший не называть его имени.",
			nil},
		{"ru собеседник агентства unnamed", "ru",
			"«Цены на хлопок в этом сезоне выросли почти на треть», — добавил собеседник агентства.",
			nil},
		{"en X, a farmer, told the agency", "en",
			"“Cotton prices rose by almost a third this season,” Rustam Aliyev, a farmer, told the agency.",
			[]wantQuote{{"Cotton prices rose", "Rustam Aliyev"}}},
		{"en a source told the agency, unnamed", "en",
			"“Cotton prices rose by almost a third this season,” a source told the agency.",
			nil},
	})
}

// TestQuotesEnglishDashDialogue: English pages translated from Russian
// write dialogue with dashes ("- …, - said the Turkmen leader."; "-Today
// …, - emphasized X."); an attributed turn is a quotation like Russian
// «— …, — сказал X», a list item or a dash inside a sentence is none.
func TestQuotesEnglishDashDialogue(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en - …, - said the leader", "en",
			"President Serdar Berdimuhamedov met journalists at the horse show.\n\n- I also saw you at the opening of the new railway to Afghanistan last spring, - said the Turkmen leader, noting the size of the project.",
			[]wantQuote{{"I also saw you at the opening", "Serdar Berdimuhamedov"}}},
		{"en -Text without a space, - emphasized X", "en",
			"-Today, we celebrate our national holiday with guests from many countries of the world, - emphasized Serdar Berdimuhamedov.",
			[]wantQuote{{"Today, we celebrate our national holiday", "Serdar Berdimuhamedov"}}},
		{"en a list of names is no dialogue", "en",
			"Several ambassadors spoke at the press conference:\n- Ambassador Alexander Blokhin of Russia\n- Ambassador Francois Delhousse of France",
			nil},
		{"en a dash inside a sentence, no verb", "en",
			"- The new line - the longest in the region - will open to passengers in the spring of next year.",
			nil},
		{"ru — …, — сказал X stays", "ru",
			"— Сегодня мы отмечаем наш национальный праздник вместе с гостями из многих стран, — подчеркнул Сердар Бердымухамедов.",
			[]wantQuote{{"Сегодня мы отмечаем", "Сердар Бердымухамедов"}}},
	})
}

// TestQuotesHeadOfDiplomacy: "the head of Uzbek diplomacy", «глава
// узбекской дипломатии» is the foreign minister the article named.
func TestQuotesHeadOfDiplomacy(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en the head of Uzbek diplomacy added", "en",
			"Uzbek Foreign Minister Bakhtiyor Saidov met his Kazakh colleague in Tashkent on Monday.\n\"We agreed to keep the positive dynamics of our relations through regular dialogue at every level,\" the head of Uzbek diplomacy added.",
			[]wantQuote{{"We agreed to keep the positive dynamics", "Bakhtiyor Saidov"}}},
		{"ru добавил глава узбекской дипломатии", "ru",
			"Министр иностранных дел Узбекистана Бахтиёр Саидов встретился с казахстанским коллегой в Ташкенте в понедельник.\n«Мы договорились сохранять позитивную динамику отношений через регулярный диалог на всех уровнях», — добавил глава узбекской дипломатии.",
			[]wantQuote{{"Мы договорились сохранять", "Бахтиёр Саидов"}}},
		{"en the head of diplomacy with no minister named", "en",
			"The talks in Tashkent lasted four hours on Monday.\n\"We agreed to keep the positive dynamics of our relations through regular dialogue at every level,\" the head of Uzbek diplomacy added.",
			nil},
		{"ru глава государства is no minister", "ru",
			"Министр иностранных дел Узбекистана Бахтиёр Саидов встретился с казахстанским коллегой в Ташкенте в понедельник.\n«Мы договорились сохранять позитивную динамику отношений через регулярный диалог на всех уровнях», — добавил глава государства.",
			nil},
	})
}

// TestQuotesCoachAfterMatch: a coach's comment after a match, as regional
// sports pages write it: the verb's object before the speaker
// («прокомментировал игру наставник X», «матч главный тренер X»), the club in “…” marks inside
// Russian text, and a surname set in capitals ("Maxim SHATSKIKH",
// «Максим ШАЦКИХ»); an acronym in capitals is no surname.
func TestQuotesCoachAfterMatch(t *testing.T) {
	const ru = "- Естественно, такой результативной игры не ожидает ни один тренер. Мы находимся в начале сезона, — "
	const en = "“Naturally, no coach expects such a high-scoring game at the very start of the season,” "
	runQuoteCases(t, []quoteCase{
		{"ru прокомментировал игру наставник “Клуба” Имя ФАМИЛИЯ", "ru",
			ru + "прокомментировал игру наставник “Пахтакора” Максим ШАЦКИХ.",
			[]wantQuote{{"Естественно, такой результативной", "Максим ШАЦКИХ"}}},
		{"ru уверен тренер «Клуба» Имя ФАМИЛИЯ", "ru",
			ru + "уверен тренер «Кайрата» Кирилл КЕКЕР.",
			[]wantQuote{{"Естественно, такой результативной", "Кирилл КЕКЕР"}}},
		{"ru прокомментировал матч главный тренер Имя Фамилия", "ru",
			ru + "прокомментировал матч главный тренер «Атырау» Константин Горовенко.",
			[]wantQuote{{"Естественно, такой результативной", "Константин Горовенко"}}},
		{"ru an acronym after a first name is no surname", "ru",
			ru + "сказал тренер Максим МВД.",
			nil},
		{"ru a club in “…” marks inside dash speech is no half-quotation", "ru",
			"- “Пахтакор” — хорошо сформировавшаяся команда с сильными нападающими. Что касается “Кайрата”, у нас играла молодежь, — уверен тренер “Кайрата” Кирилл КЕКЕР.",
			[]wantQuote{{"“Пахтакор” — хорошо сформировавшаяся команда", "Кирилл КЕКЕР"}}},
		{"en a club in marks inside dash speech", "en",
			"- “Pakhtakor” is a well-formed team with strong forwards. As for “Kairat”, our young players got a chance, - said coach Kirill KEKER.",
			[]wantQuote{{"“Pakhtakor” is a well-formed team", "Kirill KEKER"}}},
		{"en said Pakhtakor coach Name SURNAME", "en",
			en + "said Pakhtakor coach Maxim SHATSKIKH.",
			[]wantQuote{{"Naturally, no coach expects", "Maxim SHATSKIKH"}}},
		{"en Name SURNAME said", "en",
			en + "Kirill KEKER said after the match.",
			[]wantQuote{{"Naturally, no coach expects", "Kirill KEKER"}}},
		{"en an agency in capitals is no surname", "en",
			en + "said coach Maxim of AFP.",
			nil},
	})
}

// runTitledQuoteCases is runQuoteCases with a headline of its own.
func runTitledQuoteCases(t *testing.T, tests []struct{ name, lang, title, body, text, speaker string }) {
	t.Helper()
	a := shared()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Title: tt.title, Body: tt.body, Lang: tt.lang}).Quotes
			if tt.speaker == "" {
				if len(got) != 0 {
					t.Fatalf("got %+v, want none", got)
				}
				return
			}
			if len(got) != 1 || !strings.HasPrefix(got[0].Text, tt.text) || got[0].Speaker != tt.speaker {
				t.Fatalf("got %+v, want %q… by %q", got, tt.text, tt.speaker)
			}
		})
	}
}

// TestQuotesHeadlineSpeaker: a headline "Name: «words»" names the speaker
// of the body's first dash turn when no sentence introduces it and the
// turn holds the headline's words; a turn with other words, or one after
// a lead paragraph, is not the headline's.
func TestQuotesHeadlineSpeaker(t *testing.T) {
	runTitledQuoteCases(t, []struct{ name, lang, title, body, text, speaker string }{
		{"ru Имя Фамилия: «…» over a dash turn", "ru", "Николай Костов: «Матч получился напряжённым»",
			"– Поздравляю соперника с победой. Матч получился напряжённым, было много борьбы за мяч.\nМы играли на победу, и за это я благодарю своих футболистов.",
			"Поздравляю соперника с победой", "Николай Костов"},
		{"en Name: “…” over a dash turn", "en", "Nikolay Kostov: “The match was tense”",
			"– I congratulate our opponents on the win. The match was tense, with a lot of fighting for the ball.\nWe played to win, and I thank my players for that.",
			"I congratulate our opponents", "Nikolay Kostov"},
		{"ru the turn holds other words", "ru", "Николай Костов: «Матч получился напряжённым»",
			"– Поздравляю соперника с победой. Было много борьбы за мяч, и мы играли на победу.",
			"", ""},
		{"ru a headline with no name", "ru", "Прогноз: «Матч получился напряжённым»",
			"– Поздравляю соперника с победой. Матч получился напряжённым, было много борьбы за мяч.",
			"", ""},
	})
}

// TestQuotesCaptionBeforeCredit: a short caption and a credit glued to the
// start of a quoting paragraph («Саида Мирзиёева. Фото: Alter Ego /
// YouTube Жёсткостью …», "Saida Mirziyoyeva. Photo: Alter Ego. Reforms
// …") are cut off; the quotation and its attribution stay.
func TestQuotesCaptionBeforeCredit(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru caption. Фото: Latin credit Cyrillic text", "ru",
			"Саида Мирзиёева. Фото: Alter Ego / YouTube Жёсткостью реформ не добиться. Так руководитель Администрации президента Саида Мирзиёева ответила на вопрос в интервью. «Посмотрите, за девять лет какие он сделал реформы», — сказала она.",
			[]wantQuote{{"Посмотрите, за девять лет", "Саида Мирзиёева"}}},
		{"en caption. Photo: credit. text", "en",
			"Saida Mirziyoyeva. Photo: Alter Ego. Reforms cannot be achieved by harshness, the head of the presidential administration Saida Mirziyoyeva said in an interview. “Look at the reforms he has made in nine years,” she said.",
			[]wantQuote{{"Look at the reforms he has made", "Saida Mirziyoyeva"}}},
		{"ru a caption alone stays a caption", "ru",
			"Саида Мирзиёева. Фото: Alter Ego / YouTube «Интервью»",
			nil},
	})
}

// TestQuotesTitleWordAlone: a title word alone after the verb («— сказал
// Торага», "said the Speaker") is the person the article introduced with
// that title; a title never put before a name, or held by two people, is
// no one.
func TestQuotesTitleWordAlone(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru сказал Торага", "ru",
			"Торага Жогорку Кенеша Кыргызской Республики Талант Мамытов встретился с митингующими.\n«Все государственные органы работают над разрешением ситуации на границе», - сказал Торага.",
			[]wantQuote{{"Все государственные органы", "Талант Мамытов"}}},
		{"en said Toraga", "en",
			"Toraga of the Jogorku Kenesh Talant Mamytov met the protesters on Friday.\n“All state bodies are working to resolve the situation on the border,” said Toraga.",
			[]wantQuote{{"All state bodies are working", "Talant Mamytov"}}},
		{"ru the title of two people", "ru",
			"Торага Жогорку Кенеша Талант Мамытов и Торага Курултая Азамат Исаев встретились с митингующими.\n«Все государственные органы работают над разрешением ситуации на границе», - сказал Торага.",
			nil},
		{"ru a word never before a name", "ru",
			"Парламент собрался на внеочередное заседание в пятницу.\n«Все государственные органы работают над разрешением ситуации на границе», - сказал Торага.",
			nil},
	})
}

// TestQuotesTranscriptLine: a paragraph opening with a person's name and a
// colon, then unmarked words, is that person's speech («Атамбаев: Я
// надеюсь …», "Atambayev: I hope …"); a credit, a place or a name the
// article never gives in full is none.
func TestQuotesTranscriptLine(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru Фамилия: words after the full name", "ru",
			"Президент Кыргызстана Алмазбек Атамбаев заложил капсулу в фундамент школы.\nАтамбаев: Я надеюсь, что таких школ будет больше. Это будет уникальная школа.",
			[]wantQuote{{"Я надеюсь, что таких школ", "Алмазбек Атамбаев"}}},
		{"en Surname: words after the full name", "en",
			"Kyrgyz President Almazbek Atambayev laid a time capsule at the school.\nAtambayev: I hope there will be more such schools. This will be a unique school.",
			[]wantQuote{{"I hope there will be more", "Almazbek Atambayev"}}},
		{"en First Last: words", "en",
			"Natalia Kvashina: Good morning, and welcome to our studio on this sunny day.",
			[]wantQuote{{"Good morning, and welcome", "Natalia Kvashina"}}},
		{"ru a place and a colon", "ru",
			"Бишкек: в столице откроют пятнадцать новых школ до конца этого года.",
			nil},
		{"ru a surname never given in full", "ru",
			"Атамбаев: Я надеюсь, что таких школ будет больше. Это будет уникальная школа.",
			nil},
		{"en a credit", "en",
			"Photo: Press service of the President of the Kyrgyz Republic at the opening ceremony.",
			nil},
	})
}

// TestQuotesRoleGoesOnWithSpeaker: "“A,” Saidov wrote. “B,” the minister
// added." — a role goes on with the speaker of the paragraph before when
// the article introduced him, and only him, by that title, though the lead
// names two people. (An untitled subject between the title and the role
// still makes it no one: TestQuotesRoleByTitle.)
func TestQuotesRoleGoesOnWithSpeaker(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en the minister added after Saidov wrote", "en",
			"Uzbek Foreign Minister Bakhtiyor Saidov and United States Secretary of State Marco Rubio met in Washington.\n\"We discussed a wide range of key topics, including political dialogue,\" Saidov wrote on his telegram channel.\n\"We agreed to maintain the positive dynamics of bilateral relations,\" the minister added.",
			[]wantQuote{{"We discussed a wide range", "Bakhtiyor Saidov"}, {"We agreed to maintain", "Bakhtiyor Saidov"}}},
		{"ru добавил министр after Саидов написал", "ru",
			"Министр иностранных дел Узбекистана Бахтиёр Саидов и госсекретарь США Марко Рубио встретились в Вашингтоне.\n«Мы обсудили широкий круг ключевых тем, включая политический диалог», — написал Саидов в своем телеграм-канале.\n«Мы договорились сохранить позитивную динамику двусторонних отношений», — добавил министр.",
			[]wantQuote{{"Мы обсудили широкий круг", "Бахтиёр Саидов"}, {"Мы договорились сохранить", "Бахтиёр Саидов"}}},
	})
}

// TestQuotesCollapsedNestedMarks: a quotation opening with a name in marks
// whose two opening marks were printed as one («Газпром» построит …», —
// отметил X; "“Gazprom” will build …,” said X) is X's quotation from the
// paragraph's start; a marked name alone is none.
func TestQuotesCollapsedNestedMarks(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru «Имя» words», — отметил X", "ru",
			"«Газпром» построит в Бишкеке школу мирового уровня», — отметил президент Кыргызстана Алмазбек Атамбаев на церемонии.",
			[]wantQuote{{"Газпром» построит в Бишкеке школу", "Алмазбек Атамбаев"}}},
		{"en “Name” words,” said X", "en",
			"“Gazprom” will build a world-class school in Bishkek for our children,” said Kyrgyz President Almazbek Atambayev at the ceremony.",
			[]wantQuote{{"Gazprom” will build a world-class school", "Almazbek Atambayev"}}},
		{"ru a marked name and the reporter's sentence", "ru",
			"«Газпром» построит в Бишкеке школу мирового уровня, сообщил президент Кыргызстана Алмазбек Атамбаев на церемонии.",
			nil},
	})
}

// TestQuotesPersonNounBeforeName: a person's noun in lower case before a
// name works like a title ("said farmer Rustam Aliyev", "farmer Rustam
// Aliyev told the agency", «— сказал фермер Рустам Алиев»); a noun that
// owns another's name ("the mother of X") gives no speaker.
func TestQuotesPersonNounBeforeName(t *testing.T) {
	const en = "“Cotton prices rose by almost a third this season,” "
	const ru = "«Цены на хлопок в этом сезоне выросли почти на треть», — "
	runQuoteCases(t, []quoteCase{
		{"en said farmer X", "en", en + "said farmer Rustam Aliyev.", []wantQuote{{"Cotton prices rose", "Rustam Aliyev"}}},
		{"en farmer X told the agency", "en", en + "farmer Rustam Aliyev told the agency.", []wantQuote{{"Cotton prices rose", "Rustam Aliyev"}}},
		{"en said local resident X", "en", en + "said resident Aigul Bekova.", []wantQuote{{"Cotton prices rose", "Aigul Bekova"}}},
		{"ru сказал фермер X", "ru", ru + "сказал фермер Рустам Алиев.", []wantQuote{{"Цены на хлопок", "Рустам Алиев"}}},
		{"en the mother of X said", "en", en + "the mother of Rustam Aliyev said.", nil},
	})
}
