package analyze

import (
	"slices"
	"testing"

	"github.com/newsbot/newsbot/internal/news"
)

// TestTopicRules: wishes and idioms fire no topic, crime words inside a
// conflict story make no justice story, corridors, ports and railways are
// transport and pipelines energy; in English and Russian, and the other
// languages' terms count in text of their language only.
func TestTopicRules(t *testing.T) {
	a := shared()
	tests := []struct {
		name, lang, title, body string
		want, not               []news.Topic
	}{
		{"ru: пожелали здоровья is a greeting", "ru", "Токаев поздравил Мирзиёева с днем рождения",
			"Президент Казахстана поздравил коллегу с днем рождения и пожелал ему крепкого здоровья. Участники встречи пожелали здоровья всем ветеранам.",
			nil, []news.Topic{news.TopicHealth}},
		{"en: good health wishes are a greeting", "en", "Tokayev congratulates Mirziyoyev on his birthday",
			"The president congratulated his counterpart on his birthday and wished him good health and success. He wished the people of Uzbekistan health and prosperity.",
			nil, []news.Topic{news.TopicHealth}},
		{"ru: health news is still health", "ru", "В больницах Алматы не хватает врачей",
			"Минздрав сообщил, что в больницах города не хватает врачей, пациенты ждут приема неделями.",
			[]news.Topic{news.TopicHealth}, nil},
		{"en: a war story's killings are not a justice story", "en", "Drone strikes kill 12 in frontline town",
			"Russian drones and missiles struck the town overnight, killing 12 civilians in what Kyiv called a war crime. The murder of civilians is a crime, officials said, and the criminal attack was one of many war crimes. Troops on the front line reported shelling.",
			[]news.Topic{news.TopicSecurity}, []news.Topic{news.TopicJustice}},
		{"ru: убийство в военной сводке — не правосудие", "ru", "Ракетный удар по городу",
			"Ночью армия нанесла ракетный удар по городу, погибли 12 мирных жителей. В Киеве назвали обстрел военным преступлением и убийством мирных жителей, а преступники ответят за преступления, заявили там. Войска отразили атаку.",
			[]news.Topic{news.TopicSecurity}, []news.Topic{news.TopicJustice}},
		{"en: a court in a war story is still justice", "en", "Court jails soldier for war crimes",
			"A court in Kyiv sentenced a Russian soldier to life in prison for the murder of a civilian, the prosecutor said. The trial heard that troops shelled the village.",
			[]news.Topic{news.TopicJustice}, nil},
		{"ru: суд в военной истории — правосудие", "ru", "Суд приговорил военного к пожизненному сроку",
			"Суд в Киеве приговорил российского военного к пожизненному заключению за убийство мирного жителя, сообщила прокуратура.",
			[]news.Topic{news.TopicJustice}, nil},
		{"en: corridors and ports are transport", "en", "Kazakhstan and Azerbaijan expand the Middle Corridor",
			"Kazakhstan will build a dry port at Khorgos, and the Caspian ports of Aktau and Baku will handle more containers on the Middle Corridor.",
			[]news.Topic{news.TopicTransport}, nil},
		{"ru: коридоры и порты — транспорт", "ru", "Казахстан и Азербайджан расширят Средний коридор",
			"Казахстан построит сухой порт в Хоргосе, а порты Актау и Баку примут больше контейнеров в Среднем коридоре.",
			[]news.Topic{news.TopicTransport}, nil},
		{"en: pipelines are energy", "en", "New pipeline to carry Turkmen gas to China",
			"Turkmenistan and China agreed to build a fourth line of the gas pipeline, raising natural gas exports.",
			[]news.Topic{news.TopicEnergy}, nil},
		{"ru: трубопроводы — энергетика", "ru", "Новый газопровод понесет туркменский газ в Китай",
			"Туркменистан и Китай договорились построить четвертую нитку газопровода и увеличить экспорт природного газа.",
			[]news.Topic{news.TopicEnergy}, nil},
		{"en: trade war is economy, not security", "en", "US and China trade war deepens",
			"Tariffs on Chinese imports rose again as the trade war between the two economies deepened, investors said.",
			[]news.Topic{news.TopicEconomy}, []news.Topic{news.TopicSecurity}},
		{"ru: торговая война — экономика", "ru", "Торговая война США и Китая",
			"Пошлины на импорт из Китая снова выросли, торговая война между экономиками усилилась, сообщили инвесторы.",
			[]news.Topic{news.TopicEconomy}, []news.Topic{news.TopicSecurity}},
		// The other languages.
		{"de: Atomkraft is energy", "de", "Schweden: Atomkraft - ja, bitte",
			"Schwedens Regierung hält Atomkraft für unverzichtbar, um den Energiebedarf des Landes zu decken. Neue Reaktoren sollen entstehen.",
			[]news.Topic{news.TopicEnergy}, nil},
		{"pt: tribunal is justice", "pt", "Tribunal condena ex-ministro",
			"O tribunal condenou o ex-ministro a cinco anos de prisão por corrupção, informou o procurador.",
			[]news.Topic{news.TopicJustice}, nil},
		{"es: elecciones is politics", "es", "El gobierno convoca elecciones",
			"El presidente del gobierno anunció elecciones anticipadas tras la derrota en el parlamento.",
			[]news.Topic{news.TopicPolitics}, nil},
		{"uk: обстріл is security", "uk", "Обстріл Херсона",
			"Російська армія вчергове вдарила по Херсону, завдали авіаудару, працювали сили протиповітряної оборони.",
			[]news.Topic{news.TopicSecurity}, nil},
		{"en: a health minister's title in passing is no health story", "en", "Puigdemont's independence doubts caught on camera",
			"The ousted Catalan president sent messages to his former health minister Toni Comín, who was at an event in Leuven, a Spanish TV show revealed.",
			nil, []news.Topic{news.TopicHealth}},
		{"ru: должность министра здравоохранения мимоходом — не здоровье", "ru", "Пуигдемон признал поражение",
			"Бывший глава Каталонии отправил сообщения своему бывшему министру здравоохранения Тони Комину, который был на мероприятии в Лёвене, показало испанское телевидение.",
			nil, []news.Topic{news.TopicHealth}},
		{"en: a health minister on hospitals is still health", "en", "Hospitals short of doctors",
			"The health minister said hospitals in Almaty are short of doctors and patients wait for weeks.",
			[]news.Topic{news.TopicHealth}, nil},
		{"en: top secret files are security", "en", "Top secret government files found in secondhand shop",
			"Hundreds of classified documents, some marked top secret, were found in filing cabinets sold at a secondhand shop.",
			[]news.Topic{news.TopicSecurity}, nil},
		{"ru: совершенно секретные документы — безопасность", "ru", "Совершенно секретные документы нашли в комиссионном магазине",
			"Сотни секретных документов с грифом секретности нашли в шкафах, проданных в комиссионном магазине.",
			[]news.Topic{news.TopicSecurity}, nil},
		{"en: a minister condemns another state's threat", "en", "Minister condemns Russia's nuclear threat",
			"Australia's defence minister condemns Russia's latest nuclear threat and the rebuke from Canberra comes as allies pledge support to Ukraine.",
			[]news.Topic{news.TopicDiplomacy}, nil},
		{"ru: министр осудил угрозу другой страны", "ru", "Министр осудил ядерную угрозу России",
			"Министр обороны Австралии осудил ядерную угрозу России, союзники обещают Украине поддержку.",
			[]news.Topic{news.TopicDiplomacy}, nil},
		{"ru: как выспаться — здоровье", "ru", "Как спать в предновогоднюю ночь, чтобы бодрым встретить бой курантов",
			"Как в предновогоднюю ночь выстроить режим сна, чтобы встретить бой курантов не уставшим, а бодрым и энергичным?",
			[]news.Topic{news.TopicHealth}, nil},
		{"en: how to sleep is health", "en", "How to sleep on New Year's Eve and still greet midnight",
			"How to build a sleep routine on New Year's Eve so that you greet midnight rested and full of energy?",
			[]news.Topic{news.TopicHealth}, nil},
		{"en: plural noun phrases count (border guards clashed)", "en", "Kyrgyz and Tajik border guards clashed near Batken",
			"Kyrgyz and Tajik border guards clashed near Batken on Tuesday, officials in Bishkek and Dushanbe said.",
			[]news.Topic{news.TopicSecurity}, nil},
		{"ru: пограничники столкнулись — безопасность", "ru", "Кыргызские и таджикские пограничники столкнулись у Баткена",
			"Во вторник у Баткена произошло столкновение кыргызских и таджикских пограничников, сообщили в Бишкеке и Душанбе.",
			[]news.Topic{news.TopicSecurity}, nil},
		{"en: power plants is energy", "en", "Kazakhstan to build two coal power plants",
			"Kazakhstan will build two new power plants in the north by 2028, the government said.",
			[]news.Topic{news.TopicEnergy}, nil},
		{"en: meeting a counterpart is diplomacy", "en", "The Kazakh president met his Kyrgyz counterpart in Bishkek.",
			"The Kazakh president met his Kyrgyz counterpart in Bishkek.",
			[]news.Topic{news.TopicDiplomacy}, nil},
		{"ru: встретился с коллегой — дипломатия", "ru", "Президент Казахстана встретился с коллегой из Кыргызстана в Бишкеке.",
			"Президент Казахстана встретился с коллегой из Кыргызстана в Бишкеке.",
			[]news.Topic{news.TopicDiplomacy}, nil},
		{"uk: зустрівся з колегою — дипломатія", "uk", "Президент Казахстану зустрівся з колегою з Киргизстану в Бішкеку.",
			"Президент Казахстану зустрівся з колегою з Киргизстану в Бішкеку.",
			[]news.Topic{news.TopicDiplomacy}, nil},
		{"pt: visitou is diplomacy", "pt", "O presidente cazaque visitou Astana e Tashkent.",
			"O presidente cazaque visitou Astana e Tashkent.",
			[]news.Topic{news.TopicDiplomacy}, nil},
		{"fr: son homologue is diplomacy", "fr", "Le président kirghize a rencontré son homologue tadjik à Douchanbé.",
			"Le président kirghize a rencontré son homologue tadjik à Douchanbé.",
			[]news.Topic{news.TopicDiplomacy}, nil},
		{"es: visitó is diplomacy", "es", "El presidente kazajo visitó Turkmenistán y Asjabad.",
			"El presidente kazajo visitó Turkmenistán y Asjabad.",
			[]news.Topic{news.TopicDiplomacy}, nil},
		{"it: il suo omologo is diplomacy", "it", "Il presidente uzbeko ha incontrato il suo omologo kirghiso a Bishkek.",
			"Il presidente uzbeko ha incontrato il suo omologo kirghiso a Bishkek.",
			[]news.Topic{news.TopicDiplomacy}, nil},
		{"tr: mevkidaşı is diplomacy", "tr", "Kazak lider Tokayev, Özbek mevkidaşı ile Taşkent’te görüştü.",
			"Kazak lider Tokayev, Özbek mevkidaşı ile Taşkent’te görüştü.",
			[]news.Topic{news.TopicDiplomacy}, nil},
		{"de: Amtskollegen is diplomacy", "de", "Der kasachische Präsident traf seinen usbekischen Amtskollegen in Taschkent.",
			"Der kasachische Präsident traf seinen usbekischen Amtskollegen in Taschkent.",
			[]news.Topic{news.TopicDiplomacy}, nil},
		{"en: commemorating the war dead is society", "en", "Princess of Wales pays tribute to Anzac war dead",
			"She attended a service commemorating Australian and New Zealand troops who died in conflict.",
			[]news.Topic{news.TopicSociety}, nil},
		{"ru: почтить память погибших — общество", "ru", "Президент почтил память погибших в войне",
			"Президент принял участие в церемонии возложения цветов в день памяти погибших солдат.",
			[]news.Topic{news.TopicSociety}, nil},
		// Military words in all their Russian forms; "в связи с" ("in
		// connection with") is no communications word.
		{"ru: военные учения are security", "ru", "Учения у границы",
			"Военные провели учения у границы, военных перебросили на новые позиции.",
			[]news.Topic{news.TopicSecurity}, nil},
		{"en: military drills are security", "en", "Drills near the border",
			"The military held drills near the border, and troops were moved to new positions.",
			[]news.Topic{news.TopicSecurity}, nil},
		{"ru: в связи с is not technology", "ru", "Соболезнования коллеге",
			"Президент выразил соболезнования в связи с трагическим инцидентом и в связи с гибелью людей в области.",
			nil, []news.Topic{news.TopicTechnology}},
		{"en: the CSTO is a bloc, as NATO is", "en", "Tashkent stays out of the CSTO",
			"Uzbekistan again refused to join the CSTO, the Collective Security Treaty Organization, its foreign ministry said.",
			[]news.Topic{news.TopicDiplomacy}, nil},
		{"ru: ОДКБ is a bloc, as НАТО is", "ru", "Ташкент не вступит в ОДКБ",
			"Узбекистан вновь отказался вступать в ОДКБ, заявили в МИД республики.",
			[]news.Topic{news.TopicDiplomacy}, nil},
		{"ru: военные are security", "ru", "Военные остались дома",
			"Узбекистан не отправил своих военных в соседнюю страну, его военные остались дома.",
			[]news.Topic{news.TopicSecurity}, nil},
		// Censorship and a head of government are politics; a ceasefire
		// in German, French, Spanish and Italian is security.
		{"en: censorship protests are politics", "en", "Protests against censorship",
			"Artists lose their jobs and television shows the prime minister; many call it censorship and protest.",
			[]news.Topic{news.TopicPolitics}, nil},
		{"ru: протесты против цензуры — политика", "ru", "Протесты против цензуры",
			"Артисты теряют работу, а телевидение показывает премьера; многие называют это цензурой и протестуют.",
			[]news.Topic{news.TopicPolitics}, nil},
		{"de: Zensur and Premier are politics", "de", "Proteste gegen Zensur",
			"Künstler verlieren ihre Engagements, das Fernsehen zeigt Sendungen mit Premier Fico. Viele werten das als Zensur und protestieren.",
			[]news.Topic{news.TopicPolitics}, nil},
		{"en: a ceasefire is diplomacy", "en", "Ceasefire extended",
			"The ceasefire was extended by three weeks, the mediators said.",
			[]news.Topic{news.TopicDiplomacy}, nil},
		{"de: a Waffenruhe is diplomacy, as a ceasefire is", "de", "Waffenruhe verlängert",
			"Die Waffenruhe wurde um drei Wochen verlängert, teilten die Vermittler mit.",
			[]news.Topic{news.TopicDiplomacy}, nil},
		{"de: an occupation is security", "de", "Besatzung dauert an",
			"Die Besatzung des Südens dauert an, die Armee hält Teile des Landes besetzt.",
			[]news.Topic{news.TopicSecurity}, nil},
		// "cargo" in Portuguese and Spanish is an office after an article,
		// and resigning it is politics.
		{"pt: renunciou ao cargo is politics, not transport", "pt", "Presidente renuncia",
			"O Presidente renunciou ao cargo na terça-feira, após 30 anos no poder, e o parlamento aprovou a proposta.",
			[]news.Topic{news.TopicPolitics}, []news.Topic{news.TopicTransport}},
		{"es: renunció al cargo is politics, not transport", "es", "Renuncia el presidente",
			"El presidente renunció al cargo tras permanecer 30 años en el poder, y su sucesor asumió el cargo.",
			[]news.Topic{news.TopicPolitics}, []news.Topic{news.TopicTransport}},
		{"en: cargo is still transport in English", "en", "Cargo ship docks",
			"The cargo ship docked at the port with containers of cargo after a week at sea.",
			[]news.Topic{news.TopicTransport}, nil},
		// A list of fields of cooperation names each field in passing; a
		// list of one topic's words still counts.
		{"ru: перечень сфер сотрудничества", "ru", "Президенты провели телефонный разговор",
			"Президенты Узбекистана и Казахстана провели телефонный разговор и обсудили двусторонние отношения. Отмечена важность совместных проектов в области торговли, промышленности, транспорта и логистики, туризма.",
			[]news.Topic{news.TopicDiplomacy}, []news.Topic{news.TopicTransport}},
		{"en: a list of fields of cooperation", "en", "Presidents hold phone call",
			"The presidents of Uzbekistan and Kazakhstan held a phone call and discussed bilateral relations. They stressed joint projects in trade, industry, transport and logistics, and tourism.",
			[]news.Topic{news.TopicDiplomacy}, []news.Topic{news.TopicTransport}},
		{"en: a list of one topic's words counts", "en", "Power cuts hit the capital",
			"Oil, gas and electricity supplies to the capital were cut on Monday, the energy ministry said, and blackouts hit the city.",
			[]news.Topic{news.TopicEnergy}, nil},
		{"ru: перечень слов одной темы считается", "ru", "Столица без света",
			"Поставки нефти, газа и электроэнергии в столицу прервались в понедельник, сообщили в министерстве энергетики.",
			[]news.Topic{news.TopicEnergy}, nil},
		// Trade and industry in all their Russian forms; a minister's
		// portfolio names his office, not the story's field.
		{"ru: торговля и промышленность — экономика", "ru", "Товарооборот вырос",
			"Торговля между странами выросла на треть, а промышленность нарастила выпуск, сообщили в правительстве.",
			[]news.Topic{news.TopicEconomy}, nil},
		{"ru: министр промышленности учит казахский", "ru", "Министр учит казахский язык",
			"Министр промышленности и строительства ответил на брифинге, изучает ли он казахский язык. Министр сказал, что ходит на уроки пять раз в неделю.",
			nil, []news.Topic{news.TopicEconomy}},
		{"en: the industry minister learns Kazakh", "en", "Minister learns Kazakh",
			"The minister of industry and construction told a briefing that he studies the Kazakh language. The minister said he takes lessons five times a week.",
			nil, []news.Topic{news.TopicEconomy}},
		// Talks and a strategic partnership in Italian as in English and
		// Russian.
		{"en: foreign ministers' talks are diplomacy", "en", "Ministers meet",
			"The foreign ministers of the two countries met for talks and signed a strategic partnership agreement.",
			[]news.Topic{news.TopicDiplomacy}, nil},
		{"ru: переговоры министров иностранных дел — дипломатия", "ru", "Министры встретились",
			"Министры иностранных дел двух стран провели переговоры и подписали соглашение о стратегическом партнерстве.",
			[]news.Topic{news.TopicDiplomacy}, nil},
		{"it: colloqui e partenariato strategico are diplomacy", "it", "Incontro dei ministri",
			"I ministri degli esteri dei due paesi si sono incontrati per colloqui e hanno firmato un accordo di partenariato strategico.",
			[]news.Topic{news.TopicDiplomacy}, nil},
		{"en: a German word in English text fires nothing", "en", "Gericht and Krieg",
			"The words gericht, krieg and wahlen appear in this English sentence as foreign words only.",
			nil, []news.Topic{news.TopicJustice, news.TopicSecurity, news.TopicPolitics}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Title: tt.title, Body: tt.body, Lang: tt.lang}).TopicSlugs()
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("topics = %v, want %s among them", got, w)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(got, n) {
					t.Errorf("topics = %v, want no %s", got, n)
				}
			}
		})
	}
}

