package analyze

import (
	"testing"
)

// TestQuotesSpeechAfterColonParagraph: a paragraph of speech under a
// paragraph that ends in its attribution's colon is the speaker's — a
// dash turn («Он написал:\n- …», "President X said:\n\n- …") or, under a
// paragraph that is only the attribution, plain words. Several dash items
// after the colon are a list, a question is an interviewer's, and a
// colon after no speech verb introduces no one.
func TestQuotesSpeechAfterColonParagraph(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru dash turn after «X написал:»", "ru",
			"Губернатор Курской области Александр Хинштейн написал в своем телеграм-канале:\n- Это огромная честь и большая ответственность, работы в регионе много.",
			[]wantQuote{{"Это огромная честь", "Александр Хинштейн"}}},
		{"en dash turn after \"X said:\"", "en",
			"On 26 February, President Ilham Aliyev gave a press conference.\n\nAddressing the media, President Ilham Aliyev said:\n\n- It is the anniversary of the tragedy today, and we remember every victim.",
			[]wantQuote{{"It is the anniversary", "Ilham Aliyev"}}},
		{"en plain paragraph under \"X said:\"", "en",
			"Ilham Aliyev received a group of participants of the congress.\n\nPresident Ilham Aliyev said:\n\nWe met yesterday. It is a big honor for us to host this important global event.",
			[]wantQuote{{"We met yesterday", "Ilham Aliyev"}}},
		{"ru plain paragraph under «X сказал:»", "ru",
			"Ильхам Алиев принял участников конгресса.\n\nПрезидент Ильхам Алиев сказал:\n\nМы встретились вчера. Для нас большая честь принимать это важное событие.",
			[]wantQuote{{"Мы встретились вчера", "Ильхам Алиев"}}},
		{"ru a list of items after the colon", "ru",
			"Министр Канат Абдыкадыров перечислил задачи:\n- построить в этом году пятнадцать новых школ в регионах;\n- отремонтировать все старые школы в столице до осени.",
			nil},
		{"en a question after the colon", "en",
			"The host turned to President Ilham Aliyev and asked:\n\n- What is happening at the front line right now, Mr President?",
			nil},
		{"en a colon after no speech verb", "en",
			"The ministry published the schedule of the new school year:\n\nClasses begin on the first of September in all schools of the country.",
			nil},
	})
}

// TestQuotesTranscriptLineWithTitle: a transcript line may open with the
// speaker's title before the name ("President Ilham Aliyev: …",
// «Президент Ильхам Алиев: …»); an unnamed "Host:" line stays no one's.
func TestQuotesTranscriptLineWithTitle(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en Title First Last: words", "en",
			"Host: Mr. President, thank you for agreeing to this interview today.\n\nPresident Ilham Aliyev: The situation at the front line is tense, and clashes are underway.",
			[]wantQuote{{"The situation at the front line", "Ilham Aliyev"}}},
		{"ru Титул Имя Фамилия: слова", "ru",
			"Ведущий: Господин президент, спасибо, что согласились на это интервью.\n\nПрезидент Ильхам Алиев: Обстановка на линии фронта напряженная, идут активные бои.",
			[]wantQuote{{"Обстановка на линии фронта", "Ильхам Алиев"}}},
		{"en an article is no title", "en",
			"The Commute Deck: a homebrew Unix terminal for tight places and long trips.",
			nil},
		{"ru a project's name is no title", "ru",
			"Проект Новый Бишкек: город будущего строят на окраине столицы уже третий год.",
			nil},
	})
}

