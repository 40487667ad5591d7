package analyze

import "testing"

// TestCountriesThoroughfares: a road, street or station named after a
// place («Минское шоссе», «Киевский вокзал», "Warschauer Straße", "Bağdat
// Caddesi", "rue de Rome", "via Parigi") places no story in that place's
// country; the same place named as a place still does.
func TestCountriesThoroughfares(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"ru: Минское шоссе", "ru", "", "Грузовик перевернулся на 40-м километре Минского шоссе, движение в сторону Москвы затруднено.", []string{"RU"}, nil},
		{"ru: Киевский вокзал", "ru", "Пассажиров эвакуировали с вокзала", "Утром полиция оцепила Киевский вокзал в Москве из-за подозрительной сумки.", []string{"RU"}, nil},
		{"ru: улица Киевская", "ru", "", "В Москве на улице Киевской из-за прорыва трубы затопило подвалы двух домов.", []string{"RU"}, nil},
		{"ru: Минск as a place still counts", "ru", "", "В Минске в среду открылась выставка белорусских художников.", []string{"BY"}, nil},
		{"ru: улицы Киева are Kyiv's", "ru", "", "Улицы Киева опустели во время воздушной тревоги.", []string{"UA"}, nil},
		{"uk: вулиця Московська", "uk", "", "У Львові на вулиці Московській відремонтують тротуари до кінця літа.", []string{"UA"}, nil},
		{"en: Moscow Road", "en", "Flat fire in Bayswater", "Firefighters were called to a flat on Moscow Road in London late on Friday.", []string{"GB"}, nil},
		{"en: a title-case headline keeps its country", "en", "Ukraine Road Deaths Rise Sharply", "Deaths on roads in Ukraine rose by a fifth last year, the police said.", []string{"UA"}, nil},
		{"de: Warschauer Straße", "de", "Unfall in Friedrichshain", "Auf der Warschauer Straße in Berlin sind am Morgen zwei Straßenbahnen zusammengestoßen.", []string{"DE"}, nil},
		{"tr: Bağdat Caddesi", "tr", "", "İstanbul Kadıköy'de Bağdat Caddesi'nde iki otomobil çarpıştı, iki kişi yaralandı.", []string{"TR"}, nil},
		{"fr: rue de Rome", "fr", "", "À Marseille, un incendie s'est déclaré dans un immeuble de la rue de Rome dans la nuit de samedi.", []string{"FR"}, nil},
		{"it: via Parigi", "it", "Rapina in centro", "I carabinieri hanno fermato un uomo in via Parigi subito dopo la rapina in una farmacia.", []string{"IT"}, nil},
		{"es: calle de Alemania names none", "es", "", "Los vecinos de la calle de Alemania protestaron por el ruido de las obras.", nil, nil},
	})
}

// TestCountriesRussianNeuterPlaces: Russian place names in -ье decline
// (Подмосковья, Запорожью, Приднестровьем), and «подмосковный» is the
// Moscow region's adjective.
func TestCountriesRussianNeuterPlaces(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"ru: Подмосковья", "ru", "", "Власти Подмосковья пообещали открыть три новые школы к сентябрю.", []string{"RU"}, nil},
		{"ru: подмосковный", "ru", "Пожар на складе", "В подмосковном Ногинске загорелся склад площадью тысяча квадратных метров.", []string{"RU"}, nil},
		{"ru: Запорожью", "ru", "", "По Запорожью ночью был нанесён удар, повреждены жилые дома.", []string{"UA"}, nil},
		{"en: the Moscow region in English", "en", "", "A warehouse caught fire in the Moscow region on Tuesday, officials said.", []string{"RU"}, nil},
	})
}

