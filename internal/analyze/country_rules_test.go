package analyze

import (
	"slices"
	"testing"

	"github.com/newsbot/newsbot/internal/news"
)

// TestCountriesSharedWords: a currency several countries share and a
// language name never decide a country alone; beside other evidence for the
// country they still count.
func TestCountriesSharedWords(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"ru: Belarusian roubles are Belarus", "ru", "Пенсии вырастут на 50 рублей",
			"С 1 января минимальная пенсия в Беларуси вырастет до 400 белорусских рублей, сообщили в Минтруда.", []string{"BY"}, nil},
		{"ru: roubles alone decide nothing", "ru", "Проезд подорожает до 90 рублей",
			"С понедельника стоимость проезда в автобусах вырастет до 90 рублей, сообщил перевозчик.", nil, nil},
		{"ru: roubles beside Russia still count", "ru", "Рубль укрепился к доллару",
			"Курс рубля на Московской бирже вырос, Центробанк России сохранил ставку.", []string{"RU"}, nil},
		{"en: Belarusian ruble is Belarus", "en", "Minsk pensions rise",
			"Pensions in Belarus will rise to 400 Belarusian rubles a month, the labour ministry in Minsk said.", []string{"BY"}, nil},
		{"en: rubles alone decide nothing", "en", "Bus fares rise to 90 rubles",
			"Fares on city buses will rise to 90 rubles on Monday, the operator said.", nil, nil},
		{"en: the English language is not Britain", "en", "Kazakhstan expands teaching in English",
			"Schools in Kazakhstan will teach physics in English from September, and English-language textbooks will be printed in Almaty.", []string{"KZ"}, nil},
		{"en: the Russian language is not Russia", "en", "Tokayev on the status of the Russian language",
			"Kazakh President Tokayev said the Russian language would keep its status in Astana's schools.", []string{"KZ"}, nil},
		{"en: speaking English is not Britain", "en", "Kyrgyz pupils speak English better than their parents",
			"Most pupils in Bishkek speak English at home and learn Russian at school, the Kyrgyz ministry said.", []string{"KG"}, nil},
		{"ru: владеет английским is not Britain", "ru", "Киргизские школьники владеют английским лучше родителей",
			"Большинство школьников Бишкека владеют английским лучше родителей, сообщили в министерстве Кыргызстана.", []string{"KG"}, nil},
		{"en: an English club is England", "en", "English club signs Kazakh striker",
			"The Premier League side in London confirmed the transfer.", []string{"GB"}, []string{"KZ"}},
		{"ru: русский язык is not Russia", "ru", "Токаев о русском языке",
			"Президент Казахстана заявил, что статус русского языка в Астане не изменится, а на английском будут преподавать физику.", []string{"KZ"}, nil},
		{"ru: английская Премьер-лига is England", "ru", "Клуб английской Премьер-лиги купил форварда",
			"Лондонский клуб подписал контракт с нападающим.", []string{"GB"}, nil},
		{"uk: російська мова is not Russia", "uk", "Казахстан і російська мова",
			"Токаєв заявив, що статус російської мови в Казахстані не зміниться.", []string{"KZ"}, nil},
	})
}

// TestCountriesCLDRNames: country names in the corpus's other languages come
// from CLDR and match only in text of their language.
func TestCountriesCLDRNames(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"es: Estados Unidos", "es", "Estados Unidos deja de fabricar la moneda de un centavo",
			"La Casa de la Moneda acuñó la última moneda de un centavo.", []string{"US"}, nil},
		{"pt: Estados Unidos and Brasil", "pt", "Lula viaja aos Estados Unidos",
			"O presidente do Brasil chegou a Nova York para a Assembleia Geral.", []string{"US", "BR"}, nil},
		{"de: Russland and Deutschland", "de", "Bundesregierung sieht Russland hinter Phishing-Attacke",
			"Auch Minister in Deutschland sind betroffen.", []string{"RU", "DE"}, nil},
		{"fr: Allemagne", "fr", "L'Allemagne et la France signent un accord", "Le traité a été signé à Paris.", []string{"DE", "FR"}, nil},
		{"fr: Etats-Unis without the accent of the capital", "fr", "Les Etats-Unis et l'Egypte signent un accord",
			"Le traité a été signé au Caire.", []string{"US", "EG"}, nil},
		{"it: Stati Uniti", "it", "Gli Stati Uniti e la Cina riprendono i negoziati", "I colloqui sono a Ginevra.", []string{"US", "CN"}, nil},
		{"tr: Almanya", "tr", "Almanya ile Türkiye arasında yeni anlaşma", "Bakanlar Ankara'da bir araya geldi.", []string{"DE", "TR"}, nil},
		{"uk: case forms", "uk", "Удар по Україні", "Росія атакувала енергетику України вночі, повідомили в Києві.", []string{"UA"}, []string{"RU"}},
		{"be: Беларусь in Belarusian", "be", "У Віцебску прайшла акцыя",
			"У знак салідарнасці з Мінскам прайшла акцыя за незалежнасць Беларусі.", []string{"BY"}, nil},
		{"be: Расія and Украіна in Belarusian", "be", "Расія і Украіна правялі перамовы",
			"Дэлегацыі сустрэліся ў Стамбуле.", []string{"RU", "UA"}, []string{"TR"}},
		{"uk: Німеччина in the instrumental", "uk", "Угода з Німеччиною", "Україна підписала угоду з Німеччиною.", []string{"DE"}, []string{"UA"}},
		{"uk: a masculine name in -ь", "uk", "Переговори з Ізраїлем", "Делегація Ізраїлю прибула до Каїра.", []string{"IL"}, []string{"EG"}},
		{"uk: a plural name declines", "uk", "Санкції Сполучених Штатів", "Нові санкції Сполучених Штатів набули чинності.", []string{"US"}, nil},
		{"ru: a plural name declines", "ru", "Санкции Соединённых Штатов", "Новые санкции Соединённых Штатов вступили в силу.", []string{"US"}, nil},
		{"en: a plural name", "en", "Sanctions of the United States", "New sanctions of the United States took effect.", []string{"US"}, nil},
		{"unknown-language Cyrillic feed may be Ukrainian", "", "Торгівля між Росією та Китаєм зросла", "Обсяг торгівлі перевищив 200 млрд доларів.", []string{"RU", "CN"}, nil},
		// Precision: the German name of Iceland is an English word, the
		// French name of Mauritius a first name.
		{"en: Island is not Iceland", "en", "Storm Hits Island Community", "Residents of the island were told to stay indoors.", nil, nil},
		{"en: Maurice is a name", "en", "Maurice Greene wins the race", "The sprinter won in a record time.", nil, nil},
		{"ru: Ukrainian forms do not enter Russian text", "ru", "Власти Украины", "Рада Украины приняла закон.", []string{"UA"}, nil},
		{"fr: Maurice Papon is a man", "fr", "Le procès de Maurice Papon", "Le procès de Maurice Papon s'est ouvert à Bordeaux.", []string{"FR"}, nil},
		{"fr: l'île Maurice is Mauritius", "fr", "Élections à Maurice", "Les électeurs de Maurice ont voté dimanche.", []string{"MU"}, nil},
		// Feeds that declare no language: the function words tell.
		{"undeclared English text keeps foreign words out", "", "Porcelain auction sets a record",
			"The chin of the statue and a china vase were sold with the americana collection, and the auction house said that the sale was a record for the season.", nil, nil},
		{"undeclared French text gets French names", "", "L'Allemagne et la France signent un traité",
			"Le traité a été signé dans la capitale et les deux pays ont salué un accord pour la défense.", []string{"DE", "FR"}, nil},
		{"undeclared Ukrainian text gets Ukrainian forms", "", "Удар по Києву", "Вночі у Києві пролунали вибухи, повідомили в Повітряних силах.", []string{"UA"}, nil},
	})
}

