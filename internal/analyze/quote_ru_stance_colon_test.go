package analyze

import "testing"

// TestQuotesStanceColon: a speaker, a short predicate of stance or a
// social medium, and a colon introduce words without a speech verb
// («Ерлан Ахметов не скрывает: «…»», «Министр настроен оптимистично:»,
// «X в своем Telegram-канале:»; "X is adamant:", "X on Telegram:"); a verb
// with an object, a predicate off the list or a one-word subject that is
// no known name gives no speaker.
func TestQuotesStanceColon(t *testing.T) {
	const ru = "«Мы будем и дальше развивать сотрудничество во всех направлениях»."
	const en = "“We will keep developing our cooperation in every direction.”"
	const ruLead = "Министр энергетики Ерлан Ахметов провел брифинг во вторник.\n\n"
	runQuoteCases(t, []quoteCase{
		{"ru не скрывает", "ru", "Ерлан Ахметов не скрывает: " + ru,
			[]wantQuote{{"Мы будем и дальше", "Ерлан Ахметов"}}},
		{"ru a role настроен оптимистично", "ru", ruLead + "Министр настроен оптимистично: " + ru,
			[]wantQuote{{"Мы будем и дальше", "Ерлан Ахметов"}}},
		{"ru категоричен", "ru", "Ерлан Ахметов категоричен: " + ru,
			[]wantQuote{{"Мы будем и дальше", "Ерлан Ахметов"}}},
		{"ru в своем Telegram-канале", "ru", "Ерлан Ахметов в своем Telegram-канале: " + ru,
			[]wantQuote{{"Мы будем и дальше", "Ерлан Ахметов"}}},
		{"en is adamant", "en", "Erlan Akhmetov is adamant: " + en,
			[]wantQuote{{"We will keep developing", "Erlan Akhmetov"}}},
		{"en on Telegram", "en", "Erlan Akhmetov on Telegram: " + en,
			[]wantQuote{{"We will keep developing", "Erlan Akhmetov"}}},
		// No speaker.
		{"ru a verb with an object", "ru", "Ерлан Ахметов подписал указ: «О мерах по дальнейшему развитию сотрудничества во всех направлениях».", nil},
		{"ru a predicate off the list", "ru", "Ерлан Ахметов был на месте: " + ru, nil},
		{"ru one word that is no name", "ru", "Казахстан категоричен: " + ru, nil},
		{"en a verb with an object", "en", "Erlan Akhmetov signed a decree: “On measures to develop cooperation in every direction.”", nil},
		{"en a predicate off the list", "en", "Erlan Akhmetov was at the scene: " + en, nil},
	})
}
