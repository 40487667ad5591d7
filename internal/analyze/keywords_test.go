package analyze

import (
	"testing"

	"github.com/newsbot/newsbot/internal/news"
)

func TestKeywordsAllows(t *testing.T) {
	tests := []struct {
		name    string
		include []string
		exclude []string
		text    string
		want    bool
	}{
		{"en exclude whole word", nil, []string{"football"}, "Football final ends in a draw", false},
		{"en exclude not inside a word", nil, []string{"oil"}, "Turmoil in the parliament", true},
		{"en case-insensitive", nil, []string{"nato"}, "Summit of NATO leaders", false},
		{"en possessive", nil, []string{"russia"}, "Russia's gas exports fall", false},
		{"en include one of", []string{"gas", "oil"}, nil, "Oil prices rise in Almaty", true},
		{"en include none", []string{"gas", "oil"}, nil, "Elections in Kyrgyzstan", false},
		{"en exclude beats include", []string{"gas"}, []string{"gazprom"}, "Gazprom cuts gas to Europe", false},
		{"en hyphenated part", nil, []string{"covid"}, "Covid-19 cases rise", false},
		{"en hyphenated whole", []string{"covid-19"}, nil, "New Covid-19 rules", true},
		{"ru genitive of typed nominative", nil, []string{"газ"}, "Цены на газа поставки", false},
		{"ru instrumental", []string{"нефть"}, nil, "Казахстан торгует нефтью", true},
		{"ru plural prepositional", []string{"выборы"}, nil, "Наблюдатели на выборах в Бишкеке", true},
		{"ru typed inflected, text nominative", []string{"выборах"}, nil, "Выборы назначены на март", true},
		{"ru surname instrumental", nil, []string{"токаев"}, "Встреча с Токаевым прошла в Астане", false},
		{"ru adjective forms", []string{"российский"}, nil, "Российская делегация прибыла", true},
		{"ru ё as е", nil, []string{"пётр"}, "Петр Иванов заявил", false},
		{"ru not inside another word", nil, []string{"газ"}, "Газета вышла утром", true},
		{"ru include absent", []string{"спорт"}, nil, "Новости экономики", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := CompileKeywords(news.KeywordFilter{Include: tt.include, Exclude: tt.exclude})
			if got := k.Allows(tt.text); got != tt.want {
				t.Errorf("Allows(%q) with +%v -%v = %v, want %v", tt.text, tt.include, tt.exclude, got, tt.want)
			}
		})
	}
}

func TestKeywordsNilAllowsAll(t *testing.T) {
	if k := CompileKeywords(news.KeywordFilter{}); k != nil || !k.Allows("anything") {
		t.Fatalf("empty filter = %v, want nil that allows everything", k)
	}
}

func TestRuNominatives(t *testing.T) {
	tests := []struct {
		word string
		want string // must be among the results
	}{
		{"Казахстана", "казахстан"},
		{"России", "россия"},
		{"энергетикой", "энергетика"},
		{"Нигерии", "нигерия"},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			got := RuNominatives(tt.word)
			for _, g := range got {
				if g == tt.want {
					return
				}
			}
			t.Errorf("RuNominatives(%q) = %v, want it to hold %q", tt.word, got, tt.want)
		})
	}
	if got := RuNominatives("Kazakhstan"); got != nil {
		t.Errorf("RuNominatives(Kazakhstan) = %v, want none", got)
	}
}