// TestQuotesPronounOfHeadlinePerson: "he"/«он» in a body that names no one
// before it means the one person the headline names; a body that names
// someone first, a headline naming two people and an English headline in
// title case (capitals say nothing there) leave it no one's.
func TestQuotesPronounOfHeadlinePerson(t *testing.T) {
	a := shared()
	for _, tt := range []struct {
		name, lang, title, body, want string
	}{
		{"ru «он написал» under the headline's name", "ru",
			"Александр Хинштейн прокомментировал свое назначение на пост губернатора",
			"В своем телеграм-канале он написал: «Это огромная честь и большая ответственность, работы много».",
			"Александр Хинштейн"},
		{"en \"he wrote\" under the headline's name", "en",
			"Governor Alexander Khinshtein comments on his appointment",
			"In his Telegram channel he wrote: “This is a great honour and a great responsibility, there is much work.”",
			"Alexander Khinshtein"},
		{"ru the body names someone first", "ru",
			"Александр Хинштейн прокомментировал свое назначение на пост губернатора",
			"Указ подписал Владимир Путин. В своем телеграм-канале он написал: «Это огромная честь и большая ответственность, работы много».",
			"Владимир Путин"},
		{"ru two people in the headline", "ru",
			"Александр Хинштейн и Алексей Смирнов обсудили работу в регионе",
			"В своем телеграм-канале он написал: «Это огромная честь и большая ответственность, работы много».",
			""},
		{"en a title-case headline", "en",
			"Kazakhstan Advocates For An Immediate Ceasefire In Ukraine",
			"In his Telegram channel he wrote: “This is a great honour and a great responsibility, there is much work.”",
			""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Title: tt.title, Body: tt.body, Lang: tt.lang}).Quotes
			speaker := ""
			if len(got) > 0 {
				speaker = got[0].Speaker
			}
			if len(got) > 1 || speaker != tt.want {
				t.Errorf("quotes %+v; want one by %q (none when empty)", got, tt.want)
			}
		})
	}
}

// TestQuotesPronounGender: "she"/«она» never means a man and "he"/«он»
// never a woman the name or the Russian verb shows; when a sentence names
// two people of whom one alone is of the pronoun's sex, it means that one
// (a Russian name in an oblique case given in the nominative).
func TestQuotesPronounGender(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en she after a man and another", "en",
			"Kanat Abdykadyrov met Aigul Bekova in Osh on Monday.\n\n“We will build fifteen new schools this year,” she said.",
			[]wantQuote{{"We will build", "Aigul Bekova"}}},
		{"en he after a man and a woman", "en",
			"Kanat Abdykadyrov met Aigul Bekova in Osh on Monday.\n\n“We will build fifteen new schools this year,” he said.",
			[]wantQuote{{"We will build", "Kanat Abdykadyrov"}}},
		{"ru она after a man and a woman in the instrumental", "ru",
			"Канат Абдыкадыров встретился с Айгуль Бековой в Оше.\n\n«Мы построим в этом году пятнадцать новых школ», — сказала она.",
			[]wantQuote{{"Мы построим", "Айгуль Бекова"}}},
		{"ru она after a woman the verb shows", "ru",
			"Айгуль Бекова посетила Ош вместе с министром Канатом Абдыкадыровым.\n\n«Мы построим в этом году пятнадцать новых школ», — сказала она.",
			[]wantQuote{{"Мы построим", "Айгуль Бекова"}}},
		{"en she after a man alone", "en",
			"Kanat Abdykadyrov visited Osh on Monday with his deputy.\n\n“We will build fifteen new schools this year,” she said.",
			nil},
		{"ru она after a man alone", "ru",
			"Канат Абдыкадыров посетил Ош в понедельник вместе с заместителем.\n\n«Мы построим в этом году пятнадцать новых школ», — сказала она.",
			nil},
		{"en she after a woman and a name of no known sex", "en",
			"Aigul Bekova met Danielle Harrison in Osh on Monday.\n\n“We will build fifteen new schools this year,” she said.",
			nil},
	})
}

