package analyze

import "testing"

// TestQuotesAccordingToWithTitle: "according to X" after a quotation names
// its speaker also when an apposition giving X's title ends the sentence
// ("…,” according to Mark Ellis, the chief executive."), as «— по словам
// X, главы компании» does; an apposition that goes on as a clause, or
// holds no title, does not.
func TestQuotesAccordingToWithTitle(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en according to X, the title", "en",
			"“We are disappointed by the decision and will appeal it in court,” according to Mark Ellis, the chief executive.",
			[]wantQuote{{"We are disappointed", "Mark Ellis"}}},
		{"en according to X, no title", "en",
			"“We are disappointed by the decision and will appeal it in court,” according to Mark Ellis, who spoke on Monday.",
			nil},
		{"ru по словам X, главы компании", "ru",
			"Марк Эллис выступил в суде в понедельник. «Мы разочарованы решением суда и будем обжаловать его в апелляции», — по словам Марка Эллиса, главы компании.",
			[]wantQuote{{"Мы разочарованы решением", "Марк Эллис"}}},
	})
}