// TestCountriesHeadlineWeight: a country the headline names stays primary
// when the body is mostly about another.
func TestCountriesHeadlineWeight(t *testing.T) {
	a := shared()
	tests := []struct {
		name, lang, title, body string
		want                    []string
	}{
		{"en", "en", "Kyrgyzstan watches as Russia raises gas prices",
			"Russia's Gazprom said on Monday that Russia would raise prices from January. Moscow said Russian consumers would not be affected. The Kremlin said Russia's budget needed the revenue, and Russian officials in Moscow defended the move. Russia has raised prices twice this year.",
			[]string{"KG", "RU"}},
		{"ru", "ru", "Киргизия следит за ростом цен на российский газ",
			"Россия с января повысит цены на газ, заявили в Москве. В Кремле сказали, что бюджету России нужны доходы, а российские потребители не пострадают. Москва уже дважды повышала цены в этом году, напомнили в Госдуме России.",
			[]string{"KG", "RU"}},
		{"de: a genitive headline", "de", "Kirgisistans Regierung beobachtet Russlands Gaspreise",
			"Russland wird die Preise ab Januar erhöhen, hieß es in Moskau. Der Kreml sagte, Russlands Haushalt brauche die Einnahmen; russische Verbraucher seien nicht betroffen. Moskau hat die Preise in diesem Jahr schon zweimal erhöht, hieß es in der Duma Russlands.",
			[]string{"KG", "RU"}},
		{"uk: a headline country in Ukrainian", "uk", "Киргизстан стежить за зростанням цін на російський газ",
			"Росія з січня підвищить ціни на газ, заявили в Москві. У Кремлі сказали, що бюджету Росії потрібні доходи, а російські споживачі не постраждають. Москва вже двічі підвищувала ціни цього року, нагадали в Держдумі Росії.",
			[]string{"KG", "RU"}},
		{"es: a leader in the headline", "es", "Zhapárov observa la subida del gas ruso",
			"Rusia subirá los precios del gas desde enero, dijeron en Moscú. El Kremlin dijo que el presupuesto de Rusia necesita ingresos y que los consumidores rusos no se verán afectados. Moscú ya subió los precios dos veces este año, recordaron en la Duma de Rusia.",
			[]string{"KG", "RU"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Title: tt.title, Body: tt.body, Lang: tt.lang}).PrimaryCountries()
			if !primaryOK(got, tt.want, nil) {
				t.Errorf("primary = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestCountriesMoreForms: Russian names that drop a vowel in their cases,
// feminine demonyms and British institutions.
func TestCountriesMoreForms(t *testing.T) {
	a := shared()
	tests := []struct {
		name, lang, title, body string
		want                    []string
	}{
		{"ru: в Египте", "ru", "В Египте сложили портрет Тутанхамона из стаканчиков", "Работа вошла в Книгу рекордов.", []string{"EG"}},
		{"ru: белоруска", "ru", "Как белоруска создала сгущенку без лактозы", "Рассказываем, как разрабатывали продукт.", []string{"BY"}},
		{"ru: казашка", "ru", "Казашка стала чемпионкой мира по боксу", "Финал прошел в воскресенье.", []string{"KZ"}},
		{"ru: американка", "ru", "Американка установила рекорд пребывания на МКС", "Астронавт провела на станции 289 дней.", []string{"US"}},
		{"en: the NHS is Britain", "en", "NHS waiting lists grow again", "Patients in England waited longer for operations, the figures showed.", []string{"GB"}},
		{"en: Icelandic is Iceland", "en", "Icelandic choir records whale songs", "The recordings were made in a fjord last summer.", []string{"IS"}},
		// A guest named in the headline by a leader's name is primary
		// beside the host country.
		{"en: a guest leader in the headline", "en", "Putin welcomes Tokayev at the Kremlin",
			"Moscow, Nov 12. President Vladimir Putin welcomed his counterpart at the Grand Kremlin Palace. Russia is Astana's main partner, Putin said; Russian firms work across the region.", []string{"RU", "KZ"}},
		{"ru: a guest leader in the headline", "ru", "Путин принял Токаева в Кремле",
			"Москва, 12 ноября. Президент России Владимир Путин принял коллегу в Большом Кремлевском дворце. Россия — главный партнер Астаны, сказал Путин; российские компании работают по всему региону.", []string{"RU", "KZ"}},
		{"es: Tokáyev and Astaná as Spanish writes them", "es", "Putin recibe a Tokáyev en el Gran Palacio del Kremlin",
			"Moscú, 12 nov. El presidente de Rusia, Vladímir Putin, recibió hoy a su homólogo en el Kremlin. Rusia es el principal socio de Astaná, dijo Putin; las empresas rusas operan en toda la región.", []string{"RU", "KZ"}},
		{"en: Putin in a headline beside Assad", "en", "Putin, Assad's prisoner in Syria",
			"Russia cannot turn its military successes into a political advance because of the intransigence of the Syrian dictator, the Middle East specialist argues.", []string{"RU", "SY"}},
		{"ru: Путин in a headline beside Assad", "ru", "Путин — пленник Асада в Сирии",
			"Россия не может превратить военные успехи в политические из-за непримиримости сирийского диктатора, считает специалист по Ближнему Востоку.", []string{"RU", "SY"}},
		{"fr: Poutine is Putin", "fr", "« Poutine prisonnier d’Assad en Syrie », par un spécialiste",
			"La Russie est incapable de transformer en avancée politique ses succès, à cause de l’intransigeance du dictateur syrien, analyse le spécialiste du Moyen-Orient.", []string{"RU", "SY"}},
		{"uk: Путін is Putin", "uk", "Путін — полонений Асада в Сирії",
			"Росія не може перетворити військові успіхи на політичні через непримиренність сирійського диктатора, вважає фахівець.", []string{"RU", "SY"}},
		{"pt: Tokaiev as Portuguese writes him", "pt", "Putin recebe Tokaiev no Kremlin",
			"Moscovo, 12 nov. O Presidente da Rússia, Vladimir Putin, recebeu hoje o homólogo no Kremlin. A Rússia é o principal parceiro, disse Putin; as empresas russas operam em toda a região.", []string{"RU", "KZ"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Title: tt.title, Body: tt.body, Lang: tt.lang}).PrimaryCountries()
			if !primaryOK(got, tt.want, nil) {
				t.Errorf("primary = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestCountriesCompoundsAndOutlets: the first part of a compound adjective
// names its country ("кыргызско-таджикская граница", "українсько-казахські
// відносини"); a media outlet named after a country (Voice of America,
// Радио Свобода) does not make a story about it; its language services
// (RFE/RL's Kazakh Service) still name the country they cover.
func TestCountriesCompoundsAndOutlets(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"ru: кыргызско-таджикская граница", "ru", "На кыргызско-таджикской границе произошла перестрелка",
			"Перестрелка на кыргызско-таджикском участке границы произошла утром, сообщили в погранслужбе.", []string{"KG", "TJ"}, nil},
		{"ru: узбекско-российские отношения", "ru", "Узбекско-российские отношения обсудили на саммите",
			"Главы государств обсудили развитие узбекско-российских отношений и торговлю.", []string{"UZ", "RU"}, nil},
		{"uk: українсько-казахські відносини", "uk", "Українсько-казахські відносини перезавантажили",
			"Нардеп назвав призначення посла перезавантаженням українсько-казахських відносин.", []string{"UA", "KZ"}, nil},
		{"en: Kyrgyz-Tajik border", "en", "Shooting on the Kyrgyz-Tajik border",
			"Border guards exchanged fire on the Kyrgyz-Tajik border on Tuesday morning, officials said.", []string{"KG", "TJ"}, nil},
		{"en: a US-funded outlet is not the US", "en", "Kazakh journalist fined over article",
			"A court in Almaty fined a journalist for an article supporting Radio Free Europe's Kazakh Service, known locally as Radio Azattyq. Voice of America reported the verdict.", []string{"KZ"}, nil},
		{"de: kirgisische Regierung in Bischkek", "de", "Regierung tritt zurück",
			"Das sagte ein Sprecher in Bischkek. Der kirgisische Präsident hatte Reformen angekündigt.", []string{"KG"}, nil},
		{"fr: tadjik et ouzbek", "fr", "Accord sur l'eau",
			"Le président tadjik, venu de Douchanbé, a rencontré à Tachkent son homologue ouzbek pour signer un accord.", []string{"TJ", "UZ"}, nil},
		{"es: turcomano en Asjabad", "es", "Acuerdo de gas",
			"El gobierno turcomano firmó en Asjabad un acuerdo de suministro de gas.", []string{"TM"}, nil},
		{"en: Bishkek and Dushanbe still", "en", "Water deal signed",
			"Officials from Bishkek and Dushanbe signed a water deal on Monday.", []string{"KG", "TJ"}, nil},
		{"ru: КР и РУз — сокращения названий республик", "ru", "Пограничники КР и РУз провели встречу",
			"Пограничные представители КР и РУз обсудили обстановку на границе, сообщила погранслужба ГКНБ КР.", []string{"KG", "UZ"}, nil},
		{"ru: жители стран в косвенных падежах", "ru", "Таджикские военные задержали кыргызстанца",
			"Трое военных задержали кыргызстанца у границы; узбекистанцы, ехавшие следом, помогли кыргызстанцу уехать.", []string{"KG"}, []string{"TJ", "UZ"}},
		{"en: Kyrgyz Republic", "en", "Kyrgyz Republic and Uzbekistan hold border talks",
			"Border officials of the Kyrgyz Republic and Uzbekistan met in Osh on Tuesday.", []string{"KG", "UZ"}, nil},
		{"ru: Бишкек и Душанбе", "ru", "Подписано соглашение о воде",
			"Представители Бишкека и Душанбе подписали соглашение о воде в понедельник.", []string{"KG", "TJ"}, nil},
		{"en: countries listed along a route are named in passing", "en", "Cargo on the Middle Corridor grows",
			"The Middle Corridor links China with Europe via Kazakhstan, Azerbaijan, Georgia and Türkiye. Kazakhstan expects its cargo to double by 2030.",
			[]string{"KZ"}, []string{"CN"}},
		{"ru: страны в перечне упомянуты мимоходом", "ru", "Меры против кори усилены",
			"Меры усилены на фоне вспышек кори в России, Казахстане, Афганистане и Кыргызстане. В Узбекистане новых случаев нет.",
			[]string{"UZ"}, nil},
		{"en: two countries joined by 'and' are no list", "en", "Talks on water",
			"Kazakhstan and Uzbekistan signed a water agreement in Tashkent; Kazakhstan will supply more water in summer.",
			[]string{"KZ", "UZ"}, nil},
		{"en: a country in an 'Earlier,' sentence is background", "en", "Ukraine thanks Kazakhstan for support",
			"Ukraine's foreign minister met his Kazakh counterpart in Astana to thank Kazakhstan for its support of Ukraine's sovereignty. Earlier, Kazakhstan's president told the German chancellor in Berlin that Germany and Europe should talk to Russia.",
			[]string{"UA", "KZ"}, []string{"RU"}},
		{"ru: страна во фразе «Ранее …» — фон", "ru", "Украина поблагодарила Казахстан за поддержку",
			"Министр иностранных дел Украины поблагодарил коллегу из Казахстана за поддержку суверенитета Украины. Ранее президент Казахстана на встрече с канцлером Германии в Берлине заявил, что Германия и Европа должны говорить с Россией.",
			[]string{"UA", "KZ"}, []string{"RU"}},
		{"en: an 'It comes after' sentence is background", "en", "Grain export quota raised",
			"Kazakhstan raised its grain export quota on Monday. It comes after Russia cut its exports.",
			[]string{"KZ"}, nil},
		{"ru: фраза «Как сообщалось, …» — фон", "ru", "Квота на экспорт зерна повышена",
			"Казахстан в понедельник повысил квоту на экспорт зерна. Как сообщалось, Россия сократила экспорт.",
			[]string{"KZ"}, nil},
		{"uk: «Як повідомлялося, …» — тло", "uk", "Квоту на експорт зерна підвищено",
			"Казахстан у понеділок підвищив квоту на експорт зерна. Як повідомлялося, Росія скоротила експорт.",
			[]string{"KZ"}, nil},
		{"de: «Wie berichtet, …» ist Hintergrund", "de", "Exportquote für Getreide erhöht",
			"Kasachstan hat am Montag seine Exportquote für Getreide erhöht. Wie berichtet, hat Russland seine Exporte gekürzt.",
			[]string{"KZ"}, nil},
		{"ru: Радио Свобода — не США и не Россия", "ru", "В Бишкеке оштрафовали журналиста",
			"Суд в Бишкеке оштрафовал журналиста за интервью Радио Свобода и Голосу Америки, сообщили в суде.", []string{"KG"}, nil},
	})
}

// TestCountriesMentionRoles: a country a story compares itself with, one
// that only locates a town, counts less than the subject; a country named
// as one side of talks stays primary beside the host.
func TestCountriesMentionRoles(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"en: a yardstick in the headline is not the subject", "en", "PM: police acted to a standard higher than American at the rally",
			"Georgian Prime Minister Irakli Kobakhidze defended the police in Tbilisi, saying they acted with a standard higher than American standards.", []string{"GE"}, nil},
		{"ru: a yardstick after чем is not the subject", "ru", "Премьер: полиция действовала лучше, чем американская",
			"Премьер-министр Грузии Ираклий Кобахидзе заявил в Тбилиси, что полиция действовала мягче, чем в США.", []string{"GE"}, nil},
		{"en: a town located by its country is not the subject", "en", "Catalan leader admits independence bid is over",
			"The ousted Catalan president said the bid was over in messages to a former minister who was at an event in Leuven, Belgium, on Tuesday, Spanish TV showed.", []string{"ES"}, nil},
		{"ru: a town located in brackets is not the subject", "ru", "Каталонский лидер признал поражение",
			"Бывший каталонский лидер написал министру, который был на встрече в Лёвене (Бельгия), показало испанское телевидение.", []string{"ES"}, nil},
		{"en: a dateline country is not the subject", "en", "Court summons former regional leader",
			"LEUVEN, Belgium — A Spanish court on Monday summoned the former Catalan president.", []string{"ES"}, nil},
		{"ru: a dateline country is not the subject", "ru", "Суд вызвал бывшего регионального лидера",
			"ЛЁВЕН, Бельгия — Испанский суд в понедельник вызвал бывшего каталонского лидера.", []string{"ES"}, nil},
		{"en: a list of countries is not a locator", "en", "Ministers meet in Brussels",
			"Ministers of Germany, Belgium, France met on Monday to discuss the budget of Belgium.", []string{"BE"}, []string{"DE", "FR"}},
		{"en: the other side of talks stays primary", "en", "Kyrgyz Foreign Ministry explains the president's statement",
			"The Kyrgyz Foreign Ministry explained the statement of the president of Kyrgyzstan. The deputy minister of Kyrgyzstan received the ambassador in Bishkek and brought to the attention of the Kazakh side the border closure. Kyrgyzstan hopes the problems will be solved, the ministry of Kyrgyzstan said.",
			[]string{"KG", "KZ"}, nil},
		{"ru: казахстанская сторона stays primary", "ru", "МИД Кыргызстана разъяснил заявление президента",
			"МИД Кыргызстана разъяснил заявление президента Кыргызстана. Замминистра Кыргызстана приняла посла в Бишкеке и довела до сведения казахстанской стороны информацию о закрытии границы. Кыргызстан надеется решить проблемы, сообщили в МИД Кыргызстана.",
			[]string{"KG", "KZ"}, nil},
		{"en: the Kazakh side of the border is a place", "en", "Kyrgyz farmers wait at the border",
			"Kyrgyz farmers in Bishkek said trucks from Kyrgyzstan waited for days on the Kazakh side of the border. Kyrgyzstan asked for help, the ministry of Kyrgyzstan said.",
			[]string{"KG"}, nil},
	})
}

// TestCountriesApostropheForms: a name keeps its country behind a Turkish
// case ending or a French or Italian elided article, as behind an English
// possessive.
func TestCountriesApostropheForms(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"en: a possessive", "en", "Visit announced",
			"Uzbekistan's president will pay his first foreign visit to Turkey's largest city next week, his office said.", []string{"UZ", "TR"}, nil},
		{"ru: a visit in Russian", "ru", "Визит объявлен",
			"Президент Узбекистана совершит первый зарубежный визит в Турцию на следующей неделе, сообщили в его администрации.", []string{"UZ", "TR"}, nil},
		{"tr: case endings after an apostrophe", "tr", "Ziyaret açıklandı",
			"Özbekistan Cumhurbaşkanı ilk yurt dışı ziyaretini yarın Türkiye’ye yapacak. Özbekistan’daki seçimlerin ardından İstanbul’da görüşmeler yapacak.", []string{"UZ", "TR"}, nil},
		{"it: an elided preposition", "it", "Visita ufficiale",
			"Il presidente del Consiglio si è recato in visita ufficiale a Samarcanda per rafforzare i legami tra i popoli dell’Uzbekistan e dell’Italia.", []string{"UZ", "IT"}, nil},
		{"fr: an elided article", "fr", "Visite officielle",
			"Le président a salué l’amitié entre l’Ouzbékistan et l’Italie lors de sa visite à Samarcande.", []string{"UZ", "IT"}, nil},
	})
}

