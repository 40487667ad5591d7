package store

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

func openOutboxTestDB(t testing.TB, now *time.Time) *DB {
	t.Helper()
	opts := []Option{}
	if now != nil {
		opts = append(opts, WithClock(func() time.Time { return *now }))
	}
	return openTestDB(t, opts...)
}

func testMessage(chat int64, content string) news.OutboxMessage {
	return news.OutboxMessage{
		IdemKey: fmt.Sprintf("%d:reply:%s", chat, content), ChatID: chat, Kind: news.KindReply,
		ContentID: content, Text: "hello " + content,
	}
}

func TestEnqueueIsIdempotent(t *testing.T) {
	ctx := context.Background()
	db := openOutboxTestDB(t, nil)
	msgs := []news.OutboxMessage{testMessage(1, "a"), testMessage(2, "a"), testMessage(1, "a")}
	n, err := db.Enqueue(ctx, msgs)
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("first enqueue added %d, want 2", n)
	}
	n, err = db.Enqueue(ctx, msgs)
	if err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("second enqueue added %d, want 0", n)
	}
	if _, err := db.Enqueue(ctx, []news.OutboxMessage{{ChatID: 3, Text: "x"}}); err == nil {
		t.Error("enqueue without idempotency key succeeded")
	}
}

func TestClaimRecordAndReset(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2025, 5, 1, 10, 0, 0, 0, time.UTC)
	db := openOutboxTestDB(t, &now)
	later := testMessage(3, "later")
	later.NotBefore = now.Add(time.Hour)
	if _, err := db.Enqueue(ctx, []news.OutboxMessage{testMessage(1, "a"), testMessage(-100, "b"), later}); err != nil {
		t.Fatal(err)
	}
	got, err := db.ClaimOutbox(ctx, now, now.Add(time.Minute), 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("claimed %d, want 2 due messages", len(got))
	}
	if got[0].ChatType != news.ChatPrivate || got[1].ChatType != news.ChatGroup {
		t.Errorf("chat types = %s, %s; want guessed private, group", got[0].ChatType, got[1].ChatType)
	}
	again, err := db.ClaimOutbox(ctx, now, now.Add(time.Minute), 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(again) != 0 {
		t.Errorf("claimed %d messages twice", len(again))
	}
	err = db.RecordOutbox(ctx, []news.OutboxResult{
		{ID: got[0].ID, State: news.OutboxSent, MessageID: 77},
		{ID: got[1].ID, State: news.OutboxFailed, Error: "500", NotBefore: now.Add(time.Minute)},
	})
	if err != nil {
		t.Fatal(err)
	}
	counts, err := db.OutboxCounts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if counts[news.OutboxSent] != 1 || counts[news.OutboxFailed] != 1 || counts[news.OutboxPending] != 1 {
		t.Errorf("counts = %v", counts)
	}
	if got, _ := db.ClaimOutbox(ctx, now.Add(30*time.Second), now.Add(30*time.Second+time.Minute), 10); len(got) != 0 {
		t.Errorf("failed message claimed before its retry time")
	}
	retry, err := db.ClaimOutbox(ctx, now.Add(2*time.Minute), now.Add(3*time.Minute), 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(retry) != 1 || retry[0].Attempts != 1 || retry[0].LastError != "500" {
		t.Fatalf("retry = %+v, want the failed message with one attempt", retry)
	}
	// The process dies here: the claimed message is in flight.
	n, err := db.ResetSending(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n != 1 {
		t.Errorf("ResetSending = %d, want 1", n)
	}
	backlog, err := db.OutboxBacklog(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if backlog != 2 {
		t.Errorf("backlog = %d, want 2", backlog)
	}
	msgs, err := db.OutboxMessages(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) != 1 || msgs[0].State != news.OutboxSent || msgs[0].MessageID != 77 || !msgs[0].SentAt.Equal(now) {
		t.Errorf("chat 1 messages = %+v", msgs)
	}
}

func TestPruneOutbox(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2025, 5, 1, 10, 0, 0, 0, time.UTC)
	db := openOutboxTestDB(t, &now)
	if _, err := db.Enqueue(ctx, []news.OutboxMessage{testMessage(1, "old"), testMessage(2, "new")}); err != nil {
		t.Fatal(err)
	}
	claimed, _ := db.ClaimOutbox(ctx, now, now.Add(time.Minute), 10)
	if err := db.RecordOutbox(ctx, []news.OutboxResult{
		{ID: claimed[0].ID, State: news.OutboxSent, SentAt: now.Add(-48 * time.Hour)},
		{ID: claimed[1].ID, State: news.OutboxSent, SentAt: now},
	}); err != nil {
		t.Fatal(err)
	}
	n, err := db.PruneOutbox(ctx, now.Add(-24*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if n != 1 {
		t.Errorf("pruned %d, want 1", n)
	}
}

func TestDeferDoesNotCountAttempt(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2025, 5, 1, 10, 0, 0, 0, time.UTC)
	db := openOutboxTestDB(t, &now)
	if _, err := db.Enqueue(ctx, []news.OutboxMessage{testMessage(1, "a")}); err != nil {
		t.Fatal(err)
	}
	c, _ := db.ClaimOutbox(ctx, now, now.Add(time.Minute), 1)
	if err := db.RecordOutbox(ctx, []news.OutboxResult{{ID: c[0].ID, State: news.OutboxPending, NotBefore: now.Add(time.Second), Error: "429"}}); err != nil {
		t.Fatal(err)
	}
	c, _ = db.ClaimOutbox(ctx, now.Add(time.Second), now.Add(time.Second+time.Minute), 1)
	if len(c) != 1 || c[0].Attempts != 0 {
		t.Fatalf("deferred message = %+v, want claimable with 0 attempts", c)
	}
}

func BenchmarkEnqueue100k(b *testing.B) {
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db := openOutboxTestDB(b, nil)
		msgs := make([]news.OutboxMessage, 100_000)
		for j := range msgs {
			msgs[j] = testMessage(int64(j+1), "bench")
		}
		b.StartTimer()
		n, err := db.Enqueue(ctx, msgs)
		if err != nil || n != len(msgs) {
			b.Fatalf("enqueue = %d, %v", n, err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1e6, "ms/100k")
}

func TestClaimOutboxKeepsEachChatInOrder(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	now := time.Date(2026, 11, 27, 8, 0, 0, 0, time.UTC)
	var msgs []news.OutboxMessage
	for i := 1; i <= 3; i++ {
		for _, chat := range []int64{10, 20} {
			msgs = append(msgs, news.OutboxMessage{IdemKey: fmt.Sprintf("%d:digest:d:%d", chat, i), ChatID: chat,
				Kind: news.KindDigest, Text: fmt.Sprint("part ", i), NotBefore: now})
		}
	}
	if _, err := db.Enqueue(ctx, msgs); err != nil {
		t.Fatal(err)
	}
	claim := func() []string {
		t.Helper()
		got, err := db.ClaimOutbox(ctx, now, now.Add(time.Minute), 100)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, m := range got {
			out = append(out, fmt.Sprintf("%d:%s", m.ChatID, m.Text))
		}
		return out
	}
	first := claim()
	if fmt.Sprint(first) != "[10:part 1 20:part 1]" {
		t.Fatalf("first claim = %v, want only the head of each chat's queue", first)
	}
	if again := claim(); len(again) != 0 {
		t.Errorf("claimed %v while the heads are in flight", again)
	}
	heads, _ := db.db.QueryContext(ctx, `SELECT id, chat_id FROM outbox WHERE state = 'sending' ORDER BY id`)
	var results []news.OutboxResult
	for heads.Next() {
		var id, chat int64
		if err := heads.Scan(&id, &chat); err != nil {
			t.Fatal(err)
		}
		r := news.OutboxResult{ID: id, State: news.OutboxSent, SentAt: now}
		if chat == 20 { // part 1 to chat 20 failed and waits for a retry
			r = news.OutboxResult{ID: id, State: news.OutboxFailed, NotBefore: now.Add(time.Minute), Error: "502"}
		}
		results = append(results, r)
	}
	if err := heads.Err(); err != nil {
		t.Fatal(err)
	}
	heads.Close() //nolint:sqlclosecheck // closed before the write below
	if err := db.RecordOutbox(ctx, results); err != nil {
		t.Fatal(err)
	}
	if got := claim(); fmt.Sprint(got) != "[10:part 2]" {
		t.Errorf("after chat 20's part 1 failed: claimed %v, want only chat 10's part 2 (chat 20 waits for its retry)", got)
	}
}

func TestClaimOutboxUsesTheReadyIndex(t *testing.T) {
	db := openTest(t)
	got := testPlan(t, db, claimQuery, "2026-01-01", 10)
	if !planUsesIndex(db, got, "outbox_ready") || planSorts(db, got) {
		t.Errorf("claim plan = %s; want the outbox_ready index and no sort of the backlog", got)
	}
}