// TestCountriesNationalBodies: home news that names a body only one
// country has (a police force, a road police, a district office, a
// central-bank rate) and no country is about that country; beside another
// country's own name the body names none, and shared names name none.
func TestCountriesNationalBodies(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"en: Interstate", "en", "Truck overturns, closing lanes", "A truck overturned on Interstate 35 early on Monday, and the Highway Patrol closed two lanes for five hours.", []string{"US"}, nil},
		{"en: Guardia Civil", "en", "", "The Guardia Civil arrested two men suspected of stealing olive oil from farms near Jaén.", []string{"ES"}, nil},
		{"en: Medicare names none", "en", "", "The minister promised that Medicare would cover more scans from July.", nil, nil},
		{"ru: ГИБДД", "ru", "Водитель сбил пешехода на переходе", "Сотрудники ГИБДД устанавливают обстоятельства наезда, пострадавшую доставили в больницу.", []string{"RU"}, nil},
		{"ru: Нацполиция", "ru", "", "Нацполиция открыла уголовное производство после ограбления ювелирного магазина.", []string{"UA"}, nil},
		{"ru: ГАИ names none", "ru", "", "Инспекторы ГАИ остановили автобус с неисправными тормозами.", nil, nil},
		{"uk: ДСНС", "uk", "", "Рятувальники ДСНС загасили пожежу на складі за дві години.", []string{"UA"}, nil},
		{"de: Landrat names none", "de", "", "Der Landrat besuchte am Montag die neue Grundschule.", nil, nil},
		{"de: Landkreis", "de", "Traktor kippt um", "Im Landkreis Rottal-Inn ist am Montag ein Traktor auf einer Kreisstraße umgekippt.", []string{"DE"}, nil},
		{"fr: SDIS", "fr", "", "Le SDIS a engagé quarante pompiers pour éteindre le feu de l'entrepôt.", []string{"FR"}, nil},
		{"es: Guardia Civil", "es", "Detenido un conductor ebrio", "La Guardia Civil detuvo el sábado a un conductor que circulaba en sentido contrario.", []string{"ES"}, nil},
		{"es: Policía Nacional names none", "es", "", "La Policía Nacional capturó a dos sospechosos del asalto al banco.", nil, nil},
		{"pt: Selic", "pt", "", "O Copom manteve a Selic em 10,5% ao ano na reunião desta quarta-feira.", []string{"BR"}, nil},
		{"it: Polizia Stradale", "it", "", "La Polizia Stradale ha chiuso l'autostrada per due ore dopo il tamponamento.", []string{"IT"}, nil},
		{"tr: valiliği", "tr", "", "Valiliği yaptığı açıklamada, selde iki kişinin hayatını kaybettiğini bildirdi.", []string{"TR"}, nil},
		{"es: Guardia Civil abroad", "es", "Agentes españoles en Marruecos", "La Guardia Civil colaboró con la policía de Marruecos en una operación contra el narcotráfico en Tánger.", []string{"MA"}, []string{"ES"}},
	})
}

// TestCountriesOrganisationNames: a country inside an organisation's name
// ("Air France", "Turkish Airlines", «Турецкие авиалинии», "the Japan
// Times") weighs little beside the story's own places; a story about the
// company alone is its country's.
func TestCountriesOrganisationNames(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"en: Air France diverted", "en", "Air France jet makes emergency landing", "An Air France jet from Paris to Lima landed in Bogotá, Colombia, on Sunday after a warning light came on, the Air France crew told passengers.", []string{"CO"}, []string{"FR", "PE"}},
		{"en: Turkish Airlines in Germany", "en", "Turkish Airlines flight evacuated in Munich", "Police in Germany evacuated a Turkish Airlines plane at Munich airport after a bomb threat on Friday.", []string{"DE"}, []string{"TR"}},
		{"en: the company alone", "en", "British Airways cancels flights", "British Airways cancelled forty flights on Monday because of a computer fault.", []string{"GB"}, nil},
		{"en: the Japan Times as a source", "en", "", "Prices in South Korea rose by 3 percent in May, the Japan Times reported.", []string{"KR"}, []string{"JP"}},
		{"en: Bank of England still speaks for its country", "en", "", "The Bank of England kept its key rate at 5 percent on Thursday.", []string{"GB"}, nil},
		{"ru: Турецкие авиалинии в Германии", "ru", "", "В Германии эвакуировали самолёт «Турецких авиалиний» в аэропорту Мюнхена после сообщения о бомбе.", []string{"DE"}, []string{"TR"}},
		{"ru: Air France in Latin letters", "ru", "", "Самолёт Air France, летевший из Парижа в Лиму, экстренно сел в Колумбии.", []string{"CO"}, []string{"FR", "PE"}},
		{"de: Deutsche Bank alone", "de", "Deutsche Bank streicht Stellen", "Die Deutsche Bank will bis Ende des Jahres weitere Filialen schließen.", []string{"DE"}, nil},
		{"fr: Air France au Kenya", "fr", "", "Un avion d'Air France s'est posé d'urgence à Mombasa, au Kenya, après une alerte.", []string{"KE"}, []string{"FR"}},
	})
}

