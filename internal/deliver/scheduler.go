package deliver

import (
	"context"
	"fmt"
	"log/slog"
	"runtime"
	"runtime/debug"
	"sync"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

// Render turns news into Telegram HTML messages; cmd/newsbot wires it to
// package render. Digest returns the digest split into messages (nil when
// empty); QuietDay the line sent instead of an empty digest; Breaking one
// breaking-news card.
//
// DigestRound, optional, returns a Digest function for one scheduling
// round, called from several goroutines and dropped after the round: it may
// keep what the round's digests share, such as each story's rendering
// (render.NewDigestCache().Digest). Its messages must be Digest's.
type Render struct {
	Digest      func(d news.Digest, loc *time.Location) []string
	DigestRound func() func(d news.Digest, loc *time.Location) []string
	QuietDay    func(lang string, loc *time.Location, now time.Time) string
	Breaking    func(a news.Article, lang string) string
	// Caption splits a card into a photo caption and the follow-up text
	// (render.Caption); nil sends breaking cards without their photo.
	Caption func(card string) (caption, rest string)
}

// digestRound returns the Digest function for one round.
func (r Render) digestRound() func(d news.Digest, loc *time.Location) []string {
	if r.DigestRound != nil {
		return r.DigestRound()
	}
	return r.Digest
}

// DigestStore is what the digest scheduler needs from the database.
type DigestStore interface {
	// DueSubscribersAfter returns up to limit active subscribers due at now,
	// in (next digest time, chat id) order, after the given position; a zero
	// afterAt starts at the first.
	DueSubscribersAfter(ctx context.Context, now, afterAt time.Time, afterChat int64, limit int) ([]news.Subscriber, error)
	UnscheduledSubscribers(ctx context.Context, limit int) ([]news.Subscriber, error)
	Subscriber(ctx context.Context, chatID int64) (news.Subscriber, error)
	SetNextDigest(ctx context.Context, chatID int64, next time.Time) error
	// RecordDigestsSent enqueues the digests, books each subscriber's next
	// one and records the articles that stood for the stories sent to each
	// chat, in one transaction.
	RecordDigestsSent(ctx context.Context, msgs []news.OutboxMessage, subs []news.Subscriber, sent map[int64][]int64) error
	// RecordSent records the articles of stories shown to a chat (a manual /digest).
	RecordSent(ctx context.Context, chatID int64, articleIDs []int64) error
	// SentArticles returns, per chat, the articles recorded as sent since then.
	SentArticles(ctx context.Context, chatIDs []int64, since time.Time) (map[int64]map[int64]bool, error)
	// PruneSent forgets sent records older than before.
	PruneSent(ctx context.Context, before time.Time) (int, error)
	Articles(ctx context.Context, q news.ArticleQuery) ([]news.Article, error)
}

// SchedulerConfig tunes the digest scheduler. Zero fields take the defaults.
type SchedulerConfig struct {
	// MaxItems is the most stories in a digest (default 10).
	MaxItems int
	// Interval is how often due digests are looked for (default 30s).
	Interval time.Duration
	// Batch is how many subscribers are handled per transaction (default 1000).
	Batch int
	// Lookback bounds how far back a digest reaches, for a first digest or
	// after a long pause (default 24h).
	Lookback time.Duration
	// DefaultZone is used for subscribers without a time zone (default UTC).
	DefaultZone *time.Location
	// DefaultTime is the digest time of subscribers without a valid one
	// (default "08:00").
	DefaultTime string
}

func (c SchedulerConfig) withDefaults() SchedulerConfig {
	if c.MaxItems <= 0 {
		c.MaxItems = DefaultMaxItems
	}
	if c.Interval <= 0 {
		c.Interval = 30 * time.Second
	}
	if c.Batch <= 0 {
		c.Batch = 1000
	}
	if c.Lookback <= 0 {
		c.Lookback = 24 * time.Hour
	}
	if c.DefaultZone == nil {
		c.DefaultZone = time.UTC
	}
	if c.DefaultTime == "" {
		c.DefaultTime = "08:00"
	}
	return c
}

// Notifier is told when messages were enqueued; *Outbox is one.
type Notifier interface{ Notify() }

// Scheduler enqueues each subscriber's digest when its next_digest_at comes.
type Scheduler struct {
	store   DigestStore
	render  Render
	notify  Notifier
	metrics *Metrics
	log     *slog.Logger
	cfg     SchedulerConfig
	now     func() time.Time
	zones   sync.Map // zone name → *time.Location
}

// NewScheduler returns a digest scheduler. notify (may be nil) is woken after
// digests are enqueued; now is the clock (time.Now when nil).
func NewScheduler(store DigestStore, render Render, notify Notifier, metrics *Metrics, log *slog.Logger, cfg SchedulerConfig, now func() time.Time) *Scheduler {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if now == nil {
		now = time.Now
	}
	return &Scheduler{store: store, render: render, notify: notify, metrics: metrics, log: log,
		cfg: cfg.withDefaults(), now: now}
}

// Run enqueues due digests every Interval until ctx ends, then returns nil.
// A failed round is logged and retried at the next tick.
func (s *Scheduler) Run(ctx context.Context) error {
	t := time.NewTicker(s.cfg.Interval)
	defer t.Stop()
	for {
		if n, err := s.Tick(ctx); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			s.log.Error("digest: scheduling round", "err", err)
		} else if n > 0 {
			s.log.Info("digest: scheduled", "subscribers", n)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// Tick gives unscheduled subscribers a digest time, then enqueues every due
// digest and books the next one, and returns how many subscribers were due
// and recorded. Each batch of subscribers is recorded in one transaction,
// while the next batch is composed.
func (s *Scheduler) Tick(ctx context.Context) (int, error) {
	now := s.now().UTC()
	if err := s.scheduleNew(ctx, now); err != nil {
		return 0, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	batches := make(chan digestBatch, 1)
	var (
		total    int
		writeErr error
		written  = make(chan struct{})
	)
	go func() {
		defer close(written)
		for b := range batches {
			if writeErr != nil {
				continue
			}
			if err := s.store.RecordDigestsSent(ctx, b.msgs, b.subs, b.sent); err != nil {
				writeErr = fmt.Errorf("digest: %w", err)
				cancel() // stops the composing
				continue
			}
			total += len(b.subs)
			if s.notify != nil && len(b.msgs) > 0 {
				s.notify.Notify()
			}
		}
	}()
	composeErr := s.composeBatches(ctx, now, batches)
	close(batches)
	<-written
	if writeErr != nil {
		return total, writeErr
	}
	return total, composeErr
}

// digestBatch is a batch of subscribers with their composed digests.
type digestBatch struct {
	msgs []news.OutboxMessage
	subs []news.Subscriber
	sent map[int64][]int64 // per chat, the articles standing for the stories sent
}

// composeBatches reads the due subscribers batch by batch and sends each
// batch's digests to out. It pages by position rather than waiting for the
// batch before to be recorded (which is what makes its subscribers no longer
// due): a subscriber can only become due again with a next digest time
// after now, so none is missed.
func (s *Scheduler) composeBatches(ctx context.Context, now time.Time, out chan<- digestBatch) error {
	var (
		idx       *StoryIndex
		digest    func(news.Digest, *time.Location) []string
		afterAt   time.Time
		afterChat int64
	)
	for {
		subs, err := s.store.DueSubscribersAfter(ctx, now, afterAt, afterChat, s.cfg.Batch)
		if err != nil {
			return fmt.Errorf("digest: %w", err)
		}
		if len(subs) == 0 {
			return nil
		}
		// compose moves NextDigestAt on: take the position first.
		afterAt, afterChat = subs[len(subs)-1].NextDigestAt, subs[len(subs)-1].ChatID
		if idx == nil {
			if idx, err = s.index(ctx, now); err != nil {
				return err
			}
			digest = s.render.digestRound()
		}
		ids := make([]int64, len(subs))
		for i := range subs {
			ids[i] = subs[i].ChatID
		}
		before, err := s.store.SentArticles(ctx, ids, s.sentSince(now))
		if err != nil {
			return fmt.Errorf("digest: %w", err)
		}
		msgs, sent := s.composeAll(idx, digest, subs, before, now)
		select {
		case out <- digestBatch{msgs: msgs, subs: subs, sent: sent}:
		case <-ctx.Done():
			return ctx.Err()
		}
		if len(subs) < s.cfg.Batch {
			return nil
		}
	}
}

// sentSince is how far back what was sent still matters: a story can
// reach into a digest's window for Lookback after its newest report, and
// its oldest report may be older by as much again.
func (s *Scheduler) sentSince(now time.Time) time.Time { return now.Add(-2 * s.cfg.Lookback) }

// scheduleNew gives a next digest time to active subscribers without one,
// and forgets sent stories too old to matter (through the sent_at index).
func (s *Scheduler) scheduleNew(ctx context.Context, now time.Time) error {
	if n, err := s.store.PruneSent(ctx, s.sentSince(now)); err != nil {
		return fmt.Errorf("digest: %w", err)
	} else if n > 0 {
		s.log.Debug("digest: sent records pruned", "count", n)
	}
	for {
		subs, err := s.store.UnscheduledSubscribers(ctx, s.cfg.Batch)
		if err != nil {
			return fmt.Errorf("digest: %w", err)
		}
		for _, sub := range subs {
			if err := s.store.SetNextDigest(ctx, sub.ChatID, s.next(sub, now)); err != nil {
				return fmt.Errorf("digest: %w", err)
			}
		}
		if len(subs) < s.cfg.Batch {
			return nil
		}
	}
}

// index reads the articles of the lookback window into a story index.
func (s *Scheduler) index(ctx context.Context, now time.Time) (*StoryIndex, error) {
	const page = 5000
	q := news.ArticleQuery{Since: now.Add(-s.cfg.Lookback), Until: now, Limit: page}
	var all []news.Article
	for {
		arts, err := s.store.Articles(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("digest: %w", err)
		}
		all = append(all, arts...)
		if len(arts) < page {
			break
		}
		last := arts[len(arts)-1]
		q.Before = &news.Cursor{PublishedAt: last.PublishedAt, ID: last.ID}
	}
	return NewStoryIndex(all), nil
}

// composeAll composes the digests of subs on every CPU, keeping their order.
func (s *Scheduler) composeAll(idx *StoryIndex, digest func(news.Digest, *time.Location) []string, subs []news.Subscriber, before map[int64]map[int64]bool, now time.Time) ([]news.OutboxMessage, map[int64][]int64) {
	per := make([][]news.OutboxMessage, len(subs))
	shown := make([][]int64, len(subs))
	workers := min(runtime.GOMAXPROCS(0), len(subs))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(subs); i += workers {
				m, ids, outcome := s.compose(idx, digest, &subs[i], before[subs[i].ChatID], now)
				per[i], shown[i] = m, ids
				s.metrics.digest(outcome)
			}
		}()
	}
	wg.Wait()
	n := 0
	for _, m := range per {
		n += len(m)
	}
	msgs := make([]news.OutboxMessage, 0, n)
	for _, m := range per {
		msgs = append(msgs, m...)
	}
	sent := make(map[int64][]int64)
	for i, ids := range shown {
		if len(ids) > 0 {
			sent[subs[i].ChatID] = ids
		}
	}
	return msgs, sent
}

// compose builds sub's digest messages, leaving out the stories of the
// articles in sent, and sets its LastDigestAt and NextDigestAt; no message
// when there is nothing new (unless QuietDay). It returns the articles that
// stood for the stories shown. The outcome is "sent", "quiet" or "empty".
//
// Should building one subscriber's digest panic (some story no test has
// met), that subscriber misses this digest and is booked for the next; the
// round goes on for everyone else.
func (s *Scheduler) compose(idx *StoryIndex, digest func(news.Digest, *time.Location) []string, sub *news.Subscriber, sent map[int64]bool, now time.Time) (msgs []news.OutboxMessage, shown []int64, outcome string) {
	defer func() {
		if r := recover(); r != nil {
			if s.log != nil {
				s.log.Error("digest failed", "chat_id", sub.ChatID, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			}
			sub.LastDigestAt = now
			sub.NextDigestAt = s.next(*sub, now)
			msgs, shown, outcome = nil, nil, "error"
		}
	}()
	loc := s.zone(*sub)
	// The digest's local date is that of its scheduled time, so a retried
	// round keeps the same idempotency key.
	date := sub.NextDigestAt.In(loc).Format("2006-01-02")
	if len(sub.Times()) > 1 {
		// Several digests a day: each has a key of its own.
		date = sub.NextDigestAt.In(loc).Format("2006-01-02T15:04")
	}
	var texts []string
	outcome = "sent"
	d := idx.DigestExcept(*sub, s.since(*sub, now), now, s.cfg.MaxItems, sent)
	switch {
	case !d.Empty():
		texts = digest(d, loc)
		for _, sec := range d.Sections {
			for _, st := range sec.Stories {
				shown = append(shown, st.ID)
			}
		}
	case sub.QuietDay && s.render.QuietDay != nil:
		texts, outcome = []string{s.render.QuietDay(sub.Lang, loc, now)}, "quiet"
	default:
		outcome = "empty"
	}
	sub.LastDigestAt = now
	sub.NextDigestAt = s.next(*sub, now)
	return digestMessages(sub.ChatID, date, texts), shown, outcome
}

func digestMessages(chatID int64, date string, texts []string) []news.OutboxMessage {
	msgs := make([]news.OutboxMessage, 0, len(texts))
	for i, t := range texts {
		key := fmt.Sprintf("%d:digest:%s", chatID, date)
		if i > 0 {
			key += fmt.Sprintf(":%d", i+1)
		}
		msgs = append(msgs, news.OutboxMessage{
			IdemKey: key, ChatID: chatID, Kind: news.KindDigest, ContentID: date, Text: t,
			ParseMode: "HTML", DisableNotification: true, DisablePreview: true,
		})
	}
	return msgs
}

func (s *Scheduler) since(sub news.Subscriber, now time.Time) time.Time {
	floor := now.Add(-s.cfg.Lookback)
	if sub.LastDigestAt.After(floor) {
		return sub.LastDigestAt
	}
	return floor
}

// zone returns sub's time zone, loaded once per name: LoadLocation reads
// the zone file on every call.
func (s *Scheduler) zone(sub news.Subscriber) *time.Location {
	if sub.Timezone == "" {
		return s.cfg.DefaultZone
	}
	if loc, ok := s.zones.Load(sub.Timezone); ok {
		return loc.(*time.Location)
	}
	loc, err := time.LoadLocation(sub.Timezone)
	if err != nil {
		loc = s.cfg.DefaultZone
	}
	s.zones.Store(sub.Timezone, loc)
	return loc
}

// next returns sub's next digest time after now; a broken digest time falls
// back to the default rather than leaving the subscriber unscheduled.
func (s *Scheduler) next(sub news.Subscriber, now time.Time) time.Time {
	loc := s.zone(sub)
	t, err := news.NextDigestAmong(now, loc, sub.Times())
	if err != nil {
		s.log.Warn("digest: bad digest time; using the default", "chat_id", sub.ChatID, "err", err)
		t, _ = news.NextDigestAt(now, loc, s.cfg.DefaultTime)
	}
	return t
}

// Preview returns exactly what chatID would receive if its digest were sent
// now, without sending or booking anything: the texts, and the messages
// with their idempotency keys and options. It returns news.ErrNotFound for
// an unknown chat.
func (s *Scheduler) Preview(ctx context.Context, chatID int64) ([]news.OutboxMessage, error) {
	msgs, _, _, err := s.build(ctx, chatID)
	return msgs, err
}

// Manual returns chatID's digest now, for the bot to send itself (/digest),
// and records its stories as sent, so that the scheduled digests do not
// repeat them; the schedule does not move. It returns news.ErrNotFound for
// an unknown chat.
func (s *Scheduler) Manual(ctx context.Context, chatID int64) ([]news.OutboxMessage, error) {
	msgs, _, shown, err := s.build(ctx, chatID)
	if err != nil {
		return nil, err
	}
	if err := s.store.RecordSent(ctx, chatID, shown); err != nil {
		return nil, fmt.Errorf("digest %d: %w", chatID, err)
	}
	return msgs, nil
}

// SendNow enqueues chatID's digest now, as the scheduler would at its time,
// and books the next one; it returns the messages enqueued (none when there
// is nothing new). A second call the same local day enqueues nothing new.
func (s *Scheduler) SendNow(ctx context.Context, chatID int64) ([]news.OutboxMessage, error) {
	msgs, sub, shown, err := s.build(ctx, chatID)
	if err != nil {
		return nil, err
	}
	if err := s.store.RecordDigestsSent(ctx, msgs, []news.Subscriber{sub}, map[int64][]int64{chatID: shown}); err != nil {
		return nil, fmt.Errorf("digest %d: %w", chatID, err)
	}
	if s.notify != nil && len(msgs) > 0 {
		s.notify.Notify()
	}
	return msgs, nil
}

func (s *Scheduler) build(ctx context.Context, chatID int64) ([]news.OutboxMessage, news.Subscriber, []int64, error) {
	sub, err := s.store.Subscriber(ctx, chatID)
	if err != nil {
		return nil, sub, nil, fmt.Errorf("digest: %w", err)
	}
	now := s.now().UTC()
	idx, err := s.index(ctx, now)
	if err != nil {
		return nil, sub, nil, err
	}
	before, err := s.store.SentArticles(ctx, []int64{chatID}, s.sentSince(now))
	if err != nil {
		return nil, sub, nil, fmt.Errorf("digest: %w", err)
	}
	// An on-demand digest is dated today, keyed to the local date of now.
	sub.NextDigestAt = now
	msgs, shown, outcome := s.compose(idx, s.render.Digest, &sub, before[chatID], now)
	if outcome == "error" {
		return nil, sub, nil, fmt.Errorf("digest %d: could not be built (see the log)", chatID)
	}
	return msgs, sub, shown, nil
}
