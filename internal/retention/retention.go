// Package retention keeps the store bounded: articles first seen longer ago
// than the retention period are pruned, in small batches, and the space
// they took is returned to the file system.
package retention

import (
	"context"
	"errors"
	"log/slog"
	"time"
)

// DefaultEvery is how often Run prunes.
const DefaultEvery = time.Hour

// Store is what pruning needs. *store.DB satisfies it.
type Store interface {
	// PruneArticles deletes articles first seen before cutoff in
	// transactions of at most batch rows (the store's default when 0),
	// leaving tombstones, and returns how many it deleted.
	PruneArticles(ctx context.Context, cutoff time.Time, batch int) (int, error)
	// ReclaimSpace returns free pages to the file system and returns how
	// many bytes it released.
	ReclaimSpace(ctx context.Context) (int64, error)
}

// Metrics observes pruning.
type Metrics interface {
	ArticlesPruned(n int)
}

// Pruner prunes the store every so often.
type Pruner struct {
	store  Store
	keep   time.Duration
	every  time.Duration
	now    func() time.Time
	log    *slog.Logger
	metric Metrics
}

// Config wires a Pruner. Keep is the retention period: 0 keeps everything
// and makes the Pruner do nothing. Zero values take defaults.
type Config struct {
	Keep    time.Duration
	Every   time.Duration // DefaultEvery when zero
	Now     func() time.Time
	Logger  *slog.Logger
	Metrics Metrics // may be nil
}

// New returns a Pruner of store.
func New(store Store, c Config) *Pruner {
	if c.Every <= 0 {
		c.Every = DefaultEvery
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return &Pruner{store: store, keep: c.Keep, every: c.Every, now: c.Now, log: c.Logger, metric: c.Metrics}
}

// Result is what one pruning pass did.
type Result struct {
	Pruned   int
	Released int64 // bytes returned to the file system
}

// Once prunes the articles first seen more than the retention period ago
// and reclaims their space. With retention 0 it does nothing. On error the
// batches already done stay done, and the result counts them.
func (p *Pruner) Once(ctx context.Context) (Result, error) {
	var r Result
	if p.keep <= 0 {
		return r, nil
	}
	var err error
	r.Pruned, err = p.store.PruneArticles(ctx, p.now().Add(-p.keep), 0)
	if p.metric != nil {
		p.metric.ArticlesPruned(r.Pruned)
	}
	if err != nil {
		return r, err
	}
	r.Released, err = p.store.ReclaimSpace(ctx)
	return r, err
}

// Run prunes once a minute after it starts, so as not to slow the start,
// then every DefaultEvery (or Config.Every), until ctx is cancelled; then
// it returns nil. Failures are logged and retried next time.
func (p *Pruner) Run(ctx context.Context) error {
	if p.keep <= 0 {
		return nil
	}
	wait := time.NewTimer(min(time.Minute, p.every))
	defer wait.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-wait.C:
		}
		p.logResult(p.Once(ctx))
		if ctx.Err() != nil {
			return nil
		}
		wait.Reset(p.every)
	}
}

func (p *Pruner) logResult(r Result, err error) {
	switch {
	case err != nil && !errors.Is(err, context.Canceled):
		p.log.Error("prune old articles", "pruned", r.Pruned, "err", err)
	case r.Pruned > 0 || r.Released > 0:
		p.log.Info("pruned old articles", "pruned", r.Pruned, "older_than", p.keep, "released_bytes", r.Released)
	}
}

// Log prunes once like Once and logs the outcome as Run does: for the end
// of `poll -once`.
func (p *Pruner) Log(ctx context.Context) {
	p.logResult(p.Once(ctx))
}
