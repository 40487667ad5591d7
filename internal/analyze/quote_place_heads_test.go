package analyze

import "testing"

// TestQuotesPlaceHeadsNoPerson: a capitalised run ending in a place's head
// noun ("Central Islands", "Marin County", "Union Station") is a place:
// "he" after it means no one, and a person named before it stays the
// speaker.
func TestQuotesPlaceHeadsNoPerson(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en he after a place only", "en",
			"Rescuers reached the village in Central Islands on Monday.\n\n“We could not get there earlier because the bridge was gone,” he said.",
			nil},
		{"en she after a person and a place", "en",
			"Commissioner Mary Obi visited the flooded homes in Marin County on Sunday.\n\n“Every family will get help within a week, I promise you,” she said.",
			[]wantQuote{{"Every family will get help", "Mary Obi"}}},
		{"ru он after a place only", "ru",
			"Спасатели добрались до деревни на Центральных островах в понедельник.\n\n«Мы не могли приехать раньше, потому что мост смыло», — сказал он.",
			nil},
	})
}
