package bot

import (
	"context"
	"slices"
	"strings"

	"github.com/newsbot/newsbot/internal/i18n"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/render"
)

// storyLanguage is a language stories come in: its code and its own name
// (CLDR). Its names in the bot's languages are in the catalogs.
type storyLanguage struct {
	code, native string
}

// storyLanguages are the languages /languages knows, in menu order: the
// bot's own two, then the region's, then the feeds' others.
var storyLanguages = []storyLanguage{
	{"en", "English"},
	{"ru", "Русский"},
	{"kk", "Қазақша"},
	{"ky", "Кыргызча"},
	{"uz", "Oʻzbekcha"},
	{"tg", "Тоҷикӣ"},
	{"tk", "Türkmençe"},
	{"uk", "Українська"},
	{"tr", "Türkçe"},
	{"de", "Deutsch"},
	{"fr", "Français"},
	{"es", "Español"},
	{"it", "Italiano"},
	{"pt", "Português"},
	{"zh", "中文"},
	{"fa", "فارسی"},
	{"ar", "العربية"},
}

// parseStoryLanguage reads a language as a code ("de") or a name in one of
// the bot's languages or its own ("German", "немецкий", "Deutsch").
func parseStoryLanguage(s string) (string, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, l := range storyLanguages {
		if s == l.code || s == strings.ToLower(l.native) {
			return l.code, true
		}
		for _, in := range i18n.Languages() {
			if name, ok := in.LanguageName(l.code); ok && s == strings.ToLower(name) {
				return l.code, true
			}
		}
	}
	return "", false
}

func languageName(code, lang string) string {
	if name, ok := i18n.Parse(lang).LanguageName(code); ok {
		return name
	}
	return code
}

func languageNames(codes []string, lang string) string {
	parts := make([]string, len(codes))
	for i, c := range codes {
		parts[i] = render.Escape(languageName(c, lang))
	}
	return strings.Join(parts, ", ")
}

// defaultLanguages names the default choice: the interface language and English.
func defaultLanguages(s *news.Subscriber, lang string) string {
	p := s.Preferences
	p.Languages = nil
	return languageNames(p.ReadLanguages(), lang)
}

// cmdLanguages serves /languages [codes|default]: without arguments it
// shows the choice with a menu.
func (b *Bot) cmdLanguages(ctx context.Context, u Update, args string) error {
	if strings.TrimSpace(args) == "" {
		return b.withSubscriber(ctx, u, false, func(s *news.Subscriber, lang string) error {
			if s == nil {
				return b.say(ctx, u, text(lang, i18n.MsgNeedStart))
			}
			r := Reply{Lang: lang, Text: textFor(lang, forChat(u, s), i18n.MsgLanguagesShow, languageNames(s.ReadLanguages(), lang), defaultLanguages(s, lang)), DisablePreview: true}
			if ok, _ := b.mayChange(ctx, u); ok {
				r.Keyboard = b.languageKeyboard(s, lang, u.ChatID)
			}
			_, err := b.transport.Send(ctx, u.ChatID, r)
			return err
		})
	}
	return b.withSubscriber(ctx, u, true, func(s *news.Subscriber, lang string) error {
		var codes []string
		switch strings.ToLower(strings.TrimSpace(args)) {
		case "default", "reset", "по умолчанию", "сброс":
		default:
			var unknown []string
			codes, unknown = parseList(args, 1, parseStoryLanguage)
			if len(unknown) > 0 || len(codes) == 0 {
				return b.say(ctx, u, text(lang, i18n.MsgLanguagesUnknown, quoteList(unknown)))
			}
		}
		s.Languages = codes
		if err := b.store.SaveSubscriber(ctx, *s); err != nil {
			return b.failed(ctx, u, err)
		}
		return b.say(ctx, u, text(lang, i18n.MsgLanguagesSaved, languageNames(s.ReadLanguages(), lang)))
	})
}

// languageKeyboard toggles story languages, three to a row: n:de, n:def
// (the default), n:done (back to settings).
func (b *Bot) languageKeyboard(s *news.Subscriber, lang string, chatID int64) [][]Button {
	reads := s.ReadLanguages()
	var rows [][]Button
	var row []Button
	for _, l := range storyLanguages {
		label := l.native
		if slices.Contains(reads, l.code) {
			label = "✅ " + label
		}
		row = append(row, Button{Text: label, Data: withTarget("n:"+l.code, s, chatID)})
		if len(row) == 3 {
			rows, row = append(rows, row), nil
		}
	}
	if len(row) > 0 {
		rows = append(rows, row)
	}
	def := text(lang, i18n.MsgBtnDefault)
	if len(s.Languages) == 0 {
		def = "✅ " + def
	}
	return append(rows, []Button{
		{Text: def, Data: withTarget("n:def", s, chatID)},
		{Text: text(lang, i18n.MsgBtnDone), Data: withTarget("n:done", s, chatID)},
	})
}

// toggleLanguage adds or removes a story language; the last one stays.
func toggleLanguage(s *news.Subscriber, code string) {
	reads := slices.Clone(s.ReadLanguages())
	if i := slices.Index(reads, code); i >= 0 {
		if len(reads) == 1 {
			return
		}
		reads = slices.Delete(reads, i, i+1)
	} else {
		reads = append(reads, code)
	}
	s.Languages = reads
}
