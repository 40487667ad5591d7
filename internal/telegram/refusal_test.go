package telegram

import (
	"testing"

	"github.com/newsbot/newsbot/internal/bot"
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
		want      bot.Membership // 0: nothing learnt
		migrateTo int64
	}{
		{name: "user blocked the bot", chat: user, ae: APIError{Code: 403, Description: "Forbidden: bot was blocked by the user"}, want: bot.BotBlocked},
		{name: "user deactivated", chat: user, ae: APIError{Code: 403, Description: "Forbidden: user is deactivated"}, want: bot.BotBlocked},
		{name: "kicked from a group", chat: group, ae: APIError{Code: 403, Description: "Forbidden: bot was kicked from the group chat"}, want: bot.MemberLeft},
		{name: "not a member of a supergroup", chat: super, ae: APIError{Code: 403, Description: "Forbidden: bot is not a member of the supergroup chat"}, want: bot.MemberLeft},
		{name: "group refuses in other words", chat: group, ae: APIError{Code: 403, Description: "Forbidden: bot was blocked"}, want: bot.MemberLeft},
		{name: "group deleted", chat: group, ae: APIError{Code: 403, Description: "Forbidden: the group chat was deleted"}, want: bot.MemberLeft},
		{name: "chat not found", chat: super, ae: APIError{Code: 400, Description: "Bad Request: chat not found"}, want: bot.MemberLeft},
		{name: "group upgraded", chat: group, ae: APIError{Code: 400, Description: "Bad Request: group chat was upgraded to a supergroup chat", MigrateToChatID: super},
			want: bot.ChatMigrated, migrateTo: super},
		{name: "rate limited", chat: user, ae: APIError{Code: 429, Description: "Too Many Requests: retry after 5", RetryAfter: 5}},
		{name: "bad markup", chat: user, ae: APIError{Code: 400, Description: "Bad Request: can't parse entities"}},
		{name: "topic gone", chat: super, ae: APIError{Code: 400, Description: "Bad Request: message thread not found"}},
		{name: "server error", chat: group, ae: APIError{Code: 502, Description: "Bad Gateway"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, ok := classifyChat(tt.chat, &tt.ae).Membership(tt.chat)
			if ok != (tt.want != 0) || u.Membership != tt.want {
				t.Fatalf("%d %q in chat %d means %v (%v); want %v", tt.ae.Code, tt.ae.Description, tt.chat, u.Membership, ok, tt.want)
			}
			if ok && (u.ChatID != tt.chat || u.MigrateToChatID != tt.migrateTo) {
				t.Errorf("update for chat %d (to %d); want chat %d (to %d)", u.ChatID, u.MigrateToChatID, tt.chat, tt.migrateTo)
			}
		})
	}
}
