package telegramtest

import (
	"net/url"
	"testing"
)

func TestChatInfoMethods(t *testing.T) {
	s := Start(t, Options{})
	owner := User{ID: 1, FirstName: "Owner"}
	admin := User{ID: 2, FirstName: "Admin"}
	s.AddPrivateChat(alice)
	s.AddChat(ChatSpec{Chat: Chat{ID: -30, Type: ChatSupergroup, Title: "Editors", Username: "editors"},
		Owner: &owner, Admins: []User{admin}, Members: []User{boris}, BotStatus: "administrator"})
	s.AddChat(ChatSpec{Chat: Chat{ID: -31, Type: ChatGroup, Title: "Gone"}, Status: ChatKicked})

	chat := result[Chat](t, postForm(t, s, "getChat", url.Values{"chat_id": {"@editors"}}))
	if chat.ID != -30 || chat.Title != "Editors" || chat.Type != ChatSupergroup {
		t.Errorf("getChat = %+v", chat)
	}
	wantError(t, postForm(t, s, "getChat", url.Values{"chat_id": {"-31"}}), 403, "Forbidden: bot was kicked from the group chat")

	member := func(chatID string, user int64) answer {
		return postForm(t, s, "getChatMember", url.Values{"chat_id": {chatID}, "user_id": {itoa(user)}})
	}
	tests := []struct {
		user int64
		want string
	}{
		{1, "creator"}, {2, "administrator"}, {boris.ID, "member"}, {alice.ID, "left"}, {s.Bot().ID, "administrator"},
	}
	for _, tt := range tests {
		if got := result[ChatMember](t, member("-30", tt.user)); got.Status != tt.want || got.User.ID != tt.user {
			t.Errorf("getChatMember(%d) = %+v, want %s", tt.user, got, tt.want)
		}
	}
	wantError(t, member("-30", 999999), 400, "Bad Request: user not found")
	if got := result[ChatMember](t, member("1001", alice.ID)); got.Status != "member" {
		t.Errorf("private chat member = %+v", got)
	}

	admins := result[[]ChatMember](t, postForm(t, s, "getChatAdministrators", url.Values{"chat_id": {"-30"}}))
	if len(admins) != 3 || admins[0].Status != "creator" || admins[1].User.ID != 2 || admins[2].User.ID != s.Bot().ID {
		t.Errorf("getChatAdministrators = %+v", admins)
	}
	wantError(t, postForm(t, s, "getChatAdministrators", url.Values{"chat_id": {"1001"}}), 400,
		"Bad Request: there are no administrators in the private chat")
}

