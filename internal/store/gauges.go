package store

import (
	"context"
	"fmt"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

// SubscriberCounts returns the number of subscribers in each status.
func (d *DB) SubscriberCounts(ctx context.Context) (map[news.Status]int, error) {
	var rows []struct {
		Status string `db:"status"`
		N      int    `db:"n"`
	}
	if err := d.db.SelectContext(ctx, &rows, `SELECT status, COUNT(*) AS n FROM subscribers GROUP BY status`); err != nil {
		return nil, fmt.Errorf("subscriber counts: %w", err)
	}
	out := make(map[news.Status]int, len(rows))
	for _, r := range rows {
		out[news.Status(r.Status)] = r.N
	}
	return out, nil
}

// FeedLastSuccess returns, for each enabled feed fetched successfully at
// least once, when that last happened, keyed by the feed's name (its URL
// when it has none; the URL too when two feeds share a name).
func (d *DB) FeedLastSuccess(ctx context.Context) (map[string]time.Time, error) {
	var rows []struct {
		URL  string `db:"url"`
		Name string `db:"name"`
		At   string `db:"last_success_at"`
	}
	if err := d.db.SelectContext(ctx, &rows, `SELECT url, name, last_success_at FROM feeds
		WHERE enabled = 1 AND last_success_at <> '' ORDER BY id`); err != nil {
		return nil, fmt.Errorf("feed last success: %w", err)
	}
	out := make(map[string]time.Time, len(rows))
	for _, r := range rows {
		key := r.Name
		if _, taken := out[key]; key == "" || taken {
			key = r.URL
		}
		out[key] = parseTime(r.At)
	}
	return out, nil
}

// OldestDueOutbox returns the earliest NotBefore of a message that was due
// at or before now and is still not sent (pending, failed or in flight):
// how long the outbox has been behind. It is the zero time when nothing due
// waits.
func (d *DB) OldestDueOutbox(ctx context.Context, now time.Time) (time.Time, error) {
	var s string
	if err := d.db.GetContext(ctx, &s, `SELECT COALESCE(MIN(not_before), '') FROM outbox
		WHERE state IN ('pending', 'failed', 'sending') AND not_before <= ?`, fmtTime(now)); err != nil {
		return time.Time{}, fmt.Errorf("oldest due outbox message: %w", err)
	}
	return parseTime(s), nil
}