// TestQuotesMoreSpeechVerbs: past imperfective and present forms attribute
// a Russian quotation as the perfective ones do («— отмечал X», «—
// сообщает X», «— разъяснила X»), and so do English verbs of telling
// ("revealed", "assured", "clarified"); a verb citing someone else's words
// («процитировал») does not make its subject the speaker.
func TestQuotesMoreSpeechVerbs(t *testing.T) {
	const ru = "Министр Канат Абдыкадыров посетил Ош.\n\n«Мы построим в этом году пятнадцать новых школ», — "
	const en = "Minister Kanat Abdykadyrov visited Osh.\n\n“We will build fifteen new schools this year,” "
	runQuoteCases(t, []quoteCase{
		{"ru отмечал", "ru", ru + "отмечал Канат Абдыкадыров.", []wantQuote{{"Мы построим", "Канат Абдыкадыров"}}},
		{"ru сообщает", "ru", ru + "сообщает Канат Абдыкадыров.", []wantQuote{{"Мы построим", "Канат Абдыкадыров"}}},
		{"ru разъяснил", "ru", ru + "разъяснил Канат Абдыкадыров.", []wantQuote{{"Мы построим", "Канат Абдыкадыров"}}},
		{"ru объявил before a colon", "ru", "Министр Канат Абдыкадыров объявил: «Мы построим в этом году пятнадцать новых школ».", []wantQuote{{"Мы построим", "Канат Абдыкадыров"}}},
		{"en revealed", "en", en + "revealed Kanat Abdykadyrov.", []wantQuote{{"We will build", "Kanat Abdykadyrov"}}},
		{"en assured", "en", en + "Kanat Abdykadyrov assured.", []wantQuote{{"We will build", "Kanat Abdykadyrov"}}},
		{"en clarified", "en", en + "Kanat Abdykadyrov clarified.", []wantQuote{{"We will build", "Kanat Abdykadyrov"}}},
		{"ru процитировал", "ru", ru + "процитировал Канат Абдыкадыров.", nil},
	})
}

// TestQuotesAccordingToAfter: a quotation's source named after it the way
// "According to X" and «По словам X» name it before one ("“…,” according
// to X.", «…», — по словам X. · — по словам министра. · — по его словам.)
// is its speaker; an agency, a body or a phrase that goes on is none.
func TestQuotesAccordingToAfter(t *testing.T) {
	const ru = "Министр Канат Абдыкадыров посетил Ош в понедельник.\n\n«Мы построим в этом году пятнадцать новых школ», — "
	const en = "Education Minister Kanat Abdykadyrov visited Osh on Monday.\n\n“We will build fifteen new schools this year,” "
	runQuoteCases(t, []quoteCase{
		{"en according to a surname", "en", en + "according to Abdykadyrov.", []wantQuote{{"We will build", "Kanat Abdykadyrov"}}},
		{"en according to a titled name", "en", en + "according to Education Minister Kanat Abdykadyrov.", []wantQuote{{"We will build", "Kanat Abdykadyrov"}}},
		{"en according to an agency", "en", en + "according to Reuters.", nil},
		{"en according to a body", "en", en + "according to the ministry.", nil},
		{"ru по словам + genitive name", "ru", ru + "по словам Абдыкадырова.", []wantQuote{{"Мы построим", "Канат Абдыкадыров"}}},
		{"ru по словам министра", "ru", ru + "по словам министра.", []wantQuote{{"Мы построим", "Канат Абдыкадыров"}}},
		{"ru по его словам", "ru", ru + "по его словам.", []wantQuote{{"Мы построим", "Канат Абдыкадыров"}}},
		{"ru the phrase goes on", "ru", ru + "по словам Абдыкадырова, уже в этом году.", nil},
	})
}

// TestQuotesAgeBeforeTitle: an age between the article or the verb and a
// title ("the 54-year-old minister said", «— сказал 54-летний министр»)
// leaves the title the speaker's role.
func TestQuotesAgeBeforeTitle(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en the 54-year-old minister said", "en",
			"Kanat Abdykadyrov visited Osh on Monday.\n\n“We will build fifteen new schools this year,” the 54-year-old minister said.",
			[]wantQuote{{"We will build", "Kanat Abdykadyrov"}}},
		{"ru сказал 54-летний министр", "ru",
			"Канат Абдыкадыров посетил Ош в понедельник.\n\n«Мы построим в этом году пятнадцать новых школ», — сказал 54-летний министр.",
			[]wantQuote{{"Мы построим", "Канат Абдыкадыров"}}},
		{"en an age before no title", "en",
			"Kanat Abdykadyrov visited Osh on Monday.\n\n“We will build fifteen new schools this year,” the 54-year-old said.",
			nil},
	})
}

