package analyze

import "testing"

// TestCountriesSecondLanguageRegions: Canada's provinces count in French
// by their French names (ISO 3166-2 through iso-codes' translation), and a
// name that may be a person's is the place when a comma or a bracket, not
// a space, parts it from the capitalised word beside it.
func TestCountriesSecondLanguageRegions(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"fr: Québec", "fr", "", "Le gouvernement du Québec a présenté mardi son budget, a annoncé le ministre des Finances devant les députés.", []string{"CA"}, nil},
		{"fr: Colombie-Britannique", "fr", "Les écoles de la Colombie-Britannique restent fermées",
			"Les incendies menacent plusieurs villes de la province, selon les pompiers.", []string{"CA"}, nil},
		{"fr: Ontario before a comma and a name", "fr", "", "Le premier ministre de l'Ontario, Doug Ford, a annoncé une baisse des taxes sur l'essence.", []string{"CA"}, nil},
		{"en: French names do not count in English", "en", "Colombie-Britannique is written on the sign", "The sign was painted in two languages.", nil, nil},
		{"en: Chad before a comma", "en", "Refugees arrive in Chad, UNHCR says", "Thousands crossed the border this week.", []string{"TD"}, nil},
		{"en: Chad before a surname is a person", "en", "Chad Smith joins the band", "The drummer will tour in the autumn.", nil, nil},
		{"ru: Чад before a comma", "ru", "Беженцы прибывают в Чад, сообщает УВКБ", "За неделю границу пересекли тысячи человек.", []string{"TD"}, nil},
	})
}

// TestCountriesInstitutionNamesakes: an institution several countries name
// alike counts for the one of them the article otherwise names, and for
// its usual country when the article names none of the others.
func TestCountriesInstitutionNamesakes(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"de: Bundesrat in Bern is Swiss", "de", "Bundesrat berät über neue Zölle",
			"Der Bundesrat hat am Mittwoch in Bern über die Zölle beraten, sagte die Bundespräsidentin vor den Medien.", []string{"CH"}, nil},
		{"de: Bundesrat alone is German", "de", "Bundesrat billigt Heizungsgesetz",
			"Die Länderkammer stimmte dem Gesetz am Freitag zu.", []string{"DE"}, nil},
		{"de: Bundesregierung in Berlin is German", "de", "Bundesregierung beschließt Haushalt",
			"Das Kabinett in Berlin einigte sich in der Nacht.", []string{"DE"}, nil},
		{"de: Bundeskanzler in Wien is Austrian", "de", "",
			"Der Bundeskanzler hat in Wien die Landeshauptleute empfangen, wie das Bundeskanzleramt mitteilte.", []string{"AT"}, nil},
		{"fr: Assemblée nationale alone is French", "fr", "L'Assemblée nationale adopte le budget",
			"Les députés ont voté le texte dans la nuit.", []string{"FR"}, nil},
		{"fr: Assemblée nationale in Quebec", "fr", "",
			"À l'Assemblée nationale, les députés du Québec ont adopté le projet de loi sur la langue.", []string{"CA"}, nil},
		{"fr: Assemblée nationale of Senegal", "fr", "",
			"L'Assemblée nationale du Sénégal a adopté mardi la loi d'amnistie, malgré les protestations de l'opposition sénégalaise.", []string{"SN"}, nil},
		{"en: the German name counts only in German", "en", "Bundesrat is a word in the crossword", "The puzzle appeared on Sunday.", nil, nil},
		{"ru: the German name counts only in German", "ru", "Слово Bundesrat в кроссворде", "Головоломка вышла в воскресенье.", nil, nil},
	})
}

