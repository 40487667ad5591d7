package analyze

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

type storyArt struct{ title, body, lang string }

// TestSameStoryRules: reports of one event group together, in English and
// in Russian; recurring formats (weather for a city, listings for a
// county, day N of a war) stay apart, because the name or number that
// differs is the story.
func TestSameStoryRules(t *testing.T) {
	a := shared()
	weatherEN := func(city string) storyArt {
		return storyArt{"Weather in " + city + ": snow and strong wind expected on Tuesday",
			"Forecasters expect snow and strong wind in " + city + " on Tuesday, with temperatures falling to minus 12 degrees at night. " +
				"Drivers in " + city + " are asked to take care on icy roads. The weather service said the snow would stop by Wednesday.", "en"}
	}
	weatherRU := func(city, in string) storyArt {
		return storyArt{"Погода " + in + ": во вторник ожидаются снег и сильный ветер",
			"Синоптики обещают " + in + " во вторник снег и сильный ветер, ночью до минус 12 градусов. " +
				"Водителей просят быть осторожнее на скользких дорогах. Снег прекратится к среде, сообщили в Казгидромете.", "ru"}
	}
	listingEN := func(county string) storyArt {
		return storyArt{county + " County wellness calendar, March 3-9",
			"Yoga in the park, Saturday 9 am, " + county + " Community Center. Free blood pressure checks at the library, Tuesday 10 am. " +
				"Walking club meets Thursday at 6 pm. To list an event, write to the health desk.", "en"}
	}
	listingRU := func(city string) storyArt {
		return storyArt{"Афиша " + city + " на 3–9 марта: концерты и выставки",
			"В субботу в 19:00 в филармонии концерт камерного оркестра. Во вторник открывается выставка молодых художников. " +
				"В четверг в 18:00 в библиотеке встреча с писателем. Вход свободный.", "ru"}
	}
	liveEN := func(day string) storyArt {
		return storyArt{"Russia-Ukraine war, day " + day + ": what we know",
			"Russian drones struck energy sites overnight, Ukrainian officials said. Air defence shot down most of them. " +
				"President Volodymyr Zelenskyy called for more air defence systems. Here is what we know on day " + day + " of the invasion.", "en"}
	}
	liveRU := func(day string) storyArt {
		return storyArt{day + "-й день войны: главное к этому часу",
			"Ночью российские беспилотники атаковали объекты энергетики, сообщили украинские власти. ПВО сбила большую часть. " +
				"Президент Владимир Зеленский призвал партнеров передать больше систем ПВО.", "ru"}
	}
	tests := []struct {
		name string
		x, y storyArt
		same bool
	}{
		{"en: two outlets report one parole decision",
			storyArt{"Oscar Pistorius, Paralympian convicted of murder, to be released on parole",
				"South African Paralympian Oscar Pistorius will be released on parole on January 5, the Department of Correctional Services said on Friday. " +
					"Pistorius was convicted of murdering his girlfriend Reeva Steenkamp in 2013.", "en"},
			storyArt{"Former Paralympic star Oscar Pistorius granted parole a decade after killing girlfriend",
				"Oscar Pistorius was granted parole on Friday and will leave prison on January 5, South African prison authorities said, " +
					"more than a decade after he shot dead Reeva Steenkamp.", "en"}, true},
		{"ru: two outlets report one bus crash",
			storyArt{"24 белоруса пострадали в аварии с автобусом под Псковом",
				"Автобус с белорусскими туристами опрокинулся под Псковом в ночь на понедельник. Пострадали 24 человека, среди них трое детей, " +
					"сообщили в МЧС. Автобус ехал из Минска в Санкт-Петербург.", "ru"},
			storyArt{"Девять белорусов из опрокинувшегося под Псковом автобуса остаются в больнице",
				"В больнице остаются девять пассажиров автобуса, который опрокинулся под Псковом, сообщил Минздрав. " +
					"Всего в аварии пострадали 24 человека. Автобус следовал из Минска в Санкт-Петербург.", "ru"}, true},
		{"en: two health stories with the same photo credits",
			storyArt{"Rosalynn Carter's legacy on mental health boils down to one word: hope",
				"The former first lady fought to put care for mental health on equal footing with physical health. Photo: Jim Watson, AFP via Getty Images. " +
					"Mental health advocates said her work changed how clinics treat patients. Photo: Alex Wong, AFP via Getty Images.", "en"},
			storyArt{"Watching war unfold is distressing: here's how to protect your mental health",
				"Doomscrolling won't help the people who are suffering, a psychiatrist says. Photo: Mahmud Hams, AFP via Getty Images. " +
					"Limit the news you watch and keep to your routines, she advises. Photo: Said Khatib, AFP via Getty Images.", "en"}, false},
		{"ru: two stories that cite the same agencies",
			storyArt{"В Алматы открылся новый терминал аэропорта",
				"Новый терминал аэропорта Алматы принял первых пассажиров, сообщает ТАСС со ссылкой на РИА Новости. " +
					"Пропускная способность терминала составит 14 миллионов пассажиров в год, передает Интерфакс.", "ru"},
			storyArt{"В Астане завершился форум по цифровизации",
				"Форум по цифровизации завершился в Астане, сообщает ТАСС со ссылкой на РИА Новости. " +
					"Участники подписали 20 соглашений, передает Интерфакс.", "ru"}, false},
		{"en: weather for two cities", weatherEN("Almaty"), weatherEN("Astana"), false},
		{"ru: weather for two cities", weatherRU("Алматы", "в Алматы"), weatherRU("Астана", "в Астане"), false},
		{"en: listings for two counties", listingEN("Loudoun"), listingEN("Montgomery"), false},
		{"ru: listings for two cities", listingRU("Алматы"), listingRU("Астаны"), false},
		{"en: live pages of two days", liveEN("666"), liveEN("667"), false},
		{"ru: live pages of two days", liveRU("666"), liveRU("667"), false},
		{"pt: two stories of one paper that share only function words",
			storyArt{"Rival de Putin é condenado a mais 20 dias de prisão",
				"O opositor russo foi condenado por um tribunal de Moscou a mais 20 dias de prisão por organizar protestos, disse a sua equipe.", "pt"},
			storyArt{"Dow Jones fecha em baixa de 0,68% com as tensões comerciais",
				"O índice Dow Jones fechou em baixa de 0,68% nesta segunda-feira, com as tensões comerciais entre os Estados Unidos e a China.", "pt"}, false},
		{"de: two stories of one paper that share only function words",
			storyArt{"Seehofer fordert die Verschiebung der 5G-Auktion",
				"Der Innenminister will die Versteigerung der Frequenzen verschieben, weil die Regeln für den Ausbau auf dem Land nicht reichen.", "de"},
			storyArt{"EU-Parlament fordert von der Kommission schärfere Kontrolle für Facebook",
				"Das Parlament will, dass die Kommission die Regeln für den Umgang mit den Daten der Nutzer auf dem Netzwerk schärfer kontrolliert.", "de"}, false},
		{"ru: two stories that share only pronouns and particles",
			storyArt{"У его соседей нашли оружие, а полиция молчит",
				"У соседей депутата в Караганде нашли оружие, а полиция не дает комментариев, сообщает издание.", "ru"},
			storyArt{"У его команды новый тренер, а болельщики недовольны",
				"У футбольного клуба из Караганды новый главный тренер, а болельщики недовольны выбором руководства, сообщает издание.", "ru"}, false},
		{"en: live pages of two topics that name one country",
			storyArt{"Coronavirus live news: Kazakhstan to end curbs as cases tumble",
				"Kazakhstan will lift most restrictions from Monday, health minister Azhar Giniyat said. Cases fell to 312 on Sunday. " +
					"Schools in Almaty reopen next week.", "en"},
			storyArt{"Kazakhstan politics live: parliament resumes after Mazhilis election",
				"The Mazhilis meets on Monday for the first time since the election, speaker Yerlan Koshanov said. " +
					"Health minister Azhar Giniyat is to report on the lifting of restrictions.", "en"}, false},
		{"ru: a day's chronicle and a report of one of its events",
			storyArt{"Главные новости Алматы 21 декабря: хроника",
				"В Алматы из-за снегопада закрыли трассу на Капчагай, сообщили в ДЧС. Аким Ерболат Досаев провел совещание по уборке снега. " +
					"В аэропорту задержаны 14 рейсов.", "ru"},
			storyArt{"Трассу Алматы — Капчагай закрыли из-за снегопада",
				"Движение по трассе Алматы — Капчагай закрыто из-за снегопада, сообщили в ДЧС. Аким Ерболат Досаев поручил ускорить уборку снега. " +
					"В аэропорту задержаны 14 рейсов.", "ru"}, false},
	}
	t0 := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := NewIndex(96 * time.Hour)
			ix.Assign(1, t0, a.Analyze(Input{Title: tt.x.title, Body: tt.x.body, Lang: tt.x.lang}), tt.x.title)
			ix.Assign(2, t0.Add(3*time.Hour), a.Analyze(Input{Title: tt.y.title, Body: tt.y.body, Lang: tt.y.lang}), tt.y.title)
			if got := ix.ClusterOf(1) == ix.ClusterOf(2); got != tt.same {
				t.Errorf("same story = %v, want %v:\n  %s\n  %s", got, tt.same, tt.x.title, tt.y.title)
			}
		})
	}
}

