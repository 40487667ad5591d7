// Package i18n holds the languages newsbot speaks and one message catalog
// per language: every text a user sees from the bot, the rendered messages,
// delivery and the application, with the plural rules and date words those
// texts need. A language is one catalog_xx.go file, listed in catalogs.
//
// Language tags from anywhere (a chat's stored choice, Telegram's
// language_code, a terminal's locale) go through Parse, Lookup or
// ForClient, which share one reading of a tag.
package i18n

import (
	"slices"

	"github.com/newsbot/newsbot/internal/news"
)

// Lang is a language with a catalog, named by its ISO 639-1 code ("en").
// The zero value and any code without a catalog speak Default.
type Lang string

// The languages with a catalog.
const (
	English Lang = "en"
	Russian Lang = "ru"
)

// Default is the language of a tag without a catalog of its own.
const Default = English

// catalogs are the catalogs in the order menus list their languages;
// the first is Default's.
var catalogs = [...]*Catalog{&english, &russian}

// Languages returns the languages with a catalog, Default first.
func Languages() []Lang {
	out := make([]Lang, len(catalogs))
	for i, c := range catalogs {
		out[i] = c.lang
	}
	return out
}

// Lookup returns the language whose catalog matches tag's primary subtag
// in any case: "ru", "RU", "ru-RU", "ru_KZ" are Russian. ok is false for
// an empty tag, "und" and a language without a catalog.
func Lookup(tag string) (l Lang, ok bool) {
	base := Lang(news.BaseLang(tag))
	for _, c := range catalogs {
		if c.lang == base {
			return c.lang, true
		}
	}
	return Default, false
}

// Parse returns the language of tag (see Lookup), else Default: the
// language to write in for a chat whose chosen language is tag.
func Parse(tag string) Lang {
	l, _ := Lookup(tag)
	return l
}

// ForClient returns the language to speak to a client whose interface
// language is code (Telegram's language_code, such as "ru", "en-GB" or
// "kk") until the chat chooses one: its own language when it has a
// catalog, else the language its speakers most likely read better than
// English (a catalog's readBy: Kazakh speakers get Russian), else Default.
func ForClient(code string) Lang {
	if l, ok := Lookup(code); ok {
		return l
	}
	base := news.BaseLang(code)
	for _, c := range catalogs {
		if slices.Contains(c.readBy, base) {
			return c.lang
		}
	}
	return Default
}

// ByName returns the language that word names, as /lang accepts it: its
// code ("ru") or one of its catalog's names for it ("russian", "русский").
func ByName(word string) (Lang, bool) {
	w := news.BaseLang(word)
	for _, c := range catalogs {
		if string(c.lang) == w || slices.Contains(c.names, w) {
			return c.lang, true
		}
	}
	return Default, false
}

// catalog is l's catalog, Default's for a language without one.
func (l Lang) catalog() *Catalog {
	for _, c := range catalogs {
		if c.lang == l {
			return c
		}
	}
	return catalogs[0]
}

// String returns the code of the language l speaks: its own, or
// Default's for a code without a catalog.
func (l Lang) String() string { return string(l.catalog().lang) }

// Next returns the language after l in catalogs' order, the first after
// the last: the settings menu's language button moves through them all.
func (l Lang) Next() Lang {
	for i, c := range catalogs {
		if c.lang == l.catalog().lang {
			return catalogs[(i+1)%len(catalogs)].lang
		}
	}
	return Default
}
