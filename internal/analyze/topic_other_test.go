package analyze

import (
	"testing"

	"github.com/newsbot/newsbot/internal/news"
)

// TestTopicOtherLanguages: a council's budget, a match, a hospital, a road
// accident and a study get their topics in Polish, Dutch, Finnish, Kazakh
// and Uzbek text as they do in English and Russian; the words count in no
// text of the nine (a Dutch surname Kerk, Polish "sesja" in German text).
func TestTopicOtherLanguages(t *testing.T) {
	pol := []news.Topic{news.TopicPolitics}
	sport := []news.Topic{news.TopicSport}
	health := []news.Topic{news.TopicHealth}
	transport := []news.Topic{news.TopicTransport}
	tech := []news.Topic{news.TopicTechnology}
	runTopicCases(t, []topicCase{
		{"en: council", "en", "", "The city council approved the budget after a long session; councillors voted seven to two.", pol, nil},
		{"ru: совет", "ru", "", "Депутаты городского совета после долгой сессии утвердили бюджет, проголосовали семеро.", pol, nil},
		{"pl: rada miejska", "pl", "", "Radni na sesji Rady Miejskiej przyjęli uchwałę budżetową; burmistrz podziękował za poparcie.", pol, nil},
		{"nl: gemeenteraad", "nl", "", "De gemeenteraad stemde dinsdag in met het voorstel van de wethouder; de oppositie diende een motie in.", pol, nil},
		{"fi: kaupunginvaltuusto", "fi", "", "Kaupunginvaltuusto hyväksyi talousarvion usean äänestyksen jälkeen, kaupunginhallitus esitti muutoksia.", pol, nil},
		{"en: match", "en", "", "The national team won the qualifying match 2-0; the coach praised the players.", sport, nil},
		{"ru: матч", "ru", "", "Сборная выиграла отборочный матч со счётом 2:0, тренер похвалил игроков.", sport, nil},
		{"pl: mecz", "pl", "", "Reprezentacja wygrała mecz eliminacji 2:0, a trener pochwalił piłkarzy.", sport, nil},
		{"nl: wedstrijd", "nl", "", "Het elftal won de wedstrijd met 2-0; de trainer prees de spelers na het toernooi.", sport, nil},
		{"kk: футбол", "kk", "", "Қазақстан құрамасы футболдан чемпионатта жеңіске жетті, команда келесі турға шықты.", sport, nil},
		{"uz: futbol", "uz", "", "O'zbekiston terma jamoasi futbol bo'yicha saralash o'yinida g'alaba qozondi.", sport, nil},
		{"uz: футбол", "uz", "", "Ўзбекистон терма жамоаси футбол бўйича саралаш ўйинида ғалаба қозонди.", sport, nil},
		{"pl: szpital", "pl", "", "Szpital otrzymał nowy sprzęt, a lekarze przyjmą więcej pacjentów.", health, nil},
		{"fi: kolari", "fi", "", "Henkilöauton kuljettaja kuoli kolarissa valtatiellä, liikenne oli poikki tunnin.", transport, nil},
		{"nl: onderzoek", "nl", "", "Wetenschappers van de universiteit publiceerden hun onderzoek naar dementie in een wetenschappelijk tijdschrift.", tech, nil},
		{"en: scientists", "en", "", "Scientists at the university published their research on dementia in a science journal.", tech, nil},
		{"nl: a surname is no church", "nl", "", "Gyrano Kerk vertrekt naar een andere club, meldde de club op zaterdag.", nil, []news.Topic{news.TopicSociety}},
		{"de: Polish words count in no German text", "de", "", "Die Sesja Bar in der Altstadt hat wieder geöffnet, der Wirt heißt Jan Radni und kommt aus Burmistrz.", nil, []news.Topic{news.TopicPolitics}},
	})
}

// TestTopicFrenchCourtIsShort: the English topic word "court" is French
// for "short" (un court-métrage, un délai court) and names no court in
// French text; English and Russian courts keep their topic.
func TestTopicFrenchCourtIsShort(t *testing.T) {
	justice := []news.Topic{news.TopicJustice}
	runTopicCases(t, []topicCase{
		{"fr: court-métrage", "fr", "Le court-métrage sur grand écran", "Le festival présente soixante-dix courts-métrages ; un format court mais exigeant pour les jeunes cinéastes.", nil, justice},
		{"fr: la cour still counts", "fr", "", "Le tribunal a condamné l'ancien maire à deux ans de prison, la cour d'appel sera saisie.", justice, nil},
		{"en: court", "en", "", "The court sentenced the former mayor to two years in prison; his lawyers will appeal.", justice, nil},
		{"ru: суд", "ru", "", "Суд приговорил бывшего мэра к двум годам заключения, адвокаты подадут апелляцию.", justice, nil},
	})
}

// TestTopicStudyKitaGasification: researchers and their study are news of
// science (technology), a kindergarten's places are society's, a gas
// equipment plant is energy's, in German and Russian as in English.
func TestTopicStudyKitaGasification(t *testing.T) {
	runTopicCases(t, []topicCase{
		{"en: researchers", "en", "", "Scientists at the university found that horses read human faces, the study says.", []news.Topic{news.TopicTechnology}, nil},
		{"de: Forscher", "de", "", "Forscher der Universität Mainz haben herausgefunden, dass Pferde menschliche Gesichter lesen; die Wissenschaftler veröffentlichten ihre Studie.", []news.Topic{news.TopicTechnology}, nil},
		{"ru: учёные", "ru", "", "Учёные университета выяснили, что лошади читают выражение лица человека, говорится в исследовании.", []news.Topic{news.TopicTechnology}, nil},
		{"en: kindergarten", "en", "", "The council approved a new kindergarten and school places for 17 children.", []news.Topic{news.TopicSociety}, nil},
		{"de: Kita", "de", "", "Der Gemeinderat beschloss eine neue Gruppe in der Kita; 17 Kinder brauchen einen Platz im Kindergarten.", []news.Topic{news.TopicSociety}, nil},
		{"ru: детский сад", "ru", "", "Городской совет одобрил строительство детского сада и новой школы на 17 мест.", []news.Topic{news.TopicSociety}, nil},
		{"en: gas equipment plant", "en", "", "A plant making oil and gas equipment opened on Saturday; it will help bring natural gas to villages.", []news.Topic{news.TopicEnergy}, nil},
		{"ru: нефтегазовое оборудование", "ru", "", "В субботу открылся завод нефтегазового и энергетического оборудования, он поможет газификации сёл.", []news.Topic{news.TopicEnergy}, nil},
	})
}