// TestTopicRulesScenesAndTitles: a car, a truck, a plane or an airport that
// sets the scene of a story makes no transport story; the title "president"
// or "minister" said again and again of the same leaders makes no politics
// story; a phone call between leaders is diplomacy; the Nobel Peace Prize is
// no culture prize; farming is economy and natural-gas supplies energy.
func TestTopicRulesScenesAndTitles(t *testing.T) {
	a := shared()
	tests := []struct {
		name, lang, title, body string
		want, not               []news.Topic
	}{
		{"en: a truck at a border shooting is no transport story", "en", "Tajik border guards fire at Kyrgyz truck",
			"Tajik border guards opened fire on a truck driven by a Kyrgyz citizen on the road along the border, the border service said. The driver stopped his car to fetch water when three soldiers got into the vehicle.",
			[]news.Topic{news.TopicSecurity}, []news.Topic{news.TopicTransport}},
		{"ru: грузовик на границе — не транспорт", "ru", "Таджикские пограничники обстреляли грузовик кыргызстанца",
			"Таджикские пограничники открыли огонь по грузовику, которым управлял кыргызстанец, на автодороге вдоль границы, сообщили в погранслужбе. Водитель остановил машину, чтобы набрать воды, когда к нему подошли трое военнослужащих.",
			[]news.Topic{news.TopicSecurity}, []news.Topic{news.TopicTransport}},
		{"tr: uçaktan açıklama is no transport story", "tr", "Cumhurbaşkanı uçakta gazetecilerin sorularını yanıtladı",
			"Cumhurbaşkanı, uçakta gazetecilerin sorularını yanıtladı ve Rusya ile Ukrayna arasındaki müzakere ve ateşkes çabalarını değerlendirdi.",
			nil, []news.Topic{news.TopicTransport}},
		{"en: railways and flights are still transport", "en", "Kazakhstan opens new rail freight route to China",
			"Kazakhstan Railways opened a new freight route to China on Monday; trucks and cars will also use the new border crossing, and flights to Urumqi resume.",
			[]news.Topic{news.TopicTransport}, nil},
		{"ru: железная дорога и рейсы — транспорт", "ru", "Казахстан открыл новый железнодорожный маршрут в Китай",
			"Казахстанские железные дороги открыли новый грузовой маршрут в Китай, по новому переходу пойдут и грузовики, а рейсы в Урумчи возобновятся.",
			[]news.Topic{news.TopicTransport}, nil},
		{"en: a leaders' phone call is diplomacy, not politics", "en", "Putin and Mirziyoyev hold phone call",
			"President Vladimir Putin held a phone call with the President of Uzbekistan Shavkat Mirziyoyev. The presidents discussed bilateral relations and trade, the Kremlin said. The Russian president congratulated the Uzbek president on his birthday.",
			[]news.Topic{news.TopicDiplomacy}, []news.Topic{news.TopicPolitics}},
		{"ru: телефонный разговор президентов — дипломатия", "ru", "Путин и Мирзиёев провели телефонный разговор",
			"Президент России Владимир Путин провел телефонный разговор с президентом Узбекистана Шавкатом Мирзиёевым. Президенты обсудили двусторонние отношения и торговлю, сообщили в Кремле. Президент России поздравил президента Узбекистана с днем рождения.",
			[]news.Topic{news.TopicDiplomacy}, []news.Topic{news.TopicPolitics}},
		{"en: an election is still politics", "en", "President calls snap election",
			"The president called a snap presidential election for November, and the opposition said it would field a candidate. Parliament will vote on the date.",
			[]news.Topic{news.TopicPolitics}, nil},
		{"en: the Nobel Peace Prize is no culture prize", "en", "Mirziyoyev says Trump deserves the Nobel Peace Prize",
			"Uzbek President Shavkat Mirziyoyev told US President Donald Trump at their meeting that he deserved the Nobel Peace Prize for ending conflicts, the presidents' talks were broadcast live.",
			nil, []news.Topic{news.TopicCulture}},
		{"ru: Нобелевская премия мира — не культура", "ru", "Мирзиёев назвал Трампа достойным Нобелевской премии мира",
			"Президент Узбекистана на встрече с президентом США сказал, что тот достоин Нобелевской премии мира за урегулирование конфликтов.",
			nil, []news.Topic{news.TopicCulture}},
		{"es: a drought cutting the wheat harvest is economy", "es", "La sequía reduce la cosecha de trigo",
			"La falta de lluvias reduce la siembra de trigo y la cosecha será una de las peores de los últimos años, con pérdidas para los productores.",
			[]news.Topic{news.TopicEconomy}, nil},
		{"en: a drought cutting the wheat harvest is economy", "en", "Drought cuts wheat harvest",
			"A lack of rain cut the wheat harvest to its lowest in seven years, and farmers expect losses as grain exports fall.",
			[]news.Topic{news.TopicEconomy}, nil},
		{"ru: засуха и урожай пшеницы — экономика", "ru", "Засуха сократила урожай пшеницы",
			"Из-за засухи урожай пшеницы стал худшим за семь лет, фермеры ждут убытков, экспорт зерна сократится.",
			[]news.Topic{news.TopicEconomy}, nil},
		{"ru: поставки природного газа — энергетика", "ru", "Китай стал главным покупателем туркменского газа",
			"Основным потребителем туркменского природного газа стал Китай, куда поставляется около 40 миллиардов кубометров в год.",
			[]news.Topic{news.TopicEnergy}, nil},
		{"ru: «поэтому» — не поэт", "ru", "Казахстан не признает независимость ДНР и ЛНР",
			"Напряжение растет, поэтому Казахстан призывает к дипломатическим усилиям, заявил министр иностранных дел. Поэтому посольство в Киеве продолжает работу.",
			[]news.Topic{news.TopicDiplomacy}, []news.Topic{news.TopicCulture}},
		{"ru: «вклад в урегулирование» — не вклад в банке", "ru", "Мирзиёев отметил вклад Трампа в урегулирование конфликтов",
			"Президент Узбекистана на переговорах отметил личный вклад президента США в урегулирование конфликтов и его вклад в мир.",
			[]news.Topic{news.TopicDiplomacy}, []news.Topic{news.TopicEconomy}},
		{"ru: Роман — имя, «картина» и «игроки» — фигуры речи", "ru", "Роман Скляр о транзите через Казахстан",
			"Первый вице-премьер Роман Скляр описал картину грузовых перевозок: ключевые игроки рынка перевозок везут грузы из Китая через Казахстан по железной дороге.",
			[]news.Topic{news.TopicTransport}, []news.Topic{news.TopicCulture, news.TopicSport}},
		{"en: policy goals and key players are no sport", "en", "Kazakhstan sets freight goals",
			"Kazakhstan's goals are to double rail freight by 2030, the deputy prime minister said, calling the country a key player in transit between China and Europe and a champion of the Middle Corridor.",
			[]news.Topic{news.TopicTransport}, []news.Topic{news.TopicSport}},
		{"en: a goal in a football match is still sport", "en", "Kairat win the cup",
			"Kairat scored the winning goal in the cup final, and the player of the match was their young striker.",
			[]news.Topic{news.TopicSport}, nil},
		{"en: gun smuggling is justice, not migration", "en", "Gun-smuggling case in border town",
			"Prosecutors charged two men with gun smuggling across the border; the court will hear the smuggling case next month.",
			[]news.Topic{news.TopicJustice}, []news.Topic{news.TopicMigration}},
		{"ru: гуманитарная катастрофа в военной сводке — не стихийное бедствие", "ru", "Обстрелы продолжаются",
			"Войска продолжили обстрел города, военные сообщили о новых атаках беспилотников; в ООН предупредили о гуманитарной катастрофе.",
			[]news.Topic{news.TopicSecurity}, []news.Topic{news.TopicDisasters}},
		{"en: a war's dead and evacuations are no disasters story", "en", "Shelling kills civilians in border town",
			"Artillery shelling by troops killed five civilians and injured a dozen; victims were evacuated as the army reported new attacks and drone strikes.",
			[]news.Topic{news.TopicSecurity}, []news.Topic{news.TopicDisasters}},
		{"ru: погибшие и эвакуация в военной сводке — не бедствие", "ru", "Обстрел приграничного села",
			"В результате обстрела войсками погибли пять мирных жителей, пострадавших эвакуировали; армия сообщила о новых атаках беспилотников.",
			[]news.Topic{news.TopicSecurity}, []news.Topic{news.TopicDisasters}},
		{"ru: погибшие при землетрясении — бедствие", "ru", "Землетрясение в Турции",
			"При землетрясении погибли более 200 человек, пострадавших эвакуировали, спасатели разбирают завалы.",
			[]news.Topic{news.TopicDisasters}, nil},
		{"ru: «власти сообщили» — не политика", "ru", "В Бишкеке открыли новую школу",
			"Власти города открыли новую школу на 1200 учеников, сообщили в управлении образования; власти обещают еще две школы к осени, а жители района довольны.",
			nil, []news.Topic{news.TopicPolitics}},
		{"en: children vaccinated are a health story, not society", "en", "Uzbekistan vaccinates children against measles",
			"Doctors vaccinated 3.3 million children against measles and rubella, the health ministry said; children under five and their families were covered.",
			[]news.Topic{news.TopicHealth}, []news.Topic{news.TopicSociety}},
		{"ru: дети в прививочной кампании — здоровье, не общество", "ru", "В Узбекистане привили детей от кори",
			"Медики привили от кори и краснухи более трех миллионов детей в возрасте до пяти лет, сообщили в Минздраве; дети из семей мигрантов тоже получили вакцину.",
			[]news.Topic{news.TopicHealth}, []news.Topic{news.TopicSociety}},
		{"ru: дети и школа — общество", "ru", "В Бишкеке не хватает мест в школах",
			"Детям из новых районов не хватает мест в школах, родители и учителя просят построить еще две школы.",
			[]news.Topic{news.TopicSociety}, nil},
		{"en: a fine in tenge is no economy story", "en", "Journalist fined over article",
			"A court in Almaty fined journalist Zhamila Maricheva 73,840 tenge ($167) for distributing false information; another journalist was charged with slander and later acquitted.",
			[]news.Topic{news.TopicJustice}, []news.Topic{news.TopicEconomy}},
		{"ru: штраф в тенге — не экономика", "ru", "Журналистку оштрафовали за статью",
			"Суд в Алматы оштрафовал журналистку на 73 840 тенге (167 долларов) за распространение ложной информации, сообщил ее адвокат.",
			[]news.Topic{news.TopicJustice}, []news.Topic{news.TopicEconomy}},
		{"ru: курс тенге и нацбанк — экономика", "ru", "Тенге ослаб к доллару",
			"Курс тенге к доллару снизился на бирже, Нацбанк сохранил базовую ставку, а инфляция замедлилась.",
			[]news.Topic{news.TopicEconomy}, nil},
		{"pt: a leader infected with coronavirus is health", "pt", "Líder anuncia estar infetado",
			"O último teste ao coronavírus feito ao antigo presidente deu resultado positivo, mas não há motivo para preocupação.",
			[]news.Topic{news.TopicHealth}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Title: tt.title, Body: tt.body, Lang: tt.lang}).TopicSlugs()
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("topics %v, want %s", got, w)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(got, n) {
					t.Errorf("topics %v, must not hold %s", got, n)
				}
			}
		})
	}
}

