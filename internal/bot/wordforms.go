package bot

import (
	"strings"
	"unicode"

	"github.com/newsbot/newsbot/internal/news"
)

// Russian names change their ending with grammatical case: a user writes
// "новости Казахстана", "о России", "энергетикой". ruEndings maps the ending
// of an inflected form to the endings of the nominative that the vocabulary
// lists, most likely first. The table is ordered so that the first match is
// the right one: "Нигерии" is Nigeria (-ии → -ия), "Нигера" is Niger (-а → -).
var ruEndings = []struct {
	suffix string
	nom    []string
}{
	{"ией", []string{"ия"}}, {"ии", []string{"ия"}}, {"ию", []string{"ия"}},
	{"ами", []string{"ы", "и"}}, {"ями", []string{"и"}}, {"ах", []string{"ы", "и"}}, {"ях", []string{"и"}},
	{"ого", []string{"ый", "ий", "ое"}}, {"ому", []string{"ый", "ий", "ое"}},
	{"ых", []string{"ые"}}, {"их", []string{"ие"}}, {"ым", []string{"ый", "ые"}},
	{"ом", []string{"", "ый"}}, {"ем", []string{"й", "ь", ""}},
	{"ой", []string{"а", "ая", "ый", "ой"}}, {"ей", []string{"я", "ь", "яя"}}, {"ою", []string{"а"}}, {"ею", []string{"я"}},
	{"ую", []string{"ая"}}, {"юю", []string{"яя"}},
	{"а", []string{"", "о"}}, {"я", []string{"й", "ь", "е"}},
	{"у", []string{"", "а", "о"}}, {"ю", []string{"й", "ь", "я", "е"}},
	{"е", []string{"", "а", "я", "й", "ь", "о"}}, {"и", []string{"а", "я", "ь", "ы"}}, {"ы", []string{"а"}},
}

// wordForms returns w and the nominatives it may be an inflected form of.
func wordForms(w string) []string {
	forms := []string{w}
	if !hasCyrillic(w) {
		return forms
	}
	lw := strings.ToLower(w)
	for _, e := range ruEndings {
		stem, ok := strings.CutSuffix(lw, e.suffix)
		if !ok || len([]rune(stem)) < 3 {
			continue
		}
		for _, n := range e.nom {
			forms = append(forms, stem+n)
		}
	}
	return forms
}

func hasCyrillic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

// withWordForms extends lookup to Russian words in other grammatical cases,
// for names of one or two words ("Южной Корее").
func withWordForms[T any](lookup func(string) (T, bool)) func(string) (T, bool) {
	return func(s string) (T, bool) {
		if v, ok := lookup(s); ok {
			return v, true
		}
		words := strings.Fields(s)
		switch len(words) {
		case 1:
			for _, f := range wordForms(words[0])[1:] {
				if v, ok := lookup(f); ok {
					return v, true
				}
			}
		case 2:
			for _, a := range wordForms(words[0]) {
				for _, b := range wordForms(words[1]) {
					if v, ok := lookup(a + " " + b); ok {
						return v, true
					}
				}
			}
		}
		var zero T
		return zero, false
	}
}

// parseCountry resolves one country as a user may write it, in any case of Russian grammar.
func parseCountry(s string) (string, bool) { return withWordForms(news.ParseCountry)(s) }

// parseTopic resolves one topic as a user may write it, in any case of Russian grammar.
func parseTopic(s string) (news.Topic, bool) { return withWordForms(news.ParseTopic)(s) }

// isConnector reports whether a word joins list items ("kz and tj", "России и Китаю").
func isConnector(w string) bool {
	switch strings.ToLower(w) {
	case "and", "и", "&", "+":
		return true
	}
	return false
}
