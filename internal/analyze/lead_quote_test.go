package analyze

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/news"
)

// TestSummaryKeepsNewsLead: a lead that carries the news opens the summary
// even when it restates the headline or ends in an attribution to an office
// ("officials said", "сообщили в министерстве"); true boilerplate is still
// skipped.
func TestSummaryKeepsNewsLead(t *testing.T) {
	a := shared()
	tests := []struct {
		name, lang, title, body, wantPrefix string
	}{
		{"ru сообщили в министерстве, подписали", "ru",
			"Киргизия и Казахстан договорились о перетоках электроэнергии на зиму",
			"Киргизия и Казахстан подписали соглашение о перетоках электроэнергии на осенне-зимний период, сообщили в министерстве энергетики.\n\nКазахстан поставит до 1,2 млрд кВт·ч электроэнергии с декабря по март.\n\n«Мы не допустим веерных отключений этой зимой, у нас есть все необходимые резервы», — заявил министр энергетики Киргизии Таалайбек Ибраев.",
			"Киргизия и Казахстан подписали соглашение"},
		{"ru Tengrinews lead before a quote", "ru",
			"Токаев подписал закон об искусственном интеллекте",
			"Токаев подписал первый в Казахстане закон об искусственном интеллекте.\n\n«Искусственный интеллект должен служить людям, а не заменять их», — говорится в сообщении Акорды.\n\nЗакон вступит в силу через шестьдесят дней после официального опубликования.",
			"Токаев подписал первый в Казахстане закон"},
		{"ru говорится в сообщении", "ru",
			"Узбекистан отменил визы для граждан ещё пяти стран",
			"Узбекистан отменил визы для граждан ещё пяти стран, говорится в сообщении МИД республики.\n\nБезвизовый режим позволит находиться в стране до тридцати дней.",
			"Узбекистан отменил визы для граждан"},
		{"ru сообщили в ГКНБ", "ru",
			"В Бишкеке задержали группу мошенников",
			"В Бишкеке задержали группу из пяти человек, подозреваемых в мошенничестве, — сообщили в ГКНБ.\n\nПо данным ведомства, ущерб превысил десять миллионов сомов.",
			"В Бишкеке задержали группу"},
		{"ru подписка в новостях", "ru",
			"Казахстан открыл подписку на народные облигации",
			"Казахстан открыл подписку на народные облигации, сообщили в Минфине.\n\nПервый выпуск составит сто миллиардов тенге.",
			"Казахстан открыл подписку"},
		{"en officials said", "en",
			"Kyrgyzstan and Kazakhstan agree on winter power flows",
			"Kyrgyzstan and Kazakhstan signed an agreement on power flows for the autumn and winter, officials said.\n\nKazakhstan will supply up to 1.2 billion kWh between December and March.",
			"Kyrgyzstan and Kazakhstan signed an agreement"},
		{"en subscribed", "en",
			"Kazakh bond issue oversubscribed",
			"Investors subscribed to Kazakhstan's first retail bond three times over, the finance ministry said.\n\nThe issue raised 100 billion tenge.",
			"Investors subscribed to Kazakhstan"},
		{"en signed up", "en",
			"Uzbekistan joins grain deal",
			"Uzbekistan signed up to the regional grain corridor on Tuesday, officials said.\n\nThe deal covers wheat and barley.",
			"Uzbekistan signed up to the regional grain corridor"},
		{"en boilerplate still skipped", "en",
			"Tajikistan opens new dam",
			"Photo: Reuters\n\nSubscribe to our newsletter\n\nDUSHANBE, Dec 5 (Reuters) - Tajikistan opened the first unit of the Rogun dam on Thursday, officials said.",
			"Tajikistan opened the first unit"},
		{"ru boilerplate still skipped", "ru",
			"В Таджикистане запустили агрегат Рогунской ГЭС",
			"Фото: пресс-служба\n\nПодписывайтесь на наш Telegram-канал\n\nЧитайте также:\n\nКак строили Рогун\n\nВ Таджикистане запустили третий агрегат Рогунской ГЭС, сообщили в Минэнерго.",
			"В Таджикистане запустили третий агрегат"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Title: tt.title, Body: tt.body, Lang: tt.lang}).Summary
			if !strings.HasPrefix(got, tt.wantPrefix) {
				t.Errorf("summary %q, want it to start %q", got, tt.wantPrefix)
			}
			for _, bad := range []string{"Photo:", "Фото:", "Subscribe", "Подписывайтесь", "Читайте также", "Reuters) -"} {
				if strings.Contains(got, bad) {
					t.Errorf("summary %q holds boilerplate %q", got, bad)
				}
			}
		})
	}
}

