package telegramtest

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

func TestRouting(t *testing.T) {
	s := Start(t, Options{})
	tests := []struct {
		name   string
		url    string
		status int
		desc   string
	}{
		{"wrong token", s.URL() + "/bot1:wrong/getMe", 401, "Unauthorized"},
		{"unknown method", s.MethodURL("sendTelepathy"), 404, "Not Found"},
		{"not a bot path", s.URL() + "/favicon.ico", 404, "Not Found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := s.Client().Get(tt.url)
			if err != nil {
				t.Fatal(err)
			}
			wantError(t, decodeAnswer(t, resp), tt.status, tt.desc)
		})
	}
	t.Run("getMe by GET, any case", func(t *testing.T) {
		resp, err := s.Client().Get(s.MethodURL("GETME"))
		if err != nil {
			t.Fatal(err)
		}
		me := result[User](t, decodeAnswer(t, resp))
		if !me.IsBot || me.ID != 123456789 || me.Username != "test_bot" {
			t.Errorf("getMe = %+v", me)
		}
	})
}

func TestRequestEncodings(t *testing.T) {
	s := Start(t, Options{Limits: &Limits{}})
	s.AddPrivateChat(alice)
	keyboard := `{"inline_keyboard":[[{"text":"Yes","callback_data":"y"}]]}`
	tests := []struct {
		name string
		call func() answer
	}{
		{"form", func() answer {
			return postForm(t, s, "sendMessage", url.Values{"chat_id": {"1001"}, "text": {"<b>hi</b>"}, "parse_mode": {"HTML"}, "reply_markup": {keyboard}})
		}},
		{"multipart", func() answer {
			return postMultipart(t, s, "sendMessage", map[string]string{"chat_id": "1001", "text": "<b>hi</b>", "parse_mode": "HTML", "reply_markup": keyboard})
		}},
		{"json with objects", func() answer {
			return postJSON(t, s, "sendMessage", map[string]any{
				"chat_id": 1001, "text": "<b>hi</b>", "parse_mode": "HTML",
				"reply_markup": map[string]any{"inline_keyboard": [][]map[string]string{{{"text": "Yes", "callback_data": "y"}}}},
			})
		}},
		{"json with string chat id", func() answer {
			return postJSON(t, s, "sendMessage", map[string]any{"chat_id": "1001", "text": "<b>hi</b>", "parse_mode": "HTML", "reply_markup": keyboard})
		}},
		{"query string", func() answer {
			resp, err := s.Client().Get(s.MethodURL("sendMessage") + "?" + url.Values{"chat_id": {"1001"}, "text": {"<b>hi</b>"}, "parse_mode": {"HTML"}, "reply_markup": {keyboard}}.Encode())
			if err != nil {
				t.Fatal(err)
			}
			return decodeAnswer(t, resp)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := result[Message](t, tt.call())
			if m.Text != "hi" || len(m.Entities) != 1 || m.Entities[0].Type != "bold" {
				t.Errorf("text %q entities %+v, want bold \"hi\"", m.Text, m.Entities)
			}
			if m.ReplyMarkup == nil || m.ReplyMarkup.InlineKeyboard[0][0].CallbackData != "y" {
				t.Errorf("reply_markup = %+v, want the Yes button", m.ReplyMarkup)
			}
		})
	}
}

func TestSendMessageResult(t *testing.T) {
	clk := newClock()
	s := Start(t, Options{Limits: &Limits{}, Now: clk.Now})
	s.AddPrivateChat(alice)
	s.AddChat(ChatSpec{Chat: Chat{ID: -1001, Type: ChatChannel, Title: "News", Username: "newschan"}})

	first := result[Message](t, send(t, s, "1001", "one", "disable_notification", "true",
		"link_preview_options", `{"is_disabled":true}`, "message_thread_id", "7"))
	second := result[Message](t, send(t, s, "1001", "two", "reply_parameters", `{"message_id":1}`))
	if first.MessageID != 1 || second.MessageID != 2 {
		t.Errorf("message ids %d, %d; want 1, 2", first.MessageID, second.MessageID)
	}
	if first.Date != clk.Now().Unix() {
		t.Errorf("date = %d, want %d (seconds)", first.Date, clk.Now().Unix())
	}
	if first.Chat != (Chat{ID: 1001, Type: "private", FirstName: "Alice", Username: "alice"}) {
		t.Errorf("chat = %+v", first.Chat)
	}
	if first.From == nil || first.From.ID != s.Bot().ID {
		t.Errorf("from = %+v, want the bot", first.From)
	}
	if second.ReplyToMessage == nil || second.ReplyToMessage.Text != "one" {
		t.Errorf("reply_to_message = %+v, want message one", second.ReplyToMessage)
	}
	wantError(t, send(t, s, "1001", "x", "reply_to_message_id", "99"), 400, "Bad Request: message to be replied not found")
	mustOK(t, send(t, s, "1001", "x", "reply_to_message_id", "99", "allow_sending_without_reply", "true"))

	post := result[Message](t, send(t, s, "@NewsChan", "breaking"))
	if post.MessageID != 1 || post.Chat.ID != -1001 || post.SenderChat == nil || post.From != nil {
		t.Errorf("channel post = %+v, want id 1 in -1001 with sender_chat", post)
	}

	sent := s.Sent(1001)
	if len(sent) != 3 {
		t.Fatalf("Sent = %d messages, want 3", len(sent))
	}
	if !sent[0].DisableNotification || !sent[0].LinkPreviewDisabled || sent[1].DisableNotification {
		t.Errorf("flags: %+v / %+v", sent[0], sent[1])
	}
	if sent[1].ReplyToMessageID != 1 {
		t.Errorf("ReplyToMessageID = %d, want 1", sent[1].ReplyToMessageID)
	}
	if got := s.SentCount(1001); got != 3 {
		t.Errorf("SentCount = %d, want 3", got)
	}
	if got := s.SentCounts(); got[1001] != 3 || got[-1001] != 1 {
		t.Errorf("SentCounts = %v", got)
	}
}

