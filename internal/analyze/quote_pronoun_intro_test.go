package analyze

import "testing"

// TestQuotesPronounIntroducer: a paragraph that is one quotation with no
// attribution, after a paragraph going on with someone's words through a
// pronoun («По его словам, …», "He said …"), is that pronoun's person's;
// a paragraph naming someone else ("He said X had …", whom introducer no
// longer takes for the speaker either), or a pronoun no one before fits,
// leaves it without a speaker.
func TestQuotesPronounIntroducer(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		{"ru «По его словам» between two quoting paragraphs", "ru",
			"«Первые поезда по новой ветке пойдут уже в марте», — сказал министр транспорта Марат Карабаев.\nПо его словам, строители закончили укладку путей на месяц раньше срока.\n«Билеты до Туркестана будут стоить не дороже, чем на автобус».",
			[]wantQuote{{"Первые поезда", "Марат Карабаев"}, {"Билеты до Туркестана", "Марат Карабаев"}}},
		{"ru «Она добавила, что»", "ru",
			"Министр здравоохранения Айжан Серикова посетила больницу в понедельник.\nОна добавила, что новый корпус построили за полгода.\n«Мы наняли еще сорок медсестер и купили два новых томографа для области».",
			[]wantQuote{{"Мы наняли", "Айжан Серикова"}}},
		{"en He said between two quoting paragraphs", "en",
			"“The first trains on the new line will run in March,” said Transport Minister Marat Karabayev.\nHe said the builders had finished laying the track a month early.\n“Tickets to Turkestan will cost no more than a bus fare.”",
			[]wantQuote{{"The first trains", "Marat Karabayev"}, {"Tickets to Turkestan", "Marat Karabayev"}}},
		{"en According to her", "en",
			"Health Minister Aizhan Serikova visited the hospital on Monday.\nAccording to her, the new wing was built in six months.\n“We have hired forty more nurses and bought two new scanners for the region.”",
			[]wantQuote{{"We have hired", "Aizhan Serikova"}}},
		{"en someone else named in the pronoun's sentence", "en",
			"“The first trains on the new line will run in March,” said Transport Minister Marat Karabayev.\nHe said Yerlan Omarov had finished laying the track a month early.\n“Tickets to Turkestan will cost no more than a bus fare.”",
			[]wantQuote{{"The first trains", "Marat Karabayev"}}},
		{"ru «Она сказала» with only men before", "ru",
			"Министр транспорта Марат Карабаев осмотрел новую ветку. Аким области Ерлан Омаров проверил вокзал.\nОна сказала, что строители закончили укладку путей на месяц раньше срока.\n«Билеты до Туркестана будут стоить не дороже, чем на автобус».",
			nil},
	})
}
