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

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/telegram/telegramtest"
)

// busyLoopCalls is more calls of one method than any test here makes: a
// busy loop. In a synctest bubble a loop that never waits would stop the
// clock for good, so countCalls holds such calls until their client gives
// up, and the test fails on the count instead of hanging.
const busyLoopCalls = 100

// countCalls stands in front of the server and counts calls per method.
func countCalls(counts *sync.Map) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			method := r.URL.Path[strings.LastIndexByte(r.URL.Path, '/')+1:]
			n, _ := counts.LoadOrStore(method, new(atomic.Int32))
			if n.(*atomic.Int32).Add(1) > busyLoopCalls {
				<-r.Context().Done()
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

func calls(counts *sync.Map, method string) int {
	n, ok := counts.Load(method)
	if !ok {
		return 0
	}
	return int(n.(*atomic.Int32).Load())
}

func TestLongPollIsNotABusyLoop(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var counts sync.Map
		h := start(t, setup{wrap: countCalls(&counts), transport: func(o *Options) { o.PollTimeout = 10 * time.Second }})
		time.Sleep(1200 * time.Millisecond)
		if n := calls(&counts, "getUpdates"); n < 1 || n > 2 {
			t.Errorf("getUpdates called %d times in 1.2 s with no updates; want one waiting call", n)
		}
		// And it still answers promptly.
		user := telegramtest.User{ID: 3001, FirstName: "Ann"}
		h.srv.InjectText(user.ID, user, "/help")
		h.waitSent(user.ID, 1)
	})
}

func TestPollingAServerThatIgnoresTimeout(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		// Like telegram-test-api: getUpdates answers at once.
		var counts sync.Map
		impatient := func(next http.Handler) http.Handler {
			return countCalls(&counts)(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if strings.HasSuffix(r.URL.Path, "/getUpdates") {
					_ = r.ParseForm()
					r.Form.Set("timeout", "0")
					r2 := httptest.NewRequest(http.MethodPost, r.URL.Path, strings.NewReader(r.Form.Encode()))
					r2.Header.Set("Content-Type", "application/x-www-form-urlencoded")
					next.ServeHTTP(w, r2)
					return
				}
				next.ServeHTTP(w, r)
			}))
		}
		h := start(t, setup{wrap: impatient, transport: func(o *Options) { o.MinPollInterval = 250 * time.Millisecond }})
		time.Sleep(time.Second)
		if n := calls(&counts, "getUpdates"); n > 6 {
			t.Errorf("getUpdates called %d times in 1 s against a server that does not wait; want at most ~4", n)
		}
		user := telegramtest.User{ID: 3002, FirstName: "Bo"}
		h.srv.InjectText(user.ID, user, "/help")
		h.srv.InjectText(user.ID, user, "/time")
		h.waitSent(user.ID, 2)
	})
}

func TestPollBacksOffOnErrors(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var counts sync.Map
		var failing atomic.Bool
		failing.Store(true)
		flaky := func(next http.Handler) http.Handler {
			return countCalls(&counts)(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if failing.Load() && strings.HasSuffix(r.URL.Path, "/getUpdates") {
					http.Error(w, `{"ok":false,"error_code":502,"description":"Bad Gateway"}`, http.StatusBadGateway)
					return
				}
				next.ServeHTTP(w, r)
			}))
		}
		h := start(t, setup{wrap: flaky, transport: func(o *Options) {
			o.RetryMin, o.RetryMax = 100*time.Millisecond, 400*time.Millisecond
		}})
		time.Sleep(time.Second)
		if n := calls(&counts, "getUpdates"); n < 2 || n > 8 {
			t.Errorf("getUpdates called %d times in 1 s of failures; want a few, backing off", n)
		}
		for _, l := range h.logs.lines() {
			if strings.Contains(l, h.srv.Token()) {
				t.Errorf("token in log: %s", l)
			}
		}
		failing.Store(false)
		user := telegramtest.User{ID: 3003, FirstName: "Cy"}
		h.srv.InjectText(user.ID, user, "/help")
		h.waitSent(user.ID, 1)
	})
}

