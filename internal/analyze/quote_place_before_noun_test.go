package analyze

import "testing"

// TestQuotesNameAfterRegionAdjective: a title whose region is named by an
// adjective before its noun («аким Чуйской области Марат Карабаев»,
// "Osh city mayor Marat Karabayev") gives the full name to the surname
// alone later.
func TestQuotesNameAfterRegionAdjective(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru «Чуйской области Марат Карабаев», then «— ответил Карабаев»", "ru",
			"Аким Чуйской области Марат Карабаев посетил рынок в понедельник.\n«Мы для этого и пришли сюда. Можно же спокойно обо всем сказать», — ответил Карабаев.",
			[]wantQuote{{"Мы для этого и пришли", "Марат Карабаев"}}},
		{"ru «Ошского района Айгуль Бекова», then «— сказала Бекова»", "ru",
			"Глава Ошского района Айгуль Бекова открыла новую школу во вторник.\n«Еще две школы в районе откроются до конца следующего года», — сказала Бекова.",
			[]wantQuote{{"Еще две школы", "Айгуль Бекова"}}},
		{"en Osh city mayor Marat Karabayev, then Karabayev replied", "en",
			"Osh city mayor Marat Karabayev visited the market on Monday.\n“We came here for this. You can say everything calmly,” Karabayev replied.",
			[]wantQuote{{"We came here for this", "Marat Karabayev"}}},
	})
}
