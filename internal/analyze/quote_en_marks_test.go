package analyze

import "testing"

// TestQuotesMixedMarksTwoQuotations: a page that mixes curly and straight
// marks in a split quotation (“A," X, the … director, said. "B.”) gives
// both parts to the speaker: the straight mark closes the first part
// though a curly one closes the second later, the attribution may follow
// an apposition, and the paragraph's last curly mark closes the part a
// straight mark opened.
func TestQuotesMixedMarksTwoQuotations(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en mixed marks around an apposition", "en",
			`Heavy rain flooded the county on Wednesday.
“We cleared every home on the street or tried to reach the owners," Jon Keller, the county's emergency director, said of the trailer park. "We had several refusals. Most of the people we moved live in that area.”`,
			[]wantQuote{{"We cleared every home on the street", "Jon Keller"}, {"We had several refusals", "Jon Keller"}}},
		{"ru смешанные кавычки вокруг приложения", "ru",
			`Сильный дождь затопил район в среду.
“Мы вывезли всех жителей улицы или пытались связаться с хозяевами домов", – сказал Иван Келлер, глава районного управления по ЧС. "У нас было несколько отказов. Большинство вывезенных живет в этом поселке.”`,
			[]wantQuote{{"Мы вывезли всех жителей улицы", "Иван Келлер"}, {"У нас было несколько отказов", "Иван Келлер"}}},
	})
}