// TestCountriesDateline: the place of a dateline says where a story was
// filed; a wire desk in one capital reporting on another country does not
// make the story its own country's. A dateline that is the only place
// named still names the story's country.
func TestCountriesDateline(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"en: a Moscow desk on Kazakhstan", "en", "President vows to keep teaching in two languages",
			"MOSCOW, Sept 1 (Reuters) - Kazakhstan's president said on Monday that no one may hinder the use of the second official language in the country, speaking in his annual address.", []string{"KZ"}, nil},
		{"ru: московская лента о Казахстане", "ru", "Президент призвал цивилизованно подходить к языковому вопросу",
			"МОСКВА, 1 сентября. /ТАСС/. Президент Казахстана заявил, что нельзя препятствовать использованию второго официального языка в стране, выступая с ежегодным посланием.", []string{"KZ"}, nil},
		{"es: una agencia en Moscú sobre Kazajistán", "es", "El presidente promete mantener dos idiomas",
			"Moscú, 1 sep (EFE).- El presidente de Kazajistán afirmó este lunes que nadie puede impedir el uso del segundo idioma oficial del país, en su mensaje anual.", []string{"KZ"}, nil},
		{"en: a dateline alone names the country", "en", "Journalist jailed for six years",
			"ALMATY, Oct 3 (Reuters) - The head of the journalists' union was sentenced to six years in prison on Monday after a trial for embezzlement.", []string{"KZ"}, nil},
		{"ru: одна лишь датировка называет страну", "ru", "Журналиста приговорили к шести годам",
			"АЛМАТЫ, 3 октября. /ТАСС/. Главу союза журналистов приговорили к шести годам заключения за растрату.", []string{"KZ"}, nil},
	})
}

