package lease

import (
	"context"
	"errors"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/pgtest"
	"github.com/newsbot/newsbot/internal/storetest"
)

// The lease's SQL is checked on both engines: make test runs these tests on
// PostgreSQL too (NEWSBOT_TEST_DATABASE=postgres).
func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// clock is a test clock moved by hand.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func newTable(t *testing.T) (*Table, *clock) {
	t.Helper()
	db := storetest.Open(t)
	c := &clock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	return New(db.SQL(), c.now), c
}

func holder(t *testing.T, tab *Table, name string) string {
	t.Helper()
	l, err := tab.Holder(context.Background(), name)
	if errors.Is(err, ErrNotHeld) {
		return ""
	}
	if err != nil {
		t.Fatal(err)
	}
	return l.Holder
}

func TestLeaseRules(t *testing.T) {
	const ttl = 10 * time.Second
	type step struct {
		advance    time.Duration
		op         string // acquire, renew, release
		who        string
		want       bool   // for acquire and renew
		wantHolder string // who holds it after the step ("" nobody)
	}
	tests := []struct {
		name  string
		steps []step
	}{
		{"a free lease is taken", []step{
			{op: "acquire", who: "a", want: true, wantHolder: "a"},
		}},
		{"a held lease is refused to another", []step{
			{op: "acquire", who: "a", want: true, wantHolder: "a"},
			{advance: 9 * time.Second, op: "acquire", who: "b", want: false, wantHolder: "a"},
		}},
		{"only the holder renews", []step{
			{op: "acquire", who: "a", want: true, wantHolder: "a"},
			{advance: 5 * time.Second, op: "renew", who: "b", want: false, wantHolder: "a"},
			{advance: 5 * time.Second, op: "renew", who: "a", want: true, wantHolder: "a"},
			// renewed at 10 s: holds until 20 s, so at 19 s b is still refused
			{advance: 9 * time.Second, op: "acquire", who: "b", want: false, wantHolder: "a"},
		}},
		{"a lease run out is taken over and the old holder cannot renew it", []step{
			{op: "acquire", who: "a", want: true, wantHolder: "a"},
			{advance: ttl, op: "acquire", who: "b", want: true, wantHolder: "b"},
			{op: "renew", who: "a", want: false, wantHolder: "b"},
		}},
		{"a lease run out and not taken is free", []step{
			{op: "acquire", who: "a", want: true, wantHolder: "a"},
			{advance: ttl, op: "none", wantHolder: ""},
		}},
		{"the holder acquiring again renews", []step{
			{op: "acquire", who: "a", want: true, wantHolder: "a"},
			{advance: 8 * time.Second, op: "acquire", who: "a", want: true, wantHolder: "a"},
			{advance: 8 * time.Second, op: "acquire", who: "b", want: false, wantHolder: "a"},
		}},
		{"release by another changes nothing; by the holder frees it at once", []step{
			{op: "acquire", who: "a", want: true, wantHolder: "a"},
			{op: "release", who: "b", wantHolder: "a"},
			{op: "release", who: "a", wantHolder: ""},
			{op: "acquire", who: "b", want: true, wantHolder: "b"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab, c := newTable(t)
			ctx := context.Background()
			for i, s := range tt.steps {
				c.add(s.advance)
				var got bool
				var err error
				switch s.op {
				case "acquire":
					got, err = tab.Acquire(ctx, "leader", s.who, ttl)
				case "renew":
					got, err = tab.Renew(ctx, "leader", s.who, ttl)
				case "release":
					err = tab.Release(ctx, "leader", s.who)
				}
				if err != nil {
					t.Fatalf("step %d (%s by %s): %v", i, s.op, s.who, err)
				}
				if (s.op == "acquire" || s.op == "renew") && got != s.want {
					t.Errorf("step %d (%s by %s) = %v, want %v", i, s.op, s.who, got, s.want)
				}
				if h := holder(t, tab, "leader"); h != s.wantHolder {
					t.Errorf("step %d: holder %q, want %q", i, h, s.wantHolder)
				}
			}
		})
	}
}

func TestAcquiredAtMarksTheTakeover(t *testing.T) {
	tab, c := newTable(t)
	ctx := context.Background()
	start := c.now()
	if ok, err := tab.Acquire(ctx, "leader", "a", 10*time.Second); !ok || err != nil {
		t.Fatalf("acquire = %v, %v", ok, err)
	}
	c.add(5 * time.Second)
	if ok, err := tab.Acquire(ctx, "leader", "a", 10*time.Second); !ok || err != nil {
		t.Fatalf("acquire again = %v, %v", ok, err)
	}
	l, err := tab.Holder(ctx, "leader")
	if err != nil {
		t.Fatal(err)
	}
	if !l.AcquiredAt.Equal(start) || !l.ExpiresAt.Equal(start.Add(15*time.Second)) {
		t.Errorf("after renewal by acquire: acquired %v expires %v, want %v and %v", l.AcquiredAt, l.ExpiresAt, start, start.Add(15*time.Second))
	}
	c.add(15 * time.Second)
	if ok, err := tab.Acquire(ctx, "leader", "b", 10*time.Second); !ok || err != nil {
		t.Fatalf("takeover = %v, %v", ok, err)
	}
	if l, _ = tab.Holder(ctx, "leader"); !l.AcquiredAt.Equal(c.now()) {
		t.Errorf("after takeover acquired at %v, want %v", l.AcquiredAt, c.now())
	}
	held, err := tab.Held(ctx)
	if err != nil || len(held) != 1 || held[0].Holder != "b" {
		t.Errorf("Held = %+v, %v; want b's lease only", held, err)
	}
}

// TestTwoContenders steps two replicas' elections on one clock, as their
// loops would every 3 s, and kills the leader: the other takes over once
// the lease has run out, and no moment has two leaders.
func TestTwoContenders(t *testing.T) {
	tab, c := newTable(t)
	ctx := context.Background()
	a := tab.Leader("leader", "a", LeaderConfig{TTL: 10 * time.Second, Every: 3 * time.Second})
	b := tab.Leader("leader", "b", LeaderConfig{TTL: 10 * time.Second, Every: 3 * time.Second})
	if !a.tick(ctx) {
		t.Fatal("a did not take the free lease")
	}
	for range 5 { // both keep ticking: a renews, b waits
		c.add(3 * time.Second)
		if !a.tick(ctx) || b.tick(ctx) {
			t.Fatalf("at %v: a leads %v, b leads %v; want a only", c.now(), a.held, b.held)
		}
	}
	lastRenewal := c.now()
	// a is killed: only b ticks, every second now and then.
	var took time.Duration
	for i := 1; i <= 20; i++ {
		c.add(time.Second)
		if b.tick(ctx) {
			took = c.now().Sub(lastRenewal)
			break
		}
	}
	if took < 10*time.Second || took > 13*time.Second {
		t.Fatalf("b took over %v after a's last renewal, want once the 10 s lease ran out (and within TTL+Every)", took)
	}
	// a comes back (it was only paused): its renewal fails and it stops.
	if a.tick(ctx) {
		t.Error("a still leads after b took over")
	}
	if h := holder(t, tab, "leader"); h != "b" {
		t.Errorf("holder %q, want b", h)
	}
}

// TestLeaderStopsBeforeItsLeaseRunsOut: when renewals fail (the database
// is unreachable), the leader stops while the lease has two renewal
// periods left, so its work ends before another replica may take over.
func TestLeaderStopsBeforeItsLeaseRunsOut(t *testing.T) {
	tab, c := newTable(t)
	ctx := context.Background()
	a := tab.Leader("leader", "a", LeaderConfig{TTL: 10 * time.Second, Every: 2 * time.Second})
	if !a.tick(ctx) {
		t.Fatal("a did not take the free lease")
	}
	validUntil := c.now().Add(10 * time.Second)
	broken, _ := newTable(t)
	broken.db.Close()
	broken.now = c.now
	a.table = broken
	var stoppedAt time.Time
	for range 10 {
		c.add(2 * time.Second)
		if !a.tick(ctx) {
			stoppedAt = c.now()
			break
		}
	}
	if stoppedAt.IsZero() {
		t.Fatal("a kept leading without renewals")
	}
	if left := validUntil.Sub(stoppedAt); left < 4*time.Second {
		t.Errorf("a stopped with %v of its lease left, want at least two renewal periods (4s)", left)
	}
}

func TestRunStopsWorkAndReleasesOnCancel(t *testing.T) {
	tab, _ := newTable(t)
	var changes []bool
	var mu sync.Mutex
	l := tab.Leader("leader", "a", LeaderConfig{OnChange: func(v bool) { mu.Lock(); changes = append(changes, v); mu.Unlock() }})
	ctx, cancel := context.WithCancel(context.Background())
	started, stopped := make(chan struct{}), make(chan struct{})
	errc := make(chan error, 1)
	go func() {
		errc <- l.Run(ctx, func(ctx context.Context) error {
			close(started)
			<-ctx.Done()
			close(stopped)
			return ctx.Err()
		})
	}()
	<-started
	if !l.Leading() {
		t.Error("Leading() = false while the work runs")
	}
	cancel()
	if err := <-errc; err != nil {
		t.Errorf("Run = %v, want nil", err)
	}
	select {
	case <-stopped:
	default:
		t.Error("Run returned before the work stopped")
	}
	if h := holder(t, tab, "leader"); h != "" {
		t.Errorf("holder after Run %q, want the lease released", h)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(changes) != 2 || !changes[0] || changes[1] {
		t.Errorf("OnChange saw %v, want [true false]", changes)
	}
}

func TestRunReturnsTheWorksError(t *testing.T) {
	tab, _ := newTable(t)
	l := tab.Leader("leader", "a", LeaderConfig{})
	boom := errors.New("token refused")
	err := l.Run(context.Background(), func(context.Context) error { return boom })
	if !errors.Is(err, boom) {
		t.Errorf("Run = %v, want %v", err, boom)
	}
	if h := holder(t, tab, "leader"); h != "" {
		t.Errorf("holder %q, want the lease released", h)
	}
}

// BenchmarkRenew measures one renewal, what the leader writes every 3 s.
func BenchmarkRenew(b *testing.B) {
	db := storetest.Open(b)
	tab := New(db.SQL(), nil)
	ctx := context.Background()
	if ok, err := tab.Acquire(ctx, "leader", "a", 10*time.Second); !ok || err != nil {
		b.Fatal(ok, err)
	}
	for b.Loop() {
		if ok, err := tab.Renew(ctx, "leader", "a", 10*time.Second); !ok || err != nil {
			b.Fatal(ok, err)
		}
	}
}
