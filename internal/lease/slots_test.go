package lease

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/store"
	"github.com/newsbot/newsbot/internal/storetest"
)

func TestSlotsBook(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	const (
		interval = 40 * time.Millisecond
		private  = time.Second
	)
	// A group's rule as deliver keeps it: a burst of a quarter window,
	// spacing of 5/4 window/20.
	groupRule := func(b Booking) Booking {
		b.ChatInterval, b.ChatTolerance = 3750*time.Millisecond, 15*time.Second
		return b
	}
	type step struct {
		at      time.Duration // the booking replica's time, from t0
		chat    int64
		group   bool
		maxWait time.Duration // 0: no bound
		hold    time.Duration // > 0: hold the chat until t0+hold instead of booking
		want    time.Duration // the slot booked, from t0
		wantOK  bool
	}
	tests := []struct {
		name  string
		steps []step
	}{
		{"sends to different chats are spaced at the bot's rate", []step{
			{chat: 1, want: 0, wantOK: true},
			{chat: 2, want: interval, wantOK: true},
			{chat: 3, want: 2 * interval, wantOK: true},
		}},
		{"a private chat waits its interval, whoever books", []step{
			{chat: 1, want: 0, wantOK: true},
			{at: 10 * time.Millisecond, chat: 1, want: private, wantOK: true},
			{at: 20 * time.Millisecond, chat: 2, want: private + interval, wantOK: true},
		}},
		{"an idle bot books at once", []step{
			{chat: 1, want: 0, wantOK: true},
			{at: time.Hour, chat: 1, want: time.Hour, wantOK: true},
		}},
		{"a chat further out than the caller waits is not booked", []step{
			{chat: 1, want: 0, wantOK: true},
			{chat: 1, maxWait: 500 * time.Millisecond, want: private, wantOK: false},
			{chat: 2, want: interval, wantOK: true}, // the refusal took no bot slot
		}},
		{"a group gets a burst of five, then one every 3.75 s", []step{
			{chat: -5, group: true, want: 0, wantOK: true},
			{chat: -5, group: true, want: interval, wantOK: true},
			{chat: -5, group: true, want: 2 * interval, wantOK: true},
			{chat: -5, group: true, want: 3 * interval, wantOK: true},
			{chat: -5, group: true, want: 4 * interval, wantOK: true},
			// the sixth waits until the chat's tat (5 × 3.75 s after the
			// first) is within the 15 s tolerance
			{chat: -5, group: true, want: 3750 * time.Millisecond, wantOK: true},
			{chat: -5, group: true, want: 7500 * time.Millisecond, wantOK: true},
		}},
		{"a hold of a chat delays its next send", []step{
			{chat: 1, hold: 30 * time.Second},
			{chat: 2, want: 0, wantOK: true},
			{chat: 1, want: 30 * time.Second, wantOK: true},
		}},
		{"a hold of the bot delays every send", []step{
			{chat: 0, hold: 5 * time.Second},
			{chat: 7, want: 5 * time.Second, wantOK: true},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := NewSlots(storetest.Open(t).SQL())
			ctx := context.Background()
			for i, st := range tc.steps {
				now := t0.Add(st.at)
				if st.hold > 0 {
					if err := s.Hold(ctx, st.chat, t0.Add(st.hold), 0); err != nil {
						t.Fatal(err)
					}
					continue
				}
				b := Booking{ChatID: st.chat, Now: now, MaxChatWait: st.maxWait, Interval: interval,
					ChatInterval: private}
				if b.MaxChatWait == 0 {
					b.MaxChatWait = time.Duration(1 << 62)
				}
				if st.group {
					b = groupRule(b)
				}
				at, ok, err := s.Book(ctx, b)
				if err != nil {
					t.Fatal(err)
				}
				if ok != st.wantOK || !at.Equal(t0.Add(st.want)) {
					t.Errorf("step %d: booked %s ok=%v, want %s ok=%v", i, at.Sub(t0), ok, st.want, st.wantOK)
				}
			}
		})
	}
}

// TestSlotsBookConcurrently books from two connections at once, as two
// replicas do: no two slots may come closer than the limits allow.
func TestSlotsBookConcurrently(t *testing.T) {
	dsn := storetest.DSN(t)
	ctx := context.Background()
	var slots []*Slots
	for range 2 {
		db, err := store.OpenURL(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		slots = append(slots, NewSlots(db.SQL()))
	}
	t0 := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	const n = 25
	var mu sync.Mutex
	var got []time.Time
	var wg sync.WaitGroup
	for _, s := range slots {
		wg.Go(func() {
			for range n {
				at, ok, err := s.Book(ctx, Booking{ChatID: 42, Now: t0, MaxChatWait: time.Hour,
					Interval: 40 * time.Millisecond, ChatInterval: time.Second})
				if err != nil || !ok {
					t.Errorf("book: ok=%v err=%v", ok, err)
					return
				}
				mu.Lock()
				got = append(got, at)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	slices.SortFunc(got, time.Time.Compare)
	if len(got) != 2*n {
		t.Fatalf("%d bookings, want %d", len(got), 2*n)
	}
	for i := 1; i < len(got); i++ {
		if d := got[i].Sub(got[i-1]); d < time.Second {
			t.Errorf("slots %d and %d are %s apart, want at least 1s", i-1, i, d)
		}
	}
}

// BenchmarkSlotsBook measures one booking, the database cost added to each
// send with replicas.
func BenchmarkSlotsBook(b *testing.B) {
	s := NewSlots(storetest.Open(b).SQL())
	ctx := context.Background()
	t0 := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	i := 0
	for b.Loop() {
		i++
		if _, _, err := s.Book(ctx, Booking{ChatID: int64(i % 1000), Now: t0, MaxChatWait: time.Duration(1 << 62),
			Interval: time.Millisecond, ChatInterval: time.Second}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSlotsHold measures one hold, the database cost a late answer
// to a private chat adds with replicas (deliver.Limiter.Done).
func BenchmarkSlotsHold(b *testing.B) {
	s := NewSlots(storetest.Open(b).SQL())
	ctx := context.Background()
	t0 := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	i := 0
	for b.Loop() {
		i++
		if err := s.Hold(ctx, int64(1+i%1000), t0.Add(time.Duration(i)*time.Millisecond), 0); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSlotsPrune: chats not sent to for an hour leave the table, so it
// follows the recently active chats, not every chat ever sent to.
func TestSlotsPrune(t *testing.T) {
	db := storetest.Open(t).SQL()
	s := NewSlots(db)
	ctx := context.Background()
	t0 := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	book := func(chat int64, at time.Time) {
		t.Helper()
		if _, _, err := s.Book(ctx, Booking{ChatID: chat, Now: at, MaxChatWait: time.Hour,
			Interval: 40 * time.Millisecond, ChatInterval: time.Second}); err != nil {
			t.Fatal(err)
		}
	}
	for chat := int64(1); chat <= 3; chat++ {
		book(chat, t0)
	}
	book(4, t0.Add(2*time.Hour)) // prunes: the first prune of this replica
	var chats []int64
	if err := db.SelectContext(ctx, &chats, `SELECT chat_id FROM send_slots ORDER BY chat_id`); err != nil {
		t.Fatal(err)
	}
	if want := []int64{0, 4}; !slices.Equal(chats, want) {
		t.Errorf("rows after two idle hours = %v, want %v", chats, want)
	}
}
