package analyze

import (
	"slices"
	"testing"
)

// TestRuForms: the case forms the table gives nouns, names, surnames and
// adjectives, and what must stay as it is.
func TestRuForms(t *testing.T) {
	tests := []struct {
		name  string
		forms func(string) []string
		word  string
		want  []string // among the forms
		not   []string // not among them
		only  bool     // the word alone
	}{
		{"country, consonant", ruNounForms, "казахстан", []string{"казахстан", "казахстана", "казахстану", "казахстаном", "казахстане"}, nil, false},
		{"country in -ия", ruNounForms, "россия", []string{"россии", "россию", "россией"}, []string{"россие"}, false},
		{"country in -ея", ruNounForms, "корея", []string{"кореи", "корее", "корею", "кореей"}, nil, false},
		{"city in -а", ruNounForms, "москва", []string{"москвы", "москве", "москву", "москвой"}, []string{"москви"}, false},
		{"ы written и after к", ruNounForms, "аляска", []string{"аляски", "аляской"}, []string{"аляскы"}, false},
		{"after a sibilant -ей too", ruNounForms, "гуща", []string{"гущей", "гущой"}, nil, false},
		{"country in -ь", ruNounForms, "израиль", []string{"израиля", "израилю", "израилем", "израиле"}, nil, false},
		{"country in -й", ruNounForms, "китай", []string{"китая", "китаю", "китаем", "китае"}, nil, false},
		{"plural name", ruNounForms, "филиппины", []string{"филиппинам", "филиппинами", "филиппинах"}, nil, false},
		{"first name", ruNounForms, "дмитрий", []string{"дмитрия", "дмитрию", "дмитрием"}, nil, false},
		{"indeclinable in -у", ruNounForms, "перу", nil, nil, true},
		{"indeclinable in -о", ruNounForms, "марокко", nil, nil, true},
		{"-и after a hard consonant is no plural", ruNounForms, "сочи", nil, nil, true},
		{"surname in -ев", ruSurnameForms, "токаев", []string{"токаева", "токаеву", "токаевым", "токаеве", "токаевой"}, nil, false},
		{"surname in -ин", ruSurnameForms, "путин", []string{"путина", "путиным", "путиной"}, nil, false},
		{"surname in -ский", ruSurnameForms, "зеленский", []string{"зеленского", "зеленскому", "зеленским", "зеленская"}, nil, false},
		{"surname in -ко", ruSurnameForms, "шевченко", nil, nil, true},
		{"surname otherwise a noun", ruSurnameForms, "рахмон", []string{"рахмона", "рахмоном"}, nil, false},
		{"adjective in -ский", ruAdjectiveForms, "российский", []string{"российского", "российскому", "российским", "российском", "российская", "российскую", "российское", "российские", "российских", "российскими"}, []string{"российскых"}, false},
		{"adjective from its feminine", ruAdjectiveForms, "южная", []string{"южный", "южной", "южную", "южного", "южное", "южные", "южных"}, nil, false},
		{"adjective in stressed -ой", ruAdjectiveForms, "донской", []string{"донского", "донская", "донских"}, nil, false},
		{"soft adjective keeps its form", ruAdjectiveForms, "внешний", nil, nil, true},
		{"noun in -ие is no adjective", ruAdjectiveForms, "заявление", nil, nil, true},
		{"common noun in -о", ruCommonNounForms, "золото", []string{"золота", "золоту", "золотом"}, nil, false},
		{"common noun in -е", ruCommonNounForms, "соглашение", []string{"соглашения", "соглашению", "соглашением"}, nil, false},
		{"plural in -и", ruCommonNounForms, "санкции", []string{"санкций", "санкциям", "санкциями", "санкциях"}, nil, false},
		{"feminine in -ь, plural", ruCommonNounForms, "новость", []string{"новости", "новостей", "новостям", "новостях"}, nil, false},
		{"masculine plural", ruCommonNounForms, "банк", []string{"банки", "банков", "банкам", "банках"}, []string{"банкы"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.forms(tt.word)
			if tt.only && !slices.Equal(got, []string{tt.word}) {
				t.Errorf("forms of %q = %v, want the word alone", tt.word, got)
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("forms of %q = %v, want %q among them", tt.word, got, w)
				}
			}
			for _, w := range tt.not {
				if slices.Contains(got, w) {
					t.Errorf("forms of %q = %v, want no %q", tt.word, got, w)
				}
			}
		})
	}
}

// TestRuReadings: reading an inflected word back finds its nominative, the
// likeliest first where it matters, and does not turn a plural into
// another word's singular.
func TestRuReadings(t *testing.T) {
	tests := []struct {
		word, want, first, not string
	}{
		{word: "Нигерии", first: "нигерия"},
		{word: "Нигера", first: "нигер"},
		{word: "Южной", want: "южная"},
		{word: "южном", want: "южный"},
		{word: "российских", want: "российские"},
		{word: "Аляски", want: "аляска"},
		{word: "новостей", want: "новость"},
		{word: "санкций", want: "санкции"},
		{word: "выборах", want: "выборы"},
		{word: "выборы", not: "выбор"},
		{word: "внешней", want: "внешняя"},
		{word: "энергетикой", want: "энергетика"},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			got := RuNominatives(tt.word)
			if tt.first != "" && (len(got) == 0 || got[0] != tt.first) {
				t.Errorf("RuNominatives(%q) = %v, want %q first", tt.word, got, tt.first)
			}
			if tt.want != "" && !slices.Contains(got, tt.want) {
				t.Errorf("RuNominatives(%q) = %v, want %q among them", tt.word, got, tt.want)
			}
			if tt.not != "" && slices.Contains(got, tt.not) {
				t.Errorf("RuNominatives(%q) = %v, want no %q", tt.word, got, tt.not)
			}
		})
	}
}

// TestRuEndingSets: the ending lists read from the table hold what topic
// stems and name skeletons rely on.
func TestRuEndingSets(t *testing.T) {
	tests := []struct {
		name string
		set  []string
		want []string
		not  []string
	}{
		{"topic nouns", ruNounEndings, []string{"", "а", "ами", "ией", "ью", "ье", "ьев", "ев"}, nil},
		{"topic adjectives", ruAdjEndings, []string{"ого", "ими", "ую", "ей"}, []string{"а", "ее"}},
		{"phrase heads", ruPhraseHeadEndings, []string{"", "ов", "ия", "ями"}, []string{"ь", "ью"}},
		{"name endings", ruNameEndings, []string{"ого", "его", "ами", "ом", "ых"}, []string{"ов", "ев", "ин", "а", "ой"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, e := range tt.want {
				if !slices.Contains(tt.set, e) {
					t.Errorf("%v lacks %q", tt.set, e)
				}
			}
			for _, e := range tt.not {
				if slices.Contains(tt.set, e) {
					t.Errorf("%v holds %q", tt.set, e)
				}
			}
		})
	}
	// Longest first, so that -ами is cut whole rather than -и.
	for i := 1; i < len(ruNameEndings); i++ {
		if len([]rune(ruNameEndings[i])) > len([]rune(ruNameEndings[i-1])) {
			t.Errorf("name endings out of order: %v", ruNameEndings)
		}
	}
}
