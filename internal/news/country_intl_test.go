package news

import "testing"

// TestParseCountryMoreLanguages: the CLDR names of the languages beyond
// the seven (Polish, Finnish, Dutch, Kazakh…) parse, and English, Russian
// and the seven parse as before.
func TestParseCountryMoreLanguages(t *testing.T) {
	for in, want := range map[string]string{
		"Kazachstan": "KZ", "Niemcy": "DE", "Ranska": "FR", "Ресей": "RU", "Oezbekistan": "UZ", "Србија": "RS",
		"Kazakhstan": "KZ", "Казахстан": "KZ", "Kasachstan": "KZ", "Cazaquistão": "KZ", "Türkei": "TR", "Німеччина": "DE",
	} {
		if got, ok := ParseCountry(in); !ok || got != want {
			t.Errorf("ParseCountry(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}
