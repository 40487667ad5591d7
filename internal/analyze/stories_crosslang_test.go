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
