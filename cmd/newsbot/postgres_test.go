package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/pgtest"
)

// With [database] url set the bot keeps everything in PostgreSQL: choices
// made in one session are there after a restart, and neither the SQLite
// file nor its one-run lock is made.
func TestTerminalSessionOnPostgres(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	env := map[string]string{"NEWSBOT_DATABASE_URL": pgtest.URL(t), "NEWSBOT_DATABASE_PATH": path}
	out, errOut, err := runCmd(t, env, "/start\n/countries kz tj\n/topics energy\n", "run", "-config", "../../config.example.toml")
	if err != nil {
		t.Fatalf("run: %v\n%s", err, errOut)
	}
	if !strings.Contains(out, "Welcome") {
		t.Errorf("first session output lacks the welcome:\n%s", out)
	}
	out, errOut, err = runCmd(t, env, "/settings\n", "run", "-config", "../../config.example.toml")
	if err != nil {
		t.Fatalf("run again: %v\n%s", err, errOut)
	}
	if !strings.Contains(out, "🇰🇿 Kazakhstan, 🇹🇯 Tajikistan") || !strings.Contains(out, "Energy") {
		t.Errorf("after restart /settings shows:\n%s", out)
	}
	for _, p := range []string{path, path + ".lock"} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s was made, want nothing of SQLite when the database is PostgreSQL", p)
		}
	}
}
