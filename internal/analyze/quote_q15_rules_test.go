package analyze

import "testing"

// TestQuotesStraightRunOn: a quotation of several paragraphs opened after
// its attribution's colon in straight marks goes on as one in curly marks
// does (X said: "A … ¶ "B … ¶ "C."), also after another quotation closed
// earlier in its paragraph (Y said it had "caused chaos". X replied: "A
// …); a straight mark after a comma opens a phrase as often as speech and
// is left alone.
func TestQuotesStraightRunOn(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en straight marks over paragraphs after a colon", "en",
			"Opposition leader Maria Holt said: \"It was an act of gross irresponsibility for anonymous ministry sources to tell a few papers on Friday about plans to impose new rules on millions of families, without any detail, without any consultation and without any statement from the cabinet.\n" +
				"\"This has significantly added to the sense of confusion, chaos and unfairness in the way the rules are made.\"",
			[]wantQuote{{"It was an act", "Maria Holt"}, {"This has significantly", "Maria Holt"}}},
		{"ru straight marks over paragraphs after a colon", "ru",
			"Лидер оппозиции Мария Холт заявила: \"Это была грубая безответственность анонимных источников в министерстве — сообщить в пятницу нескольким газетам о планах ввести новые правила для миллионов семей, без всяких подробностей, без всяких консультаций и без всякого заявления кабинета.\n" +
				"\"Это значительно усилило ощущение путаницы, хаоса и несправедливости в том, как принимаются правила.\"",
			[]wantQuote{{"Это была грубая", "Мария Холт"}, {"Это значительно усилило", "Мария Холт"}}},
		{"en after a phrase closed in the paragraph", "en",
			"Health Secretary Tom Reed was interviewed on Sunday.\n\n" +
				"The presenter said the leak had \"caused chaos\". Reed replied: \"No, we do not know how that paper reached the newspapers at all.\n\n" +
				"\"All I would say is that ministers must be able to speak candidly in those meetings.\"",
			[]wantQuote{{"No, we do not know", "Tom Reed"}, {"All I would say", "Tom Reed"}}},
		{"ru after a phrase closed in the paragraph", "ru",
			"Министр здравоохранения Том Рид дал интервью в воскресенье.\n\n" +
				"Ведущий сказал, что утечка \"вызвала хаос\". Рид ответил: \"Нет, мы не знаем, как эта бумага попала в газеты.\n\n" +
				"\"Скажу лишь, что министры должны говорить откровенно на таких совещаниях.\"",
			[]wantQuote{{"Нет, мы не знаем", "Том Рид"}, {"Скажу лишь", "Том Рид"}}},
		{"en a straight mark after a comma opens a phrase", "en",
			"The victim's lawyer Anna Berg, as reported, \"seems to be satisfied with the verdict of the court. She thanked the jurors.\n\n" +
				"\"There were many women on the jury and I saw how much pain they were in,\" she wrote.",
			[]wantQuote{{"There were many women", "Anna Berg"}}},
	})
}

// TestQuotesRepeatedPart: a quotation whose words stand inside a longer
// quotation of the same speaker (a subheading or standfirst repeating
// part of it) is shown once, as the longer one; the same words given to
// two speakers stay apart.
func TestQuotesRepeatedPart(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en a subheading repeats part of the quotation", "en",
			"According to Farid Aliyev, the two capitals \"are ready to widen contacts between parliaments and regions\"\n\n" +
				"Baku favors dialogue with Ankara, Foreign Minister Farid Aliyev said on Monday.\n\n" +
				"\"We are ready to widen contacts between parliaments and regions, as well as between businesses,\" Aliyev added.",
			[]wantQuote{{"We are ready to widen contacts", "Farid Aliyev"}}},
		{"ru a subheading repeats part of the quotation", "ru",
			"По словам Фарида Алиева, две столицы «готовы расширять контакты между парламентами и регионами»\n\n" +
				"Баку выступает за диалог с Анкарой, заявил в понедельник министр иностранных дел Фарид Алиев.\n\n" +
				"«Мы готовы расширять контакты между парламентами и регионами, а также между деловыми кругами», — добавил Алиев.",
			[]wantQuote{{"Мы готовы расширять контакты", "Фарид Алиев"}}},
		{"en the same words of two speakers stay apart", "en",
			"Farid Aliyev met Omar Celik in Baku on Monday.\n\n" +
				"\"We are ready to widen contacts between parliaments and regions,\" Aliyev said.\n\n" +
				"\"We are ready to widen contacts between parliaments and regions, and more,\" Omar Celik replied.",
			[]wantQuote{{"We are ready to widen contacts between parliaments and regions.", "Farid Aliyev"}, {"We are ready to widen contacts between parliaments and regions, and", "Omar Celik"}}},
	})
}

