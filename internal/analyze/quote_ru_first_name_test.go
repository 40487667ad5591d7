package analyze

import "testing"

// TestQuotesPersonNounFirstNameAfterVerb: an ordinary person given after the verb
// by what they are and a first name alone («— рассказал пассажир автобуса
// Александр», «— говорит жительница поселка Нина») is the speaker, given
// as written. A place after the noun («житель Алматы»), a surname-shaped
// word, a first name that disagrees with the verb's sex, and a first name
// with a surname (read by the name rules) are not read so.
func TestQuotesPersonNounFirstNameAfterVerb(t *testing.T) {
	const q = "- Автобус резко затормозил, и все, кто стоял, упали в проход между сиденьями, - "
	const w = "Автобус резко затормозил"
	runQuoteCases(t, []quoteCase{
		{"ru пассажир автобуса Name", "ru", q + "рассказал пассажир автобуса Александр.", []wantQuote{{w, "Александр"}}},
		{"ru жительница поселка Name", "ru", q + "рассказала жительница поселка Нина.", []wantQuote{{w, "Нина"}}},
		{"ru пенсионерка Name, present tense", "ru", q + "говорит пенсионерка Галина.", []wantQuote{{w, "Галина"}}},
		{"ru a place is no first name", "ru", q + "рассказал житель Алматы.", nil},
		{"ru a verb of the other sex", "ru", q + "рассказал пассажир автобуса Нина.", nil},
		{"ru first name and surname", "ru", q + "рассказал пассажир автобуса Александр Смирнов.", []wantQuote{{w, "Александр Смирнов"}}},
		{"en passenger and a full name", "en", "“The bus braked hard and everyone standing fell into the aisle,” said passenger Alexander Smirnov.",
			[]wantQuote{{"The bus braked hard", "Alexander Smirnov"}}},
	})
}