// TestCountriesQuotedTermInHeadline: a demonym inside a short quoted term
// of the headline (a cited name: 'Armenian genocide', «русский мир») holds
// no headline; the same demonym unquoted still does.
func TestCountriesQuotedTermInHeadline(t *testing.T) {
	const (
		en = "Azerbaijan's president Ilham Aliyev said in Baku that Azerbaijan condemned the decision of Germany. Azerbaijan stands with its allies, Aliyev told reporters in Baku, and Germany's parliament had acted for political reasons. Azerbaijan recalled its ambassador from Germany."
		ru = "Президент Азербайджана Ильхам Алиев заявил в Баку, что Азербайджан осуждает решение Германии. Азербайджан поддерживает союзников, сказал Алиев журналистам в Баку, а парламент Германии действовал из политических соображений. Азербайджан отозвал посла из Германии."
		tr = "Azerbaycan Cumhurbaşkanı İlham Aliyev, Bakü'de Almanya'nın kararını kınadıklarını söyledi. Azerbaycan müttefiklerinin yanında, dedi Aliyev. Azerbaycan, Almanya'daki büyükelçisini geri çağırdı."
	)
	runArticleCountries(t, []articleCountries{
		{"en: a quoted term", "en", "Baku condemns Germany's 'Armenian genocide' vote", en, []string{"AZ", "DE"}, nil},
		{"en: unquoted, Armenians hold the headline", "en", "Baku condemns Germany's vote as Armenian leaders welcome it", en, []string{"AZ", "DE", "AM"}, nil},
		{"ru: a quoted term", "ru", "Баку осудил решение Германии по «армянскому геноциду»", ru, []string{"AZ", "DE"}, nil},
		{"tr: a quoted term beside Turkish apostrophes", "tr", "Azerbaycan'dan Almanya'nın 'Ermeni Soykırımı' kararına tepki", tr, []string{"AZ", "DE"}, nil},
	})
}

// TestCountriesMoreLeaders: heads of state and government named by the
// surname alone, or in full where the surname is a first name or common
// elsewhere, name their countries.
func TestCountriesMoreLeaders(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"en: Ouattara", "en", "Ouattara promulgates the new electoral code", "The opposition called the law unfair.", []string{"CI"}, nil},
		{"en: Goïta", "en", "Goïta dissolves political parties", "The decree was read on state television.", []string{"ML"}, nil},
		{"en: Bukele", "en", "Bukele opens a second mega-prison", "Rights groups criticised the move.", []string{"SV"}, nil},
		{"en: Keller-Sutter", "en", "Keller-Sutter flies to Washington for tariff talks", "The finance minister will meet officials on Thursday.", []string{"CH", "US"}, nil},
		{"en: Petro Poroshenko is no Colombian", "en", "Petro Poroshenko questioned by investigators", "The former president denied the charges.", []string{"UA"}, nil},
		{"ru: Кристерссон", "ru", "Кристерссон объявил о новых мерах", "Премьер-министр выступил в парламенте.", []string{"SE"}, nil},
		{"ru: Додик", "ru", "Додик пригрозил референдумом", "Лидер боснийских сербов выступил в Баня-Луке.", []string{"BA"}, nil},
		{"ru: Теббун", "ru", "Теббун отправил в отставку министра", "Указ опубликован во вторник.", []string{"DZ"}, nil},
		{"fr: De Wever", "fr", "De Wever présente son budget", "Le Premier ministre a parlé devant la Chambre.", []string{"BE"}, nil},
		{"es: Noboa", "es", "Noboa decreta estado de excepción", "La medida durará sesenta días.", []string{"EC"}, nil},
		{"es: Gustavo Petro", "es", "Gustavo Petro propone una constituyente", "El mandatario habló en Cali.", []string{"CO"}, nil},
		{"pt: João Lourenço", "pt", "João Lourenço exonera ministro das Finanças", "O decreto foi publicado na segunda-feira.", []string{"AO"}, nil},
	})
}

// TestCountriesMoreInstitutions: parliaments and seats of government that
// one country alone names so, in the languages news writes them in.
func TestCountriesMoreInstitutions(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"en: Storting", "en", "", "The Storting approved the oil fund rule on Tuesday after a long debate.", []string{"NO"}, nil},
		{"en: Riksdag", "en", "Riksdag rejects the budget motion", "The vote was close.", []string{"SE"}, nil},
		{"en: Dáil", "en", "", "The Dáil passed the housing bill late on Wednesday, the Taoiseach said.", []string{"IE"}, nil},
		{"en: Casa Rosada", "en", "Casa Rosada denies reshuffle rumours", "A spokesman said the cabinet would stay.", []string{"AR"}, nil},
		{"ru: Риксдаг", "ru", "Риксдаг отклонил предложение оппозиции", "Голосование прошло во вторник.", []string{"SE"}, nil},
		{"ru: Елисейский дворец", "ru", "", "В Елисейском дворце заявили, что визит перенесён.", []string{"FR"}, nil},
		{"de: Weißes Haus", "de", "Weißes Haus dementiert Bericht", "Ein Sprecher nannte ihn falsch.", []string{"US"}, nil},
		{"es: Palacio de Miraflores", "es", "", "El Palacio de Miraflores anunció nuevas medidas económicas.", []string{"VE"}, nil},
		{"es: la moneda is a coin", "es", "La moneda se depreció frente al dólar", "Los importadores reclamaron.", nil, nil},
		{"pt: Palácio de Belém", "pt", "", "O Palácio de Belém anunciou a promulgação do diploma.", []string{"PT"}, nil},
		{"it: Eliseo", "it", "L'Eliseo smentisce le dimissioni", "Il portavoce ha parlato in mattinata.", []string{"FR"}, nil},
		{"uk: Кнесет", "uk", "Кнесет ухвалив закон про призов", "Голосування відбулося вночі.", []string{"IL"}, nil},
	})
}

