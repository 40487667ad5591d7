package store

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/newsbot/newsbot/internal/news"
)

// ErrDuplicate is returned when a record with the same unique key exists.
var ErrDuplicate = errors.New("already exists")

type feedRow struct {
	ID                  int64  `db:"id"`
	URL                 string `db:"url"`
	Name                string `db:"name"`
	Lang                string `db:"lang"`
	Country             string `db:"country"`
	LearnedCountry      string `db:"learned_country"`
	FullText            bool   `db:"full_text"`
	Enabled             bool   `db:"enabled"`
	ETag                string `db:"etag"`
	LastModified        string `db:"last_modified"`
	NextFetchAt         string `db:"next_fetch_at"`
	LastFetchAt         string `db:"last_fetch_at"`
	LastStatus          string `db:"last_status"`
	LastError           string `db:"last_error"`
	ConsecutiveFailures int    `db:"consecutive_failures"`
	FirstFailureAt      string `db:"first_failure_at"`
	DisabledReason      string `db:"disabled_reason"`
	CreatedAt           string `db:"created_at"`
}

func (r feedRow) feed() news.Feed {
	return news.Feed{
		ID: r.ID, URL: r.URL, Name: r.Name, Lang: r.Lang, Country: r.Country, LearnedCountry: r.LearnedCountry,
		FullText: r.FullText, Enabled: r.Enabled,
		ETag: r.ETag, LastModified: r.LastModified,
		NextFetchAt: parseTime(r.NextFetchAt), LastFetchAt: parseTime(r.LastFetchAt),
		LastStatus: r.LastStatus, LastError: r.LastError,
		ConsecutiveFailures: r.ConsecutiveFailures, FirstFailureAt: parseTime(r.FirstFailureAt),
		DisabledReason: r.DisabledReason, CreatedAt: parseTime(r.CreatedAt),
	}
}

const feedColumns = `id, url, name, lang, country, learned_country, full_text, enabled, etag, last_modified,
	next_fetch_at, last_fetch_at, last_status, last_error, consecutive_failures,
	first_failure_at, disabled_reason, created_at`

// AddFeed stores a new feed and returns it with its id. A feed with the same
// URL already stored gives ErrDuplicate.
func (d *DB) AddFeed(ctx context.Context, f news.Feed) (news.Feed, error) {
	f.URL = strings.TrimSpace(f.URL)
	if f.URL == "" {
		return news.Feed{}, errors.New("add feed: empty url")
	}
	f.CreatedAt = d.now().UTC()
	err := d.db.QueryRowxContext(ctx,
		`INSERT INTO feeds (url, name, lang, country, full_text, enabled, created_at)
		 VALUES (?, ?, ?, ?, ?, 1, ?) RETURNING id`,
		f.URL, f.Name, f.Lang, f.Country, f.FullText, fmtTime(f.CreatedAt)).Scan(&f.ID)
	if err != nil {
		if isUniqueViolation(err) {
			return news.Feed{}, fmt.Errorf("add feed %s: %w", f.URL, ErrDuplicate)
		}
		return news.Feed{}, fmt.Errorf("add feed %s: %w", f.URL, err)
	}
	f.Enabled = true
	return f, nil
}

// UpsertFeed stores a feed from configuration: new URLs are added, known ones
// get the configured name, language, country and full-text flag while their
// fetch state is kept.
func (d *DB) UpsertFeed(ctx context.Context, f news.Feed) (news.Feed, error) {
	f.URL = strings.TrimSpace(f.URL)
	if f.URL == "" {
		return news.Feed{}, errors.New("upsert feed: empty url")
	}
	_, err := d.db.ExecContext(ctx,
		`INSERT INTO feeds (url, name, lang, country, full_text, enabled, created_at)
		 VALUES (?, ?, ?, ?, ?, 1, ?)
		 ON CONFLICT (url) DO UPDATE SET name = excluded.name, lang = excluded.lang,
		   country = excluded.country, full_text = excluded.full_text`,
		f.URL, f.Name, f.Lang, f.Country, f.FullText, fmtTime(d.now()))
	if err != nil {
		return news.Feed{}, fmt.Errorf("upsert feed %s: %w", f.URL, err)
	}
	return d.FeedByURL(ctx, f.URL)
}

// Feed returns the feed with the given id, or news.ErrNotFound.
func (d *DB) Feed(ctx context.Context, id int64) (news.Feed, error) {
	var r feedRow
	if err := d.db.GetContext(ctx, &r, `SELECT `+feedColumns+` FROM feeds WHERE id = ?`, id); err != nil {
		return news.Feed{}, fmt.Errorf("feed %d: %w", id, notFound(err))
	}
	return r.feed(), nil
}

// FeedByURL returns the feed with the given URL, or news.ErrNotFound.
func (d *DB) FeedByURL(ctx context.Context, url string) (news.Feed, error) {
	var r feedRow
	if err := d.db.GetContext(ctx, &r, `SELECT `+feedColumns+` FROM feeds WHERE url = ?`, url); err != nil {
		return news.Feed{}, fmt.Errorf("feed %s: %w", url, notFound(err))
	}
	return r.feed(), nil
}

// Feeds returns every feed, enabled or not, by id.
func (d *DB) Feeds(ctx context.Context) ([]news.Feed, error) {
	var rows []feedRow
	if err := d.db.SelectContext(ctx, &rows, `SELECT `+feedColumns+` FROM feeds ORDER BY id`); err != nil {
		return nil, fmt.Errorf("list feeds: %w", err)
	}
	out := make([]news.Feed, len(rows))
	for i, r := range rows {
		out[i] = r.feed()
	}
	return out, nil
}

// RemoveFeed deletes a feed by id or URL. Its articles stay, detached from it.
// It returns news.ErrNotFound when no feed matches.
func (d *DB) RemoveFeed(ctx context.Context, idOrURL string) (news.Feed, error) {
	var r feedRow
	err := d.db.GetContext(ctx, &r, `SELECT `+feedColumns+` FROM feeds WHERE url = ? OR CAST(id AS TEXT) = ?`, idOrURL, idOrURL)
	if err != nil {
		return news.Feed{}, fmt.Errorf("remove feed %s: %w", idOrURL, notFound(err))
	}
	if _, err := d.db.ExecContext(ctx, `DELETE FROM feeds WHERE id = ?`, r.ID); err != nil {
		return news.Feed{}, fmt.Errorf("remove feed %s: %w", idOrURL, err)
	}
	return r.feed(), nil
}

// SetFeedEnabled enables or disables a feed; enabling clears the failure state
// so it is fetched at once.
func (d *DB) SetFeedEnabled(ctx context.Context, id int64, enabled bool, reason string) error {
	q := `UPDATE feeds SET enabled = 0, disabled_reason = ? WHERE id = ?`
	args := []any{reason, id}
	if enabled {
		q = `UPDATE feeds SET enabled = 1, disabled_reason = '', consecutive_failures = 0,
		       first_failure_at = '', next_fetch_at = '' WHERE id = ?`
		args = []any{id}
	}
	res, err := d.db.ExecContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("set feed %d enabled: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("set feed %d enabled: %w", id, errNotFound)
	}
	return nil
}