// TestQuotesTitleComplements: «…», — VERB + title + genitive complements +
// a personal name gives that name; an organisation gives no quote.
func TestQuotesTitleComplements(t *testing.T) {
	a := shared()
	const qru = "«Мы не допустим веерных отключений этой зимой, у нас есть все необходимые резервы»"
	const qen = "“We will not allow rolling blackouts this winter, we have all the reserves we need,”"
	tests := []struct {
		name, lang, body, speaker string // speaker "" wants no quote
	}{
		{"заявил министр энергетики Киргизии", "ru", qru + ", — заявил министр энергетики Киргизии Таалайбек Ибраев.", "Таалайбек Ибраев"},
		{"сказала министр энергетики Казахстана", "ru", qru + ", — сказала министр энергетики Казахстана Алмаса Садыкова.", "Алмаса Садыкова"},
		{"отметил глава МИД Казахстана", "ru", qru + ", — отметил глава МИД Казахстана Ермек Кошербаев.", "Ермек Кошербаев"},
		{"подчеркнул председатель правления АО «КазТрансОйл»", "ru", qru + ", — подчеркнул председатель правления АО «КазТрансОйл» Асхат Хасенов.", "Асхат Хасенов"},
		{"добавил пресс-секретарь президента России", "ru", qru + ", — добавил пресс-секретарь президента России Дмитрий Песков.", "Дмитрий Песков"},
		{"заявили министр with patronymic", "ru", qru + ", — заявил заместитель министра энергетики Киргизии Таалайбек Ибраевич Ибраев.", "Таалайбек Ибраевич Ибраев"},
		{"заявил журналистам министр", "ru", qru + ", — заявил журналистам министр энергетики Киргизии Таалайбек Ибраев.", "Таалайбек Ибраев"},
		{"подчеркнула пресс-секретарь", "ru", qru + ", — подчеркнула пресс-секретарь министерства энергетики Киргизии Айгуль Ибраева.", "Айгуль Ибраева"},
		{"прокомментировал председатель", "ru", qru + ", — прокомментировал председатель комитета по энергетике Мажилиса Нурлан Сауранбаев.", "Нурлан Сауранбаев"},
		{"подчеркнули в министерстве", "ru", qru + ", — подчеркнули в министерстве энергетики.", ""},
		{"заявило министерство", "ru", qru + ", — заявило министерство энергетики Киргизии.", ""},
		{"говорится в сообщении Акорды", "ru", qru + ", — говорится в сообщении Акорды.", ""},
		{"говорится в заявлении МИД", "ru", qru + ", — говорится в заявлении МИД.", ""},
		{"говорится в сообщении министерства", "ru", qru + ", — говорится в сообщении министерства энергетики Киргизии.", ""},
		{"сообщили в ГКНБ", "ru", qru + ", — сообщили в ГКНБ.", ""},
		{"заявили в министерстве энергетики Киргизии", "ru", qru + ", — заявили в министерстве энергетики Киргизии.", ""},
		{"отметил глава ведомства (no name)", "ru", qru + ", — отметил глава ведомства.", ""},
		{"name not ending the clause", "ru", qru + ", — заявил министр энергетики Киргизии Таалайбек Ибраев на брифинге в Бишкеке в среду.", "Таалайбек Ибраев"},
		{"organisation name, not a person", "ru", qru + ", — заявил председатель правления АО «Казахстан Темир Жолы».", ""},
		{"помощник министра + genitive name", "ru", qru + ", — заявил помощник министра энергетики Таалайбека Ибраева.", ""},
		{"помощник министра + genitive name, female verb", "ru", qru + ", — заявила помощник министра Таалайбека Ибраева.", ""},
		{"two names in a row", "ru", qru + ", — заявил министр энергетики Киргизии Таалайбек Ибраев Сергею Лаврову.", ""},
		{"глава ведомства then a place", "ru", qru + ", — заявил глава ведомства Киргизии.", ""},
		{"en said Kyrgyz Energy Minister", "en", qen + " said Kyrgyz Energy Minister Taalaibek Ibraev.", "Taalaibek Ibraev"},
		{"en Ibraev said", "en", qen + " Kyrgyz Energy Minister Taalaibek Ibraev said.", "Taalaibek Ibraev"},
		{"en the ministry said", "en", qen + " the ministry said.", ""},
		{"en the Kyrgyz energy ministry said", "en", qen + " the Kyrgyz energy ministry said in a statement.", ""},
		{"en officials said", "en", qen + " officials said.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Title: "T", Body: tt.body, Lang: tt.lang}).Quotes
			slices.SortFunc(got, func(x, y news.Quote) int { return x.Pos - y.Pos })
			if tt.speaker == "" {
				if len(got) != 0 {
					t.Fatalf("quotes %+v, want none", got)
				}
				return
			}
			if len(got) != 1 || got[0].Speaker != tt.speaker {
				t.Fatalf("quotes %+v, want one by %q", got, tt.speaker)
			}
			if !strings.HasPrefix(got[0].Text, "Мы не допустим") && !strings.HasPrefix(got[0].Text, "We will not allow") {
				t.Errorf("quote text %q", got[0].Text)
			}
		})
	}
}

// TestDashQuoteGenitiveName: a dialogue-dash attribution whose last name is
// the genitive of the office the speaker serves gives no quote.
func TestDashQuoteGenitiveName(t *testing.T) {
	a := shared()
	for body, want := range map[string]string{
		"— Мы не допустим веерных отключений этой зимой, у нас есть резервы, — заявил помощник министра энергетики Таалайбека Ибраева.":        "",
		"— Мы не допустим веерных отключений этой зимой, у нас есть резервы, — заявил министр энергетики Киргизии Таалайбек Ибраев.":           "Таалайбек Ибраев",
		"— Мы не допустим веерных отключений этой зимой, у нас есть резервы, — сообщил старший следователь УМВД по городу Оше Азамат Осмонов.": "Азамат Осмонов",
	} {
		got := a.Analyze(Input{Title: "T", Body: body, Lang: "ru"}).Quotes
		if want == "" && len(got) != 0 || want != "" && (len(got) != 1 || got[0].Speaker != want) {
			t.Errorf("%s: quotes %+v, want speaker %q", body, got, want)
		}
	}
}