// TestCountriesRegionsAndTowns: a region or a town of the countries the
// corpus is most about names its country when no country word does, in
// Russian as a region's adjective («в Ошской области») and in English.
func TestCountriesRegionsAndTowns(t *testing.T) {
	a := shared()
	tests := []struct {
		name, lang, title, body string
		want                    []string
	}{
		{"ru: Ошская область", "ru", "В Ошской области прошли выборы в местные кенеши", "", []string{"KG"}},
		{"ru: Иссык-Кульская область", "ru", "В Иссык-Кульской области сошел сель", "", []string{"KG"}},
		{"ru: Джалал-Абадская область", "ru", "В Джалал-Абадской области столкнулись автобусы", "", []string{"KG"}},
		{"en: Chui region", "en", "Chui region hit by floods", "", []string{"KG"}},
		{"ru: Сурхандарьинская область", "ru", "В Сурхандарьинской области произошло землетрясение", "", []string{"UZ"}},
		{"ru: Чирчик", "ru", "В Чирчике запустили новый завод", "", []string{"UZ"}},
		{"en: Kashkadarya", "en", "Gas output rises in Kashkadarya", "", []string{"UZ"}},
		{"ru: Туркестанская область", "ru", "В Туркестанской области ввели режим ЧС из-за паводка", "", []string{"KZ"}},
		{"ru: Рудный", "ru", "В Рудном горняки вышли на забастовку", "", []string{"KZ"}},
		{"en: Konaev", "en", "Konaev to host new resort zone", "", []string{"KZ"}},
		{"ru: Исфара", "ru", "В Исфаре открыли новую школу", "", []string{"TJ"}},
		{"en: Isfara", "en", "Isfara residents rebuild after border clash", "", []string{"TJ"}},
		{"ru: Лебапский велаят", "ru", "В Лебапском велаяте собрали урожай хлопка", "", []string{"TM"}},
		{"en: Lebap", "en", "Cotton harvest ends in Lebap", "", []string{"TM"}},
		// Regions of Russia, Ukraine and Belarus by their adjectives, in
		// Russian and in Ukrainian.
		{"ru: Ростовская область", "ru", "В Ростовской области сбили беспилотники", "", []string{"RU"}},
		{"en: Rostov region", "en", "Drones downed over Rostov region", "", []string{"RU"}},
		{"uk: Бєлгородська область", "uk", "У Бєлгородській області пролунали вибухи", "", []string{"RU"}},
		{"ru: Сумская область", "ru", "В Сумской области обстреляли громады", "", []string{"UA"}},
		{"uk: Одеська область", "uk", "В Одеській області відновили світло", "", []string{"UA"}},
		{"uk: Гомельська область", "uk", "У Гомельській області пройшли навчання", "", []string{"BY"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Title: tt.title, Body: tt.body, Lang: tt.lang}).PrimaryCountries()
			if !primaryOK(got, tt.want, nil) {
				t.Errorf("primary = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestCountriesCapitalsInTheirLanguages: a capital names its country as
// each language writes it; a name several languages share (Berna) counts
// in each of them; Brussels stands for the European Union, not Belgium.
func TestCountriesCapitalsInTheirLanguages(t *testing.T) {
	runTitleCountries(t, []titleCountries{
		{"en: Warsaw", "en", "Warsaw recalls its ambassador", []string{"PL"}},
		{"ru: Варшава", "ru", "Варшава отозвала посла", []string{"PL"}},
		{"de: Warschau", "de", "Warschau ruft seinen Botschafter zurück", []string{"PL"}},
		{"fr: Varsovie", "fr", "Varsovie rappelle son ambassadeur", []string{"PL"}},
		{"pt: Varsóvia", "pt", "Varsóvia chama o seu embaixador", []string{"PL"}},
		{"es: París", "es", "París convoca al embajador", []string{"FR"}},
		{"es: Tokio", "es", "Tokio protesta por el lanzamiento", []string{"JP"}},
		{"tr: Kudüs with a case ending", "tr", "Kudüs'te gerginlik tırmanıyor", []string{"IL"}},
		{"tr: Tahran", "tr", "Tahran yaptırımlara tepki gösterdi", []string{"IR"}},
		{"it: Gerusalemme", "it", "Tensione a Gerusalemme", []string{"IL"}},
		{"es: Berna", "es", "Berna congela los fondos", []string{"CH"}},
		{"it: Berna", "it", "Berna congela i fondi", []string{"CH"}},
		{"pt: Berna", "pt", "Berna congela os fundos", []string{"CH"}},
		{"uk: у Відні", "uk", "Переговори у Відні відновилися", []string{"AT"}},
		{"uk: в Єрусалимі", "uk", "Напруга в Єрусалимі зростає", []string{"IL"}},
		{"en: Brussels is the EU", "en", "Brussels proposes new sanctions package", nil},
		{"ru: Брюссель is the EU", "ru", "Брюссель предложил новый пакет санкций", nil},
		{"fr: Bruxelles is the EU", "fr", "Bruxelles propose un nouveau paquet de sanctions", nil},
	})
}

// TestCountriesDemonymsInTheirLanguages: "the Georgian government" names
// Georgia in every language of the corpus, in the adjective's forms.
func TestCountriesDemonymsInTheirLanguages(t *testing.T) {
	runTitleCountries(t, []titleCountries{
		{"en: Georgian", "en", "The Georgian government suspends EU talks", []string{"GE"}},
		{"ru: грузинское", "ru", "Грузинское правительство приостановило переговоры с ЕС", []string{"GE"}},
		{"de: georgische", "de", "Die georgische Regierung setzt die EU-Gespräche aus", []string{"GE"}},
		{"fr: géorgien", "fr", "Le gouvernement géorgien suspend les négociations avec l'UE", []string{"GE"}},
		{"es: georgiano", "es", "El gobierno georgiano suspende las negociaciones con la UE", []string{"GE"}},
		{"pt: georgiano", "pt", "O governo georgiano suspende as negociações com a UE", []string{"GE"}},
		{"it: georgiano", "it", "Il governo georgiano sospende i negoziati con l'UE", []string{"GE"}},
		{"tr: Gürcü", "tr", "Gürcü hükümeti AB müzakerelerini askıya aldı", []string{"GE"}},
		{"uk: грузинський", "uk", "Грузинський уряд призупинив переговори з ЄС", []string{"GE"}},
		{"fr: arménienne, feminine", "fr", "La diplomatie arménienne proteste", []string{"AM"}},
		{"es: polaca, feminine", "es", "La policía polaca detiene a un espía", []string{"PL"}},
		{"pt: sul-coreana, hyphenated", "pt", "A proposta sul-coreana foi aceite", []string{"KR"}},
		{"it: ungheresi, plural", "it", "Gli elettori ungheresi alle urne", []string{"HU"}},
		{"uk: японського, genitive", "uk", "Прем'єр японського уряду подав у відставку", []string{"JP"}},
		{"en: Chinese people", "en", "Chinese tourists return", []string{"CN"}},
		{"ru: китайцы", "ru", "Китайцы возвращаются", []string{"CN"}},
		{"tr: Çinli, -li by vowel harmony", "tr", "Çinli turistler geri dönüyor", []string{"CN"}},
		{"tr: İranlılar, plural", "tr", "İranlılar sandık başında", []string{"IR"}},
		{"tr: Polonyalı", "tr", "Polonyalı çiftçiler protesto etti", []string{"PL"}},
		{"tr: Belaruslu", "tr", "Belaruslu muhalif tutuklandı", []string{"BY"}},
		{"tr: Özbekistanlı", "tr", "Özbekistanlı işçiler", []string{"UZ"}},
	})
}

// TestCountriesCitiesInTheirLanguages: a large city names its country as
// each language writes it, and Ukrainian news names Russia's border
// cities by their Ukrainian forms.
func TestCountriesCitiesInTheirLanguages(t *testing.T) {
	runTitleCountries(t, []titleCountries{
		{"en: St Petersburg", "en", "Floods hit St Petersburg", []string{"RU"}},
		{"ru: Санкт-Петербург", "ru", "Наводнение в Санкт-Петербурге", []string{"RU"}},
		{"es: San Petersburgo", "es", "Inundaciones en San Petersburgo", []string{"RU"}},
		{"it: San Pietroburgo", "it", "Alluvione a San Pietroburgo", []string{"RU"}},
		{"pt: São Petersburgo", "pt", "Cheias em São Petersburgo", []string{"RU"}},
		{"fr: Saint-Pétersbourg", "fr", "Inondations à Saint-Pétersbourg", []string{"RU"}},
		{"en: Belgorod", "en", "Drones strike Belgorod", []string{"RU"}},
		{"ru: Белгород", "ru", "Беспилотники атаковали Белгород", []string{"RU"}},
		{"uk: Бєлгороді", "uk", "У Бєлгороді пролунали вибухи", []string{"RU"}},
		{"de: Mailand", "de", "Modewoche in Mailand eröffnet", []string{"IT"}},
		{"pt: Nova Iorque", "pt", "Incêndio em Nova Iorque", []string{"US"}},
		{"es: Nueva York", "es", "Incendio en Nueva York", []string{"US"}},
		{"tr: Münih", "tr", "Münih'te güvenlik konferansı başladı", []string{"DE"}},
	})
}

// TestCountriesLeadersInTheirLanguages: a leader named in a headline names
// the country as each language spells him.
func TestCountriesLeadersInTheirLanguages(t *testing.T) {
	runTitleCountries(t, []titleCountries{
		{"en: Zelensky", "en", "Zelensky calls for air defence", []string{"UA"}},
		{"ru: Зеленский", "ru", "Зеленский призвал усилить ПВО", []string{"UA"}},
		{"de: Selenskyj", "de", "Selenskyj fordert mehr Luftabwehr", []string{"UA"}},
		{"es: Zelenski", "es", "Zelenski pide más defensa aérea", []string{"UA"}},
		{"en: Lukashenko", "en", "Lukashenko pardons prisoners", []string{"BY"}},
		{"de: Lukaschenko", "de", "Lukaschenko begnadigt Häftlinge", []string{"BY"}},
		{"fr: Loukachenko", "fr", "Loukachenko gracie des prisonniers", []string{"BY"}},
		{"tr: Lukaşenko", "tr", "Lukaşenko mahkumları affetti", []string{"BY"}},
		{"fr: Nétanyahou", "fr", "Nétanyahou limoge son ministre", []string{"IL"}},
		{"uk: Нетаньягу", "uk", "Нетаньягу звільнив міністра", []string{"IL"}},
		{"de: Paschinjan", "de", "Paschinjan kündigt Referendum an", []string{"AM"}},
		{"tr: Şi Cinping", "tr", "Şi Cinping Moskova'ya gidiyor", []string{"CN", "RU"}},
	})
}

// TestChoosePrimary pins the primary-country decision on scores alone: a
// second country is primary at primaryShare of the top score and at least
// primaryMin; a headline country or a party to talks is primary behind a
// dominant one; a lone country needs only loneMin; at most maxPrimary.
func TestChoosePrimary(t *testing.T) {
	type c struct {
		code  string
		score float64
		marks uint8
	}
	tests := []struct {
		name string
		in   []c
		want []string
	}{
		{"a second country at the share of the top", []c{{"KZ", 10, markOwn}, {"CN", 4, markOwn}}, []string{"KZ", "CN"}},
		{"a second country just below the share", []c{{"KZ", 10, markOwn}, {"CN", 3.9, markOwn}}, []string{"KZ"}},
		{"a second country above the share but named too little", []c{{"KZ", 2, markOwn}, {"CN", 0.9, markOwn}}, []string{"KZ"}},
		{"a headline country far behind", []c{{"RU", 10, markOwn}, {"KG", 1.5, markOwn | markTitle}}, []string{"RU", "KG"}},
		{"a headline country still needs the minimum", []c{{"RU", 10, markOwn}, {"KG", 0.75, markOwn | markTitle}}, []string{"RU"}},
		{"a party to talks named once", []c{{"RU", 10, markOwn}, {"KZ", 0.5, markOwn | markParty}}, []string{"RU", "KZ"}},
		{"a lone country named once", []c{{"UZ", 0.5, markOwn}}, []string{"UZ"}},
		{"a lone country named only in passing", []c{{"UZ", 0.4, markOwn}}, nil},
		{"at most three", []c{{"KZ", 3, markOwn}, {"KG", 3, markOwn}, {"TJ", 3, markOwn}, {"UZ", 3, markOwn}}, []string{"KZ", "KG", "TJ"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := make([]news.CountryScore, len(tt.in))
			ev := map[string]*countryEv{}
			for i, x := range tt.in {
				out[i] = news.CountryScore{Code: x.code, Score: x.score}
				ev[x.code] = &countryEv{score: x.score, marks: x.marks}
			}
			choosePrimary(out, ev)
			got := news.Analysis{Countries: out}.PrimaryCountries()
			if !slices.Equal(got, tt.want) {
				t.Errorf("primary = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestCountriesSecondPrimary: a second country the story is also about
// (named in the lead and again further on) is primary; one named once in
// passing further down is not, in every language.
func TestCountriesSecondPrimary(t *testing.T) {
	a := shared()
	tests := []struct {
		name, lang, title, body string
		want, notWant           []string
	}{
		{"en: two parties", "en", "Gas deal signed",
			"Kazakhstan and China signed a gas supply deal on Monday.\n" +
				"Kazakhstan will raise exports through the pipeline next year, the ministry said. China will pay in yuan.\n" +
				"Kazakhstan's output grew this year.",
			[]string{"KZ", "CN"}, nil},
		{"en: a country in passing", "en", "Gas output grows",
			"Kazakhstan raised gas output by a tenth this year, the ministry said.\n" +
				"Kazakhstan's new fields came on stream in spring. Kazakhstan plans two more next year.\n" +
				"Kazakhstan's gas also heats its cities. Part of the gas goes to China.",
			[]string{"KZ"}, []string{"CN"}},
		{"ru: two parties", "ru", "Подписан газовый контракт",
			"Казахстан и Китай подписали в понедельник контракт на поставки газа.\n" +
				"Казахстан увеличит экспорт по газопроводу в следующем году, сообщили в министерстве. Китай будет платить в юанях.\n" +
				"Добыча в Казахстане выросла в этом году.",
			[]string{"KZ", "CN"}, nil},
		{"ru: a country in passing", "ru", "Добыча газа растёт",
			"Казахстан увеличил добычу газа на десятую часть, сообщили в министерстве.\n" +
				"Новые месторождения Казахстана заработали весной. Казахстан планирует открыть ещё два.\n" +
				"Газом Казахстана отапливают города. Часть газа идёт в Китай.",
			[]string{"KZ"}, []string{"CN"}},
		{"uk: two parties", "uk", "Підписано газовий контракт",
			"Казахстан і Китай підписали в понеділок контракт на постачання газу.\n" +
				"Казахстан збільшить експорт газопроводом наступного року, повідомили в міністерстві. Китай платитиме в юанях.\n" +
				"Видобуток у Казахстані зріс цього року.",
			[]string{"KZ", "CN"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Title: tt.title, Body: tt.body, Lang: tt.lang}).PrimaryCountries()
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("primary = %v, want %s among them", got, w)
				}
			}
			for _, n := range tt.notWant {
				if slices.Contains(got, n) {
					t.Errorf("primary = %v, want no %s", got, n)
				}
			}
		})
	}
}

// TestCountriesHeadlessFirstSentence: a feed item without a title is read
// by its first sentence, so a country named there (past a dateline) stays
// primary as a headline's would, even when the body repeats another
// country far more; with a title the same body does not make it primary.
func TestCountriesHeadlessFirstSentence(t *testing.T) {
	a := shared()
	const (
		en = "Italy's prime minister arrived in Samarkand on Thursday for talks with the president of Uzbekistan.\n" +
			"Uzbekistan and its partners signed agreements on energy, Uzbekistan's ministry said. Uzbekistan will host a forum in May.\n" +
			"Uzbekistan's exports grew by a fifth this year. Uzbekistan plans new railways, and Uzbekistan's airports are being rebuilt.\n" +
			"Tashkent said Uzbekistan would open more markets."
		ru = "Премьер-министр Италии прибыла в четверг в Самарканд на переговоры с президентом Узбекистана.\n" +
			"Узбекистан и партнёры подписали соглашения по энергетике, сообщили в министерстве Узбекистана. Узбекистан примет форум в мае.\n" +
			"Экспорт Узбекистана вырос на пятую часть. Узбекистан строит новые железные дороги, а аэропорты Узбекистана перестраивают.\n" +
			"В Ташкенте сказали, что Узбекистан откроет новые рынки."
		it = "La premier d'Italia è arrivata giovedì a Samarcanda per colloqui con il presidente dell'Uzbekistan.\n" +
			"L'Uzbekistan e i partner hanno firmato accordi sull'energia, ha detto il ministero dell'Uzbekistan. L'Uzbekistan ospiterà un forum a maggio.\n" +
			"Le esportazioni dell'Uzbekistan sono cresciute di un quinto. L'Uzbekistan costruisce nuove ferrovie e gli aeroporti dell'Uzbekistan vengono rifatti.\n" +
			"A Tashkent hanno detto che l'Uzbekistan aprirà nuovi mercati."
		dateline = "MOSCOW, May 3 (Reuters) - Kazakhstan will raise gas exports next year, its ministry said.\n" +
			"Kazakhstan's output grew this year. Kazakhstan plans two new fields."
	)
	tests := []struct {
		name, lang, title, body string
		want, notWant           []string
	}{
		{"en: a guest in the first sentence", "en", "", en, []string{"UZ", "IT"}, nil},
		{"en: with a title, the body decides", "en", "Uzbekistan signs energy deals", en, []string{"UZ"}, []string{"IT"}},
		{"ru: a guest in the first sentence", "ru", "", ru, []string{"UZ", "IT"}, nil},
		{"ru: with a title, the body decides", "ru", "Узбекистан подписал соглашения по энергетике", ru, []string{"UZ"}, []string{"IT"}},
		{"it: a guest in the first sentence", "it", "", it, []string{"UZ", "IT"}, nil},
		{"en: a dateline's place is not the headline", "en", "", dateline, []string{"KZ"}, []string{"RU"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Title: tt.title, Body: tt.body, Lang: tt.lang}).PrimaryCountries()
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("primary = %v, want %s among them", got, w)
				}
			}
			for _, n := range tt.notWant {
				if slices.Contains(got, n) {
					t.Errorf("primary = %v, want no %s", got, n)
				}
			}
		})
	}
}

// titleCountries is a headline in a language and the primary countries it
// must name.
type titleCountries struct {
	name, lang, title string
	want              []string
}

func runTitleCountries(t *testing.T, tests []titleCountries) {
	t.Helper()
	a := shared()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Title: tt.title, Lang: tt.lang}).PrimaryCountries()
			if !primaryOK(got, tt.want, nil) {
				t.Errorf("primary = %v, want %v", got, tt.want)
			}
		})
	}
}

