package analyze

import "testing"

// TestQuotesPronounAfterBareNameApposition: "he"/«он» after a sentence
// whose subject is a surname the article gives alone, set off by a role's
// apposition ("Keane, the lawyer for the family, disputed …", «Кин,
// адвокат семьи, оспорил …»), may mean that person, so no one named
// further back is taken; a place with an apposition of no person passes
// on.
func TestQuotesPronounAfterBareNameApposition(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en a bare surname with a lawyer's apposition, then he said", "en",
			"Defence lawyer Peter Moran said the officer had been pushed to the ground before the shots.\nKeane, the lawyer for the victim’s family, disputed that account.\n“The officer simply panicked and fired without any warning at all,” he said.",
			nil},
		{"ru фамилия с приложением «адвокат семьи», затем «сказал он»", "ru",
			"Адвокат Петр Моран заявил, что полицейского толкнули на землю перед выстрелами.\nКин, адвокат семьи погибшего, оспорил эту версию.\n«Полицейский просто запаниковал и открыл огонь без всякого предупреждения», — сказал он.",
			nil},
		{"en a place with an apposition passes on", "en",
			"Mayor Peter Moran toured the flooded streets on Monday.\nLeeds, the worst-hit city in the region, was still under water.\n“We will rebuild every street and every bridge in this city,” he said.",
			[]wantQuote{{"We will rebuild every street", "Peter Moran"}}},
	})
}

// TestQuotesOutletPossessiveBeforeName: an outlet's possessive read into
// a name run ("Sky News’ Anna Ford said:") is no part of the speaker's
// name; a name's own apostrophe (O'Brien) stays. Russian writes the outlet
// in the genitive and is untouched.
func TestQuotesOutletPossessiveBeforeName(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en an outlet's possessive before the name", "en",
			"The minister spoke to the morning programme on Thursday.\nSky News’ Anna Ford replied: “Are you saying that the committee misled the public about the costs?”",
			[]wantQuote{{"Are you saying that the committee misled", "Anna Ford"}}},
		{"en a name's own apostrophe stays", "en",
			"The council met on Thursday to discuss the bridge.\nCouncillor Mary O'Brien said: “The bridge has been closed for two years and residents deserve an answer now.”",
			[]wantQuote{{"The bridge has been closed for two years", "Mary O'Brien"}}},
		{"ru ведущая «Первого канала» before the name", "ru",
			"Министр выступил в утренней программе в четверг.\nВедущая «Первого канала» Анна Фролова спросила: «Вы хотите сказать, что комитет ввел людей в заблуждение?»",
			[]wantQuote{{"Вы хотите сказать, что комитет", "Анна Фролова"}}},
	})
}

// TestQuotesHonorificTitles: honorifics of judges and envoys ("Her Honour
// Judge X", «Его Превосходительство посол X») are titles, never a
// speaker's name.
func TestQuotesHonorificTitles(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en Her Honour Judge X", "en",
			"A man who attacked his neighbours was jailed for four years on Friday.\nHer Honour Judge Karen Walsh told him: “You have shown no remorse at all for what you did to your neighbours.”",
			[]wantQuote{{"You have shown no remorse", "Karen Walsh"}}},
		{"en Her Honour alone then she said is no name", "en",
			"A man who attacked his neighbours was jailed for four years on Friday.\nHer Honour criticised the delays in the case.\n“You have shown no remorse at all for what you did to your neighbours,” she said.",
			nil},
		{"ru Его Превосходительство посол X", "ru",
			"Прием в честь национального праздника прошел в столице в пятницу.\nЕго Превосходительство посол Джон Смит заявил: «Мы ценим нашу дружбу и будем развивать ее и дальше».",
			[]wantQuote{{"Мы ценим нашу дружбу", "Джон Смит"}}},
	})
}
