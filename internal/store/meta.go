package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

var errNotFound = news.ErrNotFound

// SetMeta stores a small operational value under key.
func (d *DB) SetMeta(ctx context.Context, key, value string) error {
	_, err := d.db.ExecContext(ctx,
		`INSERT INTO meta (key, value) VALUES (?, ?)
		 ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
	if err != nil {
		return fmt.Errorf("set meta %s: %w", key, err)
	}
	return nil
}

// Meta returns the value stored under key, or news.ErrNotFound.
func (d *DB) Meta(ctx context.Context, key string) (string, error) {
	var v string
	if err := d.db.GetContext(ctx, &v, `SELECT value FROM meta WHERE key = ?`, key); err != nil {
		return "", notFound(err)
	}
	return v, nil
}

// SetMetaTime stores a time under key.
func (d *DB) SetMetaTime(ctx context.Context, key string, t time.Time) error {
	return d.SetMeta(ctx, key, fmtTime(t))
}

// MetaTime returns the time stored under key; the zero time when unset.
func (d *DB) MetaTime(ctx context.Context, key string) (time.Time, error) {
	v, err := d.Meta(ctx, key)
	if errors.Is(err, errNotFound) {
		return time.Time{}, nil
	}
	if err != nil {
		return time.Time{}, err
	}
	return parseTime(v), nil
}
