package telegram

import (
	"context"
	"net/http"
	"slices"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/telegram/telegramtest"
)

func TestStartToSavedPreferencesByButtons(t *testing.T) {
	h := start(t, setup{server: telegramtest.Options{Limits: ptr(telegramtest.TelegramLimits())}})
	user := telegramtest.User{ID: 1001, FirstName: "Aida", LanguageCode: "en"}
	chat := user.ID

	h.srv.InjectText(chat, user, "/start")
	menu := h.waitSent(chat, 1)[0]
	if !menu.LinkPreviewDisabled && strings.Contains(menu.Source, "<a ") {
		t.Errorf("welcome has links but previews on")
	}
	if menu.ParseMode != "HTML" {
		t.Errorf("parse mode = %q, want HTML", menu.ParseMode)
	}

	// Two countries toggled on, one toggled off again: only KZ stays.
	for _, data := range []string{"c:KZ:o", "c:UZ:o", "c:UZ:o"} {
		if a := h.press(chat, menu.MessageID, user, data); a.Text != "" {
			t.Errorf("press %s answered %q, want a silent answer", data, a.Text)
		}
	}
	menu, _ = h.srv.SentMessage(chat, menu.MessageID)
	if d, ok := menu.ButtonData("✅ 🇰🇿 Kazakhstan"); !ok || d != "c:KZ:o" {
		t.Errorf("Kazakhstan is not ticked; buttons: %+v", menu.Buttons())
	}
	h.press(chat, menu.MessageID, user, "c:done:o")

	menu, _ = h.srv.SentMessage(chat, menu.MessageID)
	topic := buttonWith(t, menu, "t:", "t:all:o", "t:done:o")
	h.press(chat, menu.MessageID, user, topic)
	h.press(chat, menu.MessageID, user, "t:done:o")

	menu, _ = h.srv.SentMessage(chat, menu.MessageID)
	h.press(chat, menu.MessageID, user, "h:0900:o")
	// The last step asks about breaking alerts, on by default.
	menu, _ = h.srv.SentMessage(chat, menu.MessageID)
	if !strings.Contains(menu.Text, "Breaking news") || len(menu.Buttons()) != 2 {
		t.Errorf("alerts step = %q with %d buttons, want the question and two answers", menu.Text, len(menu.Buttons()))
	}
	h.press(chat, menu.MessageID, user, "a:on:o")

	s, err := h.db.Subscriber(context.Background(), chat)
	if err != nil {
		t.Fatalf("subscriber: %v", err)
	}
	wantTopic := news.Topic(strings.TrimSuffix(strings.TrimPrefix(topic, "t:"), ":o"))
	if !slices.Equal(s.Countries, []string{"KZ"}) || !slices.Equal(s.Topics, []news.Topic{wantTopic}) ||
		s.DigestTime != "09:00" || s.Status != news.StatusActive || s.Lang != "en" || !s.BreakingAlerts {
		t.Errorf("saved %+v / %+v; want KZ, %s, 09:00, active, en, alerts on", s, s.Preferences, wantTopic)
	}
	if n := h.srv.SentCount(chat); n != 1 {
		t.Errorf("sent %d messages; the walk-through should edit one message in place", n)
	}
	final, _ := h.srv.SentMessage(chat, menu.MessageID)
	if len(final.Buttons()) != 0 || !strings.Contains(final.Text, "09:00") {
		t.Errorf("last step = %q with %d buttons; want the summary with 09:00 and no buttons", final.Text, len(final.Buttons()))
	}
	if st := h.srv.Stats(); st.Violations.Total() != 0 {
		t.Errorf("rate limit violations: %+v", st.Violations)
	}
	if errs := h.handlerErrors(); len(errs) > 0 {
		t.Errorf("handler errors: %v", errs)
	}
}

func TestRussianClientGetsRussianMenu(t *testing.T) {
	h := start(t, setup{})
	user := telegramtest.User{ID: 1002, FirstName: "Иван", LanguageCode: "ru"}
	h.srv.InjectText(user.ID, user, "/start")
	m := h.waitSent(user.ID, 1)[0]
	if _, ok := m.ButtonData("🇰🇿 Казахстан"); !ok {
		t.Errorf("no Russian country button; buttons: %+v", m.Buttons())
	}
}

