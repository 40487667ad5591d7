package deliver_test

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/store"
	"github.com/newsbot/newsbot/internal/storetest"
	"github.com/newsbot/newsbot/internal/telegram/telegramtest"
)

// fakeClock is a clock the test moves by hand.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// flakyStore is the real store whose writes of send outcomes and broadcast
// progress fail while told to, as when SQLite stays locked past its busy
// timeout.
type flakyStore struct {
	*store.DB
	failRecords   atomic.Bool
	failedRecords atomic.Int64
	failProgress  atomic.Int64 // progress writes still to fail
	claims        atomic.Int64
	expiries      atomic.Int64 // ExpireOutboxLeases calls: one per dispatch round once due
}

func (s *flakyStore) ExpireOutboxLeases(ctx context.Context, now time.Time) (int, error) {
	s.expiries.Add(1)
	return s.DB.ExpireOutboxLeases(ctx, now)
}

func (s *flakyStore) ClaimOutbox(ctx context.Context, now, leaseUntil time.Time, limit int) ([]news.OutboxMessage, error) {
	s.claims.Add(1)
	return s.DB.ClaimOutbox(ctx, now, leaseUntil, limit)
}

var errLocked = errors.New("database is locked")

func (s *flakyStore) RecordOutbox(ctx context.Context, results []news.OutboxResult) error {
	if s.failRecords.Load() {
		s.failedRecords.Add(1)
		return errLocked
	}
	return s.DB.RecordOutbox(ctx, results)
}

func (s *flakyStore) UpdateBroadcastProgress(ctx context.Context, id int64, state news.BroadcastState, sent, failed int) error {
	if s.failProgress.Add(-1) >= 0 {
		return errLocked
	}
	return s.DB.UpdateBroadcastProgress(ctx, id, state, sent, failed)
}

// countingSender delivers everything and counts copies per text.
type countingSender struct {
	mu     sync.Mutex
	copies map[string]int
}

func (s *countingSender) Send(_ context.Context, m deliver.Message) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.copies == nil {
		s.copies = map[string]int{}
	}
	s.copies[m.Text]++
	return len(s.copies), nil
}

func (s *countingSender) Edit(context.Context, int, deliver.Message) error { return nil }

func (s *countingSender) count(text string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.copies[text]
}

// waitFor polls cond (with a generous bound for a loaded machine), calling
// step between polls; it is no timing test: only a hang fails it.
func waitFor(t *testing.T, what string, cond func() bool, step func()) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		if step != nil {
			step()
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// When the write of send outcomes fails, the outcomes are retried and sends
// to other chats go on meanwhile. When it keeps failing past the lease, the
// messages go back to the queue without a restart and are resent once: the
// counted in-flight window.
func TestOutboxSurvivesFailedOutcomeWrites(t *testing.T) {
	for _, tc := range []struct {
		name string
		// recover moves the clock while writes still fail, then lets them work.
		recover func(t *testing.T, clock *fakeClock, store *flakyStore, o *deliver.Outbox)
		// wantCopies is how many copies of a1 and b1 (sent while writes
		// failed) arrive; a2 always arrives once, after a1.
		wantCopies   int
		wantExpiries int
	}{
		{
			name: "write succeeds on a retry",
			recover: func(t *testing.T, clock *fakeClock, store *flakyStore, o *deliver.Outbox) {
				store.failRecords.Store(false)
				clock.Add(time.Minute) // past the retry back-off, well within the lease
			},
			wantCopies: 1,
		},
		{
			name: "writes fail until the lease runs out",
			recover: func(t *testing.T, clock *fakeClock, store *flakyStore, o *deliver.Outbox) {
				clock.Add(time.Hour + time.Second)
				waitFor(t, "the lease to expire", func() bool { return o.LeasesExpired() > 0 }, nil)
				store.failRecords.Store(false)
			},
			wantCopies:   2,
			wantExpiries: 2,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			clock := &fakeClock{t: time.Date(2025, 5, 1, 10, 0, 0, 0, time.UTC)}
			db, _ := openDB(t, clock.Now)
			store := &flakyStore{DB: db}
			store.failRecords.Store(true)
			sender := &countingSender{}
			limiter := deliver.NewLimiter(deliver.Limits{Rate: 100, PerChatInterval: 10 * time.Millisecond}, nil)
			o := deliver.NewOutbox(store, sender, limiter, nil, testLogger(t), deliver.OutboxConfig{
				PollInterval: 10 * time.Millisecond, FlushInterval: 5 * time.Millisecond,
				Lease: time.Hour, RecordBackoff: time.Second, Now: clock.Now,
			})
			storetest.EnqueueReplies(t, db, 1, "a1", "a2")

			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			go func() { done <- o.Run(ctx) }()
			defer func() {
				cancel()
				if err := <-done; err != nil {
					t.Error(err)
				}
			}()

			waitFor(t, "a failed write of a1's outcome", func() bool {
				return sender.count("a1") == 1 && store.failedRecords.Load() > 0
			}, nil)
			// Other chats never wait behind the unwritten outcome.
			storetest.EnqueueReplies(t, db, 2, "b1")
			o.Notify()
			waitFor(t, "b1 sent while writes fail", func() bool { return sender.count("b1") == 1 }, nil)
			if got := sender.count("a2"); got != 0 {
				t.Errorf("a2 sent %d times while a1 was unrecorded; it must not overtake a1", got)
			}

			tc.recover(t, clock, store, o)
			waitFor(t, "every message recorded as sent", func() bool {
				return storetest.OutboxStates(t, db, 1) == "[sent sent]" && storetest.OutboxStates(t, db, 2) == "[sent]"
			}, func() { clock.Add(time.Second) })

			for text, want := range map[string]int{"a1": tc.wantCopies, "a2": 1, "b1": tc.wantCopies} {
				if got := sender.count(text); got != want {
					t.Errorf("%s delivered %d times, want %d", text, got, want)
				}
			}
			if got := o.LeasesExpired(); got != tc.wantExpiries {
				t.Errorf("leases expired = %d, want %d", got, tc.wantExpiries)
			}
		})
	}
}

