package analyze

import (
	"testing"

	"github.com/newsbot/newsbot/internal/news"
)

// TestTopicForeignWorkTitle: an English word of a disaster, security or
// justice term inside a capitalised name of several words in a German or
// Russian article is the title of a game, a film or a book, no story of
// harm; the same words in English text, or the article's own language's
// words, still count.
func TestTopicForeignWorkTitle(t *testing.T) {
	harm := []news.Topic{news.TopicDisasters, news.TopicSecurity, news.TopicJustice}
	dis := []news.Topic{news.TopicDisasters}
	runTopicCases(t, []topicCase{
		{"de: a game called Dead Island is no disaster", "de", "Dead Island 2 im Test: Zombies unter Palmen",
			"Das Actionspiel Dead Island 2 schickt uns nach Los Angeles. Die Steuerung ist gut, die Grafik auch, aber die Geschichte ist dünn.",
			nil, harm},
		{"ru: a game called Dead Space is no disaster", "ru", "Ремейк Dead Space получил дату выхода",
			"Студия показала новый трейлер Dead Space и рассказала, что игра выйдет на консолях и ПК в январе.",
			nil, harm},
		{"de: a real fire keeps its topic", "de", "Großbrand in Lagerhalle: Feuerwehr im Einsatz",
			"Bei einem Brand in einer Lagerhalle ist ein Mensch gestorben. Die Feuerwehr war mit 80 Kräften vor Ort.",
			dis, nil},
		{"ru: a real earthquake keeps its topic", "ru", "Землетрясение магнитудой 6 произошло у берегов Японии",
			"Спасатели сообщают о погибших и пострадавших, эвакуированы тысячи жителей.",
			dis, nil},
		{"en: English words in English text still count", "en", "Three dead as fire destroys warehouse",
			"Firefighters battled the blaze for six hours; the death toll may rise, rescuers said.",
			dis, nil},
	})
}

// TestTopicWorkTitle: the title of a work named after its kind (the game
// Red Dead Redemption, the film "…", фильм «…», der Roman „…“) tells
// nothing of the story, in any language; the same words outside a title
// still count.
func TestTopicWorkTitle(t *testing.T) {
	harm := []news.Topic{news.TopicDisasters, news.TopicSecurity, news.TopicJustice}
	jus := []news.Topic{news.TopicJustice}
	runTopicCases(t, []topicCase{
		{"en: capitalised titles after game and film", "en", "Picks for the weekend",
			"Tonight you can play the game Dead Rising 4 or watch the film Fire Storm Rescue with friends.",
			nil, harm},
		{"en: quoted titles after film and series", "en", "Picks for the weekend",
			"Watch the film \"Murder in the Dark\" or the series \"Crime Scene Berlin\" tonight.",
			nil, harm},
		{"ru: titles in guillemets after фильм and сериал", "ru", "Что посмотреть на выходных",
			"Смотрите фильм «Убийство в полночь» и сериал «Преступление и наказание» вечером.",
			nil, harm},
		{"ru: a disaster word in a film's title", "ru", "Что посмотреть на выходных",
			"Вечером можно посмотреть фильм «Пожар в горах» или сериал «Спасатели Малибу».",
			nil, harm},
		{"de: a title in German quotes after Roman", "de", "Autorin stellt ihr neues Buch vor",
			"Der Roman „Mord am Rhein“ erscheint im Herbst, die Lesung in Köln ist ausverkauft.",
			nil, harm},
		{"en: a murder outside a title counts", "en", "Man charged with murder after stabbing",
			"Prosecutors charged the suspect with murder; the court will hear the case next month.",
			jus, nil},
		{"ru: a murder outside a title counts", "ru", "Суд арестовал подозреваемого в убийстве",
			"Следователи предъявили обвинение в убийстве, прокуратура просит арест на два месяца.",
			jus, nil},
	})
}

// TestTopicWeatherWarnings: a Russian weather warning of snowstorms,
// blizzards and black ice is news of disasters, like a storm's or a
// flood's; a broom (метёлка) is none.
func TestTopicWeatherWarnings(t *testing.T) {
	dis := []news.Topic{news.TopicDisasters}
	runTopicCases(t, []topicCase{
		{"ru: a warning of snowfall and blizzard", "ru", "",
			"В регионе выпустили метеопредупреждение: ожидается сильный снегопад, местами метель.",
			dis, nil},
		{"ru: black ice on the roads", "ru", "Гололедица на дорогах",
			"Синоптики предупредили о гололедице и снегопаде, водителей просят быть осторожнее.",
			dis, nil},
		{"ru: a broom is no blizzard", "ru", "",
			"Дворник взял метелку и подмёл двор у подъезда.",
			nil, dis},
		{"en: a snowstorm in English keeps its words", "en", "Storm warning",
			"Forecasters issued a storm warning as a snowstorm and strong winds hit the region.",
			dis, nil},
	})
}

// TestTopicItalianJobs: Italian news of investment, jobs and firms is news
// of the economy; a pedestrian run over (investito) is still a road's.
func TestTopicItalianJobs(t *testing.T) {
	eco := []news.Topic{news.TopicEconomy}
	runTopicCases(t, []topicCase{
		{"it: a plant's investment and jobs", "it", "",
			"L'azienda realizzerà un nuovo stabilimento: l'occupazione passerà da 120 a 150 dipendenti grazie a un investimento di 20 milioni di euro.",
			eco, nil},
		{"it: new jobs", "it", "Nuovi posti di lavoro",
			"La fabbrica creerà duecento posti di lavoro entro il prossimo anno, ha annunciato il sindaco.",
			eco, nil},
		{"it: a pedestrian run over is no investment", "it", "",
			"Un pedone è stato investito da un'auto sulle strisce pedonali ed è stato portato in ospedale.",
			nil, eco},
		{"en: a plant's investment and jobs", "en", "",
			"The company will build a new plant, raising employment from 120 to 150 workers with an investment of 20 million euros.",
			eco, nil},
	})
}
