package bot

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/newsbot/newsbot/internal/i18n"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/render"
)

// tr is a text in the language the update's client reports, for replies that
// come before the subscriber is known.
func (b *Bot) tr(u Update, id i18n.Key, args ...any) string {
	return text(langOf(u.LangCode), id, args...)
}

// trChat is a text in the chat's chosen language (/lang), else the
// client's: for replies that do not otherwise load the subscription.
func (b *Bot) trChat(ctx context.Context, u Update, id i18n.Key, args ...any) string {
	lang := langOf(u.LangCode)
	if s, err := b.store.Subscriber(ctx, u.ChatID); err == nil && s.Lang != "" {
		lang = s.Lang
	}
	return text(lang, id, args...)
}

// parseCommand splits "/latest@newsbot kz" into "latest", "newsbot", "kz".
// ok is false when text is not a command.
func parseCommand(s string) (cmd, target, args string, ok bool) {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "/") || len(s) < 2 {
		return "", "", "", false
	}
	head, rest, _ := strings.Cut(s, " ")
	if i := strings.IndexAny(head, "\n\t"); i >= 0 {
		head, rest = head[:i], head[i+1:]+" "+rest
	}
	head = head[1:]
	cmd, target, _ = strings.Cut(head, "@")
	return strings.ToLower(cmd), target, strings.TrimSpace(rest), true
}

func (b *Bot) handleMessage(ctx context.Context, u Update) error {
	cmd, target, args, ok := parseCommand(u.Text)
	group := u.ChatType.IsGroupLike()
	if !ok {
		if group || strings.TrimSpace(u.Text) == "" {
			return nil // groups talk among themselves; stickers and photos carry no text
		}
		return b.say(ctx, u, b.trChat(ctx, u, i18n.MsgNotACommand))
	}
	if target != "" && !strings.EqualFold(target, b.botUsername()) {
		return nil // meant for another bot in the group
	}
	if c, ok := commandsByName[cmd]; ok {
		return c.run(b, ctx, u, cmd, args)
	}
	if group && target == "" {
		return nil // a command for another bot in the group
	}
	return b.unknownCommand(ctx, u, cmd, "/"+render.Escape(firstRunes(cmd, 32)))
}