// TestQuotesPronounSubjectParticiple: a quotation after a participle
// ("adding:", «добавив:») whose sentence opens with "she"/"he" («она»,
// «он») is resolved as "she said" is: to the person the sentences before
// are about; no one after a sentence about two people.
func TestQuotesPronounSubjectParticiple(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en she …, adding:", "en",
			"Mary Jones lives on the flooded street with her two sons.\n\n" +
				"She also noted that she will have to rebuild the house on her own, adding: “We cannot cope with this any more, nobody is helping us.”",
			[]wantQuote{{"We cannot cope", "Mary Jones"}}},
		{"ru она …, добавив:", "ru",
			"Мария Джонс живет на затопленной улице с двумя сыновьями.\n\n" +
				"Она также отметила, что ей придется восстанавливать дом самой, добавив: «Мы больше не справляемся с этим, нам никто не помогает».",
			[]wantQuote{{"Мы больше не справляемся", "Мария Джонс"}}},
		{"en she …, adding: after two people", "en",
			"The two leaders, Mary Jones and Anna Smith, met on the flooded street.\n\n" +
				"She also noted that she will have to rebuild the house on her own, adding: “We cannot cope with this any more, nobody is helping us.”",
			nil},
		{"ru она …, добавив: after two people", "ru",
			"Обе активистки, Мария Джонс и Анна Смит, встретились на затопленной улице.\n\n" +
				"Она также отметила, что ей придется восстанавливать дом самой, добавив: «Мы больше не справляемся с этим, нам никто не помогает».",
			nil},
	})
}

// TestQuotesDescribedSubject: an -ing word after "a" describes the
// subject ("a stuttering Brown laughed, adding: “…”"), it opens no
// clause, so the name after it is the speaker; an -ing word that opens a
// clause still keeps its object from speaking ("Asked about meeting
// Brown, Holt laughed"). Russian participles before a name («смеющийся
// Браун») decline and were never read as clauses.
func TestQuotesDescribedSubject(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en a stuttering X laughed, adding:", "en",
			"Health Secretary Peter Brown faced the press on Sunday.\n\n" +
				"And when asked about the leak, a stuttering Brown laughed, adding: \"The Prime Minister has put in place an inquiry into all of it.\"",
			[]wantQuote{{"The Prime Minister has put", "Peter Brown"}}},
		{"en asked about meeting X, Y laughed, adding:", "en",
			"Health Secretary Peter Brown and his deputy Anna Holt faced the press on Sunday.\n\n" +
				"Asked about meeting Brown, Holt laughed, adding: \"The Prime Minister has put in place an inquiry into all of it.\"",
			[]wantQuote{{"The Prime Minister has put", "Anna Holt"}}},
		{"ru смеющийся X добавил:", "ru",
			"Министр здравоохранения Петр Браун встретился с журналистами в воскресенье.\n\n" +
				"Отвечая на вопрос об утечке, смущенный Браун рассмеялся и добавил: «Премьер-министр уже назначил проверку всего этого».",
			[]wantQuote{{"Премьер-министр уже назначил", "Петр Браун"}}},
	})
}

