package bot_test

import (
	"context"
	"strconv"
	"testing"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/news"
)

// FuzzHandle sends arbitrary messages and button data: the bot must answer
// every button, never panic, and never fail on what a user typed.
func FuzzHandle(f *testing.F) {
	for _, s := range []string{"/start", "/countries kz tj", "/topics energy", "/time 25:99", "/latest@newsbot kz",
		"/timezone Asia/Almaty", "/channel @x", "/broadcast hi", "/topic энергетика", "/lang ru", "/stop",
		"/filter +gas -футбол", "/filter clear", "/mute NPR", "/unmute 1", "/languages en de", "/time 8am 20 ч"} {
		f.Add(s, "")
	}
	for _, d := range []string{"c:KZ:o", "t:done", "h:0800", "s:g", "more:l:cKZ:lx.1", "ed:1:send", "c:KZ|-1",
		"n:de", "n:def", "f:clear", "u:1", "a:on:o", "s:m"} {
		f.Add("", d)
	}
	h := newHarness(f)
	h.say("/start")
	f.Fuzz(func(t *testing.T, text, data string) {
		pressSeq++
		u := bot.Update{ChatID: me, ChatType: news.ChatPrivate, UserID: me, LangCode: "en", Text: text}
		if text == "" {
			u.CallbackID, u.CallbackData, u.MessageID = "fuzz"+strconv.Itoa(pressSeq), data, 1
		}
		if err := h.bot.Handle(context.Background(), u); err != nil {
			t.Fatalf("Handle(%q, %q): %v", text, data, err)
		}
	})
}