func TestInlineKeyboardValidation(t *testing.T) {
	s := Start(t, Options{Limits: &Limits{}})
	s.AddPrivateChat(alice)
	kb := func(button string) string { return `{"inline_keyboard":[[` + button + `]]}` }
	tests := []struct {
		name   string
		markup string
		want   string // "" for success
	}{
		{"64-byte data", kb(`{"text":"a","callback_data":"` + strings.Repeat("x", 64) + `"}`), ""},
		{"65-byte data", kb(`{"text":"a","callback_data":"` + strings.Repeat("x", 65) + `"}`), "Bad Request: BUTTON_DATA_INVALID"},
		{"64 bytes of Cyrillic is 32 letters", kb(`{"text":"a","callback_data":"` + strings.Repeat("ж", 33) + `"}`), "Bad Request: BUTTON_DATA_INVALID"},
		{"empty data", kb(`{"text":"a","callback_data":""}`), "Bad Request: BUTTON_DATA_INVALID"},
		{"url button", kb(`{"text":"a","url":"https://example.com"}`), ""},
		{"bad url", kb(`{"text":"a","url":"javascript:alert(1)"}`), "Bad Request: BUTTON_URL_INVALID"},
		{"no action", kb(`{"text":"a"}`), "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"},
		{"not JSON", `{inline`, "Bad Request: can't parse reply keyboard markup JSON object"},
		{"reply keyboard accepted", `{"keyboard":[[{"text":"a"}]]}`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := send(t, s, "1001", "pick", "reply_markup", tt.markup)
			if tt.want == "" {
				mustOK(t, a)
				return
			}
			wantError(t, a, 400, tt.want)
		})
	}
}

func TestChatErrors(t *testing.T) {
	s := Start(t, Options{Limits: &Limits{}})
	s.AddPrivateChat(alice)
	s.AddPrivateChat(boris)
	s.AddChat(ChatSpec{Chat: Chat{ID: 1003, Type: ChatPrivate, FirstName: "Gone"}, Status: ChatDeactivated})
	s.AddChat(ChatSpec{Chat: Chat{ID: -5, Type: ChatGroup, Title: "Old group"}})
	s.AddChat(ChatSpec{Chat: Chat{ID: -6, Type: ChatGroup, Title: "Left"}, Status: ChatKicked})
	s.AddChat(ChatSpec{Chat: Chat{ID: -1007, Type: ChatSupergroup, Title: "Left super"}, Status: ChatKicked})
	s.AddChat(ChatSpec{Chat: Chat{ID: -1008, Type: ChatChannel, Title: "Not admin"}, BotStatus: "member"})
	if err := s.SetChatStatus(boris.ID, ChatBlocked); err != nil {
		t.Fatal(err)
	}
	super, err := s.MigrateChat(-5, -1005)
	if err != nil {
		t.Fatal(err)
	}
	if super.Type != ChatSupergroup || super.Title != "Old group" {
		t.Errorf("MigrateChat = %+v", super)
	}
	tests := []struct {
		chat string
		code int
		desc string
	}{
		{"", 400, "Bad Request: chat_id is empty"},
		{"424242", 400, "Bad Request: chat not found"},
		{"@nobody", 400, "Bad Request: chat not found"},
		{"1002", 403, "Forbidden: bot was blocked by the user"},
		{"1003", 403, "Forbidden: user is deactivated"},
		{"-6", 403, "Forbidden: bot was kicked from the group chat"},
		{"-1007", 403, "Forbidden: bot was kicked from the supergroup chat"},
		{"-1008", 400, "Bad Request: need administrator rights in the channel chat"},
		{"-5", 400, "Bad Request: group chat was upgraded to a supergroup chat"},
	}
	for _, tt := range tests {
		t.Run(tt.desc+" "+tt.chat, func(t *testing.T) {
			a := send(t, s, tt.chat, "hello")
			wantError(t, a, tt.code, tt.desc)
			if tt.chat == "-5" && (a.Parameters == nil || a.Parameters.MigrateToChatID != -1005) {
				t.Errorf("parameters = %+v, want migrate_to_chat_id -1005", a.Parameters)
			}
		})
	}
	mustOK(t, send(t, s, "-1005", "hello supergroup"))
	mustOK(t, send(t, s, "1001", "hello"))
	if err := s.SetChatStatus(777, ChatBlocked); err == nil {
		t.Error("SetChatStatus of an unknown chat: want error")
	}
}