// While outcomes cannot be written, sending stops once MaxUnrecorded of
// them wait: each is a message a crash would send twice.
func TestOutboxBoundsUnrecordedOutcomes(t *testing.T) {
	clock := &fakeClock{t: time.Date(2025, 5, 1, 10, 0, 0, 0, time.UTC)}
	db, _ := openDB(t, clock.Now)
	store := &flakyStore{DB: db}
	store.failRecords.Store(true)
	sender := &countingSender{}
	limiter := deliver.NewLimiter(deliver.Limits{Rate: 100, PerChatInterval: 10 * time.Millisecond}, nil)
	o := deliver.NewOutbox(store, sender, limiter, nil, testLogger(t), deliver.OutboxConfig{
		PollInterval: 10 * time.Millisecond, FlushInterval: 5 * time.Millisecond,
		Lease: time.Hour, MaxUnrecorded: 1, Now: clock.Now,
	})
	storetest.EnqueueReplies(t, db, 1, "a1")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- o.Run(ctx) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run = %v, want nil after cancel", err)
		}
	}()
	waitFor(t, "a failed write of a1's outcome", func() bool {
		return sender.count("a1") == 1 && store.failedRecords.Load() > 0
	}, nil)
	claims := store.claims.Load()
	storetest.EnqueueReplies(t, db, 2, "b1")
	o.Notify()
	// Lease checks fall due every Lease/8 of the clock, at the top of a
	// dispatch round: two of them prove a whole round went by, in which a
	// dispatcher not held back would have claimed b1.
	for range 2 {
		seen := store.expiries.Load()
		clock.Add(time.Hour/8 + time.Second)
		waitFor(t, "a dispatch round", func() bool { return store.expiries.Load() > seen }, nil)
	}
	if n := store.claims.Load() - claims; n != 0 || sender.count("b1") != 0 {
		t.Fatalf("%d claims and %d copies of b1 while an outcome could not be written; want none", n, sender.count("b1"))
	}
	store.failRecords.Store(false)
	waitFor(t, "both recorded as sent", func() bool {
		return storetest.OutboxStates(t, db, 1) == "[sent]" && storetest.OutboxStates(t, db, 2) == "[sent]"
	}, func() { clock.Add(time.Second) })
	for _, text := range []string{"a1", "b1"} {
		if n := sender.count(text); n != 1 {
			t.Errorf("%s delivered %d times, want 1", text, n)
		}
	}
}

