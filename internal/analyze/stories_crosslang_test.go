package analyze

import (
	"testing"
	"time"
)

// crossEntry analyses a report as the index receives it.
func crossEntry(t *testing.T, id int64, hours float64, title, body, lang, source string) *storyEntry {
	t.Helper()
	t0 := time.Date(2024, 8, 24, 18, 0, 0, 0, time.UTC)
	an := shared().Analyze(Input{Title: title, Body: body, Lang: lang, Source: source})
	return newStoryEntry(id, t0.Add(time.Duration(hours*float64(time.Hour))), an.Fingerprint, title)
}

// TestTitleFirstWordName: a title that starts with a name («Дурову
// грозит…», "Durov charged") keeps it as a name another report can meet,
// in its title or its text; within one outlet, a capitalised first word
// meets only a name of the other title.
func TestTitleFirstWordName(t *testing.T) {
	type rep struct{ title, body, lang, source string }
	tests := []struct {
		name       string
		a, b       rep
		names      int // at least
		titleNames int // at least
		max        int // at most this many names (-1: no limit)
	}{
		{"ru title starts with the name, en title has it",
			rep{"Дурову грозит до десяти лет тюрьмы", "Следственный судья поместил основателя мессенджера под надзор.", "ru", "a"},
			rep{"The founder of the messenger, Pavel Durov, is charged in France", "A judge placed the founder of the messenger under supervision.", "en", "b"},
			1, 1, -1},
		{"en title starts with the name, ru text has it",
			rep{"Durov leaves court after being charged", "The founder of the messenger left the court in a black minivan.", "en", "a"},
			rep{"Основатель мессенджера покинул суд", "Павел Дуров покинул здание суда после предъявления обвинений.", "ru", "b"},
			1, 0, -1},
		{"ru title starts with the name, ru text of another outlet has it",
			rep{"Леонтьев сообщил о пострадавших", "Мэр города рассказал о раненых.", "ru", "a"},
			rep{"В столице ранены пять человек", "Об этом сообщил мэр Владимир Леонтьев.", "ru", "b"},
			1, 0, -1},
		{"one outlet: a capitalised first word meets its texts' capitals only in a title",
			rep{"Global wax market report, trends and growth", "The report covers the wax market in every region.", "en", "same"},
			rep{"Software market report for the year", "The report covers the Global Software industry and its Market leaders.", "en", "same"},
			0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := crossEntry(t, 1, 0, tt.a.title, tt.a.body, tt.a.lang, tt.a.source)
			b := crossEntry(t, 2, 2, tt.b.title, tt.b.body, tt.b.lang, tt.b.source)
			for _, ev := range []evidence{compare(a, b), compare(b, a)} {
				if ev.names < tt.names || ev.titleNames < tt.titleNames || tt.max >= 0 && ev.names > tt.max {
					t.Errorf("names %d, title names %d; want at least %d and %d (at most %d); evidence %+v", ev.names, ev.titleNames, tt.names, tt.titleNames, tt.max, ev)
				}
			}
		})
	}
}

