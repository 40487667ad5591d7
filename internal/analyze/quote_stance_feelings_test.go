package analyze

import "testing"

// TestQuotesStanceFeelings: a speaker who "expressed his disappointment"
// or «выразил разочарование» in the sentence before a paragraph of speech
// introduces it, as "expressed hope" does.
func TestQuotesStanceFeelings(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en expressed his disappointment, then the paragraph", "en",
			"The head coach of the national team, Peter Walsh, spoke after the defeat.\nAt a press conference, Walsh expressed his disappointment with the late goal.\n“You can’t concede a goal like that in the last minute when you are pushing for the winner.”",
			[]wantQuote{{"You can’t concede a goal like that", "Peter Walsh"}}},
		{"ru выразил разочарование, затем абзац", "ru",
			"Главный тренер сборной Андрей Смирнов выступил после поражения.\nНа пресс-конференции Смирнов выразил разочарование поздним голом.\n«Нельзя пропускать такой гол на последней минуте, когда ты сам давишь в поисках победы».",
			[]wantQuote{{"Нельзя пропускать такой гол", "Андрей Смирнов"}}},
	})
}
