package store

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

// Two processes claiming outbox messages from one database side by side
// (a leader and one that has not yet seen it lost its lease) never get the
// same message, and between them get every one. On PostgreSQL this is FOR
// UPDATE SKIP LOCKED; on SQLite, the one write lock.
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