// TestTopicWordOfSeveralTopics: a word or phrase listed under several
// topics counts for each of them, not only for the first listing it: a
// ceasefire is security and diplomacy, in English and Russian alike.
func TestTopicWordOfSeveralTopics(t *testing.T) {
	a := shared()
	tests := []struct {
		name, lang, title, body string
		term                    string // the phrase that must count for every topic of want
		want                    []news.Topic
	}{
		{"en: a ceasefire", "en", "Armenia and Azerbaijan agree a ceasefire",
			"Armenia and Azerbaijan agreed a ceasefire on Tuesday after two days of fighting. The ceasefire took effect at midnight, officials said.",
			"ceasefire", []news.Topic{news.TopicSecurity, news.TopicDiplomacy}},
		{"en: a cease-fire, hyphenated", "en", "Sides agree a cease-fire",
			"The two sides agreed a cease-fire on Tuesday. The cease-fire took effect at midnight, officials said, and both promised to keep it.",
			"cease-fire", []news.Topic{news.TopicSecurity, news.TopicDiplomacy}},
		{"en: a truce", "en", "Sides agree a truce",
			"The two sides agreed a truce on Tuesday. The truce took effect at midnight, officials said, and both promised to keep it.",
			"truce", []news.Topic{news.TopicSecurity, news.TopicDiplomacy}},
		{"ru: перемирие", "ru", "Армения и Азербайджан договорились о перемирии",
			"Армения и Азербайджан договорились о перемирии во вторник после двух дней боев. Перемирие вступило в силу в полночь, сообщили официальные лица.",
			"перемири~", []news.Topic{news.TopicSecurity, news.TopicDiplomacy}},
		{"ru: прекращение огня", "ru", "Стороны договорились о прекращении огня",
			"Стороны договорились о прекращении огня во вторник. Режим прекращения огня вступил в силу в полночь, сообщили официальные лица.",
			"прекращении огня", []news.Topic{news.TopicSecurity, news.TopicDiplomacy}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an, ex := a.Explain(Input{Title: tt.title, Body: tt.body, Lang: tt.lang})
			got := an.TopicSlugs()
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("topics %v, want %s", got, w)
				}
				found := false
				for _, et := range ex.Topics {
					if et.Topic != w {
						continue
					}
					for _, term := range et.Terms {
						found = found || term.Term == tt.term
					}
				}
				if !found {
					t.Errorf("%q does not count for %s: %+v", tt.term, w, ex.Topics)
				}
			}
		})
	}
}

