package main

import (
	"context"
	"fmt"
	"time"

	"github.com/newsbot/newsbot/internal/app"
	"github.com/newsbot/newsbot/internal/ingest"
	"github.com/newsbot/newsbot/internal/retention"
	"github.com/newsbot/newsbot/internal/store"
)

// runPoll polls the feeds: every enabled feed once with -once, printing a
// line per feed and a total; otherwise due feeds until interrupted. Feed
// failures are reported, not returned: the exit status is non-zero only
// when polling could not run at all.
func runPoll(ctx context.Context, e *env, args []string) error {
	fs := e.flags("poll", "[-once] [-config FILE]")
	once := fs.Bool("once", false, "poll every enabled feed once, print the results and exit")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	// A signal at any point, even before polling began, ends the run as
	// interrupted rather than with whatever step it cut short.
	interrupted := func(err error) error {
		if ctx.Err() != nil {
			return fmt.Errorf("poll interrupted before every feed was polled")
		}
		return err
	}
	db, err := e.openDB(ctx)
	if err != nil {
		return interrupted(err)
	}
	defer db.Close()
	if err := syncFeeds(ctx, e, db); err != nil {
		return interrupted(err)
	}
	p, an, err := newPoller(ctx, e, db, nil)
	if err != nil {
		return interrupted(err)
	}
	// The story index warms from the store in the background; it ends
	// before the store closes.
	defer an.Wait()
	if !*once {
		return p.Run(ctx)
	}
	return interrupted(app.PollOnce(ctx, e.stdout, p, newPruner(e, db, nil)))
}

// newPoller builds the feed poller from the configuration, with the
// analysis of every new article it returns too; metrics may be nil.
func newPoller(ctx context.Context, e *env, db *store.DB, metrics ingest.Metrics) (*ingest.Poller, *app.Analysis, error) {
	an, err := app.NewAnalysis(ctx, db, e.cfg.Analysis.StoryWindow.D(), time.Now, e.log.With("component", "analyze"))
	if err != nil {
		return nil, nil, err
	}
	c := e.cfg.Poll
	p, err := ingest.NewPoller(ingest.Config{
		Enrich:      an.Enrich,
		Metrics:     metrics,
		Store:       app.NewStoryStore(db, an),
		Logger:      e.log.With("component", "ingest"),
		Version:     version,
		Interval:    c.Interval.D(),
		Concurrency: c.Concurrency,
		PerHost:     c.PerHost,
		Timeout:     c.Timeout.D(),
		MaxBody:     int64(c.MaxBody),
		FullText:    c.FullText,
		// Links found in feeds may reach internal networks only when allowed.
		AllowPrivate: c.AllowPrivate,
		MaxItems:     c.MaxItems,
	})
	return p, an, err
}

// newPruner builds the retention pass of [database] retention; metrics may
// be nil.
func newPruner(e *env, db *store.DB, metrics retention.Metrics) *retention.Pruner {
	return retention.New(db, retention.Config{
		Keep: e.cfg.Database.Retention.D(), Logger: e.log.With("component", "retention"), Metrics: metrics,
	})
}
