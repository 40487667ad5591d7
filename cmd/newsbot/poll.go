package main

import (
	"context"
	"fmt"
	"io"
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
	p, err := newPoller(ctx, e, db)
	if err != nil {
		return interrupted(err)
	}
	if !*once {
		return p.Run(ctx)
	}
	rep, err := p.PollOnce(ctx)
	if err != nil {
		return interrupted(err)
	}
	printPollReport(e.stdout, rep)
	if ctx.Err() == nil {
		newPruner(e, db, nil).Log(ctx)
	}
	// Stopped by a signal: the feeds it cut short were not polled.
	return interrupted(nil)
}

// newPoller builds the feed poller from the configuration, with analysis
// of every new article.
func newPoller(ctx context.Context, e *env, db *store.DB) (*ingest.Poller, error) {
	an, err := app.NewAnalysis(ctx, db, e.cfg.Analysis.StoryWindow.D(), time.Now, e.log.With("component", "analyze"))
	if err != nil {
		return nil, err
	}
	return newPollerWith(e, db, an, nil)
}

// newPollerWith builds the poller around an analysis pipeline and metrics
// (nil for none).
func newPollerWith(e *env, db *store.DB, an *app.Analysis, metrics ingest.Metrics) (*ingest.Poller, error) {
	c := e.cfg.Poll
	return ingest.NewPoller(ingest.Config{
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
}

// newPruner builds the retention pass of [database] retention; metrics may
// be nil.
func newPruner(e *env, db *store.DB, metrics retention.Metrics) *retention.Pruner {
	return retention.New(db, retention.Config{
		Keep: e.cfg.Database.Retention.D(), Logger: e.log.With("component", "retention"), Metrics: metrics,
	})
}

func printPollReport(w io.Writer, rep ingest.Report) {
	for _, r := range rep.Feeds {
		switch {
		case r.Err != nil:
			fmt.Fprintf(w, "%s: error: %v\n", r.Label(), r.Err)
		case r.Status == ingest.StatusNotModified:
			fmt.Fprintf(w, "%s: not modified\n", r.Label())
		default:
			line := fmt.Sprintf("%s: ok, %d new", r.Label(), r.New)
			if r.Updated > 0 {
				line += fmt.Sprintf(", %d updated", r.Updated)
			}
			if r.Skipped > 0 {
				line += fmt.Sprintf(", %d older items left out (poll.max_items)", r.Skipped)
			}
			if r.Repaired != nil {
				line += fmt.Sprintf(" (%v)", r.Repaired)
			}
			fmt.Fprintln(w, line)
		}
	}
	total := fmt.Sprintf("total: %d feeds, %d ok, %d not modified, %d failed, %d new articles",
		len(rep.Feeds), rep.OK, rep.NotModified, rep.Failed, rep.New)
	if rep.Skipped > 0 {
		total += fmt.Sprintf(", %d older items left out", rep.Skipped)
	}
	fmt.Fprintln(w, total)
}