// TestTopicWordOfSeveralTopicsInItsSense: a word listed under several
// topics counts for each, so the lists keep a word out of a topic where it
// is another word or only sets the scene: military exercises (учения) are
// not scientists (учёные), a missile is no space rocket, a bomb's explosion
// makes no disaster inside a conflict story, and a Spanish or Italian party
// (partido, partito) is no match without a sport term. A gas explosion with
// rescuers is still a disaster, and a football match still sport.
func TestTopicWordOfSeveralTopicsInItsSense(t *testing.T) {
	a := shared()
	tests := []struct {
		name, lang, title, body string
		want, not               []news.Topic
	}{
		{"ru: военные учения — не наука", "ru", "Учения на полигоне",
			"На полигоне под Ошем начались учения. Учения продлятся три дня, в учениях участвуют резервисты.",
			[]news.Topic{news.TopicSecurity}, []news.Topic{news.TopicTechnology}},
		{"en: military exercises are no science", "en", "Military exercises at the range",
			"Military exercises began at the range near Osh. The military exercises will last three days, and reservists take part in the military drills.",
			[]news.Topic{news.TopicSecurity}, []news.Topic{news.TopicTechnology}},
		{"ru: ракеты в военной сводке — не космос", "ru", "Ракеты над городом",
			"Над городом пролетели две ракеты. Ракеты упали в поле, по данным очевидцев.",
			[]news.Topic{news.TopicSecurity}, []news.Topic{news.TopicTechnology}},
		{"en: missiles in a war report are no space story", "en", "Missiles over the city",
			"Two missiles flew over the city. The missiles fell in a field, according to data from witnesses.",
			[]news.Topic{news.TopicSecurity}, []news.Topic{news.TopicTechnology}},
		{"ru: ракета со спутником — технологии", "ru", "Ракета вывела спутник на орбиту",
			"Ракета стартовала с космодрома и вывела на орбиту спутник связи, сообщили в космическом агентстве.",
			[]news.Topic{news.TopicTechnology}, nil},
		{"en: a bomb's explosion is no disaster", "en", "Explosion at market",
			"An explosion hit a market on Monday. Police said the explosion was caused by a bomb.",
			[]news.Topic{news.TopicSecurity}, []news.Topic{news.TopicDisasters}},
		{"ru: взрыв бомбы — не бедствие", "ru", "Взрыв на рынке",
			"На рынке прогремел взрыв. Полиция сообщила, что взрыв вызвала бомба.",
			[]news.Topic{news.TopicSecurity}, []news.Topic{news.TopicDisasters}},
		{"en: a gas explosion with rescuers is a disaster", "en", "Gas explosion destroys apartment block",
			"A gas explosion destroyed an apartment block overnight; rescuers pulled eight people from the rubble, and the emergency ministry said the collapse killed three.",
			[]news.Topic{news.TopicDisasters}, nil},
		{"ru: взрыв газа со спасателями — бедствие", "ru", "Взрыв газа разрушил дом",
			"Взрыв газа ночью разрушил жилой дом; спасатели достали из-под завалов восемь человек, в МЧС сообщили об обрушении подъезда.",
			[]news.Topic{news.TopicDisasters}, nil},
		{"es: a ruling party is no match", "es", "El partido gobernante",
			"El partido gobernante presentó su programa; el partido celebrará un congreso en mayo.",
			[]news.Topic{news.TopicPolitics}, []news.Topic{news.TopicSport}},
		{"it: a party is no match", "it", "Il partito di governo",
			"Il partito di governo ha presentato il programma; il partito terrà un congresso a maggio.",
			[]news.Topic{news.TopicPolitics}, []news.Topic{news.TopicSport}},
		{"es: a football match is sport", "es", "El Kairat gana el partido",
			"El Kairat ganó el partido de fútbol por dos goles a uno; el entrenador elogió al equipo tras el partido de liga.",
			[]news.Topic{news.TopicSport}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Title: tt.title, Body: tt.body, Lang: tt.lang}).TopicSlugs()
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("topics %v, want %s", got, w)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(got, n) {
					t.Errorf("topics %v, must not hold %s", got, n)
				}
			}
		})
	}
}
