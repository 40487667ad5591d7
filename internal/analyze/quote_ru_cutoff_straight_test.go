package analyze

import "testing"

// TestQuotesCutOffStraightMarks: a last paragraph that opens with a
// quotation mark, splits the quotation by a dash attribution and is cut off
// before its closing mark keeps the quotation whatever the marks: straight
// («"Гонка не сложилась, - констатировал X. - Прежде всего …») or
// typographic like «…». An earlier paragraph left unclosed, or a cut text
// with no attribution inside, quotes no one; English splits its
// quotations with closed marks and is not read so.
func TestQuotesCutOffStraightMarks(t *testing.T) {
	const lead = "Сборная выступила неудачно.\n\n"
	const leadEn = "The team did badly.\n\n"
	runQuoteCases(t, []quoteCase{
		{"ru straight marks split by a dash attribution, cut off", "ru",
			lead + "\"Гонка совсем не сложилась, - констатировал Иван Петров. - Прежде всего потому, что девушки очень плохо стреляли на первом рубеже, и",
			[]wantQuote{{"Гонка совсем не сложилась", "Иван Петров"}}},
		{"ru typographic marks split by a dash attribution, cut off", "ru",
			lead + "“Гонка совсем не сложилась, – констатировал Иван Петров. – Прежде всего потому, что девушки очень плохо стреляли на первом рубеже, и",
			[]wantQuote{{"Гонка совсем не сложилась", "Иван Петров"}}},
		// Refused.
		{"ru unclosed in an earlier paragraph", "ru",
			lead + "\"Гонка совсем не сложилась, - констатировал Иван Петров. - Прежде всего потому, что девушки очень плохо стреляли.\n\nСледующая гонка пройдет в субботу.",
			nil},
		{"ru cut off with no attribution inside", "ru",
			lead + "\"Гонка совсем не сложилась. Прежде всего потому, что девушки очень плохо стреляли на первом рубеже, и",
			nil},
		{"en straight marks cut off with no colon", "en",
			leadEn + "\"The race did not work out at all, - stated Ivan Petrov. - First of all because the girls shot very badly at the first range, and",
			nil},
	})
}
