package bot

import (
	"context"
	"errors"
	"slices"
	"strconv"

	"github.com/newsbot/newsbot/internal/analyze"
	"github.com/newsbot/newsbot/internal/i18n"
	"github.com/newsbot/newsbot/internal/news"
)

// errLastLanguage refuses to remove the only story language left.
var errLastLanguage = errors.New("the last story language")

// readingSettings is the part of /settings about what the chat reads:
// story languages, keyword filter, muted outlets.
func (b *Bot) readingSettings(ctx context.Context, s *news.Subscriber, lang string) string {
	muted := text(lang, i18n.MsgMuteNone)
	if len(s.MutedFeeds) > 0 {
		// Names need the store; /settings is rare enough to read it.
		names := map[int64]string{}
		if sources, err := b.store.Sources(ctx); err == nil {
			names = sourceNames(sources)
		}
		muted = mutedNames(s, names, lang)
	}
	return text(lang, i18n.MsgSettingsReading, languageNames(s.ReadLanguages(), lang), filterShort(s.Keywords, lang), muted)
}

// readingRow is the settings row opening the reading menus.
func readingRow(s *news.Subscriber, lang string, chatID int64) []Button {
	return []Button{
		{Text: text(lang, i18n.MsgBtnLanguages), Data: withTarget("s:n", s, chatID)},
		{Text: text(lang, i18n.MsgBtnFilter), Data: withTarget("s:f", s, chatID)},
		{Text: text(lang, i18n.MsgBtnMuted), Data: withTarget("s:m", s, chatID)},
	}
}

// setupDoneText sums up the /start walk-through: digest time, countries,
// topics, and the time zone when it is only a guess.
func (b *Bot) setupDoneText(u Update, s *news.Subscriber, lang string) string {
	_, zone := b.zone(s)
	msg := textFor(lang, forChat(u, s), i18n.MsgSetupDone, timesText(s), zone, countryNames(s.Countries, lang), topicNames(s.Topics, lang))
	if s.Timezone == "" {
		msg += "\n\n" + textFor(lang, forChat(u, s), i18n.MsgTZSuggest, zone)
	}
	return msg
}

// alertsKeyboard asks whether to keep breaking alerts (onboarding).
func alertsKeyboard(s *news.Subscriber, lang string, chatID int64) [][]Button {
	return [][]Button{{
		{Text: text(lang, i18n.MsgBtnAlertsKeep), Data: withTarget("a:on:o", s, chatID)},
		{Text: text(lang, i18n.MsgBtnAlertsOff), Data: withTarget("a:off:o", s, chatID)},
	}}
}

// readingCallback serves the buttons of the reading menus:
//
//	s:n s:f s:m     open story languages, filter, muted outlets
//	n:de n:def n:done   toggle a language, the default, back to settings
//	f:clear f:done  clear the filter, back to settings
//	u:<feed id>     unmute an outlet
//	a:on:o a:off:o  keep or decline breaking alerts (onboarding)
func (b *Bot) readingCallback(ctx context.Context, u Update, s *news.Subscriber, lang, op, arg string, onboarding bool,
	edit func(Reply) error, save func() error) error {
	back := func() error { return edit(b.settingsReplyFor(ctx, s, lang, u.ChatID)) }
	languages := func() error {
		return edit(Reply{Text: text(lang, i18n.MsgLanguagesMenu, languageNames(s.ReadLanguages(), lang)), Keyboard: b.languageKeyboard(s, lang, u.ChatID)})
	}
	muted := func() error {
		sources, err := b.store.Sources(ctx)
		if err != nil {
			return err
		}
		names := sourceNames(sources)
		return edit(Reply{Text: text(lang, i18n.MsgMuteMenu, mutedNames(s, names, lang)), Keyboard: b.muteKeyboard(s, names, lang, u.ChatID)})
	}
	switch op + ":" + arg {
	case "s:n":
		return languages()
	case "s:f":
		return edit(b.filterReply(s, lang, u.ChatID, true))
	case "s:m":
		return muted()
	case "n:done", "f:done":
		return back()
	case "f:clear":
		s.Keywords = news.KeywordFilter{}
		if err := save(); err != nil {
			return err
		}
		return edit(b.filterReply(s, lang, u.ChatID, true))
	case "n:def":
		s.Languages = nil
		if err := save(); err != nil {
			return err
		}
		return languages()
	case "a:on", "a:off":
		if !onboarding {
			return errStale
		}
		s.BreakingAlerts = arg == "on"
		if err := save(); err != nil {
			return err
		}
		answer := i18n.MsgAlertsTurnedOff
		if s.BreakingAlerts {
			answer = i18n.MsgAlertsKept
		}
		return edit(Reply{Text: b.setupDoneText(u, s, lang) + "\n\n" + text(lang, answer)})
	}
	switch op {
	case "n":
		code, ok := parseStoryLanguage(arg)
		if !ok || code != arg {
			return errStale
		}
		if reads := s.ReadLanguages(); len(reads) == 1 && reads[0] == code {
			return errLastLanguage
		}
		toggleLanguage(s, code)
		if err := save(); err != nil {
			return err
		}
		return languages()
	case "u":
		id, err := strconv.ParseInt(arg, 10, 64)
		if err != nil || !slices.Contains(s.MutedFeeds, id) {
			return errStale
		}
		s.MutedFeeds = slices.DeleteFunc(s.MutedFeeds, func(x int64) bool { return x == id })
		if err := save(); err != nil {
			return err
		}
		return muted()
	}
	return errStale
}

// reading is a chat's choices as news lists apply them: the keyword filter
// compiled once per list.
type reading struct {
	prefs    news.Preferences
	keywords *analyze.Keywords
}

func readingOf(s *news.Subscriber) *reading {
	if s == nil {
		return nil
	}
	return &reading{prefs: s.Preferences, keywords: analyze.CompileKeywords(s.Keywords)}
}

// keep reduces newest-first articles to those the chat may see: a story
// (cluster) goes when its reports together fail the keyword filter, and a
// report goes when its outlet is muted or its language not read, so the
// story is shown through another report, if any. A nil reading keeps all.
func (r *reading) keep(articles []news.Article) []news.Article {
	if r == nil {
		return articles
	}
	var dropped map[string]bool
	if r.keywords != nil {
		texts := map[string][]string{}
		for _, a := range articles {
			key := storyKey(a)
			texts[key] = append(texts[key], analyze.ArticleText(a)...)
		}
		dropped = map[string]bool{}
		for key, t := range texts {
			if !r.keywords.Allows(t...) {
				dropped[key] = true
			}
		}
	}
	out := articles[:0:0]
	for _, a := range articles {
		if dropped[storyKey(a)] || !r.prefs.Shows(a) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// storyKey is the story an article belongs to: its cluster, else itself.
func storyKey(a news.Article) string {
	if a.Cluster != "" {
		return a.Cluster
	}
	return "#" + strconv.FormatInt(a.ID, 10)
}

// reachNotes tells the editor who a breaking story leaves out, and why.
func reachNotes(d Draft, lang string) string {
	var out string
	if d.AlertsOff > 0 {
		out += "\n" + text(lang, i18n.MsgEdAlertsOff, d.AlertsOff, chatsWord(d.AlertsOff, lang))
	}
	if d.Filtered > 0 {
		out += "\n" + text(lang, i18n.MsgEdFiltered, d.Filtered, chatsWord(d.Filtered, lang))
	}
	return out
}