// TestQuotesBodyInGenitiveBeforeName: a body in the genitive between a
// title and a first name («Глава Минобразования Канат Абдыкадыров») is
// no word of the name: a role the sentence goes on with means the name
// alone. English writes the body after the name's title ("Head of the
// Education Ministry Kanat Abdykadyrov") and gives the same speaker.
func TestQuotesBodyInGenitiveBeforeName(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru глава Минобразования then сказал министр", "ru",
			"Глава Минобразования Канат Абдыкадыров провел совещание.\n\n«Мы построим в этом году пятнадцать новых школ», — сказал министр.",
			[]wantQuote{{"Мы построим", "Канат Абдыкадыров"}}},
		{"ru глава Минздрава then сказал глава ведомства", "ru",
			"Глава Минздрава Алымкадыр Бейшеналиев провел совещание.\n\n«Мы построим в этом году пятнадцать новых больниц», — сказал глава ведомства.",
			[]wantQuote{{"Мы построим", "Алымкадыр Бейшеналиев"}}},
		{"en head of the ministry then the minister said", "en",
			"Head of the Education Ministry Kanat Abdykadyrov held a meeting.\n\n“We will build fifteen new schools this year,” the minister said.",
			[]wantQuote{{"We will build", "Kanat Abdykadyrov"}}},
	})
}

// TestQuotesPictureMarkerInQuotingParagraph: a paragraph that places its
// speaker "(pictured)", «(на фото)» is still a quoting paragraph when it
// holds a quotation and a speech verb; a caption with a credit, or one
// with no speech, stays a caption.
func TestQuotesPictureMarkerInQuotingParagraph(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en said X (pictured)", "en",
			"“We will build fifteen new schools this year,” said Kanat Abdykadyrov (pictured).",
			[]wantQuote{{"We will build", "Kanat Abdykadyrov"}}},
		{"ru сказал X (на фото)", "ru",
			"«Мы построим в этом году пятнадцать новых школ», – сказал министр Канат Абдыкадыров (на фото).",
			[]wantQuote{{"Мы построим", "Канат Абдыкадыров"}}},
		{"en a caption with a credit", "en",
			"Kanat Abdykadyrov (left) said “we will build fifteen new schools this year” in Osh. Photo: AKIpress",
			nil},
		{"ru a caption with no speech", "ru",
			"Канат Абдыкадыров (слева) и Айгуль Бекова на открытии школы «Новое поколение учеников» в Оше.",
			nil},
	})
}

// TestQuotesInterviewBeforeColon: a titled name, the occasion of its words
// and a colon before a quotation («Министр X в интервью «24.kg»: «…»»,
// "Minister X in an interview with 24.kg: “…”") is the speaker's; the
// occasion with no name before it names no one.
func TestQuotesInterviewBeforeColon(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru в интервью «СМИ»:", "ru",
			"Министр Канат Абдыкадыров в интервью «24.kg»: «Мы построим в этом году пятнадцать новых школ».",
			[]wantQuote{{"Мы построим", "Канат Абдыкадыров"}}},
		{"ru в эфире СМИ:", "ru",
			"Министр Канат Абдыкадыров в эфире Биринчи радио: «Мы построим в этом году пятнадцать новых школ».",
			[]wantQuote{{"Мы построим", "Канат Абдыкадыров"}}},
		{"en in an interview with:", "en",
			"Education Minister Kanat Abdykadyrov in an interview with 24.kg: “We will build fifteen new schools this year.”",
			[]wantQuote{{"We will build", "Kanat Abdykadyrov"}}},
		{"ru no name before the occasion", "ru",
			"Полная версия в интервью «24.kg»: «Мы построим в этом году пятнадцать новых школ».",
			nil},
		{"en the interviewee after the occasion", "en",
			"Our correspondent in an interview with Kanat Abdykadyrov: “We will build fifteen new schools this year.”",
			nil},
	})
}