func TestSetCommandsEnglishAndRussian(t *testing.T) {
	h := start(t, setup{})
	h.waitFor("command menus", func() bool {
		return len(h.srv.Commands(telegramtest.BotCommandScope{Type: "default"}, "ru")) > 0
	})
	en := h.srv.Commands(telegramtest.BotCommandScope{Type: "default"}, "")
	ru := h.srv.Commands(telegramtest.BotCommandScope{Type: "default"}, "ru")
	if len(en) == 0 || len(en) != len(ru) {
		t.Fatalf("commands: %d default, %d ru", len(en), len(ru))
	}
	if en[0].Command != "start" || en[0].Description == ru[0].Description {
		t.Errorf("first command en=%+v ru=%+v; want start, described in two languages", en[0], ru[0])
	}
}

func TestSetCommandsFailureIsAWarning(t *testing.T) {
	h := start(t, setup{wrap: func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if strings.HasSuffix(r.URL.Path, "/setMyCommands") {
				// As telegram-test-api answers methods it lacks.
				http.Error(w, `{"message":"API method 'setMyCommands' is not supported."}`, http.StatusInternalServerError)
				return
			}
			next.ServeHTTP(w, r)
		})
	}})
	user := telegramtest.User{ID: 1003, FirstName: "Ola", LanguageCode: "en"}
	h.srv.InjectText(user.ID, user, "/help")
	if m := h.waitSent(user.ID, 1)[0]; !strings.Contains(m.Text, "/latest") {
		t.Errorf("help = %q", m.Text)
	}
	found := false
	for _, l := range h.logs.lines() {
		found = found || (strings.HasPrefix(l, "WARN") && strings.Contains(l, "set bot commands"))
	}
	if !found {
		t.Errorf("no warning about setMyCommands; logs: %q", h.logs.lines())
	}
}

func TestStaleAndForgedCallbacksAreAnswered(t *testing.T) {
	h := start(t, setup{})
	user := telegramtest.User{ID: 1004, FirstName: "Dana", LanguageCode: "en"}
	h.srv.InjectText(user.ID, user, "/start")
	m := h.waitSent(user.ID, 1)[0]

	for _, tc := range []struct {
		name, data string
		messageID  int
	}{
		{"unknown country", "c:QQ:o", m.MessageID},
		{"garbage", "zz:%%%:\x00", m.MessageID},
		{"other chat's channel", "s:c|-100999", m.MessageID},
		{"bad cursor", "more:l:-:notacursor", m.MessageID},
		{"message gone", "c:KZ", 99999},
		{"too long", strings.Repeat("x", 64), m.MessageID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := h.srv.InjectCallback(user.ID, tc.messageID, user, tc.data)
			a := h.waitAnswer(q)
			if tc.name != "message gone" && a.Text == "" {
				t.Errorf("answer to %q is silent; want a notice", tc.data)
			}
		})
	}
	if n := h.srv.SentCount(user.ID); n > 2 {
		t.Errorf("sent %d messages for stale presses; want at most the menu and one re-sent menu", n)
	}
}

func TestCallbackWithoutMessageIsAnswered(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := start(t, setup{})
		user := telegramtest.User{ID: 1005, FirstName: "Ali"}
		h.srv.AddPrivateChat(user)
		id := h.srv.InjectUpdate(telegramtest.Update{CallbackQuery: &telegramtest.CallbackQuery{
			ID: "cb-orphan", From: user, ChatInstance: "1", Data: "c:KZ",
		}})
		if id == 0 {
			t.Fatal("update dropped")
		}
		// The fake server only accepts answers to queries it issued; what
		// matters is that the bot neither crashes nor writes to anyone.
		time.Sleep(200 * time.Millisecond)
		if n := h.srv.SentCount(user.ID); n != 0 {
			t.Errorf("sent %d messages for a press without a message", n)
		}
		h.srv.InjectText(user.ID, user, "/help")
		h.waitSent(user.ID, 1)
	})
}

