package bot_test

import (
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/telegram/telegramtest"
)

// checkReplies fails when anything the bot showed would be refused by
// Telegram: markup its HTML parser rejects, text over 4096 characters,
// callback data over 64 bytes, more than 100 buttons.
func checkReplies(t *testing.T, f *fakeTransport) {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, s := range f.sent {
		if s.reply.Text != "" {
			plain, _, err := telegramtest.ParseHTML(s.reply.Text)
			if err != nil {
				t.Errorf("Telegram would reject %q: %v", firstN(s.reply.Text, 200), err)
			}
			if n := len(utf16.Encode([]rune(plain))); n > 4096 {
				t.Errorf("message of %d characters is over Telegram's 4096: %q", n, firstN(s.reply.Text, 200))
			}
		}
		buttons := 0
		for _, row := range s.reply.Keyboard {
			for _, b := range row {
				buttons++
				if len(b.Data) > 64 {
					t.Errorf("callback data %q is over 64 bytes", b.Data)
				}
			}
		}
		if buttons > 100 {
			t.Errorf("keyboard of %d buttons is over Telegram's 100", buttons)
		}
	}
}

func TestRepliesAreValidTelegramMessages(t *testing.T) {
	var every []string
	for _, c := range news.Countries() {
		every = append(every, c.Code)
	}
	for _, lang := range []string{"en", "ru"} {
		t.Run(lang, func(t *testing.T) {
			h := newHarness(t)
			u := bot.Update{ChatID: me, ChatType: news.ChatPrivate, UserID: me, LangCode: lang}
			for _, in := range []string{"/start", "/help", "/countries " + strings.Join(every, " "), "/countries", "/settings",
				"/topics <b>&amp;", "/time <i>", "/timezone <x>&", "/latest <&>", "/topic <&>", "/frob<&>", "/channel <a>",
				"/lang", "/pause", "/resume", "/stop"} {
				h.sayIn(u, in)
			}
			checkReplies(t, h.tr)
		})
	}
}