// TestSameStoryAcrossLanguagesRules: the cross-language rules of
// crosslang.go (titleNamesEchoed, crossEvent, crossPerson), each with the
// reports it joins and the near misses it keeps apart, in English, Russian
// and the other language concerned.
func TestSameStoryAcrossLanguagesRules(t *testing.T) {
	type rep struct {
		title, body, lang string
		hours             float64
	}
	// A verdict told with the man's name in one title, the country in the other.
	lifeUS := rep{"В США мужчина получил пожизненный срок за покушение на сенатора",
		"Суд приговорил к пожизненному заключению Джона Смитсона за покушение на сенатора Роберта Миллера.", "ru", 0}
	lifeName := rep{"Джон Смитсон получил пожизненный срок за покушение на сенатора",
		"Суд в США приговорил Джона Смитсона к пожизненному заключению за покушение на Роберта Миллера.", "ru", 20}
	lifeEN := rep{"A man in the US gets life sentence for attack on senator",
		"A court sentenced John Smithson to life in prison for the attempt on senator Robert Miller's life.", "en", 0}
	lifeNameEN := rep{"John Smithson gets life sentence for attack on senator",
		"A US court sentenced John Smithson to life in prison for the attempt on Robert Miller's life.", "en", 20}
	// A recurring format: the differing name is the story.
	weatherA := rep{"Погода в Алматы на выходные: снег и мороз",
		"Синоптики обещают в выходные снег, ночью до минус 15 градусов.", "ru", 0}
	weatherB := rep{"Погода в Астане на выходные: снег и мороз",
		"Синоптики обещают в выходные снег, ночью до минус 15 градусов.", "ru", 1}
	// Listings of two counties whose texts name both counties.
	listingA := rep{"Loudoun County wellness calendar, Aug. 9-16",
		"Yoga in the park, a blood drive and a health fair: events in Loudoun County this week, and a few over the line in Fairfax County.", "en", 0}
	listingB := rep{"Fairfax County wellness calendar, Aug. 9-16",
		"Yoga in the park, a blood drive and a health fair: events in Fairfax County this week, and a few over the line in Loudoun County.", "en", 1}
	// An arrest: the person's full name in both texts, a country, an event in both titles.
	arrestRU := rep{"Основатель сервиса Иван Петренко задержан во Франции",
		"Ивана Петренко задержали в аэропорту Парижа после прилета частного самолета.", "ru", 0}
	arrestDE := rep{"Gründer von Messengerdienst in Frankreich festgenommen",
		"Der Gründer Iwan Petrenko ist am Samstagabend auf dem Pariser Flughafen festgenommen worden.", "de", 2}
	arrestDELater := arrestDE
	arrestDELater.hours = 30
	otherArrestDE := rep{"Bürgermeister in Frankreich festgenommen",
		"Der Bürgermeister Jean Dubois ist am Samstag in Lyon festgenommen worden.", "de", 3}
	// A plane on fire at an airport: the Polish report names no country the
	// lexicon knows in Polish.
	planeEN := rep{"Plane catches fire at Tokyo airport after landing",
		"A passenger plane caught fire on the runway at Tokyo airport on Tuesday; all passengers were evacuated.", "en", 0}
	planeRU := rep{"Самолет загорелся в аэропорту Токио",
		"Пассажирский самолет загорелся на взлетной полосе аэропорта Токио, пассажиров эвакуировали.", "ru", 2}
	planePL := rep{"Samolot w ogniu na lotnisku w Tokio",
		"Pasażerski samolot zapalił się na pasie startowym, wszyscy pasażerowie zostali ewakuowani.", "pl", 3}
	hospitalPL := rep{"Pożar w szpitalu w Tokio",
		"Strażacy gasili ogień w szpitalu, ewakuowano pacjentów.", "pl", 3}
	// Charges: the person in both titles, a figure in both texts.
	chargedEN := rep{"Ivan Petrenko is charged, bail set at 5 million euros",
		"The founder was placed under judicial supervision and ordered to pay a bail of 5 million euros.", "en", 0}
	chargedRU := rep{"Ивану Петренко грозит до десяти лет тюрьмы",
		"Судья поместил Ивана Петренко под надзор, он должен внести залог в размере 5 млн евро.", "ru", 9}
	chargedRULater := chargedRU
	chargedRULater.hours = 60
	chargedRUNoFigure := rep{"Ивану Петренко грозит до десяти лет тюрьмы",
		"Судья поместил основателя сервиса под надзор до суда.", "ru", 9}
	// One shooting: each title names another side of it, the text the other.
	shotEN := rep{"Senator Robert Miller safe after shooting at a rally in Springfield",
		"Shots were fired at the senator's rally on Saturday, in what police called an assassination attempt.", "en", 0}
	shotRU := rep{"Покушение на сенатора Роберта Миллера",
		"Снайпер открыл огонь во время выступления Миллера в городе Спрингфилд, сообщила полиция.", "ru", 4}
	shotRULater := shotRU
	shotRULater.hours = 50
	// Two stages of one legal case, three days apart.
	caseArrestRU := rep{"Ивана Петренко задержали в аэропорту Парижа",
		"Основателя сервиса Telegraph Ивана Петренко задержали в аэропорту Парижа после прилета частного самолета.", "ru", 0}
	caseChargedEN := rep{"Ivan Petrenko has been officially charged",
		"The founder of Telegraph, Ivan Petrenko, was charged by a Paris judge and placed under judicial supervision.", "en", 80}
	caseAppEN := rep{"Ivan Petrenko launches a new app",
		"The founder of Telegraph, Ivan Petrenko, presented a new app for paying bills in Paris.", "en", 80}
	caseOtherRU := rep{"В Париже задержан бизнесмен Сергей Мельник",
		"Полиция Франции сообщила о задержании Сергея Мельника, он подозревается в мошенничестве.", "ru", 80}
	// want: "same" and "apart" are the decision; "no rule" says that none
	// of the cross-language rules fires (other evidence, such as the
	// weighted overlap of the keys, may still join the two).
	tests := []struct {
		name string
		x, y rep
		want string
	}{
		{"ru and en: an arrest and the charges three days later, one person in both titles", caseArrestRU, caseChargedEN, "same"},
		{"ru and en: an arrest and the same person's other news three days later", caseArrestRU, caseAppEN, "no rule"},
		{"ru: two arrests at one airport three days apart", caseArrestRU, caseOtherRU, "no rule"},
		{"ru: one title names the country, the other the man the first text names", lifeUS, lifeName, "same"},
		{"en: one title names the country, the other the man the first text names", lifeEN, lifeNameEN, "same"},
		{"ru: weather for two cities stays apart", weatherA, weatherB, "apart"},
		{"en: listings of two counties that name each other stay apart", listingA, listingB, "apart"},
		{"ru and de: an arrest, the full name in both texts", arrestRU, arrestDE, "same"},
		{"ru and de: the same words 30 hours apart", arrestRU, arrestDELater, "no rule"},
		{"ru and de: another arrest in the same country", arrestRU, otherArrestDE, "no rule"},
		{"en and pl: a plane on fire at one airport", planeEN, planePL, "same"},
		{"ru and pl: a plane on fire at one airport", planeRU, planePL, "same"},
		{"en and pl: a plane fire and a hospital fire in one city", planeEN, hospitalPL, "no rule"},
		{"en and ru: charges, the person in both titles and one figure", chargedEN, chargedRU, "same"},
		{"en and ru: the same, two and a half days apart: stages of one legal case", chargedEN, chargedRULater, "same"},
		{"en and ru: the person in both titles, no figure", chargedEN, chargedRUNoFigure, "no rule"},
		{"en and ru: a shooting and an assassination attempt at one rally", shotEN, shotRU, "same"},
		{"en and ru: the same, two days apart", shotEN, shotRULater, "no rule"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := crossEntry(t, 1, tt.x.hours, tt.x.title, tt.x.body, tt.x.lang, "outlet x")
			y := crossEntry(t, 2, tt.y.hours, tt.y.title, tt.y.body, tt.y.lang, "outlet y")
			ev, back := compare(x, y), compare(y, x)
			if tt.want == "no rule" {
				if crossRules(ev) || crossRules(back) {
					t.Errorf("a cross-language rule joins them; evidence %+v", ev)
				}
				return
			}
			_, got := sameStory(x, y, 96*time.Hour)
			_, gotBack := sameStory(y, x, 96*time.Hour)
			if got != gotBack {
				t.Fatalf("sameStory is not symmetric: %v one way, %v the other", got, gotBack)
			}
			if want := tt.want == "same"; got != want {
				t.Errorf("same story = %v, want %v; evidence %+v", got, want, ev)
			}
		})
	}
}

