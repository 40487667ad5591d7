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

// TestQuotesOpeningMarkAsClose: an opening mark printed after a space
// where the closing one belongs, before a comma and an attribution (“… to
// the sites “, he added), closes the quotation in either language.
func TestQuotesOpeningMarkAsClose(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en opening mark before the comma", "en",
			"Governor Abubakar Bello spoke to journalists in Minna.\n“If we can fix these roads it will ease movement across the state. I can’t wait to see the contractors on the sites “, he added.",
			[]wantQuote{{"If we can fix these roads", "Abubakar Bello"}}},
		{"ru открывающая кавычка перед запятой", "ru",
			"Губернатор Абубакар Белло встретился с журналистами в Минне.\n“Если мы отремонтируем эти дороги, движение по области станет легче. Жду не дождусь подрядчиков на объектах “, – добавил он.",
			[]wantQuote{{"Если мы отремонтируем эти дороги", "Абубакар Белло"}}},
	})
}