// TestQuotesRelativeApposition: a relative introduced by a possessive and
// named after it speaks ("his mother, X, explained", "said her husband
// X", «— рассказала его мать X»), not the person the possessive stands
// for; a relative left unnamed ("said his mother", «— сказала его мать»)
// is no one the article names.
func TestQuotesRelativeApposition(t *testing.T) {
	const en = "“He left home at noon on Friday and never came back to us,” "
	const ru = "«Он ушел из дома в пятницу в полдень и больше не вернулся к нам», — "
	const enLead = "Rovshen Amanov, 30, has worked for the paper since May.\n\n"
	const ruLead = "Ровшен Аманов, 30 лет, работает в газете с мая.\n\n"
	runQuoteCases(t, []quoteCase{
		{"en his mother, X, explained", "en", enLead + en + "his mother, Parcha Amanova, explained.",
			[]wantQuote{{"He left home", "Parcha Amanova"}}},
		{"en said his mother, X", "en", enLead + en + "said his mother, Parcha Amanova.",
			[]wantQuote{{"He left home", "Parcha Amanova"}}},
		{"en said his mother", "en", enLead + en + "said his mother.", nil},
		{"ru рассказала его мать X", "ru", ruLead + ru + "рассказала его мать Парча Аманова.",
			[]wantQuote{{"Он ушел из дома", "Парча Аманова"}}},
		{"ru сказала его мать", "ru", ruLead + ru + "сказала его мать.", nil},
	})
}

// TestQuotesHeadOfMinistry: "the head of the [Foreign] Ministry" is that
// ministry's minister, resolved as "the minister" is (as «глава МИД»):
// to the one minister the sentences before name; not after a sentence
// whose subject is two people joined by "and" («и»), either of whom the
// role may be.
func TestQuotesHeadOfMinistry(t *testing.T) {
	const en = "“We will keep our ties with both neighbours and go on trading with them,” "
	const ru = "«Мы сохраним связи с обоими соседями и продолжим торговлю с ними», — "
	runQuoteCases(t, []quoteCase{
		{"en the head of the Foreign Ministry", "en",
			"Foreign Minister Bakhtiyor Nurov spoke in the Senate on Tuesday.\n\n" + en + "the head of the Foreign Ministry emphasized.",
			[]wantQuote{{"We will keep our ties", "Bakhtiyor Nurov"}}},
		{"ru глава МИД", "ru",
			"Министр иностранных дел Бахтиёр Нуров выступил в Сенате во вторник.\n\n" + ru + "подчеркнул глава МИД.",
			[]wantQuote{{"Мы сохраним связи", "Бахтиёр Нуров"}}},
		{"en the head of the Health Ministry after two ministers", "en",
			"Foreign Minister Bakhtiyor Nurov and Health Minister Anvar Ismoilov spoke in the Senate on Tuesday.\n\n" + en + "the head of the Health Ministry emphasized.",
			nil},
		{"en the minister after two ministers", "en",
			"Foreign Minister Bakhtiyor Nurov and Health Minister Anvar Ismoilov spoke in the Senate on Tuesday.\n\n" + en + "the minister said.",
			nil},
		{"ru министр after two ministers", "ru",
			"Министр иностранных дел Бахтиёр Нуров и министр здравоохранения Анвар Исмоилов выступили в Сенате во вторник.\n\n" + ru + "сказал министр.",
			nil},
		{"ru глава министерства after two ministers", "ru",
			"Министр иностранных дел Бахтиёр Нуров и министр здравоохранения Анвар Исмоилов выступили в Сенате во вторник.\n\n" + ru + "подчеркнул глава министерства.",
			nil},
	})
}

