package config

import (
	"strings"
	"testing"
)

const testToken = "123456789:AAH-x_Yz0QwErTyUiOpAsDfGhJkLzXcVbNm"

// A token read from a file keeps its line break; it is trimmed, with a note
// (that does not print the token).
func TestTokenIsTrimmed(t *testing.T) {
	for _, tc := range []struct {
		name, raw string
		wantNote  bool
	}{
		{"clean", testToken, false},
		{"trailing newline", testToken + "\n", true},
		{"windows line end", testToken + "\r\n", true},
		{"spaces around", "  " + testToken + " ", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, err := Load("", envOf(map[string]string{"NEWSBOT_TELEGRAM_TOKEN": tc.raw}))
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Telegram.Token != testToken {
				t.Errorf("token = %q, want it trimmed", cfg.Telegram.Token)
			}
			if got := len(cfg.Notes) > 0; got != tc.wantNote {
				t.Errorf("notes = %q, want a note: %v", cfg.Notes, tc.wantNote)
			}
			for _, n := range cfg.Notes {
				if strings.Contains(n, testToken) || !strings.Contains(n, "telegram.token") {
					t.Errorf("note %q: want it to name the key, never the token", n)
				}
			}
		})
	}
}

// Refused token and webhook settings name the key and never print the token.
func TestTokenSettingsRefused(t *testing.T) {
	webhook := func(url, path string) string {
		return "[telegram]\ntoken = \"" + testToken + "\"\nmode = \"webhook\"\nwebhook_url = \"" + url + "\"\nwebhook_path = \"" + path + "\"\n"
	}
	tests := []badConfig{
		{"space inside token", "[telegram]\ntoken = \"123:abc def\"\n", nil, []string{"telegram.token", "spaces"}},
		{"quote inside token", "[telegram]\ntoken = '123:abc\"def'\n", nil, []string{"telegram.token"}},
		{"token in webhook url", webhook("https://bot.example/"+testToken, "/telegram"), nil, []string{"telegram.webhook_url", "webhook_secret"}},
		{"escaped token in webhook url", webhook("https://bot.example/123456789%3AAAH-x_Yz0QwErTyUiOpAsDfGhJkLzXcVbNm", "/telegram"), nil, []string{"telegram.webhook_url"}},
		{"token in webhook path", webhook("https://bot.example", "/"+testToken), nil, []string{"telegram.webhook_path"}},
		{"relative webhook path", webhook("https://bot.example", "telegram"), nil, []string{"telegram.webhook_path", "starting with /"}},
	}
	expectLoadErrors(t, tests)
	for _, tt := range tests {
		path := writeFile(t, tt.file)
		_, err := Load(path, noEnv)
		if err != nil && strings.Contains(err.Error(), "AAH-x_Yz0QwErTyUiOpAsDfGhJkLzXcVbNm") {
			t.Errorf("%s: error prints the token: %v", tt.name, err)
		}
	}
}

func TestWebhookPathAndAllowPrivate(t *testing.T) {
	cfg, err := Load("", noEnv)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Telegram.WebhookPath != "/telegram" || cfg.Poll.AllowPrivate {
		t.Errorf("defaults: webhook_path %q, allow_private %v; want /telegram, false", cfg.Telegram.WebhookPath, cfg.Poll.AllowPrivate)
	}
	cfg, err = Load("", envOf(map[string]string{"NEWSBOT_TELEGRAM_WEBHOOK_PATH": "/hooks/tg", "NEWSBOT_POLL_ALLOW_PRIVATE": "true"}))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Telegram.WebhookPath != "/hooks/tg" || !cfg.Poll.AllowPrivate {
		t.Errorf("from env: webhook_path %q, allow_private %v", cfg.Telegram.WebhookPath, cfg.Poll.AllowPrivate)
	}
}
