package bot_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/membership"
	"github.com/newsbot/newsbot/internal/news"
)

// TestMembershipUpdates plays each kind of membership update against a
// stored subscription and checks what the chat is told and what is kept.
func TestMembershipUpdates(t *testing.T) {
	const (
		group   = -100700
		super   = -1000700
		channel = -1000800
		admin   = 2001
		member  = 2002
	)
	sub := func(id int64, ct news.ChatType, status news.Status, lang string) *news.Subscriber {
		return &news.Subscriber{ChatID: id, ChatType: ct, Title: "Desk", Status: status,
			Preferences: news.Preferences{Lang: lang, DigestTime: "08:00", GroupBy: news.GroupByCountry, Countries: []string{"KG"}}}
	}
	inGroup := func(kind membership.Kind, user int64, lang string) bot.Update {
		return bot.Update{ChatID: group, ChatType: news.ChatSupergroup, ChatTitle: "Desk", UserID: user, UserName: "Aida",
			LangCode: lang, Membership: kind}
	}
	tests := []struct {
		name   string
		stored *news.Subscriber
		u      bot.Update
		// check is the chat whose subscription is looked at afterwards;
		// want its status there ("" for none).
		check int64
		want  news.Status
		// say is what the chat is told, in part; "" means nothing.
		say string
	}{
		{name: "admin adds the bot to a group/en", u: inGroup(membership.Joined, admin, "en"),
			check: group, want: news.StatusActive, say: "Welcome to <b>newsbot</b>"},
		{name: "admin adds the bot to a group/ru", u: inGroup(membership.Joined, admin, "ru"),
			check: group, want: news.StatusActive, say: "Добро пожаловать в <b>newsbot</b>"},
		{name: "member adds the bot to a group/en", u: inGroup(membership.Joined, member, "en"),
			check: group, say: "Only the group's admins can set me up"},
		{name: "member adds the bot to a group/ru", u: inGroup(membership.Joined, member, "ru"),
			check: group, say: "Настроить меня могут только администраторы"},
		{name: "re-added to a group it left/en", stored: sub(group, news.ChatSupergroup, news.StatusLeft, "en"),
			u: inGroup(membership.Joined, member, "en"), check: group, want: news.StatusActive, say: "Welcome back! This chat's settings are kept"},
		{name: "re-added to a group it left/ru", stored: sub(group, news.ChatSupergroup, news.StatusLeft, "ru"),
			u: inGroup(membership.Joined, member, "en"), check: group, want: news.StatusActive, say: "С возвращением! Настройки этого чата сохранены"},
		{name: "re-added to a paused group stays paused", stored: sub(group, news.ChatSupergroup, news.StatusPaused, "en"),
			u: inGroup(membership.Joined, admin, "en"), check: group, want: news.StatusPaused, say: "paused"},
		{name: "added to a group that restricts it", stored: sub(group, news.ChatSupergroup, news.StatusLeft, "en"),
			u:     func() bot.Update { u := inGroup(membership.Joined, admin, "en"); u.CannotPost = true; return u }(),
			check: group, want: news.StatusLeft},
		{name: "removed from a group", stored: sub(group, news.ChatSupergroup, news.StatusActive, "en"),
			u: inGroup(membership.Left, admin, "en"), check: group, want: news.StatusLeft},
		{name: "removed from a group it never knew", u: inGroup(membership.Left, admin, "en"), check: group},
		{name: "re-added to a channel", stored: sub(channel, news.ChatChannel, news.StatusLeft, "en"),
			u:     bot.Update{ChatID: channel, ChatType: news.ChatChannel, UserID: admin, Membership: membership.Joined},
			check: channel, want: news.StatusActive},
		{name: "re-added to a channel without the right to post", stored: sub(channel, news.ChatChannel, news.StatusLeft, "en"),
			u:     bot.Update{ChatID: channel, ChatType: news.ChatChannel, UserID: admin, Membership: membership.Joined, CannotPost: true},
			check: channel, want: news.StatusLeft},
		{name: "demoted in a channel: may not post", stored: sub(channel, news.ChatChannel, news.StatusActive, "en"),
			u:     bot.Update{ChatID: channel, ChatType: news.ChatChannel, UserID: admin, Membership: membership.Rights, CannotPost: true},
			check: channel, want: news.StatusLeft},
		{name: "promoted in a channel: may post again", stored: sub(channel, news.ChatChannel, news.StatusLeft, "en"),
			u:     bot.Update{ChatID: channel, ChatType: news.ChatChannel, UserID: admin, Membership: membership.Rights},
			check: channel, want: news.StatusActive},
		{name: "promoted in a paused group stays paused", stored: sub(group, news.ChatSupergroup, news.StatusPaused, "en"),
			u: inGroup(membership.Rights, admin, "en"), check: group, want: news.StatusPaused},
		{name: "group upgraded to a supergroup", stored: sub(group, news.ChatGroup, news.StatusActive, "en"),
			u:     bot.Update{ChatID: group, ChatType: news.ChatGroup, Membership: membership.Migrated, MigrateToChatID: super},
			check: super, want: news.StatusActive},
		{name: "user blocks the bot", stored: sub(me, news.ChatPrivate, news.StatusActive, "en"),
			u: bot.Update{ChatID: me, ChatType: news.ChatPrivate, UserID: me, Membership: membership.Blocked}, check: me, want: news.StatusBlocked},
		{name: "user unblocks the bot", stored: sub(me, news.ChatPrivate, news.StatusBlocked, "en"),
			u: bot.Update{ChatID: me, ChatType: news.ChatPrivate, UserID: me, Membership: membership.Unblocked}, check: me, want: news.StatusActive},
		{name: "unblocking does not resume a pause", stored: sub(me, news.ChatPrivate, news.StatusPaused, "en"),
			u: bot.Update{ChatID: me, ChatType: news.ChatPrivate, UserID: me, Membership: membership.Unblocked}, check: me, want: news.StatusPaused},
		{name: "a stranger blocks the bot", u: bot.Update{ChatID: 3003, ChatType: news.ChatPrivate, UserID: 3003, Membership: membership.Blocked}, check: 3003},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			h.tr.admins[admin] = true
			ctx := context.Background()
			if tt.stored != nil {
				if err := h.db.SaveSubscriber(ctx, *tt.stored); err != nil {
					t.Fatal(err)
				}
			}
			if err := h.bot.Handle(ctx, tt.u); err != nil {
				t.Fatalf("Handle: %v", err)
			}
			var said []string
			for _, s := range h.tr.sent {
				said = append(said, s.reply.Text)
			}
			switch {
			case tt.say == "" && len(said) > 0:
				t.Errorf("the bot said %q; want nothing", said)
			case tt.say != "" && (len(said) != 1 || !strings.Contains(said[0], tt.say)):
				t.Errorf("the bot said %q; want one message with %q", said, tt.say)
			}
			s, err := h.db.Subscriber(ctx, tt.check)
			if tt.want == "" {
				if !errors.Is(err, news.ErrNotFound) {
					t.Errorf("chat %d: subscriber %+v, %v; want none", tt.check, s, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("chat %d: %v", tt.check, err)
			}
			if s.Status != tt.want {
				t.Errorf("chat %d: status %s, want %s", tt.check, s.Status, tt.want)
			}
			if tt.stored != nil && !slices.Equal(s.Countries, tt.stored.Countries) {
				t.Errorf("chat %d: countries %v, want %v kept", tt.check, s.Countries, tt.stored.Countries)
			}
		})
	}
}

// TestMigratedGroupLeavesNoOldSubscription: after the upgrade the old
// group's id knows nothing, and the supergroup is a supergroup.
func TestMigratedGroupLeavesNoOldSubscription(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	const group, super = -700, -1000700
	if err := h.db.SaveSubscriber(ctx, news.Subscriber{ChatID: group, ChatType: news.ChatGroup, Status: news.StatusActive,
		Preferences: news.Preferences{Lang: "ru", DigestTime: "08:00", GroupBy: news.GroupByCountry}}); err != nil {
		t.Fatal(err)
	}
	if err := h.bot.Handle(ctx, bot.Update{ChatID: group, ChatType: news.ChatGroup, Membership: membership.Migrated, MigrateToChatID: super}); err != nil {
		t.Fatal(err)
	}
	if _, err := h.db.Subscriber(ctx, group); !errors.Is(err, news.ErrNotFound) {
		t.Errorf("old group: err = %v, want not found", err)
	}
	if s, err := h.db.Subscriber(ctx, super); err != nil || s.ChatType != news.ChatSupergroup || s.Lang != "ru" {
		t.Errorf("supergroup = %+v, %v; want the group's settings as a supergroup", s, err)
	}
}
