package analyze

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

func sentencesOf(a *Analyzer, body, lang string) []string {
	d := a.newDoc(Input{Body: body, Lang: lang})
	var out []string
	for _, s := range d.sents {
		out = append(out, d.body[s.s:s.e])
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	a := shared()
	tests := []struct {
		name, lang, body string
		want             []string
	}{
		{"abbreviations", "en", "Mr. Smith met Dr. Jones in St. Louis on Jan. 5. They talked.",
			[]string{"Mr. Smith met Dr. Jones in St. Louis on Jan. 5.", "They talked."}},
		{"initialism", "en", "The U.S. Army said it was ready. Nothing followed.",
			[]string{"The U.S. Army said it was ready.", "Nothing followed."}},
		{"decimals", "en", "Growth was 3.5 percent in 2024. It slowed.",
			[]string{"Growth was 3.5 percent in 2024.", "It slowed."}},
		{"quote with attribution", "en", "“Where are we going? Nobody knows!” Rahmon said. Then he left.",
			[]string{"“Where are we going? Nobody knows!” Rahmon said.", "Then he left."}},
		{"russian initials", "ru", "В. В. Путин прибыл в Душанбе. Его встретил Э. Рахмон.",
			[]string{"В. В. Путин прибыл в Душанбе.", "Его встретил Э. Рахмон."}},
		{"russian abbreviations", "ru", "Цены выросли, т.е. на 5 млн. руб. больше, и т.д. Это много.",
			[]string{"Цены выросли, т.е. на 5 млн. руб. больше, и т.д. Это много."}},
		{"russian quote", "ru", "«Мы готовы к диалогу. Это важно», — заявил Лукашенко. Встреча прошла в Минске.",
			[]string{"«Мы готовы к диалогу. Это важно», — заявил Лукашенко.", "Встреча прошла в Минске."}},
		{"paragraphs", "en", "First line without stop\nSecond paragraph here. And more.",
			[]string{"First line without stop", "Second paragraph here.", "And more."}},
		// An unbalanced quotation mark holds sentences together for 600
		// bytes only: a stop inside them does not split, one after does.
		{"unbalanced quote en", "en", "He wrote \"" + strings.Repeat("word ", 110) + "end. Inside. " + strings.Repeat("more ", 20) + "then. After. Last.",
			[]string{"He wrote \"" + strings.Repeat("word ", 110) + "end. Inside. " + strings.Repeat("more ", 20) + "then.", "After.", "Last."}},
		{"unbalanced quote ru", "ru", "Он написал «" + strings.Repeat("слово ", 50) + "конец. Внутри. " + strings.Repeat("ещё ", 20) + "затем. После. Всё.",
			[]string{"Он написал «" + strings.Repeat("слово ", 50) + "конец. Внутри. " + strings.Repeat("ещё ", 20) + "затем.", "После.", "Всё."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentencesOf(a, tt.body, tt.lang)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestSummary(t *testing.T) {
	a := shared()
	tests := []struct {
		name, lang, title, body string
		want                    string
	}{
		{"skips credit and heading", "en", "Talks in Dushanbe",
			"Photo: Press Service\nTalks in Dushanbe\nThe presidents met on Tuesday in the Tajik capital. They signed ten agreements on trade and migration. The talks lasted four hours and ended with a lunch in the garden.\nLatest news\n- Something else happened in Almaty today",
			"The presidents met on Tuesday in the Tajik capital. They signed ten agreements on trade and migration. The talks lasted four hours and ended with a lunch in the garden."},
		{"strips dateline", "en", "Oil",
			"ASTANA, Dec 5 (Reuters) - Kazakhstan will raise oil output next year, the energy ministry said on Friday.",
			"Kazakhstan will raise oil output next year, the energy ministry said on Friday."},
		{"russian boilerplate", "ru", "Новость",
			"Фото: пресс-служба\nЧитайте также: Что-то другое\nВ Минске открыли новую станцию метро. На церемонии присутствовал мэр города.\nПодписывайтесь на наш телеграм-канал",
			"В Минске открыли новую станцию метро. На церемонии присутствовал мэр города."},
		{"short teaser without stop", "en", "Teaser", "Floods hit the north of the country", "Floods hit the north of the country"},
		{"standfirst without a full stop", "en", "Italy in shock",
			"Casualties reported after cable car collapsed near Lake Maggiore in northern Italy\n\nItaly was in shock on Sunday after a cable car crashed to the ground.",
			"Casualties reported after cable car collapsed near Lake Maggiore in northern Italy. Italy was in shock on Sunday after a cable car crashed to the ground."},
		{"russian lead paragraph without a full stop", "ru", "Авария",
			"Автобус с белорусами опрокинулся под Псковом, среди пострадавших есть дети\nАвария произошла на трассе Р-23 утром в понедельник.",
			"Автобус с белорусами опрокинулся под Псковом, среди пострадавших есть дети. Авария произошла на трассе Р-23 утром в понедельник."},
		{"empty", "en", "Title", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Title: tt.title, Body: tt.body, Lang: tt.lang}).Summary
			if got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// primaryOK reports whether primary holds every wanted code and nothing
// outside want ∪ allow.
func primaryOK(primary, want, allow []string) bool {
	for _, w := range want {
		if !slices.Contains(primary, w) {
			return false
		}
	}
	for _, p := range primary {
		if !slices.Contains(want, p) && !slices.Contains(allow, p) {
			return false
		}
	}
	return true
}

func TestCountriesHeadlines(t *testing.T) {
	a := shared()
	tests := []struct {
		title string
		want  []string
		allow []string
	}{
		// The seed's "Latest news" list, each analysed as a title alone.
		{"Mother Questions Official Account of National Guard Conscript’s Death in Oral", []string{"KZ"}, nil},
		{"KazTransOil to Boost Oil Supplies to Kyrgyzstan, Resume Transit to Uzbekistan", []string{"KZ", "KG", "UZ"}, nil},
		{"Russian Teen Who Fled to Kazakhstan to Escape War Faces Deportation", []string{"KZ", "RU"}, nil},
		{"Lawyer Comments on Gulnara Bazhkenova's House Arrest Conditions, Appeals to International Organizations", []string{"KZ"}, nil},
		{"Kazakhstan Marks Independence Day, Remembering the Tragic December Events of 1986", []string{"KZ"}, nil},
		{"Kremlin Spokesperson Says Ukraine’s Non-NATO Status Is Central to Peace Talks", []string{"RU", "UA"}, nil},
		{"Kcell Receives Certification for Information Security", []string{"KZ"}, nil},
		{"Uzbekistan Aims to Halt Gas Production Decline by 2026 With New Fields", []string{"UZ"}, nil},
		{"Kyrgyzstan: Culture Ministry Denies Reports of Ban on Valery Meladze Concert", []string{"KG"}, nil},
		{"Kazakh Ophthalmologist Wins International Honors at Hong Kong ICT Awards 2025", []string{"KZ"}, []string{"HK"}},
		{"Kazakhstan: Construction Industry Urges for Return to Previous Time Zone", []string{"KZ"}, nil},
		{"KTZ Spends 79 Million Tenge on New Workwear After Complaints From Mangystau Employees", []string{"KZ"}, nil},
		{"Armenian Defense Minister Says Situation Calm Along Border With Azerbaijan", []string{"AM", "AZ"}, nil},
		{"Zelenskyy Signals Ukraine Could Forego NATO Membership in Exchange for Security Guarantees", []string{"UA"}, nil},
		{"Kazakhstan Says Damage From Drone Attack on CPC Facility Still Being Assessed", []string{"KZ"}, nil},
		{"Kazakhstan May Build Planned Thermal Power Plants Independently Amid Delays in Russian Financing", []string{"KZ"}, []string{"RU"}},
		{"Expert Warns Sale of Transtelecom Stake Overlooks Kazakhstan’s National Security Risks", []string{"KZ"}, nil},
		{"Kazakhstan Says Alternative Oil Export Routes Are Available Amid CPC Infrastructure Issues", []string{"KZ"}, nil},
		{"Former Foreign Ministry Spokesman Aibek Smadiyarov Appointed Head of Domestic Policy Department", []string{"KZ"}, nil},
		{"Kadyrov Says He Is Ready to Run Again as Chechnya’s Head in 2026", []string{"RU"}, nil},
		// Russian case forms, generated rather than stemmed.
		{"Делегация Таджикистана прибыла в Москву", []string{"TJ", "RU"}, nil},
		{"Лукашенко встретился с Токаевым в Астане", []string{"BY", "KZ"}, nil},
		{"Грузии предложили новый транзитный маршрут", []string{"GE"}, nil},
		{"Груз задержали на границе", nil, nil},
		{"В Папуа — Новой Гвинее произошло землетрясение", nil, []string{"PG"}},
		// Ambiguities.
		{"Papua New Guinea Election Results Delayed", []string{"PG"}, nil},
		{"Georgia Governor Kemp Signs Budget in Atlanta", []string{"US"}, nil},
		{"Georgia Protesters Rally in Tbilisi", []string{"GE"}, nil},
		{"Michael Jordan Buys a New Team", nil, nil},
		{"Jordan Closes Border Crossing With Syria", []string{"JO", "SY"}, nil},
		{"How to Roast a Turkey for Thanksgiving", nil, []string{"US"}},
		{"Turkey Raises Interest Rates Again", []string{"TR"}, nil},
		{"Chad Smith Joins the Band", nil, nil},
		{"Chechnya and Tatarstan Sign Deal", []string{"RU"}, nil},
		{"Tokayev Meets Mirziyoyev in Samarkand", []string{"KZ", "UZ"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			got := a.Analyze(Input{Title: tt.title}).PrimaryCountries()
			if !primaryOK(got, tt.want, tt.allow) {
				t.Errorf("primary = %v, want %v (allowed extra %v)", got, tt.want, tt.allow)
			}
		})
	}
}

func TestCountriesAmbiguousNames(t *testing.T) {
	a := shared()
	tests := []struct {
		name, title, body string
		want              []string
	}{
		{"Georgia the US state in party politics",
			"Georgia’s Liberal Organizers Warn of a Cash Crunch and Apathy",
			"Cost-conscious shifts in strategy and a changed political landscape have stoked fears about the groups’ ability to keep delivering victories for Democrats.",
			nil},
		{"Oscar Pistorius is not the German minister",
			"Former Paralympic star Oscar Pistorius granted parole a decade after killing girlfriend",
			"South African Oscar Pistorius, a former Paralympic star who was jailed nine years ago for killing his girlfriend Reeva Steenkamp, was granted parole on Friday.",
			[]string{"ZA"}},
		{"Boris Pistorius still is",
			"Pistorius visits troops in Lithuania",
			"German Defence Minister Boris Pistorius met soldiers of the brigade on Monday.",
			[]string{"DE", "LT"}},
		{"Georgia the country", "Georgia’s ruling party wins disputed vote",
			"Protesters gathered in Tbilisi after the Georgian Dream party was declared the winner.",
			[]string{"GE"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Title: tt.title, Body: tt.body, Lang: "en"}).PrimaryCountries()
			if !primaryOK(got, tt.want, nil) {
				t.Errorf("primary = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestCountriesBody(t *testing.T) {
	a := shared()
	in := Input{
		Title: "Talks on water",
		Body: "Officials from Dushanbe and Tashkent met on Monday to discuss water sharing along the Amu Darya. " +
			"The Tajik side proposed a new schedule. Uzbek officials said they would study it.\n" +
			"A Chinese company may finance the project, a source said.",
		Lang: "en",
	}
	an := a.Analyze(in)
	if got := an.PrimaryCountries(); !primaryOK(got, []string{"TJ", "UZ"}, nil) {
		t.Errorf("primary = %v, want TJ and UZ", got)
	}
	if got := an.MentionedCountries(); !slices.Contains(got, "CN") {
		t.Errorf("mentioned = %v, want CN among them", got)
	}
}

func topicsOf(an news.Analysis) []news.Topic { return an.TopicSlugs() }

func TestTopics(t *testing.T) {
	a := shared()
	tests := []struct {
		name, lang, title, body string
		want                    news.Topic
	}{
		{"energy en", "en", "Kazakhstan raises oil output", "Kazakhstan will pump more crude oil through the CPC pipeline as gas production and refinery capacity grow.", news.TopicEnergy},
		{"migration en", "en", "New rules for migrant workers", "Russia tightened rules for migrant workers; deportations and visa checks rose as migration from Central Asia grew.", news.TopicMigration},
		{"sport en", "en", "Kyrgyz boxer wins gold", "The boxer won the championship final and a gold medal at the tournament in front of a full stadium.", news.TopicSport},
		{"justice ru", "ru", "Суд вынес приговор", "Суд приговорил бывшего чиновника к восьми годам колонии за взятку. Прокурор требовал большего срока, адвокат обжалует приговор.", news.TopicJustice},
		{"health ru", "ru", "Вспышка гриппа", "В больницах Минска растет число пациентов с гриппом. Врачи советуют вакцинацию, минздрав объявил эпидемию.", news.TopicHealth},
		{"diplomacy ru", "ru", "Переговоры в Душанбе", "Президенты провели переговоры и подписали соглашение о стратегическом партнерстве. Визит прошел в рамках саммита СНГ.", news.TopicDiplomacy},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := topicsOf(a.Analyze(Input{Title: tt.title, Body: tt.body, Lang: tt.lang}))
			if len(got) == 0 || got[0] != tt.want {
				t.Errorf("topics = %v, want %s first", got, tt.want)
			}
		})
	}
	if got := topicsOf(a.Analyze(Input{Title: "Hello", Body: "Nothing to see here at all."})); len(got) != 0 {
		t.Errorf("topics of an empty story = %v, want none", got)
	}
}

func TestQuotes(t *testing.T) {
	a := shared()
	type q = wantQuote
	tests := []struct {
		name, lang, body string
		want             []q // prefixes of text; order by position
	}{
		{"said after", "en", "President Emomali Rahmon spoke in Dushanbe.\n“We are not outsiders to you,” Rahmon said.",
			[]q{{"We are not outsiders to you", "Emomali Rahmon"}}},
		{"said before with colon", "en", "Foreign Minister Sergei Lavrov arrived.\nLavrov told reporters: “The talks were useful and we will continue them.”",
			[]q{{"The talks were useful", "Sergei Lavrov"}}},
		{"said name after verb", "en", "“This is a turning point for the whole region,” said Kassym-Jomart Tokayev, the president.",
			[]q{{"This is a turning point", "Kassym-Jomart Tokayev"}}},
		{"split quote", "en", "Jane Smith runs the clinic. “We are short of doctors,” Smith said, “and the winter has only started.”",
			[]q{{"We are short of doctors and the winter has only started.", "Jane Smith"}}},
		{"straight quotes", "en", "Mayor John Brown opened the bridge. \"This bridge will change the life of the town,\" Brown said.",
			[]q{{"This bridge will change", "John Brown"}}},
		{"role resolves", "en", "Vladimir Putin met Emomali Rahmon.\n“We had a friendly, calm conversation over a cup of tea,” the Russian leader said.",
			[]q{{"We had a friendly", "Vladimir Putin"}}},
		{"ambiguous role dropped", "en", "Two ministers met in Baku.\n“We agreed on everything that matters to both of us,” the minister said.",
			nil},
		{"pronoun resolves", "en", "Sadyr Japarov spoke to parliament on Monday.\n“We will not allow anyone to divide our country again,” he said.",
			[]q{{"We will not allow", "Sadyr Japarov"}}},
		{"pronoun ambiguous", "en", "Sadyr Japarov met Shavkat Mirziyoyev on Monday.\n“We will not allow anyone to divide our country again,” he said.",
			nil},
		{"pronoun of the other gender dropped", "en", "Nielsen, a former official, told the committee that the Trump team is revising its climate models.\n“I can’t state it is caused by humans alone,” she said. “There are many contributions to it.”",
			nil},
		{"pronoun not resolved to a name used as a modifier", "en", "Carper called the Trump administration’s plan to cut the budget troubling.\n“This is a problem we cannot ignore any longer,” he said.",
			nil},
		{"russian pronoun of the other gender dropped", "ru", "Захарова выступила на брифинге в Москве.\n«Мы не будем отвечать на эти обвинения никогда», — сказал он.",
			nil},
		{"banner no speaker", "en", "Banners around Dushanbe read:\n“Our goal is to strengthen friendship and strategic partnership between Tajikistan and Russia.”",
			nil},
		{"title of work", "en", "Putin presented Rahmon with a painting, “Tajik Friends,” and a book.", nil},
		{"unknown single word speaker", "en", "“The prices will keep rising for many months to come,” Officials said.", nil},
		{"block quote", "en", "Rahmon spoke at length.\nWhere and what did we violate? We have always respected the interests of our main strategic partner,\nRahmon said, adding that he wanted respect.",
			[]q{{"Where and what did we violate?", "Rahmon"}}},
		{"russian after", "ru", "Президент Беларуси Александр Лукашенко посетил завод.\n«Мы не будем продавать предприятие никому и никогда», — заявил Лукашенко.",
			[]q{{"Мы не будем продавать", "Александр Лукашенко"}}},
		{"russian before", "ru", "Глава МИД России Сергей Лавров заявил журналистам: «Переговоры будут продолжены в следующем месяце в Женеве».",
			[]q{{"Переговоры будут продолжены", "Сергей Лавров"}}},
		{"russian pronoun", "ru", "Токаев выступил в мажилисе.\n«Мы обязаны защитить права каждого гражданина нашей страны», — сказал он.",
			[]q{{"Мы обязаны защитить", "Касым-Жомарт Токаев"}}},
		{"russian inner quotes", "ru", "Министр Иван Петров выступил.\n«Проект „Север“ будет завершен в этом году без задержек», — отметил Петров.",
			[]q{{"Проект „Север“ будет завершен", "Иван Петров"}}},
		{"russian organisation", "ru", "«Ситуация на границе остается стабильной и полностью под контролем», — говорится в сообщении ведомства.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := a.Analyze(Input{Title: "T", Body: tt.body, Lang: tt.lang}).Quotes
			assertQuotesInOrder(t, got, tt.want)
		})
	}
}

func TestIndexSameStory(t *testing.T) {
	a := shared()
	t0 := time.Date(2025, 12, 12, 8, 0, 0, 0, time.UTC)
	wire := "ASTANA, Dec 12 (Reuters) - Kazakhstan said on Friday that damage from a drone attack on a Caspian Pipeline Consortium facility near Novorossiysk was still being assessed, and that oil exports through alternative routes remained available. The energy ministry said KazTransOil could redirect up to 1.5 million tonnes a month via Aktau and the Baku-Tbilisi-Ceyhan pipeline. Exports via CPC account for about 80 percent of Kazakh crude sales abroad."
	rewrite := "Kazakhstan says damage from the drone attack on a Caspian Pipeline Consortium facility near Novorossiysk is still being assessed. Oil exports through alternative routes remain available, the energy ministry said on Friday, adding that KazTransOil could redirect up to 1.5 million tonnes a month via Aktau and the Baku-Tbilisi-Ceyhan pipeline. CPC exports account for about 80 percent of Kazakh crude sales abroad."
	other := "Uzbekistan aims to halt a decline in gas production by 2026 by developing new fields, the energy ministry in Tashkent said on Friday. Uzbekneftegaz plans to drill 120 new wells and to invite foreign partners to fields in the Ustyurt region, where output fell 7 percent this year."
	ix := NewIndex(48 * time.Hour)
	c1 := ix.Assign(1, t0, a.Analyze(Input{Title: "Kazakhstan says CPC drone damage still being assessed", Body: wire, Lang: "en"}), "Kazakhstan says CPC drone damage still being assessed")
	c2 := ix.Assign(2, t0.Add(3*time.Hour), a.Analyze(Input{Title: "Kazakhstan: Damage From Drone Attack on CPC Still Being Assessed", Body: rewrite, Lang: "en"}), "Kazakhstan: Damage From Drone Attack on CPC Still Being Assessed")
	c3 := ix.Assign(3, t0.Add(4*time.Hour), a.Analyze(Input{Title: "Uzbekistan aims to halt gas production decline", Body: other, Lang: "en"}), "Uzbekistan aims to halt gas production decline")
	copyOf := ix.Assign(4, t0.Add(5*time.Hour), a.Analyze(Input{Title: "CPC damage assessed", Body: wire, Lang: "en"}), "CPC damage assessed")
	late := ix.Assign(5, t0.Add(72*time.Hour), a.Analyze(Input{Title: "Kazakhstan says CPC drone damage still being assessed", Body: wire, Lang: "en"}), "Kazakhstan says CPC drone damage still being assessed")
	if c2 != c1 {
		t.Errorf("rewrite cluster = %q, want %q", c2, c1)
	}
	if copyOf != c1 {
		t.Errorf("copy cluster = %q, want %q", copyOf, c1)
	}
	if c3 == c1 {
		t.Errorf("different story on the same topic joined cluster %q", c1)
	}
	if late == c1 {
		t.Errorf("article 72 h later joined cluster %q despite the 48 h window", c1)
	}

	ix2 := NewIndex(48 * time.Hour)
	ix2.Load(1, t0, a.Analyze(Input{Title: "x", Body: wire}), "x", "stored-cluster")
	if got := ix2.Assign(2, t0.Add(time.Hour), a.Analyze(Input{Title: "y", Body: wire}), "y"); got != "stored-cluster" {
		t.Errorf("after Load, copy cluster = %q, want stored-cluster", got)
	}
}

func TestBadInput(t *testing.T) {
	a := shared()
	big := strings.Repeat("Kazakhstan and Russia signed an agreement in Astana. “We are friends,” Tokayev said.\n", 5<<20/86)
	tests := []struct {
		name string
		in   Input
	}{
		{"empty", Input{}},
		{"empty body", Input{Title: "Only a title about Kazakhstan"}},
		{"5 MB body", Input{Title: "Big", Body: big}},
		{"no punctuation", Input{Title: "x", Body: strings.Repeat("word and another word without any stop ", 20000)}},
		{"10000 quote marks", Input{Title: "q", Body: strings.Repeat("“", 5000) + strings.Repeat("”", 5000)}},
		{"mixed quote marks", Input{Title: "q", Body: strings.Repeat("«a “b» c” \" ", 3000)}},
		{"mixed scripts", Input{Title: "Mixed", Body: "Москва and Astana 北京 Ташкент Tokyo مرحبا Минск."}},
		{"invalid utf-8", Input{Title: "bad\xff\xfe", Body: "Казах\xd0стан \xff\xfe\xfd and Russia.\x00 “broken"}},
		{"html left in", Input{Title: "<b>Title</b>", Body: "<p>Putin visited <a href=\"https://x\">Dushanbe</a>.</p><script>var a = \"x\";</script>"}},
		{"only newlines", Input{Body: strings.Repeat("\n", 10000)}},
		{"dots", Input{Body: strings.Repeat(". ", 50000)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an, _ := a.Explain(tt.in)
			if len(an.Summary) > 2000 {
				t.Errorf("summary is %d bytes, want a short one", len(an.Summary))
			}
			if len(an.Quotes) > maxQuotes {
				t.Errorf("%d quotes, want at most %d", len(an.Quotes), maxQuotes)
			}
			if _, _, _, ok := fpParts(an.Fingerprint); !ok || len(an.Fingerprint) > fpLen+1+4*(maxNameKeys+maxLeadKeys) {
				t.Errorf("fingerprint is %d bytes (readable: %v), want at most %d", len(an.Fingerprint), ok, fpLen+1+4*(maxNameKeys+maxLeadKeys))
			}
			for _, q := range an.Quotes {
				if q.Speaker == "" {
					t.Errorf("quote without speaker: %+v", q)
				}
			}
		})
	}
	if an := a.Analyze(Input{}); an.Summary != "" || len(an.Quotes) != 0 || len(an.Countries) != 0 || len(an.Topics) != 0 {
		t.Errorf("empty input gave %+v, want empty results", an)
	}
}

// seedGolden is what the golden file records for the seed article.
type seedGolden struct {
	Summary   string              `json:"summary"`
	Quotes    []news.Quote        `json:"quotes"`
	Countries []news.CountryScore `json:"countries"`
	Topics    []news.TopicScore   `json:"topics"`
}

func TestSeedGolden(t *testing.T) {
	in := readSeed(t)
	an := shared().Analyze(in)

	// The worked example.
	if got := an.PrimaryCountries(); !primaryOK(got, []string{"TJ", "RU"}, nil) {
		t.Errorf("primary = %v, want TJ and RU", got)
	}
	for _, want := range []news.Topic{news.TopicDiplomacy, news.TopicMigration} {
		if !slices.Contains(an.TopicSlugs(), want) {
			t.Errorf("topics = %v, want %s among them", an.TopicSlugs(), want)
		}
	}
	wantQuotes := map[string]string{
		"We are not outsiders to you":                     "Emomali Rahmon",
		"We had a friendly, calm conversation over a cup": "Vladimir Putin",
	}
	for prefix, speaker := range wantQuotes {
		found := false
		for _, q := range an.Quotes {
			if strings.HasPrefix(q.Text, prefix) {
				found = true
				if q.Speaker != speaker {
					t.Errorf("quote %q by %q, want %q", prefix, q.Speaker, speaker)
				}
			}
		}
		if !found {
			t.Errorf("no quote starting %q in %+v", prefix, an.Quotes)
		}
	}
	for _, q := range an.Quotes {
		if strings.HasPrefix(q.Text, "Our goal is") {
			t.Errorf("banner slogan attributed to %q", q.Speaker)
		}
	}
	if an.Summary == "" || strings.Contains(an.Summary, "Photo") || strings.Contains(an.Summary, "Latest news") || strings.Contains(an.Summary, "KazTransOil") {
		t.Errorf("summary = %q, want the opening sentences only", an.Summary)
	}
	if !strings.HasPrefix(an.Summary, "Relations between Tajikistan and Russia") {
		t.Errorf("summary = %q, want it to open with the lead", an.Summary)
	}

	got := seedGolden{Summary: an.Summary, Quotes: an.Quotes, Countries: an.Countries, Topics: an.Topics}
	b, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, '\n')
	path := filepath.Join("testdata", "seed.golden.json")
	if *update {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (run: go test ./internal/analyze/ -run TestSeedGolden -args -update): %v", err)
	}
	if string(want) != string(b) {
		t.Errorf("seed analysis differs from %s (if intended: go test ./internal/analyze/ -run TestSeedGolden -args -update)\ngot:\n%s", path, b)
	}
}

func TestConcurrentUse(t *testing.T) {
	a := shared()
	in := readSeed(t)
	want := a.Analyze(in)
	ix := NewIndex(48 * time.Hour)
	done := make(chan news.Analysis, 8)
	for i := 0; i < 8; i++ {
		go func(i int) {
			an := a.Analyze(in)
			ix.Assign(int64(i), time.Unix(int64(i), 0), an, in.Title)
			done <- an
		}(i)
	}
	for i := 0; i < 8; i++ {
		got := <-done
		if got.Summary != want.Summary || len(got.Quotes) != len(want.Quotes) {
			t.Errorf("concurrent Analyze differs")
		}
	}
	if ix.Len() != 8 {
		t.Errorf("index holds %d, want 8", ix.Len())
	}
}

// TestConcurrentReuse: documents' buffers are reused between calls, so
// analyses of different articles in both languages, run from several
// goroutines at once, must equal the same analyses run one by one, and a
// result kept from an earlier call must not change when later calls reuse
// its document's buffers.
func TestConcurrentReuse(t *testing.T) {
	a := New() // its own pool, so other tests' documents play no part
	items := loadCorpus(t)
	var ins []Input
	for i := 0; i < len(items) && len(ins) < 80; i += len(items)/80 + 1 {
		ins = append(ins, items[i].in)
	}
	ins = append(ins, readSeed(t))
	want := make([]news.Analysis, len(ins))
	for i, in := range ins {
		want[i] = a.Analyze(in)
	}
	kept := a.Analyze(ins[0]) // a result kept while the buffers are reused
	const workers = 4
	errs := make(chan string, workers*len(ins))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for k := range ins {
				i := (k + w*len(ins)/workers) % len(ins)
				if got := a.Analyze(ins[i]); !reflect.DeepEqual(got, want[i]) {
					errs <- fmt.Sprintf("worker %d: %q analysed concurrently differs", w, ins[i].Title)
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	if again := a.Analyze(ins[0]); !reflect.DeepEqual(kept, again) || !reflect.DeepEqual(kept, want[0]) {
		t.Errorf("a kept result changed after its buffers were reused:\nkept %+v\nwant %+v", kept, want[0])
	}
	for i := range ins {
		if i > 0 && !reflect.DeepEqual(want[i], a.Analyze(ins[i])) {
			t.Errorf("%q: a kept result changed after its buffers were reused", ins[i].Title)
		}
	}
}

func TestFieldsUpTo(t *testing.T) {
	for _, text := range []string{"", "  ", "one", " two  words ", "a b c d e f g h i j k", "Кадр\u00a0из видео\tна\nсайте", "x y z w v u t s",
		"a\x01b c", "ab\u2003cd\u3000ef", "wordКадр mixed\u00a0 x", "trail ", "\x7fdel x~"} {
		var buf [8]string
		got := fieldsUpTo(text, buf[:0])
		want := strings.Fields(text)
		if len(want) > 8 {
			want = want[:8]
		}
		if !slices.Equal(got, want) {
			t.Errorf("fieldsUpTo(%q) = %q, want %q", text, got, want)
		}
	}
}