// The editor's progress keeps moving when a progress write fails for a
// while: Watch tries again instead of giving up.
func TestBroadcastWatchSurvivesFailedProgressWrites(t *testing.T) {
	ctx := context.Background()
	e := newTestEnv(t, telegramtest.Options{})
	e.addPrivateChats(t, 1, 3)
	store := &flakyStore{DB: e.db}
	store.failProgress.Store(2)
	sender := &countingSender{}
	limiter := deliver.NewLimiter(deliver.Limits{Rate: 100, PerChatInterval: 10 * time.Millisecond}, nil)
	o := deliver.NewOutbox(e.db, sender, limiter, nil, testLogger(t), deliver.OutboxConfig{PollInterval: 10 * time.Millisecond})
	b := deliver.NewBroadcaster(store, testRender(), o, 100, nil, testLogger(t), nil)
	rec, err := b.Start(ctx, deliver.BroadcastRequest{EditorID: 1, Text: "hello", Audience: news.Audience{Countries: []string{"KZ"}}})
	if err != nil {
		t.Fatal(err)
	}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- o.Run(runCtx) }()
	var reports int
	final, err := b.Watch(ctx, rec.ID, 5*time.Millisecond, func(deliver.Progress) { reports++ })
	stop()
	if err := <-done; err != nil {
		t.Errorf("Run = %v, want nil after cancel", err)
	}
	if err != nil {
		t.Fatalf("Watch = %v, want it to outlast two failed writes", err)
	}
	if !final.Done || final.Sent != 3 || reports == 0 {
		t.Errorf("final = %+v after %d reports, want done with 3 sent", final, reports)
	}
	if saved, _ := e.db.Broadcast(ctx, rec.ID); saved.State != news.BroadcastDone || saved.Sent != 3 {
		t.Errorf("stored broadcast = %+v, want done with 3 sent", saved)
	}
}

// The editor hears that a broadcast has ended a moment after its last
// message, not at the next progress report up to an interval later;
// progress reports still come at most once an interval.
func TestBroadcastWatchReportsTheEndPromptly(t *testing.T) {
	const every = 3 * time.Second
	tests := []struct {
		name       string
		chats      int
		rate       float64       // messages a second
		wantWithin time.Duration // from the start to the final report
	}{
		// One message, sent at once: done at the first look after it, a
		// tenth of the interval in (it was the whole interval).
		{"one message", 1, 100, every / 10},
		// Four messages a second apart, the last at about 3 s: the end is
		// seen before the second report's 6 s.
		{"four messages a second apart", 4, 1, every + every/2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				ctx := context.Background()
				db, _ := openDB(t, nil)
				for i := range tc.chats {
					if err := db.SaveSubscriber(ctx, news.Subscriber{ChatID: int64(100 + i),
						Preferences: news.Preferences{Lang: "en", Countries: []string{"KZ"}}}); err != nil {
						t.Fatal(err)
					}
				}
				sender := &countingSender{}
				limiter := deliver.NewLimiter(deliver.Limits{Rate: tc.rate, PerChatInterval: time.Millisecond}, nil)
				o := deliver.NewOutbox(db, sender, limiter, nil, testLogger(t), deliver.OutboxConfig{PollInterval: 10 * time.Millisecond})
				b := deliver.NewBroadcaster(db, testRender(), o, tc.rate, nil, testLogger(t), nil)
				rec, err := b.Start(ctx, deliver.BroadcastRequest{EditorID: 1, Text: "hello", Audience: news.Audience{Countries: []string{"KZ"}}})
				if err != nil || rec.Total != tc.chats {
					t.Fatalf("start = %+v, %v; want %d chats", rec, err, tc.chats)
				}
				runCtx, stop := context.WithCancel(ctx)
				done := make(chan error, 1)
				go func() { done <- o.Run(runCtx) }()
				start := time.Now()
				var reports []time.Duration
				final, err := b.Watch(ctx, rec.ID, every, func(deliver.Progress) { reports = append(reports, time.Since(start)) })
				took := time.Since(start)
				stop()
				if err := <-done; err != nil {
					t.Errorf("Run = %v, want nil after cancel", err)
				}
				if err != nil || !final.Done || final.Sent != tc.chats {
					t.Fatalf("Watch = %+v, %v; want done with %d sent", final, err, tc.chats)
				}
				if took > tc.wantWithin {
					t.Errorf("final report after %s, want within %s", took, tc.wantWithin)
				}
				if len(reports) < 2 || reports[0] != 0 || reports[len(reports)-1] != took {
					t.Fatalf("reports at %v, want one at once and the final one at %s", reports, took)
				}
				for i := 1; i < len(reports)-1; i++ {
					if gap := reports[i] - reports[i-1]; gap < every {
						t.Errorf("reports at %v: %s apart, want at least %s", reports, gap, every)
					}
				}
			})
		})
	}
}