func firstRunes(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// withSubscriber loads the chat's subscription and runs fn with it and its
// language. When the chat is not subscribed, fn gets nil unless mustExist,
// in which case the user is asked to /start. Changes in groups need an admin.
func (b *Bot) withSubscriber(ctx context.Context, u Update, change bool, fn func(s *news.Subscriber, lang string) error) error {
	s, err := b.store.Subscriber(ctx, u.ChatID)
	var sp *news.Subscriber
	switch {
	case errors.Is(err, news.ErrNotFound):
	case err != nil:
		return b.failed(ctx, u, err)
	default:
		sp = &s
	}
	lang := langOf(u.LangCode)
	if sp != nil && sp.Lang != "" {
		lang = sp.Lang
	}
	if change {
		if sp == nil {
			return b.say(ctx, u, text(lang, i18n.MsgNeedStart))
		}
		if ok, err := b.mayChange(ctx, u); err != nil {
			return b.failed(ctx, u, err)
		} else if !ok {
			return b.say(ctx, u, text(lang, i18n.MsgAdminsOnly))
		}
	}
	return fn(sp, lang)
}

// mayChange reports whether the user may change the chat's settings: anyone
// in a private chat, admins in groups.
func (b *Bot) mayChange(ctx context.Context, u Update) (bool, error) {
	if !u.ChatType.IsGroupLike() {
		return true, nil
	}
	return b.transport.IsAdmin(ctx, u.ChatID, u.UserID)
}

// failed tells the user something broke and returns the error for the operator.
func (b *Bot) failed(ctx context.Context, u Update, err error) error {
	_ = b.say(ctx, u, b.tr(u, i18n.MsgInternalError))
	return err
}

func (b *Bot) cmdStart(ctx context.Context, u Update) error {
	return b.withSubscriber(ctx, u, false, func(s *news.Subscriber, lang string) error {
		if s != nil {
			if s.Status == news.StatusPaused {
				// Pausing was the user's choice; /resume undoes it, not a greeting.
				return b.say(ctx, u, textFor(lang, forChat(u, s), i18n.MsgWelcomeBackPaused))
			}
			stale := s.Status == news.StatusActive && s.NextDigestAt.Before(b.now())
			if s.Status != news.StatusActive || stale {
				// Coming back (or back from being blocked, with a digest time
				// long past): the next digest is the next one due from now.
				if ok, err := b.mayChange(ctx, u); err != nil || !ok {
					return b.say(ctx, u, textFor(lang, forChat(u, s), i18n.MsgWelcomeBack))
				}
				s.Status = news.StatusActive
				b.schedule(s)
				if err := b.store.SaveSubscriber(ctx, *s); err != nil {
					return b.failed(ctx, u, err)
				}
			}
			return b.say(ctx, u, textFor(lang, forChat(u, s), i18n.MsgWelcomeBack))
		}
		if ok, err := b.mayChange(ctx, u); err != nil {
			return b.failed(ctx, u, err)
		} else if !ok {
			// A member added the bot or typed /start: say what the bot is
			// and who can set it up, rather than only refuse.
			return b.say(ctx, u, text(lang, i18n.MsgGroupAskAdmin))
		}
		ns := news.Subscriber{
			ChatID: u.ChatID, ChatType: u.ChatType, Title: chatTitle(u), Username: u.Username,
			Status: news.StatusActive,
			Preferences: news.Preferences{
				Lang: lang, DigestTime: b.opt.DefaultDigestTime, GroupBy: news.GroupByCountry,
				// On by default: onboarding's last step offers to turn them off.
				BreakingAlerts: true,
			},
		}
		if ns.ChatType == "" {
			ns.ChatType = news.ChatPrivate
		}
		b.schedule(&ns)
		if err := b.store.SaveSubscriber(ctx, ns); err != nil {
			return b.failed(ctx, u, err)
		}
		_, err := b.transport.Send(ctx, u.ChatID, Reply{Lang: lang, Text: textFor(lang, forChat(u, &ns), i18n.MsgWelcomeNew), Keyboard: b.countryKeyboard(&ns, lang, 0, true)})
		return err
	})
}

func chatTitle(u Update) string {
	if u.ChatTitle != "" {
		return u.ChatTitle
	}
	return u.UserName
}

// zone returns the subscriber's time zone: chosen, else suggested by the
// first country, else the configured default, else UTC.
func (b *Bot) zone(s *news.Subscriber) (*time.Location, string) {
	for _, name := range []string{s.Timezone, suggestedZone(s.Countries), b.opt.DefaultTimezone} {
		if name == "" {
			continue
		}
		if loc, err := time.LoadLocation(name); err == nil {
			return loc, name
		}
	}
	return time.UTC, "UTC"
}

func suggestedZone(countries []string) string {
	for _, code := range countries {
		if c, ok := news.CountryByCode(code); ok && c.Timezone != "" {
			return c.Timezone
		}
	}
	return ""
}

// schedule recomputes the subscriber's next digest from now.
func (b *Bot) schedule(s *news.Subscriber) {
	if s.Status != news.StatusActive {
		s.NextDigestAt = time.Time{}
		return
	}
	loc, _ := b.zone(s)
	times := s.Times()
	next, err := news.NextDigestAmong(b.now(), loc, times)
	if err == nil && len(times) == 1 && !s.LastDigestAt.IsZero() && sameDate(next.In(loc), s.LastDigestAt.In(loc)) {
		// Today's digest went out already: moving the one time later must
		// not book a second one today (its stories would be cut short).
		// With several times a day, the next of them is due.
		next, err = news.NextDigestAt(next, loc, s.DigestTime)
	}
	if err != nil {
		s.NextDigestAt = time.Time{}
		return
	}
	s.NextDigestAt = next
}

func sameDate(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// whenText formats the next digest in the subscriber's zone.
func (b *Bot) whenText(s *news.Subscriber, lang string) string {
	if s.NextDigestAt.IsZero() {
		return "—"
	}
	loc, _ := b.zone(s)
	return localWhen(s.NextDigestAt.In(loc), lang)
}

// splitArgs splits command arguments on spaces and commas.
func splitArgs(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == ' ' || r == '\n' || r == '\t' })
}

// maxCountries bounds a chat's countries so that the lists of them in
// replies and the flag menu stay within Telegram's limits (4096 characters,
// 100 buttons).
const maxCountries = 30

// parseCountries resolves every country in args, trying the longest run of
// words first so "united states" and "south korea" work. It returns the codes
// found, sorted, and the words it could not place.
func parseCountries(args string) (codes, unknown []string) {
	// In the order typed: the first country typed suggests the time zone.
	return parseList(args, 4, parseCountry)
}

