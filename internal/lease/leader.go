package lease

import (
	"context"
	"errors"
	"log/slog"
	"sync/atomic"
	"time"
)

// Leader runs work on one replica at a time: the one holding a lease. It
// tries to take the lease every Every; the holder renews it as often, and
// it stops its work (cancelling its context) as soon as another holder has
// the lease, or, when renewals fail, while the lease still has two renewal
// periods left, so that its work has ended before another replica can
// take over. After a kill -9 of the holder, another replica takes over
// within TTL + Every.
type Leader struct {
	table   *Table
	name    string
	holder  string
	ttl     time.Duration
	every   time.Duration
	log     *slog.Logger
	change  func(leading bool)
	leading atomic.Bool

	// state of tick, used by one goroutine at a time
	held       bool
	validUntil time.Time
}

// LeaderConfig tunes a Leader. Zero fields take the defaults.
type LeaderConfig struct {
	// TTL is how long the lease lasts without renewal (default 10 s).
	TTL time.Duration
	// Every is how often the lease is renewed and, when another replica
	// holds it, contended for (default 3 s; at most TTL/3).
	Every time.Duration
	// Log receives changes of leadership and failed renewals.
	Log *slog.Logger
	// OnChange, if set, learns each change of leadership (metrics, health).
	OnChange func(leading bool)
}

// Leader returns the election of holder for the lease name.
func (t *Table) Leader(name, holder string, c LeaderConfig) *Leader {
	if c.TTL <= 0 {
		c.TTL = 10 * time.Second
	}
	if c.Every <= 0 || c.Every > c.TTL/3 {
		c.Every = min(3*time.Second, c.TTL/3)
	}
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	if c.OnChange == nil {
		c.OnChange = func(bool) {}
	}
	return &Leader{table: t, name: name, holder: holder, ttl: c.TTL, every: c.Every, log: c.Log, change: c.OnChange}
}

// Holder returns the id this replica holds the lease under.
func (l *Leader) Holder() string { return l.holder }

// Leading reports whether this replica holds the lease and runs the work.
func (l *Leader) Leading() bool { return l.leading.Load() }

// tick contends for the lease or renews it, and reports whether this
// replica should lead now. A failed database call while leading keeps the
// lead only while the lease surely has not run out.
func (l *Leader) tick(ctx context.Context) bool {
	start := l.table.now()
	// A call stuck behind a busy database must not outlast the lease.
	cctx, cancel := context.WithTimeout(ctx, l.every)
	defer cancel()
	if !l.held {
		ok, err := l.table.Acquire(cctx, l.name, l.holder, l.ttl)
		if err != nil && ctx.Err() == nil {
			l.log.Warn("lease: cannot contend", "lease", l.name, "err", err)
		}
		if ok {
			l.held, l.validUntil = true, start.Add(l.ttl)
		}
		return l.held
	}
	ok, err := l.table.Renew(cctx, l.name, l.holder, l.ttl)
	switch {
	case err == nil && ok:
		l.validUntil = start.Add(l.ttl)
	case err == nil:
		l.held = false // taken over after it ran out, or released
	default:
		if ctx.Err() == nil {
			l.log.Warn("lease: renewal failed", "lease", l.name, "valid_until", l.validUntil, "err", err)
		}
		// Stop while two renewal periods are left: the work needs time to
		// end before another replica may take over.
		if !l.table.now().Add(2 * l.every).Before(l.validUntil) {
			l.held = false
		}
	}
	return l.held
}

// Run contends for the lease until ctx ends and runs work under a context
// of its own while this replica holds it: started on taking the lease,
// cancelled (and waited for) on losing it, started again on taking it
// back. When ctx ends it stops the work and releases the lease, so
// another replica takes over at once, and returns nil. When work returns
// by itself, Run releases the lease and returns work's error.
func (l *Leader) Run(ctx context.Context, work func(ctx context.Context) error) error {
	var cur *term
	stop := func() error {
		if cur == nil {
			return nil
		}
		err := cur.stop()
		cur = nil
		l.leading.Store(false)
		l.change(false)
		return err
	}
	release := func() {
		rctx, c := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer c()
		if err := l.table.Release(rctx, l.name, l.holder); err != nil {
			l.log.Warn("lease: release failed; another replica takes over when it runs out", "lease", l.name, "err", err)
		}
		l.held = false
	}
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		var ended <-chan error
		if cur != nil {
			ended = cur.done
		}
		select {
		case <-ctx.Done():
			_ = stop()
			release()
			return nil
		case err := <-ended:
			cur.done = closedErr(err)
			_ = stop()
			release()
			if errors.Is(err, context.Canceled) && ctx.Err() != nil {
				return nil
			}
			return err
		case <-timer.C:
		}
		leading := l.tick(ctx)
		switch {
		case leading && cur == nil:
			// Leading before the work starts, so work that asks sees true.
			l.leading.Store(true)
			l.change(true)
			cur = startTerm(ctx, work)
			l.log.Info("lease: taken; this replica leads", "lease", l.name, "holder", l.holder)
		case !leading && cur != nil:
			l.log.Warn("lease: lost; this replica stops leading", "lease", l.name, "holder", l.holder)
			if err := stop(); err != nil && !errors.Is(err, context.Canceled) {
				l.log.Warn("lease: work ended with an error on losing the lease", "lease", l.name, "err", err)
			}
		}
		timer.Reset(l.every)
	}
}

// term is one run of the work while the lease is held.
type term struct {
	cancel context.CancelFunc
	done   chan error
}

func startTerm(ctx context.Context, work func(ctx context.Context) error) *term {
	wctx, cancel := context.WithCancel(ctx)
	t := &term{cancel: cancel, done: make(chan error, 1)}
	go func() { t.done <- work(wctx) }()
	return t
}

// stop cancels the work and waits for it to return.
func (t *term) stop() error {
	t.cancel()
	return <-t.done
}

// closedErr returns a channel that yields err once more, for a term whose
// result was already received.
func closedErr(err error) chan error {
	c := make(chan error, 1)
	c <- err
	return c
}
