// Package lease elects one replica of newsbot for work that must run once
// (Telegram long polling, the one sender of the outbox, digests, feed
// polling) through a table of leases in the shared database: a row per
// lease names its holder and when the lease runs out. The SQL is plain and
// portable (INSERT … ON CONFLICT DO NOTHING, UPDATE … WHERE), bound with
// sqlx.Rebind, so it runs on SQLite, PostgreSQL and wire-compatible
// distributed SQL (CockroachDB) alike, without advisory locks.
//
// Expiry times come from the caller's clock: replicas' clocks must agree to
// well within a lease's time to live (NTP does).
package lease

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/jmoiron/sqlx"
)

// ErrNotHeld is returned by Holder when nobody holds the lease.
var ErrNotHeld = errors.New("lease: not held")

// Table is the table of leases in one database. It is safe for concurrent
// use.
type Table struct {
	db  *sqlx.DB
	now func() time.Time
}

// New returns the leases kept in db's leases table (made by migration
// 00070), timed by now (nil: time.Now).
func New(db *sqlx.DB, now func() time.Time) *Table {
	if now == nil {
		now = time.Now
	}
	return &Table{db: db, now: now}
}

// Lease is who holds a lease and until when.
type Lease struct {
	Name       string
	Holder     string
	ExpiresAt  time.Time
	AcquiredAt time.Time
}

// HolderID returns an id for this process among replicas: host name,
// process id and a random part, so that a restarted process with the same
// pid is a new holder.
func HolderID() string {
	host, err := os.Hostname()
	if err != nil || host == "" {
		host = "unknown"
	}
	var b [4]byte
	_, _ = rand.Read(b[:])
	return fmt.Sprintf("%s-%d-%s", host, os.Getpid(), hex.EncodeToString(b[:]))
}

func ms(t time.Time) int64 { return t.UnixMilli() }

// Acquire takes the lease name for holder for ttl when it is free, run
// out, or already holder's (then it is renewed), and reports whether
// holder holds it now. It fails only when the database does.
func (t *Table) Acquire(ctx context.Context, name, holder string, ttl time.Duration) (bool, error) {
	now := t.now()
	exp := now.Add(ttl)
	res, err := t.db.ExecContext(ctx, t.db.Rebind(`INSERT INTO leases (name, holder, expires_at, acquired_at, renewed_at)
		VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING`), name, holder, ms(exp), ms(now), ms(now))
	if err != nil {
		return false, fmt.Errorf("acquire lease %s: %w", name, err)
	}
	if n, _ := res.RowsAffected(); n == 1 {
		return true, nil
	}
	// Every SET expression reads the row as it was, so acquired_at keeps
	// its value when holder renews and restarts when the lease changes hands.
	res, err = t.db.ExecContext(ctx, t.db.Rebind(`UPDATE leases SET holder = ?, expires_at = ?, renewed_at = ?,
		acquired_at = CASE WHEN holder = ? THEN acquired_at ELSE ? END
		WHERE name = ? AND (holder = ? OR expires_at <= ?)`),
		holder, ms(exp), ms(now), holder, ms(now), name, holder, ms(now))
	if err != nil {
		return false, fmt.Errorf("acquire lease %s: %w", name, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("acquire lease %s: %w", name, err)
	}
	return n == 1, nil
}

// Renew extends holder's lease name to ttl from now and reports whether
// holder still holds it; false means another holder took it over (after
// it ran out) or it was released.
func (t *Table) Renew(ctx context.Context, name, holder string, ttl time.Duration) (bool, error) {
	now := t.now()
	res, err := t.db.ExecContext(ctx, t.db.Rebind(`UPDATE leases SET expires_at = ?, renewed_at = ?
		WHERE name = ? AND holder = ?`), ms(now.Add(ttl)), ms(now), name, holder)
	if err != nil {
		return false, fmt.Errorf("renew lease %s: %w", name, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("renew lease %s: %w", name, err)
	}
	return n == 1, nil
}

// Release gives up holder's lease name, so another replica may take it at
// once; it does nothing when holder does not hold it.
func (t *Table) Release(ctx context.Context, name, holder string) error {
	if _, err := t.db.ExecContext(ctx, t.db.Rebind(`DELETE FROM leases WHERE name = ? AND holder = ?`), name, holder); err != nil {
		return fmt.Errorf("release lease %s: %w", name, err)
	}
	return nil
}

type leaseRow struct {
	Name       string `db:"name"`
	Holder     string `db:"holder"`
	ExpiresAt  int64  `db:"expires_at"`
	AcquiredAt int64  `db:"acquired_at"`
}

func (r leaseRow) lease() Lease {
	return Lease{Name: r.Name, Holder: r.Holder, ExpiresAt: time.UnixMilli(r.ExpiresAt).UTC(), AcquiredAt: time.UnixMilli(r.AcquiredAt).UTC()}
}

// Holder returns who holds the lease name now, or ErrNotHeld when it is
// free or has run out.
func (t *Table) Holder(ctx context.Context, name string) (Lease, error) {
	var r leaseRow
	err := t.db.GetContext(ctx, &r, t.db.Rebind(`SELECT name, holder, expires_at, acquired_at FROM leases
		WHERE name = ? AND expires_at > ?`), name, ms(t.now()))
	if errors.Is(err, sql.ErrNoRows) {
		return Lease{}, ErrNotHeld
	}
	if err != nil {
		return Lease{}, fmt.Errorf("lease %s: %w", name, err)
	}
	return r.lease(), nil
}

// Held returns every lease held now (not run out), by name.
func (t *Table) Held(ctx context.Context) ([]Lease, error) {
	var rows []leaseRow
	if err := t.db.SelectContext(ctx, &rows, t.db.Rebind(`SELECT name, holder, expires_at, acquired_at FROM leases
		WHERE expires_at > ? ORDER BY name`), ms(t.now())); err != nil {
		return nil, fmt.Errorf("leases: %w", err)
	}
	out := make([]Lease, len(rows))
	for i, r := range rows {
		out[i] = r.lease()
	}
	return out, nil
}