func TestCommandsAndWebhook(t *testing.T) {
	s := Start(t, Options{})
	s.AddChat(ChatSpec{Chat: Chat{ID: -40, Type: ChatGroup, Title: "G"}})
	en := `[{"command":"start","description":"Start"},{"command":"latest","description":"Latest news"}]`
	ru := `[{"command":"start","description":"Начать"}]`
	mustOK(t, postForm(t, s, "setMyCommands", url.Values{"commands": {en}}))
	mustOK(t, postJSON(t, s, "setMyCommands", map[string]any{
		"commands": []BotCommand{{Command: "start", Description: "Начать"}}, "language_code": "ru",
	}))
	mustOK(t, postForm(t, s, "setMyCommands", url.Values{"commands": {ru}, "scope": {`{"type":"chat","chat_id":-40}`}}))
	wantError(t, postForm(t, s, "setMyCommands", url.Values{"commands": {`[{"command":"Bad Cmd","description":"x"}]`}}), 400, "Bad Request: BOT_COMMAND_INVALID")

	got := result[[]BotCommand](t, postForm(t, s, "getMyCommands", url.Values{"language_code": {"ru"}}))
	if len(got) != 1 || got[0].Description != "Начать" {
		t.Errorf("getMyCommands ru = %+v", got)
	}
	if got := s.Commands(BotCommandScope{}, ""); len(got) != 2 || got[1].Command != "latest" {
		t.Errorf("Commands default = %+v", got)
	}
	if got := s.Commands(BotCommandScope{Type: "chat", ChatID: -40}, ""); len(got) != 1 {
		t.Errorf("Commands chat scope = %+v", got)
	}
	mustOK(t, postForm(t, s, "deleteMyCommands", url.Values{"language_code": {"ru"}}))
	if got := result[[]BotCommand](t, postForm(t, s, "getMyCommands", url.Values{"language_code": {"ru"}})); len(got) != 0 {
		t.Errorf("after delete: %+v", got)
	}

	wantError(t, postForm(t, s, "setWebhook", url.Values{"url": {"http://bot.example/hook"}}), 400,
		"Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
	a := postForm(t, s, "setWebhook", url.Values{"url": {"https://bot.example/hook"}, "secret_token": {"s3cret_-"}})
	if !a.OK || a.Description != "Webhook was set" {
		t.Errorf("setWebhook = %+v", a)
	}
	s.InjectText(alice.ID, alice, "queued")
	info := result[WebhookInfo](t, postForm(t, s, "getWebhookInfo", nil))
	if info.URL != "https://bot.example/hook" || info.PendingUpdateCount != 1 {
		t.Errorf("getWebhookInfo = %+v", info)
	}
	if s.Webhook().SecretToken != "s3cret_-" {
		t.Errorf("secret = %q", s.Webhook().SecretToken)
	}
	wantError(t, postForm(t, s, "getUpdates", nil), 409,
		"Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first")
	mustOK(t, postForm(t, s, "deleteWebhook", url.Values{"drop_pending_updates": {"true"}}))
	if ups := result[[]Update](t, postForm(t, s, "getUpdates", nil)); len(ups) != 0 {
		t.Errorf("dropped updates came back: %+v", ups)
	}
}

// TestChannelBotMembership: getChatMember answers about the bot itself in
// every channel, as Telegram does, and shows whether it may post; other
// members are visible only to an administrator; posting needs the right.
func TestChannelBotMembership(t *testing.T) {
	s := Start(t, Options{})
	owner := User{ID: 1, FirstName: "Owner"}
	add := func(id int64, status string, cannotPost bool) {
		s.AddChat(ChatSpec{Chat: Chat{ID: id, Type: ChatChannel, Title: "C", Username: "c" + itoa(-id)},
			Owner: &owner, BotStatus: status, BotCannotPost: cannotPost})
	}
	add(-101, BotLeft, false)
	add(-102, BotMember, false)
	add(-103, BotAdministrator, true)
	add(-104, BotAdministrator, false)
	add(-105, "", false) // the default in a channel: administrator that may post

	tests := []struct {
		chat      string
		status    string
		canPost   bool
		seesOwner bool
		sendCode  int
		sendError string
	}{
		{"-101", "left", false, false, 403, "Forbidden: bot is not a member of the channel chat"},
		{"@c102", "member", false, false, 400, "Bad Request: need administrator rights in the channel chat"},
		{"-103", "administrator", false, true, 400, "Bad Request: need administrator rights in the channel chat"},
		{"-104", "administrator", true, true, 0, ""},
		{"-105", "administrator", true, true, 0, ""},
	}
	for _, tt := range tests {
		if c := result[Chat](t, postForm(t, s, "getChat", url.Values{"chat_id": {tt.chat}})); c.Type != ChatChannel {
			t.Errorf("%s: getChat = %+v", tt.chat, c)
		}
		a := postForm(t, s, "getChatMember", url.Values{"chat_id": {tt.chat}, "user_id": {itoa(s.Bot().ID)}})
		m := result[ChatMember](t, a)
		if m.Status != tt.status || m.CanPostMessages != tt.canPost || m.User.ID != s.Bot().ID {
			t.Errorf("%s: getChatMember(bot) = %+v, want %s can_post_messages=%v", tt.chat, m, tt.status, tt.canPost)
		}
		a = postForm(t, s, "getChatMember", url.Values{"chat_id": {tt.chat}, "user_id": {itoa(owner.ID)}})
		if tt.seesOwner {
			if m := result[ChatMember](t, a); m.Status != "creator" {
				t.Errorf("%s: getChatMember(owner) = %+v", tt.chat, m)
			}
		} else {
			wantError(t, a, 400, "Bad Request: member list is inaccessible")
		}
		a = postForm(t, s, "sendMessage", url.Values{"chat_id": {tt.chat}, "text": {"hi"}})
		if tt.sendCode == 0 {
			mustOK(t, a)
		} else {
			wantError(t, a, tt.sendCode, tt.sendError)
		}
	}
	if n := s.SentCount(-103); n != 0 {
		t.Errorf("an administrator without can_post_messages posted %d messages", n)
	}
}

func TestAddChatRejectsImpossibleBotMembership(t *testing.T) {
	s := Start(t, Options{})
	for _, spec := range []ChatSpec{
		{Chat: Chat{ID: -1, Type: ChatChannel}, BotStatus: "admin"},
		{Chat: Chat{ID: -2, Type: ChatSupergroup}, BotStatus: BotAdministrator, BotCannotPost: true},
		{Chat: Chat{ID: -3, Type: ChatChannel}, BotStatus: BotMember, BotCannotPost: true},
		{Chat: Chat{ID: -4, Type: ChatGroup}, BotStatus: BotLeft},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("AddChat(%+v) did not panic", spec)
				}
			}()
			s.AddChat(spec)
		}()
	}
}
