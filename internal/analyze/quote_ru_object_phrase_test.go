package analyze

import "testing"

// TestQuotesObjectPhraseBeforeTitle: between a Russian speech verb and its
// speaker's title the verb's object may carry adjectives before it and a
// prepositional phrase after it («— поделился перспективными планами по
// дорожной сети мэр города X», «— прокомментировал последние события на
// границе глава района X», «— прокомментировала решение по делу своего
// подзащитного адвокат X»). A name in the genitive inside the phrase is no
// speaker, and a phrase with no title or name after it names no one.
// English puts the speaker before such a phrase and is read as before.
func TestQuotesObjectPhraseBeforeTitle(t *testing.T) {
	const ru = "Город отремонтирует в будущем году двадцать дорог.\n\n«В следующем году в городе планируется построить и отремонтировать двадцать дорог», — "
	const ruCourt = "Суд вынес решение по делу.\n\n«Мы будем обжаловать это решение в вышестоящей инстанции, наши доводы не услышали», — "
	const en = "The city will repair twenty roads next year.\n\n\"Next year the city plans to build and repair twenty roads,\" "
	runQuoteCases(t, []quoteCase{
		{"ru adjectives and a phrase after the object", "ru", ru + "поделился перспективными планами по дорожной сети мэр города Иван Петров.",
			[]wantQuote{{"В следующем году в городе", "Иван Петров"}}},
		{"ru an adjective before the object, a place phrase after it", "ru", ru + "прокомментировал последние события на границе глава района Иван Петров.",
			[]wantQuote{{"В следующем году в городе", "Иван Петров"}}},
		{"ru a phrase with a genitive complement", "ru", ruCourt + "прокомментировала решение по делу своего подзащитного адвокат Анна Смирнова.",
			[]wantQuote{{"Мы будем обжаловать", "Анна Смирнова"}}},
		{"en the speaker before the phrase", "en", en + "Mayor Ivan Petrov said, sharing his plans for the road network.",
			[]wantQuote{{"Next year the city plans", "Ivan Petrov"}}},
		{"en a participle phrase after the speaker", "en", en + "said Ivan Petrov, the mayor of the city, commenting on the latest events.",
			[]wantQuote{{"Next year the city plans", "Ivan Petrov"}}},
		// Refused.
		{"ru a genitive name in the phrase, no title after it", "ru", ruCourt + "прокомментировал решение по делу Ивана Петрова.",
			nil},
		{"ru a phrase with no title or name after it", "ru", ru + "прокомментировал последние события на границе с Казахстаном.",
			nil},
	})
}