// articleCountries is an article in a language and the primary countries
// it must name (allow: others it may name too).
type articleCountries struct {
	name, lang, title, body string
	want, allow             []string
}

func runArticleCountries(t *testing.T, tests []articleCountries) {
	t.Helper()
	a := shared()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Title: tt.title, Body: tt.body, Lang: tt.lang}).PrimaryCountries()
			if !primaryOK(got, tt.want, tt.allow) {
				t.Errorf("primary = %v, want %v (allow %v)", got, tt.want, tt.allow)
			}
		})
	}
}

// TestCountriesGenitiveHeadline: a headline naming a country as the owner
// of its subject ("Iran's foreign minister", «глава МИД Ирана», "Irans
// Außenminister") keeps it primary beside the country the body is about;
// German writes that genitive without an apostrophe, for names, capitals
// and leaders alike, but not for feminine names (der Ukraine).
func TestCountriesGenitiveHeadline(t *testing.T) {
	const (
		en = "The minister arrived in Islamabad on Sunday. Pakistan's prime minister received him, and Pakistan's army chief joined the talks. Pakistan hopes to mediate, officials in Pakistan said."
		ru = "Министр прилетел в Исламабад в воскресенье. Премьер-министр Пакистана принял его, к переговорам присоединился глава армии Пакистана. Пакистан надеется стать посредником, заявили в Пакистане."
		de = "Der Minister traf am Sonntag in Islamabad ein. Pakistans Premierminister empfing ihn, Pakistans Armeechef nahm an den Gesprächen teil. Pakistan hofft zu vermitteln, hieß es in Pakistan."
	)
	runArticleCountries(t, []articleCountries{
		{"en: Iran's minister", "en", "Iran's foreign minister travels to Pakistan for talks", en, []string{"IR", "PK"}, nil},
		{"ru: глава МИД Ирана", "ru", "Глава МИД Ирана отправился на переговоры в Пакистан", ru, []string{"IR", "PK"}, nil},
		{"de: Irans Außenminister", "de", "Irans Außenminister reist zu Gesprächen nach Pakistan", de, []string{"IR", "PK"}, nil},
		{"de: Russlands Armee", "de", "Russlands Armee greift an", "", []string{"RU"}, nil},
		{"de: Moskaus Truppen", "de", "Moskaus Truppen ziehen ab", "", []string{"RU"}, nil},
		{"de: Putins Krieg", "de", "Putins Krieg geht weiter", "", []string{"RU"}, nil},
		{"de: Kasachstans Präsident", "de", "Kasachstans Präsident besucht Berlin", "", []string{"KZ", "DE"}, nil},
		{"de: der Ukraine takes no -s", "de", "Hilfe für die Ukraine", "", []string{"UA"}, nil},
	})
	a := shared()
	if got := a.Analyze(Input{Title: "Briefkastenfirmen auf den Cayman Islands", Lang: "de"}).PrimaryCountries(); slices.Contains(got, "IS") {
		t.Errorf("Cayman Islands: primary = %v, want no Iceland", got)
	}
	for _, w := range []string{"Ukraines", "Türkeis", "Belaruss"} {
		if got := a.Analyze(Input{Title: w + " Regierung tagt", Lang: "de"}).PrimaryCountries(); len(got) != 0 {
			t.Errorf("%s: primary = %v, want none (no such genitive)", w, got)
		}
	}
}

