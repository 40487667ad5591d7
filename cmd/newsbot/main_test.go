package main

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/config"
)

// runCmd runs newsbot in-process with the given stdin and environment.
func runCmd(t *testing.T, env map[string]string, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	err = run(ctx, args, func(k string) string { return env[k] }, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), err
}

func TestTerminalSessionKeepsChoicesAcrossRestart(t *testing.T) {
	t.Parallel() // its own temporary folder and servers; overlaps the fail-over test
	env := map[string]string{"NEWSBOT_DATABASE_PATH": filepath.Join(t.TempDir(), "sub", "x.db")}
	out, errOut, err := runCmd(t, env, "/start\n/countries kz tj\n/topics energy\n/settings\n", "run", "-config", "../../config.example.toml")
	if err != nil {
		t.Fatalf("run: %v\n%s", err, errOut)
	}
	if !strings.Contains(errOut, "terminal mode") || !strings.Contains(errOut, "NEWSBOT_TELEGRAM_TOKEN") {
		t.Errorf("stderr does not explain terminal mode: %q", errOut)
	}
	for _, want := range []string{"Welcome", "Kazakhstan, 🇹🇯 Tajikistan", "Topics: Energy", "Digest: daily at 08:00"} {
		if !strings.Contains(out, want) {
			t.Errorf("first session output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "<b>") || strings.Contains(out, "&amp;") {
		t.Errorf("terminal output shows HTML markup:\n%s", out)
	}
	out, _, err = runCmd(t, env, "/settings\n", "run", "-config", "../../config.example.toml")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "🇰🇿 Kazakhstan, 🇹🇯 Tajikistan") || !strings.Contains(out, "Energy") {
		t.Errorf("after restart /settings shows:\n%s", out)
	}
}

func TestTerminalSurvivesHostileInput(t *testing.T) {
	env := map[string]string{"NEWSBOT_DATABASE_PATH": filepath.Join(t.TempDir(), "x.db")}
	in := "/start\n\xff\xfe/countries \xc3\x28 kz\n/countries " + strings.Repeat("x", 100<<10) + "\n/time 25:99\n\n   \n/settings"
	out, errOut, err := runCmd(t, env, in, "run")
	if err != nil {
		t.Fatalf("run: %v\n%s", err, errOut)
	}
	if !strings.Contains(out, "Nothing was changed") || !strings.Contains(out, "Settings") {
		t.Errorf("output:\n%s", out)
	}
	if len(out) > 20_000 {
		t.Errorf("a 100 KB argument produced %d bytes of output", len(out))
	}
}

func TestBadConfigAndDatabaseGiveOneLineErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.toml")
	if err := os.WriteFile(bad, []byte("[digest]\ntimezone = \"Mars/Base\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err := runCmd(t, nil, "", "run", "-config", bad)
	if err == nil || !strings.Contains(err.Error(), "digest.timezone") {
		t.Errorf("bad timezone: err = %v", err)
	}

	// A database path inside a file cannot be created.
	blocker := filepath.Join(dir, "file")
	if err := os.WriteFile(blocker, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err = runCmd(t, map[string]string{"NEWSBOT_DATABASE_PATH": filepath.Join(blocker, "x.db")}, "", "run")
	if err == nil || strings.Contains(err.Error(), "\n") {
		t.Errorf("unusable database: err = %v, want one line", err)
	}

	// Not a database at all.
	junk := filepath.Join(dir, "junk.db")
	if err := os.WriteFile(junk, bytes.Repeat([]byte("not sqlite "), 1000), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err = runCmd(t, map[string]string{"NEWSBOT_DATABASE_PATH": junk}, "", "migrate")
	if err == nil {
		t.Error("a junk file was accepted as a database")
	}
	if data, _ := os.ReadFile(junk); !bytes.HasPrefix(data, []byte("not sqlite")) {
		t.Error("the junk file was overwritten")
	}
}

func TestNewerSchemaIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	env := map[string]string{"NEWSBOT_DATABASE_PATH": path}
	if _, _, err := runCmd(t, env, "", "migrate"); err != nil {
		t.Fatal(err)
	}
	db := openRaw(t, path)
	if _, err := db.Exec(`INSERT INTO goose_db_version (version_id, is_applied) VALUES (9999, 1)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	_, _, err := runCmd(t, env, "/start\n", "run")
	if err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("err = %v, want a refusal naming the newer schema", err)
	}
}

func TestFeedsCommands(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"NEWSBOT_DATABASE_PATH": filepath.Join(dir, "x.db")}
	out, _, err := runCmd(t, env, "", "feeds", "add", "https://timesca.com/feed/", "-name", "TCA", "-country", "kz")
	if err != nil || !strings.Contains(out, "added feed 1") {
		t.Fatalf("add: %q %v", out, err)
	}
	if _, _, err := runCmd(t, env, "", "feeds", "add", "https://timesca.com/feed/"); err == nil {
		t.Error("the same feed was added twice")
	}
	if _, _, err := runCmd(t, env, "", "feeds", "add", "ftp://x/feed"); err == nil {
		t.Error("a non-http feed was accepted")
	}
	out, _, _ = runCmd(t, env, "", "feeds", "list")
	if !strings.Contains(out, "TCA") || !strings.Contains(out, "never fetched") {
		t.Errorf("list:\n%s", out)
	}
	opml, _, err := runCmd(t, env, "", "feeds", "export")
	if err != nil || !strings.Contains(opml, `xmlUrl="https://timesca.com/feed/"`) || !strings.Contains(opml, `version="2.0"`) {
		t.Fatalf("export: %v\n%s", err, opml)
	}
	// Round trip into a fresh database, plus a nested outline and a bad URL.
	file := filepath.Join(dir, "feeds.opml")
	nested := strings.Replace(opml, "</body>", `<outline text="Region"><outline text="24.kg" xmlUrl="https://24.kg/rss/"/><outline text="bad" xmlUrl="javascript:alert(1)"/></outline></body>`, 1)
	if err := os.WriteFile(file, []byte(nested), 0o644); err != nil {
		t.Fatal(err)
	}
	env2 := map[string]string{"NEWSBOT_DATABASE_PATH": filepath.Join(dir, "y.db")}
	out, _, err = runCmd(t, env2, "", "feeds", "import", file)
	if err != nil || !strings.Contains(out, "2 added") || !strings.Contains(out, "1 skipped") {
		t.Errorf("import: %v\n%s", err, out)
	}
	out, _, _ = runCmd(t, env2, "", "feeds", "remove", "https://24.kg/rss/")
	if !strings.Contains(out, "removed") {
		t.Errorf("remove: %s", out)
	}
	if _, _, err := runCmd(t, env2, "", "feeds", "remove", "99"); err == nil || !strings.Contains(err.Error(), "no feed") {
		t.Errorf("remove unknown: %v", err)
	}
	if _, _, err := runCmd(t, env2, "", "feeds", "import", filepath.Join(dir, "x.db")); err == nil {
		t.Error("a non-OPML file was imported")
	}
}

func TestHelpAndUnknownCommand(t *testing.T) {
	out, _, err := runCmd(t, nil, "", "help")
	if err != nil || !strings.Contains(out, "feeds") || !strings.Contains(out, "migrate") {
		t.Errorf("help: %v\n%s", err, out)
	}
	if _, _, err := runCmd(t, nil, "", "frobnicate"); err == nil || exitCode(err) != 2 {
		t.Errorf("unknown command: %v", err)
	}
}

func TestRefusedTokenStopsWithAClearErrorAndNoToken(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusUnauthorized)
		w.Write([]byte(`{"ok":false,"error_code":401,"description":"Unauthorized"}`))
	}))
	defer srv.Close()
	const token = "123456:SECRET-token-value"
	env := map[string]string{
		"NEWSBOT_DATABASE_PATH":    filepath.Join(t.TempDir(), "x.db"),
		"NEWSBOT_TELEGRAM_TOKEN":   token,
		"NEWSBOT_TELEGRAM_API_URL": srv.URL,
	}
	start := time.Now()
	_, errOut, err := runCmd(t, env, "", "run")
	if err == nil {
		t.Fatal("run with a refused token succeeded")
	}
	if strings.Contains(err.Error()+errOut, "SECRET") {
		t.Errorf("the token leaked: %v\n%s", err, errOut)
	}
	if !strings.Contains(err.Error(), "Unauthorized") && !strings.Contains(err.Error(), "401") {
		t.Errorf("err = %v, want it to say the token was refused", err)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("took %s to give up", d)
	}
}

func TestCommandLineMistakesAreReportedOnce(t *testing.T) {
	env := map[string]string{"NEWSBOT_DATABASE_PATH": filepath.Join(t.TempDir(), "x.db")}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"flag without value", []string{"feeds", "add", "http://a.example/r", "-name"}, "flag needs an argument: -name"},
		{"unknown flag", []string{"poll", "-bogus"}, "flag provided but not defined: -bogus"},
		{"unknown flag on run", []string{"run", "-x"}, "flag provided but not defined: -x"},
		{"URL without host", []string{"feeds", "add", "https://"}, "https://"},
		{"URL with spaces", []string{"feeds", "add", "http://a b/rss"}, "http://a b/rss"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errOut, err := runCmd(t, env, "", tt.args...)
			if err == nil {
				t.Fatalf("no error; stderr %q", errOut)
			}
			// main prints the error after whatever run wrote to stderr.
			all := errOut + "newsbot: " + err.Error() + "\n"
			if n := strings.Count(all, tt.want); n != 1 {
				t.Errorf("%q appears %d times in:\n%s", tt.want, n, all)
			}
			if exitCode(err) != 2 {
				t.Errorf("exit status %d, want 2 for a usage mistake", exitCode(err))
			}
		})
	}
	out, _, err := runCmd(t, env, "", "feeds", "list")
	if err != nil || strings.Contains(out, "https://") || strings.Contains(out, "a b") {
		t.Errorf("a bad feed URL was stored: %v\n%s", err, out)
	}
	// -h still shows the flags.
	_, errOut, _ := runCmd(t, env, "", "poll", "-h")
	if !strings.Contains(errOut, "-once") {
		t.Errorf("poll -h: %q", errOut)
	}
}

func TestJSONLogsShowReadableDurations(t *testing.T) {
	var b bytes.Buffer
	newLogger(&b, config.Log{Level: "info", Format: "json"}).Info("poll done", "duration", 1500*time.Millisecond)
	if !strings.Contains(b.String(), `"duration":"1.5s"`) {
		t.Errorf("log line %s, want the duration as 1.5s", b.String())
	}
}
