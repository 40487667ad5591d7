package store

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsbot/newsbot/internal/pgtest"
)

// The store's tests run on SQLite, and on PostgreSQL when
// NEWSBOT_TEST_DATABASE=postgres (make test runs them both ways).
func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

func testOnPostgres() bool { return os.Getenv("NEWSBOT_TEST_DATABASE") == "postgres" }

// openTestDB opens an empty, migrated store for t on the engine under test:
// a SQLite file in t's temporary folder, or a fresh PostgreSQL schema.
func openTestDB(t testing.TB, opts ...Option) *DB {
	t.Helper()
	ctx := context.Background()
	var (
		d   *DB
		err error
	)
	if testOnPostgres() {
		d, err = OpenURL(ctx, pgtest.URL(t), opts...)
	} else {
		d, err = Open(ctx, filepath.Join(t.TempDir(), "a", "b", "test.db"), opts...)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

// sqliteOnly skips a test of SQLite's own behaviour (files, pragmas,
// vacuum) when the tests run on PostgreSQL.
func sqliteOnly(t testing.TB) {
	t.Helper()
	if testOnPostgres() {
		t.Skip("SQLite only")
	}
}

func TestDollarPlaceholders(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"none", `SELECT 1`, `SELECT 1`},
		{"numbered in order", `UPDATE t SET a = ? WHERE b = ? AND c IN (?, ?)`, `UPDATE t SET a = $1 WHERE b = $2 AND c IN ($3, $4)`},
		{"quoted text keeps its ?", `SELECT '?' || ? FROM t WHERE x = 'a''?'`, `SELECT '?' || $1 FROM t WHERE x = 'a''?'`},
		{"quoted name", `SELECT "we?ird" FROM t WHERE a = ?`, `SELECT "we?ird" FROM t WHERE a = $1`},
		{"line comment", "SELECT a -- why?\nFROM t WHERE a = ?", "SELECT a -- why?\nFROM t WHERE a = $1"},
		{"block comment", `SELECT a /* ? */ FROM t WHERE a = ?`, `SELECT a /* ? */ FROM t WHERE a = $1`},
		{"unterminated quote left as is", `SELECT '?`, `SELECT '?`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := dollarPlaceholders(c.in); got != c.want {
				t.Errorf("dollarPlaceholders(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}
