package analyze

import (
	"testing"
)

type headlinedQuoteCase struct {
	name, lang, title, body string
	want                    []wantQuote
}

func runHeadlinedQuoteCases(t *testing.T, tests []headlinedQuoteCase) {
	t.Helper()
	a := shared()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Title: tt.title, Body: tt.body, Lang: tt.lang}).Quotes
			assertQuotesInOrder(t, got, tt.want)
		})
	}
}

// TestQuotesRoleIntroducedEarlier: a role the sentences around a
// quotation leave open is the one person the article introduced before it
// — in the headline or the lead — with a title of the role's kind, also
// by another word for the post (градоначальник for a mayor, наставник for
// a head coach, "the manager", парламентарий, «представитель ведомства»,
// «глава ведомства» for a minister, «глава государства» for a president).
// Two holders of such a post, a role the article gives no one, a deputy's
// title, a place the holder's title does not share, someone else named in
// the sentences just before, or a Russian verb of the other sex leave the
// quotation without a speaker.
func TestQuotesRoleIntroducedEarlier(t *testing.T) {
	const fillRu = "Новая школа рассчитана на 1200 учеников. В ней есть бассейн и спортзал. Строительство шло два года и обошлось в три миллиарда сомов.\n\n"
	const fillEn = "The new school has places for 1,200 pupils. It has a pool and a gym. Construction took two years and cost three billion soms.\n\n"
	const ru = "«Мы будем строить новые школы и дальше, в каждом районе города», — "
	const en = "“We will keep building new schools in every district of the city,” "
	const leadRu = "Мэр Оша Нурлан Садыков открыл в понедельник новую школу.\n\n"
	const leadEn = "Osh Mayor Nurlan Sadykov opened a new school on Monday.\n\n"
	runHeadlinedQuoteCases(t, []headlinedQuoteCase{
		{"ru the mayor named in the headline", "ru", "Мэр Оша Нурлан Садыков открыл новую школу",
			fillRu + ru + "сказал мэр.", []wantQuote{{"Мы будем строить", "Нурлан Садыков"}}},
		{"ru градоначальник for the mayor of the lead", "ru", "В Оше открыли новую школу",
			leadRu + fillRu + ru + "сказал градоначальник.", []wantQuote{{"Мы будем строить", "Нурлан Садыков"}}},
		{"ru мэр with the place of the title", "ru", "В Оше открыли новую школу",
			leadRu + fillRu + ru + "сказал мэр Оша.", []wantQuote{{"Мы будем строить", "Нурлан Садыков"}}},
		{"en the mayor of the lead", "en", "New school opens in Osh",
			leadEn + fillEn + en + "the mayor said.", []wantQuote{{"We will keep building", "Nurlan Sadykov"}}},
		{"ru наставник команды for the head coach", "ru", "Динамо подвело итоги сезона",
			"Главный тренер «Динамо» Андрей Петров подвел итоги сезона на пресс-конференции.\n\nКоманда заняла третье место. В сезоне она забила 54 гола. Лучшим бомбардиром стал нападающий из Бразилии.\n\n«Мы довольны сезоном, но хотим большего в следующем году», — отметил наставник команды.",
			[]wantQuote{{"Мы довольны сезоном", "Андрей Петров"}}},
		{"en the manager for the head coach", "en", "Dynamo sum up the season",
			"Dynamo head coach Andrei Petrov summed up the season at a news conference.\n\nThe team finished third. It scored 54 goals. The top scorer was a Brazilian striker.\n\n“We are happy with the season, but we want more next year,” the manager said.",
			[]wantQuote{{"We are happy with the season", "Andrei Petrov"}}},
		{"ru парламентарий for the deputy", "ru", "Депутат предложил изменить закон",
			"Депутат Госдумы Иван Смирнов внес законопроект о школах.\n\nДокумент касается питания в школах. Его рассмотрят весной. Правительство пока не дало отзыв.\n\n«Дети должны получать горячее питание бесплатно во всех школах страны», — пояснил парламентарий.",
			[]wantQuote{{"Дети должны получать", "Иван Смирнов"}}},
		{"en the lawmaker of an apposition", "en", "Lawmaker proposes school meals law",
			"Ivan Smirnov, an opposition lawmaker, submitted a bill on school meals.\n\nThe bill covers meals in schools. It will be discussed in spring. The government has not yet responded.\n\n“Children must get hot meals for free in every school of the country,” the lawmaker said.",
			[]wantQuote{{"Children must get hot meals", "Ivan Smirnov"}}},
		{"ru представитель ведомства for the spokeswoman", "ru", "МИД ответил на вопрос",
			"Официальный представитель МИД Анна Козлова провела брифинг в четверг.\n\nБрифинг длился два часа. Журналисты задали много вопросов. Обсуждали и визит в Китай.\n\n«Мы не видим никаких причин менять наш курс в отношениях с соседями», — добавила представитель ведомства.",
			[]wantQuote{{"Мы не видим никаких причин", "Анна Козлова"}}},
		{"en the spokeswoman", "en", "Ministry answers questions",
			"Foreign ministry spokeswoman Anna Kozlova held a briefing on Thursday.\n\nThe briefing lasted two hours. Reporters asked many questions. The visit to China was discussed too.\n\n“We see no reason at all to change our course with our neighbours,” the spokeswoman said.",
			[]wantQuote{{"We see no reason", "Anna Kozlova"}}},
		{"en the press secretary of an apposition", "en", "Press secretary on interviews",
			"Berik Sadykov, press secretary of the President of Kazakhstan, spoke about interviews on Monday.\n\nInterviews are planned for the spring. Several channels asked for one.\n\n“The head of state prefers deeds to words, and that will not change,” the press secretary added.",
			[]wantQuote{{"The head of state prefers deeds", "Berik Sadykov"}}},
		{"ru глава ведомства for the minister", "ru", "Минздрав закупит вакцины",
			"Министр здравоохранения Алексей Иванов провел совещание в среду.\n\nНа совещании обсудили закупку вакцин. Вакцины поступят осенью. Их распределят по регионам.\n\n«Мы закупим вакцины вовремя, сбоев не будет ни в одном регионе», — подчеркнул глава ведомства.",
			[]wantQuote{{"Мы закупим вакцины", "Алексей Иванов"}}},
		{"ru глава Минздрава for the minister", "ru", "Минздрав закупит вакцины",
			"Министр здравоохранения Алексей Иванов провел совещание в среду.\n\nНа совещании обсудили закупку вакцин. Вакцины поступят осенью. Их распределят по регионам.\n\n«Мы закупим вакцины вовремя, сбоев не будет ни в одном регионе», — подчеркнул глава Минздрава.",
			[]wantQuote{{"Мы закупим вакцины", "Алексей Иванов"}}},
		{"en the minister of the lead", "en", "Health ministry to buy vaccines",
			"Health Minister Alexei Ivanov held a meeting on Wednesday.\n\nThe meeting discussed vaccine purchases. The vaccines will arrive in autumn. They will be sent to the regions.\n\n“We will buy the vaccines on time, there will be no shortage in any region,” the minister said.",
			[]wantQuote{{"We will buy the vaccines", "Alexei Ivanov"}}},
		{"ru глава государства for the president", "ru", "Президент провел совещание",
			"Президент Ахмет Бекмуратов провел совещание по экономике.\n\nНа совещании обсудили бюджет. Рост экономики составил пять процентов. Инфляция снизилась.\n\n«Мы должны сохранить темпы роста экономики и в следующем году», — заявил глава государства.",
			[]wantQuote{{"Мы должны сохранить темпы", "Ахмет Бекмуратов"}}},
		{"en the head of state for the president", "en", "President holds meeting",
			"President Akhmet Bekmuratov held a meeting on the economy.\n\nThe meeting discussed the budget. The economy grew by five percent. Inflation fell.\n\n“We must keep the pace of growth next year as well,” the head of state said.",
			[]wantQuote{{"We must keep the pace", "Akhmet Bekmuratov"}}},
		{"ru глава города is the akim, not the minister", "ru", "Совещание в акимате",
			"Аким Алматы Ерлан Досанов провел совещание. На нем выступил министр энергетики Канат Бекмуратов.\n\nОбсудили отопление. Зима будет холодной. Запасы угля есть.\n\n«Мы готовы к зиме, все котельные работают», — отметил глава города.",
			[]wantQuote{{"Мы готовы к зиме", "Ерлан Досанов"}}},
		{"ru a subject titled with another post is not the mayor", "ru", "В Оше открыли новую школу",
			leadRu + fillRu + "Учительница Айгуль Бекова провела для гостей экскурсию.\n\n" + ru + "сказал мэр.",
			[]wantQuote{{"Мы будем строить", "Нурлан Садыков"}}},
		{"en a subject titled with another post is not the mayor", "en", "New school opens in Osh",
			leadEn + fillEn + "Aigul Bekova, a teacher at the school, showed the guests around.\n\n" + en + "the mayor said.",
			[]wantQuote{{"We will keep building", "Nurlan Sadykov"}}},
		{"ru премьер-министр Кыргызстана for a premier titled with no country", "ru", "Правительство заседало",
			"Премьер-министр Адылбек Касымалиев провел заседание правительства.\n\nНа заседании обсудили бюджет. Рост экономики составил пять процентов. Инфляция снизилась.\n\n«Мы должны сохранить темпы роста экономики и в следующем году», — указал премьер-министр Кыргызстана.",
			[]wantQuote{{"Мы должны сохранить темпы", "Адылбек Касымалиев"}}},
		{"en the Kyrgyz prime minister for a premier titled with no country", "en", "Cabinet meets",
			"Prime Minister Adylbek Kasymaliev chaired a cabinet meeting.\n\nThe meeting discussed the budget. The economy grew by five percent. Inflation fell.\n\n“We must keep the pace of growth next year as well,” the Kyrgyz prime minister said.",
			[]wantQuote{{"We must keep the pace", "Adylbek Kasymaliev"}}},
		// Refused.
		{"ru a premier titled with another country", "ru", "Правительство заседало",
			"Премьер-министр Узбекистана Абдулла Арипов провел заседание правительства.\n\nНа заседании обсудили бюджет. Рост экономики составил пять процентов. Инфляция снизилась.\n\n«Мы должны сохранить темпы роста экономики и в следующем году», — указал премьер-министр Кыргызстана.",
			nil},
		{"en a premier titled with another country", "en", "Cabinet meets",
			"Uzbek Prime Minister Abdulla Aripov chaired a cabinet meeting.\n\nThe meeting discussed the budget. The economy grew by five percent. Inflation fell.\n\n“We must keep the pace of growth next year as well,” the Kyrgyz prime minister said.",
			nil},
		{"ru two ministers", "ru", "Министры встретились",
			"Министр финансов Алексей Иванов встретился с министром экономики Олегом Сидоровым.\n\nНа встрече обсудили бюджет. Рост экономики составил пять процентов. Инфляция снизилась.\n\n«Мы должны сохранить темпы роста экономики и в следующем году», — заявил министр.",
			nil},
		{"en two ministers", "en", "Ministers meet",
			"Finance Minister Alexei Ivanov met Economy Minister Oleg Sidorov.\n\nThe meeting discussed the budget. The economy grew by five percent. Inflation fell.\n\n“We must keep the pace of growth next year as well,” the minister said.",
			nil},
		{"ru глава alone with two office-holders", "ru", "Совещание в акимате",
			"Аким Алматы Ерлан Досанов провел совещание. На нем выступил министр энергетики Канат Бекмуратов.\n\nОбсудили отопление. Зима будет холодной. Запасы угля есть.\n\n«Мы готовы к зиме, все котельные работают», — отметил глава.",
			nil},
		{"ru a mayor the article never names", "ru", "В Оше открыли новую школу", fillRu + ru + "сказал мэр.", nil},
		{"en a mayor the article never names", "en", "Osh opens new school", fillEn + en + "the mayor said.", nil},
		{"ru a mayor of another city", "ru", "В Оше открыли новую школу", leadRu + fillRu + ru + "сказал мэр Бишкека.", nil},
		{"en a mayor of another city", "en", "New school opens in Osh", leadEn + fillEn + en + "the Bishkek mayor said.", nil},
		{"ru a deputy minister is no minister", "ru", "Минфин подвел итоги",
			"Заместитель министра финансов Иван Петров провел брифинг в среду.\n\nНа брифинге обсудили бюджет. Дефицит снизился. Долг не вырос.\n\n«Мы должны сохранить темпы роста экономики и в следующем году», — сказал министр.",
			nil},
		{"en a deputy minister is no minister", "en", "Finance ministry sums up",
			"Deputy Finance Minister Ivan Petrov held a briefing on Wednesday.\n\nThe briefing discussed the budget. The deficit fell. The debt did not grow.\n\n“We must keep the pace of growth next year as well,” the minister said.",
			nil},
		{"ru a verb of the other sex", "ru", "Минздрав закупит вакцины",
			"Министр здравоохранения Алексей Иванов провел совещание в среду.\n\nНа совещании обсудили закупку вакцин. Вакцины поступят осенью. Их распределят по регионам.\n\n«Мы закупим вакцины вовремя, сбоев не будет ни в одном регионе», — добавила глава ведомства.",
			nil},
		{"ru a body is no speaker", "ru", "Минздрав закупит вакцины",
			"Минздрав сообщил о закупке вакцин.\n\n«Мы закупим вакцины вовремя, сбоев не будет ни в одном регионе», — сообщил Минздрав.",
			nil},
	})
}