// TestQuotesDoublePrimeOpener: a double prime (″) printed for an opening
// mark before a word opens the quotation its closing mark ends; after a
// digit it is an inch sign and opens nothing.
func TestQuotesDoublePrimeOpener(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en ″…” the resident explained", "en",
			"Local resident Lucy Grant met the minister on Monday.\n\n″It is not a home any more, it is just a shell full of water...” the resident explained.",
			[]wantQuote{{"It is not a home", "Lucy Grant"}}},
		{"ru ″…”, — сказала она", "ru",
			"Жительница поселка Люся Грант встретилась с министром в понедельник.\n\n″Это больше не дом, это просто коробка, полная воды”, — сказала она.",
			[]wantQuote{{"Это больше не дом", "Люся Грант"}}},
		{"en a 55″ screen opens nothing", "en",
			"The shop sold a 55″ screen for less than a month's pay, said owner Lucy Grant, who plans to open a second store next year.",
			nil},
	})
}

// TestQuotesFemaleInaSurname: an English -ina surname after an -a first
// name is a woman's (Alma Musina), so "he" is not her and "she" is; an
// -ina surname after another first name (Pedro Molina) says nothing. In
// Russian the verb after the name tells («огласила»).
func TestQuotesFemaleInaSurname(t *testing.T) {
	const en = "“The court has weighed every piece of evidence put before it,” "
	const ru = "«Суд взвесил каждое доказательство, представленное ему», — "
	runQuoteCases(t, []quoteCase{
		{"en he is not Alma Musina", "en", "Judge Alma Musina read out the verdict on Friday.\n\n" + en + "he said.", nil},
		{"en she is Alma Musina", "en", "Judge Alma Musina read out the verdict on Friday.\n\n" + en + "she said.",
			[]wantQuote{{"The court has weighed", "Alma Musina"}}},
		{"en he is Pedro Molina", "en", "Judge Pedro Molina read out the verdict on Friday.\n\n" + en + "he said.",
			[]wantQuote{{"The court has weighed", "Pedro Molina"}}},
		{"ru он is not Алма Мусина", "ru", "Судья Алма Мусина огласила приговор в пятницу.\n\n" + ru + "сказал он.", nil},
		{"ru она is Алма Мусина", "ru", "Судья Алма Мусина огласила приговор в пятницу.\n\n" + ru + "сказала она.",
			[]wantQuote{{"Суд взвесил", "Алма Мусина"}}},
	})
}

// TestQuotesSingleMarkRunOn: British pages open a quotation of several
// paragraphs in single marks after its attribution's colon (X said: 'A …
// ¶ 'B.'), as Russian ones do in «…» (X заявил: «A … ¶ «B.»); every
// paragraph is the speaker's. A single mark after a comma opens a phrase
// as often, and is left alone.
func TestQuotesSingleMarkRunOn(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en straight single marks over paragraphs", "en",
			"Health Secretary Maria Holt said: 'We will open three new clinics in the county before the end of next year.\n" +
				"'The money is already in the budget and the builders have been chosen.'",
			[]wantQuote{{"We will open three", "Maria Holt"}, {"The money is already", "Maria Holt"}}},
		{"en curly single marks over paragraphs", "en",
			"Health Secretary Maria Holt said: ‘We will open three new clinics in the county before the end of next year.\n\n" +
				"‘The money is already in the budget and the builders have been chosen.’",
			[]wantQuote{{"We will open three", "Maria Holt"}, {"The money is already", "Maria Holt"}}},
		{"ru «…» over paragraphs", "ru",
			"Министр здравоохранения Мария Холт заявила: «Мы откроем три новые клиники в области до конца следующего года.\n\n" +
				"«Деньги уже заложены в бюджет, подрядчики выбраны».",
			[]wantQuote{{"Мы откроем три", "Мария Холт"}, {"Деньги уже заложены", "Мария Холт"}}},
		{"en a single mark after a comma", "en",
			"The firm, as its staff put it, 'is going under fast and nobody in the town can stop it now.\n" +
				"'We have had no wages since the spring and no word from anyone,' said worker Maria Holt.",
			[]wantQuote{{"We have had no wages", "Maria Holt"}}},
	})
}

