package deliver

import (
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"time"

	"github.com/newsbot/newsbot/internal/clock"
	"github.com/newsbot/newsbot/internal/membership"
	"github.com/newsbot/newsbot/internal/news"
)

// OutboxStore is what the outbox workers need from the database.
type OutboxStore interface {
	ClaimOutbox(ctx context.Context, now, leaseUntil time.Time, limit int) ([]news.OutboxMessage, error)
	RecordOutbox(ctx context.Context, results []news.OutboxResult) error
	ResetSending(ctx context.Context) (int, error)
	ExpireOutboxLeases(ctx context.Context, now time.Time) (int, error)
	PruneOutbox(ctx context.Context, before time.Time) (int, error)
	OutboxCounts(ctx context.Context) (map[news.OutboxState]int, error)
	// Store is where a failed send's news of a chat (blocked, left,
	// upgraded to a supergroup) is recorded, by the rules of package
	// membership.
	membership.Store
}

// OutboxConfig tunes the outbox workers. Zero fields take the defaults.
type OutboxConfig struct {
	// Workers is the number of concurrent sends (default: enough for the
	// rate at about 100 ms a request, between 4 and 256).
	Workers int
	// PollInterval is how often the outbox is checked when idle (default 1s);
	// Notify wakes it at once.
	PollInterval time.Duration
	// MaxAttempts is how many temporary failures a message survives before
	// it is dead (default 6).
	MaxAttempts int
	// Backoff is the wait after the first temporary failure, doubled each
	// further one up to MaxBackoff (defaults 2s and 5m).
	Backoff, MaxBackoff time.Duration
	// SendTimeout bounds one request (default 30s).
	SendTimeout time.Duration
	// FlushInterval is how long outcomes may wait to be written in one
	// batch (default 50ms). Sent but unwritten messages are part of the
	// in-flight window a crash can duplicate.
	FlushInterval time.Duration
	// PruneAfter is how long sent messages are kept (default 7 days).
	PruneAfter time.Duration
	// Lease is how long a claimed message stays in state sending at most
	// (default 2m, at least twice SendTimeout). When its outcome could not be
	// written by then, it goes back to the queue and is sent again: it is part
	// of the in-flight window.
	Lease time.Duration
	// RecordBackoff is the wait after a failed write of outcomes before the
	// next try, doubled each further failure up to 16 times (default 1s).
	// Outcomes are retried until their lease runs out.
	RecordBackoff time.Duration
	// MaxUnrecorded bounds the outcomes waiting to be written (default 8
	// per worker, at least 1000). While the database refuses the writes,
	// sends go on only up to this bound: every sent but unrecorded message is
	// one a crash would send twice, so the in-flight window stays bounded.
	MaxUnrecorded int
	// Shared says that other processes (replicas) may have claimed
	// messages in the same store. Run then leaves messages in state sending
	// alone at start, since they may be another process's sends under way:
	// those of a process that died come back when their lease runs out
	// (Lease). Without it, Run returns every message left in sending to the
	// queue at once, which is right only for the one process of a store.
	Shared bool
	// Now is the clock (default time.Now).
	Now func() time.Time
}

// DefaultWorkers is the outbox's number of concurrent sends at rate messages
// a second: enough for the rate at about 100 ms a request, between 4 and 256.
// The HTTP client that sends for them keeps as many connections.
func DefaultWorkers(rate float64) int { return min(max(int(rate/10), 4), 256) }

