package telegram

import (
	"net/url"
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
