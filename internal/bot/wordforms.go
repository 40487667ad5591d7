package bot

import (
	"strings"
	"unicode"

	"github.com/newsbot/newsbot/internal/analyze"
	"github.com/newsbot/newsbot/internal/news"
)

// wordForms returns w and the nominatives it may be an inflected form of:
// a user writes "новости Казахстана", "о России", "энергетикой".
func wordForms(w string) []string {
	forms := []string{w}
	if !hasCyrillic(w) {
		return forms
	}
	return append(forms, analyze.RuNominatives(w)...)
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
