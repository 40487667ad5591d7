package analyze

import "testing"

// TestQuotesReactionVerbs: verbs of a reaction, a memory, a question or
// advice attribute a quotation like «сказал» / "said" does; a speaker who
// is nobody named stays refused.
func TestQuotesReactionVerbs(t *testing.T) {
	const ru = "«Почему за столько лет никто так и не отремонтировал эту дорогу к школе?» — "
	const ruStatement = "«Мы ждали ремонта этой дороги к школе больше десяти лет подряд», — "
	const en = "“We have waited more than ten years for this road to the school,” "
	runQuoteCases(t, []quoteCase{
		{"ru возмущается X", "ru", ruStatement + "возмущается Ерлан Ахметов.",
			[]wantQuote{{"Мы ждали ремонта", "Ерлан Ахметов"}}},
		{"ru недоумевает X", "ru", ru + "недоумевает Ерлан Ахметов.",
			[]wantQuote{{"Почему за столько лет", "Ерлан Ахметов"}}},
		{"ru спрашивает X", "ru", ru + "спрашивает Ерлан Ахметов.",
			[]wantQuote{{"Почему за столько лет", "Ерлан Ахметов"}}},
		{"ru вспоминал X", "ru", ruStatement + "вспоминал Ерлан Ахметов.",
			[]wantQuote{{"Мы ждали ремонта", "Ерлан Ахметов"}}},
		{"ru посоветовал X", "ru", ruStatement + "посоветовал Ерлан Ахметов.",
			[]wantQuote{{"Мы ждали ремонта", "Ерлан Ахметов"}}},
		{"en X fumed", "en", en + "Erlan Akhmetov fumed.",
			[]wantQuote{{"We have waited", "Erlan Akhmetov"}}},
		{"en X protested", "en", en + "Erlan Akhmetov protested.",
			[]wantQuote{{"We have waited", "Erlan Akhmetov"}}},
		{"en X advised", "en", en + "advised Erlan Akhmetov.",
			[]wantQuote{{"We have waited", "Erlan Akhmetov"}}},
		// Nobody named.
		{"ru возмущается one of the residents", "ru", ruStatement + "возмущается один из жителей.", nil},
		{"ru спрашивает a resident", "ru", ru + "спрашивает местная жительница.", nil},
		{"en a resident fumed", "en", en + "a resident fumed.", nil},
	})
}
