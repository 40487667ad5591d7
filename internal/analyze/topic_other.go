package analyze

import (
	"slices"
	"strings"

	"github.com/newsbot/newsbot/internal/news"
)

// topicOtherLexicon are topic terms of the languages the bot reads beyond
// the nine (Polish, Dutch, Finnish, Kazakh, Uzbek in Latin and Cyrillic
// letters): the words their local and national news uses for a council and
// its budget, a school, a hospital, a match, a road, a study. Items are
// written as in topicIntlLexicon; a final "~" on a word makes a stem that
// takes the language's endings (otherEndings). Each counts only in text of
// a language beyond the nine (lOther), so no word of them fires in text of
// the nine.
var topicOtherLexicon = [...]topicIntl{
	// Polish
	{news.TopicPolitics, "pl", "rad~ miejsk~:1.5|rad~ miast~:1.5|rad~ gminy:1.5|radn~:1.5|sesj~:1|burmistrz~:1.5|wójt~:1.5|starost~:1.2|uchwał~:1.2|wybor~:2|sejm~:1.5|senat~:1.2|parti~:0.8|rząd~:0.8|^minist~:0.5|^prezydent~:0.6|polityk~:1.2|polityczn~:1.2|posł~:1.5|opozycj~:1.5"},
	{news.TopicEconomy, "pl", "budżet~:1.2|budżecie:1.2|budżetow~:1.2|gospodark~:2|gospodarcz~:2|inwestycj~:1.5|przedsiębiorst~:1|firm~:0.7|podatk~:1.2|podatek:1.2|inflacj~:2|eksport~:1.2|bezroboci~:2|zatrudnieni~:1.2|?złot~:0.5|?zł:0.5"},
	{news.TopicSport, "pl", "sport~:2|sportow~:2|piłk~ nożn~:2|piłkarz~:2|piłkarsk~:2|mecz~:1.5|reprezentacj~:1|trener~:1.5|selekcjoner~:2|turniej~:2|mistrzostw~:2|mundial~:2|bramk~:1|pzpn:2|liga:1.5|ligi:1.5|lidze:1.5|olimpi~:2|drużyn~:1.2|zawodni~:1.5|kibic~:1.5"},
	{news.TopicSociety, "pl", "szkoł~:1.2|szkole:1.2|szkoln~:1.2|edukacj~:1.5|przedszkol~:1.5|uczni~:1.2|rodzin~:1|dzieci:1|kości~:0.5|kościoł~:1.2|kościele:1.2"},
	{news.TopicHealth, "pl", "szpital~:2|lekarz~:2|lekarze:2|pacjent~:2|zdrowi~:2|chorob~:2|defibrylator~:1.5|medyczn~:1.5|ratownik~ medyczn~:2"},
	{news.TopicTransport, "pl", "dróg:1.5|drog~:1|remont~ dróg:2|ulic~:0.8|chodnik~:1|komunikacj~:1.2|autobus~:1.5|kolej~:2|pociąg~:1.5|lotnisk~:2|transport~:2|kierowc~:1.5"},
	{news.TopicTechnology, "pl", "nauk~:1.5|naukow~:2|badani~:1|technologi~:2|internet~:1.5|cyfrow~:1.5|uniwersytet~:1"},
	{news.TopicCulture, "pl", "kultur~:2|festiwal~:1.5|film~:1.5|kino:1.5|teatr~:2|muzeum:2|koncert~:2|wystaw~:2|muzyk~:1.5|artyst~:1.5"},
	{news.TopicJustice, "pl", "sąd:2|sądu:2|sądzie:2|wyrok~:2|prokurat~:2|policj~:1|zatrzyman~:1.5|przestęp~:2|areszt~:2|więzieni~:2"},
	{news.TopicDisasters, "pl", "pożar~:2|powódź:2.5|powodzi:2.5|wypadek:1.5|wypadku:1.5|strażac~:2|straż~ pożarn~:2|burz~:1.5|ofiar~:1.2"},
	{news.TopicSecurity, "pl", "wojsk~:2|żołnierz~:2|armi~:1.5|wojn~:1.5|atak~:1.2|obron~:1.5|nato:1.2"},
	{news.TopicEnvironment, "pl", "środowisk~:2|klimat~:2|odpad~:1.5|gospodark~ odpad~:2|zanieczyszcz~:2|ekologi~:2|recykling~:2"},
	// Dutch
	{news.TopicPolitics, "nl", "gemeenteraad:1.5|raad:0.8|raadsvergadering~:2|raadsvoorstel~:1.5|raadslid:1.5|raadsleden:1.5|wethouder~:1.5|burgemeester~:1.2|verkiezing~:2|parlement~:1.5|tweede kamer:1.5|kabinet~:1.2|^minister~:0.5|politiek~:1.2|partij~:0.8|coalitie~:1.2|oppositie:1.5|motie~:1.5|amendement~:1.5"},
	{news.TopicEconomy, "nl", "economie:2|economisch~:2|begroting~:1.2|bedrijf:0.7|bedrijven:0.7|belasting~:1.2|inflatie:2|investering~:1.5|werkloosheid:2|krediet:1|exploitatie:1"},
	{news.TopicSport, "nl", "sport:2|sporten:1.5|sporthal~:2|sportvereniging~:2|sportaccommodatie~:2|voetbal~:2|wedstrijd~:1.5|competitie~:1.5|trainer~:1.5|toernooi~:2|kampioen~:2|korfbal~:2|handbal~:2|gymnastiek~:1.5|turnhal~:1.5|olympisch~:2|elftal~:2|doelpunt~:1.5"},
	{news.TopicSociety, "nl", "school:1.2|scholen:1.2|onderwijs:1.5|bewegingsonderwijs:1.5|leerling~:1.2|gezin~:1|kinderen:1|woning~:1.2|armoede:1.5"},
	{news.TopicHealth, "nl", "ziekenhuis:2|ziekenhuizen:2|artsen:2|patiënt~:2|ziekte:2|dementie:2|gezondheid~:2|gezondheidszorg:2|vaccin~:2|medisch~:1.5"},
	{news.TopicTechnology, "nl", "onderzoek~:1.2|wetenschap~:2|wetenschapper~:2|wetenschappelijk~:2|technologie~:2|universiteit~:1|internet:1.5|software:2|digitaal:1.5|digitale:1.5"},
	{news.TopicTransport, "nl", "verkeer~:2|snelweg~:1.5|trein~:1.5|spoor:1.2|bus:1.2|luchthaven:2|vliegveld:2|fietspad~:1.5"},
	{news.TopicCulture, "nl", "cultuur~:2|museum:2|musea:2|tentoonstelling~:2|film~:1.5|festival~:1.5|concert~:2|theater:2|muziek~:1.5|kunstenaar~:1.5"},
	{news.TopicJustice, "nl", "rechtbank:2|rechter~:2|politie:1|officier van justitie:2|aangehouden:1.5|arrestatie~:1.5|gevangenis~:2|vonnis:2|veroordeeld:2"},
	{news.TopicDisasters, "nl", "brandweer:2|ongeluk~:1.5|overstroming~:2.5|aardbeving~:3"},
	{news.TopicSecurity, "nl", "leger:2|militair~:2|soldaten:2|oorlog~:1.5|defensie:1.5|navo:1.2"},
	{news.TopicEnvironment, "nl", "milieu:2|klimaat~:2|uitstoot:2|duurzaam:1.5|duurzame:1.5"},
	{news.TopicEnergy, "nl", "energie~:2|stroom:1.5|olie:1.5|windmolen~:1.5|zonnepanelen:1.5"},
	// Finnish
	{news.TopicPolitics, "fi", "kaupunginvaltuusto:1.5|kaupunginvaltuuston:1.5|kaupunginvaltuustossa:1.5|kaupunginhallitus:1.5|kaupunginhallituksen:1.5|kunnanvaltuusto:1.5|kunnanvaltuuston:1.5|valtuusto:1.2|valtuuston:1.2|eduskunta:1.5|eduskunnan:1.5|eduskunnassa:1.5|vaalit:2|vaaleissa:2|vaalien:2|hallitus:0.8|hallituksen:0.8|puolue~:0.8|poliitti~:1.2|kansanedustaja~:1.5|äänestys:1|äänestyksen:1|äänestysten:1"},
	{news.TopicEconomy, "fi", "talousarvio~:1.5|budjetti~:1.2|talous:1.5|talouden:1.5|verotulo~:1.2|yritys:0.7|yrityksen:0.7|inflaatio:2|työttömyy~:2|investoin~:1.5|toimintakate:1.2|miljoonaa euroa:0.5"},
	{news.TopicTransport, "fi", "liikenne:2|liikenteen:2|liikennettä:2|liikenneonnettomuu~:2|liikenneturvallisuu~:2|kolari~:1.5|tiellä:0.8|valtatie~:1.5|kuljettaja~:1.5|henkilöauto~:1.5|kuorma-auto~:1.5|rekka~:1.5|juna~:1.5|lentokenttä:2|ajokielto~:1.5"},
	{news.TopicJustice, "fi", "poliisi:1|poliisin:1|tuomioistuin:2|käräjäoikeu~:2|syyttäjä~:2|rikos:2|rikoksesta:2|epäillään:1.5|pidätet~:1.5|vankila~:2|sakko:1.5|sakot:1.5|sakkoa:1.5"},
	{news.TopicDisasters, "fi", "onnettomuus:1.5|onnettomuuden:1.5|onnettomuudessa:1.5|onnettomuuteen:1.5|tulipalo~:2|pelastuslaito~:2|myrsky~:1.5|tulva~:2.5"},
	{news.TopicSport, "fi", "urheilu~:2|jalkapallo~:2|jääkiekko~:2|ottelu~:1.5|valmentaja~:1.5|mestaruu~:2|olympia~:2|maajoukkue~:2"},
	{news.TopicSociety, "fi", "koulu:1.2|koulun:1.2|koulussa:1.2|opetus:1.5|oppilas~:1.2|lukio~:1.2|lukiokoulutu~:1.5|sivistys~:1|perhe~:1|kirkko~:1.2"},
	{news.TopicHealth, "fi", "sairaala~:2|lääkäri~:2|potila~:2|terveys:2|terveyden:2|sairaus:2|rokote~:2"},
	{news.TopicTechnology, "fi", "tutkimus:1.2|tutkija~:2|tiede:2|tieteen:2|teknologia~:2|yliopisto~:1"},
	{news.TopicCulture, "fi", "kulttuuri~:2|museo~:2|näyttely~:2|elokuva~:1.5|festivaali~:1.5|konsertti~:2|teatteri~:2|orkesteri~:1.5|sinfonia~:1.5|musiikki~:1.5"},
	// Kazakh
	{news.TopicPolitics, "kk", "^президент~:0.6|мемлекет басшысы:0.6|парламент~:1.5|мәжіліс~:1.5|сенат~:1.2|депутат~:1.5|сайлау~:2|үкімет~:0.8|^министр~:0.5|партия~:0.8|саясат~:1.2|саяси:1.2|жарлығ~:1.5|әкім~:1"},
	{news.TopicSport, "kk", "спорт~:2|футбол~:2|чемпионат~:2|команда~:1.2|ойыншы~:1.5|турнир~:2|жарыс~:1.5|олимпиада~:2|бапкер~:1.5|fýtbol:2|fýtboldan:2|fýtbolshylar:2|týrnır:2|týrnırde:2|komanda:1.2|komandasy:1.2|chempıonat:2|chempıonaty:2|sporttyq:2"},
	{news.TopicEconomy, "kk", "экономика~:2|бюджет~:1.2|инвестиция~:1.5|салық~:1.2|банк~:1"},
	{news.TopicSociety, "kk", "мектеп~:1.2|білім~:1.2|оқушы~:1.2|отбасы~:1"},
	{news.TopicHealth, "kk", "аурухана~:2|дәрігер~:2|денсаулық~:2|науқас~:2"},
	{news.TopicCulture, "kk", "мәдениет~:2|өнер~:1.5|әнші~:1.5|театр~:2|фильм~:1.5|концерт~:2|мұражай~:2"},
	// Uzbek, in Latin and in Cyrillic letters
	{news.TopicSport, "uz", "sport~:2|futbol~:2|futbolchi~:2|terma:1.5|jamoa~:1.2|chempionat~:2|turnir~:2|olimpiya~:2|murabbiy~:1.5|saralash~:1.5"},
	{news.TopicSport, "uz-Cyrl", "спорт~:2|футбол~:2|футболчи~:2|терма:1.5|жамоа~:1.2|чемпионат~:2|турнир~:2|олимпия~:2|мураббий~:1.5|саралаш~:1.5"},
	{news.TopicPolitics, "uz", "^prezident~:0.6|parlament~:1.5|deputat~:1.5|saylov~:2|hukumat~:0.8|^vazir~:0.5|hokim~:1|siyosat~:1.2|siyosiy:1.2"},
	{news.TopicPolitics, "uz-Cyrl", "^президент~:0.6|парламент~:1.5|депутат~:1.5|сайлов~:2|ҳукумат~:0.8|^вазир~:0.5|ҳоким~:1|сиёсат~:1.2|сиёсий:1.2"},
	{news.TopicDiplomacy, "uz", "sammit~:2|diplomat~:2|hamkorlik~:1|tashrif~:1.2|muzokara~:1.5|elchi~:2"},
	{news.TopicDiplomacy, "uz-Cyrl", "саммит~:2|дипломат~:2|ҳамкорлик~:1|ташриф~:1.2|музокара~:1.5|элчи~:2|превентив дипломатия:2"},
	{news.TopicEconomy, "uz", "iqtisod~:2|budjet~:1.2|investitsiya~:1.5|soliq~:1.2|eksport~:1.2|bank~:1"},
	{news.TopicEconomy, "uz-Cyrl", "иқтисод~:2|бюджет~:1.2|инвестиция~:1.5|солиқ~:1.2|экспорт~:1.2|банк~:1"},
}

// addOtherTopics adds topicOtherLexicon to the topic lexicon l, whose
// topics are indexed as in topics.
func addOtherTopics(l *lexicon, v *vocab, topics []news.Topic) {
	for _, tt := range topicOtherLexicon {
		ti := slices.Index(topics, tt.topic)
		if ti < 0 {
			continue
		}
		for _, raw := range strings.Split(tt.terms, "|") {
			text, w, fl, kind := splitWeight(raw)
			if text == "" {
				continue
			}
			intlForms(text, otherEndings[tt.lang], func(phrase string) {
				l.add(v, plainWords(phrase), entry{topic: int8(ti), kind: kind, flags: fl, weight: w, label: text, langs: lOther})
			})
		}
	}
}
