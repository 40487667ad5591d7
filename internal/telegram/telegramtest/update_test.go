package telegramtest

import (
	"context"
	"net/url"
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

func getUpdates(t *testing.T, s *Server, form url.Values) []Update {
	t.Helper()
	return result[[]Update](t, postForm(t, s, "getUpdates", form))
}

func TestGetUpdatesOffsetAndLimit(t *testing.T) {
	s := Start(t, Options{})
	for _, text := range []string{"/start", "one", "two", "three"} {
		s.InjectText(alice.ID, alice, text)
	}
	ups := getUpdates(t, s, url.Values{"limit": {"2"}})
	if len(ups) != 2 || ups[0].Message.Text != "/start" || ups[1].Message.Text != "one" {
		t.Fatalf("limit 2: got %+v", ups)
	}
	m := ups[0].Message
	if m.From == nil || m.From.LanguageCode != "en" || m.Chat.Type != ChatPrivate || m.Chat.ID != alice.ID {
		t.Errorf("message = %+v, want from alice in her private chat", m)
	}
	if len(m.Entities) != 1 || m.Entities[0] != (MessageEntity{Type: "bot_command", Offset: 0, Length: 6}) {
		t.Errorf("entities = %+v, want a bot_command", m.Entities)
	}
	// Without an offset nothing is confirmed.
	if again := getUpdates(t, s, url.Values{"limit": {"1"}}); again[0].UpdateID != ups[0].UpdateID {
		t.Errorf("update %d redelivered as %d", ups[0].UpdateID, again[0].UpdateID)
	}
	next := ups[1].UpdateID + 1
	ups = getUpdates(t, s, url.Values{"offset": {itoa(int64(next))}})
	if len(ups) != 2 || ups[0].Message.Text != "two" {
		t.Fatalf("offset %d: got %+v", next, ups)
	}
	if n := len(s.PendingUpdates()); n != 2 {
		t.Errorf("pending = %d, want 2 after confirming two", n)
	}
	ups = getUpdates(t, s, url.Values{"offset": {"-1"}})
	if len(ups) != 1 || ups[0].Message.Text != "three" {
		t.Errorf("offset -1: got %+v, want the last update", ups)
	}
}

// TestGetUpdatesLongPoll runs each case in a synctest bubble on an
// in-memory server, so the waits are exact and take no real time.
func TestGetUpdatesLongPoll(t *testing.T) {
	inBubble := func(t *testing.T, f func(t *testing.T, s *Server)) {
		synctest.Test(t, func(t *testing.T) { f(t, Start(t, Options{InMemory: true})) })
	}
	t.Run("returns as soon as an update arrives", func(t *testing.T) {
		inBubble(t, func(t *testing.T, s *Server) {
			go func() {
				time.Sleep(100 * time.Millisecond)
				s.InjectText(alice.ID, alice, "hello")
			}()
			start := time.Now()
			ups := getUpdates(t, s, url.Values{"timeout": {"10"}})
			if elapsed := time.Since(start); elapsed != 100*time.Millisecond {
				t.Errorf("took %v, want the 100ms until the update came", elapsed)
			}
			if len(ups) != 1 || ups[0].Message.Text != "hello" {
				t.Fatalf("got %+v", ups)
			}
		})
	})
	t.Run("returns empty after the timeout", func(t *testing.T) {
		inBubble(t, func(t *testing.T, s *Server) {
			start := time.Now()
			ups := getUpdates(t, s, url.Values{"timeout": {"1"}})
			if elapsed := time.Since(start); elapsed != time.Second {
				t.Errorf("returned after %v, want the 1 s timeout", elapsed)
			}
			if len(ups) != 0 {
				t.Errorf("got %+v, want none", ups)
			}
		})
	})
	t.Run("a second poller ends the first with 409", func(t *testing.T) {
		inBubble(t, func(t *testing.T, s *Server) {
			var wg sync.WaitGroup
			var first answer
			wg.Add(1)
			go func() {
				defer wg.Done()
				first = postForm(t, s, "getUpdates", url.Values{"timeout": {"10"}})
			}()
			synctest.Wait() // the first poll waits on the server
			getUpdates(t, s, url.Values{"timeout": {"0"}})
			wg.Wait()
			wantError(t, first, 409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running")
		})
	})
	t.Run("client cancellation ends the poll", func(t *testing.T) {
		inBubble(t, func(t *testing.T, s *Server) {
			ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
			defer cancel()
			req, _ := newRequest(ctx, s.MethodURL("getUpdates")+"?timeout=30")
			start := time.Now()
			if resp, err := s.Client().Do(req); err == nil {
				resp.Body.Close()
				t.Fatal("want a client timeout")
			}
			if d := time.Since(start); d != 100*time.Millisecond {
				t.Errorf("the poll ended after %s, want with its client at 100ms", d)
			}
			// The server takes the next poll at once.
			start = time.Now()
			if ups := getUpdates(t, s, url.Values{"timeout": {"0"}}); len(ups) != 0 || time.Since(start) != 0 {
				t.Errorf("next poll: %+v after %s, want none at once", ups, time.Since(start))
			}
		})
	})
}

func TestAllowedUpdates(t *testing.T) {
	s := Start(t, Options{})
	getUpdates(t, s, url.Values{"allowed_updates": {`["callback_query"]`}})
	s.InjectText(alice.ID, alice, "dropped")
	q := s.InjectCallback(alice.ID, 1, alice, "kept")
	ups := getUpdates(t, s, nil) // the setting persists
	if len(ups) != 1 || ups[0].CallbackQuery == nil || ups[0].CallbackQuery.ID != q.ID {
		t.Fatalf("got %+v, want only the callback query", ups)
	}
	getUpdates(t, s, url.Values{"allowed_updates": {`[]`}, "offset": {itoa(int64(ups[0].UpdateID + 1))}})
	s.InjectText(alice.ID, alice, "kept again")
	if ups := getUpdates(t, s, nil); len(ups) != 1 || ups[0].Message == nil {
		t.Errorf("after reset got %+v, want the message", ups)
	}
}

func TestInjectedUpdateKinds(t *testing.T) {
	s := Start(t, Options{})
	s.AddChat(ChatSpec{Chat: Chat{ID: -10, Type: ChatGroup, Title: "Club"}, Members: []User{alice}})
	s.AddChat(ChatSpec{Chat: Chat{ID: -1009, Type: ChatChannel, Title: "Wire", Username: "wire"}})

	cmd := s.InjectText(-10, alice, "/latest@test_bot ru")
	s.InjectSticker(alice.ID, alice, "👍")
	s.InjectPhoto(alice.ID, alice, "look")
	s.InjectChannelPost(-1009, "post")
	s.InjectEditedMessage(-10, alice, cmd.MessageID, "/latest@test_bot kz")
	s.InjectMyChatMember(-10, alice, "member", "left")
	s.InjectMyChatMember(boris.ID, boris, "member", "kicked")
	s.InjectReply(-10, alice, cmd.MessageID, "reply")

	ups := getUpdates(t, s, nil)
	kinds := []string{"message", "message", "message", "channel_post", "edited_message", "my_chat_member", "my_chat_member", "message"}
	if len(ups) != len(kinds) {
		t.Fatalf("got %d updates, want %d", len(ups), len(kinds))
	}
	for i, u := range ups {
		if u.Kind() != kinds[i] {
			t.Errorf("update %d is %q, want %q", i, u.Kind(), kinds[i])
		}
		if i > 0 && u.UpdateID != ups[i-1].UpdateID+1 {
			t.Errorf("update ids not consecutive: %d after %d", u.UpdateID, ups[i-1].UpdateID)
		}
	}
	if e := ups[0].Message.Entities; len(e) != 1 || e[0].Length != len("/latest@test_bot") || ups[0].Message.Chat.Type != ChatGroup {
		t.Errorf("group command = %+v", ups[0].Message)
	}
	if m := ups[1].Message; m.Sticker == nil || m.Text != "" {
		t.Errorf("sticker message = %+v", m)
	}
	if m := ups[2].Message; len(m.Photo) == 0 || m.Caption != "look" {
		t.Errorf("photo message = %+v", m)
	}
	if m := ups[3].ChannelPost; m.SenderChat == nil || m.From != nil || m.Chat.ID != -1009 {
		t.Errorf("channel post = %+v", m)
	}
	if m := ups[4].EditedMessage; m.MessageID != cmd.MessageID || m.EditDate == 0 || m.Text != "/latest@test_bot kz" {
		t.Errorf("edited message = %+v", m)
	}
	if m := ups[5].MyChatMember; m.NewChatMember.Status != "left" || m.NewChatMember.User.ID != s.Bot().ID {
		t.Errorf("my_chat_member = %+v", m)
	}
	if m := ups[7].Message; m.ReplyToMessage == nil || m.ReplyToMessage.Text != "/latest@test_bot kz" {
		t.Errorf("reply = %+v, want reply to the edited command", m)
	}
	if _, st, _ := s.ChatInfo(-10); st != ChatKicked {
		t.Errorf("group status = %v after the bot left, want kicked", st)
	}
	if _, st, _ := s.ChatInfo(boris.ID); st != ChatBlocked {
		t.Errorf("private status = %v after kicked, want blocked", st)
	}
	s.InjectMyChatMember(boris.ID, boris, "kicked", "member")
	if _, st, _ := s.ChatInfo(boris.ID); st != ChatActive {
		t.Errorf("private status = %v after unblock, want active", st)
	}
}

func TestCallbacks(t *testing.T) {
	s := Start(t, Options{Limits: &Limits{}})
	s.AddPrivateChat(alice)
	menu := result[Message](t, send(t, s, "1001", "Pick countries", "reply_markup",
		`{"inline_keyboard":[[{"text":"🇰🇿","callback_data":"c:kz"},{"text":"Done","callback_data":"done"}]]}`))

	sent, _ := s.LastSent(alice.ID)
	data, ok := sent.ButtonData("🇰🇿")
	if !ok || data != "c:kz" {
		t.Fatalf("ButtonData = %q, %v", data, ok)
	}
	q, err := s.PressButton(alice.ID, menu.MessageID, alice, data)
	if err != nil {
		t.Fatal(err)
	}
	if q.Message == nil || q.Message.MessageID != menu.MessageID || q.Message.ReplyMarkup == nil || q.Data != "c:kz" {
		t.Errorf("callback query = %+v", q)
	}
	if _, err := s.PressButton(alice.ID, menu.MessageID, alice, "c:xx"); err == nil {
		t.Error("PressButton with data no button has: want error")
	}
	forged := s.InjectCallback(alice.ID, 999, alice, "forged")
	if forged.Message == nil || forged.Message.Date != 0 {
		t.Errorf("forged query message = %+v, want an inaccessible message", forged.Message)
	}
	ups := getUpdates(t, s, nil)
	if len(ups) != 2 || ups[0].CallbackQuery.ID != q.ID || ups[1].CallbackQuery.Data != "forged" {
		t.Fatalf("updates = %+v", ups)
	}

	mustOK(t, postForm(t, s, "answerCallbackQuery", url.Values{"callback_query_id": {q.ID}, "text": {"Saved"}}))
	wantError(t, postForm(t, s, "answerCallbackQuery", url.Values{"callback_query_id": {q.ID}}), 400,
		"Bad Request: query is too old and response timeout expired or query ID is invalid")
	wantError(t, postForm(t, s, "answerCallbackQuery", url.Values{"callback_query_id": {"123"}}), 400,
		"Bad Request: query is too old and response timeout expired or query ID is invalid")
	a, ok := s.CallbackAnswered(q.ID)
	if !ok || a.Text != "Saved" || a.Data != "c:kz" || a.MessageID != menu.MessageID {
		t.Errorf("CallbackAnswered = %+v, %v", a, ok)
	}
	if _, ok := s.CallbackAnswered(forged.ID); ok {
		t.Error("forged query reported answered")
	}
	if n := len(s.CallbackAnswers()); n != 1 {
		t.Errorf("CallbackAnswers = %d, want 1", n)
	}
}

func TestEditAndDelete(t *testing.T) {
	s := Start(t, Options{Limits: &Limits{}})
	s.AddPrivateChat(alice)
	kb := `{"inline_keyboard":[[{"text":"More","callback_data":"more"}]]}`
	m := result[Message](t, send(t, s, "1001", "<b>Page 1</b>", "parse_mode", "HTML", "reply_markup", kb))
	id := itoa(int64(m.MessageID))
	edit := func(text string, extra ...string) answer {
		form := url.Values{"chat_id": {"1001"}, "message_id": {id}, "text": {text}, "parse_mode": {"HTML"}}
		for i := 0; i+1 < len(extra); i += 2 {
			form.Set(extra[i], extra[i+1])
		}
		return postForm(t, s, "editMessageText", form)
	}
	notModified := "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message"

	wantError(t, edit("<strong>Page 1</strong>", "reply_markup", kb), 400, notModified)
	edited := result[Message](t, edit("<b>Page 2</b>", "reply_markup", kb))
	if edited.Text != "Page 2" || edited.EditDate == 0 || edited.ReplyMarkup == nil {
		t.Errorf("edited = %+v", edited)
	}
	mustOK(t, edit("<b>Page 2</b>")) // same text, keyboard removed
	got, _ := s.SentMessage(alice.ID, m.MessageID)
	if got.Text != "Page 2" || got.Source != "<b>Page 2</b>" || got.ReplyMarkup != nil || got.Edits != 2 || got.ParseMode != "HTML" {
		t.Errorf("after edits: %+v", got)
	}
	wantError(t, edit("<div>", "reply_markup", kb), 400, `Bad Request: can't parse entities: Unsupported start tag "div" at byte offset 0`)

	markup := func(rm string) answer {
		return postForm(t, s, "editMessageReplyMarkup", url.Values{"chat_id": {"1001"}, "message_id": {id}, "reply_markup": {rm}})
	}
	mustOK(t, markup(kb))
	wantError(t, markup(kb), 400, notModified)
	if got, _ := s.SentMessage(alice.ID, m.MessageID); got.ReplyMarkup == nil {
		t.Error("keyboard not restored")
	}

	user := s.InjectText(alice.ID, alice, "hi")
	wantError(t, postForm(t, s, "editMessageText", url.Values{"chat_id": {"1001"}, "message_id": {itoa(int64(user.MessageID))}, "text": {"x"}}),
		400, "Bad Request: message can't be edited")
	wantError(t, postForm(t, s, "editMessageText", url.Values{"chat_id": {"1001"}, "message_id": {"77"}, "text": {"x"}}),
		400, "Bad Request: message to edit not found")

	mustOK(t, postForm(t, s, "deleteMessage", url.Values{"chat_id": {"1001"}, "message_id": {id}}))
	wantError(t, postForm(t, s, "deleteMessage", url.Values{"chat_id": {"1001"}, "message_id": {id}}), 400, "Bad Request: message to delete not found")
	wantError(t, edit("<b>Page 3</b>"), 400, "Bad Request: message to edit not found")
	if got := s.Sent(alice.ID); len(got) != 1 || !got[0].Deleted {
		t.Errorf("Sent = %+v, want one deleted message", got)
	}
	if _, ok := s.LastSent(alice.ID); ok {
		t.Error("LastSent found a deleted message")
	}
	if st := s.Stats(); st.Sent != 1 || st.Edited != 3 || st.Deleted != 1 {
		t.Errorf("stats = %+v", st)
	}
}

func TestWaitSent(t *testing.T) {
	s := Start(t, Options{Limits: &Limits{}})
	s.AddPrivateChat(alice)
	go func() {
		time.Sleep(50 * time.Millisecond)
		send(t, s, "1001", "reply")
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	got, err := s.WaitSent(ctx, alice.ID, 1)
	if err != nil || len(got) != 1 || got[0].Text != "reply" {
		t.Fatalf("WaitSent = %+v, %v", got, err)
	}
	short, cancel2 := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel2()
	if _, err := s.WaitSent(short, alice.ID, 2); err == nil {
		t.Error("WaitSent for a message never sent: want error")
	}
}
