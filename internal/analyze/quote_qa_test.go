package analyze

import "testing"

// TestQuotesQuestionAnswerLines: the answer lines of an interview printed
// as "Q: …?" and "A: …" are the words of the one person its lead names;
// a lead naming two people, or an "A:" line after no question, gives no
// one. The rule is English: Russian interviews print their turns with
// dashes (dashTurns).
func TestQuotesQuestionAnswerLines(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en Q: and A: after a lead naming one person", "en",
			"We spoke to Anna Berg, the head of the Riverside school, about the new building.\nQ: When will the pupils move in?\nA: We hope to open the doors in September, if the builders keep to the plan.\nQ: What will happen to the old building?\nA: The council wants to sell it, but the parents would like a library there.",
			[]wantQuote{{"We hope to open the doors in September", "Anna Berg"}, {"The council wants to sell it", "Anna Berg"}}},
		{"en Q. and A. with dots", "en",
			"Anna Berg is the head of the Riverside school. She spoke to us about the new building.\nQ. When will the pupils move in?\nA. We hope to open the doors in September, if the builders keep to the plan.",
			[]wantQuote{{"We hope to open the doors in September", "Anna Berg"}}},
		{"en Question: and Answer:", "en",
			"Bayside mayor Tom Reed answered our readers' questions about the flood.\nQuestion: How bad was it?\nAnswer: It was the worst we have seen in forty years, and the water came in within minutes.",
			[]wantQuote{{"It was the worst we have seen", "Tom Reed"}}},
		{"en a lead naming two people gives no one", "en",
			"Reporter John Smith asked mayor Tom Reed about the flood.\nQ: How bad was it?\nA: It was the worst we have seen in forty years, and the water came in within minutes.",
			nil},
		{"en an A: line after no question", "en",
			"Mayor Tom Reed met the engineers.\nA: list of options was given to the council by the engineers on Monday night.",
			nil},
	})
}