// TestIndexMergesAndRenames: an article that bridges two stories merges
// them under the earliest article's cluster and reports the renames; an
// earlier report arriving late gives the story its name.
func TestIndexMergesAndRenames(t *testing.T) {
	a := shared()
	t0 := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	body := "KazTransOil will raise oil supplies to Kyrgyzstan to 250 thousand tonnes next year, the company said. " +
		"Chief executive Dimash Dosanov said deliveries through the Shymkent terminal start in March."
	an := func(title string) Input { return Input{Title: title, Body: body, Lang: "en"} }
	ix := NewIndex(96 * time.Hour)
	c2 := ix.Assign(2, t0.Add(2*time.Hour), a.Analyze(an("KazTransOil to raise oil supplies to Kyrgyzstan")), "KazTransOil to raise oil supplies to Kyrgyzstan")
	c1 := ix.Assign(1, t0, a.Analyze(an("KazTransOil will raise oil supplies to Kyrgyzstan")), "KazTransOil will raise oil supplies to Kyrgyzstan")
	if c1 != clusterName(1) || ix.ClusterOf(2) != c1 {
		t.Errorf("clusters %q, %q; want both %q, named after the earlier report", c1, ix.ClusterOf(2), clusterName(1))
	}
	r := ix.TakeRenames()
	if len(r) != 1 || r[0] != (Rename{From: c2, To: c1}) {
		t.Errorf("renames = %+v, want %s → %s", r, c2, c1)
	}
	if r := ix.TakeRenames(); len(r) != 0 {
		t.Errorf("renames reported twice: %+v", r)
	}
}

