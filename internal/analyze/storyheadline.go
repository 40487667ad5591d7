package analyze

import "strings"

// Only English capitalises the words of a headline (title case): French,
// Spanish, Portuguese, Italian and Turkish titles are written as
// sentences, so a capital inside one marks a name, however many the title
// has: "Kestrelair : A320 écrasé à Barcelonnette, Alpes Haute Provence"
// names an airline, a town and a region, where "Plane Crashes In The
// Alps" names none. headlineLang reports whether a document's language may write
// its titles in title case: English, or a language not given.
func headlineLang(lang string) bool {
	return lang == "" || lang == "en" || strings.HasPrefix(lang, "en-")
}
