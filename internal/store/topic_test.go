package store

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

func TestChatTopicFollowsQueuedMessages(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 11, 27, 5, 0, 0, 0, time.UTC)
	db := openOutboxTestDB(t, &now)
	saveTestSubscribers(t, db, sub(-100, []string{"KZ"}, nil))
	if err := db.SetChatTopic(ctx, -999, 5); !errors.Is(err, news.ErrNotFound) {
		t.Errorf("binding an unknown chat: %v, want ErrNotFound", err)
	}
	if err := db.SetChatTopic(ctx, -100, 5); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Enqueue(ctx, []news.OutboxMessage{{IdemKey: "-100:digest:1", ChatID: -100, Kind: news.KindDigest, Text: "d"}}); err != nil {
		t.Fatal(err)
	}
	// Saving the subscription (a /countries change) keeps the binding.
	s, _ := db.Subscriber(ctx, -100)
	s.Countries = []string{"UZ"}
	if err := db.SaveSubscriber(ctx, s); err != nil {
		t.Fatal(err)
	}
	if cleared, _, err := db.UnbindChatTopic(ctx, -100, 6); err != nil || cleared {
		t.Errorf("unbinding another topic: cleared %v, %v", cleared, err)
	}
	msgs, err := db.ClaimOutbox(ctx, now, now.Add(time.Minute), 10)
	if err != nil || len(msgs) != 1 || msgs[0].ThreadID != 5 {
		t.Fatalf("claimed %+v, %v; want the digest for topic 5", msgs, err)
	}
	if err := db.RecordOutbox(ctx, []news.OutboxResult{{ID: msgs[0].ID, State: news.OutboxPending, NotBefore: now}}); err != nil {
		t.Fatal(err)
	}
	cleared, lang, err := db.UnbindChatTopic(ctx, -100, 5)
	if err != nil || !cleared || lang != "en" {
		t.Fatalf("unbind: %v %q %v", cleared, lang, err)
	}
	if msgs, _ := db.ClaimOutbox(ctx, now, now.Add(time.Minute), 10); len(msgs) != 1 || msgs[0].ThreadID != 0 {
		t.Errorf("after the topic went, claimed %+v; want the digest for General", msgs)
	}
}