// TestCountriesTourists: a tourist's demonym ("a Russian tourist", «
// российский турист», "deutsche Urlauber", "Rus turist", "touristes
// français") says where the tourist came from, not where the story
// happens: the resort's country is the story's; Spain's islands and coasts
// name Spain.
func TestCountriesTourists(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"en: a German tourist in Spain", "en", "Tourist hurt in balcony fall", "A German tourist was seriously hurt after falling from a hotel balcony in Majorca on Saturday, police said.", []string{"ES"}, []string{"DE"}},
		{"en: the tourist alone names none", "en", "", "A British tourist was rescued after getting lost on a mountain trail overnight.", nil, []string{"GB"}},
		{"ru: российский турист в Таиланде", "ru", "Турист сорвался со скалы", "Российский турист погиб в Таиланде, сорвавшись со скалы во время прогулки по острову.", []string{"TH"}, []string{"RU"}},
		{"ru: Майорка", "ru", "", "На Майорке полиция задержала двух туристов, повредивших номер в отеле.", []string{"ES"}, nil},
		{"de: deutsche Urlauber auf Teneriffa", "de", "", "Zwei deutsche Urlauber sind auf Teneriffa bei einer Wanderung verunglückt.", []string{"ES"}, []string{"DE"}},
		{"tr: Rus turist Antalya'da", "tr", "", "Antalya'da tatil yapan Rus turist denizde boğuldu.", []string{"TR"}, []string{"RU"}},
		{"fr: touristes français", "fr", "", "Deux touristes français ont été secourus sur une plage de Phuket, en Thaïlande.", []string{"TH"}, []string{"FR"}},
		{"en: a German minister still counts", "en", "", "The German minister visited the flooded towns on Monday.", []string{"DE"}, nil},
	})
}

// TestCountriesVisitingLeader: a leader named before a visit word is a
// party to the visit as much as the host, even named only by the leader's
// name; a leader named in passing is not.
func TestCountriesVisitingLeader(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"en: Hasina's China visit", "en", "PM back from a week abroad", "Sheikh Hasina flew home on Friday after her visit to China, where she met President Xi Jinping in Beijing and signed twenty agreements with Chinese ministers on trade and energy, and Chinese banks pledged new loans.", []string{"BD", "CN"}, nil},
		{"ru: Лукашенко прибыл с визитом", "ru", "", "Лукашенко прибыл с визитом в Пекин, где проведёт переговоры с Си Цзиньпином о поставках техники в Китай и китайских инвестициях.", []string{"BY", "CN"}, nil},
		{"es: Sánchez viajó a China", "es", "", "Sánchez viajó el lunes a China para una visita oficial de tres días, en la que se reunirá con Xi Jinping en Pekín y con empresarios chinos.", []string{"ES", "CN"}, nil},
		{"en: a leader in passing", "en", "", "Chinese factories raised output in May, and analysts in Beijing said Xi Jinping's plans were on track; Sheikh Hasina was mentioned once.", []string{"CN"}, []string{"BD"}},
	})
}
