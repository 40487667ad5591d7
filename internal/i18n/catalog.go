package i18n

import (
	"fmt"
	"time"
)

// Catalog is one language's texts and the language facts they need. Each
// catalog_xx.go file fills one; nothing changes them afterwards.
type Catalog struct {
	lang Lang
	// name is the language's own name ("Русский") and flag the flag shown
	// beside it on the /lang buttons.
	name, flag string
	// names are further words /lang accepts for the language, in lower
	// case: its name in English and in the other catalogs' languages.
	names []string
	// readBy are the client languages (primary subtags) whose speakers get
	// this language until they choose one (see ForClient).
	readBy []string
	// plural picks the plural category of a count (CLDR rules for
	// cardinals; only integers are counted).
	plural func(n int) Plural
	// texts holds every key's text; chat the wording of some for a group
	// or channel ("" where the text reads the same in every chat).
	texts, chat [keyCount]string
	// nouns are the counted nouns by plural category.
	nouns [nounCount]Forms
	// weekdays are the days' names from Sunday, months the months' names
	// as a date uses them ("27 ноября": Russian puts them in the genitive).
	weekdays [7]string
	months   [12]string
	// languages names the languages stories come in (CLDR), by code.
	languages map[string]string
}

// Plural is a CLDR plural category.
type Plural int

// The plural categories a catalog may use.
const (
	One Plural = iota
	Few
	Many
	Other
	pluralCount
)

// Forms are a noun's forms by plural category; a language fills those its
// plural rule returns.
type Forms [pluralCount]string

// Noun names a noun counted in texts.
type Noun int

// The counted nouns.
const (
	// NounChats follows a count of chats: "1 chat", "2 чата", "5 чатов".
	NounChats Noun = iota
	nounCount
)

// Text returns key's text in l, formatted with args when there are any.
func (l Lang) Text(key Key, args ...any) string {
	return format(l.catalog().texts[key], args)
}

// TextFor is Text worded for a group or channel when chat is set and the
// catalog has a chat wording of key.
func (l Lang) TextFor(chat bool, key Key, args ...any) string {
	c := l.catalog()
	if s := c.chat[key]; chat && s != "" {
		return format(s, args)
	}
	return format(c.texts[key], args)
}

func format(s string, args []any) string {
	if len(args) == 0 {
		return s
	}
	return fmt.Sprintf(s, args...)
}

// Count returns noun's form to follow the number n in l: "chats" after 5
// in English, "чатов" in Russian.
func (l Lang) Count(n int, noun Noun) string {
	c := l.catalog()
	return c.nouns[noun][c.plural(n)]
}

// PluralOf returns the plural category of n in l.
func (l Lang) PluralOf(n int) Plural { return l.catalog().plural(n) }

// Name returns the language's name in itself: "English", "Русский".
func (l Lang) Name() string { return l.catalog().name }

// Flag returns the flag shown beside the language's name.
func (l Lang) Flag() string { return l.catalog().flag }

// Weekday returns the day's name in l.
func (l Lang) Weekday(d time.Weekday) string { return l.catalog().weekdays[d] }

// Month returns the month's name in l as it follows a day's number.
func (l Lang) Month(m time.Month) string { return l.catalog().months[m-1] }

// LanguageName returns the name in l of the language with code ("de"),
// ok false when the catalog does not name it.
func (l Lang) LanguageName(code string) (string, bool) {
	s, ok := l.catalog().languages[code]
	return s, ok
}
