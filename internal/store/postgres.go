package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/jmoiron/sqlx"
	"github.com/mattn/go-sqlite3"

	pgmigrations "github.com/newsbot/newsbot/migrations/postgres"
)

// The store's SQL is written once, for both engines: standard SQL with ?
// placeholders, ON CONFLICT upserts and RETURNING. Where the engines differ
// (SQLite's INSERT OR IGNORE, its pragmas and file vacuum) the method says
// so and picks by d.engine. PostgreSQL numbers its placeholders ($1, $2…),
// so its connections rewrite ? to $n as a statement is sent: one rule in
// one place instead of a second copy of every query.

// engine is the database behind a DB.
type engine int

const (
	engineSQLite engine = iota
	enginePostgres
)

func (e engine) String() string {
	if e == enginePostgres {
		return "postgres"
	}
	return "sqlite"
}

// skipLocked is the clause that ends a claim's SELECT, inside the claim's
// write transaction: on PostgreSQL it locks the rows picked (of the named
// table) and passes over rows another transaction holds, so that processes
// claiming side by side each get different rows and none waits. SQLite needs
// none: a write transaction begins IMMEDIATE there and holds the database's
// one write lock, so claimers already take turns.
func (e engine) skipLocked(table string) string {
	if e == enginePostgres {
		return ` FOR UPDATE OF ` + table + ` SKIP LOCKED`
	}
	return ``
}

// IsPostgresURL reports whether dsn names a PostgreSQL database
// (postgres:// or postgresql://) rather than a SQLite file.
func IsPostgresURL(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// OpenURL opens the store named by dsn: a postgres:// URL selects
// PostgreSQL, anything else is a SQLite file path. Pending migrations are
// applied.
func OpenURL(ctx context.Context, dsn string, opts ...Option) (*DB, error) {
	if !IsPostgresURL(dsn) {
		return Open(ctx, dsn, opts...)
	}
	d, err := OpenPostgresNoMigrate(ctx, dsn, opts...)
	if err != nil {
		return nil, err
	}
	if _, err := d.Migrate(ctx); err != nil {
		d.Close()
		return nil, fmt.Errorf("open db %s: %w", RedactURL(dsn), err)
	}
	return d, nil
}

// OpenURLNoMigrate opens the store named by dsn, as OpenURL does, without
// touching its schema.
func OpenURLNoMigrate(ctx context.Context, dsn string, opts ...Option) (*DB, error) {
	if IsPostgresURL(dsn) {
		return OpenPostgresNoMigrate(ctx, dsn, opts...)
	}
	return OpenNoMigrate(ctx, dsn, opts...)
}

// OpenPostgresNoMigrate connects to the PostgreSQL database at dsn without
// touching its schema.
func OpenPostgresNoMigrate(ctx context.Context, dsn string, opts ...Option) (*DB, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("open db %s: %w", RedactURL(dsn), err)
	}
	sdb := sql.OpenDB(qmarkConnector{stdlib.GetConnector(*cfg)})
	// A replica keeps a few connections warm; PostgreSQL's default limit
	// is 100 for all replicas together.
	sdb.SetMaxOpenConns(16)
	sdb.SetMaxIdleConns(8)
	sdb.SetConnMaxIdleTime(5 * time.Minute)
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := sdb.PingContext(pingCtx); err != nil {
		sdb.Close()
		return nil, fmt.Errorf("open db %s: %w", RedactURL(dsn), err)
	}
	d := &DB{db: sqlx.NewDb(sdb, "pgx"), engine: enginePostgres, dsn: dsn, now: time.Now, log: slog.New(slog.DiscardHandler)}
	for _, o := range opts {
		o(d)
	}
	if d.log == nil {
		d.log = slog.New(slog.DiscardHandler)
	}
	return d, nil
}

// RedactURL hides the password of a database URL, in its user part or its
// query, for messages and logs. A SQLite path is returned as it is; a URL
// that does not parse is not shown at all.
func RedactURL(dsn string) string {
	if !IsPostgresURL(dsn) {
		return dsn
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return "(a postgres URL that does not parse)"
	}
	if q := u.Query(); q.Has("password") {
		q.Set("password", "xxxxx")
		u.RawQuery = q.Encode()
	}
	return u.Redacted()
}

var pgMigrationsFS = pgmigrations.FS

// qmarkConnector hands out pgx connections that accept ? placeholders.
type qmarkConnector struct{ driver.Connector }

func (c qmarkConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := c.Connector.Connect(ctx)
	if err != nil {
		return nil, err
	}
	return &qmarkConn{conn.(*stdlib.Conn)}, nil
}

// qmarkConn is a pgx connection whose statements are rewritten from ? to
// $n placeholders; everything else is pgx's own.
type qmarkConn struct{ *stdlib.Conn }

func (c *qmarkConn) Prepare(query string) (driver.Stmt, error) {
	return c.Conn.Prepare(dollarPlaceholders(query))
}

func (c *qmarkConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	return c.Conn.PrepareContext(ctx, dollarPlaceholders(query))
}

