package telegram

import (
	"context"
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/newsbot/newsbot/internal/membership"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/telegram/telegramtest"
)

// TestMemberUpdateKinds: the adapter only names what changed in the bot's
// membership; the kinds and the right to post are what the bot decides on.
func TestMemberUpdateKinds(t *testing.T) {
	m := func(chatType, old string, nm tgbotapi.ChatMember) *tgbotapi.ChatMemberUpdated {
		return &tgbotapi.ChatMemberUpdated{Chat: tgbotapi.Chat{ID: -5, Type: chatType, Title: "Desk"},
			From:          tgbotapi.User{ID: 7, FirstName: "Aida", LanguageCode: "kk"},
			OldChatMember: tgbotapi.ChatMember{Status: old}, NewChatMember: nm}
	}
	st := func(s string) tgbotapi.ChatMember { return tgbotapi.ChatMember{Status: s} }
	tests := []struct {
		name       string
		in         *tgbotapi.ChatMemberUpdated
		want       membership.Kind // 0: no update for the bot
		cannotPost bool
	}{
		{"user blocks the bot", m("private", "member", st("kicked")), membership.Blocked, false},
		{"user unblocks the bot", m("private", "kicked", st("member")), membership.Unblocked, false},
		{"private member stays a member", m("private", "member", st("member")), 0, false},
		{"added to a group", m("supergroup", "left", st("member")), membership.Joined, false},
		{"added to a group, restricted", m("group", "left", st("restricted")), membership.Joined, true},
		{"removed from a group", m("group", "member", st("kicked")), membership.Left, false},
		{"left a group", m("supergroup", "administrator", st("left")), membership.Left, false},
		{"promoted in a group", m("supergroup", "member", st("administrator")), membership.Rights, false},
		{"restricted in a group", m("supergroup", "member", st("restricted")), membership.Rights, true},
		{"restricted but may send", m("supergroup", "member", tgbotapi.ChatMember{Status: "restricted", CanSendMessages: true}), membership.Rights, false},
		{"added to a channel as admin who may post", m("channel", "left",
			tgbotapi.ChatMember{Status: "administrator", CanPostMessages: true}), membership.Joined, false},
		{"added to a channel as admin who may not post", m("channel", "left", st("administrator")), membership.Joined, true},
		{"demoted in a channel", m("channel", "administrator", st("administrator")), membership.Rights, true},
		{"removed from a channel", m("channel", "administrator", st("left")), membership.Left, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, ok := memberUpdate(tt.in)
			if tt.want == 0 {
				if ok {
					t.Errorf("memberUpdate = %v; want no update", u.Membership)
				}
				return
			}
			if !ok || u.Membership != tt.want || u.CannotPost != tt.cannotPost {
				t.Errorf("memberUpdate = %v (cannot post %v), %v; want %v (cannot post %v)", u.Membership, u.CannotPost, ok, tt.want, tt.cannotPost)
			}
			if u.ChatID != -5 || u.UserID != 7 || u.LangCode != "kk" || u.ChatTitle != "Desk" {
				t.Errorf("update %+v lost the chat or who changed it", u)
			}
		})
	}
}

// TestChannelDemotionStopsDelivery: a channel that takes the bot's right to
// post is no longer delivered to; given it back, it is again.
func TestChannelDemotionStopsDelivery(t *testing.T) {
	h := start(t, setup{})
	ctx := context.Background()
	const channel = -100330
	spec := telegramtest.ChatSpec{Chat: telegramtest.Chat{ID: channel, Type: telegramtest.ChatChannel, Title: "Steppe", Username: "steppe"},
		Owner: &owner, BotStatus: telegramtest.BotAdministrator}
	h.srv.AddChat(spec)
	if err := h.db.SaveSubscriber(ctx, news.Subscriber{ChatID: channel, ChatType: news.ChatChannel, Status: news.StatusActive,
		Preferences: news.Preferences{Lang: "en", DigestTime: "08:00", GroupBy: news.GroupByCountry}}); err != nil {
		t.Fatal(err)
	}
	spec.BotCannotPost = true
	h.srv.AddChat(spec)
	h.srv.InjectMyChatMember(channel, owner, "administrator", "administrator")
	h.waitFor("channel left", func() bool {
		s, _ := h.db.Subscriber(ctx, channel)
		return s.Status == news.StatusLeft
	})
	spec.BotCannotPost = false
	h.srv.AddChat(spec)
	h.srv.InjectMyChatMember(channel, owner, "administrator", "administrator")
	h.waitFor("channel active", func() bool {
		s, _ := h.db.Subscriber(ctx, channel)
		return s.Status == news.StatusActive
	})
	if n := h.srv.SentCount(channel); n != 0 {
		t.Errorf("%d messages to the channel; rights changes are silent", n)
	}
}
