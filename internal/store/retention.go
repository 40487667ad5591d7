package store

import (
	"context"
	"database/sql"
	"fmt"
	"hash/fnv"
	"os"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/newsbot/newsbot/internal/news"
)

// PruneBatch is how many articles one pruning transaction deletes: small
// enough that the write lock is held for milliseconds, so the bot's own
// writes and the poller's slip in between batches.
const PruneBatch = 300

// vacuumStep is how many free pages one incremental-vacuum transaction
// returns to the file system (4 MiB at SQLite's default page size).
const vacuumStep = 1024

// tombstoneHash is the 64-bit hash a tombstone keeps of a GUID or URL; ""
// hashes to 0, which stands for "none".
func tombstoneHash(s string) int64 {
	if s == "" {
		return 0
	}
	h := fnv.New64a()
	h.Write([]byte(s))
	if v := int64(h.Sum64()); v != 0 {
		return v
	}
	return 1
}

// unixDay is t's day since 1970-01-01 in UTC, as tombstones count days.
func unixDay(t time.Time) int64 { return t.Unix() / 86400 }

// PruneArticles deletes the articles first seen before cutoff, their
// analysis and index rows with them (ON DELETE CASCADE), in transactions of
// at most batch articles (PruneBatch when batch <= 0), and leaves a
// tombstone for each so that an item its feed still lists is not stored
// again. Articles a broadcast refers to are kept: an outbox message refers
// to an article only through its broadcast. Tombstones last as long as
// articles do, counted from the day their item was last seen in its feed
// (NewOrChanged marks them): those not seen since before cutoff go too,
// so the table does not grow with every article ever pruned. It returns
// how many articles it deleted; on error or cancellation the batches
// already committed stay deleted.
func (d *DB) PruneArticles(ctx context.Context, cutoff time.Time, batch int) (int, error) {
	if batch <= 0 {
		batch = PruneBatch
	}
	total := 0
	for {
		if err := ctx.Err(); err != nil {
			return total, err
		}
		n, err := d.pruneBatch(ctx, fmtTime(cutoff), batch)
		total += n
		if err != nil {
			return total, fmt.Errorf("prune articles: %w", err)
		}
		if n < batch {
			break
		}
	}
	if err := d.pruneTombstones(ctx, unixDay(cutoff), batch); err != nil {
		return total, fmt.Errorf("prune tombstones: %w", err)
	}
	return total, nil
}

// pruneTombstones deletes the tombstones last seen before day, batch at a
// time, each batch its own short transaction.
func (d *DB) pruneTombstones(ctx context.Context, day int64, batch int) error {
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		var n int64
		err := d.tx(ctx, func(tx *sqlx.Tx) error {
			res, err := tx.ExecContext(ctx, `DELETE FROM article_tombstones WHERE (feed_id, guid_hash) IN
				(SELECT feed_id, guid_hash FROM article_tombstones WHERE seen_day < ? LIMIT ?)`, day, batch)
			if err != nil {
				return err
			}
			n, err = res.RowsAffected()
			return err
		})
		if err != nil || n < int64(batch) {
			return err
		}
	}
}