// TestQuotesHyphenatedRole: a hyphenated role after the verb («— сказал
// премьер-министр») is the role of its first word, as "the prime
// minister said" is one role in English.
func TestQuotesHyphenatedRole(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru сказал премьер-министр", "ru",
			"Премьер-министр Акылбек Жапаров провел совещание.\n\n«Мы построим в этом году пятнадцать новых школ», — сказал премьер-министр.",
			[]wantQuote{{"Мы построим", "Акылбек Жапаров"}}},
		{"en the prime minister said", "en",
			"Prime Minister Akylbek Japarov held a meeting.\n\n“We will build fifteen new schools this year,” the prime minister said.",
			[]wantQuote{{"We will build", "Akylbek Japarov"}}},
		{"ru премьер-министр under a minister", "ru",
			"Министр образования Канат Абдыкадыров провел совещание.\n\n«Мы построим в этом году пятнадцать новых школ», — сказал премьер-министр.",
			nil},
	})
}

// TestQuotesDashSpeakerBeforeVerb: a dash attribution may name the speaker
// before the verb ("- …, - the minister said.", «— …, — министр
// добавил.»), and a dash glued to the turn or the verb ("-We …, -said
// X", «-Мы …, -заявил X») is a dialogue dash; a dash inside narration
// with no speech verb after the name is none.
func TestQuotesDashSpeakerBeforeVerb(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en - the minister said", "en",
			"Education Minister Kanat Abdykadyrov visited Osh.\n\n- We will build fifteen new schools this year, - the minister said.",
			[]wantQuote{{"We will build", "Kanat Abdykadyrov"}}},
		{"en - titled name said on Monday", "en",
			"- We will build fifteen new schools this year, - Education Minister Kanat Abdykadyrov said on Monday in Osh.",
			[]wantQuote{{"We will build", "Kanat Abdykadyrov"}}},
		{"ru — министр добавил", "ru",
			"Министр образования Канат Абдыкадыров посетил Ош.\n\n— Мы построим в этом году пятнадцать новых школ, — министр добавил.",
			[]wantQuote{{"Мы построим", "Канат Абдыкадыров"}}},
		{"ru glued dashes", "ru",
			"-Мы построим в этом году пятнадцать новых школ, -заявил министр образования Канат Абдыкадыров.",
			[]wantQuote{{"Мы построим", "Канат Абдыкадыров"}}},
		{"en glued dashes", "en",
			"-We will build fifteen new schools this year, -said Education Minister Kanat Abdykadyrov.",
			[]wantQuote{{"We will build", "Kanat Abdykadyrov"}}},
		{"ru a name with no speech verb after the dash", "ru",
			"— Мы построим в этом году пятнадцать новых школ, — министр Канат Абдыкадыров посетил Ош в понедельник.",
			nil},
	})
}

// TestQuotesIntroWithApposition: a paragraph introducing one person
// speaking may put an apposition between the name and the verb ("X, the
// education minister, said …", «X, министр образования, заявил …») or
// name the source with "according to"; the quotation paragraph after it
// is that person's. An apposition naming another person leaves it no
// one's.
func TestQuotesIntroWithApposition(t *testing.T) {
	const qen = "\n\n“We will build fifteen new schools this year. The money is already in the budget.”"
	const qru = "\n\n«Мы построим в этом году пятнадцать новых школ. Деньги уже есть в бюджете»."
	runQuoteCases(t, []quoteCase{
		{"en X, the minister, said", "en", "Kanat Abdykadyrov, the education minister, said the plan was ready." + qen,
			[]wantQuote{{"We will build", "Kanat Abdykadyrov"}}},
		{"ru X, министр, заявил", "ru", "Канат Абдыкадыров, министр образования, заявил, что план готов." + qru,
			[]wantQuote{{"Мы построим", "Канат Абдыкадыров"}}},
		{"en according to X", "en", "The plan is ready, according to Education Minister Kanat Abdykadyrov." + qen,
			[]wantQuote{{"We will build", "Kanat Abdykadyrov"}}},
		{"en an apposition naming another", "en", "Kanat Abdykadyrov, an aide to Sadyr Japarov, said the plan was ready." + qen,
			nil},
		{"ru an apposition naming another", "ru", "Канат Абдыкадыров, советник Садыра Жапарова, заявил, что план готов." + qru,
			nil},
	})
}

