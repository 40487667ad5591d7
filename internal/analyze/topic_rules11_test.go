package analyze

import (
	"testing"

	"github.com/newsbot/newsbot/internal/news"
)

// TestTopicRoadTraffic: a crash on a road is transport news as well as an
// accident's, in every language of the corpus; a road named as the scene
// of a shooting (a weak word) makes no transport story.
func TestTopicRoadTraffic(t *testing.T) {
	tr := []news.Topic{news.TopicTransport}
	runTopicCases(t, []topicCase{
		{"en: a car crash is transport", "en", "Three hurt in car crash on ring road",
			"Two vehicles collided at a junction on Tuesday evening. A pedestrian was also hurt, and traffic police closed the lane for two hours.",
			tr, nil},
		{"ru: ДТП is transport", "ru", "Три человека пострадали в ДТП на трассе",
			"Легковой автомобиль выехал на встречную полосу и столкнулся с грузовиком. На месте работают сотрудники ГИБДД.",
			tr, nil},
		{"ru: a road as the scene of a shooting is no transport", "ru", "Пограничники открыли огонь у заставы",
			"Военные обстреляли машину местного жителя на автодороге возле границы, сообщила погранслужба. Водитель не пострадал.",
			[]news.Topic{news.TopicSecurity}, tr},
		{"uk: ДТП is transport", "uk", "ДТП під Житомиром: водій легковика збив пішохода",
			"Патрульна поліція встановлює обставини дорожньо-транспортної пригоди.",
			tr, nil},
		{"de: a Verkehrsunfall is transport", "de", "Verkehrsunfall auf der Bundesstraße",
			"Ein Autofahrer kam von der Fahrbahn ab und prallte gegen einen Baum. Die Straße war zwei Stunden gesperrt.",
			tr, nil},
		{"fr: un accident de la route is transport", "fr", "Grave accident de la route près de Lyon",
			"Un automobiliste a percuté un piéton samedi soir, la gendarmerie a ouvert une enquête.",
			tr, nil},
		{"es: un accidente de tráfico is transport", "es", "Dos heridos en un accidente de tráfico en la autopista",
			"Un conductor perdió el control del vehículo y chocó contra la mediana; otro coche lo embistió por detrás.",
			tr, nil},
		{"pt: um acidente de trânsito is transport", "pt", "Acidente de trânsito deixa três feridos na rodovia",
			"O motorista de um carro de passeio perdeu o controle e colidiu com um caminhão.",
			tr, nil},
		{"it: un incidente stradale is transport", "it", "Incidente stradale sulla provinciale, due feriti",
			"Un automobilista ha perso il controllo dell'auto e si è scontrato con un furgone; sul posto la polizia stradale.",
			tr, nil},
		{"tr: a trafik kazası is transport", "tr", "Ankara'da trafik kazası: 4 yaralı",
			"Kavşakta çarpışan iki otomobilin sürücüleri yaralandı, olay yerine trafik ekipleri sevk edildi.",
			tr, nil},
	})
}

// TestTopicMonetaryPolicy: a central bank's key rate and the interest it
// sets are economy news in every language.
func TestTopicMonetaryPolicy(t *testing.T) {
	ec := []news.Topic{news.TopicEconomy}
	runTopicCases(t, []topicCase{
		{"en: a rate hike is economy", "en", "Regulator announces a third rate hike",
			"The key rate rises by half a point as the monetary policy committee tries to slow prices.",
			ec, nil},
		{"ru: ключевая ставка is economy", "ru", "Регулятор повысил ключевую ставку",
			"Совет директоров Центрального банка поднял ставку до 16% годовых, чтобы сдержать инфляционные ожидания.",
			ec, nil},
		{"uk: облікова ставка is economy", "uk", "НБУ зберіг облікову ставку",
			"Правління Національного банку вирішило не змінювати ставку через інфляційні ризики.",
			ec, nil},
		{"de: der Leitzins is economy", "de", "Notenbank senkt den Leitzins",
			"Die Geldpolitik bleibt vorsichtig, sagte die Präsidentin nach der Sitzung.",
			ec, nil},
		{"fr: le taux directeur is economy", "fr", "La banque centrale relève son taux directeur",
			"La politique monétaire reste restrictive tant que les prix montent.",
			ec, nil},
		{"es: la tasa de interés is economy", "es", "El banco central recorta la tasa de interés",
			"La política monetaria se relaja por primera vez en dos años.",
			ec, nil},
		{"pt: a taxa de juros is economy", "pt", "Banco Central eleva a taxa de juros",
			"O comitê de política monetária decidiu por unanimidade conter a pressão inflacionária.",
			ec, nil},
		{"it: i tassi di interesse are economy", "it", "La banca centrale alza i tassi di interesse",
			"La politica monetaria resta restrittiva, ha detto la presidente.",
			ec, nil},
		{"tr: politika faizi is economy", "tr", "Merkez Bankası politika faizini sabit tuttu",
			"Para politikası kurulu faiz indirimine gitmedi.",
			ec, nil},
	})
}

