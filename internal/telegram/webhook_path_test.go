package telegram

import (
	"context"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// The webhook URL and the path served never need the token: the path is a
// setting, appended to a URL without one.
func TestWebhookAddress(t *testing.T) {
	for _, tc := range []struct {
		name, url, path         string
		wantPublic, wantLocalAt string
	}{
		{"bare host gets the path", "https://bot.example.org", "/telegram", "https://bot.example.org/telegram", "/telegram"},
		{"root slash gets the path", "https://bot.example.org/", "/hooks/tg", "https://bot.example.org/hooks/tg", "/hooks/tg"},
		{"url with a path kept for a proxy", "https://bot.example.org/public/hook", "/telegram", "https://bot.example.org/public/hook", "/telegram"},
		{"no path setting serves the url's path", "https://bot.example.org/tg/hook", "", "https://bot.example.org/tg/hook", "/tg/hook"},
		{"nothing set", "https://bot.example.org:8443", "", "https://bot.example.org:8443/telegram", "/telegram"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			u, err := url.Parse(tc.url)
			if err != nil {
				t.Fatal(err)
			}
			public, local := webhookAddress(u, tc.path)
			if public != tc.wantPublic || local != tc.wantLocalAt {
				t.Errorf("webhookAddress(%s, %q) = %s, %s; want %s, %s", tc.url, tc.path, public, local, tc.wantPublic, tc.wantLocalAt)
			}
		})
	}
}

// In webhook mode with a bare URL, Telegram is given the URL with the
// webhook path, and the bot serves updates there and nowhere else: not at
// a path made of the token.
func TestWebhookServesItsPath(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	listen := l.Addr().String()
	l.Close()
	h := start(t, setup{noRun: true, transport: func(o *Options) {
		o.Mode = "webhook"
		o.WebhookURL = "https://bot.example.org"
		o.WebhookPath = "/hooks/tg"
		o.WebhookListen = listen
		o.WebhookSecret = "the-secret"
	}})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- h.tr.Run(ctx, h.handle) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run = %v, want nil after cancel", err)
		}
	}()
	h.waitFor("webhook set", func() bool { return h.srv.Webhook().URL != "" })
	if got := h.srv.Webhook().URL; got != "https://bot.example.org/hooks/tg" {
		t.Errorf("Telegram was given %q, want the URL with the webhook path", got)
	}
	post := func(path string) int {
		req, _ := http.NewRequest(http.MethodPost, "http://"+listen+path,
			strings.NewReader(`{"update_id":7,"message":{"message_id":1,"date":1,"chat":{"id":42,"type":"private"},"from":{"id":42,"first_name":"A"},"text":"/help"}}`))
		req.Header.Set(secretHeader, "the-secret")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	for _, tc := range []struct {
		name, path string
		want       int
	}{
		{"the webhook path", "/hooks/tg", http.StatusOK},
		{"a token path", "/" + h.srv.Token(), http.StatusNotFound},
		{"the root", "/", http.StatusNotFound},
	} {
		if got := post(tc.path); got != tc.want {
			t.Errorf("%s: POST %s = %d, want %d", tc.name, tc.path, got, tc.want)
		}
	}
}