func TestRunStopsPromptlyAndConfirms(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := start(t, setup{noRun: true, transport: func(o *Options) { o.PollTimeout = 50 * time.Second }})
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- h.tr.Run(ctx, h.handle) }()
		user := telegramtest.User{ID: 3004, FirstName: "Di"}
		h.srv.InjectText(user.ID, user, "/help")
		h.waitSent(user.ID, 1)
		time.Sleep(100 * time.Millisecond) // into the next long poll
		stopAt := time.Now()
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run = %v, want nil", err)
			}
			if d := time.Since(stopAt); d > 2*time.Second {
				t.Errorf("Run took %v to stop", d)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("Run did not stop")
		}
		if p := h.srv.PendingUpdates(); len(p) != 0 {
			t.Errorf("%d handled updates left unconfirmed; a restart would answer them again", len(p))
		}
	})
}

func TestUpdatesInOrderPerChatConcurrentAcrossChats(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := start(t, setup{noRun: true})
		var mu sync.Mutex
		seen := map[int64][]string{}
		var inFlight, peak atomic.Int32
		handler := func(ctx context.Context, u bot.Update) error {
			n := inFlight.Add(1)
			defer inFlight.Add(-1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(20 * time.Millisecond)
			if u.Text == "/panic" {
				panic("handler bug")
			}
			mu.Lock()
			seen[u.ChatID] = append(seen[u.ChatID], u.Text)
			mu.Unlock()
			return nil
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- h.tr.Run(ctx, handler) }()
		const chats, each = 5, 6
		for i := range each {
			for c := range chats {
				u := telegramtest.User{ID: int64(4000 + c), FirstName: "U"}
				text := fmt.Sprintf("/m%d", i)
				if i == 2 && c == 0 {
					h.srv.InjectText(u.ID, u, "/panic")
				}
				h.srv.InjectText(u.ID, u, text)
			}
		}
		h.waitFor("all updates", func() bool {
			mu.Lock()
			defer mu.Unlock()
			total := 0
			for _, v := range seen {
				total += len(v)
			}
			return total == chats*each
		})
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run = %v, want nil after cancel", err)
		}
		for c := range chats {
			got := seen[int64(4000+c)]
			for i, text := range got {
				if want := fmt.Sprintf("/m%d", i); text != want {
					t.Errorf("chat %d: update %d = %s, want %s (order: %v)", c, i, text, want, got)
					break
				}
			}
		}
		if p := peak.Load(); p < 2 {
			t.Errorf("at most %d update handled at once; want chats handled concurrently", p)
		}
		found := false
		for _, l := range h.logs.errorsLogged() {
			found = found || strings.Contains(l, "panic")
		}
		if !found {
			t.Errorf("the handler's panic was not logged")
		}
	})
}

func TestWebhookChecksSecret(t *testing.T) {
	h := start(t, setup{noRun: true})
	var got atomic.Int32
	r := &receiver{t: h.tr, d: newDispatcher(2, 8, h.tr.log), base: context.Background(),
		h: func(context.Context, bot.Update) error { got.Add(1); return nil }}
	srv := httptest.NewServer(newWebhookHandler("s3cret-Token_1", r))
	defer srv.Close()

	update := func(id int) []byte {
		b, _ := json.Marshal(map[string]any{"update_id": id, "message": map[string]any{
			"message_id": 1, "date": 1, "text": "/help",
			"chat": map[string]any{"id": 5001, "type": "private"},
			"from": map[string]any{"id": 5001, "first_name": "W"}}})
		return b
	}
	post := func(secret string, body []byte) int {
		req, _ := http.NewRequest(http.MethodPost, srv.URL, bytes.NewReader(body))
		if secret != "" {
			req.Header.Set(secretHeader, secret)
		}
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	for _, tc := range []struct {
		name   string
		secret string
		body   []byte
		want   int
	}{
		{"no secret", "", update(1), http.StatusUnauthorized},
		{"wrong secret", "s3cret-Token_2", update(2), http.StatusUnauthorized},
		{"prefix of the secret", "s3cret", update(3), http.StatusUnauthorized},
		{"right secret", "s3cret-Token_1", update(4), http.StatusOK},
		{"same update again", "s3cret-Token_1", update(4), http.StatusOK},
		{"not JSON", "s3cret-Token_1", []byte("<xml/>"), http.StatusBadRequest},
		{"too large", "s3cret-Token_1", append([]byte(`{"update_id":5,"x":"`), bytes.Repeat([]byte("a"), maxWebhookBody)...), http.StatusRequestEntityTooLarge},
	} {
		if code := post(tc.secret, tc.body); code != tc.want {
			t.Errorf("%s: status %d, want %d", tc.name, code, tc.want)
		}
	}
	r.d.wait()
	if n := got.Load(); n != 1 {
		t.Errorf("handled %d updates; want exactly the one with the right secret, once", n)
	}
	resp, err := srv.Client().Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET: status %d, want 405", resp.StatusCode)
	}
}