// crossRules reports whether a rule of crosslang.go joins two reports,
// with the time limit decide gives it: a day and a half, 18 hours where
// every event both tell is daily news.
func crossRules(ev evidence) bool {
	limit := eventHours
	if ev.dailyEvents == ev.events {
		limit = dailyHours
	}
	return ev.crossEvent(limit) || ev.crossPerson() || ev.caseFollowUp()
}

// TestPlaceAdjectiveStem: a Russian or Ukrainian adjective made from a
// place gives the place; other words give nothing.
func TestPlaceAdjectiveStem(t *testing.T) {
	tests := []struct{ word, want string }{
		{"белгородской", "белгород"},
		{"херсонская", "херсон"},
		{"бєлгородській", "бєлгород"},
		{"київська", "київ"},
		{"московского", "москов"},
		{"курской", ""}, // four letters do not remain: Курск keeps its own key
		{"белгород", ""},
		{"russkaya", ""},
	}
	for _, tt := range tests {
		got, _ := placeAdjectiveStem(tt.word)
		if got != tt.want {
			t.Errorf("placeAdjectiveStem(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

// TestPlaceAdjectiveMeetsPlace: «в Белгородской области» meets "in the
// Belgorod region" as a name; «в Курской области» still meets "Kursk".
func TestPlaceAdjectiveMeetsPlace(t *testing.T) {
	tests := []struct {
		name        string
		en, ru      string
		lang        string
		wantAtLeast int
	}{
		{"ru adjective and en place", "A transport plane crashed in the Belgorod region on Wednesday.", "Военный самолет упал в Белгородской области в среду.", "ru", 1},
		{"uk adjective and en place", "A transport plane crashed in the Belgorod region on Wednesday.", "Військовий літак впав у Бєлгородській області в середу.", "uk", 1},
		{"ru adjective of a town in -sk", "A drone hit a power station in the Kursk region.", "Беспилотник атаковал подстанцию в Курской области.", "ru", 1},
		{"ru adjective of another place", "A transport plane crashed in the Belgorod region on Wednesday.", "Военный самолет упал в Воронежской области в среду.", "ru", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := crossEntry(t, 1, 0, "Plane down", tt.en, "en", "x")
			b := crossEntry(t, 2, 1, "Самолет", tt.ru, tt.lang, "y")
			ev := compare(a, b)
			got := ev.names + ev.places
			if tt.wantAtLeast == 0 && got != 0 || got < tt.wantAtLeast {
				t.Errorf("names and places in common: %d, want %d; evidence %+v", got, tt.wantAtLeast, ev)
			}
		})
	}
}

// TestJapaneseReading: a Japanese name in Hepburn's Latin letters meets
// the same name in Polivanov's Cyrillic, where sh is с, ch is т and j and z
// are дз; words that are not Japanese syllables are not read so.
func TestJapaneseReading(t *testing.T) {
	meet := [][2]string{
		{"kishida", "кисида"}, {"shinzo", "синдзо"}, {"fujimori", "фудзимори"}, {"hiroshima", "хиросима"},
		{"fukushima", "фукусима"}, {"yoshihide", "ёсихидэ"}, {"junichiro", "дзюнъитиро"}, {"shimizu", "симидзу"},
		{"chiyoda", "тиёда"},
	}
	for _, p := range meet {
		jp, ok := japaneseReading([]byte(p[0]), nil)
		if !ok {
			t.Errorf("japaneseReading(%s): not read", p[0])
			continue
		}
		if a, b := string(skeleton(string(jp), nil)), string(skeleton(p[1], nil)); a != b {
			t.Errorf("skeleton of %s read as %s = %q, skeleton(%s) = %q, want equal", p[0], jp, a, p[1], b)
		}
	}
	// Not Japanese syllables, or nothing to read differently.
	for _, w := range []string{"zakharova", "mishustin", "chechnya", "zelensky", "shevchenko", "jerusalem", "nagasaki", "tokyo", "washington", "zurich", "kitchener"} {
		if jp, ok := japaneseReading([]byte(w), nil); ok {
			t.Errorf("japaneseReading(%s) = %s, want none", w, jp)
		}
	}
}

// TestJapaneseNameAcrossLanguages: «Харуки Симидзу» in a Russian report
// is "Haruki Shimizu" of an English one; «Сато» is not "Shimizu".
func TestJapaneseNameAcrossLanguages(t *testing.T) {
	en := crossEntry(t, 1, 0, "Osaka mayor resigns", "Mayor Haruki Shimizu announced his resignation on Monday after a funding scandal.", "en", "x")
	ru := crossEntry(t, 2, 1, "Мэр Осаки ушел в отставку", "Мэр Харуки Симидзу объявил об отставке после скандала с финансированием.", "ru", "y")
	other := crossEntry(t, 3, 1, "Мэр Осаки ушел в отставку", "Мэр Харуки Сато объявил об отставке после скандала с финансированием.", "ru", "z")
	if ev := compare(en, ru); ev.names < 2 {
		t.Errorf("Haruki Shimizu and Харуки Симидзу: %d names in common, want 2; evidence %+v", ev.names, ev)
	}
	if ev := compare(en, other); ev.names > 1 {
		t.Errorf("Haruki Shimizu and Харуки Сато: %d names in common, want at most 1 (the given name)", ev.names)
	}
}
