package store

import (
	"context"
	"fmt"
	"testing"

	"github.com/newsbot/newsbot/internal/news"
)

// A large queueing (a broadcast, a round of digests) leaves PostgreSQL's
// planner knowing the rows at once: without fresh statistics it takes the
// outbox for empty until autovacuum comes by, and each claim reads and
// sorts every waiting message (a second apiece at 100 000 rows, a fifth of
// the sending rate for the first 20 s of a broadcast).
func TestLargeQueueingRefreshesPostgresStatistics(t *testing.T) {
	if !testOnPostgres() {
		t.Skip("PostgreSQL only: SQLite's planner needs no statistics for the claim")
	}
	const n = 1500
	for _, tc := range []struct {
		name  string
		queue func(ctx context.Context, db *DB) (int, error)
	}{
		{"broadcast", func(ctx context.Context, db *DB) (int, error) {
			b, err := db.StartBroadcast(ctx, news.Broadcast{EditorID: 1, Kind: news.KindBroadcast, Text: "Everyone"},
				news.OutboxMessage{ParseMode: "HTML"}, nil)
			return b.Total, err
		}},
		{"enqueue", func(ctx context.Context, db *DB) (int, error) {
			msgs := make([]news.OutboxMessage, n)
			for i := range msgs {
				msgs[i] = testMessage(int64(1000+i), "digest")
			}
			return db.Enqueue(ctx, msgs)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			db := openTestDB(t)
			subs := make([]news.Subscriber, n)
			for i := range subs {
				subs[i] = sub(int64(1000+i), []string{"KZ"}, nil)
			}
			if err := db.SaveSubscribers(ctx, subs); err != nil {
				t.Fatal(err)
			}
			queued, err := tc.queue(ctx, db)
			if err != nil {
				t.Fatal(err)
			}
			if queued != n {
				t.Fatalf("queued %d messages, want %d", queued, n)
			}
			var tuples float64
			if err := db.SQL().GetContext(ctx, &tuples, `SELECT reltuples FROM pg_class WHERE oid = 'outbox'::regclass`); err != nil {
				t.Fatal(err)
			}
			if tuples < n/2 {
				t.Errorf("the planner estimates %s rows in the outbox after %d were queued; want its statistics refreshed", fmt.Sprint(tuples), n)
			}
		})
	}
}
