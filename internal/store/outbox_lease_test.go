package store

import (
	"context"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

// A claim whose outcome is never recorded returns to the queue when its
// lease runs out, not before, and without a restart; later messages to the
// same chat stay behind it until then.
func TestExpireOutboxLeases(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2025, 5, 1, 10, 0, 0, 0, time.UTC)
	db := openOutboxTestDB(t, &now)
	if _, err := db.Enqueue(ctx, []news.OutboxMessage{testMessage(1, "a"), testMessage(1, "b"), testMessage(2, "c")}); err != nil {
		t.Fatal(err)
	}
	lease := now.Add(time.Minute)
	claimed, err := db.ClaimOutbox(ctx, now, lease, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(claimed) != 2 || !claimed[0].LeaseUntil.Equal(lease) {
		t.Fatalf("claimed %+v, want the first message of each chat leased until %s", claimed, lease)
	}

	for _, tc := range []struct {
		name string
		at   time.Time
		want int
	}{
		{"before the lease ends", lease.Add(-time.Millisecond), 0},
		{"when the lease ends", lease, 2},
		{"again afterwards", lease.Add(time.Minute), 0},
	} {
		n, err := db.ExpireOutboxLeases(ctx, tc.at)
		if err != nil {
			t.Fatal(err)
		}
		if n != tc.want {
			t.Errorf("%s: expired %d, want %d", tc.name, n, tc.want)
		}
	}
	msgs, err := db.OutboxMessages(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if msgs[0].State != news.OutboxPending || msgs[0].Attempts != 0 || !msgs[0].LeaseUntil.IsZero() || msgs[0].LastError == "" {
		t.Errorf("expired message = %+v, want pending, no attempt counted, lease cleared, a reason", msgs[0])
	}
	again, err := db.ClaimOutbox(ctx, lease, lease.Add(time.Minute), 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(again) != 2 || again[0].ID != claimed[0].ID {
		t.Errorf("after expiry claimed %+v, want the same first messages again, in chat order", again)
	}
}

// An outcome written after its lease ran out and the message was claimed
// again must not undo the new claim; a sent outcome always applies.
func TestRecordOutboxAppliesOnlyToItsClaim(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2025, 5, 1, 10, 0, 0, 0, time.UTC)
	db := openOutboxTestDB(t, &now)
	if _, err := db.Enqueue(ctx, []news.OutboxMessage{testMessage(1, "a"), testMessage(2, "b")}); err != nil {
		t.Fatal(err)
	}
	first, err := db.ClaimOutbox(ctx, now, now.Add(time.Minute), 10)
	if err != nil || len(first) != 2 {
		t.Fatalf("claim = %v, %v", first, err)
	}
	if _, err := db.ExpireOutboxLeases(ctx, now.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	second, err := db.ClaimOutbox(ctx, now.Add(time.Minute), now.Add(2*time.Minute), 10)
	if err != nil || len(second) != 2 {
		t.Fatalf("second claim = %v, %v", second, err)
	}
	// Late outcomes of the first claim: a failure (stale) and a delivery.
	err = db.RecordOutbox(ctx, []news.OutboxResult{
		{ID: first[0].ID, State: news.OutboxFailed, Error: "late", NotBefore: now.Add(time.Hour), LeaseUntil: first[0].LeaseUntil},
		{ID: first[1].ID, State: news.OutboxSent, MessageID: 9, LeaseUntil: first[1].LeaseUntil},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		chat  int64
		state news.OutboxState
	}{
		{"stale failure ignored", 1, news.OutboxSending},
		{"late delivery recorded", 2, news.OutboxSent},
	} {
		msgs, err := db.OutboxMessages(ctx, tc.chat)
		if err != nil {
			t.Fatal(err)
		}
		if msgs[0].State != tc.state {
			t.Errorf("%s: state = %s, want %s", tc.name, msgs[0].State, tc.state)
		}
	}
	// The current claim's own outcome applies.
	if err := db.RecordOutbox(ctx, []news.OutboxResult{{ID: second[0].ID, State: news.OutboxFailed, Error: "500",
		NotBefore: now.Add(time.Hour), LeaseUntil: second[0].LeaseUntil}}); err != nil {
		t.Fatal(err)
	}
	if msgs, _ := db.OutboxMessages(ctx, 1); msgs[0].State != news.OutboxFailed || msgs[0].Attempts != 1 {
		t.Errorf("current claim's failure: %+v, want failed with one attempt", msgs[0])
	}
	if _, err := db.ClaimOutbox(ctx, now, now, 10); err == nil {
		t.Error("claim with a lease that is already over succeeded")
	}
}
