package redact_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/url"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/redact"
)

// Secrets with characters that each encoding changes: the forms differ.
var secrets = []struct{ name, secret string }{
	{"bot token", "123456789:AAH-x_Yz0QwErTyUiOpAsDfGhJkLzXcVbNm"},
	{"with space, quote and slash", `s3cr et"/ü<tag>&%`},
}

func TestRedactsEveryForm(t *testing.T) {
	for _, sc := range secrets {
		s := sc.secret
		forms := []struct{ name, text string }{
			{"raw", "token " + s + " end"},
			{"query escaped", "GET /?token=" + url.QueryEscape(s)},
			{"path escaped", "GET /bot" + url.PathEscape(s) + "/getMe"},
			{"url in error", (&url.Error{Op: "Post", URL: "https://api.telegram.org/bot" + s + "/getMe", Err: fs.ErrNotExist}).Error()},
			{"go quoted", fmt.Sprintf("value %q", s)},
			{"go quoted ascii", fmt.Sprintf("value %+q", s)},
			{"json", mustJSON(t, map[string]string{"token": s})},
			{"json of quoted", mustJSON(t, map[string]string{"err": fmt.Sprintf("bad %q", s)})},
			{"quoted json", fmt.Sprintf("%q", mustJSON(t, map[string]string{"token": s}))},
			{"api error echo", `telegram: getMe: 404 Not Found: bot ` + s + ` not found`},
			{"trailing newline quoted", fmt.Sprintf("%q", s+"\n")},
		}
		r := redact.New(s)
		for _, f := range forms {
			t.Run(sc.name+"/"+f.name, func(t *testing.T) {
				got := r.String(f.text)
				if leaks(got, s) {
					t.Errorf("String(%q) = %q: still holds a form of the secret", f.text, got)
				}
				if !strings.Contains(got, redact.Placeholder) {
					t.Errorf("String(%q) = %q: no placeholder", f.text, got)
				}
			})
		}
	}
}

// leaks reports whether text holds the secret in a recognisable form.
func leaks(text, s string) bool {
	for _, f := range []string{s, url.QueryEscape(s), url.PathEscape(s), strings.Trim(fmt.Sprintf("%q", s), `"`)} {
		if strings.Contains(text, f) {
			return true
		}
	}
	return false
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// Through log/slog, text and JSON, the handler's own quoting and escaping
// does not let a secret through.
func TestWriterUnderSlog(t *testing.T) {
	for _, sc := range secrets {
		for _, format := range []string{"text", "json"} {
			t.Run(sc.name+"/"+format, func(t *testing.T) {
				var buf bytes.Buffer
				w := redact.New(sc.secret).Writer(&buf)
				var h slog.Handler = slog.NewTextHandler(w, nil)
				if format == "json" {
					h = slog.NewJSONHandler(w, nil)
				}
				log := slog.New(h)
				log.Info("raw "+sc.secret, "token", sc.secret)
				log.Info("call", "url", "https://api.example/bot"+url.PathEscape(sc.secret)+"/x?t="+url.QueryEscape(sc.secret))
				log.Error("failed", "err", fmt.Errorf("wrapped: %q", sc.secret))
				out := buf.String()
				if leaks(out, sc.secret) {
					t.Errorf("log output holds the secret:\n%s", out)
				}
				if n := strings.Count(out, redact.Placeholder); n < 5 {
					t.Errorf("log output has %d placeholders, want at least 5:\n%s", n, out)
				}
			})
		}
	}
}

func TestErrorKeepsChain(t *testing.T) {
	const s = "123:SECRET"
	base := &url.Error{Op: "Get", URL: "https://x/bot" + s, Err: fs.ErrPermission}
	err := redact.New(s).Error(fmt.Errorf("call: %w", base))
	if strings.Contains(err.Error(), s) {
		t.Errorf("error text %q holds the secret", err)
	}
	if !errors.Is(err, fs.ErrPermission) {
		t.Error("errors.Is lost the chain")
	}
	plain := errors.New("nothing secret")
	if got := redact.New(s).Error(plain); got != plain { //nolint:errorlint // the very same error value is wanted back
		t.Errorf("an error without the secret was changed: %v", got)
	}
	var nilR *redact.Redactor
	if got := nilR.String(s); got != s {
		t.Errorf("nil redactor changed the text: %q", got)
	}
}

func TestURLPasswordIsASecret(t *testing.T) {
	for _, tt := range []struct{ name, url, want string }{
		{"in the user part", "postgres://newsbot:s3cret-pw@db/news", "s3cret-pw"},
		{"escaped", "postgres://newsbot:p%40ss%2Fword@db/news", "p@ss/word"},
		{"in the query", "postgres://db/news?user=newsbot&password=s3cret-pw", "s3cret-pw"},
		{"too short to hide", "postgres://newsbot:pw@db/news", ""},
		{"none", "postgres://newsbot@db/news", ""},
		{"no URL", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := redact.URLPassword(tt.url)
			if tt.want == "" && len(got) != 0 || tt.want != "" && (len(got) != 1 || got[0] != tt.want) {
				t.Errorf("URLPassword(%q) = %q, want %q", tt.url, got, tt.want)
			}
		})
	}
}