// TestQuotesMinisterNotPrimeMinister: "the minister" (and «министр») is
// not the prime minister a sentence before titles so, when that sentence
// names another minister beside him: it is that minister, in both
// languages; "the prime minister" still is the prime minister.
func TestQuotesMinisterNotPrimeMinister(t *testing.T) {
	const en = "“We will raise output at the field by ten percent next year,” "
	const ru = "«Мы увеличим добычу на месторождении на десять процентов в следующем году», — "
	runQuoteCases(t, []quoteCase{
		{"en the minister is not the prime minister chairing", "en",
			"Prime Minister Olzhas Bekov chaired a government meeting on Monday at which Energy Minister Almas Sapiyev reported on the oil sector.\n\n" + en + "the minister said.",
			[]wantQuote{{"We will raise output", "Almas Sapiyev"}}},
		{"ru министр is not the премьер-министр chairing", "ru",
			"Премьер-министр Олжас Беков провел заседание правительства, на котором министр энергетики Алмас Сапиев доложил о нефтяной отрасли.\n\n" + ru + "сказал министр.",
			[]wantQuote{{"Мы увеличим добычу", "Алмас Сапиев"}}},
		{"en the prime minister", "en",
			"Prime Minister Olzhas Bekov chaired a government meeting on Monday.\n\n" + en + "the prime minister said.",
			[]wantQuote{{"We will raise output", "Olzhas Bekov"}}},
	})
}

// TestQuotesQuotedByMedium: "X was quoted by Interfax as saying" names X,
// as "X was quoted as saying" does and «…», — цитирует X «Интерфакс»; the
// medium between the verb and "as saying" is no speaker, and "quoted by
// X" without "as saying" attributes nothing.
func TestQuotesQuotedByMedium(t *testing.T) {
	const en = "“We will raise output at the field by ten percent next year,” "
	runQuoteCases(t, []quoteCase{
		{"en was quoted by a medium as saying", "en",
			en + "Energy Minister Almas Sapiyev was quoted by the state news agency Kabar as saying.",
			[]wantQuote{{"We will raise output", "Almas Sapiyev"}}},
		{"en was quoted by, no as saying", "en",
			en + "Energy Minister Almas Sapiyev was quoted by Interfax, which cited his aides.",
			nil},
		{"ru цитирует X «Интерфакс»", "ru",
			"«Мы увеличим добычу на месторождении на десять процентов в следующем году», — цитирует министра энергетики Алмаса Сапиева «Интерфакс».",
			[]wantQuote{{"Мы увеличим добычу", "Алмас Сапиев"}}},
	})
}

// TestQuotesSpokespersonNotBoss: a spokesperson speaking for a boss is
// never the boss: "his spokeswoman said" names no one (her name would),
// and "the spokeswoman said" is not someone the article titles with
// another office (the prime minister), in both languages.
func TestQuotesSpokespersonNotBoss(t *testing.T) {
	const en = "“We will raise output at the field by ten percent next year,” "
	const ru = "«Мы увеличим добычу на месторождении на десять процентов в следующем году», — "
	const enLead = "Prime Minister Olzhas Bekov spoke on Monday.\n\n"
	const ruLead = "Премьер-министр Олжас Беков выступил в понедельник.\n\n"
	runQuoteCases(t, []quoteCase{
		{"en his spokeswoman said", "en", enLead + en + "his spokeswoman said.", nil},
		{"en his spokeswoman X said", "en", enLead + en + "his spokeswoman Maria Holt said.",
			[]wantQuote{{"We will raise output", "Maria Holt"}}},
		{"en the spokeswoman said", "en", enLead + en + "the spokeswoman said.", nil},
		{"ru сказала его пресс-секретарь", "ru", ruLead + ru + "сказала его пресс-секретарь.", nil},
		{"ru сказала пресс-секретарь", "ru", ruLead + ru + "сказала пресс-секретарь.", nil},
		{"ru сказала его пресс-секретарь X", "ru", ruLead + ru + "сказала его пресс-секретарь Мария Холт.",
			[]wantQuote{{"Мы увеличим добычу", "Мария Холт"}}},
	})
}
