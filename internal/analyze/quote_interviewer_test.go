package analyze

import "testing"

// TestQuotesInterviewerLine: in a transcript of "Name: words" lines, the
// lines of the person the article introduces as the correspondent, host
// or journalist who asks («обозреватель», «ведущая») are questions, not
// quotations; the guest's lines stay.
func TestQuotesInterviewerLine(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en the correspondent's line dropped, the minister's kept", "en",
			"Energy Minister Marat Karabayev gave an interview to the correspondent of Channel 5 Daniyar Omurov.\nDaniyar Omurov: Minister, thank you for finding the time. Let me start with the winter: will the country have enough power this year?\nMarat Karabayev: We have repaired all four units of the plant and the reserves of coal are twice those of last year.",
			[]wantQuote{{"We have repaired all four units", "Marat Karabayev"}}},
		{"ru the observer's line dropped, the minister's kept", "ru",
			"Министр энергетики Марат Карабаев дал интервью в пятницу. Вопросы задавал обозреватель Данияр Омуров.\nДанияр Омуров: Спасибо, что нашли время. Начнем с зимы: хватит ли стране электричества в этом году?\nМарат Карабаев: Мы отремонтировали все четыре блока станции, и запасы угля вдвое больше прошлогодних.",
			[]wantQuote{{"Мы отремонтировали все четыре блока", "Марат Карабаев"}}},
		{"en a colleague named without the trade's noun keeps her line", "en",
			"Energy Minister Marat Karabayev met his deputy Aigul Bekova and the plant's director on Monday.\nAigul Bekova: The repairs of the fourth unit were finished two weeks ahead of the plan.\nMarat Karabayev: We have repaired all four units of the plant and the reserves of coal are twice those of last year.",
			[]wantQuote{{"The repairs of the fourth unit", "Aigul Bekova"}, {"We have repaired all four units", "Marat Karabayev"}}},
	})
}