// TestQuotesPronounForTheHeadlineTitledPerson: «он» that no person of the
// body can mean is the one person the headline names after a title whose
// place stands in capitals before the name («Мэр Оша Нурлан Садыков
// открыл школу», «Аким Алматы Ерлан Досанов …»). A second person in the
// headline, a pronoun of the other sex, or an English headline in title
// case leave it unresolved.
func TestQuotesPronounForTheHeadlineTitledPerson(t *testing.T) {
	const body = "Новая школа рассчитана на 1200 учеников. В ней есть бассейн и спортзал.\n\n«Мы будем строить новые школы и дальше, в каждом районе города», — "
	const bodyEn = "The new school has places for 1,200 pupils. It has a pool and a gym.\n\n“We will keep building new schools in every district of the city,” "
	runHeadlinedQuoteCases(t, []headlinedQuoteCase{
		{"ru a mayor and his city before the name", "ru", "Мэр Оша Нурлан Садыков открыл новую школу", body + "сказал он.",
			[]wantQuote{{"Мы будем строить", "Нурлан Садыков"}}},
		{"ru an akim and his city before the name", "ru", "Аким Алматы Ерлан Досанов открыл новую школу", body + "сказал он.",
			[]wantQuote{{"Мы будем строить", "Ерлан Досанов"}}},
		{"en a sentence-case headline", "en", "Osh mayor Nurlan Sadykov opens new school", bodyEn + "he said.",
			[]wantQuote{{"We will keep building", "Nurlan Sadykov"}}},
		// Refused.
		{"ru a second person in the headline", "ru", "Мэр Оша Нурлан Садыков и Айбек Осмонов открыли новую школу", body + "сказал он.", nil},
		{"ru a pronoun of the other sex", "ru", "Мэр Оша Нурлан Садыков открыл новую школу", body + "сказала она.", nil},
		{"en a headline in title case", "en", "Osh Mayor Nurlan Sadykov Opens New School", bodyEn + "he said.", nil},
	})
}

