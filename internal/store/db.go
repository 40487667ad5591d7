// Package store is newsbot's store, through sqlx: SQLite (mattn/go-sqlite3)
// by default, PostgreSQL (pgx) when several replicas share one database.
// The schema is applied from the embedded goose migrations of each engine.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jmoiron/sqlx"
	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver
	"github.com/pressly/goose/v3"

	"github.com/newsbot/newsbot/migrations"
)

// DB is the store. It is safe for concurrent use.
type DB struct {
	db     *sqlx.DB
	engine engine
	// dsn is the PostgreSQL URL, for migrations' own connection.
	dsn string
	now func() time.Time
	log *slog.Logger
	// damaged counts stored values that could not be decoded.
	damaged atomic.Int64
	// writeMu queues this process's write transactions in Go, first come
	// first served, instead of in SQLite's busy handler, which polls with
	// growing sleeps: there a short write (a user's /countries) could lose
	// the lock to a stream of batch writes for seconds. SQLite only.
	writeMu sync.Mutex
	stmts   stmtCache
}

// Option configures a DB.
type Option func(*DB)

// WithClock makes the store use now instead of time.Now for the times it records.
func WithClock(now func() time.Time) Option {
	return func(d *DB) { d.now = now }
}

// WithLogger makes the store report what it reads but cannot decode (a
// damaged stored value) to log; by default such reports are dropped, and
// only counted (DamagedValues).
func WithLogger(log *slog.Logger) Option {
	return func(d *DB) { d.log = log }
}

// Open opens (creating when missing) the database file at path, creates its
// folder, and applies pending migrations. It fails with a readable error when
// the file cannot be written, is not a database, or was written by a newer
// newsbot.
func Open(ctx context.Context, path string, opts ...Option) (*DB, error) {
	if path == "" {
		return nil, errors.New("open db: empty path")
	}
	db, err := OpenNoMigrate(ctx, path, opts...)
	if err != nil {
		return nil, err
	}
	unlock, err := LockMigration(path)
	if err != nil {
		db.Close()
		return nil, err
	}
	defer unlock()
	if _, err := db.Migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open db %s: %w", path, err)
	}
	// Pages freed by pruning go back to the file system in small steps
	// (ReclaimSpace), which needs incremental auto-vacuum: a new file, or one
	// from before, is converted here when that is quick (a VACUUM of the
	// file); a large one by `newsbot migrate` (see ConvertIncrementalVacuum).
	if fileSize(path) <= autoConvertLimit {
		if err := db.ConvertIncrementalVacuum(ctx); err != nil {
			db.Close()
			return nil, fmt.Errorf("open db %s: %w", path, err)
		}
	}
	return db, nil
}

// OpenNoMigrate opens the database, creating its folder, without touching its schema.
func OpenNoMigrate(ctx context.Context, path string, opts ...Option) (*DB, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("open db: create folder: %w", err)
		}
	}
	// Connection settings live in the DSN so every pooled connection gets them.
	q := url.Values{}
	q.Set("_journal_mode", "WAL")
	q.Set("_foreign_keys", "on")
	q.Set("_busy_timeout", "10000")
	q.Set("_txlock", "immediate")
	q.Set("_synchronous", "NORMAL")
	// No _auto_vacuum here: the driver would run that pragma on every new
	// connection, which then waits for the write lock whenever a write
	// transaction is open. Open converts the file once instead.
	// In a file: URI, ?, # and % in the path would start the options, a
	// fragment or an escape: they are percent-encoded (SQLite decodes them).
	dsn := "file:" + uriPathEscaper.Replace(path) + "?" + q.Encode()
	sdb, err := sqlx.Open("sqlite3", dsn)
	if err != nil {
		return nil, fmt.Errorf("open db %s: %w", path, err)
	}
	if err := sdb.PingContext(ctx); err != nil {
		sdb.Close()
		return nil, fmt.Errorf("open db %s: %w", path, err)
	}
	d := &DB{db: sdb, now: time.Now, log: slog.New(slog.DiscardHandler)}
	for _, o := range opts {
		o(d)
	}
	if d.log == nil {
		d.log = slog.New(slog.DiscardHandler)
	}
	return d, nil
}

var uriPathEscaper = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")

// Close closes the database.
func (d *DB) Close() error {
	d.stmts.close()
	return d.db.Close()
}

// Ping reports whether the database answers.
func (d *DB) Ping(ctx context.Context) error {
	var one int
	return d.db.GetContext(ctx, &one, `SELECT 1`)
}

// Migrate applies pending migrations and returns the resulting schema version.
// A database whose version is newer than the newest migration this binary
// knows is refused, so an old binary never writes into a newer schema.
func (d *DB) Migrate(ctx context.Context) (int64, error) {
	dialect, fsys, conn := goose.DialectSQLite3, fs.FS(migrations.FS), d.db.DB
	if d.engine == enginePostgres {
		// goose's version table has a real bool column, which the store's
		// connections (bools as 0/1) would not fill: it gets a plain one.
		pg, err := sql.Open("pgx", d.dsn)
		if err != nil {
			return 0, fmt.Errorf("migrate: %w", err)
		}
		defer pg.Close()
		dialect, fsys, conn = goose.DialectPostgres, pgMigrationsFS, pg
		// Replicas starting together migrate one at a time.
		unlock, err := lockSchema(ctx, pg)
		if err != nil {
			return 0, fmt.Errorf("migrate: %w", err)
		}
		defer unlock()
	}
	p, err := goose.NewProvider(dialect, conn, fsys)
	if err != nil {
		return 0, fmt.Errorf("migrate: %w", err)
	}
	current, err := p.GetDBVersion(ctx)
	if err != nil {
		return 0, fmt.Errorf("migrate: read schema version: %w", err)
	}
	var newest int64
	for _, s := range p.ListSources() {
		newest = max(newest, s.Version)
	}
	if current > newest {
		return current, fmt.Errorf("migrate: database schema version %d is newer than this newsbot knows (%d); upgrade newsbot", current, newest)
	}
	if _, err := p.Up(ctx); err != nil {
		return current, fmt.Errorf("migrate: %w", err)
	}
	return newest, nil
}

// tx runs fn in one write transaction; it commits when fn returns nil.
// On SQLite this process's write transactions queue on writeMu (SQLite has
// one writer); PostgreSQL runs them side by side, locking rows, not the
// database, so they only need to be short.
func (d *DB) tx(ctx context.Context, fn func(*sqlx.Tx) error) error {
	if d.engine == engineSQLite {
		d.writeMu.Lock()
		defer d.writeMu.Unlock()
	}
	tx, err := d.db.BeginTxx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// Times are stored as fixed-width UTC text so that they sort as strings.
const timeLayout = "2006-01-02T15:04:05.000Z"

// fmtTime formats t for storage; the zero time is stored as "".
func fmtTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(timeLayout)
}

// parseTime reads a stored time; "" and unreadable values are the zero time.
func parseTime(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(timeLayout, s)
	if err != nil {
		return time.Time{}
	}
	return t
}

// notFound maps sql.ErrNoRows to news.ErrNotFound.
func notFound(err error) error {
	if errors.Is(err, sql.ErrNoRows) {
		return errNotFound
	}
	return err
}

// SQL returns the connection pool, for components that keep portable SQL
// of their own in this database (the replicas' leases).
func (d *DB) SQL() *sqlx.DB { return d.db }