func TestWebhookModeSetsWebhookWithSecret(t *testing.T) {
	h := start(t, setup{noRun: true, transport: func(o *Options) {
		o.Mode = "webhook"
		o.WebhookURL = "https://bot.example.org/tg/hook"
		o.WebhookListen = "127.0.0.1:0"
		o.WebhookSecret = "the-secret"
	}})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- h.tr.Run(ctx, h.handle) }()
	h.waitFor("webhook set", func() bool {
		return h.srv.Webhook().URL != ""
	})
	info := h.srv.Webhook()
	secret := info.SecretToken
	if info.URL != "https://bot.example.org/tg/hook" || secret != "the-secret" {
		t.Errorf("webhook = %q with secret %q", info.URL, secret)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("webhook mode did not stop")
	}
}

func TestTokenNeverInErrors(t *testing.T) {
	dead := httptest.NewServer(http.NotFoundHandler())
	url := dead.URL
	dead.Close()
	const token = "424242:SECRET-token-value"
	_, err := New(context.Background(), Options{Token: token, APIURL: url})
	if err == nil {
		t.Fatal("New against a closed server succeeded")
	}
	if strings.Contains(err.Error(), token) || strings.Contains(err.Error(), "SECRET") {
		t.Errorf("error shows the token: %v", err)
	}

	srv := telegramtest.Start(t, telegramtest.Options{})
	_, err = New(context.Background(), Options{Token: "1:wrong", APIURL: srv.URL()})
	if err == nil || strings.Contains(err.Error(), "1:wrong") {
		t.Errorf("wrong token: err = %v; want a refusal without the token", err)
	}
}

// An update refused with 503 (the dispatcher was full and Telegram gave up
// waiting, or we were stopping) is posted again by Telegram; the retry must
// be handled, not dropped as a duplicate.
func TestWebhookRetryOfRefusedUpdateIsHandled(t *testing.T) {
	h := start(t, setup{noRun: true})
	release := make(chan struct{})
	var got sync.Map
	r := &receiver{t: h.tr, d: newDispatcher(1, 1, h.tr.log), base: context.Background(),
		h: func(_ context.Context, u bot.Update) error {
			got.Store(u.ChatID, true)
			<-release
			return nil
		}}
	srv := httptest.NewServer(newWebhookHandler("s3cret", r))
	defer srv.Close()

	post := func(id int, chat int64, timeout time.Duration) (int, error) {
		b, _ := json.Marshal(map[string]any{"update_id": id, "message": map[string]any{
			"message_id": id, "date": 1, "text": "/help",
			"chat": map[string]any{"id": chat, "type": "private"},
			"from": map[string]any{"id": chat, "first_name": "W"}}})
		req, _ := http.NewRequest(http.MethodPost, srv.URL, bytes.NewReader(b))
		req.Header.Set(secretHeader, "s3cret")
		c := &http.Client{Timeout: timeout}
		resp, err := c.Do(req)
		if err != nil {
			return 0, err
		}
		resp.Body.Close()
		return resp.StatusCode, nil
	}
	if code, err := post(1, 6001, 5*time.Second); err != nil || code != http.StatusOK {
		t.Fatalf("first update: %d %v", code, err)
	}
	// The dispatcher is full: this post waits until the client gives up.
	if _, err := post(2, 6002, 200*time.Millisecond); err == nil {
		t.Fatal("second update was accepted by a full dispatcher")
	}
	time.Sleep(100 * time.Millisecond) // let the server see the client go
	close(release)
	r.d.wait()
	// Telegram posts the refused update again.
	if code, err := post(2, 6002, 5*time.Second); err != nil || code != http.StatusOK {
		t.Fatalf("second update again: %d %v", code, err)
	}
	r.d.wait()
	if _, ok := got.Load(int64(6002)); !ok {
		t.Errorf("the update refused once and posted again was never handled")
	}
}
