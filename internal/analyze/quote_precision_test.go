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
