package console

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/news"
)

// echo replies to every message with a two-button keyboard and records updates.
type echo struct {
	mu      sync.Mutex
	c       *Console
	updates []bot.Update
}

func (e *echo) handle(ctx context.Context, u bot.Update) error {
	e.mu.Lock()
	e.updates = append(e.updates, u)
	e.mu.Unlock()
	if u.IsCallback() {
		return e.c.AnswerCallback(ctx, u.CallbackID, "pressed "+u.CallbackData)
	}
	_, err := e.c.Send(ctx, u.ChatID, bot.Reply{
		Text:     "<b>You</b> said &lt;" + strings.ToUpper(u.Text[:min(len(u.Text), 10)]) + "&gt;",
		Keyboard: [][]bot.Button{{{Text: "🇰🇿 Kazakhstan", Data: "c:KZ"}, {Text: "Site", URL: "https://example.com"}}, {{Text: "Done", Data: "c:done"}}},
	})
	return err
}

func TestConsoleChatAndButtons(t *testing.T) {
	in := "hello\n\n   \n2\n#1\n7\n" + strings.Repeat("x", 200<<10) + "\nlast line without newline"
	var out bytes.Buffer
	c := New(strings.NewReader(in), &out, "ru-RU")
	e := &echo{c: c}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := c.Run(ctx, e.handle); err != nil {
		t.Fatalf("Run at end of input: %v", err)
	}
	got := out.String()
	for _, want := range []string{"You said <HELLO>", "[1] 🇰🇿 Kazakhstan", "Site <https://example.com>", "[2] Done", "(pressed c:done)", "(pressed c:KZ)"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "<b>") || strings.Contains(got, "&lt;") {
		t.Errorf("HTML leaked into the terminal:\n%s", got)
	}
	var texts, presses int
	for _, u := range e.updates {
		if u.ChatID != ChatID || u.LangCode != "ru-RU" {
			t.Errorf("update %+v: wrong chat or language", u)
		}
		if u.IsCallback() {
			presses++
			if u.MessageID == 0 {
				t.Error("a button press without the message it belongs to")
			}
		} else {
			texts++
			if len(u.Text) > maxLine {
				t.Errorf("a %d-byte line reached the bot", len(u.Text))
			}
		}
	}
	// hello, "7" (no seventh button: a message), the long line, the last line.
	if presses != 2 || texts != 4 {
		t.Errorf("%d presses and %d messages, want 2 and 4", presses, texts)
	}
}

func TestConsoleStopsWithContext(t *testing.T) {
	r, w := io.Pipe()
	defer w.Close()
	c := New(r, &bytes.Buffer{}, "en")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- c.Run(ctx, func(context.Context, bot.Update) error { return nil }) }()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run after cancel: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not stop when its context ended")
	}
}

func TestHintFollowsTheChatsLanguage(t *testing.T) {
	kb := [][]bot.Button{{{Text: "1", Data: "x"}}}
	const en, ru = "(type a number to press a button)", "(введите номер, чтобы нажать кнопку)"
	var out bytes.Buffer
	c := New(strings.NewReader(""), &out, "en-US")
	ctx := context.Background()
	steps := []struct {
		r    bot.Reply
		want string
	}{
		{bot.Reply{Text: "menu", Keyboard: kb}, en},                   // the locale's language at first
		{bot.Reply{Text: "меню", Keyboard: kb, Lang: "ru"}, ru},       // after /lang ru
		{bot.Reply{Text: "ещё меню", Keyboard: kb}, ru},               // an edit that does not say keeps it
		{bot.Reply{Text: "menu again", Keyboard: kb, Lang: "en"}, en}, // and back
	}
	for i, st := range steps {
		out.Reset()
		if _, err := c.Send(ctx, ChatID, st.r); err != nil {
			t.Fatal(err)
		}
		if got := out.String(); !strings.Contains(got, st.want) {
			t.Errorf("step %d: hint is not %q:\n%s", i, st.want, got)
		}
	}
	out.Reset()
	ruTerm := New(strings.NewReader(""), &out, "ru-RU")
	if _, err := ruTerm.Send(ctx, ChatID, bot.Reply{Text: "меню", Keyboard: kb}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), ru) {
		t.Errorf("a Russian terminal's first hint:\n%s", out.String())
	}
}

// TestNoChannelsInTheTerminal: the terminal knows no channel, so none can be
// looked up (and none connected, however the bot's rights would be).
func TestNoChannelsInTheTerminal(t *testing.T) {
	c := New(strings.NewReader(""), io.Discard, "en")
	if info, err := c.LookupChat(context.Background(), "@anything"); !errors.Is(err, news.ErrNotFound) || info != (bot.ChatInfo{}) {
		t.Errorf("LookupChat = %+v, %v; want news.ErrNotFound", info, err)
	}
}