func TestNonTextMessagesAndEditsAreIgnored(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := start(t, setup{})
		user := telegramtest.User{ID: 1006, FirstName: "Mira", LanguageCode: "en"}
		m := h.srv.InjectText(user.ID, user, "/help")
		h.waitSent(user.ID, 1)
		h.srv.InjectSticker(user.ID, user, "👍")
		h.srv.InjectPhoto(user.ID, user, "a caption")
		h.srv.InjectMessage(telegramtest.Message{Chat: telegramtest.Chat{ID: user.ID}, From: &user,
			Voice: &telegramtest.Voice{FileID: "v", FileUniqueID: "v", Duration: 3}})
		h.srv.InjectEditedMessage(user.ID, user, m.MessageID, "/help")
		h.srv.InjectMessage(telegramtest.Message{Chat: telegramtest.Chat{ID: user.ID}}) // no sender, no text
		h.srv.InjectText(user.ID, user, "/time")
		msgs := h.waitSent(user.ID, 2)
		time.Sleep(100 * time.Millisecond)
		if n := h.srv.SentCount(user.ID); n != 2 {
			t.Errorf("sent %d messages: %s; want the help and the /time answer only", n, texts(msgs))
		}
	})
}

func TestChannelPostsAreIgnored(t *testing.T) {
	h := start(t, setup{})
	h.srv.AddChat(telegramtest.ChatSpec{Chat: telegramtest.Chat{ID: -100500, Type: telegramtest.ChatChannel, Title: "News", Username: "newsch"}})
	h.srv.InjectChannelPost(-100500, "/latest")
	user := telegramtest.User{ID: 1007, FirstName: "Kim"}
	h.srv.InjectText(user.ID, user, "/help")
	h.waitSent(user.ID, 1)
	if n := h.srv.SentCount(-100500); n != 0 {
		t.Errorf("answered a channel post with %d messages", n)
	}
}

func TestLongArgument(t *testing.T) {
	h := start(t, setup{})
	user := telegramtest.User{ID: 1008, FirstName: "Lev", LanguageCode: "en"}
	h.srv.InjectText(user.ID, user, "/start")
	h.waitSent(user.ID, 1)
	for i, cmd := range []string{"/countries ", "/latest ", "/topic ", "/time ", "/timezone ", "/channel "} {
		h.srv.InjectText(user.ID, user, cmd+strings.Repeat("ы", 4000))
		msgs := h.waitSent(user.ID, i+2)
		if last := msgs[len(msgs)-1]; len([]rune(last.Text)) > 1000 {
			t.Errorf("%s answered with %d characters; want a short notice", cmd, len([]rune(last.Text)))
		}
	}
	if errs := h.handlerErrors(); len(errs) > 0 {
		t.Errorf("handler errors: %v", errs)
	}
}

func TestSendSplitsOverLongText(t *testing.T) {
	h := start(t, setup{noRun: true})
	user := telegramtest.User{ID: 1009, FirstName: "Zed"}
	h.srv.AddPrivateChat(user)
	var b strings.Builder
	for i := 0; b.Len() < 20000; i++ {
		b.WriteString("<b>Story</b> номер с текстом и &amp; знаками\n\n")
	}
	id, err := h.tr.Send(context.Background(), user.ID, replyWithButton(b.String()))
	if err != nil {
		t.Fatalf("Send: %v", err)
	}
	msgs := h.srv.Sent(user.ID)
	if len(msgs) < 2 {
		t.Fatalf("sent %d messages; want the text split", len(msgs))
	}
	last := msgs[len(msgs)-1]
	if last.MessageID != id || len(last.Buttons()) != 1 || len(msgs[0].Buttons()) != 0 {
		t.Errorf("keyboard not under the last piece (id %d, last %d)", id, last.MessageID)
	}
}

func ptr[T any](v T) *T { return &v }

func replyWithButton(text string) bot.Reply {
	return bot.Reply{Text: text, DisablePreview: true, Keyboard: [][]bot.Button{{{Text: "More", Data: "more:l:-:1.1"}}}}
}