func (c OutboxConfig) withDefaults(rate float64) OutboxConfig {
	if c.Workers <= 0 {
		c.Workers = DefaultWorkers(rate)
	}
	if c.PollInterval <= 0 {
		c.PollInterval = time.Second
	}
	if c.MaxAttempts <= 0 {
		c.MaxAttempts = 6
	}
	if c.Backoff <= 0 {
		c.Backoff = 2 * time.Second
	}
	if c.MaxBackoff <= 0 {
		c.MaxBackoff = 5 * time.Minute
	}
	if c.SendTimeout <= 0 {
		c.SendTimeout = 30 * time.Second
	}
	if c.FlushInterval <= 0 {
		c.FlushInterval = 50 * time.Millisecond
	}
	if c.PruneAfter <= 0 {
		c.PruneAfter = 7 * 24 * time.Hour
	}
	if c.Lease <= 0 {
		c.Lease = max(2*time.Minute, 2*c.SendTimeout)
	}
	if c.RecordBackoff <= 0 {
		c.RecordBackoff = time.Second
	}
	if c.MaxUnrecorded <= 0 {
		c.MaxUnrecorded = max(1000, 8*c.Workers)
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return c
}

// Outbox sends what the outbox holds: workers claim due messages, pace them
// through the shared Limiter, send them and record the outcome.
type Outbox struct {
	store   OutboxStore
	chats   *membership.Rules
	sender  Sender
	limiter *Limiter
	metrics *Metrics
	log     *slog.Logger
	cfg     OutboxConfig
	now     func() time.Time

	wake     chan struct{}
	inFlight atomic.Int64 // messages reset from sending at the last start
	expired  atomic.Int64 // messages whose lease ran out since the start
	flood    floodDetector
}

// NewOutbox returns outbox workers sending through sender, paced by limiter
// (shared with every other sender of the process). metrics may be nil.
func NewOutbox(store OutboxStore, sender Sender, limiter *Limiter, metrics *Metrics, log *slog.Logger, cfg OutboxConfig) *Outbox {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	o := &Outbox{
		store: store, chats: membership.New(store, log), sender: sender, limiter: limiter, metrics: metrics, log: log,
		cfg:  cfg.withDefaults(limiter.Limits().Rate),
		wake: make(chan struct{}, 1),
	}
	o.now = o.cfg.Now
	return o
}

// Notify wakes the workers after something was enqueued.
func (o *Outbox) Notify() {
	select {
	case o.wake <- struct{}{}:
	default:
	}
}

// InFlightAtStart returns how many messages were found in state sending when
// Run started: the in-flight window of the previous process, resent and so
// possibly delivered twice.
func (o *Outbox) InFlightAtStart() int { return int(o.inFlight.Load()) }

// LeasesExpired returns how many messages went back to the queue since Run
// started because their outcome was not recorded before their lease ran out:
// like those in flight at start, they are resent and may arrive twice.
func (o *Outbox) LeasesExpired() int { return int(o.expired.Load()) }

// Run sends until ctx ends, then lets the requests under way finish, records
// their outcomes and returns nil. Unless the store is Shared, it first
// returns messages a killed process left in sending to the queue, counting
// and logging them; shared, they come back by lease expiry. It returns an error
// only when the store cannot be read at start.
func (o *Outbox) Run(ctx context.Context) error {
	n := 0
	if !o.cfg.Shared {
		var err error
		if n, err = o.store.ResetSending(ctx); err != nil {
			return fmt.Errorf("outbox: %w", err)
		}
	}
	o.inFlight.Store(int64(n))
	if n > 0 {
		o.log.Warn("outbox: messages were in flight when the last process stopped; resending them, some may arrive twice",
			"in_flight", n)
		o.metrics.inFlightAtStart(n)
	}

	jobs := make(chan job)
	results := &outcomes{}
	// slots bounds claimed-but-unsent messages, which keeps the in-flight
	// window (what a kill can duplicate) small.
	slots := make(chan struct{}, o.cfg.Workers*2)

	var workers sync.WaitGroup
	for range o.cfg.Workers {
		workers.Add(1)
		go func() {
			defer workers.Done()
			for j := range jobs {
				r := o.process(ctx, j)
				r.LeaseUntil = j.m.LeaseUntil
				results.add(r)
				<-slots
			}
		}()
	}
	stopRecording := make(chan struct{})
	recorded := make(chan struct{})
	go func() {
		defer close(recorded)
		o.recordLoop(ctx, results, stopRecording)
	}()

	o.dispatch(ctx, jobs, results, slots)
	close(jobs)
	workers.Wait()
	close(stopRecording)
	<-recorded
	return nil
}

// dispatch claims due messages while there is room and hands them to the
// workers, until ctx ends.
func (o *Outbox) dispatch(ctx context.Context, jobs chan<- job, results *outcomes, slots chan struct{}) {
	poll := time.NewTicker(o.cfg.PollInterval)
	defer poll.Stop()
	maintain := time.NewTicker(time.Minute)
	defer maintain.Stop()
	o.maintain(ctx)
	var nextExpiry time.Time
	for {
		if now := o.now(); !now.Before(nextExpiry) {
			o.expireLeases(ctx, now)
			nextExpiry = now.Add(o.cfg.Lease / 8)
		}
		if results.unrecorded() >= o.cfg.MaxUnrecorded {
			// Outcomes cannot be written: send no more until they are.
			select {
			case <-ctx.Done():
				return
			case <-poll.C:
			}
			continue
		}
		// Wait for one free slot, then claim as many messages as slots are
		// free. Only this loop takes slots, so taking the rest cannot block.
		select {
		case <-ctx.Done():
			return
		case slots <- struct{}{}:
		}
		free := cap(slots) - len(slots) + 1
		if free < cap(slots)/4 {
			// Busy: let a few more slots free up so claims stay batched.
			if clock.Sleep(ctx, 10*time.Millisecond) != nil {
				<-slots
				return
			}
			free = cap(slots) - len(slots) + 1
		}
		now := o.now()
		msgs, err := o.store.ClaimOutbox(ctx, now, now.Add(o.cfg.Lease), free)
		if err != nil && ctx.Err() == nil {
			o.log.Error("outbox: claim", "err", err)
		}
		if len(msgs) == 0 {
			<-slots
			select {
			case <-ctx.Done():
				return
			case <-o.wake:
			case <-poll.C:
			case <-maintain.C:
				o.maintain(ctx)
			}
			continue
		}
		for range msgs[1:] {
			slots <- struct{}{}
		}
		for i, m := range msgs {
			// Slots are reserved here, in claim order, so that messages to
			// one chat keep their order across parallel workers. A chat that
			// must wait long (paused by a 429, or its own limit reached) is
			// put aside rather than holding a worker.
			at, ok := o.limiter.Reserve(m.ChatID, m.ChatType.IsGroupLike(), 2*time.Second)
			if !ok {
				results.add(news.OutboxResult{ID: m.ID, State: news.OutboxPending, NotBefore: at, Error: m.LastError, LeaseUntil: m.LeaseUntil})
				<-slots
				continue
			}
			select {
			case jobs <- job{m, at}:
			case <-ctx.Done():
				// The rest go back unsent; they were never attempted.
				o.requeue(msgs[i:], results)
				for range msgs[i:] {
					<-slots
				}
				return
			}
		}
	}
}

// requeue returns claimed messages to pending without counting an attempt.
func (o *Outbox) requeue(msgs []news.OutboxMessage, results *outcomes) {
	for _, m := range msgs {
		results.add(news.OutboxResult{ID: m.ID, State: news.OutboxPending, NotBefore: o.now(),
			Error: "not sent at shutdown", LeaseUntil: m.LeaseUntil})
	}
}

// expireLeases returns messages whose outcome was not recorded before their
// lease ran out to the queue, so a failed write never leaves them stuck (and
// their chats' later messages behind them) until a restart.
func (o *Outbox) expireLeases(ctx context.Context, now time.Time) {
	n, err := o.store.ExpireOutboxLeases(ctx, now)
	if err != nil {
		if ctx.Err() == nil {
			o.log.Error("outbox: expire leases", "err", err)
		}
		return
	}
	if n > 0 {
		o.expired.Add(int64(n))
		o.metrics.leasesExpired(n)
		o.log.Warn("outbox: messages whose outcome was not recorded went back to the queue; resending them, some may arrive twice",
			"messages", n)
	}
}

// maintain prunes old messages and refreshes the depth gauges.
func (o *Outbox) maintain(ctx context.Context) {
	if n, err := o.store.PruneOutbox(ctx, o.now().Add(-o.cfg.PruneAfter)); err != nil {
		if ctx.Err() == nil {
			o.log.Error("outbox: prune", "err", err)
		}
	} else if n > 0 {
		o.log.Info("outbox: pruned old messages", "messages", n)
	}
	if o.metrics != nil {
		if counts, err := o.store.OutboxCounts(ctx); err == nil {
			o.metrics.setOutboxDepth(counts)
		}
	}
}

// outcomes collects send outcomes for the record loop. Adding never blocks,
// so a slow or failing write never holds up sends to other chats; the
// dispatcher bounds how many wait unwritten (MaxUnrecorded).
type outcomes struct {
	mu   sync.Mutex
	list []news.OutboxResult
	// pending counts outcomes added and neither written nor given up.
	pending atomic.Int64
}

func (q *outcomes) add(r news.OutboxResult) {
	q.mu.Lock()
	q.list = append(q.list, r)
	q.mu.Unlock()
	q.pending.Add(1)
}

// done records that n outcomes were written or given up.
func (q *outcomes) done(n int) { q.pending.Add(-int64(n)) }

// unrecorded returns how many outcomes wait to be written.
func (q *outcomes) unrecorded() int { return int(q.pending.Load()) }

// take returns what was added since the last take.
func (q *outcomes) take() []news.OutboxResult {
	q.mu.Lock()
	defer q.mu.Unlock()
	l := q.list
	q.list = nil
	return l
}

// recordLoop writes outcomes in batches every FlushInterval, and once more
// when stop is closed.
func (o *Outbox) recordLoop(ctx context.Context, results *outcomes, stop <-chan struct{}) {
	tick := time.NewTicker(o.cfg.FlushInterval)
	defer tick.Stop()
	var w outcomeWriter
	for {
		select {
		case <-tick.C:
			results.done(o.flush(ctx, &w, results.take(), false))
		case <-stop:
			results.done(o.flush(ctx, &w, results.take(), true))
			return
		}
	}
}

// outcomeWriter holds outcomes whose write failed, waiting for another try.
type outcomeWriter struct {
	unwritten []news.OutboxResult
	failures  int // consecutive failed writes
	retryAt   time.Time
}

// flush writes the outcomes not yet written together with fresh ones. A
// failed write is retried after a back-off for as long as each outcome's
// lease lasts; an outcome whose lease has run out is dropped, since its
// message is about to go back to the queue anyway. At shutdown (final) it
// tries a few times at once: what is still not written is returned to the
// queue by the next start. It returns how many outcomes it wrote or gave up.
func (o *Outbox) flush(ctx context.Context, w *outcomeWriter, fresh []news.OutboxResult, final bool) int {
	w.unwritten = append(w.unwritten, fresh...)
	before := len(w.unwritten)
	if before == 0 {
		return 0
	}
	now := o.now()
	if !final && now.Before(w.retryAt) {
		return 0
	}
	tries := 1
	if final {
		tries = 3
	}
	var err error
	for range tries {
		if err = o.write(ctx, w); err == nil {
			if w.failures > 0 {
				o.log.Info("outbox: outcomes recorded again after failed writes", "failed_writes", w.failures)
			}
			w.failures, w.retryAt = 0, time.Time{}
			return before
		}
	}
	w.failures++
	wait := o.cfg.RecordBackoff << min(w.failures-1, 4)
	w.retryAt = now.Add(wait)
	kept, lost := w.unwritten[:0], 0
	for _, r := range w.unwritten {
		if !r.LeaseUntil.IsZero() && !now.Before(r.LeaseUntil) {
			lost++
			continue
		}
		kept = append(kept, r)
	}
	clear(w.unwritten[len(kept):])
	w.unwritten = kept
	if final {
		o.log.Error("outbox: record outcomes at shutdown", "err", err, "messages", len(kept))
		return before
	}
	o.log.Error("outbox: record outcomes; trying again", "err", err, "messages", len(kept),
		"retry_in", wait, "failed_writes", w.failures)
	if lost > 0 {
		o.log.Error("outbox: outcomes not recorded before their lease ran out; those messages go back to the queue and may arrive twice",
			"messages", lost)
	}
	return before - len(w.unwritten)
}

// write stores w.unwritten in batches, dropping each batch once written.
func (o *Outbox) write(ctx context.Context, w *outcomeWriter) error {
	const maxBatch = 500
	for len(w.unwritten) > 0 {
		n := min(len(w.unwritten), maxBatch)
		// Outcomes are written even during shutdown: losing them would turn
		// sent messages into duplicates at the next start.
		wctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		err := o.store.RecordOutbox(wctx, w.unwritten[:n])
		cancel()
		if err != nil {
			return err
		}
		w.unwritten = w.unwritten[n:]
	}
	w.unwritten = nil
	return nil
}

// job is a claimed message with its reserved send slot.
type job struct {
	m  news.OutboxMessage
	at time.Time
}

// process waits for the job's slot, sends it and classifies the outcome.
func (o *Outbox) process(ctx context.Context, j job) news.OutboxResult {
	m := j.m
	groupLike := m.ChatType.IsGroupLike()
	if err := clock.Sleep(ctx, time.Until(j.at)); err != nil {
		return news.OutboxResult{ID: m.ID, State: news.OutboxPending, NotBefore: o.now(), Error: "not sent at shutdown"}
	}
	if until := o.limiter.chatPausedUntil(m.ChatID); until.After(o.now()) {
		// An earlier message to this chat failed after this one was booked
		// and waits for a retry: queue behind it rather than overtake it.
		return news.OutboxResult{ID: m.ID, State: news.OutboxPending, NotBefore: until, Error: m.LastError}
	}
	if !m.LeaseUntil.IsZero() && !o.now().Before(m.LeaseUntil) {
		// The claim ran out while the message waited: it is back in the
		// queue (or soon will be), and sending it here could send it twice.
		return news.OutboxResult{ID: m.ID, State: news.OutboxPending, NotBefore: o.now(), Error: "lease ran out before sending"}
	}
	if err := o.limiter.Admit(ctx, m.ChatID, groupLike); err != nil {
		return news.OutboxResult{ID: m.ID, State: news.OutboxPending, NotBefore: o.now(), Error: "not sent at shutdown"}
	}
	// The request itself is not cancelled at shutdown: abandoning it would
	// leave us not knowing whether Telegram delivered it.
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), o.cfg.SendTimeout)
	id, err := o.sender.Send(sctx, Message{
		ChatID: m.ChatID, Text: m.Text, ParseMode: m.ParseMode, ReplyMarkup: m.ReplyMarkup,
		DisableNotification: m.DisableNotification, DisablePreview: m.DisablePreview,
		PreviewURL: m.PreviewURL, PhotoURL: m.PhotoURL, ThreadID: m.ThreadID,
	})
	cancel()
	o.limiter.Done(m.ChatID) // the chat's next send is spaced from this answer
	if err == nil {
		o.flood.observe(o.now(), false)
		o.metrics.sent(m.Kind)
		return news.OutboxResult{ID: m.ID, State: news.OutboxSent, MessageID: id, SentAt: o.now()}
	}
	return o.failed(ctx, m, classify(err))
}

