package bot

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/newsbot/newsbot/internal/i18n"
	"github.com/newsbot/newsbot/internal/news"
)

// Callback data is short text well under Telegram's 64-byte limit:
//
//	c:KZ  c:done        toggle a country, close the country menu
//	t:energy t:all t:done
//	h:0800              set the digest time
//	s:c s:t s:h s:g s:a s:q s:l   settings menu entries
//	lang:en             interface language
//	more:l:cKZ:<cursor> next page of a news list
//
// A settings callback may end in ":o" (part of the /start walk-through) and
// in "|<chat id>" when a private chat edits a connected channel.

var errStale = errors.New("stale or forged callback")

var digestTimes = [...]string{"06:00", "07:00", "08:00", "09:00", "12:00", "18:00", "20:00", "22:00"}

func withTarget(data string, s *news.Subscriber, chatID int64) string {
	if s.ChatID != chatID {
		data += "|" + strconv.FormatInt(s.ChatID, 10)
	}
	return data
}

func onboardingSuffix(onboarding bool) string {
	if onboarding {
		return ":o"
	}
	return ""
}

// countryKeyboard shows the region's flags plus any other chosen country,
// three to a row, a tick on the chosen ones.
func (b *Bot) countryKeyboard(s *news.Subscriber, lang string, chatID int64, onboarding bool) [][]Button {
	if chatID == 0 {
		chatID = s.ChatID
	}
	chosen := map[string]bool{}
	for _, c := range s.Countries {
		chosen[c] = true
	}
	codes := news.FocusCountries()
	for _, c := range s.Countries {
		if !contains(codes, c) {
			codes = append(codes, c)
		}
	}
	var rows [][]Button
	var row []Button
	for _, code := range codes {
		c, ok := news.CountryByCode(code)
		if !ok {
			continue
		}
		label := c.Flag() + " " + c.Name(lang)
		if chosen[code] {
			label = "✅ " + label
		}
		row = append(row, Button{Text: label, Data: withTarget("c:"+code+onboardingSuffix(onboarding), s, chatID)})
		if len(row) == 3 {
			rows, row = append(rows, row), nil
		}
	}
	if len(row) > 0 {
		rows = append(rows, row)
	}
	rows = append(rows, []Button{{Text: text(lang, i18n.MsgBtnDone), Data: withTarget("c:done"+onboardingSuffix(onboarding), s, chatID)}})
	return rows
}

func (b *Bot) topicKeyboard(s *news.Subscriber, lang string, onboarding bool) [][]Button {
	return b.topicKeyboardFor(s, lang, s.ChatID, onboarding)
}

func (b *Bot) topicKeyboardFor(s *news.Subscriber, lang string, chatID int64, onboarding bool) [][]Button {
	var rows [][]Button
	var row []Button
	for _, t := range news.Topics() {
		label := t.Emoji + " " + t.Slug.Label(lang)
		if containsTopic(s.Topics, t.Slug) {
			label = "✅ " + label
		}
		row = append(row, Button{Text: label, Data: withTarget("t:"+string(t.Slug)+onboardingSuffix(onboarding), s, chatID)})
		if len(row) == 3 {
			rows, row = append(rows, row), nil
		}
	}
	if len(row) > 0 {
		rows = append(rows, row)
	}
	all := text(lang, i18n.MsgBtnAllTopics)
	if len(s.Topics) == 0 {
		all = "✅ " + all
	}
	rows = append(rows, []Button{
		{Text: all, Data: withTarget("t:all"+onboardingSuffix(onboarding), s, chatID)},
		{Text: text(lang, i18n.MsgBtnDone), Data: withTarget("t:done"+onboardingSuffix(onboarding), s, chatID)},
	})
	return rows
}

func (b *Bot) timeKeyboard(s *news.Subscriber, lang string, onboarding bool) [][]Button {
	return b.timeKeyboardFor(s, lang, s.ChatID, onboarding)
}

func (b *Bot) timeKeyboardFor(s *news.Subscriber, lang string, chatID int64, onboarding bool) [][]Button {
	var rows [][]Button
	var row []Button
	for _, t := range digestTimes {
		label := t
		if contains(s.Times(), t) {
			label = "✅ " + t
		}
		row = append(row, Button{Text: label, Data: withTarget("h:"+strings.ReplaceAll(t, ":", "")+onboardingSuffix(onboarding), s, chatID)})
		if len(row) == 4 {
			rows, row = append(rows, row), nil
		}
	}
	if len(row) > 0 {
		rows = append(rows, row)
	}
	return rows
}