// TestCountriesCounterparts: a country the story's opening names as the
// other party of talks, a meeting, a visit or a relation between two stays
// primary beside the country the story is told from, however often that
// one is named; the same country named in the opening in passing does not.
func TestCountriesCounterparts(t *testing.T) {
	const (
		enTail = "\nKazakhstan's ministry said Kazakhstan would sign several agreements. Kazakhstan's exports grew this year, and Kazakhstan plans new railways.\nAstana said Kazakhstan would open more markets."
		ruTail = "\nВ министерстве Казахстана сообщили, что Казахстан подпишет ряд соглашений. Экспорт Казахстана вырос в этом году, Казахстан строит новые железные дороги.\nВ Астане сказали, что Казахстан откроет новые рынки."
		deTail = "\nKasachstans Ministerium sagte, Kasachstan werde mehrere Abkommen unterzeichnen. Kasachstan hat seine Exporte gesteigert und Kasachstan plant neue Bahnstrecken.\nIn Astana hieß es, Kasachstan werde neue Märkte öffnen."
	)
	runArticleCountries(t, []articleCountries{
		{"en: talks with the president of", "en", "Tokayev holds talks in Astana",
			"President Kassym-Jomart Tokayev held talks with the president of China in Astana on Monday." + enTail, []string{"KZ", "CN"}, nil},
		{"en: a visit to", "en", "Tokayev leaves for a state visit",
			"President Kassym-Jomart Tokayev left Astana on Monday for a state visit to China." + enTail, []string{"KZ", "CN"}, nil},
		{"en: welcomed", "en", "Tokayev hosts a guest in Astana",
			"President Kassym-Jomart Tokayev welcomed the president of China in Astana on Monday." + enTail, []string{"KZ", "CN"}, nil},
		{"en: between X and Y", "en", "Kazakhstan signs water accord",
			"An accord on water sharing between Kazakhstan and Kyrgyzstan was signed on Monday." + enTail, []string{"KZ", "KG"}, nil},
		{"en: named in passing", "en", "Tokayev opens a railway in Astana",
			"President Kassym-Jomart Tokayev opened a railway that will carry grain to China on Monday." + enTail, []string{"KZ"}, nil},
		{"ru: переговоры с президентом", "ru", "Токаев провёл переговоры в Астане",
			"Президент Касым-Жомарт Токаев провёл в понедельник в Астане переговоры с президентом Китая." + ruTail, []string{"KZ", "CN"}, nil},
		{"ru: визит в", "ru", "Токаев отправился с государственным визитом",
			"Президент Касым-Жомарт Токаев в понедельник отправился с государственным визитом в Китай." + ruTail, []string{"KZ", "CN"}, nil},
		{"ru: между X и Y", "ru", "Казахстан подписал соглашение о воде",
			"Соглашение о вододелении между Казахстаном и Кыргызстаном подписано в понедельник." + ruTail, []string{"KZ", "KG"}, nil},
		{"ru: встреча Токаева и Си Цзиньпина, the parties in the genitive", "ru", "Токаев провёл встречу в Астане",
			"В понедельник в Астане прошла встреча президента Казахстана Токаева и президента Китая." + ruTail, []string{"KZ", "CN"}, nil},
		{"en: talks with X and Y", "en", "Tokayev holds talks in Astana",
			"President Kassym-Jomart Tokayev held talks with Xi Jinping and the president of Mongolia in Astana." + enTail, []string{"KZ", "CN", "MN"}, nil},
		{"ru: another clause after the meeting word", "ru", "Токаев открыл форум в Астане",
			"Президент Касым-Жомарт Токаев открыл форум после встречи, Китай прислал делегацию." + ruTail, []string{"KZ"}, nil},
		{"ru: упомянута мимоходом", "ru", "Токаев открыл железную дорогу в Астане",
			"Президент Касым-Жомарт Токаев в понедельник открыл железную дорогу, по которой зерно пойдёт в Китай." + ruTail, []string{"KZ"}, nil},
		{"de: Gespräche mit dem Präsidenten", "de", "Tokajew führt Gespräche in Astana",
			"Präsident Kassym-Schomart Tokajew führte am Montag in Astana Gespräche mit dem Präsidenten Chinas." + deTail, []string{"KZ", "CN"}, nil},
		{"tr: X ile Y arasında", "tr", "Kazakistan su anlaşması imzaladı",
			"Kazakistan ile Kırgızistan arasında su paylaşımı anlaşması pazartesi imzalandı.\nKazakistan bakanlığı, Kazakistan'ın yeni anlaşmalar imzalayacağını söyledi. Kazakistan bu yıl ihracatını artırdı.\nAstana, Kazakistan'ın yeni pazarlar açacağını açıkladı.", []string{"KZ", "KG"}, nil},
		{"de: zwischen X und Y", "de", "Kasachstan unterzeichnet Wasserabkommen",
			"Ein Abkommen über die Wasserteilung zwischen Kasachstan und Kirgisistan wurde am Montag unterzeichnet." + deTail, []string{"KZ", "KG"}, nil},
	})
}

// TestCountriesExamples: a country given as an example or an addition
// ("such as China", "as well as China", «таких как Китай», «а также в
// Китай», "sowie China") is named in passing: it weighs half, so it is not
// primary beside the story's country unless named more.
func TestCountriesExamples(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"en: such as", "en", "Wheat exports rise", "Kazakhstan raised wheat exports this year to buyers such as China.", []string{"KZ"}, nil},
		{"en: as well as", "en", "Wheat exports rise", "Kazakhstan raised wheat exports this year, as well as China.", []string{"KZ"}, nil},
		{"en: including", "en", "Wheat exports rise", "Kazakhstan raised wheat exports to new buyers this year, including China.", []string{"KZ"}, nil},
		{"en: control: a plain second country", "en", "Wheat exports rise", "Kazakhstan raised wheat exports this year to China.", []string{"KZ", "CN"}, nil},
		{"ru: таким как", "ru", "Экспорт пшеницы растёт", "Казахстан увеличил экспорт пшеницы покупателям, таким как Китай.", []string{"KZ"}, nil},
		{"ru: в том числе", "ru", "Экспорт пшеницы растёт", "Казахстан увеличил экспорт пшеницы новым покупателям, в том числе в Китай.", []string{"KZ"}, nil},
		{"ru: а также", "ru", "Экспорт пшеницы растёт", "Казахстан увеличил экспорт пшеницы, а также Китай.", []string{"KZ"}, nil},
		{"ru: control: a plain second country", "ru", "Экспорт пшеницы растёт", "Казахстан увеличил экспорт пшеницы в Китай.", []string{"KZ", "CN"}, nil},
		{"de: sowie", "de", "Weizenexporte steigen", "Kasachstan hat seine Weizenexporte gesteigert, sowie China.", []string{"KZ"}, nil},
	})
}

// TestCountriesComparisons: the yardstick of a comparison is named in
// passing however the language makes it: "compared with", «по сравнению
// с», "mehr als", "plus que", "más que", "più di"; a comparative alone
// does not make the next "que" or "als" one.
func TestCountriesComparisons(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"en: compared with", "en", "Wheat harvest grows", "Kazakhstan harvested a fifth more wheat this year compared with Russia.", []string{"KZ"}, nil},
		{"en: than", "en", "Wheat harvest grows", "Kazakhstan harvested more wheat per hectare than Russia.", []string{"KZ"}, nil},
		{"ru: по сравнению с", "ru", "Урожай пшеницы вырос", "Казахстан собрал на пятую часть больше пшеницы по сравнению с Россией.", []string{"KZ"}, nil},
		{"ru: чем", "ru", "Урожай пшеницы вырос", "Казахстан собрал больше пшеницы с гектара, чем Россия.", []string{"KZ"}, nil},
		{"de: mehr als", "de", "Weizenernte wächst", "Kasachstan erntete mehr Weizen pro Hektar als Russland.", []string{"KZ"}, nil},
		{"fr: plus que", "fr", "La récolte de blé augmente", "Le Kazakhstan a récolté plus de blé par hectare que la Russie.", []string{"KZ"}, nil},
		{"es: más que", "es", "La cosecha de trigo crece", "Kazajistán cosechó más trigo por hectárea que Rusia.", []string{"KZ"}, nil},
		{"it: più di", "it", "Il raccolto di grano cresce", "Il Kazakistan ha raccolto più grano per ettaro di Russia.", []string{"KZ"}, nil},
		{"fr: control: que without a comparative", "fr", "Accord sur le blé", "Le Kazakhstan a annoncé que la Russie achètera son blé.", []string{"KZ", "RU"}, nil},
		{"de: control: als without a comparative", "de", "Weizenabkommen", "Kasachstan gilt als Partner, und Russland kauft seinen Weizen.", []string{"KZ", "RU"}, nil},
	})
}

