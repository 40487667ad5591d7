package telegram

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/membership"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/telegram/telegramtest"
)

// TestRefusalIsMembershipUpdate: the transport and the sender classify a
// refused request alike, into the bot's membership update for the chat,
// whose rules are the bot's. Only a user blocks a bot; a group or channel
// that refuses it has removed it.
func TestRefusalIsMembershipUpdate(t *testing.T) {
	const (
		user  = 5001
		group = -5002
		super = -1005002
	)
	tests := []struct {
		name      string
		chat      int64
		ae        APIError
		want      membership.Kind // 0: nothing learnt
		migrateTo int64
	}{
		{name: "user blocked the bot", chat: user, ae: APIError{Code: 403, Description: "Forbidden: bot was blocked by the user"}, want: membership.Blocked},
		{name: "user deactivated", chat: user, ae: APIError{Code: 403, Description: "Forbidden: user is deactivated"}, want: membership.Blocked},
		{name: "kicked from a group", chat: group, ae: APIError{Code: 403, Description: "Forbidden: bot was kicked from the group chat"}, want: membership.Left},
		{name: "not a member of a supergroup", chat: super, ae: APIError{Code: 403, Description: "Forbidden: bot is not a member of the supergroup chat"}, want: membership.Left},
		{name: "group refuses in other words", chat: group, ae: APIError{Code: 403, Description: "Forbidden: bot was blocked"}, want: membership.Left},
		{name: "group deleted", chat: group, ae: APIError{Code: 403, Description: "Forbidden: the group chat was deleted"}, want: membership.Left},
		{name: "chat not found", chat: super, ae: APIError{Code: 400, Description: "Bad Request: chat not found"}, want: membership.Left},
		{name: "group upgraded", chat: group, ae: APIError{Code: 400, Description: "Bad Request: group chat was upgraded to a supergroup chat", MigrateToChatID: super},
			want: membership.Migrated, migrateTo: super},
		{name: "rate limited", chat: user, ae: APIError{Code: 429, Description: "Too Many Requests: retry after 5", RetryAfter: 5}},
		{name: "bad markup", chat: user, ae: APIError{Code: 400, Description: "Bad Request: can't parse entities"}},
		{name: "topic gone", chat: super, ae: APIError{Code: 400, Description: "Bad Request: message thread not found"}},
		{name: "server error", chat: group, ae: APIError{Code: 502, Description: "Bad Gateway"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := classifyChat(tt.chat, &tt.ae).Membership(tt.chat)
			if ok != (tt.want != 0) || c.Kind != tt.want {
				t.Fatalf("%d %q in chat %d means %v (%v); want %v", tt.ae.Code, tt.ae.Description, tt.chat, c.Kind, ok, tt.want)
			}
			if ok && (c.ChatID != tt.chat || c.MigrateTo != tt.migrateTo) {
				t.Errorf("change for chat %d (to %d); want chat %d (to %d)", c.ChatID, c.MigrateTo, tt.chat, tt.migrateTo)
			}
		})
	}
}

// TestRefusedReplyRecordsTheChat: a reply the chat refuses is recorded by
// the bot's rules, as the outbox records a refused digest: the user who
// blocked the bot is blocked, a group or channel that removed it (or is
// gone) is left; the preferences are kept and what was queued for the
// chat is cancelled.
func TestRefusedReplyRecordsTheChat(t *testing.T) {
	tests := []struct {
		name string
		chat telegramtest.ChatSpec // Chat.ID 0: a chat Telegram does not know
		id   int64
		ct   news.ChatType
		want news.Status
	}{
		{name: "user blocked the bot", id: 6001, ct: news.ChatPrivate, want: news.StatusBlocked,
			chat: telegramtest.ChatSpec{Chat: telegramtest.Chat{ID: 6001, Type: telegramtest.ChatPrivate}, Status: telegramtest.ChatBlocked}},
		{name: "user deactivated", id: 6002, ct: news.ChatPrivate, want: news.StatusBlocked,
			chat: telegramtest.ChatSpec{Chat: telegramtest.Chat{ID: 6002, Type: telegramtest.ChatPrivate}, Status: telegramtest.ChatDeactivated}},
		{name: "kicked from a group", id: -6003, ct: news.ChatGroup, want: news.StatusLeft,
			chat: telegramtest.ChatSpec{Chat: telegramtest.Chat{ID: -6003, Type: telegramtest.ChatGroup, Title: "Desk"}, Owner: &owner, Status: telegramtest.ChatKicked}},
		{name: "kicked from a channel", id: -1006004, ct: news.ChatChannel, want: news.StatusLeft,
			chat: telegramtest.ChatSpec{Chat: telegramtest.Chat{ID: -1006004, Type: telegramtest.ChatChannel, Title: "Wire"}, Owner: &owner, Status: telegramtest.ChatKicked}},
		{name: "chat not found", id: -1006005, ct: news.ChatSupergroup, want: news.StatusLeft},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := start(t, setup{noRun: true})
			ctx := context.Background()
			if tt.chat.ID != 0 {
				h.srv.AddChat(tt.chat)
			}
			if err := h.db.SaveSubscriber(ctx, news.Subscriber{ChatID: tt.id, ChatType: tt.ct, Status: news.StatusActive,
				Preferences: news.Preferences{Lang: "ru", DigestTime: "07:45", GroupBy: news.GroupByCountry, Countries: []string{"TJ"}}}); err != nil {
				t.Fatal(err)
			}
			if _, err := h.db.Enqueue(ctx, []news.OutboxMessage{{IdemKey: fmt.Sprintf("%d:reply:q", tt.id), ChatID: tt.id,
				Kind: news.KindReply, ContentID: "q", Text: "queued"}}); err != nil {
				t.Fatal(err)
			}
			if _, err := h.tr.Send(ctx, tt.id, bot.Reply{Text: "hello"}); asAPIError(err) == nil {
				t.Fatalf("Send = %v; want the API's refusal", err)
			}
			s, err := h.db.Subscriber(ctx, tt.id)
			if err != nil || s.Status != tt.want || !slices.Equal(s.Countries, []string{"TJ"}) {
				t.Errorf("subscriber = %s %v, %v; want %s with TJ kept", s.Status, s.Countries, err, tt.want)
			}
			msgs, err := h.db.OutboxMessages(ctx, tt.id)
			if err != nil || len(msgs) != 1 || msgs[0].State != news.OutboxCancelled {
				t.Errorf("queue = %+v, %v; want its message cancelled", msgs, err)
			}
		})
	}
}
