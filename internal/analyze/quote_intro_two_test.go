package analyze

import "testing"

// TestQuotesIntroducerTwoPeople: a paragraph of speech without an
// attribution takes the one person the sentence before it names; a
// surname alone that the article gave in full earlier is a second person
// there, so no one is taken. A sentence naming one person still gives
// the speaker.
func TestQuotesIntroducerTwoPeople(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en a player in full and the manager by surname", "en",
			"Rovers manager Peter Walsh was unhappy after the defeat on Saturday.\nStriker Daniel Okafor had a goal ruled out before the break and Walsh explains why the decision hurt his side.\n“We scored a perfectly good goal and the referee took it away from us for no reason at all.”",
			nil},
		{"en one person named, the paragraph is his", "en",
			"Rovers lost at home on Saturday.\nManager Peter Walsh explains why the decision hurt his side.\n“We scored a perfectly good goal and the referee took it away from us for no reason at all.”",
			[]wantQuote{{"We scored a perfectly good goal", "Peter Walsh"}}},
		{"ru игрок полностью и тренер по фамилии", "ru",
			"Главный тренер «Ротора» Андрей Смирнов был недоволен после поражения в субботу.\nНападающий Иван Петров забил гол, который не засчитали, и Смирнов объясняет, почему это решение так ударило по команде.\n«Мы забили абсолютно чистый гол, а судья отменил его без всякой причины».",
			nil},
	})
}

// TestQuotesIntroducerSurnameOfFullName: a sentence of reported speech
// that names its speaker by a surname alone, given in full earlier
// ("Walsh said that …" after "union officer Peter Walsh", «Смирнов
// сказал, что …» after «тренер Андрей Смирнов»), introduces the quotation
// after it in the paragraph under the full name; two such surnames give
// no one.
func TestQuotesIntroducerSurnameOfFullName(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en surname after the full name", "en",
			"Union officer Peter Walsh met the managers on Monday.\nWalsh said that the workers had been promised a new contract last year. “Now it appears the company has gone back on its word.”",
			[]wantQuote{{"Now it appears the company has gone back", "Peter Walsh"}}},
		{"en two surnames: no one", "en",
			"Union officer Peter Walsh and plant manager Alan Pike met on Monday.\nWalsh said that Pike had promised a new contract last year. “Now it appears the company has gone back on its word.”",
			nil},
		{"ru фамилия после полного имени", "ru",
			"Председатель профсоюза Андрей Смирнов встретился с руководством в понедельник.\nСмирнов сказал, что рабочим в прошлом году обещали новый договор. «Теперь оказывается, что компания нарушила свое слово».",
			[]wantQuote{{"Теперь оказывается, что компания нарушила", "Андрей Смирнов"}}},
	})
}
