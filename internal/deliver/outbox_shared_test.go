package deliver_test

import (
	"context"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/storetest"
)

// With replicas sharing the store, a message another process claimed is
// not taken from it at start (it may be that process's send under way):
// it stays with its claimer until the claim's lease runs out, then goes
// out once. The store's only process, by contrast, resets it at start.
func TestOutboxStartLeavesOtherClaimsAloneWhenShared(t *testing.T) {
	for _, tc := range []struct {
		name   string
		shared bool
		// wantAtStart is the message's state once the outbox has started
		// and done its first rounds, before the claim's lease runs out.
		wantAtStart  string
		wantInFlight int
	}{
		{name: "shared: left to its claimer until the lease runs out", shared: true, wantAtStart: "[sending]"},
		{name: "only process: reset at start", shared: false, wantAtStart: "[sent]", wantInFlight: 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			clock := &fakeClock{t: time.Date(2025, 5, 1, 10, 0, 0, 0, time.UTC)}
			db, _ := openDB(t, clock.Now)
			ctx := context.Background()
			storetest.EnqueueReplies(t, db, 1, "claimed elsewhere")
			// Another replica claimed it for 30 s and then died.
			if got, err := db.ClaimOutbox(ctx, clock.Now(), clock.Now().Add(30*time.Second), 10); err != nil || len(got) != 1 {
				t.Fatalf("claim = %d messages, %v", len(got), err)
			}
			store := &flakyStore{DB: db}
			sender := &countingSender{}
			limiter := deliver.NewLimiter(deliver.Limits{Rate: 100, PerChatInterval: 10 * time.Millisecond}, nil)
			o := deliver.NewOutbox(store, sender, limiter, nil, testLogger(t), deliver.OutboxConfig{
				PollInterval: 10 * time.Millisecond, FlushInterval: 5 * time.Millisecond,
				Lease: 30 * time.Second, Shared: tc.shared, Now: clock.Now,
			})
			runCtx, cancel := context.WithCancel(ctx)
			done := make(chan error, 1)
			go func() { done <- o.Run(runCtx) }()
			defer func() {
				cancel()
				if err := <-done; err != nil {
					t.Error(err)
				}
			}()
			// Let the outbox make a few rounds of claims at this time.
			start := store.claims.Load()
			waitFor(t, "a few claim rounds", func() bool { return store.claims.Load() >= start+3 }, o.Notify)
			if tc.wantAtStart == "[sent]" {
				waitFor(t, "the reset message sent", func() bool { return storetest.OutboxStates(t, db, 1) == "[sent]" }, nil)
			}
			if got := storetest.OutboxStates(t, db, 1); got != tc.wantAtStart {
				t.Errorf("at start the message is %s, want %s", got, tc.wantAtStart)
			}
			if got := o.InFlightAtStart(); got != tc.wantInFlight {
				t.Errorf("in flight at start = %d, want %d", got, tc.wantInFlight)
			}
			// Once the claim's lease has run out, it goes out exactly once.
			clock.Add(31 * time.Second)
			waitFor(t, "the message sent", func() bool { return storetest.OutboxStates(t, db, 1) == "[sent]" }, func() { clock.Add(time.Second) })
			if got := sender.count("claimed elsewhere"); got != 1 {
				t.Errorf("delivered %d times, want 1", got)
			}
		})
	}
}
