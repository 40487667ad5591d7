package analyze

import "testing"

// TestQuotesOthersWordsBeforeColon: the words before a quotation's colon
// may report what another person or a text said; then the sentence's
// subject is not the speaker: a role in a clause after «что»/"that", a
// letter "that said", «в котором говорится», "X quoted Y as saying" (Y
// speaks, and a title or a name there still resolves).
func TestQuotesOthersWordsBeforeColon(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru a role in a clause after «что»", "ru",
			"Директор школы Ерлан Омаров рассказал, что министр пообещал ему: «Школа получит новые котлы и окна до наступления зимы».",
			nil},
		{"en a role in a clause after that", "en",
			"School director Yerlan Omarov said that the minister told him: “The school will get new boilers and windows before the winter comes.”",
			nil},
		{"ru a titled minister before, the role after «что» is his", "ru",
			"Министр образования Айдар Жумабеков посетил школу в Оше. Директор школы Ерлан Омаров рассказал, что министр пообещал ему: «Школа получит новые котлы и окна до наступления зимы».",
			[]wantQuote{{"Школа получит новые котлы", "Айдар Жумабеков"}}},
		{"ru a letter «в котором говорится»", "ru",
			"Директор школы Ерлан Омаров показал письмо министерства, в котором говорится: «Каждая школа в области получит новые котлы до наступления зимы».",
			nil},
		{"en a letter that said", "en",
			"School director Yerlan Omarov showed a letter from the ministry that said: “Every school in the region will get new boilers before the winter.”",
			nil},
		{"en quoted the president as saying", "en",
			"School director Yerlan Omarov quoted the president as saying: “Every school in the country will get new boilers before the winter.”",
			nil},
		{"en quoted a name as saying", "en",
			"School director Yerlan Omarov quoted Education Minister Aidar Zhumabekov as saying: “Every school in the country will get new boilers before the winter.”",
			[]wantQuote{{"Every school in the country", "Aidar Zhumabekov"}}},
		{"ru the subject's own clause keeps him", "ru",
			"Директор школы Ерлан Омаров рассказал журналистам: «Школа получит новые котлы и окна до наступления зимы».",
			[]wantQuote{{"Школа получит новые котлы", "Ерлан Омаров"}}},
		{"en the subject's own participle keeps him", "en",
			"School director Yerlan Omarov thanked the parents, saying: “The school will get new boilers and windows before the winter comes.”",
			[]wantQuote{{"The school will get new boilers", "Yerlan Omarov"}}},
	})
}

// TestQuotesAnotherRole: a role after «другой», «еще один» or "another"
// is someone other than the person the role would resolve to, and
// unnamed: no speaker.
func TestQuotesAnotherRole(t *testing.T) {
	const ruQ = "«Мы построим три новые школы в этом году и еще две в следующем», — "
	const enQ = "“We will build three new schools this year and two more next year,” "
	runQuoteCases(t, []quoteCase{
		{"ru «другой чиновник»", "ru", "Министр просвещения Айдар Жумабеков посетил школу в понедельник. " + ruQ + "сказал другой чиновник.",
			nil},
		{"ru «еще один депутат»", "ru", "Депутат мажилиса Ерлан Бекетов внес законопроект. " + ruQ + "добавил еще один депутат.",
			nil},
		{"ru the role alone keeps its holder", "ru", "Министр просвещения Айдар Жумабеков посетил школу в понедельник. " + ruQ + "сказал министр.",
			[]wantQuote{{"Мы построим", "Айдар Жумабеков"}}},
		{"en another official", "en", "Education Minister Aidar Zhumabekov visited the school on Monday. " + enQ + "another official said.",
			nil},
		{"en the role alone keeps its holder", "en", "Education Minister Aidar Zhumabekov visited the school on Monday. " + enQ + "the minister said.",
			[]wantQuote{{"We will build", "Aidar Zhumabekov"}}},
	})
}