// failed decides what happens to a message whose send failed.
func (o *Outbox) failed(ctx context.Context, m news.OutboxMessage, se *SendError) news.OutboxResult {
	now := o.now()
	log := o.log.With("chat_id", m.ChatID, "outbox_id", m.ID, "kind", string(m.Kind))
	res := news.OutboxResult{ID: m.ID, Error: se.Error()}
	switch se.Kind {
	case ErrRateLimited:
		wait := max(se.RetryAfter, time.Second)
		o.limiter.PauseChat(m.ChatID, wait)
		if o.flood.observe(now, true) {
			// Most recent sends were refused: the limit is the bot's, not the chat's.
			o.limiter.PauseAll(wait)
			log.Warn("outbox: flood wait for every chat", "retry_after", wait)
		}
		o.metrics.rateLimited()
		res.State, res.NotBefore = news.OutboxPending, now.Add(wait)
		return res

	case ErrBlocked, ErrDeactivated, ErrKicked, ErrChatNotFound, ErrMigrated:
		u, ok := se.Membership(m.ChatID)
		if !ok {
			break // migrated, but to no id given: try again later
		}
		// What it means for the subscription is membership's rule.
		err := o.chats.Apply(context.WithoutCancel(ctx), u)
		if u.Kind == membership.Migrated {
			if err != nil {
				log.Error("outbox: follow migrated chat", "err", err, "new_chat_id", se.MigrateTo)
				o.metrics.failed(se.Kind)
				res.State = news.OutboxDead
				return res
			}
			// The message moved with the chat's queue: send it there now.
			log.Info("outbox: group became a supergroup; message readdressed", "new_chat_id", se.MigrateTo)
			res.State, res.NotBefore = news.OutboxPending, now
			return res
		}
		if err != nil {
			log.Error("outbox: mark subscriber", "err", err, "membership", u.Kind.String())
		} else {
			log.Info("outbox: chat unreachable; subscriber marked and its messages cancelled", "reason", string(se.Kind))
		}
		o.metrics.failed(se.Kind)
		res.State = news.OutboxCancelled
		return res

	case ErrPermanent:
		log.Warn("outbox: message refused", "err", se)
		o.metrics.failed(se.Kind)
		res.State = news.OutboxDead
		return res
	}

	// Temporary, or unclassified.
	o.flood.observe(now, false)
	attempts := m.Attempts + 1
	if attempts >= o.cfg.MaxAttempts {
		log.Warn("outbox: giving up after repeated failures", "err", se, "attempts", attempts)
		o.metrics.failed(ErrTemporary)
		res.State = news.OutboxDead
		return res
	}
	o.metrics.retried()
	wait := o.backoff(attempts)
	// Later messages to the chat wait too, so they do not overtake this one.
	o.limiter.PauseChat(m.ChatID, wait)
	res.State, res.NotBefore = news.OutboxFailed, now.Add(wait)
	return res
}

// backoff returns the wait after the given number of failed attempts:
// exponential with ±20 % jitter so retries of a burst spread out.
func (o *Outbox) backoff(attempts int) time.Duration {
	d := o.cfg.Backoff
	for i := 1; i < attempts && d < o.cfg.MaxBackoff; i++ {
		d *= 2
	}
	d = min(d, o.cfg.MaxBackoff)
	return time.Duration(float64(d) * (0.8 + 0.4*rand.Float64()))
}

// floodDetector tells a bot-wide flood wait from a chat's own limit: when
// most of the last second's answers are 429s, the wait is global.
type floodDetector struct {
	mu       sync.Mutex
	second   int64
	ok, hits int
}

// observe records one answer and reports whether the bot as a whole is
// being throttled.
func (f *floodDetector) observe(now time.Time, rateLimited bool) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if s := now.Unix(); s != f.second {
		f.second, f.ok, f.hits = s, 0, 0
	}
	if !rateLimited {
		f.ok++
		return false
	}
	f.hits++
	return f.hits >= 10 && f.hits > 2*f.ok
}
