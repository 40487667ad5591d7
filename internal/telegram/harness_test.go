package telegram

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/store"
	"github.com/newsbot/newsbot/internal/telegram/telegramtest"
)

// logRecorder is a slog handler that keeps warnings and errors for tests to
// inspect.
type logRecorder struct {
	mu      *sync.Mutex
	records *[]string
	attrs   []slog.Attr
}

func newLogRecorder() *logRecorder {
	return &logRecorder{mu: &sync.Mutex{}, records: new([]string)}
}

func (l *logRecorder) Enabled(_ context.Context, lv slog.Level) bool { return lv >= slog.LevelWarn }

func (l *logRecorder) Handle(_ context.Context, r slog.Record) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s", r.Level, r.Message)
	for _, a := range l.attrs {
		fmt.Fprintf(&b, " %s=%v", a.Key, a.Value)
	}
	r.Attrs(func(a slog.Attr) bool {
		fmt.Fprintf(&b, " %s=%v", a.Key, a.Value)
		return true
	})
	l.mu.Lock()
	*l.records = append(*l.records, b.String())
	l.mu.Unlock()
	return nil
}

func (l *logRecorder) WithAttrs(as []slog.Attr) slog.Handler {
	cp := *l
	cp.attrs = append(append([]slog.Attr(nil), l.attrs...), as...)
	return &cp
}

func (l *logRecorder) WithGroup(string) slog.Handler { return l }

func (l *logRecorder) lines() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), *l.records...)
}

// errorsLogged returns the ERROR lines.
func (l *logRecorder) errorsLogged() []string {
	var out []string
	for _, s := range l.lines() {
		if strings.HasPrefix(s, "ERROR") {
			out = append(out, s)
		}
	}
	return out
}

// harness is a bot on a real SQLite store, talking to the fake Bot API
// server through the Transport under test.
type harness struct {
	t    *testing.T
	srv  *telegramtest.Server
	db   *store.DB
	tr   *Transport
	bot  *bot.Bot
	logs *logRecorder

	mu      sync.Mutex
	handled int
	errs    []error
}

type setup struct {
	server    telegramtest.Options
	transport func(*Options)
	// wrap, if set, stands in front of the fake server: to count calls or
	// to fail some.
	wrap  func(http.Handler) http.Handler
	noRun bool
	// dbFrom, if set, is a database file the test's store starts as a
	// copy of; otherwise the store starts empty.
	dbFrom string
}

// start runs a bot against a fresh fake server; everything stops when the
// test ends, and the test fails if Run does not return promptly.
func start(t *testing.T, s setup) *harness {
	t.Helper()
	if s.server.Limits == nil {
		s.server.Limits = &telegramtest.Limits{} // most tests are about behaviour, not pacing
	}
	// In memory, so that a test may run in a testing/synctest bubble.
	s.server.InMemory = true
	srv := telegramtest.Start(t, s.server)
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "newsbot.db")
	if s.dbFrom != "" {
		copyDB(t, s.dbFrom, path)
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatalf("open db: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	logs := newLogRecorder()
	apiURL, client := srv.URL(), srv.Client()
	if s.wrap != nil {
		front := telegramtest.NewPipeServer(s.wrap(srv))
		t.Cleanup(front.Close)
		apiURL, client = front.URL, front.Client()
	}
	opt := Options{
		Token:       srv.Token(),
		APIURL:      apiURL,
		HTTPClient:  client,
		Logger:      slog.New(logs),
		PollTimeout: 20 * time.Second,
		Chats:       db,
		RetryMin:    50 * time.Millisecond,
		RetryMax:    200 * time.Millisecond,
	}
	if s.transport != nil {
		s.transport(&opt)
	}
	tr, err := New(ctx, opt)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	h := &harness{t: t, srv: srv, db: db, tr: tr, logs: logs}
	h.bot = bot.New(db, tr, bot.Options{
		BotUsername: tr.Username(), DefaultTimezone: "Asia/Almaty",
		NewsEvery: time.Millisecond, NewsBurst: 1000, PageSize: 8,
		Logger: slog.New(logs),
	})
	if s.noRun {
		return h
	}
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- tr.Run(runCtx, h.handle) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run returned %v, want nil after cancel", err)
			}
		case <-time.After(15 * time.Second):
			t.Errorf("Run did not return within 15 s of cancel")
		}
	})
	return h
}

