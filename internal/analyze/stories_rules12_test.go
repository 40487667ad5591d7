package analyze

import (
	"testing"
	"time"
)

// TestTollWordsEnglish: English headlines tell a toll with "perish" and
// ", killing …" as often as with "killed": they are the toll that Russian
// «погибли», «погибших» and Ukrainian «загинули» are; words that only
// begin like them are none.
func TestTollWordsEnglish(t *testing.T) {
	tests := []struct{ word, want string }{
		{"killing", "toll"},
		{"perish", "toll"},
		{"perished", "toll"},
		{"perishes", "toll"},
		{"погибли", "toll"},
		{"погибших", "toll"},
		{"загинули", "toll"},
		{"perishable", ""},
		{"killjoy", ""},
		{"periscope", ""},
	}
	for _, tt := range tests {
		got := ""
		if c := storyEvents.concept([]byte(tt.word)); c >= 0 && !contextConcepts[c] {
			got = eventConcepts[c].name
		}
		if got != tt.want {
			t.Errorf("concept(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

// storyRep is one report of a same-story table test: its headline, text
// and language, and the hours after the first report it came.
type storyRep struct {
	title, body, lang string
	hours             float64
}

// storyPair is a row of such a test: two reports and whether they are one
// story.
type storyPair struct {
	name string
	a, b storyRep
	want bool
}

// checkSameStory analyses both reports of every pair as an ingest would
// (crossEntry) and checks sameStory's verdict.
func checkSameStory(t *testing.T, tests []storyPair) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := crossEntry(t, 1, tt.a.hours, tt.a.title, tt.a.body, tt.a.lang, "a")
			b := crossEntry(t, 2, tt.b.hours, tt.b.title, tt.b.body, tt.b.lang, "b")
			if _, got := sameStory(a, b, 96*time.Hour); got != tt.want {
				t.Errorf("sameStory = %v, want %v: %+v", got, tt.want, compare(a, b))
			}
		})
	}
}

// TestTollPerishAcrossReports: a fire that killed people in one country,
// told as "… perish in … fire", "…, killing dozens" and «… погибли при
// пожаре …» within hours, is one story (a fire and a toll in one country,
// within hours); the same words for a fire in another country are not.
func TestTollPerishAcrossReports(t *testing.T) {
	type rep = storyRep
	perish := rep{"Dozens perish in mall fire in Russia",
		"The blaze swept through the top floor of the shopping centre on Sunday afternoon, officials said.", "en", 0}
	killing := rep{"Fire tears through Russian mall, killing dozens",
		"Flames spread through the top floor of the shopping centre on Sunday afternoon, officials said.", "en", 3}
	ru := rep{"В России при пожаре в торговом центре погибли десятки человек",
		"Огонь охватил верхний этаж торгового центра в воскресенье днем, сообщили власти.", "ru", 5}
	kz := rep{"В Казахстане при пожаре в торговом центре погибли десятки человек",
		"Огонь охватил верхний этаж торгового центра в воскресенье днем, сообщили власти.", "ru", 2}
	tests := []storyPair{
		{"en perish and ru погибли", perish, ru, true},
		{"en killing and ru погибли", killing, ru, true},
		{"a mall fire in another country", perish, kz, false},
		{"en killing, a mall fire in another country", killing, kz, false},
	}
	checkSameStory(t, tests)
}

// TestEventOneTitleOtherText (crossOutcome): an election that one title
// names and the
// other report tells only in its text ("… defeats … to win the
// presidency"), in one country, with the winner in both titles and the
// loser in both texts, within hours, is one story in English and Russian;
// not in another country, not two days later, and not for daily news (a
// shelling one title names and the other text recalls).
func TestEventOneTitleOtherText(t *testing.T) {
	type rep = storyRep
	winEN := rep{"Projections: Kovač defeats Babić to win Slovenian presidency",
		"Ana Kovač was elected president of Slovenia on Sunday, beating Marko Babić in a runoff vote, according to projections.", "en", 0}
	winRU := rep{"На президентских выборах в Словении победила Ана Ковач",
		"Ее соперник Марко Бабич признал поражение и поздравил Ковач, передает агентство.", "ru", 2}
	winRUSerbia := rep{"На президентских выборах в Сербии победила Ана Ковач",
		"Ее соперник Марко Бабич признал поражение и поздравил Ковач, передает агентство.", "ru", 2}
	winRULater := winRU
	winRULater.hours = 50
	shellEN := rep{"Kovač visits Babić in Slovenian port town",
		"Ana Kovač met Marko Babić on Sunday, a day after shelling hit the port town in Slovenia.", "en", 0}
	shellRU := rep{"Обстрел портового города в Словении: Ковач выразила соболезнования",
		"Марко Бабич сообщил о разрушениях, Ковач выразила соболезнования.", "ru", 2}
	tests := []struct {
		name string
		a, b rep
		want bool
	}{
		{"en title tells the win, ru title the election", winEN, winRU, true},
		{"the election in another country", winEN, winRUSerbia, false},
		{"two days later", winEN, winRULater, false},
		{"daily news (shelling) in one title and the other text", shellEN, shellRU, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := crossEntry(t, 1, tt.a.hours, tt.a.title, tt.a.body, tt.a.lang, "a")
			b := crossEntry(t, 2, tt.b.hours, tt.b.title, tt.b.body, tt.b.lang, "b")
			for _, ev := range []evidence{compare(a, b), compare(b, a)} {
				if got := ev.crossOutcome(); got != tt.want {
					t.Errorf("crossOutcome = %v, want %v: %+v", got, tt.want, ev)
				}
			}
		})
	}
}
