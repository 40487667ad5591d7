package analyze

import "testing"

// TestQuotesEnLocalTitles: the short forms of "Councillor", the "-Elect"
// of a title and the capitalised jobs of weather services stand before a
// name and are no part of it; "the superintendent said" and "the
// forecaster said" are the person titled so before.
func TestQuotesEnLocalTitles(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en Cr before a surname", "en",
			"Bayside Mayor Tom Reed said crews were out all night.\n\"The pumps have been running since midnight,\" Cr Reed said.",
			[]wantQuote{{"The pumps have been running", "Tom Reed"}}},
		{"en Cllr before a full name", "en",
			"Cllr Peter Hale said the council had no money left for the bridge.\n“We have asked the government twice and heard nothing back,” Cllr Hale said.",
			[]wantQuote{{"We have asked the government twice", "Peter Hale"}}},
		{"en Governor-Elect", "en",
			"Governor-Elect Mary Wanjiku met the ward representatives on Friday.\n“We will open every market before the end of the year,” Wanjiku said.",
			[]wantQuote{{"We will open every market", "Mary Wanjiku"}}},
		{"en President-elect in lower case", "en",
			"President-elect Daniel Okoro thanked the voters in Abuja.\n“This victory belongs to every young person who queued for hours,” Okoro said.",
			[]wantQuote{{"This victory belongs to every young person", "Daniel Okoro"}}},
		{"en Weather Service Meteorologist", "en",
			"National Weather Service Meteorologist Sam Ortiz says the rain will ease by Sunday.\n“The worst of it has already passed the coast,” Ortiz said.",
			[]wantQuote{{"The worst of it has already passed", "Sam Ortiz"}}},
		{"en Senior Forecaster", "en",
			"Bureau of Meteorology Senior Forecaster Helen Park expects more storms.\n“There is another band of rain sitting just off the coast tonight,” Park said.",
			[]wantQuote{{"There is another band of rain", "Helen Park"}}},
		{"en the superintendent said", "en",
			"Highway Superintendent Jay Lamb said the plows were out in force.\n“We should have every road cleared by three in the morning,” the superintendent said.",
			[]wantQuote{{"We should have every road cleared", "Jay Lamb"}}},
		{"en the forecaster said, two people", "en",
			"Forecaster Ann Lee and Mayor Bob Stone spoke at the briefing.\n“The river will peak on Monday morning at the earliest,” the forecaster said.",
			[]wantQuote{{"The river will peak on Monday", "Ann Lee"}}},
		{"ru заместитель не глава", "ru",
			"Избранный губернатор Иван Петров встретился с депутатами в пятницу.\n«Мы откроем все рынки до конца года», — сказал Петров.",
			[]wantQuote{{"Мы откроем все рынки", "Иван Петров"}}},
	})
}
