package analyze

import "testing"

// TestQuotesCitedSource: "X quoted Y as saying that …", «X привел слова Y
// о том, что …»: Y is the sentence's source and goes on in "he said"; a
// possessor before Y, a subject of an earlier clause and the people of
// the reported clause are not who "he" means.
func TestQuotesCitedSource(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en quoted as saying, a possessor before, two people after", "en",
			"Without reference to Bekov’s demand, state media on Monday quoted Kremlin spokesman Ivan Sokolov as saying that talks between President Oleg Petrov and Bekov were planned.\n" +
				"\"The contacts are really planned, we will inform you about it,\" he said.",
			[]wantQuote{{"The contacts are really planned", "Ivan Sokolov"}}},
		{"ru привели слова, a title between", "ru",
			"Государственные СМИ в понедельник привели слова пресс-секретаря Кремля Ивана Соколова о том, что переговоры Олега Петрова и Бекова запланированы.\n" +
				"«Контакты действительно планируются, мы вам сообщим», — сказал он.",
			[]wantQuote{{"Контакты действительно планируются", "Иван Соколов"}}},
		{"en the subject of an earlier clause before the source", "en",
			"Oleg Petrov told parliament the plan would work, and media quoted his adviser Ivan Sokolov as saying it was too early.\n" +
				"\"It is too early to say anything about it,\" he said.",
			[]wantQuote{{"It is too early", "Ivan Sokolov"}}},
		{"ru the subject of an earlier clause before the source", "ru",
			"Олег Петров заявил в парламенте, что план сработает, а СМИ привели слова его советника Ивана Соколова о том, что говорить об этом рано.\n" +
				"«Говорить об этом пока слишком рано», — сказал он.",
			[]wantQuote{{"Говорить об этом пока", "Иван Соколов"}}},
	})
}

// TestQuotesParagraphAside: a paragraph opening with a quotation and no
// attribution goes on with the speaker of the paragraph before, which
// ends with its quotation's attribution, also when the reporter adds a
// sentence of his own after it; a sentence with a speech verb after the
// quotation may be another's attribution and leaves it unattributed.
func TestQuotesParagraphAside(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en a reporter's sentence after the quotation", "en",
			"\"We will build the new school in the district this year,\" says Aigul Bekova, head of the district education department of the regional administration.\n\n" +
				"\"As for the second school, the money for it is not there yet.\" The district has lost two schools since 2020.",
			[]wantQuote{{"We will build the new school", "Aigul Bekova"}, {"As for the second school", "Aigul Bekova"}}},
		{"ru a reporter's sentence after the quotation", "ru",
			"«Новую школу в районе построим в этом году», — говорит Айгуль Бекова, глава районного отдела образования областной администрации.\n\n" +
				"«Что касается второй школы, денег на нее пока нет». С 2020 года район потерял две школы.",
			[]wantQuote{{"Новую школу в районе", "Айгуль Бекова"}, {"Что касается второй школы", "Айгуль Бекова"}}},
		{"en a speech verb after the quotation", "en",
			"\"We will build the new school in the district this year,\" says Aigul Bekova, head of the district education department.\n\n" +
				"\"The money for the second school is coming next spring.\" Her deputy disagreed and said nothing was certain.",
			[]wantQuote{{"We will build the new school", "Aigul Bekova"}}},
		{"ru a speech verb after the quotation", "ru",
			"«Новую школу в районе построим в этом году», — говорит Айгуль Бекова, глава районного отдела образования.\n\n" +
				"«Деньги на вторую школу придут весной». Ее заместитель возразил и заявил, что ничего не решено.",
			[]wantQuote{{"Новую школу в районе", "Айгуль Бекова"}}},
	})
}

// TestQuotesHonorificSurname: a surname the article gives only after an
// honorific ("Mr Teo", "Ms. Okafor") is a person's name: it speaks, and a
// later "she said" goes on with it. Russian writes no such honorifics; a
// lone word there stays refused as before.
func TestQuotesHonorificSurname(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en said Mr X", "en",
			"Defence Minister Lim spoke to reporters at a graduation ceremony on Tuesday.\n" +
				"\"There are many different remarks being made by our counterparts, and we have to clarify with them,\" said Mr Lim.",
			[]wantQuote{{"There are many different remarks", "Lim"}}},
		{"en Ms. X then she said", "en",
			"Ms. Okafor told correspondents on Wednesday in Abuja that she had never warned of a shutdown.\n" +
				"The budget, which parliament passed in May, is short of funds because of oil theft.\n" +
				"\"What I did say was that we will not be able to pay salaries,\" she said.",
			[]wantQuote{{"What I did say", "Okafor"}}},
		{"ru a lone word stays refused", "ru",
			"Министр Ким выступил перед журналистами во вторник.\n" +
				"«Нам нужно прояснить этот вопрос с нашими коллегами», — сказал Ким.",
			nil},
	})
}