// parseTopics resolves every topic in args, like parseCountries.
func parseTopics(args string) (topics []news.Topic, unknown []string) {
	topics, unknown = parseList(args, 3, parseTopic)
	sort.Slice(topics, func(i, j int) bool { return topics[i] < topics[j] })
	return topics, unknown
}

// parseList resolves the words of args with lookup, trying runs of up to
// maxWords words, longest first. Each value is returned once.
func parseList[T comparable](args string, maxWords int, lookup func(string) (T, bool)) (found []T, unknown []string) {
	words := splitArgs(args)
	seen := map[T]bool{}
	for i := 0; i < len(words); {
		n := min(maxWords, len(words)-i)
		for ; n >= 1; n-- {
			if n == 1 && isConnector(words[i]) && i > 0 && i < len(words)-1 {
				break // "kz and tj": "and" joins, it is not Andorra's code
			}
			if v, ok := lookup(strings.Join(words[i:i+n], " ")); ok {
				if !seen[v] {
					found = append(found, v)
					seen[v] = true
				}
				break
			}
		}
		if n == 0 {
			unknown = append(unknown, words[i])
			n = 1
		}
		i += n
	}
	return found, unknown
}

// quoteList escapes user words for a reply, showing at most a few.
func quoteList(words []string) string {
	const show = 5
	out := make([]string, 0, show+1)
	for i, w := range words {
		if i == show {
			out = append(out, fmt.Sprintf("(+%d)", len(words)-show))
			break
		}
		out = append(out, "“"+render.Escape(firstRunes(w, 40))+"”")
	}
	return strings.Join(out, ", ")
}

func countryNames(codes []string, lang string) string {
	if len(codes) == 0 {
		return text(lang, i18n.MsgNoneChosen)
	}
	parts := make([]string, 0, len(codes))
	for _, code := range codes {
		if c, ok := news.CountryByCode(code); ok {
			parts = append(parts, c.Flag()+" "+render.Escape(c.Name(lang)))
		} else {
			parts = append(parts, render.Escape(code))
		}
	}
	return strings.Join(parts, ", ")
}

func topicNames(topics []news.Topic, lang string) string {
	if len(topics) == 0 {
		return text(lang, i18n.MsgEveryTopic)
	}
	parts := make([]string, 0, len(topics))
	for _, t := range topics {
		parts = append(parts, render.Escape(t.Label(lang)))
	}
	return strings.Join(parts, ", ")
}

func allTopicSlugs() string {
	var parts []string
	for _, t := range news.Topics() {
		parts = append(parts, string(t.Slug))
	}
	return strings.Join(parts, ", ")
}

func (b *Bot) cmdCountries(ctx context.Context, u Update, args string) error {
	if args == "" {
		return b.withSubscriber(ctx, u, false, func(s *news.Subscriber, lang string) error {
			if s == nil {
				return b.say(ctx, u, text(lang, i18n.MsgNeedStart))
			}
			r := Reply{Lang: lang, Text: textFor(lang, forChat(u, s), i18n.MsgCountriesMenu, countryNames(s.Countries, lang))}
			if ok, _ := b.mayChange(ctx, u); ok {
				r.Keyboard = b.countryKeyboard(s, lang, 0, false)
			} else {
				r.Text = textFor(lang, forChat(u, s), i18n.MsgCountriesNow, countryNames(s.Countries, lang))
			}
			_, err := b.transport.Send(ctx, u.ChatID, r)
			return err
		})
	}
	return b.withSubscriber(ctx, u, true, func(s *news.Subscriber, lang string) error {
		codes, unknown := parseCountries(args)
		if len(unknown) > 0 {
			return b.say(ctx, u, text(lang, i18n.MsgCountriesUnknown, quoteList(unknown)))
		}
		if len(codes) > maxCountries {
			return b.say(ctx, u, textFor(lang, forChat(u, s), i18n.MsgTooManyCountries, maxCountries, len(codes)))
		}
		s.Countries = codes
		adopted := len(codes) > 0 && adoptZone(s, codes[0])
		b.schedule(s)
		if err := b.store.SaveSubscriber(ctx, *s); err != nil {
			return b.failed(ctx, u, err)
		}
		msg := textFor(lang, forChat(u, s), i18n.MsgCountriesSaved, countryNames(codes, lang))
		if adopted {
			msg += "\n\n" + zoneAdoptedText(s, codes[0], lang, forChat(u, s))
		}
		return b.say(ctx, u, msg)
	})
}

