package analyze

import "testing"

// TestQuotesCapsTranscript: a broadcast transcript's turns after a
// speaker's name in capitals and a colon are that person's, named as the
// article writes the name in ordinary case, with or without marks; the
// interviewer's turns (a head titled host or anchor, a question), a
// reporter's narration in the third person and a name the article never
// gives otherwise are none.
func TestQuotesCapsTranscript(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en titled caps heads, host excluded", "en",
			"Senator Maria Lund and Governor Paul Ekberg were interviewed on Sunday about the budget.\n\nJOHN REED, HOST: Governor, will you sign the budget this week?\n\nGOV. PAUL EKBERG (D), OREGON: I will sign it on Friday, because our schools cannot wait another month for the money.\n\nREED: And the senator?\n\nLUND: We have worked on this bill for a year and I am proud of what we agreed.",
			[]wantQuote{{"I will sign it on Friday", "Paul Ekberg"}, {"We have worked on this bill", "Maria Lund"}}},
		{"en caps head before marks", "en",
			"Anna Berg is an analyst at the Northern Bank.\n\nANNA BERG: “We expect rates to stay where they are until the summer, whatever the markets hope.”",
			[]wantQuote{{"We expect rates to stay", "Anna Berg"}}},
		{"en reporter's narration in the third person", "en",
			"Tom Hale reports from Leeds.\n\nTOM HALE: The council voted on Tuesday to close three libraries and two swimming pools in the city.",
			nil},
		{"en a name the article never gives otherwise", "en",
			"The council voted on Tuesday.\n\nPETER STONE: We have done everything we could to keep the libraries open for the city.",
			nil},
		{"ru caps head, the name in ordinary case", "ru",
			"В эфире программы выступил министр финансов Иван Петров.\n\nВЕДУЩИЙ: Когда вы подпишете бюджет?\n\nИВАН ПЕТРОВ: Мы подпишем бюджет в пятницу, потому что школы не могут ждать еще месяц.",
			[]wantQuote{{"Мы подпишем бюджет в пятницу", "Иван Петров"}}},
	})
}
