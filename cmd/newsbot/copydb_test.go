package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/pgtest"
	"github.com/newsbot/newsbot/internal/store"
)

// TestMain stops the PostgreSQL server the copy-db test may start.
func TestCopyDBRefusesWrongArguments(t *testing.T) {
	dir := t.TempDir()
	const pg = "postgres://newsbot:s3cret@127.0.0.1:1/newsbot"
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"one argument", []string{filepath.Join(dir, "x.db")}, "two arguments"},
		{"from a URL", []string{pg, pg}, "FROM is a postgres URL"},
		{"into a file", []string{filepath.Join(dir, "x.db"), "mysql://u:s3cret@db/news"}, "TO must be a postgres://"},
		{"no such file", []string{filepath.Join(dir, "missing.db"), pg}, "missing.db: no such file"},
		{"a folder", []string{dir, pg}, "is a folder"},
		{"no server there", []string{writeSQLite(t), pg}, "127.0.0.1"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, err := runCmd(t, nil, "", append([]string{"copy-db"}, tt.args...)...)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("copy-db %v: err = %v, want it to say %q", tt.args, err, tt.want)
			}
			if strings.Contains(fmt.Sprint(err)+out+errOut, "s3cret") {
				t.Errorf("copy-db %v printed the password: %v\n%s%s", tt.args, err, out, errOut)
			}
			if _, statErr := os.Stat(filepath.Join(dir, "missing.db")); statErr == nil {
				t.Errorf("copy-db created the missing source file")
			}
		})
	}
}

// writeSQLite makes a SQLite database with two feeds and a subscriber.
func writeSQLite(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "newsbot.db")
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, u := range []string{"https://a.example/rss", "https://b.example/rss"} {
		if _, err := db.AddFeed(ctx, news.Feed{URL: u, Enabled: true}); err != nil {
			t.Fatal(err)
		}
	}
	s := news.Subscriber{ChatID: 7, Preferences: news.Preferences{Lang: "ru", Countries: []string{"KZ", "TJ"}}}
	if err := db.SaveSubscriber(ctx, s); err != nil {
		t.Fatal(err)
	}
	return path
}

// copy-db moves a SQLite file into PostgreSQL with the counts printed, a
// second copy is refused unless -replace, and the bot then runs on the copy
// (migrate opens it through [database] url). The password never shows.
func TestCopyDBIntoPostgres(t *testing.T) {
	from := writeSQLite(t)
	// The test server trusts every login: the password is only there to be
	// hidden.
	to := strings.Replace(pgtest.URL(t), "postgres://postgres@", "postgres://postgres:s3cret@", 1)
	out, errOut, err := runCmd(t, nil, "", "copy-db", from, to)
	if err != nil {
		t.Fatalf("copy-db: %v\n%s", err, errOut)
	}
	for _, want := range []string{"feeds", "2 rows (source 2, target 2)", "subscriber_countries", "the counts match", "postgres:xxxxx@"} {
		if !strings.Contains(out, want) {
			t.Errorf("copy-db output lacks %q:\n%s", want, out)
		}
	}
	_, _, err = runCmd(t, nil, "", "copy-db", from, to)
	if err == nil || !strings.Contains(err.Error(), "-replace") || !strings.Contains(err.Error(), "nothing was copied") {
		t.Errorf("second copy-db: err = %v, want a refusal pointing at -replace", err)
	}
	if _, _, err := runCmd(t, nil, "", "copy-db", "-replace", from, to); err != nil {
		t.Errorf("copy-db -replace: %v", err)
	}
	mig, _, err := runCmd(t, map[string]string{"NEWSBOT_DATABASE_URL": to}, "", "migrate")
	if err != nil || !strings.Contains(mig, "schema version") {
		t.Errorf("migrate on the copy: %v\n%s", err, mig)
	}
	if all := out + errOut + mig + fmt.Sprint(err); strings.Contains(all, "s3cret") {
		t.Errorf("the password was printed:\n%s", all)
	}
	ctx := context.Background()
	db, err := store.OpenURL(ctx, to)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	sub, err := db.Subscriber(ctx, 7)
	if err != nil || len(sub.Countries) != 2 || sub.Lang != "ru" {
		t.Errorf("subscriber 7 on the copy = %+v, %v; want lang ru and two countries", sub, err)
	}
}
