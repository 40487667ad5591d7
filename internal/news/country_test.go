package news

import (
	"strings"
	"testing"
	"time"
	_ "time/tzdata"
)

func TestParseCountry(t *testing.T) {
	tests := []struct {
		in     string
		want   string
		wantOK bool
	}{
		{"kz", "KZ", true},
		{"KZ", "KZ", true},
		{"Kazakhstan", "KZ", true},
		{"казахстан", "KZ", true},
		{"Казахстан", "KZ", true},
		{"  Казахстан ", "KZ", true},
		{"Киргизия", "KG", true},
		{"Кыргызстан", "KG", true},
		{"turkey", "TR", true},
		{"Türkiye", "TR", true},
		{"Турция", "TR", true},
		{"usa", "US", true},
		{"сша", "US", true},
		{"Соединенные Штаты Америки", "US", true},
		{"uk", "GB", true},
		{"белоруссия", "BY", true},
		{"молдавия", "MD", true},
		{"туркмения", "TM", true},
		{"korea", "KR", true},
		{"кндр", "KP", true},
		{"congo", "CG", true},
		{"drc", "CD", true},
		{"guinea", "GN", true},
		{"Кот-д’Ивуар", "CI", true},
		{"kaz", "KZ", true},
		{"atlantis", "", false},
		{"xx", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := ParseCountry(tt.in)
		if ok != tt.wantOK || got != tt.want {
			t.Errorf("ParseCountry(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.wantOK)
		}
	}
}

func TestFlagOf(t *testing.T) {
	tests := []struct {
		code, want string
	}{
		{"KZ", "🇰🇿"},
		{"kz", "🇰🇿"},
		{"", ""},
		{"K", ""},
		{"K1", ""},
	}
	for _, tt := range tests {
		if got := FlagOf(tt.code); got != tt.want {
			t.Errorf("FlagOf(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
	if c, ok := CountryByCode("kz"); !ok || c.Flag() != "🇰🇿" {
		t.Errorf("CountryByCode(kz).Flag() = %q, %v", c.Flag(), ok)
	}
}

func TestCountryTableCodes(t *testing.T) {
	if n := len(countryTable); n < 249 {
		t.Fatalf("countryTable has %d entries, want >= 249", n)
	}
	seen := make(map[string]bool, len(countryTable))
	for i, c := range countryTable {
		if len(c.Code) != 2 || c.Code[0] < 'A' || c.Code[0] > 'Z' || c.Code[1] < 'A' || c.Code[1] > 'Z' {
			t.Errorf("entry %d: bad code %q", i, c.Code)
		}
		if seen[c.Code] {
			t.Errorf("duplicate code %q", c.Code)
		}
		seen[c.Code] = true
		if c.En == "" || c.Ru == "" {
			t.Errorf("%s: empty name (En %q, Ru %q)", c.Code, c.En, c.Ru)
		}
		for _, a := range c.Aliases {
			if a == "" || a != strings.ToLower(a) {
				t.Errorf("%s: alias %q is empty or not lower case", c.Code, a)
			}
		}
	}
	if got := len(Countries()); got != len(countryTable) {
		t.Errorf("Countries() returned %d, want %d", got, len(countryTable))
	}
}

// TestCountryNamesUnique checks that no code, name or alias (after input
// normalisation) refers to two different countries.
func TestCountryNamesUnique(t *testing.T) {
	owner := make(map[string]string)
	for _, c := range countryTable {
		keys := append([]string{c.Code, c.En, c.Ru}, c.Aliases...)
		for _, k := range keys {
			n := normalizeInput(k)
			if prev, ok := owner[n]; ok && prev != c.Code {
				t.Errorf("alias %q maps to both %s and %s", n, prev, c.Code)
				continue
			}
			owner[n] = c.Code
		}
	}
	for n, code := range owner {
		if got, ok := ParseCountry(n); !ok || got != code {
			t.Errorf("ParseCountry(%q) = %q, %v; want %s", n, got, ok, code)
		}
	}
}

func TestCountryTimezones(t *testing.T) {
	for _, c := range countryTable {
		if c.Timezone == "" {
			continue
		}
		if _, err := time.LoadLocation(c.Timezone); err != nil {
			t.Errorf("%s: timezone %q: %v", c.Code, c.Timezone, err)
		}
	}
}

func TestFocusCountries(t *testing.T) {
	focus := FocusCountries()
	if len(focus) != 17 {
		t.Errorf("FocusCountries() has %d entries, want 17", len(focus))
	}
	for _, code := range focus {
		c, ok := CountryByCode(code)
		if !ok {
			t.Errorf("focus country %s not in table", code)
			continue
		}
		if c.Timezone == "" {
			t.Errorf("focus country %s has no timezone", code)
		}
	}
}

// TestParseCountryCLDRNames: users may type a country as German, French,
// Spanish, Portuguese, Italian, Turkish or Ukrainian news write it, with or
// without accents; English and Russian names keep their countries.
func TestParseCountryCLDRNames(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kasachstan", "KZ"},     // de
		{"Kirgisistan", "KG"},    // de
		{"Ouzbékistan", "UZ"},    // fr
		{"ouzbekistan", "UZ"},    // fr, no accent
		{"Kazajistán", "KZ"},     // es
		{"Cazaquistão", "KZ"},    // pt
		{"cazaquistao", "KZ"},    // pt, no tilde
		{"Tagikistan", "TJ"},     // it
		{"Kazakistan", "KZ"},     // it, tr
		{"Özbekistan", "UZ"},     // tr
		{"Німеччина", "DE"},      // uk
		{"Киргизстан", "KG"},     // uk
		{"Allemagne", "DE"},      // fr
		{"Estados Unidos", "US"}, // es, pt
		{"Kazakhstan", "KZ"},     // en still
		{"Казахстан", "KZ"},      // ru still
	}
	for _, tt := range tests {
		if got, ok := ParseCountry(tt.in); !ok || got != tt.want {
			t.Errorf("ParseCountry(%q) = %q, %v; want %s", tt.in, got, ok, tt.want)
		}
	}
	for _, bad := range []string{"atlantis", "", "republik"} {
		if got, ok := ParseCountry(bad); ok {
			t.Errorf("ParseCountry(%q) = %q, want no country", bad, got)
		}
	}
}

// TestCLDRNamesKeepOwnNames: the generated table never gives an English or
// Russian name, an alias or a code to another country.
func TestCLDRNamesKeepOwnNames(t *testing.T) {
	for _, c := range countryTable {
		for _, n := range append([]string{c.Code, c.En, c.Ru}, c.Aliases...) {
			if code, ok := cldrNames[normalizeInput(n)]; ok && code != c.Code {
				t.Errorf("cldrNames[%q] = %s, but it names %s", n, code, c.Code)
			}
		}
	}
	if len(cldrNames) < 500 {
		t.Errorf("cldrNames has %d names, want the seven languages' (over 500)", len(cldrNames))
	}
}
