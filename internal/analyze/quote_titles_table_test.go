package analyze

import "testing"

// TestQuotesServiceTitles: titles of police, fire, courts, councils,
// schools, the armed forces and football positions written before a name
// ("Police Commissioner Frank Morgan", "Chief Superintendent X",
// "Councillor X", «главный тренер X») are no part of it, so "he" after the
// sentence naming him resolves to the person, not to a place named before.
func TestQuotesServiceTitles(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en police commissioner, then he told reporters", "en",
			"Police made an arrest after the shooting at the harbour in Western Islands.\n\nPolice Commissioner Frank Morgan confirmed one man was arrested last week.\n\nHe told local reporters the inquiry goes on.\n\n“We have arrested one individual in respect of that shooting and we are pursuing several lines of inquiry.”",
			[]wantQuote{{"We have arrested one individual", "Frank Morgan"}}},
		{"en councillor before the name", "en",
			"Councillor Megan Doyle opposed the new car park. “This plan takes green space from children who have nowhere else to play,” she said.",
			[]wantQuote{{"This plan takes green space", "Megan Doyle"}}},
		{"en chief superintendent before the name", "en",
			"Chief Superintendent Alan Reeve led the operation. “Officers will stay in the area over the weekend to reassure residents,” he said.",
			[]wantQuote{{"Officers will stay in the area", "Alan Reeve"}}},
		{"en striker before the name", "en",
			"Striker Tomas Varga scored twice in the second half. “We believed until the last minute that we could turn the game around,” he said.",
			[]wantQuote{{"We believed until the last minute", "Tomas Varga"}}},
		{"ru главный тренер before the name, then он", "ru",
			"Главный тренер «Ордабасы» Иван Морган подвел итоги матча.\n\n«Мы верили до последней минуты, что сможем переломить ход игры», — сказал он.",
			[]wantQuote{{"Мы верили до последней минуты", "Иван Морган"}}},
	})
}
