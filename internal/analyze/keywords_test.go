package analyze

import (
	"os"
	"strings"
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

// TestKeywordsLabelled measures keyword matching on a hand-labelled set in
// English and Russian (testdata/keywords.tsv): "dev" was in view when the
// rules were written; "held" was only measured (18 of 20) until its two
// misses showed common nouns in -о, -е and plural -и lacked case forms;
// "fresh" was written after that fix and measured 11 of 12 until its miss
// (банки) showed masculine plurals lacked forms too. Floors sit a case or
// two below the figures measured when set.
func TestKeywordsLabelled(t *testing.T) {
	raw, err := os.ReadFile("testdata/keywords.tsv")
	if err != nil {
		t.Fatal(err)
	}
	type score struct{ right, total int }
	scores := map[string]*score{"dev": {}, "held": {}, "fresh": {}}
	for n, line := range strings.Split(string(raw), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 || scores[f[0]] == nil {
			t.Fatalf("keywords.tsv line %d: %q", n+1, line)
		}
		want := f[3] == "1"
		got := !CompileKeywords(news.KeywordFilter{Exclude: []string{f[1]}}).Allows(f[2])
		s := scores[f[0]]
		s.total++
		if got == want {
			s.right++
		} else {
			t.Logf("%s miss: %q in %q: got %v, want %v", f[0], f[1], f[2], got, want)
		}
	}
	floors := map[string]float64{"dev": 1.0, "held": 0.85, "fresh": 0.80}
	for _, half := range []string{"dev", "held", "fresh"} {
		s := scores[half]
		acc := float64(s.right) / float64(s.total)
		t.Logf("%s half: %d of %d right (%.3f)", half, s.right, s.total, acc)
		if acc < floors[half] {
			t.Errorf("%s half accuracy %.3f below the floor %.2f", half, acc, floors[half])
		}
	}
}

// TestWordsKeepCombiningMarks: a keyword is compared with a text's words
// whole, their combining marks in them (Hindi vowel signs), as the
// tokeniser reads them; English and Russian words are as before.
func TestWordsKeepCombiningMarks(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"माली में चुनाव", "माली में चुनाव"},
		{"Elections in Mali", "elections in mali"},
		{"Выборы в Мали", "выборы в мали"},
	}
	for _, tt := range tests {
		if got := strings.Join(Words(tt.text), " "); got != tt.want {
			t.Errorf("Words(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
