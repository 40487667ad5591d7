package analyze

import "testing"

// TestQuotesInnerNameInStraightMarks: a short name in straight marks
// inside a quotation opened with a straight mark ("We won. "Rovers"
// pressed us …") is the name's pair of marks, so the quotation goes on
// over it, also when it closes paragraphs later; a straight pair that
// reads as a quotation of its own is not merged.
func TestQuotesInnerNameInStraightMarks(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en club name inside, closed two paragraphs later", "en",
			"Head coach Marco Silva spoke at the press conference after the match with \"Rovers\".\n\n\"Today we played a hard and open game. \"Rovers\" pressed us high and we lost the ball too often.\n\nIn the second half we were better and deserved the points,\" said the head coach.",
			[]wantQuote{{"Today we played a hard and open game", "Marco Silva"}}},
		{"en club name inside, closed in the paragraph", "en",
			"Head coach Marco Silva spoke after the match. \"We knew that \"Rovers\" would press us high from the first minute of the game,\" Silva said.",
			[]wantQuote{{"We knew that", "Marco Silva"}}},
		{"ru straight marks, a club inside", "ru",
			"Главный тренер Марко Силва ответил на вопросы журналистов. \"Сегодня мы провели тяжелую игру. \"Кайрат\" давил на нас весь первый тайм, но мы выстояли\", — сказал Силва.",
			[]wantQuote{{"Сегодня мы провели тяжелую игру", "Марко Силва"}}},
	})
}