func (b *Bot) cmdTopics(ctx context.Context, u Update, args string) error {
	if args == "" {
		return b.withSubscriber(ctx, u, false, func(s *news.Subscriber, lang string) error {
			if s == nil {
				return b.say(ctx, u, text(lang, i18n.MsgNeedStart))
			}
			r := Reply{Lang: lang, Text: textFor(lang, forChat(u, s), i18n.MsgTopicsMenu, topicNames(s.Topics, lang))}
			if ok, _ := b.mayChange(ctx, u); ok {
				r.Keyboard = b.topicKeyboard(s, lang, false)
			} else {
				r.Text = textFor(lang, forChat(u, s), i18n.MsgTopicsNow, topicNames(s.Topics, lang))
			}
			_, err := b.transport.Send(ctx, u.ChatID, r)
			return err
		})
	}
	return b.withSubscriber(ctx, u, true, func(s *news.Subscriber, lang string) error {
		var topics []news.Topic
		switch strings.ToLower(strings.TrimSpace(args)) {
		case "all", "any", "все", "всё", "*":
		default:
			var unknown []string
			topics, unknown = parseTopics(args)
			if len(unknown) > 0 {
				return b.say(ctx, u, text(lang, i18n.MsgTopicsUnknown, quoteList(unknown), allTopicSlugs()))
			}
		}
		s.Topics = topics
		if err := b.store.SaveSubscriber(ctx, *s); err != nil {
			return b.failed(ctx, u, err)
		}
		return b.say(ctx, u, textFor(lang, forChat(u, s), i18n.MsgTopicsSaved, topicNames(topics, lang)))
	})
}

func (b *Bot) cmdTime(ctx context.Context, u Update, args string) error {
	if args == "" {
		return b.withSubscriber(ctx, u, false, func(s *news.Subscriber, lang string) error {
			if s == nil {
				return b.say(ctx, u, text(lang, i18n.MsgNeedStart))
			}
			_, zone := b.zone(s)
			r := Reply{Lang: lang, Text: textFor(lang, forChat(u, s), i18n.MsgTimeUsage, timesText(s), zone)}
			if ok, _ := b.mayChange(ctx, u); ok {
				r.Keyboard = b.timeKeyboard(s, lang, false)
			}
			_, err := b.transport.Send(ctx, u.ChatID, r)
			return err
		})
	}
	return b.withSubscriber(ctx, u, true, func(s *news.Subscriber, lang string) error {
		times, bad := parseTimes(args)
		if len(bad) > 0 || len(times) == 0 {
			if len(bad) == 0 {
				bad = []string{args}
			}
			return b.say(ctx, u, text(lang, i18n.MsgTimeBad, quoteList(bad)))
		}
		if len(times) > news.MaxDigestTimes {
			return b.say(ctx, u, text(lang, i18n.MsgTimeTooMany, news.MaxDigestTimes, len(times)))
		}
		s.SetTimes(times)
		b.schedule(s)
		if err := b.store.SaveSubscriber(ctx, *s); err != nil {
			return b.failed(ctx, u, err)
		}
		_, zone := b.zone(s)
		return b.say(ctx, u, textFor(lang, forChat(u, s), i18n.MsgTimeSaved, timesText(s), zone, b.whenText(s, lang)))
	})
}

func (b *Bot) cmdTimezone(ctx context.Context, u Update, args string) error {
	if args == "" {
		return b.withSubscriber(ctx, u, false, func(s *news.Subscriber, lang string) error {
			if s == nil {
				return b.say(ctx, u, text(lang, i18n.MsgNeedStart))
			}
			_, zone := b.zone(s)
			msg := textFor(lang, forChat(u, s), i18n.MsgTZUsage, zone)
			if s.Timezone == "" {
				msg = textFor(lang, forChat(u, s), i18n.MsgTZSuggest, zone)
			}
			return b.say(ctx, u, msg)
		})
	}
	return b.withSubscriber(ctx, u, true, func(s *news.Subscriber, lang string) error {
		name, ok := resolveZone(args)
		if !ok {
			bad := "“" + render.Escape(firstRunes(args, 40)) + "”"
			if near := nearZones(args); len(near) > 0 {
				codes := make([]string, len(near))
				for i, z := range near {
					codes[i] = "<code>/timezone " + render.Escape(z) + "</code>"
				}
				return b.say(ctx, u, text(lang, i18n.MsgTZNear, bad, strings.Join(codes, ", ")))
			}
			return b.say(ctx, u, text(lang, i18n.MsgTZBad, bad))
		}
		s.Timezone = name
		b.schedule(s)
		if err := b.store.SaveSubscriber(ctx, *s); err != nil {
			return b.failed(ctx, u, err)
		}
		return b.say(ctx, u, text(lang, i18n.MsgTZSaved, name, b.whenText(s, lang)))
	})
}

