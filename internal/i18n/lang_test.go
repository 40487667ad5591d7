package i18n

import "testing"

func TestParse(t *testing.T) {
	tests := []struct {
		name, tag string
		want      Lang
		ok        bool // Lookup's
	}{
		{"code", "ru", Russian, true},
		{"upper case", "RU", Russian, true},
		{"with region", "ru-RU", Russian, true},
		{"POSIX locale", "ru_KZ", Russian, true},
		{"spaces", " ru ", Russian, true},
		{"english region", "en-GB", English, true},
		{"english upper", "EN-us", English, true},
		{"no catalog", "de", Default, false},
		{"region's language is not Russian here", "kk", Default, false},
		{"empty", "", Default, false},
		{"undetermined", "und", Default, false},
		{"three letters", "rus", Default, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Parse(tt.tag); got != tt.want {
				t.Errorf("Parse(%q) = %q, want %q", tt.tag, got, tt.want)
			}
			if got, ok := Lookup(tt.tag); got != tt.want || ok != tt.ok {
				t.Errorf("Lookup(%q) = %q, %v, want %q, %v", tt.tag, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestForClient(t *testing.T) {
	tests := []struct {
		name, code string
		want       Lang
	}{
		{"russian", "ru", Russian},
		{"russian region", "ru-RU", Russian},
		{"english", "en", English},
		{"british", "en-GB", English},
		{"kazakh reads russian", "kk", Russian},
		{"uzbek script subtag", "uz-Cyrl", Russian},
		{"belarusian", "be", Russian},
		{"kyrgyz", "ky", Russian},
		{"tajik", "TG", Russian},
		{"german", "de", English},
		{"turkmen is not on the list", "tk", English},
		{"none", "", English},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ForClient(tt.code); got != tt.want {
				t.Errorf("ForClient(%q) = %q, want %q", tt.code, got, tt.want)
			}
		})
	}
}

func TestByName(t *testing.T) {
	tests := []struct {
		word string
		want Lang
		ok   bool
	}{
		{"en", English, true},
		{"English", English, true},
		{"eng", English, true},
		{"английский", English, true},
		{"ru", Russian, true},
		{"Русский", Russian, true},
		{"russian", Russian, true},
		{"rus", Russian, true},
		{"ru-RU", Russian, true},
		{"de", Default, false},
		{"", Default, false},
		{"русский язык", Default, false},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			if got, ok := ByName(tt.word); got != tt.want || ok != tt.ok {
				t.Errorf("ByName(%q) = %q, %v, want %q, %v", tt.word, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestNextVisitsEveryLanguage(t *testing.T) {
	langs := Languages()
	l := langs[0]
	for i := 1; i <= len(langs); i++ {
		l = l.Next()
		if want := langs[i%len(langs)]; l != want {
			t.Fatalf("step %d: Next = %q, want %q", i, l, want)
		}
	}
	if got := Lang("xx").Next(); got != langs[1%len(langs)] {
		t.Errorf("an unknown language moves on from the default: got %q", got)
	}
}