// TestQuotesPronounAfterARoleOfTheKind: «он» after a sentence whose
// subject is a role («Наставник похвалил …», "The manager also praised
// …") is the person named before when the article titles them with a
// post of that kind by any of its words (главный тренер for наставник,
// head coach for the manager); a person titled with another post is not.
func TestQuotesPronounAfterARoleOfTheKind(t *testing.T) {
	const ru = "\n\n«Мы довольны сезоном, но хотим большего в следующем году», — сказал он."
	const en = "\n\n“We are happy with the season, but we want more next year,” he said."
	runQuoteCases(t, []quoteCase{
		{"ru наставник after a head coach", "ru",
			"Главный тренер «Динамо» Андрей Петров подвел итоги сезона. Наставник похвалил нападающего Ивана Смирнова." + ru,
			[]wantQuote{{"Мы довольны сезоном", "Андрей Петров"}}},
		{"en the manager after a head coach", "en",
			"Dynamo head coach Andrei Petrov summed up the season on Monday. The manager also praised Ivan Smirnov." + en,
			[]wantQuote{{"We are happy with the season", "Andrei Petrov"}}},
		// Refused.
		{"ru наставник after a forward", "ru",
			"Нападающий «Динамо» Андрей Петров подвел итоги сезона. Наставник похвалил защитника Ивана Смирнова." + ru,
			nil},
		{"en the manager after a striker", "en",
			"Dynamo striker Andrei Petrov summed up the season on Monday. The manager also praised Ivan Smirnov." + en,
			nil},
	})
}
