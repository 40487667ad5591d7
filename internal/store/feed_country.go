package store

import (
	"context"
	"fmt"
	"time"
)

// FeedCountryRule is how LearnFeedCountries decides a feed's country: among
// the feed's articles published since Since that have a primary country,
// at least MinArticles must have the same one, and they must be at least
// Share (0 < Share ≤ 1) of those articles.
type FeedCountryRule struct {
	Since       time.Time
	MinArticles int
	Share       float64
}

// LearnFeedCountries sets every feed's learned_country (news.Feed.LearnedCountry)
// to the country that rule finds its recent stories to be mostly about,
// and to none ("") where no country has the share: a local outlet on a .com
// address, most of whose stories name their country or their country's
// towns, has its stories that name none placed there too (see
// analyze.Input.LearnedCountry). A story whose countries are mixed counts
// for each of its primary countries, so a feed of world news learns none.
// It returns how many feeds' learned country changed.
func (d *DB) LearnFeedCountries(ctx context.Context, rule FeedCountryRule) (int64, error) {
	if rule.MinArticles < 1 || rule.Share <= 0 || rule.Share > 1 {
		return 0, fmt.Errorf("learn feed countries: want MinArticles ≥ 1 and 0 < Share ≤ 1, got %d and %g", rule.MinArticles, rule.Share)
	}
	// The share is compared in thousandths, in integers, the same on both
	// engines.
	share := int64(rule.Share*1000 + 0.5)
	since := fmtTime(rule.Since)
	learned := `COALESCE((
		SELECT c.code FROM article_countries c JOIN articles a ON a.id = c.article_id
		WHERE a.feed_id = feeds.id AND c.is_primary = 1 AND a.published_at >= ?
		GROUP BY c.code
		HAVING COUNT(*) >= ? AND COUNT(*) * 1000 >= ? * (
			SELECT COUNT(DISTINCT a2.id) FROM articles a2 JOIN article_countries c2 ON c2.article_id = a2.id
			WHERE a2.feed_id = feeds.id AND c2.is_primary = 1 AND a2.published_at >= ?)
		ORDER BY COUNT(*) DESC, c.code LIMIT 1), '')`
	res, err := d.db.ExecContext(ctx,
		`UPDATE feeds SET learned_country = `+learned+` WHERE learned_country <> `+learned,
		since, rule.MinArticles, share, since, since, rule.MinArticles, share, since)
	if err != nil {
		return 0, fmt.Errorf("learn feed countries: %w", err)
	}
	n, _ := res.RowsAffected()
	return n, nil
}
