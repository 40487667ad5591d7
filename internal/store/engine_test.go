package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/news"
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
	return openTestDBAt(t, testDatabase(t), opts...)
}

// testDatabase names a new, empty database on the engine under test, for
// OpenURL: a SQLite file path or a PostgreSQL URL.
func testDatabase(t testing.TB) string {
	t.Helper()
	if testOnPostgres() {
		return pgtest.URL(t)
	}
	return filepath.Join(t.TempDir(), "a", "b", "test.db")
}

// openTestDBAt opens the store at target (see testDatabase), closed when t
// ends: opened twice, it is two processes sharing one database.
func openTestDBAt(t testing.TB, target string, opts ...Option) *DB {
	t.Helper()
	d, err := OpenURL(context.Background(), target, opts...)
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

// testPlan returns the plan of query on the engine under test, its steps
// joined by "; ". On PostgreSQL sequential scans are switched off for the
// statement's session: on a test's few rows the planner rightly prefers a
// scan, and the question the tests ask is whether an index can serve the
// query at all; and the plan is the generic one, for any parameter values.
func testPlan(t testing.TB, d *DB, query string, args ...any) string {
	t.Helper()
	ctx := context.Background()
	conn, err := d.db.Connx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var steps []string
	if d.engine == enginePostgres {
		// A generic plan too, as a statement prepared once and run many
		// times gets: it must use the index whatever the values.
		for _, set := range []string{`SET enable_seqscan = off`, `SET plan_cache_mode = force_generic_plan`} {
			if _, err := conn.ExecContext(ctx, set); err != nil {
				t.Fatal(err)
			}
		}
		defer conn.ExecContext(ctx, `RESET ALL`) //nolint:errcheck // the connection is a test's
		// EXPLAIN with parameters would plan for their values: a prepared
		// statement is what gets the generic plan.
		if _, err := conn.ExecContext(ctx, `PREPARE plan_check AS `+dollarPlaceholders(query)); err != nil {
			t.Fatalf("prepare %s: %v", query, err)
		}
		defer conn.ExecContext(ctx, `DEALLOCATE plan_check`) //nolint:errcheck // the connection is a test's
		// EXECUTE takes its values as SQL text, not as parameters.
		explain := `EXPLAIN EXECUTE plan_check`
		if len(args) > 0 {
			lits := make([]string, len(args))
			for i, a := range args {
				if s, ok := a.(string); ok {
					lits[i] = `'` + strings.ReplaceAll(s, `'`, `''`) + `'`
				} else {
					lits[i] = fmt.Sprint(a)
				}
			}
			explain += `(` + strings.Join(lits, ", ") + `)`
		}
		if err := conn.SelectContext(ctx, &steps, explain); err != nil {
			t.Fatalf("explain %s: %v", query, err)
		}
		return strings.Join(steps, "; ")
	}
	rows, err := conn.QueryContext(ctx, `EXPLAIN QUERY PLAN `+query, args...)
	if err != nil {
		t.Fatalf("explain %s: %v", query, err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, parent, notUsed int
		var detail string
		if err := rows.Scan(&id, &parent, &notUsed, &detail); err != nil {
			t.Fatal(err)
		}
		steps = append(steps, detail)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return strings.Join(steps, "; ")
}

// planUsesIndex reports whether plan reads through the named index
// (SQLite names a primary key "PRIMARY KEY", PostgreSQL table_pkey).
func planUsesIndex(d *DB, plan, index string) bool {
	if d.engine == enginePostgres {
		return strings.Contains(plan, " using "+index+" ") || strings.Contains(plan, " on "+index+" ")
	}
	return strings.Contains(plan, "INDEX "+index) || strings.Contains(plan, "USING "+index)
}

// planSorts reports whether plan sorts the rows itself rather than reading
// them in order from an index.
func planSorts(d *DB, plan string) bool {
	if d.engine == enginePostgres {
		return strings.Contains(plan, "Sort")
	}
	return strings.Contains(plan, "TEMP B-TREE")
}

// planScans reports whether plan reads the whole table.
func planScans(d *DB, plan, table string) bool {
	if d.engine == enginePostgres {
		return strings.Contains(plan, "Seq Scan on "+table)
	}
	return strings.Contains(plan, "SCAN "+table)
}

func TestRedactURL(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"sqlite path", "data/newsbot.db", "data/newsbot.db"},
		{"no password", "postgres://newsbot@db:5432/news", "postgres://newsbot@db:5432/news"},
		{"password", "postgres://newsbot:s3cret@db:5432/news?sslmode=require", "postgres://newsbot:xxxxx@db:5432/news?sslmode=require"},
		{"escaped password", "postgresql://newsbot:p%40ss%3Aw@db/news", "postgresql://newsbot:xxxxx@db/news"},
		{"password in the query", "postgres://db/news?user=newsbot&password=s3cret", "postgres://db/news?password=xxxxx&user=newsbot"},
		{"does not parse", "postgres://newsbot:s3cret@db:port/news\x7f", "(a postgres URL that does not parse)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := RedactURL(c.in)
			if got != c.want {
				t.Errorf("RedactURL(%q) = %q, want %q", c.in, got, c.want)
			}
			for _, secret := range []string{"s3cret", "p@ss", "p%40ss"} {
				if strings.Contains(got, secret) {
					t.Errorf("RedactURL(%q) = %q still shows the password", c.in, got)
				}
			}
		})
	}
}

func TestPostgresText(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"plain", "Алматы", "Алматы"},
		{"invalid byte", "bad \xff byte", "bad \uFFFD byte"},
		{"cut rune", "Алм\xd0", "Алм\uFFFD"},
		{"NUL", "a\x00b", "ab"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := pgText(c.in); got != c.want {
				t.Errorf("pgText(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// An item with bytes that are not text (a feed's broken encoding) is
// stored, not refused with the rest of its batch, on either engine.
func TestBrokenBytesAreStored(t *testing.T) {
	ctx := context.Background()
	d := openArticleTestDB(t)
	f := addTestFeed(t, d, "https://a.example/rss")
	bad := art(f.ID, "bad", "Control\x01 and \xffbad UTF-8 with a\x00NUL")
	good := art(f.ID, "good", "Fine")
	if added, _ := save(t, d, bad, good); added != 2 {
		t.Fatalf("stored %d of the 2 articles", added)
	}
	got, err := d.Articles(ctx, news.ArticleQuery{Limit: 10})
	if err != nil || len(got) != 2 {
		t.Fatalf("articles = %d, %v", len(got), err)
	}
	titles := []string{got[0].Title, got[1].Title}
	want := bad.Title // SQLite keeps the bytes
	if d.engine == enginePostgres {
		want = "Control\x01 and \uFFFDbad UTF-8 with aNUL"
	}
	if !slices.Contains(titles, want) {
		t.Errorf("titles %q, want %q among them", titles, want)
	}
}

// Replicas started together on a new PostgreSQL database all come up: they
// migrate it one at a time instead of failing on each other's tables.
func TestReplicasMigrateOneDatabaseTogether(t *testing.T) {
	if !testOnPostgres() {
		t.Skip("PostgreSQL only (SQLite files have their own migration lock, see concurrent_open_test.go)")
	}
	url := pgtest.URL(t)
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			d, err := OpenURL(context.Background(), url)
			if err == nil {
				d.Close()
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Errorf("open while others migrate: %v", err)
		}
	}
}
