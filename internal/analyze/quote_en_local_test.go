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
		{"ru избранный губернатор", "ru",
			"Избранный губернатор Иван Петров встретился с депутатами в пятницу.\n«Мы откроем все рынки до конца года», — сказал Петров.",
			[]wantQuote{{"Мы откроем все рынки", "Иван Петров"}}},
	})
}

// TestQuotesEnBodyNameBeforeTitle: capitalised words glued before a
// body's head ("Bayside Regional Council Mayor X") name the body, so "he"
// after the sentence is the titled person, never the body.
func TestQuotesEnBodyNameBeforeTitle(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en Regional Council Mayor then he", "en",
			"Bayside Regional Council Mayor Tom Reed visited the flooded streets on Monday.\n\"Nobody should drive through water on the causeway tonight,\" he said.",
			[]wantQuote{{"Nobody should drive through water", "Tom Reed"}}},
		{"en Rural Health Department Director then she", "en",
			"Rural Health Department Director Anna Kaur opened the new clinic in the village.\n“Mothers will not have to travel to the city to give birth any more,” she said.",
			[]wantQuote{{"Mothers will not have to travel", "Anna Kaur"}}},
		{"en a body alone names no one", "en",
			"Eastern Water Supply Committee members met in the town hall on Monday.\n“We will not pay the new charges until the pipes are fixed,” he said.",
			nil},
	})
}

// TestQuotesEnRunTogetherInitials: two capitals run together before a
// capitalised surname are a name's initials, as Indian pages print them
// ("VJ Rao", "PB Menon"); two capitals that stand for a club or a body
// ("FC Barcelona") name no one.
func TestQuotesEnRunTogetherInitials(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en surname after initials named before", "en",
			"After the meeting, water department head VJ Rao spoke to reporters.\nRao said, “The supply will be normal in two days across the city.”",
			[]wantQuote{{"The supply will be normal", "VJ Rao"}}},
		{"en initials opening an apposition", "en",
			"PB Menon, irrigation officer, said, “No water cut has been ordered by the department this season.”",
			[]wantQuote{{"No water cut has been ordered", "PB Menon"}}},
		{"en a club's initials are no person", "en",
			"FC Barcelona beat Sevilla on Sunday.\n“We were the better team from the first minute,” he said.",
			nil},
		{"ru инициалы с точками перед фамилией", "ru",
			"Начальник водоканала В.Д. Рахимов выступил на брифинге.\n«Подача воды восстановится через два дня во всех районах», — сказал Рахимов.",
			[]wantQuote{{"Подача воды восстановится", "В.Д. Рахимов"}}},
	})
}

// TestQuotesEnEnthusedAttribution: "“…,” X enthused" attributes the
// quotation as "said" does; "spoke" reports no words.
func TestQuotesEnEnthusedAttribution(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"en enthused", "en",
			"“This is the best harvest our cooperative has had in ten years,” enthused chairman Peter Otieno.",
			[]wantQuote{{"This is the best harvest", "Peter Otieno"}}},
		{"en spoke in a sentence of the reporter's", "en",
			"Mayor Tom Reed spoke to residents about the “difficult months” ahead on Monday evening.",
			nil},
	})
}
