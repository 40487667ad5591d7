package analyze

import "testing"

// TestQuotesLostOpeningMark: a paragraph whose quotation lost its opening
// mark (the page printed it on an earlier paragraph only, or dropped it)
// is the quotation up to its closing mark when a speech verb follows the
// mark; a straight mark glued to the word before it closes and opens
// nothing. Without a speech verb after the mark, in the text's first
// paragraph, or before a few words only, nothing is read.
func TestQuotesLostOpeningMark(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en curly close only, she said", "en",
			"Finance minister Maria Lopes spoke at the budget hearing on Tuesday.\n\nWe will not cut pensions this year, whatever the deficit turns out to be,” she said.",
			[]wantQuote{{"We will not cut pensions", "Maria Lopes"}}},
		{"en straight close only after an earlier quotation", "en",
			"\"The river rose faster than anyone expected,\" said Tom Baxter, the head of the county flood service.\n\nOur crews worked through the night to move families out of the lowest streets,\" Baxter said.",
			[]wantQuote{{"The river rose faster", "Tom Baxter"}, {"Our crews worked through the night", "Tom Baxter"}}},
		{"en a club name in marks inside: the whole quotation", "en",
			"Coach Peter Novak spoke after the game against \"Rovers\" on Sunday.\n\n\"We started badly. \"Rovers\" pressed us high and we lost the ball too often in our half.\n\nIn the second half we were much better and deserved the draw in the end,\" said Novak.",
			[]wantQuote{{"We started badly", "Peter Novak"}}},
		{"en straight mark glued to a word closes", "en",
			"Coach Peter Novak spoke after the game on Sunday.\n\nWe started badly and lost the ball too often in our half against the \"Rovers\" team.\n\nIn the second half we were much better and deserved the draw in the end,\" said Novak.",
			[]wantQuote{{"In the second half we were much better", "Peter Novak"}}},
		{"en no speech verb after the mark", "en",
			"The report was published on Monday.\n\nThe committee described the plan as too expensive for the town\" in its last paragraph.",
			nil},
		{"en too few words before the mark", "en",
			"Mayor Anna Kell opened the bridge on Friday.\n\nA fine day,” she said.",
			nil},
		{"en the last paragraph of a quotation, its opening mark lost", "en",
			"Anna Kaur runs the children's ward.\n\n“We are seeing more patients with breathing problems this winter,” she said.\n\nThe flu season came early this year and it hit us and the old hardest of all.”",
			[]wantQuote{{"We are seeing more patients", "Anna Kaur"}, {"The flu season came early", "Anna Kaur"}}},
		{"en a closing mark ending a reporter's paragraph", "en",
			"Anna Kaur runs the children's ward.\n\n“We are seeing more patients with breathing problems this winter,” she said.\n\nThe flu season came early this year and it hit the old hardest of all.”",
			[]wantQuote{{"We are seeing more patients", "Anna Kaur"}}},
		{"ru the last paragraph of a quotation, its opening mark lost", "ru",
			"Анна Каур руководит детским отделением больницы.\n\n«Этой зимой к нам поступает больше пациентов с проблемами дыхания», — сказала она.\n\nСезон гриппа пришел рано, и нам в отделении пришлось очень тяжело».",
			[]wantQuote{{"Этой зимой к нам поступает", "Анна Каур"}, {"Сезон гриппа пришел рано", "Анна Каур"}}},
		{"ru closing guillemet only, сказал он", "ru",
			"Министр энергетики Петр Смирнов выступил на форуме в Астане.\n\nМы будем развивать сотрудничество со всеми соседями в области энергетики», — сказал он.",
			[]wantQuote{{"Мы будем развивать сотрудничество", "Петр Смирнов"}}},
		{"ru no speech verb after the mark", "ru",
			"Министр энергетики Петр Смирнов выступил на форуме в Астане.\n\nСотрудничество со всеми соседями в области энергетики будет расти» в следующем году.",
			nil},
	})
}
