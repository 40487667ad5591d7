package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// StoryRow is what the same-story index needs of a stored article.
type StoryRow struct {
	ID          int64  `db:"id"`
	GUID        string `db:"guid"`
	URL         string `db:"url"`
	ContentHash string `db:"content_hash"`
	Title       string `db:"title"`
	Cluster     string `db:"cluster"`
	Fingerprint []byte `db:"fingerprint"`
	PublishedAt time.Time
	Published   string `db:"published_at"`
}

// EachStoryArticle calls fn for every analysed article published at or
// after since, oldest first, except a feed's undated back catalogue (kept
// out of stories: its date is only when it was first seen), one row at a time: warming the story index
// holds no more than one row besides what the index keeps. An error from fn
// stops the walk and is returned.
func (d *DB) EachStoryArticle(ctx context.Context, since time.Time, fn func(StoryRow) error) error {
	rows, err := d.db.QueryxContext(ctx, `SELECT id, guid, url, content_hash, title, cluster,
		fingerprint, published_at FROM articles
		WHERE published_at >= ? AND analyzed_at <> '' AND back_catalogue = 0 ORDER BY published_at, id`, fmtTime(since))
	if err != nil {
		return fmt.Errorf("story articles: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r StoryRow
		if err := rows.StructScan(&r); err != nil {
			return fmt.Errorf("story articles: %w", err)
		}
		r.PublishedAt = parseTime(r.Published)
		if err := fn(r); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("story articles: %w", err)
	}
	return nil
}

// ClusterRename moves the articles of story cluster From to cluster To.
type ClusterRename struct {
	From, To string
}

// RenameClusters applies renames in order, in one short transaction (each
// is one UPDATE through the cluster index), and returns how many articles
// moved. Two stories found to be one get one cluster this way.
func (d *DB) RenameClusters(ctx context.Context, renames []ClusterRename) (int64, error) {
	if len(renames) == 0 {
		return 0, nil
	}
	var moved int64
	err := d.tx(ctx, func(tx *sqlx.Tx) error {
		for _, r := range renames {
			if r.From == "" || r.To == "" || r.From == r.To {
				continue
			}
			res, err := tx.ExecContext(ctx, `UPDATE articles SET cluster = ? WHERE cluster = ? AND cluster <> ''`, r.To, r.From)
			if err != nil {
				return err
			}
			n, _ := res.RowsAffected()
			moved += n
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("rename story clusters: %w", err)
	}
	return moved, nil
}