// TestIndexOrderIndependentRules: the same articles in any order give the
// same clusters (here the rule-table articles, shuffled).
func TestIndexOrderIndependentRules(t *testing.T) {
	a := shared()
	t0 := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	titles := []string{
		"KazTransOil to raise oil supplies to Kyrgyzstan", "KazTransOil will raise oil supplies to Kyrgyzstan next year",
		"KazTransOil raises oil supplies to Kyrgyzstan", "Weather in Almaty: snow on Tuesday", "Weather in Astana: snow on Tuesday",
	}
	body := "KazTransOil will raise oil supplies to Kyrgyzstan to 250 thousand tonnes next year, the company said."
	run := func(order []int) []string {
		ix := NewIndex(96 * time.Hour)
		for _, i := range order {
			b := body
			if strings.HasPrefix(titles[i], "Weather") {
				b = titles[i] + ". Forecasters expect snow and wind."
			}
			ix.Assign(int64(i+1), t0.Add(time.Duration(i)*time.Hour), a.Analyze(Input{Title: titles[i], Body: b, Lang: "en"}), titles[i])
		}
		out := make([]string, len(titles))
		for i := range titles {
			out[i] = ix.ClusterOf(int64(i + 1))
		}
		return out
	}
	want := run([]int{0, 1, 2, 3, 4})
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5 {
		order := rng.Perm(len(titles))
		got := run(order)
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("order %v: %q in %s, in order 0..4 in %s", order, titles[i], got[i], want[i])
			}
		}
	}
	if want[0] != want[1] || want[1] != want[2] || want[3] == want[4] || want[0] == want[3] {
		t.Errorf("clusters %v: want the three KazTransOil reports together and the two weather reports apart", want)
	}
}

// TestIndexLoadedStoriesKeepNames: stories warmed from the store keep their
// stored names, even when a report published earlier arrives: the store
// holds that name, and the story's first article may be gone from the
// window.
func TestIndexLoadedStoriesKeepNames(t *testing.T) {
	a := shared()
	t0 := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	body := "KazTransOil will raise oil supplies to Kyrgyzstan to 250 thousand tonnes next year, the company said. " +
		"Chief executive Dimash Dosanov said deliveries through the Shymkent terminal start in March."
	an := func(title string) news.Analysis { return a.Analyze(Input{Title: title, Body: body, Lang: "en"}) }
	ix := NewIndex(96 * time.Hour)
	stored := clusterName(1)
	ix.Load(1, t0, an("KazTransOil will raise oil supplies to Kyrgyzstan"), "KazTransOil will raise oil supplies to Kyrgyzstan", stored)
	ix.Load(2, t0.Add(time.Hour), an("KazTransOil to raise oil supplies to Kyrgyzstan"), "KazTransOil to raise oil supplies to Kyrgyzstan", stored)
	if c := ix.Assign(3, t0.Add(30*time.Minute), an("KazTransOil raises oil supplies to Kyrgyzstan"), "KazTransOil raises oil supplies to Kyrgyzstan"); c != stored {
		t.Errorf("a new report joined cluster %q, want the stored %q", c, stored)
	}
	if c := ix.Assign(4, t0.Add(-time.Hour), an("KazTransOil raising oil supplies to Kyrgyzstan"), "KazTransOil raising oil supplies to Kyrgyzstan"); c != stored {
		t.Errorf("an earlier report joined cluster %q, want the stored %q", c, stored)
	}
	for id := int64(1); id <= 4; id++ {
		if c := ix.ClusterOf(id); c != stored {
			t.Errorf("article %d in %q, want %q", id, c, stored)
		}
	}
	if r := ix.TakeRenames(); len(r) != 0 {
		t.Errorf("renames %+v of a stored story", r)
	}
}