// TestCountriesCounterpartDemonym: "his Chinese counterpart", «с китайским
// коллегой», "su homólogo chino" name the other party of talks, as "the
// Chinese side" does, wherever the story names them.
func TestCountriesCounterpartDemonym(t *testing.T) {
	const (
		en = "Kazakhstan's foreign minister opened a forum in Astana on Monday.\nKazakhstan will host investors from Kazakhstan and abroad. Kazakhstan's ministry said Kazakhstan's exports grew.\nThe minister later thanked his Chinese counterpart for the support."
		ru = "Министр иностранных дел Казахстана открыл в понедельник форум в Астане.\nКазахстан примет инвесторов, сообщили в министерстве Казахстана. Экспорт Казахстана вырос.\nПозже министр поблагодарил за поддержку своего китайского коллегу."
		es = "El canciller de Kazajistán inauguró el lunes un foro en Astaná.\nKazajistán recibirá a inversores, dijo el ministerio de Kazajistán. Las exportaciones de Kazajistán crecieron.\nMás tarde, el ministro agradeció el apoyo a su homólogo chino."
		pl = "Kazakhstan's foreign minister opened a forum in Astana on Monday.\nKazakhstan will host investors from Kazakhstan and abroad. Kazakhstan's ministry said Kazakhstan's exports grew.\nThe minister later thanked Chinese investors for the support."
	)
	runArticleCountries(t, []articleCountries{
		{"en: his Chinese counterpart", "en", "Minister opens investment forum", en, []string{"KZ", "CN"}, nil},
		{"ru: китайского коллегу", "ru", "Министр открыл инвестиционный форум", ru, []string{"KZ", "CN"}, nil},
		{"es: su homólogo chino", "es", "El ministro inaugura un foro de inversiones", es, []string{"KZ", "CN"}, nil},
		{"en: control: Chinese investors", "en", "Minister opens investment forum", pl, []string{"KZ"}, nil},
	})
}

// TestCountriesLeadersAndPeopleInTheirLanguages: leaders' names as Spanish
// writes them (a written stress, "j" for "kh"), the Taliban, second cities,
// parliaments and the people of often-named countries in each language.
func TestCountriesLeadersAndPeopleInTheirLanguages(t *testing.T) {
	runTitleCountries(t, []titleCountries{
		{"en: Mirziyoyev", "en", "Mirziyoyev visits the region", []string{"UZ"}},
		{"ru: Мирзиёев", "ru", "Мирзиёев посетил область", []string{"UZ"}},
		{"es: Mirziyóyev, a written stress", "es", "Mirziyóyev visita la región", []string{"UZ"}},
		{"es: Alíyev", "es", "Alíyev recibe al enviado", []string{"AZ"}},
		{"es: Berdimujamédov, j for h", "es", "Berdimujamédov inaugura una planta", []string{"TM"}},
		{"en: Toqayev, the Kazakh Latin spelling", "en", "Toqayev signs the decree", []string{"KZ"}},
		{"en: Jogorku Kenesh", "en", "Jogorku Kenesh passes the budget", []string{"KG"}},
		{"ru: Жогорку Кенеша", "ru", "Депутаты Жогорку Кенеша приняли бюджет", []string{"KG"}},
		{"ru: Олий Мажлиса", "ru", "Сенат Олий Мажлиса одобрил закон", []string{"UZ"}},
		{"fr: talibans", "fr", "Les talibans ferment les écoles", []string{"AF"}},
		{"it: talebani", "it", "I talebani chiudono le scuole", []string{"AF"}},
		{"uk: таліби", "uk", "Таліби закрили школи", []string{"AF"}},
		{"de: Osch", "de", "Unruhen in Osch", []string{"KG"}},
		{"tr: Buhara'da", "tr", "Buhara'da festival başladı", []string{"UZ"}},
		{"de: kanadisches", "de", "Kanadisches Start-up übernimmt Firma", []string{"CA"}},
		{"pt: canadiano", "pt", "Turista canadiano detido", []string{"CA"}},
		{"fr: australienne", "fr", "La police australienne enquête", []string{"AU"}},
		{"uk: мексиканські", "uk", "Мексиканські митники затримали вантаж", []string{"MX"}},
		{"uk: Анкарі, a capital declined as Ukrainian does", "uk", "Переговори в Анкарі", []string{"TR"}},
		{"uk: Варшави", "uk", "Заява Варшави", []string{"PL"}},
		{"ru: control: Анкаре", "ru", "Переговоры в Анкаре", []string{"TR"}},
		{"uk: Мелоні", "uk", "Мелоні прибула до Києва", []string{"IT", "UA"}},
		{"de: Lawrow, Russian names the German way", "de", "Lawrow droht dem Westen", []string{"RU"}},
		{"de: Sacharowa", "de", "Sacharowa kritisiert Berlin", []string{"RU", "DE"}},
		{"de: Kadyrow keeps y between consonants", "de", "Kadyrow droht Kritikern", []string{"RU"}},
		{"fr: Choïgou", "fr", "Choïgou inspecte les troupes", []string{"RU"}},
		{"fr: Prigojine", "fr", "La mort de Prigojine", []string{"RU"}},
		{"fr: Porochenko", "fr", "Porochenko quitte le pays", []string{"UA"}},
		{"tr: Şoygu", "tr", "Şoygu birlikleri denetledi", []string{"RU"}},
		{"tr: Zaharova", "tr", "Zaharova açıklama yaptı", []string{"RU"}},
		{"es: Navalni", "es", "La muerte de Navalni", []string{"RU"}},
		{"es: Zajárova, stress and j", "es", "Zajárova responde a Berlín", []string{"RU", "DE"}},
		{"es: Kadírov", "es", "Kadírov amenaza a los críticos", []string{"RU"}},
		{"en: control: Lavrov", "en", "Lavrov threatens the West", []string{"RU"}},
		{"ru: control: Лавров", "ru", "Лавров пригрозил Западу", []string{"RU"}},
		{"fr: La Havane", "fr", "Coupure de courant à La Havane", []string{"CU"}},
		{"es: Argel", "es", "Protestas en Argel", []string{"DZ"}},
		{"pt: Luanda", "pt", "Greve em Luanda", []string{"AO"}},
		{"ru: Сурхандарье, a region", "ru", "Паводок в Сурхандарье", []string{"UZ"}},
		{"ru: в Сумах is Sumy, not soums", "ru", "Взрывы в Сумах", []string{"UA"}},
		{"ru: control: сумов", "ru", "Узбекистан выпустит облигации на 1 трлн сумов", []string{"UZ"}},
		{"ru: драма is a drama, not the dram", "ru", "Семейная драма разыгралась в театре", nil},
		{"uk: драма", "uk", "Сімейна драма у театрі", nil},
		{"ru: control: драмов", "ru", "Цена выросла до 500 драмов", []string{"AM"}},
		{"en: control: drams", "en", "Prices rose to 500 drams", []string{"AM"}},
		{"en: Avaza, a resort", "en", "Forum opens in Avaza", []string{"TM"}},
		{"en: control: Canadian", "en", "Canadian tourist detained", []string{"CA"}},
		{"ru: control: канадский", "ru", "Задержан канадский турист", []string{"CA"}},
	})
}

// TestCountriesLeaderSurnames: a country name that is also the surname of
// another country's leader (Montenegro, Portugal's prime minister Luís
// Montenegro) is the person after the leader's first name, and alone it
// holds no headline; the country itself still counts where a story is
// about it.
func TestCountriesLeaderSurnames(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"pt: Luís Montenegro is Portugal", "pt", "",
			"O programa do Governo liderado por Luís Montenegro vai ser entregue no dia 10, revelou o presidente da Assembleia da República. Luís Montenegro entrega a lista de ministros ao Presidente da República.", []string{"PT"}, nil},
		{"pt: bare Montenegro greeted beside Portugal", "pt", "",
			"\"Parabéns, Montenegro, por ter tomado posse hoje como primeiro-ministro de Portugal\", escreveu a presidente da Comissão Europeia. O Governo do Montenegro é o terceiro com mais mulheres na história de Portugal, e Lisboa espera reforçar a cooperação com Portugal.", []string{"PT"}, nil},
		{"en: Luís Montenegro is Portugal", "en", "Luís Montenegro sworn in as prime minister",
			"Luís Montenegro took office on Tuesday and promised to cut taxes, the government in Lisbon said.", []string{"PT"}, nil},
		{"ru: Луиш Монтенегру is Portugal", "ru", "Луиш Монтенегру вступил в должность премьер-министра",
			"Луиш Монтенегру пообещал снизить налоги, сообщили в Лиссабоне.", []string{"PT"}, nil},
		{"en: Montenegro the country", "en", "Montenegro opens EU accession chapter",
			"Montenegro's parliament in Podgorica welcomed the decision of the European Council.", []string{"ME"}, nil},
		{"ru: Черногория the country", "ru", "Черногория открыла новую главу переговоров с ЕС",
			"Парламент Черногории приветствовал решение Европейского совета, сообщили в Подгорице.", []string{"ME"}, nil},
		{"pt: Montenegro the country in a match", "pt", "Portugal vence Montenegro por 2-0",
			"A seleção de Portugal venceu o Montenegro em Lisboa na qualificação para o Mundial.", []string{"PT", "ME"}, nil},
	})
}

