package store

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

// Two processes claiming work from one database side by side never get the
// same row, and between them get every row: outbox messages, due feeds and
// due digests. On PostgreSQL this is FOR UPDATE SKIP LOCKED; on SQLite,
// the one write lock.
func TestClaimsSideBySideNeverOverlap(t *testing.T) {
	const rows, batch = 400, 7
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	lease := now.Add(time.Minute)
	target := testDatabase(t)
	seed := openTestDBAt(t, target)
	ctx := context.Background()

	var msgs []news.OutboxMessage
	var subs []news.Subscriber
	for i := range rows {
		// A chat each: a chat's second message waits for its first, which
		// would make a claimer stop early, not overlap.
		m := testMessage(int64(1000+i), "claim")
		m.NotBefore = now.Add(-time.Minute)
		msgs = append(msgs, m)
		s := sub(int64(1000+i), []string{"KZ"}, nil)
		s.NextDigestAt = now.Add(-time.Duration(i) * time.Second)
		subs = append(subs, s)
		if _, err := seed.AddFeed(ctx, news.Feed{URL: fmt.Sprintf("https://f%d.example/rss", i), Enabled: true}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := seed.Enqueue(ctx, msgs); err != nil {
		t.Fatal(err)
	}
	if err := seed.SaveSubscribers(ctx, subs); err != nil {
		t.Fatal(err)
	}

	claims := []struct {
		name  string
		claim func(*DB) ([]int64, error)
	}{
		{"outbox", func(d *DB) ([]int64, error) {
			got, err := d.ClaimOutbox(ctx, now, lease, batch)
			ids := make([]int64, len(got))
			for i, m := range got {
				ids[i] = m.ID
			}
			return ids, err
		}},
		{"due feeds", func(d *DB) ([]int64, error) {
			got, err := d.ClaimDueFeeds(ctx, now, lease, batch)
			ids := make([]int64, len(got))
			for i, f := range got {
				ids[i] = f.ID
			}
			return ids, err
		}},
		{"due digests", func(d *DB) ([]int64, error) {
			got, err := d.ClaimDueSubscribers(ctx, now, lease, batch)
			ids := make([]int64, len(got))
			for i, s := range got {
				ids[i] = s.ChatID
			}
			return ids, err
		}},
	}
	procs := []*DB{openTestDBAt(t, target), openTestDBAt(t, target)}
	for _, c := range claims {
		t.Run(c.name, func(t *testing.T) {
			claimed := make([][]int64, len(procs))
			errs := make([]error, len(procs))
			var wg sync.WaitGroup
			for p, d := range procs {
				wg.Go(func() {
					for {
						ids, err := c.claim(d)
						if err != nil {
							errs[p] = err
							return
						}
						if len(ids) == 0 {
							return
						}
						claimed[p] = append(claimed[p], ids...)
					}
				})
			}
			wg.Wait()
			times := map[int64]int{}
			for p := range procs {
				if errs[p] != nil {
					t.Fatalf("process %d: %v", p, errs[p])
				}
				for _, id := range claimed[p] {
					times[id]++
				}
			}
			for id, n := range times {
				if n > 1 {
					t.Errorf("%d claimed %d times", id, n)
				}
			}
			if len(times) != rows {
				t.Errorf("%d rows claimed (%d and %d by each process), want all %d", len(times), len(claimed[0]), len(claimed[1]), rows)
			}
		})
	}
}

// A claimed feed or digest is out of the next claims until its lease ends,
// then due again: a process that stops mid-poll loses nothing. It comes back
// as it was before the claim.
func TestClaimLeasesRunOut(t *testing.T) {
	ctx := context.Background()
	d := openTestDB(t)
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	lease := now.Add(5 * time.Minute)
	due := now.Add(-time.Hour)
	f, err := d.AddFeed(ctx, news.Feed{URL: "https://a.example/rss", Enabled: true})
	if err != nil {
		t.Fatal(err)
	}
	s := sub(7, []string{"KZ", "UZ"}, []news.Topic{news.TopicEnergy})
	s.NextDigestAt = due
	saveTestSubscribers(t, d, s)

	feeds, err := d.ClaimDueFeeds(ctx, now, lease, 0)
	if err != nil || len(feeds) != 1 || feeds[0].ID != f.ID || !feeds[0].NextFetchAt.IsZero() {
		t.Fatalf("first feed claim = %+v, %v; want feed %d as added (never fetched)", feeds, err, f.ID)
	}
	subs, err := d.ClaimDueSubscribers(ctx, now, lease, 10)
	if err != nil || len(subs) != 1 || subs[0].ChatID != 7 || !subs[0].NextDigestAt.Equal(due) || len(subs[0].Countries) != 2 || len(subs[0].Topics) != 1 {
		t.Fatalf("first digest claim = %+v, %v; want chat 7 due at %s with its countries and topic", subs, err, due)
	}
	for _, tc := range []struct {
		name string
		at   time.Time
		want int
	}{
		{"within the lease", lease.Add(-time.Second), 0},
		{"when it ends", lease, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// Each claim at tc.at takes a fresh lease past it; the feed and
			// the chat are due at tc.at only when the first lease is over.
			feeds, err := d.ClaimDueFeeds(ctx, tc.at, tc.at.Add(time.Second), 0)
			if err != nil || len(feeds) != tc.want {
				t.Errorf("feeds claimed at %s = %d (%v), want %d", tc.at, len(feeds), err, tc.want)
			}
			subs, err := d.ClaimDueSubscribers(ctx, tc.at, tc.at.Add(time.Second), 10)
			if err != nil || len(subs) != tc.want {
				t.Errorf("digests claimed at %s = %d (%v), want %d", tc.at, len(subs), err, tc.want)
			}
		})
	}
	if _, err := d.ClaimDueFeeds(ctx, now, now, 0); err == nil {
		t.Error("a feed claim with a lease ending now succeeded, want an error")
	}
}