func (b *Bot) settingsKeyboard(s *news.Subscriber, lang string) [][]Button {
	return b.settingsKeyboardFor(s, lang, s.ChatID)
}

func (b *Bot) settingsKeyboardFor(s *news.Subscriber, lang string, chatID int64) [][]Button {
	groupOther := text(lang, i18n.MsgBtnTopics)
	if s.GroupBy == news.GroupByTopic {
		groupOther = text(lang, i18n.MsgBtnCountries)
	}
	alerts := onOff(s.BreakingAlerts, lang)
	rows := [][]Button{
		{{Text: text(lang, i18n.MsgBtnCountries), Data: withTarget("s:c", s, chatID)}, {Text: text(lang, i18n.MsgBtnTopics), Data: withTarget("s:t", s, chatID)}},
		{{Text: text(lang, i18n.MsgBtnTime), Data: withTarget("s:h", s, chatID)}, {Text: text(lang, i18n.MsgBtnGroupBy, groupOther), Data: withTarget("s:g", s, chatID)}},
		{{Text: text(lang, i18n.MsgBtnAlerts, alerts), Data: withTarget("s:a", s, chatID)}, {Text: text(lang, i18n.MsgBtnQuiet, onOff(s.QuietDay, lang)), Data: withTarget("s:q", s, chatID)}},
		readingRow(s, lang, chatID),
	}
	if s.ChatID == chatID {
		rows = append(rows, []Button{{Text: langButton(i18n.Parse(lang).Next()), Data: "s:l"}})
	}
	return rows
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func containsTopic(list []news.Topic, t news.Topic) bool {
	for _, x := range list {
		if x == t {
			return true
		}
	}
	return false
}

// handleCallback serves a button press. Every press is answered; forged or
// stale data gets a short notice and changes nothing.
func (b *Bot) handleCallback(ctx context.Context, u Update) error {
	data := u.CallbackData
	var err error
	switch {
	case len(data) > 64 || data == "":
		err = errStale
	case strings.HasPrefix(data, "more:"):
		err = b.moreCallback(ctx, u, strings.Split(data, ":"))
		if err == nil {
			return nil // answered inside
		}
	case strings.HasPrefix(data, "lang:"):
		err = b.langCallback(ctx, u, strings.TrimPrefix(data, "lang:"))
	case strings.HasPrefix(data, "ed:"):
		err = b.editorialCallback(ctx, u, strings.TrimPrefix(data, "ed:"))
	default:
		err = b.settingsCallback(ctx, u, data)
	}
	notice := ""
	switch {
	case errors.Is(err, errStale):
		notice = b.trChat(ctx, u, i18n.MsgStaleButton)
		err = nil
	case errors.Is(err, errNotAllowed):
		notice = b.trChat(ctx, u, i18n.MsgAdminsOnly)
		err = nil
	case errors.Is(err, errSlowDown):
		notice = b.trChat(ctx, u, i18n.MsgSlowDown)
		err = nil
	case errors.Is(err, errTooManyCountries):
		notice = b.trChat(ctx, u, i18n.MsgTooManyCountriesButton, maxCountries)
		err = nil
	case errors.Is(err, errLastLanguage):
		notice = b.trChat(ctx, u, i18n.MsgLastLanguage)
		err = nil
	case errors.Is(err, errAnswered):
		return nil
	case err != nil:
		// A failure of ours (the database, the network), not a stale
		// button: the user may try again, and the error is returned to be
		// logged.
		notice = b.trChat(ctx, u, i18n.MsgInternalError)
	}
	if aerr := b.transport.AnswerCallback(ctx, u.CallbackID, notice); aerr != nil && err == nil {
		err = aerr
	}
	return err
}

var (
	errNotAllowed = errors.New("not allowed")
	errAnswered   = errors.New("callback already answered")
	// errTooManyCountries refuses a flag that would pass maxCountries.
	errTooManyCountries = errors.New("too many countries")
	// errSlowDown refuses a news button pressed faster than the rate limit.
	errSlowDown = errors.New("slow down")
)

func (b *Bot) langCallback(ctx context.Context, u Update, want string) error {
	if l, ok := i18n.Lookup(want); !ok || string(l) != want {
		return errStale
	}
	s, err := b.store.Subscriber(ctx, u.ChatID)
	if errors.Is(err, news.ErrNotFound) {
		return errStale
	}
	if err != nil {
		return err
	}
	if ok, err := b.mayChange(ctx, u); err != nil {
		return err
	} else if !ok {
		return errNotAllowed
	}
	s.Lang = want
	if err := b.store.SaveSubscriber(ctx, s); err != nil {
		return err
	}
	return b.transport.Edit(ctx, u.ChatID, u.MessageID, Reply{Lang: want, Text: text(want, i18n.MsgLangSaved)})
}

// settingsTarget resolves which subscription a settings button changes and
// checks that the presser may change it.
func (b *Bot) settingsTarget(ctx context.Context, u Update, data string) (news.Subscriber, string, error) {
	target := u.ChatID
	if i := strings.LastIndexByte(data, '|'); i >= 0 {
		id, err := strconv.ParseInt(data[i+1:], 10, 64)
		if err != nil {
			return news.Subscriber{}, "", errStale
		}
		target, data = id, data[:i]
	}
	s, err := b.store.Subscriber(ctx, target)
	if errors.Is(err, news.ErrNotFound) {
		return news.Subscriber{}, "", errStale
	}
	if err != nil {
		return news.Subscriber{}, "", err
	}
	if target != u.ChatID {
		// A channel edited from a private chat: only the admin who connected it,
		// or another admin of the channel.
		if u.ChatType.IsGroupLike() {
			return news.Subscriber{}, "", errStale
		}
		if s.OwnerUserID != u.UserID {
			ok, err := b.transport.IsAdmin(ctx, target, u.UserID)
			if err != nil || !ok {
				return news.Subscriber{}, "", errNotAllowed
			}
		}
	} else if ok, err := b.mayChange(ctx, u); err != nil {
		return news.Subscriber{}, "", err
	} else if !ok {
		return news.Subscriber{}, "", errNotAllowed
	}
	return s, data, nil
}

func (b *Bot) settingsCallback(ctx context.Context, u Update, raw string) error {
	s, data, err := b.settingsTarget(ctx, u, raw)
	if err != nil {
		return err
	}
	lang := s.Lang
	if s.ChatID != u.ChatID {
		// The menu for a channel speaks the editing user's language.
		if own, err := b.store.Subscriber(ctx, u.ChatID); err == nil && own.Lang != "" {
			lang = own.Lang
		} else {
			lang = langOf(u.LangCode)
		}
	}
	op, arg, _ := strings.Cut(data, ":")
	arg, flag, _ := strings.Cut(arg, ":")
	onboarding := flag == "o"
	if flag != "" && flag != "o" {
		return errStale
	}
	edit := func(r Reply) error {
		r.Lang = lang
		return b.transport.Edit(ctx, u.ChatID, u.MessageID, r)
	}
	save := func() error {
		b.schedule(&s)
		return b.store.SaveSubscriber(ctx, s)
	}
	switch op {
	case "f", "u", "n", "a":
		return b.readingCallback(ctx, u, &s, lang, op, arg, onboarding, edit, save)
	case "c":
		if arg == "done" {
			if onboarding {
				return edit(Reply{Text: textFor(lang, forChat(u, &s), i18n.MsgTopicsMenu, topicNames(s.Topics, lang)), Keyboard: b.topicKeyboardFor(&s, lang, u.ChatID, true)})
			}
			return edit(b.settingsReplyFor(ctx, &s, lang, u.ChatID))
		}
		c, ok := news.CountryByCode(arg)
		if !ok || len(arg) != 2 {
			return errStale
		}
		if contains(s.Countries, c.Code) {
			s.Countries = remove(s.Countries, c.Code)
		} else if len(s.Countries) >= maxCountries {
			return errTooManyCountries
		} else {
			s.Countries = append(s.Countries, c.Code)
			adoptZone(&s, c.Code)
		}
		if err := save(); err != nil {
			return err
		}
		return edit(Reply{Text: textFor(lang, forChat(u, &s), i18n.MsgCountriesMenu, countryNames(s.Countries, lang)), Keyboard: b.countryKeyboard(&s, lang, u.ChatID, onboarding)})
	case "t":
		switch arg {
		case "done":
			if onboarding {
				return edit(Reply{Text: textFor(lang, forChat(u, &s), i18n.MsgTimeMenu), Keyboard: b.timeKeyboardFor(&s, lang, u.ChatID, true)})
			}
			return edit(b.settingsReplyFor(ctx, &s, lang, u.ChatID))
		case "all":
			s.Topics = nil
		default:
			t := news.Topic(arg)
			if !t.Valid() {
				return errStale
			}
			if containsTopic(s.Topics, t) {
				s.Topics = removeTopic(s.Topics, t)
			} else {
				s.Topics = append(s.Topics, t)
			}
		}
		if err := save(); err != nil {
			return err
		}
		return edit(Reply{Text: textFor(lang, forChat(u, &s), i18n.MsgTopicsMenu, topicNames(s.Topics, lang)), Keyboard: b.topicKeyboardFor(&s, lang, u.ChatID, onboarding)})
	case "h":
		if len(arg) != 4 {
			return errStale
		}
		hhmm, err := normalizeClock(arg)
		if err != nil {
			return errStale
		}
		s.SetTimes([]string{hhmm}) // a button sets one time; /time sets several
		if err := save(); err != nil {
			return err
		}
		if onboarding {
			// The last step asks about breaking alerts, on unless declined.
			msg := b.setupDoneText(u, &s, lang) + "\n\n" + textFor(lang, forChat(u, &s), i18n.MsgAlertsAsk)
			return edit(Reply{Text: msg, Keyboard: alertsKeyboard(&s, lang, u.ChatID)})
		}
		return edit(b.settingsReplyFor(ctx, &s, lang, u.ChatID))
	case "s":
		switch arg {
		case "n", "f", "m":
			return b.readingCallback(ctx, u, &s, lang, "s", arg, false, edit, save)
		case "c":
			return edit(Reply{Text: textFor(lang, forChat(u, &s), i18n.MsgCountriesMenu, countryNames(s.Countries, lang)), Keyboard: b.countryKeyboard(&s, lang, u.ChatID, false)})
		case "t":
			return edit(Reply{Text: textFor(lang, forChat(u, &s), i18n.MsgTopicsMenu, topicNames(s.Topics, lang)), Keyboard: b.topicKeyboardFor(&s, lang, u.ChatID, false)})
		case "h":
			return edit(Reply{Text: textFor(lang, forChat(u, &s), i18n.MsgTimeMenu), Keyboard: b.timeKeyboardFor(&s, lang, u.ChatID, false)})
		case "g":
			if s.GroupBy == news.GroupByTopic {
				s.GroupBy = news.GroupByCountry
			} else {
				s.GroupBy = news.GroupByTopic
			}
		case "a":
			s.BreakingAlerts = !s.BreakingAlerts
		case "q":
			s.QuietDay = !s.QuietDay
		case "l":
			if s.ChatID != u.ChatID {
				return errStale
			}
			s.Lang = string(i18n.Parse(s.Lang).Next())
			lang = s.Lang
		default:
			return errStale
		}
		if err := save(); err != nil {
			return err
		}
		return edit(b.settingsReplyFor(ctx, &s, lang, u.ChatID))
	}
	return errStale
}

// settingsReplyFor is the settings message with buttons, as shown in chatID.
func (b *Bot) settingsReplyFor(ctx context.Context, s *news.Subscriber, lang string, chatID int64) Reply {
	r := b.settingsReply(ctx, s, lang, false)
	if s.ChatID != chatID {
		r.Text = fmt.Sprintf("📢 <b>%s</b>\n%s", escapeTitle(s), r.Text)
	}
	r.Keyboard = b.settingsKeyboardFor(s, lang, chatID)
	return r
}

func escapeTitle(s *news.Subscriber) string {
	if s.Username != "" {
		return "@" + htmlEscape(s.Username)
	}
	return htmlEscape(s.Title)
}

func remove(list []string, s string) []string {
	out := list[:0:0]
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

func removeTopic(list []news.Topic, t news.Topic) []news.Topic {
	out := list[:0:0]
	for _, x := range list {
		if x != t {
			out = append(out, x)
		}
	}
	return out
}
