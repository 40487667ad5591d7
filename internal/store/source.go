package store

import (
	"context"
	"fmt"
	"net/url"
	"strings"

	"github.com/newsbot/newsbot/internal/news"
)

// Sources returns every feed as an outlet a chat can mute, in id order:
// its configured name, else the name its newest article carries (found
// through the feed's index), else its host.
func (d *DB) Sources(ctx context.Context) ([]news.Source, error) {
	var rows []struct {
		ID     int64  `db:"id"`
		Name   string `db:"name"`
		URL    string `db:"url"`
		Source string `db:"source"`
	}
	if err := d.db.SelectContext(ctx, &rows, `SELECT f.id, f.name, f.url,
		COALESCE((SELECT a.source FROM articles a WHERE a.feed_id = f.id AND a.source <> ''
		          ORDER BY a.id DESC LIMIT 1), '') AS source
		FROM feeds f ORDER BY f.id`); err != nil {
		return nil, fmt.Errorf("sources: %w", err)
	}
	out := make([]news.Source, 0, len(rows))
	for _, r := range rows {
		host := ""
		if u, err := url.Parse(r.URL); err == nil {
			host = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		}
		name := r.Name
		if name == "" {
			name = r.Source
		}
		if name == "" {
			name = host
		}
		out = append(out, news.Source{FeedID: r.ID, Name: name, Host: host})
	}
	return out, nil
}