// TestCountriesInstitutions: a story that names only a country's parliament,
// high court or seat of government is about that country, when no other
// country names its institution so; names several countries share (the
// Senate, «Сейм») decide nothing.
func TestCountriesInstitutions(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"en: Milli Majlis", "en", "Parliament adopts new media law",
			"The Milli Majlis adopted the law in the third reading on Tuesday, the speaker said.", []string{"AZ"}, nil},
		{"ru: Милли Меджлис", "ru", "Парламент принял новый закон о СМИ",
			"Милли Меджлис принял закон в третьем чтении во вторник, сообщил спикер.", []string{"AZ"}, nil},
		{"en: Mejlis", "en", "Deputies approve the budget",
			"The Mejlis approved next year's budget at its session on Friday.", []string{"TM"}, nil},
		{"ru: Меджлис", "ru", "Депутаты одобрили бюджет",
			"Меджлис одобрил бюджет на следующий год на заседании в пятницу.", []string{"TM"}, nil},
		{"ru: Маджлиси Оли", "ru", "Депутаты одобрили бюджет",
			"Депутаты Маджлиси Оли одобрили бюджет на следующий год.", []string{"TJ"}, nil},
		{"en: Lok Sabha", "en", "Opposition walks out",
			"Opposition members walked out of the Lok Sabha during the debate on the farm bill.", []string{"IN"}, nil},
		{"ru: Лок сабха", "ru", "Оппозиция покинула зал",
			"Депутаты оппозиции покинули зал Лок сабха во время обсуждения закона.", []string{"IN"}, nil},
		{"pt: Câmara dos Deputados", "pt", "",
			"A Câmara dos Deputados aprovou a urgência do projeto de lei na quarta-feira, com 311 votos favoráveis.", []string{"BR"}, nil},
		{"pt: a town council is no Brazil", "pt", "",
			"A Câmara Municipal de Lisboa aprovou o orçamento para o próximo ano na quarta-feira.", []string{"PT"}, nil},
		{"es: Congreso de los Diputados", "es", "",
			"El Congreso de los Diputados ha cerrado el periodo de sesiones con un amplio apoyo a varios proyectos sociales.", []string{"ES"}, nil},
		{"it: Montecitorio", "it", "",
			"La premier si sposterà al Senato per consegnare il testo appena svolto a Montecitorio.", []string{"IT"}, nil},
		{"de: BGH", "de", "BGH: Mehr Pflichten für Eigentümergemeinschaften",
			"Der BGH hat entschieden, dass Eigentümer marode Balkone sanieren müssen.", []string{"DE"}, nil},
		{"en: the Crimean Tatar Mejlis is no Turkmenistan", "en", "Court bans the Crimean Tatar Mejlis",
			"The court upheld the ban on the Mejlis of the Crimean Tatar People, its lawyers in Kyiv said.", []string{"UA"}, nil},
		{"ru: Меджлис крымскотатарского народа is no Turkmenistan", "ru", "Суд оставил в силе запрет",
			"Суд оставил в силе запрет Меджлиса крымскотатарского народа, сообщили адвокаты в Киеве.", []string{"UA"}, nil},
		{"en: a senate of no country", "en", "The Senate passed the bill",
			"Senators voted 60 to 40 in favour of the bill on Thursday.", nil, nil},
		{"ru: Сейм of several countries", "ru", "Сейм принял закон",
			"Депутаты сейма проголосовали за закон в четверг.", nil, nil},
	})
}

// TestCountriesSubdivisions: a story that names only a region of a country
// (ISO 3166-2 subdivisions: US and Indian states, German Länder, Russian and
// Ukrainian oblasts, in the forms of each language) is about the country;
// a person named like a region is not, and a name the gazetteer already
// has keeps its meaning.
func TestCountriesSubdivisions(t *testing.T) {
	runArticleCountries(t, []articleCountries{
		{"en: a US state alone", "en", "Idaho lieutenant governor issues mask mandate ban",
			"The lieutenant governor signed the order while the governor was out of state, officials in Boise said.", []string{"US"}, nil},
		{"en: an Indian state alone", "en", "Gurgaon metro extension cleared",
			"The Haryana government cleared the plan to extend the metro line, officials said on Monday.", []string{"IN"}, nil},
		{"en: Victoria Beckham is no Australia", "en", "Victoria Beckham opens new store",
			"Victoria Beckham opened a new shop on Monday, her spokeswoman said.", nil, nil},
		{"pt: Nuno Espírito Santo is no Brazil", "pt", "Nuno Espírito Santo com processo disciplinar",
			"O treinador Nuno Espírito Santo foi acusado pela federação, informou o clube.", nil, nil},
		{"en: Georgia keeps its meaning", "en", "Georgia votes in parliamentary election",
			"Voters in Tbilisi queued at polling stations on Saturday.", []string{"GE"}, nil},
		{"ru: an oblast of Ukraine in a case form", "ru", "Обстрел села",
			"В Харьковской области в результате обстрела пострадали три человека, сообщили спасатели.", []string{"UA"}, []string{"RU"}},
		{"uk: an oblast of Ukraine in Ukrainian", "uk", "Обстріл села",
			"У Харківській області внаслідок обстрілу постраждали троє людей, повідомили рятувальники.", []string{"UA"}, []string{"RU"}},
		{"uk: another oblast of Ukraine", "uk", "Нова школа",
			"У Тернопільській області відкрили нову школу, повідомила адміністрація.", []string{"UA"}, nil},
		{"de: a Land with an umlaut", "de", "Neue Regeln für Schulen",
			"In Thüringen gelten ab Montag neue Regeln für Schulen, teilte das Ministerium in Erfurt mit.", []string{"DE"}, nil},
		{"ru: an oblast of Russia", "ru", "Завод выпустит кемперы",
			"Автозавод в Ульяновской области начнет выпуск кемперов в следующем году.", []string{"RU"}, nil},
		{"ru: a US state in Russian", "ru", "Губернатор подписал указ",
			"Губернатор штата Айдахо подписал указ о запрете масок.", []string{"US"}, nil},
		{"de: a Land in German", "de", "Neue Regeln für Schulen",
			"In Niedersachsen gelten ab Montag neue Regeln für Schulen, teilte das Ministerium mit.", []string{"DE"}, nil},
		{"uk: a region noun made of an oblast (Харківщина)", "uk", "Обстріл громади",
			"На Харківщині внаслідок обстрілу постраждали двоє людей, повідомила обласна адміністрація.", []string{"UA"}, []string{"RU"}},
		{"uk: Донеччина", "uk", "Удар по шахтах",
			"Вибухи пролунали на Донеччині вночі, повідомили рятувальники.", []string{"UA"}, []string{"RU"}},
		{"ru: Брянщина is Russia", "ru", "Беспилотники над областью",
			"Над Брянщиной сбили два беспилотника, сообщил губернатор.", []string{"RU"}, []string{"UA"}},
		{"ru: Донетчина is Ukraine", "ru", "Обстрел шахты",
			"На Донетчине в результате обстрела пострадала шахта, сообщили спасатели.", []string{"UA"}, []string{"RU"}},
		{"ru: женщина is no region", "ru", "Женщина спасла собаку",
			"Женщина вытащила собаку из реки, рассказали очевидцы.", nil, nil},
		{"fr: a French region in French", "fr", "Tempête sur la côte",
			"La tempête a privé d'électricité des milliers de foyers en Bretagne, selon le gestionnaire du réseau.", []string{"FR"}, nil},
		{"it: an Italian region in Italian", "it", "Maltempo, allerta rossa",
			"In Lombardia e in Veneto la protezione civile ha diramato l'allerta rossa per le piogge.", []string{"IT"}, nil},
		{"tr: a Turkish province in Turkish", "tr", "Depremde hasar tespiti sürüyor",
			"Kahramanmaraş merkezli depremlerden etkilenen Hatay ve Malatya'da hasar tespit çalışmaları sürüyor.", []string{"TR"}, nil},
		{"es: a Spanish community in Spanish", "es", "Incendio forestal",
			"Un incendio forestal obligó a desalojar a cientos de vecinos en Galicia, informaron los bomberos.", []string{"ES"}, nil},
		{"en: a Turkish province's name in English text counts only in Turkish", "en", "Batman returns to cinemas",
			"The new Batman film opened in cinemas on Friday, the studio said.", nil, nil},
		{"ru: Виктория by her first name is no Australia", "ru", "Жительница Алматы открыла пекарню",
			"Виктория рассказала, что копила на оборудование три года.", []string{"KZ"}, nil},
		{"uk: Вікторія by her first name is no Australia", "uk", "Волонтерка відкрила пекарню",
			"Вікторія розповіла, що збирала на обладнання три роки.", nil, nil},
		{"ru: a lower-case adjective is no region", "ru", "Приморский бульвар закрыли на ремонт",
			"Бульвар закрыли на ремонт до конца лета.", nil, []string{"RU", "UA"}},
	})
}