// TestTopicEnglishFalseFriends: an English topic word that is a common word
// of another language counts in English (and in Russian text quoting it)
// but not in that language: German "war" is "was", "Art" a kind; French
// "mobilisation" of unions is a strike's; Italian "data" a date.
func TestTopicEnglishFalseFriends(t *testing.T) {
	runTopicCases(t, []topicCase{
		{"en: war is security", "en", "The war enters its third winter",
			"Troops dug in along the front line as the war went on.",
			[]news.Topic{news.TopicSecurity}, nil},
		{"ru: военная тема stays security", "ru", "Война вступила в третью зиму",
			"Войска закрепились на линии фронта, сообщили военные.",
			[]news.Topic{news.TopicSecurity}, nil},
		{"de: war and Art are no security, no culture", "de", "Neuer Fahrplan für die Stadtbahn",
			"Der Verkehrsverbund teilte mit, die Umstellung war lange geplant. Züge dieser Art fahren ab Montag öfter, die Bahn setzt mehr Wagen ein.",
			[]news.Topic{news.TopicTransport}, []news.Topic{news.TopicSecurity, news.TopicCulture}},
		{"fr: la mobilisation des syndicats is no security", "fr", "Retraites : forte mobilisation des syndicats",
			"Les syndicats appellent à la grève contre la réforme du gouvernement, et la mobilisation s'annonce massive dans les manifestations.",
			[]news.Topic{news.TopicPolitics}, []news.Topic{news.TopicSecurity}},
		{"it: la data del voto is no technology", "it", "Fissata la data delle elezioni",
			"Il governo ha deciso la data del voto dopo un accordo tra i partiti in parlamento.",
			[]news.Topic{news.TopicPolitics}, []news.Topic{news.TopicTechnology}},
	})
}

// TestTopicTurkishHospitalScene: a Turkish hospital in the dative, locative
// or ablative case (hastaneye kaldırıldı, hastanede tedavi) is where the
// injured of a story were taken, as "taken to hospital" and «доставили в
// больницу» are; the medics who arrive (sağlık ekipleri) tell no health
// story either. A hospital as the subject stays health news.
func TestTopicTurkishHospitalScene(t *testing.T) {
	h := []news.Topic{news.TopicHealth}
	runTopicCases(t, []topicCase{
		{"tr: hastaneye kaldırıldı in a fire story is no health", "tr", "Fabrikada yangın: 4 işçi yaralandı",
			"Yangına itfaiye ekipleri müdahale etti. Olay yerine gelen sağlık ekipleri yaralıları hastaneye kaldırdı, yaralılar hastanede tedavi altına alındı.",
			[]news.Topic{news.TopicDisasters}, h},
		{"tr: a new hospital is health", "tr", "Yeni şehir hastanesi açıldı",
			"Sağlık Bakanı, 1200 yataklı hastanenin bölgedeki doktor ve hasta sayısını dengeleyeceğini söyledi.",
			h, nil},
		{"en: taken to hospital in a fire story is no health", "en", "Factory fire injures four workers",
			"Firefighters put out the blaze after two hours. Four workers were taken to hospital with burns.",
			[]news.Topic{news.TopicDisasters}, h},
		{"ru: доставили в больницу in a fire story is no health", "ru", "При пожаре на заводе пострадали четыре рабочих",
			"Пожар потушили за два часа. Пострадавших доставили в больницу с ожогами.",
			[]news.Topic{news.TopicDisasters}, h},
	})
}

// TestTopicOrdinaryNewsWords: the words of a reader's home news in every
// language — a burglary or a theft (justice), a city council and its
// members (politics), pensions and pensioners (society).
func TestTopicOrdinaryNewsWords(t *testing.T) {
	j := []news.Topic{news.TopicJustice}
	p := []news.Topic{news.TopicPolitics}
	s := []news.Topic{news.TopicSociety}
	runTopicCases(t, []topicCase{
		{"en: a burglary is justice", "en", "Burglars target homes on quiet street",
			"Thieves broke into four houses over the weekend and stole jewellery and laptops.",
			j, nil},
		{"ru: грабеж is justice", "ru", "Грабеж в магазине у дома",
			"Двое мужчин ограбили продуктовый магазин и скрылись, воров ищут.",
			j, nil},
		{"de: ein Einbruch is justice", "de", "Einbruch in Juweliergeschäft",
			"Die Einbrecher erbeuteten Schmuck; nach dem Diebstahl gab es eine Festnahme.",
			j, nil},
		{"es: un robo is justice", "es", "Robo en una joyería del centro",
			"Los ladrones huyeron con el botín tras el atraco.",
			j, nil},
		{"tr: hırsızlık is justice", "tr", "Kuyumcuda hırsızlık",
			"Hırsızlar dükkandaki altınları çaldı, soygun kameraya yansıdı.",
			j, nil},
		{"en: a city council vote is politics", "en", "City council approves new parking rules",
			"Councillors voted six to one after a long debate at the council meeting.",
			p, nil},
		{"ru: городская дума is politics", "ru", "Городская дума утвердила новые правила парковки",
			"Депутаты гордумы проголосовали за проект после долгого обсуждения.",
			p, nil},
		{"it: il consiglio comunale is politics", "it", "Il consiglio comunale approva il piano parcheggi",
			"Il sindaco ha difeso la delibera, i consiglieri dell'opposizione hanno votato contro.",
			p, nil},
		{"pt: a câmara municipal is politics", "pt", "Câmara Municipal aprova novo plano de estacionamento",
			"Os vereadores aprovaram a proposta do prefeito por maioria.",
			p, nil},
		{"en: pensions are society", "en", "Pensioners protest over pension cuts",
			"Thousands of pensioners marched against the plan to cut the state pension.",
			s, nil},
		{"ru: пенсии are society", "ru", "Пенсионерам проиндексируют пенсии",
			"Пенсии вырастут с января, сообщили в социальном фонде.",
			s, nil},
		{"fr: les retraites are society", "fr", "Les retraités attendent la revalorisation des retraites",
			"La hausse des pensions sera versée en janvier aux retraités.",
			s, nil},
		{"tr: a retired general is no society", "tr", "Emekli general orduyu eleştirdi",
			"Emekli tümgeneral, askeri harcamaların savunma için yetersiz olduğunu söyledi.",
			nil, s},
	})
}
