package news

import (
	"sort"
	"strings"
)

// Country is an ISO 3166-1 country with its names.
type Country struct {
	Code string // alpha-2, upper case
	En   string
	Ru   string
	// Aliases are other names users may type (lower case): short forms,
	// former names, alpha-3 codes.
	Aliases []string
	// Timezone is the IANA zone of the capital, suggested when a subscriber
	// picks the country and has not chosen a zone; empty when unknown.
	Timezone string
}

// Flag returns the country's flag emoji, built from its regional-indicator letters.
func (c Country) Flag() string {
	return FlagOf(c.Code)
}

// FlagOf returns the flag emoji for an alpha-2 code, or "" for a malformed code.
func FlagOf(code string) string {
	if len(code) != 2 {
		return ""
	}
	var b strings.Builder
	for i := 0; i < 2; i++ {
		ch := code[i]
		if ch >= 'a' && ch <= 'z' {
			ch -= 'a' - 'A'
		}
		if ch < 'A' || ch > 'Z' {
			return ""
		}
		b.WriteRune(rune(0x1F1E6 + int(ch-'A')))
	}
	return b.String()
}

// Name returns the country's name in lang ("ru" or anything else for English).
func (c Country) Name(lang string) string {
	if lang == "ru" {
		return c.Ru
	}
	return c.En
}

var countryByCode = func() map[string]Country {
	m := make(map[string]Country, len(countryTable))
	for _, c := range countryTable {
		m[c.Code] = c
	}
	return m
}()

var countryIndex = func() map[string]string {
	m := make(map[string]string, len(countryTable)*4)
	for _, c := range countryTable {
		m[strings.ToLower(c.Code)] = c.Code
		m[normalizeInput(c.En)] = c.Code
		m[normalizeInput(c.Ru)] = c.Code
		for _, a := range c.Aliases {
			m[normalizeInput(a)] = c.Code
		}
	}
	return m
}()

// Countries returns every country, sorted by code.
func Countries() []Country {
	out := make([]Country, len(countryTable))
	copy(out, countryTable[:])
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}

// CountryByCode returns the country for an alpha-2 code in any case.
func CountryByCode(code string) (Country, bool) {
	c, ok := countryByCode[strings.ToUpper(strings.TrimSpace(code))]
	return c, ok
}

//go:generate go run gen_cldrnames.go

// ParseCountry resolves what a user typed ("kz", "KZ", "Kazakhstan",
// "казахстан", and the CLDR names in German, French, Spanish, Portuguese,
// Italian, Turkish and Ukrainian: "Kasachstan", "Cazaquistão", "Казахстан")
// to an alpha-2 code. It reports false when nothing matches.
func ParseCountry(s string) (string, bool) {
	key := normalizeInput(s)
	if code, ok := countryIndex[key]; ok {
		return code, true
	}
	code, ok := cldrNames[key]
	return code, ok
}

// FocusCountries are the countries newsbot covers in depth; menus show them first.
var focusCountries = [...]string{"KZ", "KG", "TJ", "UZ", "TM", "AF", "RU", "CN", "IR", "AZ", "AM", "GE", "MN", "PK", "TR", "UA", "BY"}

// FocusCountries returns the Central Asian region and its neighbours, in menu order.
func FocusCountries() []string {
	out := make([]string, len(focusCountries))
	copy(out, focusCountries[:])
	return out
}
