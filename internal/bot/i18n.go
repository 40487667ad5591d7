package bot

import (
	"fmt"
	"time"

	"github.com/newsbot/newsbot/internal/i18n"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/render"
)

// The bot's texts live in the catalogs of package i18n, one per language.

// text returns the text of id in lang (a language tag, see i18n.Parse),
// formatted with args.
func text(lang string, id i18n.Key, args ...any) string {
	return i18n.Parse(lang).Text(id, args...)
}

// textFor is text(lang, id, args...), worded for the chat when chat is set.
func textFor(lang string, chat bool, id i18n.Key, args ...any) string {
	return i18n.Parse(lang).TextFor(chat, id, args...)
}

// forChat reports whether replies about s speak of a group's or channel's
// settings: the update comes from one, or s is one (a channel edited from
// a private chat).
func forChat(u Update, s *news.Subscriber) bool {
	return u.ChatType.IsGroupLike() || (s != nil && s.ChatType.IsGroupLike())
}

// chatsWord is the noun after n chats in lang: "chat" or "chats", in
// Russian "чат", "чата" or "чатов".
func chatsWord(n int, lang string) string {
	return i18n.Parse(lang).Count(n, i18n.NounChats)
}

// langOf is the language the bot speaks to a client whose interface
// language is code ("ru-RU", "kk", "en-GB") until the chat chooses one.
func langOf(code string) string { return string(i18n.ForClient(code)) }

// localWhen formats a local time as "Friday, 27 November, 08:00".
func localWhen(t time.Time, lang string) string {
	return fmt.Sprintf("%s, %02d:%02d", render.LongDate(t, lang), t.Hour(), t.Minute())
}
