package bot

import (
	"context"
	"slices"
	"strconv"
	"strings"

	"github.com/newsbot/newsbot/internal/fuzzy"
	"github.com/newsbot/newsbot/internal/i18n"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/render"
)

// findSource resolves what a user calls an outlet: its feed number, its
// name as messages show it ("NPR", any letter case) or its host
// ("npr.org"). near lists close names when nothing matches.
func findSource(sources []news.Source, arg string) (src news.Source, near []string, ok bool) {
	arg = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(arg), "#"))
	if id, err := strconv.ParseInt(arg, 10, 64); err == nil {
		for _, s := range sources {
			if s.FeedID == id {
				return s, nil, true
			}
		}
		return news.Source{}, nil, false
	}
	host := strings.TrimPrefix(strings.ToLower(arg), "www.")
	for _, s := range sources {
		if strings.EqualFold(s.Name, arg) || (s.Host != "" && s.Host == host) {
			return s, nil, true
		}
	}
	want := []rune(strings.ToLower(arg))
	if len(want) > 64 {
		return news.Source{}, nil, false // no outlet is named so; spare the edit distances
	}
	for _, s := range sources {
		name := []rune(strings.ToLower(s.Name))
		if fuzzy.Distance(want, name) <= max(2, len(want)/3) || (len(want) >= 3 && strings.Contains(string(name), string(want))) {
			near = append(near, s.Name)
		}
	}
	return news.Source{}, near, false
}

func sourceNames(sources []news.Source) map[int64]string {
	m := make(map[int64]string, len(sources))
	for _, s := range sources {
		m[s.FeedID] = s.Name
	}
	return m
}

// mutedNames lists the muted outlets' names, or "none".
func mutedNames(s *news.Subscriber, names map[int64]string, lang string) string {
	if len(s.MutedFeeds) == 0 {
		return text(lang, i18n.MsgMuteNone)
	}
	parts := make([]string, 0, len(s.MutedFeeds))
	for _, id := range s.MutedFeeds {
		name, ok := names[id]
		if !ok {
			name = "#" + strconv.FormatInt(id, 10)
		}
		parts = append(parts, render.Escape(name))
	}
	return strings.Join(parts, ", ")
}

// cmdMute serves /mute SOURCE and /unmute SOURCE; without an outlet it
// shows the muted ones, with buttons to bring each back.
func (b *Bot) cmdMute(ctx context.Context, u Update, args string, mute bool) error {
	sources, err := b.store.Sources(ctx)
	if err != nil {
		return b.failed(ctx, u, err)
	}
	names := sourceNames(sources)
	if strings.TrimSpace(args) == "" {
		return b.withSubscriber(ctx, u, false, func(s *news.Subscriber, lang string) error {
			if s == nil {
				return b.say(ctx, u, text(lang, i18n.MsgNeedStart))
			}
			r := Reply{Lang: lang, Text: textFor(lang, forChat(u, s), i18n.MsgMuteShow, mutedNames(s, names, lang)), DisablePreview: true}
			if ok, _ := b.mayChange(ctx, u); ok && len(s.MutedFeeds) > 0 {
				r.Keyboard = b.muteKeyboard(s, names, lang, u.ChatID)
			}
			_, err := b.transport.Send(ctx, u.ChatID, r)
			return err
		})
	}
	return b.withSubscriber(ctx, u, true, func(s *news.Subscriber, lang string) error {
		src, near, ok := findSource(sources, args)
		if !ok {
			bad := "“" + render.Escape(firstRunes(strings.TrimSpace(args), 40)) + "”"
			if len(near) > 0 {
				return b.say(ctx, u, text(lang, i18n.MsgMuteNear, bad, quoteList(near)))
			}
			all := make([]string, 0, len(sources))
			for _, s := range sources {
				all = append(all, s.Name)
			}
			return b.say(ctx, u, text(lang, i18n.MsgMuteUnknown, bad, outletList(all)))
		}
		name := render.Escape(src.Name)
		muted := slices.Contains(s.MutedFeeds, src.FeedID)
		switch {
		case mute && muted:
			return b.say(ctx, u, text(lang, i18n.MsgAlreadyMuted, name))
		case !mute && !muted:
			return b.say(ctx, u, text(lang, i18n.MsgNotMuted, name))
		case mute:
			s.MutedFeeds = append(s.MutedFeeds, src.FeedID)
		default:
			s.MutedFeeds = slices.DeleteFunc(s.MutedFeeds, func(id int64) bool { return id == src.FeedID })
		}
		if err := b.store.SaveSubscriber(ctx, *s); err != nil {
			return b.failed(ctx, u, err)
		}
		if mute {
			return b.say(ctx, u, textFor(lang, forChat(u, s), i18n.MsgMuted, name))
		}
		return b.say(ctx, u, text(lang, i18n.MsgUnmuted, name))
	})
}

// outletList names up to 20 outlets, for a reply that must stay short.
func outletList(names []string) string {
	const show = 20
	out := make([]string, 0, show+1)
	for i, n := range names {
		if i == show {
			out = append(out, "…")
			break
		}
		out = append(out, render.Escape(n))
	}
	if len(out) == 0 {
		return "—"
	}
	return strings.Join(out, ", ")
}
