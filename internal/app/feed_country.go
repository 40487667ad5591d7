package app

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/newsbot/newsbot/internal/store"
)

// A local outlet on a .com address names its country in some of its
// stories (or its country's towns and states) and never in the rest: a
// council's budget, a school's coach. The analysis cannot place the rest
// from the address; FeedCountries learns the feed's country from the
// stories it could place (store.LearnFeedCountries) and the poller hands it
// to the analysis of the feed's next articles (analyze.Input.LearnedCountry),
// below the feed's configured country and its address's country-code domain.

// Defaults of FeedCountries: relearned every six hours from the last 30 days'
// stories; a country needs 20 of them and three fifths of those the feed
// placed.
const (
	feedCountryEvery       = 6 * time.Hour
	feedCountryWindow      = 30 * 24 * time.Hour
	feedCountryMinArticles = 20
	feedCountryShare       = 0.6
)

// feedCountryStore learns the feeds' countries; store.DB does.
type feedCountryStore interface {
	LearnFeedCountries(ctx context.Context, rule store.FeedCountryRule) (int64, error)
}

// FeedCountries relearns every feed's country from its recent stories
// (store.LearnFeedCountries) a minute after start and then every Every.
type FeedCountries struct {
	db     feedCountryStore
	log    *slog.Logger
	now    func() time.Time
	every  time.Duration
	window time.Duration
	min    int
	share  float64
}

// NewFeedCountries returns the learner of db's feeds' countries with the
// defaults above; log may be nil.
func NewFeedCountries(db feedCountryStore, log *slog.Logger) *FeedCountries {
	return &FeedCountries{db: db, log: log, now: time.Now, every: feedCountryEvery, window: feedCountryWindow,
		min: feedCountryMinArticles, share: feedCountryShare}
}

// Once learns the feeds' countries once and returns how many changed.
func (l *FeedCountries) Once(ctx context.Context) (int64, error) {
	return l.db.LearnFeedCountries(ctx, store.FeedCountryRule{Since: l.now().Add(-l.window), MinArticles: l.min, Share: l.share})
}

// Run learns the feeds' countries a minute after start (or after Every, if
// shorter) and then every Every, until ctx ends; it returns nil then. A
// failed pass is logged and the next one tried.
func (l *FeedCountries) Run(ctx context.Context) error {
	wait := time.NewTimer(min(time.Minute, l.every))
	defer wait.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-wait.C:
		}
		n, err := l.Once(ctx)
		if ctx.Err() != nil {
			return nil
		}
		switch {
		case err != nil && !errors.Is(err, context.Canceled) && l.log != nil:
			l.log.Error("learn the feeds' countries", "err", err)
		case n > 0 && l.log != nil:
			l.log.Info("learned the feeds' countries", "changed", n)
		}
		wait.Reset(l.every)
	}
}
