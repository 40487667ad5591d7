package bot

import (
	"context"
	"errors"
	"strings"

	"github.com/newsbot/newsbot/internal/i18n"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/render"
)

func htmlEscape(s string) string { return render.Escape(s) }

// cmdChannel connects a channel the user administers: /channel @name.
func (b *Bot) cmdChannel(ctx context.Context, u Update, args string) error {
	return b.withSubscriber(ctx, u, false, func(_ *news.Subscriber, lang string) error {
		name := strings.TrimSpace(args)
		if u.ChatType.IsGroupLike() || name == "" || strings.ContainsAny(name, " \n") {
			return b.say(ctx, u, text(lang, i18n.MsgChannelUsage))
		}
		if !strings.HasPrefix(name, "@") {
			name = "@" + name
		}
		shown := render.Escape(firstRunes(name, 40))
		info, err := b.transport.LookupChat(ctx, name)
		if errors.Is(err, news.ErrNotFound) {
			return b.say(ctx, u, text(lang, i18n.MsgChannelNotFound, shown))
		}
		if err != nil {
			return b.failed(ctx, u, err)
		}
		if info.Type != news.ChatChannel {
			return b.say(ctx, u, text(lang, i18n.MsgChannelNotChannel, shown))
		}
		// The bot's own rights first: without them Telegram does not show
		// it the channel's members, so the user's cannot be checked either,
		// and every digest would fail.
		if !info.CanPost {
			return b.say(ctx, u, text(lang, i18n.MsgChannelCannotPost, shown))
		}
		ok, err := b.transport.IsAdmin(ctx, info.ID, u.UserID)
		if err != nil {
			return b.failed(ctx, u, err)
		}
		if !ok {
			return b.say(ctx, u, text(lang, i18n.MsgChannelNotAdmin, shown))
		}
		s, err := b.store.Subscriber(ctx, info.ID)
		switch {
		case errors.Is(err, news.ErrNotFound):
			s = news.Subscriber{ChatID: info.ID, ChatType: news.ChatChannel, Status: news.StatusActive,
				Preferences: news.Preferences{Lang: lang, DigestTime: b.opt.DefaultDigestTime, GroupBy: news.GroupByCountry}}
		case err != nil:
			return b.failed(ctx, u, err)
		}
		s.Title, s.Username, s.OwnerUserID = info.Title, info.Username, u.UserID
		if s.Status != news.StatusActive {
			s.Status = news.StatusActive
		}
		b.schedule(&s)
		if err := b.store.SaveSubscriber(ctx, s); err != nil {
			return b.failed(ctx, u, err)
		}
		r := b.settingsReplyFor(ctx, &s, lang, u.ChatID)
		r.Text = text(lang, i18n.MsgChannelConnected, shown) + "\n\n" + r.Text
		_, err = b.transport.Send(ctx, u.ChatID, r)
		return err
	})
}
