package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/newsbot/newsbot/internal/news"
)

// SaveFeedState stores the fetch state of f as the poller left it: ETag and
// Last-Modified, next and last fetch times, last status and error,
// consecutive failures and the first failure's time, and whether it is
// enabled with the reason when it is not. Name, URL and hints are untouched.
// It returns news.ErrNotFound when the feed is gone.
func (d *DB) SaveFeedState(ctx context.Context, f news.Feed) error {
	res, err := d.db.ExecContext(ctx, saveFeedStateQuery, feedStateArgs(f)...)
	if err != nil {
		return fmt.Errorf("save feed %d state: %w", f.ID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("save feed %d state: %w", f.ID, errNotFound)
	}
	return nil
}

// SaveFeedStates stores the fetch state of several feeds, as SaveFeedState
// does, in one transaction. It returns the ids of feeds that are gone.
func (d *DB) SaveFeedStates(ctx context.Context, feeds []news.Feed) (missing []int64, err error) {
	err = d.tx(ctx, func(tx *sqlx.Tx) error {
		stmt, err := tx.PrepareContext(ctx, saveFeedStateQuery)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, f := range feeds {
			res, err := stmt.ExecContext(ctx, feedStateArgs(f)...)
			if err != nil {
				return fmt.Errorf("feed %d: %w", f.ID, err)
			}
			if n, _ := res.RowsAffected(); n == 0 {
				missing = append(missing, f.ID)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("save feed states: %w", err)
	}
	return missing, nil
}

// A fetch with no failure streak is a success: it moves last_success_at.
const saveFeedStateQuery = `UPDATE feeds SET etag = ?, last_modified = ?,
	next_fetch_at = ?, last_fetch_at = ?, last_status = ?, last_error = ?,
	consecutive_failures = ?, first_failure_at = ?, enabled = ?, disabled_reason = ?,
	last_success_at = CASE WHEN ? = 0 AND ? <> '' THEN ? ELSE last_success_at END
	WHERE id = ?`

func feedStateArgs(f news.Feed) []any {
	return []any{f.ETag, f.LastModified, fmtTime(f.NextFetchAt), fmtTime(f.LastFetchAt),
		f.LastStatus, f.LastError, f.ConsecutiveFailures, fmtTime(f.FirstFailureAt),
		f.Enabled, f.DisabledReason,
		f.ConsecutiveFailures, fmtTime(f.LastFetchAt), fmtTime(f.LastFetchAt), f.ID}
}

// DueFeeds returns enabled feeds whose next fetch time is at or before now,
// never-fetched ones first, then the longest overdue; at most limit of them
// (all when limit <= 0).
func (d *DB) DueFeeds(ctx context.Context, now time.Time, limit int) ([]news.Feed, error) {
	q, args := `SELECT `+feedColumns+` FROM feeds
		WHERE enabled = 1 AND next_fetch_at <= ? ORDER BY next_fetch_at, id`, []any{fmtTime(now)}
	if limit > 0 {
		// No LIMIT at all for "all": PostgreSQL refuses SQLite's LIMIT -1.
		q += ` LIMIT ?`
		args = append(args, limit)
	}
	var rows []feedRow
	err := d.db.SelectContext(ctx, &rows, q, args...)
	if err != nil {
		return nil, fmt.Errorf("due feeds: %w", err)
	}
	out := make([]news.Feed, len(rows))
	for i, r := range rows {
		out[i] = r.feed()
	}
	return out, nil
}

// NextFeedDue returns the earliest next fetch time among enabled feeds, and
// false when there are none.
func (d *DB) NextFeedDue(ctx context.Context) (time.Time, bool, error) {
	var s *string
	if err := d.db.GetContext(ctx, &s, `SELECT min(next_fetch_at) FROM feeds WHERE enabled = 1`); err != nil {
		return time.Time{}, false, fmt.Errorf("next feed due: %w", err)
	}
	if s == nil {
		return time.Time{}, false, nil
	}
	return parseTime(*s), true, nil
}