// TestCountriesOwnCurrencies: a currency one country alone uses names it;
// one several share (the euro, the CFA franc, the rouble) does not.
func TestCountriesOwnCurrencies(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"en: zloty", "en", "The zloty weakens after the rate cut", "Traders expect more cuts this year.", []string{"PL"}, nil},
		{"en: naira", "en", "Naira falls on the parallel market", "Importers scrambled for dollars.", []string{"NG"}, nil},
		{"en: the euro names no country", "en", "The euro falls against the dollar", "Traders expect more cuts this year.", nil, nil},
		{"ru: иена", "ru", "Иена упала до минимума за 30 лет", "Трейдеры ждут вмешательства.", []string{"JP"}, nil},
		{"ru: злотый", "ru", "Злотый ослаб после снижения ставки", "Трейдеры ждут новых решений.", []string{"PL"}, nil},
		{"uk: гривня", "uk", "Гривня подешевшала на міжбанку", "Трейдери чекають на рішення регулятора.", []string{"UA"}, nil},
		{"pt: kwanza", "pt", "O kwanza desvalorizou face ao dólar", "Os importadores queixam-se.", []string{"AO"}, nil},
		{"fr: the CFA franc names no country", "fr", "Le franc CFA reste arrimé à l'euro", "Les économistes débattent.", nil, nil},
	})
}

// TestCountriesLanguageNamesInMoreLanguages: a language's name decides no
// country in the other languages of the corpus either: after a preposition
// ("auf Deutsch", "en français", "em português"), after a language noun
// ("la langue française", "la lingua italiana"), as the second of two
// languages ("in English and Kazakh.", "en anglais et en français."), and
// as the German noun (Deutsch, Englisch); the adjective before a noun
// still names the country.
func TestCountriesLanguageNamesInMoreLanguages(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"de: auf Englisch und Deutsch", "de", "Neue Lehrpläne in Kasachstan", "In Kasachstan lernen Schüler jetzt auch auf Englisch und Deutsch.", []string{"KZ"}, nil},
		{"de: Deutsch lernen", "de", "Deutsch lernen in Almaty", "Immer mehr Studenten in Kasachstan besuchen Sprachkurse.", []string{"KZ"}, nil},
		{"de: the adjective is Germany", "de", "Die deutsche Regierung lehnt den Plan ab", "Berlin will weiter verhandeln.", []string{"DE"}, nil},
		{"fr: en anglais et en français", "fr", "Au Sénégal, des cours en anglais et en français", "Le ministère sénégalais a publié le programme.", []string{"SN"}, nil},
		{"fr: la langue française", "fr", "La langue française progresse au Sénégal", "Le ministère a publié les chiffres.", []string{"SN"}, nil},
		{"fr: the adjective is France", "fr", "Le gouvernement français rejette le plan", "Paris veut poursuivre les discussions.", []string{"FR"}, nil},
		{"pt: em inglês e português", "pt", "Angola terá aulas em inglês e português", "O ministério publicou o programa em Luanda.", []string{"AO"}, nil},
		{"it: la lingua italiana", "it", "La lingua italiana cresce in Albania", "Il ministero di Tirana ha pubblicato i dati.", []string{"AL"}, nil},
		{"en: the second of two languages", "en", "Kyrgyzstan publishes its rules in English and Russian.", "The ministry in Bishkek said the rules take effect in June.", []string{"KG"}, nil},
		{"en: two demonyms before a noun are countries", "en", "Troops move in Russian and Kazakh territory", "Officials in Moscow and Astana confirmed the exercise.", []string{"RU", "KZ"}, nil},
		{"ru: на английском и русском", "ru", "В Киргизии правила опубликуют на английском и русском.", "Министерство в Бишкеке сообщило, что правила вступят в силу в июне.", []string{"KG"}, nil},
	})
}

