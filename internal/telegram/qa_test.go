package telegram

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/telegram/telegramtest"
)

// A basic group that chose its countries is upgraded to a supergroup (as
// Telegram does when a group grows or gets a public link). The group's
// settings must follow it: an admin typing /settings in the supergroup sees
// the group's countries, not "send /start first".
func TestGroupUpgradedToSupergroupKeepsItsSettings(t *testing.T) {
	h := start(t, setup{})
	ctx := context.Background()
	const group, super = -5101, -1005101
	h.srv.AddChat(telegramtest.ChatSpec{
		Chat:    telegramtest.Chat{ID: group, Type: telegramtest.ChatGroup, Title: "Desk"},
		Owner:   &owner,
		Members: []telegramtest.User{member},
	})
	h.srv.InjectText(group, owner, "/start")
	h.waitSent(group, 1)
	h.srv.InjectText(group, owner, "/countries kz tj")
	h.waitSent(group, 2)

	if _, err := h.srv.UpgradeGroup(group, super, owner); err != nil {
		t.Fatal(err)
	}
	h.srv.InjectText(super, owner, "/settings")
	msgs := h.waitSent(super, 1)
	s, err := h.db.Subscriber(ctx, super)
	if err != nil {
		t.Fatalf("supergroup not subscribed after the upgrade: %v; it was told %q", err, msgs[0].Text)
	}
	if !slices.Equal(s.Countries, []string{"KZ", "TJ"}) || s.ChatType != news.ChatSupergroup {
		t.Errorf("supergroup subscription = %v %s; want the group's KZ, TJ as a supergroup", s.Countries, s.ChatType)
	}
	if _, err := h.db.Subscriber(ctx, group); !errors.Is(err, news.ErrNotFound) {
		t.Errorf("old group id still subscribed: err = %v", err)
	}
}

// A reply to a group that was upgraded meanwhile reaches the supergroup,
// and the subscription follows it there.
func TestReplyToUpgradedGroupMovesTheSubscription(t *testing.T) {
	h := start(t, setup{})
	ctx := context.Background()
	const group, super = -5102, -1005102
	h.srv.AddChat(telegramtest.ChatSpec{
		Chat:  telegramtest.Chat{ID: group, Type: telegramtest.ChatGroup, Title: "Desk"},
		Owner: &owner,
	})
	h.srv.InjectText(group, owner, "/start")
	h.waitSent(group, 1)
	h.srv.InjectText(group, owner, "/countries uz")
	h.waitSent(group, 2)
	if _, err := h.srv.MigrateChat(group, super); err != nil {
		t.Fatal(err)
	}
	// The old group's last message, sent before the upgrade reached the bot.
	if _, err := h.tr.Send(ctx, group, bot.Reply{Text: "hello"}); err != nil {
		t.Fatalf("send to upgraded group: %v", err)
	}
	if n := h.srv.SentCount(super); n != 1 {
		t.Errorf("supergroup got %d messages, want 1", n)
	}
	if s, err := h.db.Subscriber(ctx, super); err != nil || !slices.Equal(s.Countries, []string{"UZ"}) {
		t.Errorf("supergroup subscription = %v, %v; want UZ", s.Countries, err)
	}
}

// A member (not an admin) adds the bot to a group, as groups allow by
// default. The bot's first words in the group must introduce it and say
// who can set it up, not a bare refusal of a command nobody typed.
func TestAddedToAGroupByAMember(t *testing.T) {
	for _, lang := range []string{"en", "ru"} {
		t.Run(lang, func(t *testing.T) {
			h := start(t, setup{})
			const group = -100510
			m := member
			m.LanguageCode = lang
			h.srv.AddChat(telegramtest.ChatSpec{
				Chat:    telegramtest.Chat{ID: group, Type: telegramtest.ChatSupergroup, Title: "Desk"},
				Owner:   &owner,
				Members: []telegramtest.User{m},
			})
			h.srv.InjectMyChatMember(group, m, "left", "member")
			msg := h.waitSent(group, 1)[0]
			if !strings.Contains(msg.Text, "/start") {
				t.Errorf("greeting %q does not tell an admin to /start", msg.Text)
			}
		})
	}
}
