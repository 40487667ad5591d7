package analyze

import (
	"slices"
	"testing"

	"github.com/newsbot/newsbot/internal/news"
)

// topicCase is one named case of the topic tables below: the topics the
// article must and must not get.
type topicCase struct {
	name, lang, title, body string
	want, not               []news.Topic
}

func runTopicCases(t *testing.T, tests []topicCase) {
	t.Helper()
	a := shared()
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

// TestTopicPlaceSetsTheScene: a place after a locative preposition ("at a
// market", «на рынке», "taken to hospital") is where a story happens, not
// what it is about: it counts for its topic only beside a firm term of
// that topic. The place as the subject (the market fell) still counts.
func TestTopicPlaceSetsTheScene(t *testing.T) {
	runTopicCases(t, []topicCase{
		{"en: an explosion at a market is no economy story", "en", "Explosion at a market in Kabul kills five",
			"An explosion at a crowded market in Kabul killed five people on Friday, police said. The blast tore through stalls at the market at midday; a bomb had been hidden in a cart.",
			[]news.Topic{news.TopicSecurity}, []news.Topic{news.TopicEconomy}},
		{"ru: взрыв на рынке — не экономика", "ru", "Взрыв на рынке в Кабуле",
			"На центральном рынке Кабула прогремел взрыв, погибли пять человек, сообщила полиция. Бомба была спрятана в тележке, взрыв произошел на рынке в полдень.",
			[]news.Topic{news.TopicSecurity}, []news.Topic{news.TopicEconomy}},
		{"en: a shooting at a shopping centre is no economy story", "en", "Gunman opens fire at shopping centre",
			"A gunman opened fire at a shopping centre in the capital, killing three people before police shot him. The attack at the shopping mall came a week after a bomb threat.",
			nil, []news.Topic{news.TopicEconomy}},
		{"ru: стрельба в торговом центре — не экономика", "ru", "Стрельба в торговом центре",
			"Вооруженный мужчина открыл стрельбу в торговом центре столицы, погибли три человека. Нападение в торговом комплексе произошло через неделю после угрозы взрыва.",
			nil, []news.Topic{news.TopicEconomy}},
		{"uk: вибух на ринку — не економіка", "uk", "Вибух на ринку в Херсоні",
			"Російська армія вдарила по Херсону, вибух пролунав на ринку, загинули троє людей. Обстріл ринку тривав годину, працювала протиповітряна оборона.",
			[]news.Topic{news.TopicSecurity}, []news.Topic{news.TopicEconomy}},
		{"en: the injured taken to hospital make no health story", "en", "Bus overturns near Osh",
			"A bus carrying 30 passengers overturned on the highway near Osh; nine were taken to hospital, the emergency ministry said. The driver lost control of the bus on the icy road.",
			[]news.Topic{news.TopicTransport}, []news.Topic{news.TopicHealth}},
		{"ru: пострадавшие в больнице — не здоровье", "ru", "Под Ошем опрокинулся автобус",
			"На трассе под Ошем опрокинулся автобус с 30 пассажирами, девять человек доставлены в больницу, сообщили в МЧС. Водитель не справился с управлением автобусом на скользкой дороге.",
			[]news.Topic{news.TopicTransport}, []news.Topic{news.TopicHealth}},
		// The place as the subject still counts.
		{"en: the market as the subject is economy", "en", "Stock market falls",
			"The stock market fell for a third day as investors sold shares, and the market lost 4 percent in a week.",
			[]news.Topic{news.TopicEconomy}, nil},
		{"ru: рынок как предмет — экономика", "ru", "Рынок жилья растет",
			"Рынок жилья в Алматы вырос на 12 процентов, цены на рынке продолжают расти, сообщили аналитики.",
			[]news.Topic{news.TopicEconomy}, nil},
		{"en: a place with its topic's words still counts", "en", "Prices at the bazaar soar",
			"Prices at the Osh bazaar soared this week: traders at the market say inflation and the weaker currency push the price of flour up.",
			[]news.Topic{news.TopicEconomy}, nil},
		{"ru: цены на рынке — экономика", "ru", "Цены на рынке выросли",
			"На рынке Ош в Бишкеке выросли цены на муку, продавцы говорят об инфляции и слабом курсе валюты.",
			[]news.Topic{news.TopicEconomy}, nil},
		{"ru: «первый на земле стадион» — стадион как предмет", "ru", "В Англии построят первый на земле стадион из дерева",
			"В Англии построят первый на земле стадион из дерева для футбольного клуба, стадион спроектировала известная компания.",
			[]news.Topic{news.TopicSport}, nil},
		{"ru: матч на новом стадионе — спорт со сценой", "ru", "Взрыв у стадиона",
			"Взрыв прогремел у нового стадиона, полиция оцепила район; на новом стадионе в тот вечер никого не было, сообщили военные.",
			nil, []news.Topic{news.TopicSport}},
		{"ru: эвакуация с вокзала — не транспорт", "ru", "В Орске эвакуировали людей с железнодорожного вокзала",
			"Полиция эвакуировала людей с железнодорожного вокзала после сообщения о бомбе; кинологи проверили залы ожидания, взрывчатку не нашли.",
			nil, []news.Topic{news.TopicTransport}},
		{"ru: героин в автомобиле — не транспорт", "ru", "Двое перевозили героин в автомобиле",
			"Полиция задержала двух мужчин, которые перевозили героин в автомобиле; в машине нашли два килограмма, возбуждено уголовное дело.",
			[]news.Topic{news.TopicJustice}, []news.Topic{news.TopicTransport}},
		{"en: a car crash on the highway is still transport", "en", "Cars collide on the highway",
			"Three cars collided on the highway near Almaty, and traffic was stopped for hours, the road police said.",
			[]news.Topic{news.TopicTransport}, nil},
		{"en: hospitals short of doctors are health", "en", "Doctors leave hospitals",
			"Doctors in hospitals across the region are quitting over low pay, and patients in hospital wait for days.",
			[]news.Topic{news.TopicHealth}, nil},
	})
}

// TestTopicPolysemousWordsAlone: a reporting phrase («по данным»,
// "according to data") and a word of several senses («связь»,
// "launch") do not decide a topic alone; a weapon is security and a
// space launch technology.
func TestTopicPolysemousWordsAlone(t *testing.T) {
	runTopicCases(t, []topicCase{
		{"ru: «по данным» и «связь» в ракетной сводке — не технологии", "ru", "Ракетный удар по Одессе",
			"По данным украинских властей, ракета попала в жилой дом; связь с районом была потеряна. По данным военных, ПВО сбила две ракеты, связь восстановили к утру.",
			[]news.Topic{news.TopicSecurity}, []news.Topic{news.TopicTechnology}},
		{"en: according to data, communications in a missile story are no technology", "en", "Missile strike on Odesa",
			"According to data from Ukrainian officials, a missile hit a residential building. According to data from the military, air defences shot down two missiles overnight.",
			[]news.Topic{news.TopicSecurity}, []news.Topic{news.TopicTechnology}},
		{"en: a rocket attack is security, not technology", "en", "Rocket attack on Kharkiv",
			"A rocket attack hit Kharkiv overnight. Rocket attacks on the city have grown since the spring, and the army said a missile launch from Belgorod was spotted before the strike.",
			[]news.Topic{news.TopicSecurity}, []news.Topic{news.TopicTechnology}},
		{"en: a missile launch is security, not technology", "en", "North Korea fires ballistic missile",
			"North Korea fired a ballistic missile into the sea on Tuesday. Japan condemned the missile launch, the third this month, and its troops were put on alert.",
			[]news.Topic{news.TopicSecurity}, []news.Topic{news.TopicTechnology}},
		{"ru: пуск ракеты — безопасность, не технологии", "ru", "КНДР запустила баллистическую ракету",
			"КНДР во вторник произвела пуск баллистической ракеты в сторону моря. Япония осудила пуск ракеты, третий за месяц, войска приведены в готовность.",
			[]news.Topic{news.TopicSecurity}, []news.Topic{news.TopicTechnology}},
		{"en: a rocket launching a satellite is technology", "en", "Rocket puts satellite in orbit",
			"A rocket launched from the Baikonur cosmodrome put a communications satellite into orbit, the space agency said.",
			[]news.Topic{news.TopicTechnology}, nil},
		{"ru: ракета-носитель со спутником — технологии", "ru", "Ракета-носитель вывела спутник на орбиту",
			"Ракета-носитель стартовала с космодрома Байконур и вывела на орбиту спутник связи, сообщили в Роскосмосе.",
			[]news.Topic{news.TopicTechnology}, nil},
		{"ru: мобильная связь и интернет — технологии", "ru", "Операторы мобильной связи повысят тарифы на интернет",
			"Операторы мобильной связи повысят цены на мобильный интернет, данные абонентов будут храниться дольше, сообщили в министерстве цифрового развития.",
			[]news.Topic{news.TopicTechnology}, nil},
		{"en: a data breach is technology", "en", "Data breach at telecom",
			"Hackers stole data of two million customers in a data breach at the telecom operator, which said its software was patched.",
			[]news.Topic{news.TopicTechnology}, nil},
		{"pt: «ia» is a verb, not AI", "pt", "Coreia do Norte reabre canal",
			"A Coreia do Norte anunciou que ia reabrir o canal de comunicação com o Sul, que ia ser usado pelos militares.",
			nil, []news.Topic{news.TopicTechnology}},
		{"pt: IA is still AI beside technology", "pt", "Empresas apostam em IA",
			"As empresas de tecnologia apostam na IA e na inteligência artificial generativa, e o software de IA chega aos computadores.",
			[]news.Topic{news.TopicTechnology}, nil},
		{"ru: «не смог» — не смог над городом", "ru", "Певец не смог победить в финале шоу",
			"Певец не смог победить в суперфинале шоу, он смог лишь занять второе место, но не смог сдержать слез.",
			nil, []news.Topic{news.TopicEnvironment}},
		{"ru: смог над Бишкеком — экология", "ru", "Бишкек накрыл смог",
			"Смог накрыл Бишкек, загрязнение воздуха превысило норму в пять раз, экологи призывают ограничить выбросы.",
			[]news.Topic{news.TopicEnvironment}, nil},
	})
}

// TestTopicGreetingsAndIdioms: a wish fires no topic, whoever it names
// ("wished him health", «пожелал ему здоровья», «всего наилучшего»), nor
// does an idiom: the health of the economy, a person's energy, a climate
// of trust or of investment, a fish stock.
func TestTopicGreetingsAndIdioms(t *testing.T) {
	runTopicCases(t, []topicCase{
		{"ru: пожелал ему здоровья — поздравление", "ru", "Путин поздравил Токаева с днем рождения",
			"Президент России поздравил коллегу с днем рождения, пожелал ему здоровья и успехов. Он пожелал всем жителям Казахстана мира и здоровья.",
			nil, []news.Topic{news.TopicHealth}},
		{"ru: всего наилучшего и здоровья — поздравление", "ru", "Поздравление с юбилеем",
			"Всего наилучшего, здоровья вам и вашим близким, говорится в поздравлении президента ветерану.",
			nil, []news.Topic{news.TopicHealth}},
		{"en: wished him health — a greeting", "en", "Putin congratulates Tokayev on his birthday",
			"The Russian president congratulated his counterpart on his birthday and wished him health and every success. He wished everyone in Kazakhstan peace and health.",
			nil, []news.Topic{news.TopicHealth}},
		{"en: in good health is an idiom", "en", "Kremlin says president is in good health",
			"The president is in good health and will travel to Astana next week, his spokesman said.",
			nil, []news.Topic{news.TopicHealth}},
		{"en: wishing to cooperate on health care is health", "en", "Ministers agree on health care",
			"Uzbekistan wishes to expand cooperation in health care: the health ministers agreed on hospitals and vaccines.",
			[]news.Topic{news.TopicHealth}, nil},
		{"en: the health of the economy is economy", "en", "Central bank on the health of the economy",
			"The central bank said the health of the economy depends on inflation; economic health improved as growth picked up.",
			[]news.Topic{news.TopicEconomy}, []news.Topic{news.TopicHealth}},
		{"ru: здоровье экономики — экономика", "ru", "Нацбанк о здоровье экономики",
			"Нацбанк заявил, что здоровье экономики зависит от инфляции, а финансовое здоровье банков улучшилось.",
			[]news.Topic{news.TopicEconomy}, []news.Topic{news.TopicHealth}},
		{"en: a person's energy is no energy story", "en", "The new coach is full of energy",
			"The new coach is full of energy, and his energy lifted the team before the cup final; he brought positive energy to the club.",
			[]news.Topic{news.TopicSport}, []news.Topic{news.TopicEnergy}},
		{"ru: полон энергии — не энергетика", "ru", "Новый тренер полон энергии",
			"Новый тренер полон энергии, его жизненная энергия вдохновила команду перед финалом кубка, а болельщики почувствовали положительную энергию.",
			[]news.Topic{news.TopicSport}, []news.Topic{news.TopicEnergy}},
		{"en: the investment climate is economy, not environment", "en", "Kazakhstan improves investment climate",
			"Kazakhstan will improve its investment climate and the business climate for foreign investors, the government said, cutting taxes for companies.",
			[]news.Topic{news.TopicEconomy}, []news.Topic{news.TopicEnvironment}},
		{"ru: инвестиционный климат — экономика, не экология", "ru", "Казахстан улучшит инвестиционный климат",
			"Казахстан улучшит инвестиционный климат и деловой климат для иностранных инвесторов, снизив налоги для компаний, заявили в правительстве.",
			[]news.Topic{news.TopicEconomy}, []news.Topic{news.TopicEnvironment}},
		{"ru: климат доверия на переговорах — не экология", "ru", "Переговоры в Душанбе",
			"Министры иностранных дел провели переговоры, отметив климат доверия между странами; атмосфера встречи была дружеской.",
			[]news.Topic{news.TopicDiplomacy}, []news.Topic{news.TopicEnvironment}},
		{"en: climate change is still environment", "en", "Glaciers melt as climate warms",
			"Climate change is melting Central Asia's glaciers, and emissions keep rising, scientists warned.",
			[]news.Topic{news.TopicEnvironment}, nil},
		{"en: an energy-rich country is no energy story", "en", "Turkmenistan bans alcohol before the games",
			"Energy-rich Turkmenistan has banned the sale of alcohol before the Asian Games, and oil-rich Kazakhstan may follow, officials said; shops in Ashgabat were closed.",
			nil, []news.Topic{news.TopicEnergy}},
		{"en: fish stocks are environment, not economy", "en", "Fish stocks collapse in the Aral Sea",
			"Fish stocks in the Aral Sea collapsed as pollution and drought spread; the fish stock may not recover, ecologists said.",
			[]news.Topic{news.TopicEnvironment}, []news.Topic{news.TopicEconomy}},
	})
}

// TestTopicCrimeWordsInAConflictInEveryLanguage: a crime word alone (war
// crimes, murder) makes no justice story inside a conflict story, in the
// other languages of the corpus as in English and Russian; a court does.
func TestTopicCrimeWordsInAConflictInEveryLanguage(t *testing.T) {
	runTopicCases(t, []topicCase{
		{"uk: воєнні злочини у воєнному зведенні — не правосуддя", "uk", "Ракетний удар по Харкову",
			"Російська армія завдала ракетного удару по Харкову, загинули 12 людей. У Києві назвали обстріл воєнним злочином і вбивством цивільних, злочини армії не залишаться без відповіді. Протиповітряна оборона збила дві ракети.",
			[]news.Topic{news.TopicSecurity}, []news.Topic{news.TopicJustice}},
		{"de: Kriegsverbrechen im Kriegsbericht sind keine Justiz", "de", "Raketenangriff auf Charkiw",
			"Die russische Armee griff Charkiw mit Raketen an, zwölf Menschen starben. Kiew nannte den Angriff ein Kriegsverbrechen und Mord an Zivilisten; die Truppen wehrten weitere Angriffe ab, Drohnen und Raketen wurden abgeschossen.",
			[]news.Topic{news.TopicSecurity}, []news.Topic{news.TopicJustice}},
		{"fr: crimes de guerre dans un récit de guerre — pas la justice", "fr", "Frappe de missiles sur Kharkiv",
			"L'armée russe a frappé Kharkiv avec des missiles, tuant douze personnes. Kiev dénonce des crimes de guerre et le meurtre de civils; les troupes ont repoussé une nouvelle attaque de drones.",
			[]news.Topic{news.TopicSecurity}, []news.Topic{news.TopicJustice}},
		{"es: crímenes de guerra en un parte de guerra — no es justicia", "es", "Ataque con misiles contra Járkov",
			"El ejército ruso atacó Járkov con misiles y mató a doce personas. Kiev denunció crímenes de guerra y el asesinato de civiles; las tropas rechazaron un nuevo ataque con drones.",
			[]news.Topic{news.TopicSecurity}, []news.Topic{news.TopicJustice}},
		{"uk: суд над військовим — правосуддя", "uk", "Суд засудив російського військового",
			"Суд у Києві засудив російського військового до довічного ув'язнення за вбивство цивільного, повідомила прокуратура. Воєнний злочин розслідували слідчі.",
			[]news.Topic{news.TopicJustice}, nil},
		{"de: ein Gericht im Kriegsbericht ist Justiz", "de", "Gericht verurteilt Soldaten wegen Kriegsverbrechen",
			"Ein Gericht in Kiew hat einen russischen Soldaten wegen Kriegsverbrechen zu lebenslanger Haft verurteilt, teilte die Staatsanwaltschaft mit. Der Richter sprach von Mord.",
			[]news.Topic{news.TopicJustice}, nil},
	})
}

// TestTopicTransportAndEnergyInEveryLanguage: corridors, ports and
// railways are transport and pipelines energy in the other languages too;
// a humanitarian corridor is no trade route, and a door (porta), an island
// state (Puerto Rico) or wearing a mask (port du masque) no port.
func TestTopicTransportAndEnergyInEveryLanguage(t *testing.T) {
	runTopicCases(t, []topicCase{
		{"de: Korridor, Hafen und Bahn sind Verkehr", "de", "Kasachstan baut den Mittleren Korridor aus",
			"Kasachstan baut einen neuen Hafen am Kaspischen Meer; die Eisenbahn und der Korridor nach Europa sollen mehr Güterzüge aufnehmen.",
			[]news.Topic{news.TopicTransport}, nil},
		{"tr: koridor, liman ve demiryolu ulaşımdır", "tr", "Orta Koridor genişliyor",
			"Kazakistan Hazar kıyısında yeni bir liman inşa ediyor; demiryolu ve Orta Koridor daha fazla yük taşıyacak.",
			[]news.Topic{news.TopicTransport}, nil},
		{"uk: коридор, порт і залізниця — транспорт", "uk", "Казахстан розширює Середній коридор",
			"Казахстан будує новий порт на Каспії, залізниця і коридор до Європи прийматимуть більше вантажів.",
			[]news.Topic{news.TopicTransport}, nil},
		{"de: eine Pipeline ist Energie", "de", "Neue Pipeline für Gas nach China",
			"Turkmenistan und China bauen eine vierte Pipeline, die Erdgas nach China bringen soll.",
			[]news.Topic{news.TopicEnergy}, nil},
		{"tr: boru hattı enerjidir", "tr", "Çin'e yeni doğalgaz boru hattı",
			"Türkmenistan ve Çin, doğalgaz taşıyacak dördüncü boru hattını inşa edecek.",
			[]news.Topic{news.TopicEnergy}, nil},
		{"uk: газопровід — енергетика", "uk", "Новий газопровід до Китаю",
			"Туркменістан і Китай збудують четверту нитку газопроводу для експорту газу.",
			[]news.Topic{news.TopicEnergy}, nil},
		{"uk: гуманітарний коридор — не транспорт", "uk", "Гуманітарний коридор з Маріуполя",
			"Сторони домовилися про гуманітарний коридор для евакуації цивільних, обстріл міста тривав, військові повідомили про атаки.",
			nil, []news.Topic{news.TopicTransport}},
		{"es: un corredor humanitario no es transporte", "es", "Corredor humanitario en Gaza",
			"Las partes acordaron un corredor humanitario para evacuar a civiles mientras el ejército seguía el ataque y la guerra continuaba.",
			nil, []news.Topic{news.TopicTransport}},
		{"it: una porta non è un porto", "it", "La porta della cattedrale restaurata",
			"La porta della cattedrale è stata restaurata; le porte di bronzo tornano a splendere, e la strada porta in piazza.",
			nil, []news.Topic{news.TopicTransport}},
		{"it: un porto è trasporto", "it", "Nuovo porto sul Caspio",
			"Il Kazakistan costruisce un nuovo porto sul Caspio; i porti e la ferrovia porteranno più merci verso l'Europa.",
			[]news.Topic{news.TopicTransport}, nil},
		{"fr: le port du masque n'est pas un port", "fr", "Le port du masque redevient obligatoire",
			"Le port du masque redevient obligatoire dans les hôpitaux face à l'épidémie de grippe, annonce le ministère de la santé.",
			[]news.Topic{news.TopicHealth}, []news.Topic{news.TopicTransport}},
		{"es: Puerto Rico no es un puerto", "es", "Puerto Rico vota",
			"Puerto Rico celebra elecciones el domingo; los partidos de Puerto Rico cierran la campaña electoral.",
			[]news.Topic{news.TopicPolitics}, []news.Topic{news.TopicTransport}},
	})
}

// TestTopicCeasefireInEveryLanguage: a ceasefire is news of security as
// well as of diplomacy in every language of the corpus, as in English.
func TestTopicCeasefireInEveryLanguage(t *testing.T) {
	runTopicCases(t, []topicCase{
		{"de: Waffenruhe", "de", "Waffenruhe im Libanon",
			"Die Waffenruhe im Libanon hält seit einer Woche. Nach der Waffenruhe kehren die Menschen zurück.",
			[]news.Topic{news.TopicSecurity, news.TopicDiplomacy}, nil},
		{"fr: cessez-le-feu", "fr", "Cessez-le-feu au Liban",
			"Le cessez-le-feu au Liban tient depuis une semaine. Après le cessez-le-feu, les habitants rentrent chez eux.",
			[]news.Topic{news.TopicSecurity, news.TopicDiplomacy}, nil},
		{"es: alto el fuego", "es", "Alto el fuego en el Líbano",
			"El alto el fuego en el Líbano se mantiene desde hace una semana. Tras el alto el fuego, los vecinos regresan.",
			[]news.Topic{news.TopicSecurity, news.TopicDiplomacy}, nil},
		{"uk: перемир'я", "uk", "Перемир'я в Лівані",
			"Перемир'я в Лівані триває тиждень. Після перемир'я люди повертаються додому.",
			[]news.Topic{news.TopicSecurity, news.TopicDiplomacy}, nil},
		{"tr: ateşkes", "tr", "Lübnan'da ateşkes",
			"Lübnan'da ateşkes bir haftadır sürüyor. Ateşkesin ardından insanlar evlerine dönüyor.",
			[]news.Topic{news.TopicSecurity, news.TopicDiplomacy}, nil},
	})
}

// TestTopicWordsInOtherSenses: words that name a topic in one sense and
// something else in another — a landslide victory, a disaster for a
// budget, a heroine, the signing (заключение) of an agreement, a record
// book, a party with guests, a time of holidays — and words of one corpus
// language that are other words in another (French coup, court and car,
// Spanish mayor) count only in their topic's sense.
func TestTopicWordsInOtherSenses(t *testing.T) {
	runTopicCases(t, []topicCase{
		{"en: a landslide victory is politics, not a disaster", "en", "Modi's landslide victory",
			"Prime Minister Narendra Modi's landslide victory in the general election gives his party a large majority in parliament.",
			[]news.Topic{news.TopicPolitics}, []news.Topic{news.TopicDisasters}},
		{"en: a disaster for the budget is no disaster story", "en", "Mini-budget was a disaster, says economist",
			"The mini-budget was a disaster for the pound, an economist said; the chancellor's tax cuts pushed borrowing costs up.",
			[]news.Topic{news.TopicEconomy}, []news.Topic{news.TopicDisasters}},
		{"en: a natural disaster is still a disaster", "en", "Natural disaster declared after floods",
			"The government declared a natural disaster in three provinces; rescuers evacuated villages in the disaster zone.",
			[]news.Topic{news.TopicDisasters}, nil},
		{"en: a shooting at a party is no politics story", "en", "Activist shot at a party",
			"The activist was shot in the head at a party in south London early on Sunday and is in critical condition; police said no arrests had been made.",
			nil, []news.Topic{news.TopicPolitics}},
		{"en: a ruling party is still politics", "en", "Ruling party wins",
			"The ruling party won the election, and the opposition party lost seats in parliament.",
			[]news.Topic{news.TopicPolitics}, nil},
		{"en: a stabbing at a music venue is no culture story", "en", "Woman stabbed at music venue",
			"A woman was stabbed at a music venue in Yokohama on Saturday, and police arrested a man at the concert hall.",
			nil, []news.Topic{news.TopicCulture}},
		{"ru: героиня — не героин", "ru", "Героиня сериала вышла замуж",
			"Главная героиня сериала вышла замуж, но продолжает встречаться с бывшим; зрители обсуждают поступок героини.",
			nil, []news.Topic{news.TopicJustice}},
		{"ru: героин — правосудие", "ru", "Задержали с героином",
			"Полиция задержала двух мужчин с героином, возбуждено уголовное дело, героин изъят.",
			[]news.Topic{news.TopicJustice}, nil},
		{"ru: заключение соглашения — не правосудие", "ru", "Стороны подписали соглашение",
			"Министры обсудили заключение соглашения о сотрудничестве и заключение договора о границе, сообщили в МИД.",
			[]news.Topic{news.TopicDiplomacy}, []news.Topic{news.TopicJustice}},
		{"ru: Книга рекордов — не культура", "ru", "Портрет из стаканчиков попал в Книгу рекордов",
			"В Египте сложили портрет из 7260 стаканчиков, и он попал в Книгу рекордов Гиннесса.",
			nil, []news.Topic{news.TopicCulture}},
		{"ru: «в праздники» — время, не тема", "ru", "ФСБ задержала готовивших теракты",
			"ФСБ задержала двух человек, готовивших теракты в праздники, сообщили в спецслужбе.",
			[]news.Topic{news.TopicSecurity}, []news.Topic{news.TopicSociety}},
		{"fr: un coup sévère is a blow, not a coup", "fr", "Un coup sévère pour le club",
			"La défaite est un coup sévère pour le club, et du coup l'entraîneur a changé l'équipe avant le match de championnat.",
			[]news.Topic{news.TopicSport}, []news.Topic{news.TopicSecurity}},
		{"fr: des raids israéliens are security", "fr", "Les raids israéliens ont porté un « coup sévère » à l’Iran",
			"Les raids israéliens ont porté un coup sévère à l'Iran et à la Syrie, selon le premier ministre.",
			[]news.Topic{news.TopicSecurity}, nil},
		{"fr: court terme is no court", "fr", "Les taux à court terme baissent",
			"La banque centrale abaisse les taux à court terme, et l'inflation recule; un court métrage sur la crise sort.",
			nil, []news.Topic{news.TopicJustice}},
		{"es: mayor is greater, not a mayor", "es", "La mayor inflación en años",
			"La inflación alcanzó su mayor nivel en años, y la mayor parte de los precios subió; el banco central subió los tipos.",
			[]news.Topic{news.TopicEconomy}, []news.Topic{news.TopicPolitics}},
	})
}

// TestTopicRussianWordsOfSeveralSenses: common Russian words whose
// everyday sense is no topic — выбор (a choice; выборы are elections), «в
// отношении» (regarding), «борьба с» (the fight against), «призыв к» (a
// call for; «призыв в армию» is the draft), «кандидат наук» (a degree),
// «программа» (a state programme), «природа конфликта» (its nature) — and
// their English kin (a vaccination or military campaign, an emergency
// meeting) count only in their topic's sense.
func TestTopicRussianWordsOfSeveralSenses(t *testing.T) {
	runTopicCases(t, []topicCase{
		{"ru: выбор — не выборы", "ru", "Выпускники сделали выбор",
			"Выпускники школ сделали выбор профессии: у многих не было выбора, рассказали учителя, и выбор пал на медицину и педагогику.",
			nil, []news.Topic{news.TopicPolitics}},
		{"ru: выборы — политика", "ru", "Выборы в парламент",
			"Выборы в парламент пройдут в ноябре, на выборах будут бороться пять партий, заявили в избирательной комиссии.",
			[]news.Topic{news.TopicPolitics}, nil},
		{"ru: «в отношении» — не дипломатия", "ru", "В отношении экс-чиновника возбуждено дело",
			"В отношении бывшего чиновника возбуждено уголовное дело о взятке, суд избрал меру пресечения; по отношению к его заместителю проверка продолжается.",
			[]news.Topic{news.TopicJustice}, []news.Topic{news.TopicDiplomacy}},
		{"ru: «борьба с коррупцией» — не спорт", "ru", "Борьба с коррупцией",
			"Президент призвал усилить борьбу с коррупцией, в борьбе с взятками прокуратура возбудила сто дел, а борьба за прозрачность продолжится.",
			[]news.Topic{news.TopicJustice}, []news.Topic{news.TopicSport}},
		{"ru: вольная борьба — спорт", "ru", "Казахстанский борец выиграл турнир",
			"Казахстанский спортсмен выиграл турнир по вольной борьбе, в финале чемпионата он победил соперника.",
			[]news.Topic{news.TopicSport}, nil},
		{"ru: «призыв к миру» — не армия", "ru", "Призыв к диалогу и призывы к миру",
			"Генсек ООН выступил с призывом к диалогу, призывы к примирению поддержали дипломаты, переговоры продолжатся.",
			[]news.Topic{news.TopicDiplomacy}, []news.Topic{news.TopicSecurity}},
		{"ru: призыв в армию — безопасность", "ru", "Начался осенний призыв",
			"Начался осенний призыв в армию, призывников отправят в войска, сообщили в министерстве обороны.",
			[]news.Topic{news.TopicSecurity}, nil},
		{"ru: кандидат экономических наук — звание, не тема", "ru", "Новый ректор университета",
			"Ректором назначен кандидат экономических наук, ранее работавший деканом; он кандидат медицинских наук по второй специальности, сообщили в университете.",
			nil, []news.Topic{news.TopicEconomy, news.TopicHealth}},
		{"ru: государственная программа — не технологии", "ru", "Правительство утвердило программу",
			"Правительство утвердило государственную программу развития регионов, программа рассчитана на пять лет, по программе построят дороги и школы.",
			nil, []news.Topic{news.TopicTechnology}},
		{"ru: природа конфликта — не экология", "ru", "Эксперты о конфликте",
			"Эксперты обсудили природу конфликта на границе и его политическую природу, переговоры дипломатов продолжатся.",
			nil, []news.Topic{news.TopicEnvironment}},
		{"en: an emergency meeting is no disaster", "en", "Security Council holds emergency meeting",
			"The UN Security Council held an emergency meeting on the crisis, and diplomats called an emergency session of the assembly for talks.",
			[]news.Topic{news.TopicDiplomacy}, []news.Topic{news.TopicDisasters}},
		{"en: a vaccination campaign is health, not politics", "en", "Vaccination campaign begins",
			"A vaccination campaign against measles began on Monday; doctors will vaccinate children in every school, the campaign's organisers said.",
			[]news.Topic{news.TopicHealth}, []news.Topic{news.TopicPolitics}},
	})
}

// TestTopicPriceTagsAndNavigation: the price of one thing («тур
// стоимостью 135 тысяч евро») is no economy story, and the freedom or
// safety of navigation in a war zone (Karadeniz'de seyrüsefer güvenliği,
// «безопасность судоходства») is security before it is transport.
func TestTopicPriceTagsAndNavigation(t *testing.T) {
	runTopicCases(t, []topicCase{
		{"ru: тур стоимостью в евро — не экономика", "ru", "Депутат объяснил покупку тура",
			"Депутат объяснил, покупал ли он тур стоимостью 135 тысяч евро: на фото в его телефоне была путевка стоимостью в 135 тысяч евро, сказал он журналистам.",
			nil, []news.Topic{news.TopicEconomy}},
		{"ru: стоимость жизни и цены — экономика", "ru", "Стоимость жизни выросла",
			"Стоимость жизни в Бишкеке выросла на 12 процентов, цены на продукты и инфляция бьют по зарплатам.",
			[]news.Topic{news.TopicEconomy}, nil},
		{"tr: seyrüsefer güvenliği is security", "tr", "Erdoğan: Karadeniz'de seyrüsefer güvenliği",
			"Cumhurbaşkanı, Karadeniz'de seyrüsefer güvenliğinin sağlanması herkes için önemlidir dedi; Rusya-Ukrayna savaşı sürüyor.",
			[]news.Topic{news.TopicSecurity}, []news.Topic{news.TopicTransport}},
		{"ru: безопасность судоходства — безопасность", "ru", "Безопасность судоходства в Черном море",
			"Президент заявил, что безопасность судоходства в Черном море важна для всех, пока идет война.",
			[]news.Topic{news.TopicSecurity}, []news.Topic{news.TopicTransport}},
		{"en: freedom of navigation is security", "en", "Freedom of navigation in the Black Sea",
			"The president said freedom of navigation in the Black Sea matters to all while the war goes on.",
			[]news.Topic{news.TopicSecurity}, []news.Topic{news.TopicTransport}},
	})
}

// TestTopicGreetingsInEveryLanguage: a wish of health is a greeting in the
// other languages of the corpus too, and health news stays health.
func TestTopicGreetingsInEveryLanguage(t *testing.T) {
	runTopicCases(t, []topicCase{
		{"uk: побажав міцного здоров'я — привітання", "uk", "Президент привітав ветерана з ювілеєм",
			"Президент привітав ветерана з ювілеєм і побажав йому міцного здоров'я. Учасники зустрічі побажали здоров'я всім ветеранам.",
			nil, []news.Topic{news.TopicHealth}},
		{"de: wünschte ihm Gesundheit — ein Gruß", "de", "Kanzler gratuliert zum Geburtstag",
			"Der Kanzler gratulierte dem Präsidenten zum Geburtstag und wünschte ihm Gesundheit. Er wünschte allen Bürgern Gesundheit und Glück.",
			nil, []news.Topic{news.TopicHealth}},
		{"es: le deseó salud — un saludo", "es", "El presidente felicita a su homólogo",
			"El presidente felicitó a su homólogo por su cumpleaños y le deseó salud y éxito. También deseó salud a todos los ciudadanos.",
			nil, []news.Topic{news.TopicHealth}},
		{"tr: sağlık diledi — bir tebrik", "tr", "Cumhurbaşkanı doğum gününü kutladı",
			"Cumhurbaşkanı, mevkidaşının doğum gününü kutladı ve ona sağlık diledi. Tüm vatandaşlara sağlık ve mutluluk diliyorum dedi.",
			nil, []news.Topic{news.TopicHealth}},
		{"uk: лікарні без лікарів — здоров'я", "uk", "У лікарнях бракує лікарів",
			"У лікарнях області бракує лікарів, пацієнти чекають тижнями, повідомили в міністерстві охорони здоров'я.",
			[]news.Topic{news.TopicHealth}, nil},
	})
}

// TestTopicMetaphors: figures of speech built on topic words name no
// topic — fuel as a verb, an appeal for calm, a nuclear power (a state),
// marathon talks, a time bomb, a political earthquake, «транзит власти»,
// «переговорный марафон» — while the literal senses still count.
func TestTopicMetaphors(t *testing.T) {
	runTopicCases(t, []topicCase{
		{"en: fuel tensions is no energy story", "en", "Border incident fuels tensions",
			"The border incident fuelled tensions between the two neighbours, and the foreign ministers' talks may fuel further rows, diplomats said.",
			[]news.Topic{news.TopicDiplomacy}, []news.Topic{news.TopicEnergy}},
		{"en: fuel prices are energy", "en", "Fuel prices rise",
			"Fuel prices rose again as petrol and diesel shortages spread, and jet fuel imports were cut.",
			[]news.Topic{news.TopicEnergy}, nil},
		{"en: an appeal for calm is no court appeal", "en", "President appeals for calm",
			"The president made an appeal for calm after the protests, and the opposition renewed its appeal to voters before the election.",
			[]news.Topic{news.TopicPolitics}, []news.Topic{news.TopicJustice}},
		{"en: a nuclear power is a state, not a power plant", "en", "Nuclear powers meet",
			"Russia is a nuclear power, and the nuclear powers met to discuss arms control treaties, diplomats said.",
			nil, []news.Topic{news.TopicEnergy}},
		{"en: a nuclear power plant is energy", "en", "Kazakhstan to build a nuclear power plant",
			"Kazakhstan will build a nuclear power plant on Lake Balkhash, and nuclear power will supply a tenth of its electricity.",
			[]news.Topic{news.TopicEnergy}, nil},
		{"en: marathon talks are diplomacy, not sport", "en", "Marathon talks end in deal",
			"Marathon talks between the foreign ministers ended in a deal after a marathon session that ran through the night.",
			[]news.Topic{news.TopicDiplomacy}, []news.Topic{news.TopicSport}},
		{"en: a ticking time bomb is no bomb", "en", "'A ticking time bomb': Timor-Leste reckons with its past",
			"Activists call the unresolved abuses a ticking time bomb; the government promised a truth commission and reparations to families.",
			nil, []news.Topic{news.TopicSecurity}},
		{"ru: бомба замедленного действия — не бомба", "ru", "Бомба замедленного действия для бюджета",
			"Экономисты назвали пенсионную реформу бомбой замедленного действия для бюджета, дефицит растет, а налоги повышать некуда.",
			[]news.Topic{news.TopicEconomy}, []news.Topic{news.TopicSecurity}},
		{"ru: транзит власти — политика, не транспорт", "ru", "Транзит власти в Казахстане",
			"Транзит власти в Казахстане завершился, эксперты обсуждают итоги транзита власти и новый политический курс.",
			[]news.Topic{news.TopicPolitics}, []news.Topic{news.TopicTransport}},
		{"ru: переговорный марафон — дипломатия, не спорт", "ru", "Переговорный марафон в Женеве",
			"Переговорный марафон министров иностранных дел в Женеве завершился подписанием соглашения.",
			[]news.Topic{news.TopicDiplomacy}, []news.Topic{news.TopicSport}},
		{"en: a political earthquake is no disaster", "en", "Election result is a political earthquake",
			"The election result was a political earthquake: the ruling party lost its majority in parliament.",
			[]news.Topic{news.TopicPolitics}, []news.Topic{news.TopicDisasters}},
	})
}

// TestTopicAbbreviationsInCapitals: an abbreviation counts only written
// in capitals, so the same letters as a word of another language fire
// nothing: Portuguese "eu" (I) is no EU, Italian "ai" (to the) no AI,
// Russian «воз» (a cart) no ВОЗ.
func TestTopicAbbreviationsInCapitals(t *testing.T) {
	runTopicCases(t, []topicCase{
		{"pt: eu is I, not the EU", "pt", "Eu não sei o que fazer, diz atriz",
			"Eu não sei o que fazer, disse a atriz; eu sempre quis ser mãe, e eu vou continuar a trabalhar, eu prometo.",
			nil, []news.Topic{news.TopicDiplomacy}},
		{"en: the EU is diplomacy", "en", "EU agrees sanctions",
			"EU foreign ministers agreed new sanctions on Monday, and the EU envoy will visit Astana for talks.",
			[]news.Topic{news.TopicDiplomacy}, nil},
		{"it: ai is 'to the', not AI", "it", "Lettera ai cittadini",
			"Il sindaco ha scritto ai cittadini e ai commercianti, e ai giovani ha promesso nuovi spazi; ai genitori ha chiesto pazienza.",
			nil, []news.Topic{news.TopicTechnology}},
		{"en: AI is technology", "en", "AI chip maker",
			"The AI chip maker said demand for AI software and artificial intelligence tools doubled.",
			[]news.Topic{news.TopicTechnology}, nil},
		{"ru: «воз и ныне там» — не ВОЗ", "ru", "А воз и ныне там",
			"Реформу обещали три года назад, а воз и ныне там: чиновники спорят, воз не сдвинулся, а жители ждут.",
			nil, []news.Topic{news.TopicHealth}},
	})
}

// TestTopicReportingPhrases: where a statement was published (on social
// media, on its website, «в социальных сетях», «на сайте») says nothing of
// what it is about.
func TestTopicReportingPhrases(t *testing.T) {
	runTopicCases(t, []topicCase{
		{"en: said on social media and on its website", "en", "Minister resigns",
			"The minister announced his resignation on social media on Friday; the government confirmed it on its website, and the prime minister thanked him in a social media post.",
			[]news.Topic{news.TopicPolitics}, []news.Topic{news.TopicSociety, news.TopicTechnology}},
		{"ru: написал в социальных сетях и на сайте", "ru", "Министр ушел в отставку",
			"Министр объявил об отставке в социальных сетях, правительство подтвердило отставку на официальном сайте, а премьер поблагодарил его в социальной сети.",
			[]news.Topic{news.TopicPolitics}, []news.Topic{news.TopicSociety, news.TopicTechnology}},
	})
}