// TestQuotesSurnameNamedInFullByHeadline: a surname the body gives alone
// is the full name the headline gives it ("Danielle Harrison recalls …"
// over "“…,” Harrison said."), in either language; an English headline in
// title case says nothing. A Russian name after a preposition is in an
// oblique case and never the speaker's name as shown («с Даниэлой
// Харрисон» does not make «Даниэлой Харрисон» the speaker).
func TestQuotesSurnameNamedInFullByHeadline(t *testing.T) {
	a := shared()
	for _, tt := range []struct {
		name, lang, title, body, want string
	}{
		{"en surname under the full name", "en", "Danielle Harrison recalls the cinema quake",
			"The cinema began to shake during the film.\n\n“We really thought the roof would fall on us,” Harrison said.", "Danielle Harrison"},
		{"ru surname under the full name", "ru", "Даниэла Харрисон вспомнила землетрясение",
			"Кинотеатр начал трястись во время фильма.\n\n«Мы правда думали, что крыша упадет на нас», — сказала Харрисон.", "Даниэла Харрисон"},
		{"en a title-case headline", "en", "Survivor Says Harrison Family Was Lucky",
			"The cinema began to shake during the film.\n\n“We really thought the roof would fall on us,” Harrison said.", ""},
		{"ru a name after a preposition", "ru", "T",
			"Студенты встретились с Даниэлой Харрисон в кинотеатре.\n\n«Мы правда думали, что крыша упадет на нас», — сказала Харрисон.", ""},
		{"en a name after a preposition keeps its form", "en", "T",
			"Students met with Danielle Harrison at the cinema.\n\n“We really thought the roof would fall on us,” Harrison said.", "Danielle Harrison"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Title: tt.title, Body: tt.body, Lang: tt.lang}).Quotes
			speaker := ""
			if len(got) > 0 {
				speaker = got[0].Speaker
			}
			if len(got) > 1 || speaker != tt.want {
				t.Errorf("quotes %+v; want one by %q (none when empty)", got, tt.want)
			}
		})
	}
}

// TestQuotesAgeMediumAndObjectBeforeName: between the verb and the
// speaker may stand an age ("said 45-year-old Aigul Bekova", «— говорит
// 45-летняя Айгуль Бекова»), a medium's name in the dative («— рассказала
// Азаттыку Айгуль Бекова», «— рассказала радио Азаттык жительница Оша
// Айгуль Бекова», "told RFE/RL's Kyrgyz Service") or what the speaker
// shares («— поделилась своими впечатлениями Айгуль Бекова»); none of
// them is part of the speaker's name.
func TestQuotesAgeMediumAndObjectBeforeName(t *testing.T) {
	const ru = "«Мы правда думали, что крыша упадет на нас», — "
	const en = "“We really thought the roof would fall on us,” "
	runQuoteCases(t, []quoteCase{
		{"en said 45-year-old X", "en", en + "said 45-year-old Aigul Bekova.", []wantQuote{{"We really thought", "Aigul Bekova"}}},
		{"en the 45-year-old teacher X said", "en", en + "the 45-year-old teacher Aigul Bekova said.", []wantQuote{{"We really thought", "Aigul Bekova"}}},
		{"ru говорит 45-летняя X", "ru", ru + "говорит 45-летняя Айгуль Бекова.", []wantQuote{{"Мы правда думали", "Айгуль Бекова"}}},
		{"ru 45-летняя жительница Оша X", "ru", ru + "рассказала 45-летняя жительница Оша Айгуль Бекова.", []wantQuote{{"Мы правда думали", "Айгуль Бекова"}}},
		{"ru a medium in the dative", "ru", ru + "рассказала Азаттыку Айгуль Бекова.", []wantQuote{{"Мы правда думали", "Айгуль Бекова"}}},
		{"ru радио + its name", "ru", ru + "рассказала радио Азаттык жительница Оша Айгуль Бекова.", []wantQuote{{"Мы правда думали", "Айгуль Бекова"}}},
		{"en told a medium", "en", en + "Aigul Bekova told RFE/RL's Kyrgyz Service.", []wantQuote{{"We really thought", "Aigul Bekova"}}},
		{"ru поделилась впечатлениями", "ru", ru + "поделилась своими впечатлениями Айгуль Бекова.", []wantQuote{{"Мы правда думали", "Айгуль Бекова"}}},
		{"en shared her impressions", "en", en + "Aigul Bekova shared.", []wantQuote{{"We really thought", "Aigul Bekova"}}},
	})
}

