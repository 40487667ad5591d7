package ingest

import (
	"context"
	"fmt"

	"github.com/newsbot/newsbot/internal/news"
)

// markBackCatalogue marks the undated articles of a feed's first poll as
// its back catalogue: they were on the feed before newsbot first read it,
// and without a date nothing says they are recent (a feed without dates
// may list years of stories). Undated articles of later polls appeared
// since the previous poll, so they stay fresh. A feed counts as read once
// the store holds any of its articles, asked before anything of this poll
// is stored: that holds across restarts and failed first polls, and when
// retention has pruned every article of a quiet feed, what it still lists
// is old again and comes back as back catalogue, not as news.
func (p *Poller) markBackCatalogue(ctx context.Context, f news.Feed, arts []news.Article) error {
	undated := false
	for _, a := range arts {
		undated = undated || a.Undated
	}
	if !undated {
		return nil
	}
	read, err := p.feedRead(ctx, f)
	if err != nil {
		return err
	}
	for i := range arts {
		arts[i].BackCatalogue = arts[i].Undated && !read
	}
	return nil
}

// feedRead reports whether the store holds any article of f (true for a
// feed that is not stored, whose articles cannot be back catalogue).
func (p *Poller) feedRead(ctx context.Context, f news.Feed) (bool, error) {
	if f.ID == 0 {
		return true, nil
	}
	read, err := p.store.FeedHasArticles(ctx, f.ID)
	if err != nil {
		return false, fmt.Errorf("back catalogue: %w", err)
	}
	return read, nil
}