// markTombstonesSeen marks the tombstones that found arts (NewOrChanged's
// outcomeBuried) as seen today, in one short transaction; a tombstone
// already marked today is not written again.
func (d *DB) markTombstonesSeen(ctx context.Context, arts []*news.Article) error {
	if len(arts) == 0 {
		return nil
	}
	today := unixDay(d.now())
	err := d.tx(ctx, func(tx *sqlx.Tx) error {
		for _, a := range arts {
			if h := tombstoneHash(a.GUID); h != 0 {
				if _, err := tx.ExecContext(ctx, `UPDATE article_tombstones SET seen_day = ?
					WHERE feed_id = ? AND guid_hash = ? AND seen_day < ?`, today, a.FeedID, h, today); err != nil {
					return err
				}
			}
			if h := tombstoneHash(a.URL); h != 0 {
				if _, err := tx.ExecContext(ctx, `UPDATE article_tombstones SET seen_day = ?
					WHERE url_hash = ? AND url_hash <> 0 AND seen_day < ?`, today, h, today); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("mark tombstones seen: %w", err)
	}
	return nil
}

func (d *DB) pruneBatch(ctx context.Context, cutoff string, batch int) (int, error) {
	var n int
	today := unixDay(d.now())
	err := d.tx(ctx, func(tx *sqlx.Tx) error {
		var rows []struct {
			ID     int64         `db:"id"`
			FeedID sql.NullInt64 `db:"feed_id"`
			GUID   string        `db:"guid"`
			URL    string        `db:"url"`
		}
		if err := tx.SelectContext(ctx, &rows, `SELECT id, feed_id, guid, url FROM articles a
			WHERE fetched_at < ? AND NOT EXISTS (SELECT 1 FROM broadcasts b WHERE b.article_id = a.id)
			ORDER BY fetched_at LIMIT ?`, cutoff, batch); err != nil {
			return err
		}
		if len(rows) == 0 {
			return nil
		}
		tomb, err := tx.PrepareContext(ctx, `INSERT INTO article_tombstones (feed_id, guid_hash, url_hash, seen_day) VALUES (?, ?, ?, ?)
			ON CONFLICT (feed_id, guid_hash) DO UPDATE SET seen_day = excluded.seen_day`)
		if err != nil {
			return err
		}
		defer tomb.Close()
		del, err := tx.PrepareContext(ctx, `DELETE FROM articles WHERE id = ?`)
		if err != nil {
			return err
		}
		defer del.Close()
		for _, r := range rows {
			guid := r.GUID
			if guid == "" {
				guid = r.URL // keyed by something; the URL hash finds it anyway
			}
			if _, err := tomb.ExecContext(ctx, r.FeedID.Int64, tombstoneHash(guid), tombstoneHash(r.URL), today); err != nil {
				return fmt.Errorf("tombstone article %d: %w", r.ID, err)
			}
			if _, err := del.ExecContext(ctx, r.ID); err != nil {
				return fmt.Errorf("delete article %d: %w", r.ID, err)
			}
		}
		n = len(rows)
		return nil
	})
	return n, err
}

// ReclaimSpace returns free pages to the file system in steps of a few
// MiB, each its own short transaction, and returns how many bytes it
// released. It does nothing on a database not in incremental auto-vacuum
// mode (see AutoVacuum), nor on PostgreSQL, whose autovacuum makes the
// space of deleted rows reusable on its own (giving it back to the file
// system would take VACUUM FULL, which locks the tables it rewrites).
func (d *DB) ReclaimSpace(ctx context.Context) (int64, error) {
	if d.engine == enginePostgres {
		return 0, nil
	}
	mode, err := d.AutoVacuum(ctx)
	if err != nil || mode != "incremental" {
		return 0, err
	}
	var pageSize int64
	if err := d.db.GetContext(ctx, &pageSize, `PRAGMA page_size`); err != nil {
		return 0, fmt.Errorf("reclaim space: %w", err)
	}
	var released int64
	for {
		if err := ctx.Err(); err != nil {
			return released, err
		}
		var free int64
		if err := d.db.GetContext(ctx, &free, `PRAGMA freelist_count`); err != nil {
			return released, fmt.Errorf("reclaim space: %w", err)
		}
		if free == 0 {
			return released, nil
		}
		step := min(free, vacuumStep)
		err := d.tx(ctx, func(tx *sqlx.Tx) error {
			// The pragma frees one page per step of its statement: read
			// every row so that it runs to the end.
			rows, err := tx.QueryContext(ctx, fmt.Sprintf(`PRAGMA incremental_vacuum(%d)`, step))
			if err != nil {
				return err
			}
			defer rows.Close()
			for rows.Next() {
			}
			return rows.Err()
		})
		if err != nil {
			return released, fmt.Errorf("reclaim space: %w", err)
		}
		var after int64
		if err := d.db.GetContext(ctx, &after, `PRAGMA freelist_count`); err != nil {
			return released, fmt.Errorf("reclaim space: %w", err)
		}
		if after >= free {
			return released, nil // nothing moved: never loop
		}
		released += (free - after) * pageSize
	}
}

// AutoVacuum returns the database's auto-vacuum mode: "none", "full" or
// "incremental". A database created by this version is incremental; an
// older file stays "none" until ConvertIncrementalVacuum rewrites it.
// PostgreSQL is "incremental": its autovacuum needs no conversion.
func (d *DB) AutoVacuum(ctx context.Context) (string, error) {
	if d.engine == enginePostgres {
		return "incremental", nil
	}
	var mode int
	if err := d.db.GetContext(ctx, &mode, `PRAGMA auto_vacuum`); err != nil {
		return "", fmt.Errorf("auto_vacuum: %w", err)
	}
	switch mode {
	case 1:
		return "full", nil
	case 2:
		return "incremental", nil
	}
	return "none", nil
}

// ConvertIncrementalVacuum switches a database to incremental auto-vacuum.
// That takes a one-time VACUUM, which rewrites the whole file: it holds the
// write lock throughout (seconds per 100 MB) and needs free disk space the
// size of the database. It does nothing on a database already converted,
// nor on PostgreSQL (see AutoVacuum).
func (d *DB) ConvertIncrementalVacuum(ctx context.Context) error {
	if mode, err := d.AutoVacuum(ctx); err != nil || mode == "incremental" {
		return err
	}
	d.writeMu.Lock()
	defer d.writeMu.Unlock()
	// The mode is a per-connection setting until VACUUM writes it into the
	// file: both statements must run on one connection.
	conn, err := d.db.Connx(ctx)
	if err != nil {
		return fmt.Errorf("convert to incremental vacuum: %w", err)
	}
	defer conn.Close()
	for _, stmt := range []string{`PRAGMA auto_vacuum = INCREMENTAL`, `VACUUM`} {
		if _, err := conn.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("convert to incremental vacuum: %s: %w", stmt, err)
		}
	}
	return nil
}

// autoConvertLimit is the largest file Open converts to incremental vacuum
// on its own; a larger one is left to `newsbot migrate`, so that a start is
// never held up by a long VACUUM.
const autoConvertLimit = 256 << 20

// StoreStats is the size of the store, for metrics.
type StoreStats struct {
	// Bytes is the database file's size in pages, Free the part of it
	// that is free pages waiting to be reclaimed.
	Bytes, Free int64
	Articles    int
}

// Stats returns the database size and the article count. On PostgreSQL the
// size is that of the store's tables with their indexes and TOAST data
// (pg_total_relation_size) in its schema, so that other users of the same
// database are not counted; Free is 0 there, since measuring the reusable
// space would take an extension (pgstattuple).
func (d *DB) Stats(ctx context.Context) (StoreStats, error) {
	var s StoreStats
	if d.engine == enginePostgres {
		if err := d.db.GetContext(ctx, &s.Bytes, `SELECT CAST(COALESCE(SUM(pg_total_relation_size(c.oid)), 0) AS BIGINT)
			FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE n.nspname = current_schema() AND c.relkind = 'r'`); err != nil {
			return s, fmt.Errorf("store stats: %w", err)
		}
		n, err := d.CountArticles(ctx)
		s.Articles = n
		return s, err
	}
	var pages, free, pageSize int64
	for _, p := range []struct {
		pragma string
		v      *int64
	}{{"page_count", &pages}, {"freelist_count", &free}, {"page_size", &pageSize}} {
		if err := d.db.GetContext(ctx, p.v, `PRAGMA `+p.pragma); err != nil {
			return s, fmt.Errorf("store stats: %w", err)
		}
	}
	s.Bytes, s.Free = pages*pageSize, free*pageSize
	n, err := d.CountArticles(ctx)
	if err != nil {
		return s, err
	}
	s.Articles = n
	return s, nil
}

// fileSize returns the size of the file at path, 0 when it is missing.
func fileSize(path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return fi.Size()
}
