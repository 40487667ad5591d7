package analyze

import (
	"testing"
	"time"
)

// TestTitleStem: a short capitalised Cyrillic title word loses its case
// ending before its first five letters are taken; long words, Latin
// words and words that would keep one letter are as written.
func TestTitleStem(t *testing.T) {
	tests := []struct{ name, w, want string }{
		{"ru short name, genitive", "ына", "ын"},
		{"ru short name, nominative", "ын", "ын"},
		{"ru surname, genitive", "кима", "ким"},
		{"ru city, prepositional", "оше", "ош"},
		{"uk city, locative", "києві", "києв"},
		{"ru instrumental plural", "ордами", "орд"},
		{"ru long word is left to its prefix", "космодроме", "космодроме"},
		{"ru one letter would remain", "ия", "ия"},
		{"en name", "kim", "kim"},
		{"en word ending in a", "gaza", "gaza"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(titleStem([]byte(tt.w))); got != tt.want {
				t.Errorf("titleStem(%q) = %q, want %q", tt.w, got, tt.want)
			}
		})
	}
}

// TestInflectedNamesInTitles: two Russian titles of one meeting that
// give a short name in two cases (Ким Чен Ын, Ким Чен Ына) are one story,
// not two items of a format that differ in a name; two items of a format
// that differ in a short place name (Ош, Уфа) stay apart. English titles
// are read as before.
func TestInflectedNamesInTitles(t *testing.T) {
	a := shared()
	type rep struct{ title, body, lang, source string }
	meetRU := rep{"Путин и Ким Чен Ын встретились на космодроме Восточный",
		"Президент России и лидер КНДР встретились на космодроме Восточный в Амурской области, где осмотрели стартовый комплекс.", "ru", "Агентство А"}
	meetLaterRU := rep{"На космодроме Восточный проходит встреча Путина и Ким Чен Ына",
		"Лидеры двух стран осматривают космодром Восточный, после чего проведут переговоры, сообщает корреспондент.", "ru", "Вечерние вести"}
	weatherOsh := rep{"Погода в Оше: во вторник снег и ветер",
		"Синоптики обещают во вторник снег и сильный ветер, до минус 12 градусов.", "ru", "Агентство А"}
	weatherUfa := rep{"Погода в Уфе: во вторник снег и ветер",
		"Синоптики обещают во вторник снег и сильный ветер, до минус 12 градусов.", "ru", "Вечерние вести"}
	weatherOshEN := rep{"Weather in Osh: snow and wind on Tuesday",
		"Forecasters expect snow and strong wind on Tuesday, down to minus 12 degrees.", "en", "Wire A"}
	weatherUfaEN := rep{"Weather in Ufa: snow and wind on Tuesday",
		"Forecasters expect snow and strong wind on Tuesday, down to minus 12 degrees.", "en", "Evening Courier"}
	tests := []struct {
		name string
		x, y rep
		same bool
	}{
		{"ru: one meeting, the leader's name in two cases", meetRU, meetLaterRU, true},
		{"ru: weather for two cities with short names", weatherOsh, weatherUfa, false},
		{"en: weather for two cities with short names", weatherOshEN, weatherUfaEN, false},
	}
	t0 := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	entry := func(id int64, x rep, hours float64) *storyEntry {
		an := a.Analyze(Input{Title: x.title, Body: x.body, Lang: x.lang, Source: x.source})
		return newStoryEntry(id, t0.Add(time.Duration(hours*float64(time.Hour))), an.Fingerprint, x.title)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex, ey := entry(1, tt.x, 0), entry(2, tt.y, 1)
			_, got := sameStory(ex, ey, 96*time.Hour)
			if got != tt.same {
				t.Errorf("same story = %v, want %v:\n  %s\n  %s\n  %+v", got, tt.same, tt.x.title, tt.y.title, compare(ex, ey))
			}
		})
	}
}

// TestLeadersMeetAcrossLanguages: two reports in two languages whose
// titles name the leaders and the place where they met, within a day and
// a half, are one story, though no word of the lexicon names the meeting
// (crossMeeting); the same leaders in another city, or days apart, and one
// person and a city without a leader, are not met by that rule.
func TestLeadersMeetAcrossLanguages(t *testing.T) {
	a := shared()
	type rep struct {
		title, body, lang, source string
		hours                     float64
	}
	meetRU := rep{"Токаев и Мирзиёев встретились в Туркестане",
		"Президенты Казахстана и Узбекистана обсудили в Туркестане торговлю и водные ресурсы, сообщила пресс-служба Акорды.", "ru", "Агентство А", 0}
	meetEN := rep{"Tokayev and Mirziyoyev meet in Turkistan",
		"The presidents of Kazakhstan and Uzbekistan discussed trade and water in Turkistan, the Akorda press service said.", "en", "Wire A", 2}
	meetTashkentEN := rep{"Tokayev and Mirziyoyev meet in Tashkent",
		"The two presidents opened a new border crossing and signed a transit agreement.", "en", "Evening Courier", 3}
	meetLaterEN := rep{"Tokayev and Mirziyoyev meet in Turkistan",
		"The presidents of Kazakhstan and Uzbekistan discussed trade and water in Turkistan, the Akorda press service said.", "en", "Evening Courier", 60}
	talkEN := rep{"Pavel Durov gives a talk in Dubai",
		"The Telegram founder spoke about privacy at a technology forum, the organisers said.", "en", "Wire A", 0}
	villaRU := rep{"Павел Дуров купил виллу в Дубае",
		"Основатель Telegram приобрел дом на искусственном острове, пишут местные СМИ.", "ru", "Агентство А", 5}
	const yes, no, any = 1, -1, 0
	tests := []struct {
		name          string
		x, y          rep
		meeting, same int
	}{
		{"ru and en: two leaders and the city where they met", meetRU, meetEN, yes, yes},
		{"ru and en: the same leaders in another city", meetRU, meetTashkentEN, no, no},
		{"ru and en: the same leaders and city two and a half days later", meetRU, meetLaterEN, no, no},
		// One person's first name, surname and a city are three names
		// in both titles, and no leader: not this rule's (the weighted
		// overlap judges them).
		{"en and ru: one person and one city, no leader", talkEN, villaRU, no, any},
	}
	t0 := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	entry := func(id int64, x rep) *storyEntry {
		an := a.Analyze(Input{Title: x.title, Body: x.body, Lang: x.lang, Source: x.source})
		return newStoryEntry(id, t0.Add(time.Duration(x.hours*float64(time.Hour))), an.Fingerprint, x.title)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex, ey := entry(1, tt.x), entry(2, tt.y)
			ev := compare(ex, ey)
			if got := ev.crossMeeting(); got != (tt.meeting == yes) {
				t.Errorf("crossMeeting = %v, want %v:\n  %s\n  %s\n  %+v", got, tt.meeting == yes, tt.x.title, tt.y.title, ev)
			}
			_, got := sameStory(ex, ey, 96*time.Hour)
			if _, back := sameStory(ey, ex, 96*time.Hour); back != got {
				t.Fatalf("sameStory is not symmetric")
			}
			if tt.same != any && got != (tt.same == yes) {
				t.Errorf("same story = %v, want %v:\n  %s\n  %s\n  %+v", got, tt.same == yes, tt.x.title, tt.y.title, ev)
			}
		})
	}
}
