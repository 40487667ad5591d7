package telegram

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"github.com/newsbot/newsbot/internal/telegram/telegramtest"
)

// echoUpdates stands in front of getUpdates: each batch comes back with
// every update twice, and the previous batch is served again once, as a
// server that lost the confirmation would.
func echoUpdates(next http.Handler) http.Handler {
	var mu sync.Mutex
	var prev []json.RawMessage
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasSuffix(r.URL.Path, "/getUpdates") {
			next.ServeHTTP(w, r)
			return
		}
		rec := httptest.NewRecorder()
		next.ServeHTTP(rec, r)
		var resp struct {
			OK     bool              `json:"ok"`
			Result []json.RawMessage `json:"result"`
		}
		if rec.Code != http.StatusOK || json.Unmarshal(rec.Body.Bytes(), &resp) != nil {
			w.WriteHeader(rec.Code)
			_, _ = w.Write(rec.Body.Bytes())
			return
		}
		mu.Lock()
		out := append([]json.RawMessage(nil), prev...)
		for _, u := range resp.Result {
			out = append(out, u, u)
		}
		prev = resp.Result
		mu.Unlock()
		resp.Result = out
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(resp)
	})
}

func TestSameUpdateTwiceIsAnsweredOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := start(t, setup{wrap: echoUpdates})
		user := telegramtest.User{ID: 4400, FirstName: "Twice", LanguageCode: "en"}
		h.srv.InjectText(user.ID, user, "/start")
		menu := h.waitSent(user.ID, 1)[0]
		h.press(user.ID, menu.MessageID, user, "c:KZ:o")
		h.srv.InjectText(user.ID, user, "/help")
		h.waitSent(user.ID, 2)
		time.Sleep(300 * time.Millisecond)
		if n := h.srv.SentCount(user.ID); n != 2 {
			t.Errorf("sent %d messages for /start, a press and /help delivered twice: %s", n, texts(h.srv.Sent(user.ID)))
		}
		if n := h.handledCount(); n != 3 {
			t.Errorf("handled %d updates, want 3", n)
		}
	})
}

func TestFiftyUpdatesInOneBatch(t *testing.T) {
	var audit apiAudit
	h := start(t, setup{noRun: true, wrap: audit.wrap})
	users := make([]telegramtest.User, 10)
	for i := range users {
		users[i] = telegramtest.User{ID: 4500 + int64(i), FirstName: fmt.Sprint("U", i), LanguageCode: []string{"en", "ru"}[i%2]}
	}
	for round := 0; round < 5; round++ {
		for _, u := range users {
			h.srv.InjectText(u.ID, u, []string{"/start", "/countries kz", "/topics energy", "/time 07:30", "/settings"}[round])
		}
	}
	if n := len(h.srv.PendingUpdates()); n != 50 {
		t.Fatalf("%d pending updates, want 50", n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- h.tr.Run(ctx, h.handle) }()
	for _, u := range users {
		h.waitSent(u.ID, 5)
	}
	h.waitHandled(50)
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	for _, u := range users {
		s, err := h.db.Subscriber(context.Background(), u.ID)
		if err != nil || s.DigestTime != "07:30" || len(s.Countries) != 1 || len(s.Topics) != 1 {
			t.Errorf("user %d: %+v %v", u.ID, s.Preferences, err)
		}
		if n := h.srv.SentCount(u.ID); n != 5 {
			t.Errorf("user %d got %d messages, want 5", u.ID, n)
		}
	}
	if p := h.srv.PendingUpdates(); len(p) != 0 {
		t.Errorf("%d updates left unconfirmed", len(p))
	}
	audit.check(t, h)
}

// getUpdates fails in every way Telegram's network can: 500, 409 Conflict
// (another instance), 429 and dropped connections. The bot backs off and
// answers every message once when the server recovers.
func TestGetUpdatesErrorsBackOffWithoutLosingUpdates(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var calls, failures atomic.Int32
		var failing atomic.Bool
		failing.Store(true)
		flaky := func(next http.Handler) http.Handler {
			return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if !strings.HasSuffix(r.URL.Path, "/getUpdates") {
					next.ServeHTTP(w, r)
					return
				}
				n := calls.Add(1)
				if !failing.Load() {
					next.ServeHTTP(w, r)
					return
				}
				failures.Add(1)
				switch n % 4 {
				case 0:
					w.WriteHeader(http.StatusInternalServerError)
					_, _ = w.Write([]byte(`{"ok":false,"error_code":500,"description":"Internal Server Error"}`))
				case 1:
					w.WriteHeader(http.StatusConflict)
					_, _ = w.Write([]byte(`{"ok":false,"error_code":409,"description":"Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"}`))
				case 2:
					hj, ok := w.(http.Hijacker)
					if !ok {
						panic("no hijacker")
					}
					c, _, _ := hj.Hijack()
					_ = c.Close()
				case 3:
					w.WriteHeader(http.StatusBadGateway)
					_, _ = w.Write(bytes.Repeat([]byte("<html>"), 10))
				}
			})
		}
		h := start(t, setup{wrap: flaky, transport: func(o *Options) {
			o.RetryMin, o.RetryMax = 100*time.Millisecond, 400*time.Millisecond
		}})
		user := telegramtest.User{ID: 4600, FirstName: "Net", LanguageCode: "ru"}
		h.srv.InjectText(user.ID, user, "/start")
		h.srv.InjectText(user.ID, user, "/help")
		time.Sleep(1500 * time.Millisecond)
		if n := failures.Load(); n < 3 || n > 12 {
			t.Errorf("%d failed getUpdates calls in 1.5 s; want a few, backing off", n)
		}
		failing.Store(false)
		h.waitSent(user.ID, 2)
		time.Sleep(200 * time.Millisecond)
		if n := h.srv.SentCount(user.ID); n != 2 {
			t.Errorf("sent %d messages, want 2: %s", n, texts(h.srv.Sent(user.ID)))
		}
	})
}

// Shutdown while a reply waits out a rate limit: the reply still goes out
// and the update is confirmed, so a restart does not answer it again.
func TestShutdownWhileReplyInFlight(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var held atomic.Bool
		release := make(chan struct{})
		slow := func(next http.Handler) http.Handler {
			return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if strings.HasSuffix(r.URL.Path, "/sendMessage") && held.CompareAndSwap(false, true) {
					<-release
				}
				next.ServeHTTP(w, r)
			})
		}
		h := start(t, setup{noRun: true, wrap: slow})
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- h.tr.Run(ctx, h.handle) }()
		user := telegramtest.User{ID: 4700, FirstName: "Bye", LanguageCode: "en"}
		h.srv.InjectText(user.ID, user, "/help")
		h.waitFor("reply in flight", held.Load)
		cancel()
		time.Sleep(300 * time.Millisecond)
		close(release)
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run = %v", err)
			}
		case <-time.After(12 * time.Second):
			t.Fatal("Run did not stop")
		}
		if n := h.srv.SentCount(user.ID); n != 1 {
			t.Errorf("sent %d, want the reply in flight to finish", n)
		}
		if p := h.srv.PendingUpdates(); len(p) != 0 {
			t.Errorf("%d updates unconfirmed after shutdown", len(p))
		}
	})
}