// TestCountriesVenue: a country and its capital named together to say
// where an event took place ("in Qatar's capital Doha", «в столице Катара
// Дохе», "Katar'ın başkenti Doha'da"), and a city naming a meeting held
// there (the Doha Forum), are the venue: they weigh half and hold no
// headline. A story about the country names it otherwise.
func TestCountriesVenue(t *testing.T) {
	const (
		en = "Syria's president spoke on Sunday in Qatar's capital Doha at the Doha Forum. He said Israel had carried out hundreds of strikes on Syria since December. Israel must withdraw from Syrian land, he said, and Syria would hold elections in four years. Israel did not comment."
		ru = "Президент Сирии выступил в воскресенье в столице Катара Дохе на Дохийском форуме. Он заявил, что Израиль нанёс сотни ударов по Сирии с декабря. Израиль должен уйти с сирийской земли, сказал он, а Сирия проведёт выборы через четыре года. В Израиле это не прокомментировали."
		tr = "Suriye Cumhurbaşkanı, Katar'ın başkenti Doha'da düzenlenen Doha Forumu'nda konuştu. İsrail'in Aralık'tan bu yana Suriye'ye yüzlerce saldırı düzenlediğini söyledi. İsrail'in Suriye topraklarından çekilmesi gerektiğini belirten Cumhurbaşkanı, Suriye'nin dört yıl sonra seçime gideceğini açıkladı."
		de = "Der syrische Präsident sprach am Sonntag in Katars Hauptstadt Doha auf dem Doha Forum. Israel habe seit Dezember Hunderte Angriffe auf Syrien geflogen, sagte er. Israel müsse sich aus Syrien zurückziehen; Syrien werde in vier Jahren wählen."
	)
	runArticleCountries(t, []articleCountries{
		{"en: Qatar's capital Doha", "en", "", en, []string{"SY", "IL"}, nil},
		{"ru: в столице Катара Дохе", "ru", "", ru, []string{"SY", "IL"}, nil},
		{"tr: Katar'ın başkenti Doha'da", "tr", "", tr, []string{"SY", "IL"}, nil},
		{"de: in Katars Hauptstadt Doha", "de", "", de, []string{"SY", "IL"}, nil},
		{"en: a story about Qatar names it otherwise", "en", "Qatar raises gas output", "Qatar will raise gas output by a fifth, the energy minister said in Doha on Monday.", []string{"QA"}, nil},
		{"ru: a story about Qatar names it otherwise", "ru", "Катар увеличит добычу газа", "Катар увеличит добычу газа на пятую часть, заявил министр энергетики в Дохе.", []string{"QA"}, nil},
	})
}

// TestCountriesLeaderGloss: a country named only to gloss the leader just
// before it ("after Giorgia Meloni in Italy and Petr Fiala in the Czech
// Republic") weighs as a locator; the leader still names it, and a story
// about that country names it otherwise.
func TestCountriesLeaderGloss(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"en: precedents glossed", "en", "",
			"Belgium's new prime minister Bart De Wever was sworn in on Monday. He is the third conservative to lead a European government, after Giorgia Meloni in Italy and Petr Fiala in the Czech Republic. Belgium had been without a government for eight months.",
			[]string{"BE"}, nil},
		{"fr: précédents", "fr", "",
			"Le nouveau Premier ministre belge Bart De Wever a prêté serment lundi. Il est le troisième conservateur à diriger un gouvernement européen, après Giorgia Meloni en Italie et Viktor Orbán en Hongrie. La Belgique était sans gouvernement depuis huit mois.",
			[]string{"BE"}, nil},
		{"ru: прецеденты", "ru", "",
			"Новый премьер-министр Бельгии Барт Де Вевер принёс присягу в понедельник. Он стал третьим консерватором во главе европейского правительства после Мелони в Италии и Орбана в Венгрии. Бельгия восемь месяцев жила без правительства.",
			[]string{"BE"}, nil},
		{"en: a story about Italy keeps it", "en", "Meloni in Italy faces a confidence vote",
			"Italy's parliament will vote on Thursday, and Italian opposition parties expect to lose.", []string{"IT"}, nil},
	})
}