func (c *qmarkConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	return c.Conn.ExecContext(ctx, dollarPlaceholders(query), args)
}

func (c *qmarkConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	return c.Conn.QueryContext(ctx, dollarPlaceholders(query), args)
}

// CheckNamedValue stores Go bools as the 0/1 integers both engines' flag
// columns hold (SQLite does this itself), and text as PostgreSQL can hold
// it, then lets pgx check the value. SQLite keeps any bytes in a text
// column, but PostgreSQL refuses invalid UTF-8 and NUL, and so would fail
// a whole batch of articles for one feed's broken byte: an invalid
// sequence becomes U+FFFD, as the renderer shows it anyway, and NUL goes.
func (c *qmarkConn) CheckNamedValue(nv *driver.NamedValue) error {
	switch v := nv.Value.(type) {
	case bool:
		nv.Value = int64(0)
		if v {
			nv.Value = int64(1)
		}
		return nil
	case string:
		nv.Value = pgText(v)
	}
	return c.Conn.CheckNamedValue(nv)
}

// pgText returns s as PostgreSQL's text can hold it: valid UTF-8 without NUL.
func pgText(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "")
	}
	return s
}

// dollarPlaceholders rewrites each ? placeholder of query to $1, $2, …,
// leaving those inside quoted strings, quoted names and comments alone.
func dollarPlaceholders(query string) string {
	if !strings.Contains(query, "?") {
		return query
	}
	var b strings.Builder
	b.Grow(len(query) + 16)
	n := 0
	for i := 0; i < len(query); i++ {
		c := query[i]
		switch {
		case c == '\'' || c == '"':
			end := strings.IndexByte(query[i+1:], c)
			if end < 0 {
				b.WriteString(query[i:])
				return b.String()
			}
			b.WriteString(query[i : i+end+2])
			i += end + 1
		case c == '-' && strings.HasPrefix(query[i:], "--"):
			end := strings.IndexByte(query[i:], '\n')
			if end < 0 {
				b.WriteString(query[i:])
				return b.String()
			}
			b.WriteString(query[i : i+end+1])
			i += end
		case c == '/' && strings.HasPrefix(query[i:], "/*"):
			end := strings.Index(query[i+2:], "*/")
			if end < 0 {
				b.WriteString(query[i:])
				return b.String()
			}
			b.WriteString(query[i : i+end+4])
			i += end + 3
		case c == '?':
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// isUniqueViolation reports whether err is a broken UNIQUE constraint, on
// either engine.
func isUniqueViolation(err error) bool {
	var se sqlite3.Error
	if errors.As(err, &se) {
		return se.ExtendedCode == sqlite3.ErrConstraintUnique
	}
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23505"
}

// lockSchema makes processes that migrate one PostgreSQL database together
// take turns: it locks the one row of a small table in a transaction held
// until unlock, so the next process waits and then finds the schema
// current. A row lock, not an advisory lock or LOCK TABLE, so it works on
// CockroachDB and YugabyteDB too. Creating the table can itself race with
// another process creating it: that is tried again.
func lockSchema(ctx context.Context, db *sql.DB) (unlock func(), err error) {
	const create = `CREATE TABLE IF NOT EXISTS newsbot_schema_lock (id BIGINT PRIMARY KEY)`
	for try := 0; ; try++ {
		_, err = db.ExecContext(ctx, create)
		if err == nil || try == 3 {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err != nil {
		return nil, fmt.Errorf("schema lock: %w", err)
	}
	if _, err := db.ExecContext(ctx, `INSERT INTO newsbot_schema_lock (id) VALUES (1) ON CONFLICT DO NOTHING`); err != nil {
		return nil, fmt.Errorf("schema lock: %w", err)
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("schema lock: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `SELECT id FROM newsbot_schema_lock WHERE id = 1 FOR UPDATE`); err != nil {
		_ = tx.Rollback()
		return nil, fmt.Errorf("schema lock: %w", err)
	}
	return func() { _ = tx.Rollback() }, nil
}

// bulkAnalyzeRows is how many outbox rows one call must add before
// PostgreSQL's statistics of the outbox are refreshed at once.
const bulkAnalyzeRows = 1000

// analyzeOutboxAfter refreshes PostgreSQL's statistics of the outbox after
// a call added added rows, when they are many. Autovacuum would do it within
// a minute or so; until then the planner believes the outbox nearly empty
// and the claim's plan reads and sorts every waiting row: on a broadcast to
// 100 000 subscribers a claim took 0.6-1 s instead of 10 ms, which held the
// first 20 s of sending to about a fifth of the rate. A failure is only
// logged: the broadcast is queued, and autovacuum catches up.
func (d *DB) analyzeOutboxAfter(ctx context.Context, added int) {
	if d.engine != enginePostgres || added < bulkAnalyzeRows {
		return
	}
	if _, err := d.db.ExecContext(ctx, `ANALYZE outbox`); err != nil {
		d.log.Warn("outbox statistics not refreshed after a large enqueue; claims may be slow until autovacuum runs", "rows", added, "err", err)
	}
}