// copyDB copies the closed SQLite database at from, with its write-ahead
// log if one was left, to to.
func copyDB(t *testing.T, from, to string) {
	t.Helper()
	for _, suffix := range []string{"", "-wal"} {
		b, err := os.ReadFile(from + suffix)
		if errors.Is(err, fs.ErrNotExist) && suffix != "" {
			continue
		}
		if err == nil {
			err = os.WriteFile(to+suffix, b, 0o600)
		}
		if err != nil {
			t.Fatalf("copy database: %v", err)
		}
	}
}

// handle is the bot's Handle, counting updates and keeping errors.
func (h *harness) handle(ctx context.Context, u bot.Update) error {
	err := h.bot.Handle(ctx, u)
	h.mu.Lock()
	h.handled++
	if err != nil {
		h.errs = append(h.errs, err)
	}
	h.mu.Unlock()
	return err
}

func (h *harness) handlerErrors() []error {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]error(nil), h.errs...)
}

func (h *harness) handledCount() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.handled
}

// waitFor polls cond until it holds or the deadline passes.
func (h *harness) waitFor(what string, cond func() bool) {
	h.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			h.t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// waitSent waits until the chat has n messages from the bot.
func (h *harness) waitSent(chatID int64, n int) []telegramtest.SentMessage {
	h.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	msgs, err := h.srv.WaitSent(ctx, chatID, n)
	if err != nil {
		h.t.Fatalf("%v; sent: %s", err, texts(msgs))
	}
	return msgs
}

// waitAnswer waits until the callback query is answered and returns the answer.
func (h *harness) waitAnswer(q telegramtest.CallbackQuery) telegramtest.CallbackAnswer {
	h.t.Helper()
	var a telegramtest.CallbackAnswer
	h.waitFor("answer to callback "+q.Data, func() bool {
		var ok bool
		a, ok = h.srv.CallbackAnswered(q.ID)
		return ok
	})
	return a
}

// waitIdle waits until the bot has handled n updates in all.
func (h *harness) waitHandled(n int) {
	h.t.Helper()
	h.waitFor(fmt.Sprintf("%d updates handled", n), func() bool { return h.handledCount() >= n })
}

// press presses the button with data on the bot's message and waits for
// the answer to the press.
func (h *harness) press(chatID int64, messageID int, from telegramtest.User, data string) telegramtest.CallbackAnswer {
	h.t.Helper()
	q, err := h.srv.PressButton(chatID, messageID, from, data)
	if err != nil {
		h.t.Fatalf("press %q: %v", data, err)
	}
	return h.waitAnswer(q)
}

func texts(msgs []telegramtest.SentMessage) string {
	var parts []string
	for _, m := range msgs {
		parts = append(parts, fmt.Sprintf("#%d %q", m.MessageID, firstN(m.Text, 120)))
	}
	return strings.Join(parts, "; ")
}

func firstN(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// buttonWith returns the data of the first button whose data starts with
// prefix and is not one of the excluded values.
func buttonWith(t *testing.T, m telegramtest.SentMessage, prefix string, exclude ...string) string {
	t.Helper()
next:
	for _, b := range m.Buttons() {
		if !strings.HasPrefix(b.CallbackData, prefix) {
			continue
		}
		for _, x := range exclude {
			if b.CallbackData == x {
				continue next
			}
		}
		return b.CallbackData
	}
	t.Fatalf("message #%d has no button %q…; buttons: %+v", m.MessageID, prefix, m.Buttons())
	return ""
}
