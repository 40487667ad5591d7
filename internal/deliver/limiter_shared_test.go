package deliver_test

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/lease"
)

// fakeSchedule is a shared schedule that another replica fills: it books
// at a given slot, or fails, and records what it was asked.
type fakeSchedule struct {
	mu       sync.Mutex
	slot     time.Time
	fail     error
	bookings []deliver.Booking
	holds    map[int64]time.Time
}

func (f *fakeSchedule) Book(b deliver.Booking) (time.Time, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.bookings = append(f.bookings, b)
	if f.fail != nil {
		return time.Time{}, false, f.fail
	}
	return f.slot, true, nil
}

func (f *fakeSchedule) Hold(chatID int64, until time.Time, _ time.Duration) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail != nil {
		return f.fail
	}
	if f.holds == nil {
		f.holds = map[int64]time.Time{}
	}
	f.holds[chatID] = until
	return nil
}

func TestLimiterShared(t *testing.T) {
	limits := deliver.Limits{Rate: 10, PerChatInterval: time.Second, GroupPerMinute: 20, GroupWindow: time.Minute}
	tests := []struct {
		name      string
		slot      time.Duration // the shared schedule's slot, from t0
		fail      error
		wantAt    time.Duration
		wantFails int
	}{
		{"the shared slot is used when another replica took the earlier ones", 3 * time.Second, nil, 3 * time.Second, 0},
		{"a failing database falls back to the local schedule", 0, errors.New("database is locked"), 0, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lim := deliver.NewLimiter(limits, func() time.Time { return t0 })
			f := &fakeSchedule{slot: t0.Add(tc.slot), fail: tc.fail}
			var told []error
			lim.Share(f, func(err error) { told = append(told, err) })
			at, ok := lim.Reserve(7, false, time.Hour)
			if !ok || !at.Equal(t0.Add(tc.wantAt)) {
				t.Errorf("Reserve = %s, %v; want %s", at.Sub(t0), ok, tc.wantAt)
			}
			if got := lim.SharedFailures(); got != tc.wantFails || len(told) != tc.wantFails {
				t.Errorf("failures = %d (told %d), want %d", got, len(told), tc.wantFails)
			}
			// The next send to the chat is spaced from the booked slot,
			// in the shared schedule's request and locally alike.
			f.fail, f.slot = nil, time.Time{}
			lim.Reserve(7, false, time.Hour)
			last := f.bookings[len(f.bookings)-1]
			if want := t0.Add(tc.wantAt + time.Second); last.NotBefore.Before(want) {
				t.Errorf("next booking not before %s, want at least %s", last.NotBefore.Sub(t0), want.Sub(t0))
			}
			if last.ChatInterval < time.Second || last.ChatTolerance != 0 || last.Interval != 100*time.Millisecond {
				t.Errorf("private chat's rule = %+v, want a strict 1 s spacing at 10/s", last)
			}
		})
	}
}

func TestLimiterSharedRules(t *testing.T) {
	lim := deliver.NewLimiter(deliver.Limits{Rate: 25, PerChatInterval: time.Second, GroupPerMinute: 20, GroupWindow: time.Minute},
		func() time.Time { return t0 })
	f := &fakeSchedule{slot: t0}
	lim.Share(f, nil)
	lim.Reserve(-100, true, time.Hour)
	b := f.bookings[0]
	// Any 21 sends to the group must span the window: 20 increments less
	// the tolerance.
	if span := 20*b.ChatInterval - b.ChatTolerance; span < time.Minute {
		t.Errorf("group rule %s/%s lets 21 sends span %s, under a minute", b.ChatInterval, b.ChatTolerance, span)
	}
	if b.ChatTolerance < 10*time.Second {
		t.Errorf("group tolerance %s: want a burst of a few messages", b.ChatTolerance)
	}
	// A 429 holds every replica back.
	lim.PauseChat(-100, 30*time.Second)
	lim.PauseAll(5 * time.Second)
	if until := f.holds[-100]; until.Before(t0.Add(30 * time.Second)) {
		t.Errorf("chat held until %s, want at least 30s", until.Sub(t0))
	}
	if until, ok := f.holds[0]; !ok || !until.Equal(t0.Add(5*time.Second)) {
		t.Errorf("bot held until %s (%v), want 5s", until.Sub(t0), ok)
	}
}

