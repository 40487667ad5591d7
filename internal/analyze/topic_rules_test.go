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
