package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/logs"
	"github.com/newsbot/newsbot/internal/redact"
)

const leakToken = "987654321:AAH-secretHalfOfTheToken_0123456789"

// leaks reports the forms of the token (or its secret half) found in out.
func leaks(out string) []string {
	_, half, _ := strings.Cut(leakToken, ":")
	var found []string
	for _, s := range []string{leakToken, half} {
		for _, f := range []string{s, url.QueryEscape(s), url.PathEscape(s)} {
			if strings.Contains(out, f) {
				found = append(found, f)
			}
		}
	}
	return found
}

// Every form the token takes once printed is hidden in the real logger's
// output, text and JSON, and in what is written to stderr directly. The
// token is given with a trailing newline, as read from a file, and trimmed
// with a warning.
func TestTokenNeverInLogOutput(t *testing.T) {
	jsonOf := func(v string) string {
		b, _ := json.Marshal(v)
		return string(b)
	}
	forms := []struct{ name, text string }{
		{"raw", "token " + leakToken},
		{"url escaped", "https://api.telegram.org/bot" + url.QueryEscape(leakToken) + "/getMe"},
		{"url path", "webhook set path=/" + url.PathEscape(leakToken)},
		{"json escaped", jsonOf(`{"token":"` + leakToken + `"}`)},
		{"go quoted", fmt.Sprintf("%q", leakToken+"\n")},
		{"api error echo", `telegram: getMe: 404 Not Found: method /bot` + leakToken + `/getMe not found`},
		{"secret half only", "Unauthorized: " + strings.SplitN(leakToken, ":", 2)[1]},
	}
	for _, format := range []string{"text", "json"} {
		t.Run(format, func(t *testing.T) {
			var errb bytes.Buffer
			getenv := func(k string) string {
				return map[string]string{
					"NEWSBOT_TELEGRAM_TOKEN": leakToken + "\n",
					"NEWSBOT_LOG_FORMAT":     format,
					"NEWSBOT_DATABASE_PATH":  filepath.Join(t.TempDir(), "x.db"),
				}[k]
			}
			e := &env{getenv: getenv, stdout: &bytes.Buffer{}, stderr: logs.Sync(&errb)}
			if err := e.loadConfig(); err != nil {
				t.Fatal(err)
			}
			if e.cfg.Telegram.Token != leakToken {
				t.Fatalf("token not trimmed")
			}
			for _, f := range forms {
				e.log.Info("form "+f.text, "name", f.name, "value", f.text, "url", f.text)
				e.log.Error("failed", "name", f.name, "err", errors.New(f.text))
				fmt.Fprintln(e.stderr, "newsbot:", f.text)
			}
			out := errb.String()
			if found := leaks(out); len(found) > 0 {
				t.Errorf("output holds the token as %q:\n%s", found, out)
			}
			if n := strings.Count(out, redact.Placeholder); n < 4*len(forms) {
				t.Errorf("%d placeholders, want at least %d:\n%s", n, 4*len(forms), out)
			}
			if !strings.Contains(out, "telegram.token had spaces or line breaks") {
				t.Errorf("no warning about the trimmed token:\n%s", out)
			}
		})
	}
}

// An API that echoes the token in its error texts, in any form, never gets
// it printed: neither in the log nor in the error run returns.
func TestEchoedTokenNeverPrinted(t *testing.T) {
	t.Parallel() // its own temporary folder and servers; overlaps the fail-over test
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		desc := fmt.Sprintf("Unauthorized: %s (%q, %s)", r.URL.Path, leakToken, url.QueryEscape(leakToken))
		b, _ := json.Marshal(map[string]any{"ok": false, "error_code": 401, "description": desc})
		w.WriteHeader(http.StatusUnauthorized)
		w.Write(b)
	}))
	defer srv.Close()
	env := map[string]string{
		"NEWSBOT_DATABASE_PATH":    filepath.Join(t.TempDir(), "x.db"),
		"NEWSBOT_TELEGRAM_TOKEN":   leakToken,
		"NEWSBOT_TELEGRAM_API_URL": srv.URL,
		"NEWSBOT_LOG_FORMAT":       "json",
	}
	_, errOut, err := runCmd(t, env, "", "run")
	if err == nil {
		t.Fatal("run with a refused token succeeded")
	}
	if found := leaks(err.Error() + errOut); len(found) > 0 {
		t.Errorf("the token leaked as %q: %v\n%s", found, err, errOut)
	}
	if !strings.Contains(err.Error(), "401") {
		t.Errorf("err = %v, want it to say the token was refused", err)
	}
}
