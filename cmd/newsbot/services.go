package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/newsbot/newsbot/internal/app"
	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/console"
	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/ingest"
	"github.com/newsbot/newsbot/internal/store"
)

// delivery is the sending side of a running bot: one rate limiter shared by
// the outbox, the digest scheduler and editors' broadcasts.
type delivery struct {
	metrics     *deliver.Metrics
	outbox      *deliver.Outbox
	scheduler   *deliver.Scheduler
	broadcaster *deliver.Broadcaster
}

// newLimiter returns the rate limiter that every sender of the process
// shares: the outbox and the bot's replies.
func newLimiter(e *env) (*deliver.Limiter, error) {
	c := e.cfg.Delivery
	limits := deliver.DefaultLimits()
	limits.Rate = c.Rate
	limits.PerChatInterval = c.PerChatInterval.D()
	limits.GroupPerMinute = c.GroupPerMinute
	if err := limits.Validate(); err != nil {
		return nil, fmt.Errorf("delivery limits: %w", err)
	}
	return deliver.NewLimiter(limits, nil), nil
}

func newDelivery(e *env, db *store.DB, sender deliver.Sender, metrics *deliver.Metrics, limiter *deliver.Limiter) (*delivery, error) {
	c := e.cfg.Delivery
	zone, err := time.LoadLocation(e.cfg.Digest.Timezone)
	if err != nil {
		return nil, fmt.Errorf("digest timezone: %w", err)
	}
	log := e.log.With("component", "deliver")
	outbox := deliver.NewOutbox(db, sender, limiter, metrics, log, deliver.OutboxConfig{PruneAfter: c.RetentionSent.D()})
	return &delivery{
		metrics: metrics,
		outbox:  outbox,
		scheduler: deliver.NewScheduler(db, app.Renderer(), outbox, metrics, log,
			deliver.SchedulerConfig{MaxItems: e.cfg.Digest.MaxItems, DefaultZone: zone, DefaultTime: e.cfg.Digest.Time}, nil),
		broadcaster: deliver.NewBroadcaster(db, app.Renderer(), outbox, c.Rate, metrics, log, nil),
	}, nil
}

// DigestNow serves /digest: the digest the chat would get now, without
// moving its schedule; its stories count as sent, so the scheduled digests
// do not repeat them.
func (d *delivery) DigestNow(ctx context.Context, chatID int64) ([]string, error) {
	msgs, err := d.scheduler.Manual(ctx, chatID)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(msgs))
	for _, m := range msgs {
		out = append(out, m.Text)
	}
	return out, nil
}

// serveHTTP serves /healthz and /metrics on ln until ctx ends.
func serveHTTP(ctx context.Context, e *env, ln net.Listener, db *store.DB, metrics *deliver.Metrics, parts *deliver.Parts) error {
	addr := ln.Addr().String()
	srv := &http.Server{Handler: deliver.Handler(db, metrics, parts), ReadHeaderTimeout: 5 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	e.log.Info("serving health and metrics", "addr", addr)
	select {
	case err := <-errc:
		return fmt.Errorf("http.listen %s: %w", addr, err)
	case <-ctx.Done():
		// ctx is done: the shutdown needs a deadline of its own.
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	}
}

// pollMetrics feeds the poller's observations into the Prometheus metrics.
type pollMetrics struct{ m *deliver.Metrics }

func (p pollMetrics) FeedPolled(feed string, d time.Duration, status string) {
	var err error
	if status == ingest.StatusFailed {
		err = errors.New(status)
	}
	p.m.PollDone(feed, d, err)
}

func (p pollMetrics) ArticlesIngested(_ string, n int) { p.m.ArticlesIngested(n) }

// consoleSender delivers outbox messages (digests, broadcasts) to the
// terminal chat.
type consoleSender struct{ c *console.Console }

func (s consoleSender) Send(ctx context.Context, m deliver.Message) (int, error) {
	return s.c.Send(ctx, m.ChatID, bot.Reply{Text: m.Text, DisablePreview: m.DisablePreview, Silent: m.DisableNotification,
		PhotoURL: m.PhotoURL, PreviewURL: m.PreviewURL})
}

func (s consoleSender) Edit(ctx context.Context, messageID int, m deliver.Message) error {
	return s.c.Edit(ctx, m.ChatID, messageID, bot.Reply{Text: m.Text})
}
