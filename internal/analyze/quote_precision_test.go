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
