package app

import (
	"context"
	"errors"
	"sync/atomic"
	"time"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/console"
	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/ingest"
	"github.com/newsbot/newsbot/internal/telegram"
)

// delivery is the sending side of a running bot: one rate limiter shared by
// the outbox, the digest scheduler and editors' broadcasts.
type delivery struct {
	outbox      *deliver.Outbox
	scheduler   *deliver.Scheduler
	broadcaster *deliver.Broadcaster
}

func newDelivery(o RunOptions, limiter *deliver.Limiter, sender deliver.Sender) *delivery {
	log := o.Log.With("component", "deliver")
	outbox := deliver.NewOutbox(o.Store, sender, limiter, o.Metrics, log, o.Outbox)
	return &delivery{
		outbox:      outbox,
		scheduler:   deliver.NewScheduler(o.Store, Renderer(), outbox, o.Metrics, log, o.Scheduler, nil),
		broadcaster: deliver.NewBroadcaster(o.Store, Renderer(), outbox, o.Rate, o.Metrics, log, nil),
	}
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

// PollMetrics feeds the poller's observations into the Prometheus metrics.
func PollMetrics(m *deliver.Metrics) ingest.Metrics { return pollMetrics{m} }

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

// lateSender is the Telegram sender once connected. The outbox starts only
// after that, so a send before it is a programming error, reported as a
// temporary failure rather than a crash.
type lateSender struct {
	s atomic.Pointer[telegram.Sender]
}

func (l *lateSender) set(s *telegram.Sender) { l.s.Store(s) }

func (l *lateSender) Send(ctx context.Context, m deliver.Message) (int, error) {
	if s := l.s.Load(); s != nil {
		return s.Send(ctx, m)
	}
	return 0, errors.New("telegram: not connected yet")
}

func (l *lateSender) Edit(ctx context.Context, messageID int, m deliver.Message) error {
	if s := l.s.Load(); s != nil {
		return s.Edit(ctx, messageID, m)
	}
	return errors.New("telegram: not connected yet")
}