// slotsSchedule is lease.Slots, the schedule replicas share in their
// database, as a deliver.SharedSchedule (package app has the same small
// adapter); holds counts its Hold calls.
type slotsSchedule struct {
	s     *lease.Slots
	holds atomic.Int64
}

func (a *slotsSchedule) Book(b deliver.Booking) (time.Time, bool, error) {
	return a.s.Book(context.Background(), lease.Booking(b))
}

func (a *slotsSchedule) Hold(chatID int64, until time.Time, tolerance time.Duration) error {
	a.holds.Add(1)
	return a.s.Hold(context.Background(), chatID, until, tolerance)
}

// TestDoneSpacesEveryReplica: a send's answer spaces the chat's next send
// on every replica, not only on the one that sent it. Replica A sends to a
// private chat in its slot and Telegram answers late (the request was slowed
// on its way, so it may have arrived as late as its answer); replica B's
// next send to the chat must then wait a full interval from that answer, as
// A's own next send does. A prompt answer, or a group (paced by its window,
// not by answers), changes nothing and costs no extra write.
func TestDoneSpacesEveryReplica(t *testing.T) {
	limits := deliver.Limits{Rate: 25, PerChatInterval: time.Second, GroupPerMinute: 20, GroupWindow: time.Minute}
	tests := []struct {
		name      string
		chat      int64
		answer    time.Duration // when A's send is answered, from its slot
		wantAtB   time.Duration // the least slot for B's next send, from A's slot
		wantHolds int64
	}{
		{"private chat, late answer", 7, 400 * time.Millisecond, 1400 * time.Millisecond, 1},
		{"private chat, later answer", 7, 2 * time.Second, 3 * time.Second, 1},
		{"private chat, prompt answer", 7, 5 * time.Millisecond, time.Second, 0},
		{"group, late answer", -100, 2 * time.Second, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			db, _ := openDB(t, nil)
			shared := &slotsSchedule{s: lease.NewSlots(db.SQL())}
			var mu sync.Mutex
			now := t0
			clock := func() time.Time {
				mu.Lock()
				defer mu.Unlock()
				return now
			}
			set := func(t time.Time) {
				mu.Lock()
				defer mu.Unlock()
				now = t
			}
			a := deliver.NewLimiter(limits, clock)
			b := deliver.NewLimiter(limits, clock)
			for _, l := range []*deliver.Limiter{a, b} {
				l.Share(shared, func(err error) { t.Errorf("shared schedule: %v", err) })
			}
			groupLike := tc.chat < 0

			slot, ok := a.Reserve(tc.chat, groupLike, time.Hour)
			if !ok {
				t.Fatal("A's first send was not booked")
			}
			set(slot)
			if err := a.Admit(context.Background(), tc.chat, groupLike); err != nil {
				t.Fatal(err)
			}
			set(slot.Add(tc.answer))
			a.Done(tc.chat)

			atB, ok := b.Reserve(tc.chat, groupLike, time.Hour)
			if !ok {
				t.Fatal("B's send was not booked")
			}
			if got := atB.Sub(slot); got < tc.wantAtB {
				t.Errorf("B's next send %s after A's slot; want at least %s (A answered after %s)", got, tc.wantAtB, tc.answer)
			}
			// A's own next send is spaced from the answer too, as before.
			atA, _ := a.Reserve(tc.chat, groupLike, time.Hour)
			if got := atA.Sub(slot); got < tc.wantAtB {
				t.Errorf("A's next send %s after its slot; want at least %s", got, tc.wantAtB)
			}
			if got := shared.holds.Load(); got != tc.wantHolds {
				t.Errorf("%d holds written to the shared schedule, want %d", got, tc.wantHolds)
			}
		})
	}
}
