package analyze

import (
	"slices"
	"testing"
)

// TestTokenizeApostrophes: a possessive, a Turkish case ending and an
// elided article are cut from the name they touch; apostrophes inside
// names and contractions stay.
func TestTokenizeApostrophes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"en possessive", "Kazakhstan's oil", []string{"kazakhstan", "oil"}},
		{"en name with apostrophe", "Conan O'Brien spoke", []string{"conan", "o'brien", "spoke"}},
		{"en contraction", "Don't go, it's late", []string{"don't", "go", "it", "late"}},
		{"ru no apostrophes", "Москва и Астана", []string{"москва", "и", "астана"}},
		{"uk apostrophe inside a name", "у Слов’янську", []string{"у", "слов'янську"}},
		{"uk apostrophe inside a word", "з'явилася", []string{"з'явилася"}},
		{"tr dative", "Türkiye’ye gidecek", []string{"türkiye", "gidecek"}},
		{"tr locative relative", "Özbekistan’daki seçim", []string{"özbekistan", "seçim"}},
		{"tr genitive", "Kazakistan'ın başkenti", []string{"kazakistan", "başkenti"}},
		{"tr not a case ending", "Ankara'mızdakiler", []string{"ankara'mızdakiler"}},
		{"it elided preposition", "dell’Uzbekistan e dell’Italia", []string{"dell", "uzbekistan", "e", "dell", "italia"}},
		{"it capital article", "L’Italia vince", []string{"l", "italia", "vince"}},
		{"it surname stays", "Massimo D'Alema", []string{"massimo", "d'alema"}},
		{"fr elision", "d’Astana à l’Iran, qu’Israël", []string{"d", "astana", "à", "l", "iran", "qu", "israël"}},
		{"fr lower-case elision stays", "aujourd’hui", []string{"aujourd'hui"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := normWords(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("normWords(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
