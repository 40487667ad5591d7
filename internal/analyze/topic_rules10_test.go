package analyze

import (
	"testing"

	"github.com/newsbot/newsbot/internal/news"
)

// TestTopicWordsOfTenthRound: words that name another topic in a
// neighbouring language are read in their own (Ukrainian «роботу» is work,
// not a robot; Italian «ambienti parlamentari» are circles, not the
// environment), and more words of politics (a city council, a cabinet, an
// oath of office, a mayoral candidate, a civil servant) and of the economy
// (monetary, tariffs in their German cases) count.
func TestTopicWordsOfTenthRound(t *testing.T) {
	runTopicCases(t, []topicCase{
		{"uk: «почав роботу» is no technology", "uk", "Новий парламент почав роботу",
			"Депутати зібралися на перше засідання і обрали голову парламенту. Уряд подав у відставку.",
			[]news.Topic{news.TopicPolitics}, []news.Topic{news.TopicTechnology}},
		{"ru: роботы are technology", "ru", "На заводе установили промышленных роботов",
			"Роботы будут собирать двигатели, сообщили на предприятии.",
			[]news.Topic{news.TopicTechnology}, nil},
		{"it: ambienti parlamentari are no environment", "it", "La premier al Quirinale",
			"La notizia circolata in ambienti parlamentari è stata confermata: la premier ha incontrato il presidente della Repubblica, fonti di governo parlano di un colloquio politico.",
			[]news.Topic{news.TopicPolitics}, []news.Topic{news.TopicEnvironment}},
		{"it: la tutela dell'ambiente is environment", "it", "Nuove norme per la tutela dell'ambiente",
			"La legge ambientale riduce le emissioni delle fabbriche.",
			[]news.Topic{news.TopicEnvironment}, nil},
		{"uk: міська рада and міський голова are politics", "uk", "У Львові провели сесію міської ради",
			"Міський голова розповів про рішення, які ухвалили депутати міської ради.",
			[]news.Topic{news.TopicPolitics}, nil},
		{"es: gabinete is politics", "es", "El presidente electo define su gabinete",
			"La designación de los ministros se conocerá la próxima semana.",
			[]news.Topic{news.TopicPolitics}, nil},
		{"fr: prêté serment is politics", "fr", "Le chef de la transition a prêté serment",
			"La cérémonie d'investiture s'est tenue au palais en présence des diplomates.",
			[]news.Topic{news.TopicPolitics}, nil},
		{"en: a monetary reform is economy", "en", "Eight countries agree a monetary reform",
			"The common currency will change its name and its reserves will no longer be held abroad.",
			[]news.Topic{news.TopicEconomy}, nil},
		{"tr: a mayoral candidate is politics", "tr", "Belediye başkan adayı hedeflerini açıkladı",
			"Büyükşehir belediyesi için aday gösterilen isim, tanıtım toplantısında konuştu.",
			[]news.Topic{news.TopicPolitics}, nil},
		{"tr: a title contender is no politics", "tr", "Galatasaray şampiyonluk adayı",
			"Takım son maçta üç gol attı ve liderliğe yükseldi.",
			nil, []news.Topic{news.TopicPolitics}},
		{"ru: a civil servant dismissed is politics", "ru", "Чиновника освободят от должности",
			"Агентство по делам госслужбы рекомендовало уволить чиновника после служебной проверки.",
			[]news.Topic{news.TopicPolitics}, nil},
		{"de: von neuen Zöllen is economy", "de", "Regierung prüft Gegenmassnahmen",
			"Die Ankündigung von neuen Zöllen sei kontraproduktiv, die Exportindustrie fordere zollfreien Handel.",
			[]news.Topic{news.TopicEconomy}, nil},
	})
}
