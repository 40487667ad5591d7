package analyze

import "testing"

// TestCountriesNationalParties: local politics names its councillors' and
// deputies' parties, mostly in brackets after the name, and seldom its
// country; a party that only one country has names that country, in its
// own language's text. Acronyms two countries share (PSD) name none, and
// a party counts in no other language's text.
func TestCountriesNationalParties(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"en: BJP", "en", "", "The district council vote was won by the BJP after a long count on Sunday night.", []string{"IN"}, nil},
		{"en: Lib Dems", "en", "", "The Lib Dems took two seats from the council's ruling group in Thursday's by-election.", []string{"GB"}, nil},
		{"ru: КПРФ", "ru", "", "Депутат городского собрания Иван Соколов (КПРФ) потребовал отчёта о ремонте школ.", []string{"RU"}, nil},
		{"ru: единороссы", "ru", "", "На заседании городского собрания единороссы поддержали новый бюджет на ремонт дорог.", []string{"RU"}, nil},
		{"pt: (MDB)", "pt", "", "A sessão foi adiada pelo presidente da Casa, o vereador Carlos Mendes (MDB), a pedido da oposição.", []string{"BR"}, nil},
		{"pt: (PCP)", "pt", "", "A proposta do vereador João Silva (PCP) sobre os transportes escolares foi chumbada na reunião.", []string{"PT"}, nil},
		{"it: (Pd), (M5S)", "it", "", "In consiglio comunale Marco Rossi (Pd) e Giulia Bianchi (M5S) hanno chiesto chiarimenti sui cantieri della zona.", []string{"IT"}, nil},
		{"fr: LFI", "fr", "", "Le conseil municipal a rejeté l'amendement déposé par les élus LFI sur les cantines scolaires.", []string{"FR"}, nil},
		{"pt: PSD, shared by two countries, names none", "pt", "", "O vereador Paulo Costa (PSD) apresentou uma proposta sobre os transportes escolares.", nil, nil},
		{"en: SNP, also a gene's variant, names none", "en", "", "The study found one SNP linked to a higher risk of asthma in children.", nil, nil},
		{"en: an Italian acronym counts in no English text", "en", "", "The report by Marco Rossi (PD) was filed with the committee on Monday.", nil, nil},
	})
}

// TestCountriesDeclinedTownNames: Polish and Finnish local news names its
// town in the case the sentence needs (w Głogowie, z Poznania, we
// Wrocławiu, Tampereella, Oulussa, Jyväskylän), and the town tables hold
// the nominative; the declined form names the town all the same. English
// and Russian text name the town as before, and read no Polish or Finnish
// ending.
func TestCountriesDeclinedTownNames(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"pl: w Głogowie", "pl", "", "Radni w Głogowie przyjęli w poniedziałek budżet na remont szkół i dróg.", []string{"PL"}, nil},
		{"pl: we Wrocławiu", "pl", "", "Nowy most we Wrocławiu otwarto dla ruchu po dwóch latach budowy.", []string{"PL"}, nil},
		{"pl: z Poznania", "pl", "", "Policjanci z Poznania zatrzymali dwóch mężczyzn podejrzanych o kradzież rowerów.", []string{"PL"}, nil},
		{"pl: Częstochowy", "pl", "", "Prezydent Częstochowy podpisał umowę na budowę nowego basenu.", []string{"PL"}, nil},
		{"fi: Tampereella", "fi", "", "Tampereella avattiin maanantaina uusi uimahalli, jossa on kaksi allasta.", []string{"FI"}, nil},
		{"fi: Oulussa", "fi", "", "Oulussa kaupunginvaltuusto hyväksyi ensi vuoden talousarvion.", []string{"FI"}, nil},
		{"fi: Jyväskylän", "fi", "", "Jyväskylän kaupunki rakentaa uuden koulun keskustan laidalle.", []string{"FI"}, nil},
		{"en: Tampere as English writes it", "en", "", "The city council in Tampere approved a new swimming hall on Monday.", []string{"FI"}, nil},
		{"ru: Кракове as Russian declines it", "ru", "", "Городской совет в Кракове в понедельник одобрил строительство нового бассейна.", []string{"PL"}, nil},
		{"en: no Finnish ending read in English", "en", "", "A café called Oulussa opened on the high street, its owner said.", nil, nil},
		{"ru: no Polish ending read in Russian text", "ru", "", "Кафе «Poznania» открылось на главной улице, сообщил его владелец.", nil, nil},
	})
}

// TestCountriesVisitorDateline: a minister's tour abroad told from home
// names the visitor's country by the dateline alone and the hosts' by every
// paragraph; a story that names one's counterpart keeps its dateline
// country as a party. Without a counterpart, the dateline weighs as
// before.
func TestCountriesVisitorDateline(t *testing.T) {
	visit := func(dateline, body string) string { return dateline + body }
	runArticleCountries(t, []articleCountries{
		{"en: his counterpart", "en", "Minister ends three-day tour", visit("CANBERRA, Australia — ",
			"The foreign minister ended a three-day tour on Friday.\n\nIn Hanoi she held talks with her counterpart about fishing rights in Vietnam's waters.\n\nVietnam's prime minister received her later, and the two discussed trade with Vietnam."),
			[]string{"AU"}, []string{"VN"}},
		{"ru: своим коллегой", "ru", "Министр завершил трёхдневную поездку", visit("МИНСК, 3 октября. /БЕЛТА/. ",
			"Министр иностранных дел завершил в пятницу трёхдневную поездку.\n\nВ Ханое он провёл переговоры со своим коллегой о торговле с Вьетнамом.\n\nПремьер-министр Вьетнама принял его позже, они обсудили инвестиции во Вьетнам."),
			[]string{"BY"}, []string{"VN"}},
		{"fr: son homologue", "fr", "La ministre achève une tournée de trois jours", visit("OTTAWA, Canada — ",
			"La ministre des Affaires étrangères a achevé vendredi une tournée de trois jours.\n\nÀ Hanoï, elle s'est entretenue avec son homologue du commerce avec le Vietnam.\n\nLe Premier ministre du Vietnam l'a reçue ensuite, et ils ont parlé des investissements au Vietnam."),
			[]string{"CA"}, []string{"VN"}},
		{"en: no counterpart, the dateline weighs as before", "en", "Floods close roads", visit("CANBERRA, Australia — ",
			"Floods closed roads across Vietnam on Friday.\n\nIn Hanoi the river rose two metres overnight, officials in Vietnam said.\n\nVietnam's prime minister visited the worst-hit districts."),
			[]string{"VN"}, nil},
	})
}
