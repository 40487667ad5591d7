package pgtest

import (
	"database/sql"
	"os"
	"testing"
)

func TestMain(m *testing.M) { os.Exit(Main(m)) }

// Each test gets an empty schema of its own, and the server's CPU time
// counts the work done in it.
func TestURLGivesASchemaAndServerCPUCountsWork(t *testing.T) {
	open := func(url string) *sql.DB {
		db, err := sql.Open("pgx", url)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	}
	a, b := open(URL(t)), open(URL(t))
	if _, err := a.Exec(`CREATE TABLE t (x BIGINT)`); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := b.QueryRow(`SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()`).Scan(&n); err != nil || n != 0 {
		t.Errorf("the second schema holds %d tables (%v), want none", n, err)
	}
	if server == nil {
		t.Skip("not a private server: no CPU to read")
	}
	before := ServerCPU()
	if err := a.QueryRow(`SELECT count(*) FROM generate_series(1, 5000000)`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if after := ServerCPU(); after <= before {
		t.Errorf("server CPU %s before 5 million rows counted, %s after; want it to grow", before, after)
	}
}
