package analyze

import "testing"

// TestQuotesSexNounAsPronoun: «— сообщила женщина», «— добавил мужчина»,
// "the woman said" stand for the one person of that sex just introduced,
// as «она», «он», "she" do; a woman's noun after a man's first name, or
// with only a man named before, names no one (a first name alone is a
// woman's by -а, -я or one of the few in -ь, like «Любовь»).
func TestQuotesSexNounAsPronoun(t *testing.T) {
	const ru = "Автобус съехал в кювет под Пермью.\n\n"
	const ruWords = " «Водитель выехал на встречную полосу, потом нас прижало к отбойнику», — "
	const en = "A bus left the road near Perm.\n\n"
	const enWords = " \"The driver went into the oncoming lane and then we hit the barrier,\" "
	runQuoteCases(t, []quoteCase{
		{"ru женщина for a passenger by her first name", "ru", ru + "Об аварии рассказала пассажирка Любовь, которая ехала в салоне." + ruWords + "сообщила женщина.",
			[]wantQuote{{"Водитель выехал на встречную полосу", "Любовь"}}},
		{"ru мужчина for a passenger by his first name", "ru", ru + "Об аварии рассказал пассажир Игорь, который ехал в салоне." + ruWords + "добавил мужчина.",
			[]wantQuote{{"Водитель выехал на встречную полосу", "Игорь"}}},
		{"en the woman for a passenger named in full", "en", en + "Passenger Lyubov Ivanova, who was on the bus, spoke to reporters." + enWords + "the woman said.",
			[]wantQuote{{"The driver went into the oncoming lane", "Lyubov Ivanova"}}},
		// Refused.
		{"ru женщина after a man's first name", "ru", ru + "Об аварии рассказал пассажир Игорь, который ехал в салоне." + ruWords + "сообщила женщина.",
			nil},
		{"ru она after a man's first name", "ru", ru + "Об аварии рассказал пассажир Игорь, который ехал в салоне." + ruWords + "сообщила она.",
			nil},
		{"ru женщина with only a man named", "ru", ru + "Глава района Иван Петров приехал на место." + ruWords + "рассказала женщина.",
			nil},
		{"en the woman with only a man named", "en", en + "District head Ivan Petrov came to the scene." + enWords + "the woman said.",
			nil},
	})
}