// TestQuotesRoleOfAnotherBody: a role whose words name a body's field
// («представитель министерства просвещения», "a spokesman for the
// education ministry") is no one the article titles only with another
// body, a public figure of the person table included; a holder titled
// with that field keeps the quotation.
func TestQuotesRoleOfAnotherBody(t *testing.T) {
	const ruQ = "«Мы построим три новые школы в этом году и еще две в следующем», — "
	const enQ = "“We will build three new schools this year and two more next year,” "
	runQuoteCases(t, []quoteCase{
		{"ru a ministry's spokesman after the Kremlin's", "ru",
			"Пресс-секретарь президента Дмитрий Песков отказался от комментариев. " + ruQ + "сказал представитель министерства просвещения.",
			nil},
		{"en a ministry's spokesman after the Kremlin's", "en",
			"Kremlin spokesman Dmitry Peskov declined to comment. " + enQ + "said the spokesman for the education ministry.",
			nil},
		{"ru the ministry's spokesman titled so", "ru",
			"Официальный представитель министерства просвещения Айгуль Бекова провела брифинг. " + ruQ + "сказала представитель министерства просвещения.",
			[]wantQuote{{"Мы построим", "Айгуль Бекова"}}},
		{"en the ministry's spokesman titled so", "en",
			"Education ministry spokeswoman Aigul Bekova held a briefing on Monday. " + enQ + "said the spokeswoman of the ministry of education.",
			[]wantQuote{{"We will build", "Aigul Bekova"}}},
	})
}

// TestQuotesCitedWithinAttribution: an attribution that goes on citing
// someone else ("X said, quoting the president", «— сказал X, ссылаясь на
// слова президента») or recalls another's words ("X recalled the
// president saying") gives the quotation no speaker; an attribution that
// goes on with something else keeps it.
func TestQuotesCitedWithinAttribution(t *testing.T) {
	const ruQ = "«Мы построим три новые школы в этом году и еще две в следующем», — "
	const enQ = "“We will build three new schools this year and two more next year,” "
	runQuoteCases(t, []quoteCase{
		{"en said, quoting", "en", enQ + "Yerlan Omarov said, quoting the president.", nil},
		{"en said, citing", "en", enQ + "said Yerlan Omarov, citing the education minister.", nil},
		{"en recalled the president saying", "en", enQ + "Yerlan Omarov recalled the president saying.", nil},
		{"ru сказал, ссылаясь на", "ru", ruQ + "сказал Ерлан Омаров, ссылаясь на слова президента.", nil},
		{"ru заявил, цитируя", "ru", ruQ + "заявил Ерлан Омаров, цитируя министра.", nil},
		{"en said, adding", "en", enQ + "Yerlan Omarov said, adding that the money was ready.",
			[]wantQuote{{"We will build", "Yerlan Omarov"}}},
		{"ru сказал, добавив", "ru", ruQ + "сказал Ерлан Омаров, добавив, что деньги уже выделены.",
			[]wantQuote{{"Мы построим", "Ерлан Омаров"}}},
	})
}

// TestQuotesChannelsAndOffices: a name in the genitive after a person's
// channel or words («— говорится в Telegram-канале Андрея Травникова»,
// «— говорится в видеообращении X») is that person, shown in the
// nominative; a decree is no speech; after «своем» the name is the
// subject, already in the nominative; after an office («— подчеркнули в
// пресс-службе X») the office speaks, not X. English has the same
// patterns with "on X's Telegram channel" and "X's office said".
func TestQuotesChannelsAndOffices(t *testing.T) {
	const ruQ = "«Мы построим три новые школы в этом году и еще две в следующем», — "
	const enQ = "“We will build three new schools this year and two more next year,” "
	runQuoteCases(t, []quoteCase{
		{"ru the owner of a channel, genitive", "ru", ruQ + "говорится в Telegram-канале Андрея Травникова.",
			[]wantQuote{{"Мы построим", "Андрей Травников"}}},
		{"ru «в своем блоге», nominative", "ru", ruQ + "пишет в своем блоге Андрей Травников.",
			[]wantQuote{{"Мы построим", "Андрей Травников"}}},
		{"ru an office speaks", "ru", ruQ + "подчеркнули в пресс-службе Андрея Травникова.",
			nil},
		{"ru the owner of a video address, genitive", "ru", ruQ + "говорится в видеообращении Андрея Травникова.",
			[]wantQuote{{"Мы построим", "Андрей Травников"}}},
		{"ru the owner of an answer, genitive", "ru", ruQ + "отмечается в ответе Андрея Травникова.",
			[]wantQuote{{"Мы построим", "Андрей Травников"}}},
		{"ru a statement of an office", "ru", ruQ + "говорится в сообщении пресс-службы Андрея Травникова.",
			nil},
		{"ru a decree is no speech", "ru", ruQ + "говорится в указе Андрея Травникова.",
			nil},
		{"en a video address by X", "en", enQ + "Andrei Travnikov said in a video address.",
			[]wantQuote{{"We will build", "Andrei Travnikov"}}},
		{"en wrote on Telegram", "en", enQ + "Andrei Travnikov wrote on Telegram.",
			[]wantQuote{{"We will build", "Andrei Travnikov"}}},
		{"en an office speaks", "en", enQ + "Andrei Travnikov's office said.",
			nil},
	})
}
