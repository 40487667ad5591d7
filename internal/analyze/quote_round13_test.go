package analyze

import "testing"

// TestQuotesAfterExpressedStance: a sentence in which one named person
// expresses confidence, hope or concern («выразил надежду», "expressed
// confidence") introduces the quotation that follows it, in the next
// paragraph or the next sentence, as a speech verb does. Without a
// person, with two people, or before a title or slogan it introduces no
// one.
func TestQuotesAfterExpressedStance(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en paragraph after \"X expressed confidence.\"", "en",
			"Outside the court building, Senator Ruslan Temirov expressed confidence.\n\n“I fully expect that the judges will follow the law and the evidence presented here.”",
			[]wantQuote{{"I fully expect that the judges", "Ruslan Temirov"}}},
		{"en sentence after \"X expressed his hope\"", "en",
			"Mayor Aigul Nurlanova expressed her hope for a quick repair of the bridge. “We count on the contractor to finish all the work before the end of September.”",
			[]wantQuote{{"We count on the contractor", "Aigul Nurlanova"}}},
		{"ru абзац после «X выразил надежду»", "ru",
			"Аким города Ерлан Аймагамбетов выразил надежду на скорое завершение ремонта.\n\n«Мы рассчитываем, что подрядчик закончит все работы до конца сентября».",
			[]wantQuote{{"Мы рассчитываем, что подрядчик", "Ерлан Аймагамбетов"}}},
		{"ru предложение после «X выразила обеспокоенность»", "ru",
			"Омбудсмен Динара Закиева выразила обеспокоенность положением мигрантов. «Люди неделями ждут документов и не могут устроиться на работу».",
			[]wantQuote{{"Люди неделями ждут документов", "Динара Закиева"}}},
		{"en no person expresses", "en",
			"The ministry expressed concern.\n\n“All schools will remain closed until the end of the month in the northern regions.”",
			nil},
		{"en two people in the sentence", "en",
			"Ruslan Temirov expressed regret over the remarks of Aigul Nurlanova.\n\n“All schools will remain closed until the end of the month in the northern regions.”",
			nil},
		{"ru без человека", "ru",
			"В министерстве выразили уверенность в успехе реформы.\n\n«Все школы будут закрыты до конца месяца в северных регионах страны».",
			nil},
		{"ru название после выражения", "ru",
			"Министр Канат Абдыкадыров выразил надежду на успех проекта.\n\nПроект «Чистая вода для каждого села нашей страны» стартует весной.",
			nil},
		{"en an emotion that is no stance", "en",
			"Senator Ruslan Temirov expressed anger.\n\n“All schools will remain closed until the end of the month in the northern regions.”",
			nil},
	})
}