// TestQuotesLongPortfolioTitle: a title whose field or body runs over
// several capitalised words joined by "and", "of", "for" or "the" before
// the holder's name ("said Minister for Road Transport and Highways X",
// "said Spokesperson for the Azerbaijani Foreign Ministry X", "said
// Secretary of State for Health X") is skipped to the name, as Russian
// titles in the genitive are («сказал министр транспорта и коммуникаций
// X»).
func TestQuotesLongPortfolioTitle(t *testing.T) {
	const en = "“We will plant trees along every new highway this year,” "
	const ru = "«Мы высадим деревья вдоль каждой новой трассы в этом году», — "
	runQuoteCases(t, []quoteCase{
		{"en minister for a field of two parts", "en", en + "said Minister for Road Transport and Highways Ravi Menon.",
			[]wantQuote{{"We will plant trees", "Ravi Menon"}}},
		{"en spokesperson for a ministry", "en", en + "said Spokesperson for the Azerbaijani Foreign Ministry Leyla Hasanova, commenting on the plan.",
			[]wantQuote{{"We will plant trees", "Leyla Hasanova"}}},
		{"en secretary of state for a field", "en", en + "said Secretary of State for Health Anna Brown.",
			[]wantQuote{{"We will plant trees", "Anna Brown"}}},
		{"en chairman of a committee for a field", "en", en + "said Chairman of the State Committee for Ecology Ivan Petrov.",
			[]wantQuote{{"We will plant trees", "Ivan Petrov"}}},
		{"ru minister of two fields", "ru", ru + "сказал министр транспорта и коммуникаций Нурлан Сейткалиев.",
			[]wantQuote{{"Мы высадим деревья", "Нурлан Сейткалиев"}}},
		{"ru representative of a ministry", "ru", ru + "сказала представитель Министерства иностранных дел Азербайджана Лейла Гасанова.",
			[]wantQuote{{"Мы высадим деревья", "Лейла Гасанова"}}},
	})
}

// TestQuotesPersonsAide: a role noun after a person's possessive ("Ivan
// Petrov's lawyer said:") is someone who serves that person: the words are
// never given to the person, as «адвокат Ивана Петрова заявил:» never
// gives them to Petrov; a country's possessive still titles its minister.
func TestQuotesPersonsAide(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en a person's lawyer before a colon", "en",
			"Ivan Petrov was sentenced to ten years on Monday.\n\nIvan Petrov's lawyer said: “My client did nothing wrong at all in this case.”",
			nil},
		{"ru a person's lawyer before a colon", "ru",
			"Иван Петров приговорен к десяти годам в понедельник.\n\nАдвокат Ивана Петрова заявил: «Мой подзащитный ни в чем не виноват по этому делу».",
			nil},
		{"en a country's minister keeps his name", "en",
			"Kazakhstan’s foreign minister Murat Nurtleu said: “We will not give up our rights in this case.”",
			[]wantQuote{{"We will not give up", "Murat Nurtleu"}}},
	})
}

// TestQuotesKnownSurnameNoCountry: the surname of a public figure of the
// person table that is also a country's cue ("Netanyahu" for Israel) names
// the person beside a speech verb, not the country.
func TestQuotesKnownSurnameNoCountry(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en X said after the quotation", "en",
			"Prime Minister Benjamin Netanyahu flew home on Tuesday.\n\"It was a very focused and very positive conversation,\" Netanyahu said before departing.",
			[]wantQuote{{"It was a very focused", "Benjamin Netanyahu"}}},
		{"ru сказал X after the quotation", "ru",
			"Премьер-министр Биньямин Нетаньяху вернулся домой во вторник.\n«Это был очень предметный и позитивный разговор», — сказал Нетаньяху.",
			[]wantQuote{{"Это был очень предметный", "Биньямин Нетаньяху"}}},
	})
}