// TestQuotesDashCitedTurn: a dash turn attributed through a citing verb
// («— …, — цитирует министра пресс-служба», "- …, - Interfax quoted
// Abdykadyrov as saying") is the cited person's, as after a closing mark;
// a medium reporting with no one cited («— передает ТАСС») names no one.
func TestQuotesDashCitedTurn(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru цитирует министра пресс-служба", "ru",
			"Министр Канат Абдыкадыров посетил Ош.\n\n— Мы построим в этом году пятнадцать новых школ, — цитирует министра пресс-служба.",
			[]wantQuote{{"Мы построим", "Канат Абдыкадыров"}}},
		{"en Interfax quoted X as saying", "en",
			"Education Minister Kanat Abdykadyrov visited Osh.\n\n- We will build fifteen new schools this year, - Interfax quoted Abdykadyrov as saying.",
			[]wantQuote{{"We will build", "Kanat Abdykadyrov"}}},
		{"ru передает ТАСС", "ru",
			"Министр Канат Абдыкадыров посетил Ош.\n\n— Мы построим в этом году пятнадцать новых школ, — передает ТАСС.",
			nil},
	})
}

// TestQuotesRoleAfterPlaceSentence: a role opening a sentence after one
// that ends in a place («Канат Абдыкадыров посетил Ош. Министр отметил:
// «…»») takes no country from the sentence before; it is the minister
// named there.
func TestQuotesRoleAfterPlaceSentence(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru Ош. Министр отметил:", "ru",
			"Канат Абдыкадыров посетил Ош. Министр отметил: «Мы построим в этом году пятнадцать новых школ».",
			[]wantQuote{{"Мы построим", "Канат Абдыкадыров"}}},
		{"en Osh. The minister noted:", "en",
			"Kanat Abdykadyrov visited Osh. The minister noted: “We will build fifteen new schools this year.”",
			[]wantQuote{{"We will build", "Kanat Abdykadyrov"}}},
		{"ru a country's role in the same sentence", "ru",
			"Канат Абдыкадыров посетил Ош. Российский министр отметил: «Мы построим в этом году пятнадцать новых школ».",
			nil},
	})
}

// TestQuotesQuotedAsSaying: "X was quoted as saying" makes X the speaker
// as «— цитирует X «Интерфакс»» does; "X was told" makes X the addressee.
func TestQuotesQuotedAsSaying(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en X was quoted as saying by Interfax", "en",
			"Education Minister Kanat Abdykadyrov visited Osh.\n\n“We will build fifteen new schools this year,” Abdykadyrov was quoted as saying by Interfax.",
			[]wantQuote{{"We will build", "Kanat Abdykadyrov"}}},
		{"en he was quoted as saying", "en",
			"Education Minister Kanat Abdykadyrov visited Osh.\n\n“We will build fifteen new schools this year,” he was quoted as saying.",
			[]wantQuote{{"We will build", "Kanat Abdykadyrov"}}},
		{"ru цитирует X «Интерфакс»", "ru",
			"Министр образования Канат Абдыкадыров посетил Ош.\n\n«Мы построим в этом году пятнадцать новых школ», — цитирует Абдыкадырова «Интерфакс».",
			[]wantQuote{{"Мы построим", "Канат Абдыкадыров"}}},
		{"en X was told", "en",
			"Education Minister Kanat Abdykadyrov visited Osh.\n\n“We will build fifteen new schools this year,” Abdykadyrov was told.",
			nil},
	})
}