func TestRateLimits(t *testing.T) {
	const (
		private = "1001"
		group   = "-100"
	)
	setup := func(t *testing.T, l Limits) (*Server, *clock) {
		clk := newClock()
		s := Start(t, Options{Limits: &l, Now: clk.Now})
		s.AddPrivateChat(alice)
		s.AddChat(ChatSpec{Chat: Chat{ID: -100, Type: ChatSupergroup, Title: "G"}})
		for id := int64(2000); id < 2040; id++ {
			s.AddPrivateChat(User{ID: id, FirstName: "U"})
		}
		return s, clk
	}
	want429 := func(t *testing.T, a answer, retry int) {
		t.Helper()
		wantError(t, a, 429, "Too Many Requests: retry after "+itoa(int64(retry)))
		if a.Parameters == nil || a.Parameters.RetryAfter != retry {
			t.Errorf("parameters = %+v, want retry_after %d", a.Parameters, retry)
		}
	}

	t.Run("private chat one a second", func(t *testing.T) {
		s, clk := setup(t, TelegramLimits())
		mustOK(t, send(t, s, private, "1"))
		clk.Advance(300 * time.Millisecond)
		want429(t, send(t, s, private, "2"), 1)
		if v := s.Stats().Violations; v.Private != 1 || v.Total() != 1 {
			t.Errorf("violations = %+v, want one private", v)
		}
		clk.Advance(500 * time.Millisecond) // 0.8 s after the first send; told to wait 1 s
		want429(t, send(t, s, private, "3"), 1)
		if v := s.Stats().Violations; v.EarlyRetry != 1 || v.Total() != 2 {
			t.Errorf("violations = %+v, want one early retry more", v)
		}
		clk.Advance(time.Second)
		mustOK(t, send(t, s, private, "4"))
		if got := s.SentCount(1001); got != 2 {
			t.Errorf("SentCount = %d, want 2", got)
		}
	})

	t.Run("group twenty a minute", func(t *testing.T) {
		s, clk := setup(t, TelegramLimits())
		for i := 0; i < 20; i++ {
			mustOK(t, send(t, s, group, "m"))
			clk.Advance(2 * time.Second)
		}
		// 40 s after the first send: it leaves the window in 20 s.
		want429(t, send(t, s, group, "21st"), 20)
		if v := s.Stats().Violations; v.Group != 1 {
			t.Errorf("violations = %+v, want one group", v)
		}
		clk.Advance(20 * time.Second)
		mustOK(t, send(t, s, group, "21st again"))
	})

	t.Run("thirty a second overall", func(t *testing.T) {
		s, clk := setup(t, TelegramLimits())
		for id := int64(2000); id < 2030; id++ {
			mustOK(t, send(t, s, itoa(id), "m"))
		}
		want429(t, send(t, s, "2030", "31st"), 1)
		if v := s.Stats().Violations; v.Global != 1 || v.Total() != 1 {
			t.Errorf("violations = %+v, want one global", v)
		}
		clk.Advance(time.Second)
		mustOK(t, send(t, s, "2031", "next second"))
		if st := s.Stats(); st.RateLimited != 1 || st.Sent != 31 {
			t.Errorf("stats = %+v, want 1 rate limited and 31 sent", st)
		}
	})

	t.Run("scaled limits", func(t *testing.T) {
		l := TelegramLimits().Scale(100)
		if l.Global != 3000 || l.Private != 100 || l.Group != 2000 || l.GroupWindow != time.Minute {
			t.Fatalf("Scale(100) = %+v", l)
		}
		s, _ := setup(t, l)
		for i := 0; i < 100; i++ {
			mustOK(t, send(t, s, private, "m"))
		}
		want429(t, send(t, s, private, "101st"), 1)
	})

	t.Run("no limits", func(t *testing.T) {
		s, _ := setup(t, Limits{})
		for i := 0; i < 50; i++ {
			mustOK(t, send(t, s, private, "m"))
		}
		if v := s.Violations(); v != 0 {
			t.Errorf("violations = %d, want 0", v)
		}
	})

	t.Run("edits are not limited", func(t *testing.T) {
		s, _ := setup(t, TelegramLimits())
		m := result[Message](t, send(t, s, private, "progress 0"))
		for i := 1; i <= 5; i++ {
			mustOK(t, postForm(t, s, "editMessageText", url.Values{"chat_id": {private}, "message_id": {itoa(int64(m.MessageID))}, "text": {"progress " + itoa(int64(i))}}))
		}
	})
}

func TestMethodNotAllowed(t *testing.T) {
	s := Start(t, Options{})
	req, _ := http.NewRequest(http.MethodDelete, s.MethodURL("getMe"), nil)
	resp, err := s.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	wantError(t, decodeAnswer(t, resp), 405, "Method Not Allowed")
}