// resolveZone accepts an IANA name in any letter case ("asia/almaty"), a
// country ("kz", "Uzbekistan") whose capital's zone is then used, or a bare
// city ("Moscow", "москва") that names one zone.
func resolveZone(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" || strings.EqualFold(s, "local") || len(s) > 64 {
		return "", false
	}
	if strings.EqualFold(s, "UTC") {
		return "UTC", true
	}
	if strings.Contains(s, "/") {
		// IANA names are title-cased per segment: "america/new_york" → "America/New_York".
		for _, cand := range []string{s, titleZone(s)} {
			if _, err := time.LoadLocation(cand); err == nil {
				return cand, true
			}
		}
		return "", false
	}
	if code, ok := parseCountry(s); ok {
		if c, _ := news.CountryByCode(code); c.Timezone != "" {
			return c.Timezone, true
		}
	}
	if z, ok := zoneOfCity(s); ok && validZone(z) {
		return z, true
	}
	return "", false
}

func titleZone(s string) string {
	parts := strings.Split(s, "/")
	for i, p := range parts {
		words := strings.Split(p, "_")
		for j, w := range words {
			if w != "" {
				words[j] = strings.ToUpper(w[:1]) + strings.ToLower(w[1:])
			}
		}
		parts[i] = strings.Join(words, "_")
	}
	return strings.Join(parts, "/")
}

func (b *Bot) cmdLang(ctx context.Context, u Update, args string) error {
	chosen, ok := i18n.ByName(args)
	if !ok {
		return b.withSubscriber(ctx, u, false, func(_ *news.Subscriber, lang string) error {
			msg := text(lang, i18n.MsgLangUsage)
			if strings.TrimSpace(args) != "" {
				msg = text(lang, i18n.MsgLangUnavailable, "“"+render.Escape(firstRunes(strings.TrimSpace(args), 20))+"”")
			}
			var row []Button
			for _, l := range i18n.Languages() {
				row = append(row, Button{Text: langButton(l), Data: "lang:" + string(l)})
			}
			_, err := b.transport.Send(ctx, u.ChatID, Reply{Lang: lang, Text: msg, Keyboard: [][]Button{row}})
			return err
		})
	}
	want := string(chosen)
	return b.withSubscriber(ctx, u, true, func(s *news.Subscriber, _ string) error {
		s.Lang = want
		if err := b.store.SaveSubscriber(ctx, *s); err != nil {
			return b.failed(ctx, u, err)
		}
		return b.say(ctx, u, text(want, i18n.MsgLangSaved))
	})
}

// langButton is a language's button on the language menus: "🇷🇺 Русский".
func langButton(l i18n.Lang) string { return l.Flag() + " " + l.Name() }

func (b *Bot) settingsReply(ctx context.Context, s *news.Subscriber, lang string, withButtons bool) Reply {
	_, zone := b.zone(s)
	langName := i18n.Parse(s.Lang).Name()
	grouped := text(lang, i18n.MsgBtnCountries)
	if s.GroupBy == news.GroupByTopic {
		grouped = text(lang, i18n.MsgBtnTopics)
	}
	alerts, quiet := onOff(s.BreakingAlerts, lang), onOff(s.QuietDay, lang)
	status := string(s.Status)
	switch s.Status {
	case news.StatusActive:
		status = text(lang, i18n.MsgStatusActive, b.whenText(s, lang))
	case news.StatusPaused:
		status = text(lang, i18n.MsgStatusPaused)
	case news.StatusBlocked:
		status = text(lang, i18n.MsgStatusBlocked)
	case news.StatusLeft:
		status = text(lang, i18n.MsgStatusLeft)
	}
	r := Reply{Lang: lang, Text: text(lang, i18n.MsgSettings, countryNames(s.Countries, lang), topicNames(s.Topics, lang),
		timesText(s), zone, langName, grouped, alerts, quiet, status) + "\n" + b.readingSettings(ctx, s, lang) + b.topicSetting(ctx, s, lang)}
	if withButtons {
		r.Keyboard = b.settingsKeyboard(s, lang)
	}
	return r
}

