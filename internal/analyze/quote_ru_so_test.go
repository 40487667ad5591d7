package analyze

import "testing"

// TestQuotesSoAttribution: an attribution pointing back at the quotation
// with «так» / "that is how" after its dash names the speaker («—
// так X ответил», «— так прокомментировал ситуацию X», «— такой ответ
// дал X»; "— that is how X put it", ",” was how X put it"); a title, a
// crowd, or someone who received the answer is no speaker.
func TestQuotesSoAttribution(t *testing.T) {
	const ru = "«Мы будем и дальше развивать сотрудничество во всех направлениях» — "
	const en = "“We will keep developing our cooperation in every direction” — "
	const ruLead = "Министр энергетики Ерлан Ахметов провел брифинг во вторник.\n\n"
	runQuoteCases(t, []quoteCase{
		{"ru так X ответил", "ru", ru + "так Ерлан Ахметов ответил на вопрос журналистов.",
			[]wantQuote{{"Мы будем и дальше", "Ерлан Ахметов"}}},
		{"ru так прокомментировал ситуацию X", "ru", ru + "так прокомментировал ситуацию Ерлан Ахметов.",
			[]wantQuote{{"Мы будем и дальше", "Ерлан Ахметов"}}},
		{"ru так ответил министр", "ru", ruLead + ru + "так ответил министр на вопрос журналистов.",
			[]wantQuote{{"Мы будем и дальше", "Ерлан Ахметов"}}},
		{"ru такой ответ дал X", "ru", ru + "такой ответ дал Ерлан Ахметов.",
			[]wantQuote{{"Мы будем и дальше", "Ерлан Ахметов"}}},
		{"en that is how X put it", "en", en + "that is how Erlan Akhmetov put it.",
			[]wantQuote{{"We will keep developing", "Erlan Akhmetov"}}},
		{"en was how X put it", "en", "“We will keep developing our cooperation in every direction,” was how Erlan Akhmetov put it.",
			[]wantQuote{{"We will keep developing", "Erlan Akhmetov"}}},
		// No speaker.
		{"ru так называется a book", "ru", ru + "так называется новая книга Ерлана Ахметова.", nil},
		{"ru так считают residents", "ru", ru + "так считают многие жители района.", nil},
		{"ru такой ответ получил X", "ru", ru + "такой ответ получил Ерлан Ахметов.", nil},
		{"en that is how the song goes", "en", en + "that is how the song goes.", nil},
		{"en that is how X's book opens", "en", en + "that is how Erlan Akhmetov opens his new book.", nil},
	})
}