func (b *Bot) cmdSettings(ctx context.Context, u Update) error {
	return b.withSubscriber(ctx, u, false, func(s *news.Subscriber, lang string) error {
		if s == nil {
			return b.say(ctx, u, text(lang, i18n.MsgNeedStart))
		}
		ok, _ := b.mayChange(ctx, u)
		_, err := b.transport.Send(ctx, u.ChatID, b.settingsReply(ctx, s, lang, ok))
		return err
	})
}

func (b *Bot) cmdPause(ctx context.Context, u Update, pause bool) error {
	return b.withSubscriber(ctx, u, true, func(s *news.Subscriber, lang string) error {
		if pause && s.Status == news.StatusPaused {
			return b.say(ctx, u, textFor(lang, forChat(u, s), i18n.MsgAlreadyPaused))
		}
		if !pause && s.Status == news.StatusActive && !s.NextDigestAt.IsZero() {
			return b.say(ctx, u, textFor(lang, forChat(u, s), i18n.MsgAlreadyActive, b.whenText(s, lang)))
		}
		if pause {
			s.Status = news.StatusPaused
		} else {
			s.Status = news.StatusActive
		}
		b.schedule(s)
		if err := b.store.SaveSubscriber(ctx, *s); err != nil {
			return b.failed(ctx, u, err)
		}
		if pause {
			return b.say(ctx, u, textFor(lang, forChat(u, s), i18n.MsgPaused))
		}
		return b.say(ctx, u, text(lang, i18n.MsgResumed, b.whenText(s, lang)))
	})
}

func (b *Bot) cmdStop(ctx context.Context, u Update) error {
	return b.withSubscriber(ctx, u, false, func(s *news.Subscriber, lang string) error {
		if s == nil {
			return b.say(ctx, u, text(lang, i18n.MsgNotSubscribed))
		}
		if ok, err := b.mayChange(ctx, u); err != nil {
			return b.failed(ctx, u, err)
		} else if !ok {
			return b.say(ctx, u, text(lang, i18n.MsgAdminsOnly))
		}
		if err := b.store.DeleteSubscriber(ctx, u.ChatID); err != nil && !errors.Is(err, news.ErrNotFound) {
			return b.failed(ctx, u, err)
		}
		return b.say(ctx, u, textFor(lang, forChat(u, s), i18n.MsgStopped))
	})
}

func (b *Bot) cmdDigest(ctx context.Context, u Update) error {
	return b.withSubscriber(ctx, u, false, func(s *news.Subscriber, lang string) error {
		if s == nil {
			return b.say(ctx, u, text(lang, i18n.MsgNeedStart))
		}
		if err := b.awaitNews(ctx, u.ChatID); err != nil {
			return b.say(ctx, u, text(lang, i18n.MsgSlowDown))
		}
		if b.opt.Digester == nil {
			return b.say(ctx, u, text(lang, i18n.MsgDigestUnavailable))
		}
		msgs, err := b.opt.Digester.DigestNow(ctx, u.ChatID)
		if err != nil {
			return b.failed(ctx, u, err)
		}
		if len(msgs) == 0 {
			if s.LastDigestAt.IsZero() { // there is no "last digest" to speak of
				return b.say(ctx, u, textFor(lang, forChat(u, s), i18n.MsgDigestEmptyFirst))
			}
			return b.say(ctx, u, textFor(lang, forChat(u, s), i18n.MsgDigestEmpty))
		}
		for _, m := range msgs {
			if _, err := b.transport.Send(ctx, u.ChatID, Reply{Text: m, DisablePreview: true}); err != nil {
				return err
			}
		}
		return nil
	})
}

func onOff(on bool, lang string) string {
	if on {
		return text(lang, i18n.MsgAlertsOn)
	}
	return text(lang, i18n.MsgAlertsOff)
}

// adoptZone gives a subscriber without a time zone the zone of the country
// it chose first, so that its digest time means something from the start;
// it reports whether it did. /timezone changes it at any time.
func adoptZone(s *news.Subscriber, first string) bool {
	if s.Timezone != "" {
		return false
	}
	c, ok := news.CountryByCode(first)
	if !ok || c.Timezone == "" {
		return false
	}
	s.Timezone = c.Timezone
	return true
}

func zoneAdoptedText(s *news.Subscriber, country, lang string, chat bool) string {
	c, _ := news.CountryByCode(country)
	return textFor(lang, chat, i18n.MsgTZAdopted, s.Timezone, c.Name(lang))
}
