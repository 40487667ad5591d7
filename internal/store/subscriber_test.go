package store

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

func openTest(t *testing.T) *DB {
	t.Helper()
	return openTestDB(t)
}

func TestSubscriberRoundTrip(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	if _, err := db.Subscriber(ctx, 5); !errors.Is(err, news.ErrNotFound) {
		t.Fatalf("unknown subscriber: err = %v, want ErrNotFound", err)
	}
	next := time.Date(2026, 11, 28, 3, 0, 0, 0, time.UTC)
	in := news.Subscriber{
		ChatID: -1001234567890123, ChatType: news.ChatSupergroup, Title: "Readers", Status: news.StatusActive,
		Preferences: news.Preferences{Lang: "ru", Timezone: "Asia/Dushanbe", DigestTime: "07:30",
			Countries: []string{"TJ", "KZ", "TJ"}, Topics: []news.Topic{news.TopicEnergy, news.TopicDiplomacy},
			GroupBy: news.GroupByTopic, QuietDay: true, BreakingAlerts: true},
		NextDigestAt: next, OwnerUserID: 77,
	}
	if err := db.SaveSubscriber(ctx, in); err != nil {
		t.Fatal(err)
	}
	got, err := db.Subscriber(ctx, in.ChatID)
	if err != nil {
		t.Fatal(err)
	}
	if got.ChatID != in.ChatID || got.ChatType != news.ChatSupergroup || got.Lang != "ru" || got.Timezone != "Asia/Dushanbe" ||
		got.DigestTime != "07:30" || !got.NextDigestAt.Equal(next) || got.GroupBy != news.GroupByTopic || !got.QuietDay ||
		!got.BreakingAlerts || got.OwnerUserID != 77 || got.CreatedAt.IsZero() {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, in)
	}
	if len(got.Countries) != 2 || got.Countries[0] != "KZ" || got.Countries[1] != "TJ" {
		t.Errorf("countries = %v, want [KZ TJ] (sorted, de-duplicated)", got.Countries)
	}
	if len(got.Topics) != 2 || got.Topics[0] != news.TopicDiplomacy {
		t.Errorf("topics = %v", got.Topics)
	}
	// Replacing the choice replaces, not merges.
	got.Countries = []string{"UZ"}
	got.Topics = nil
	if err := db.SaveSubscriber(ctx, got); err != nil {
		t.Fatal(err)
	}
	again, _ := db.Subscriber(ctx, in.ChatID)
	if len(again.Countries) != 1 || again.Countries[0] != "UZ" || len(again.Topics) != 0 {
		t.Errorf("after replace: %v %v", again.Countries, again.Topics)
	}
	if !again.CreatedAt.Equal(got.CreatedAt) {
		t.Error("saving again changed created_at")
	}
}

func TestStatusMigrateDelete(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	s := news.Subscriber{ChatID: -42, ChatType: news.ChatGroup, Preferences: news.Preferences{Lang: "en", DigestTime: "08:00", Countries: []string{"KG"}}}
	if err := db.SaveSubscriber(ctx, s); err != nil {
		t.Fatal(err)
	}
	if err := db.SetSubscriberStatus(ctx, -42, news.StatusBlocked); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.Subscriber(ctx, -42); got.Status != news.StatusBlocked || len(got.Countries) != 1 {
		t.Errorf("blocked subscriber lost its preferences: %+v", got)
	}
	if err := db.SetSubscriberStatus(ctx, 999, news.StatusActive); !errors.Is(err, news.ErrNotFound) {
		t.Errorf("status of unknown chat: %v", err)
	}
	if err := db.MigrateChat(ctx, -42, -1000042); err != nil {
		t.Fatal(err)
	}
	got, err := db.Subscriber(ctx, -1000042)
	if err != nil || got.ChatType != news.ChatSupergroup || len(got.Countries) != 1 || got.Countries[0] != "KG" {
		t.Errorf("migrated chat = %+v, %v", got, err)
	}
	if _, err := db.Subscriber(ctx, -42); !errors.Is(err, news.ErrNotFound) {
		t.Error("old chat id still present after migration")
	}
	if err := db.DeleteSubscriber(ctx, -1000042); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteSubscriber(ctx, -1000042); !errors.Is(err, news.ErrNotFound) {
		t.Errorf("second delete: %v", err)
	}
	var n int
	if err := db.db.Get(&n, `SELECT count(*) FROM subscriber_countries`); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("%d country rows left after delete", n)
	}
}

func TestFeedsCRUD(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	f, err := db.AddFeed(ctx, news.Feed{URL: "https://24.kg/rss/", Name: "24.kg", Country: "KG"})
	if err != nil || f.ID == 0 || !f.Enabled {
		t.Fatalf("add: %+v %v", f, err)
	}
	if _, err := db.AddFeed(ctx, news.Feed{URL: "https://24.kg/rss/"}); !errors.Is(err, ErrDuplicate) {
		t.Errorf("duplicate add: %v", err)
	}
	up, err := db.UpsertFeed(ctx, news.Feed{URL: "https://24.kg/rss/", Name: "24.kg RU", Lang: "ru"})
	if err != nil || up.ID != f.ID || up.Name != "24.kg RU" {
		t.Errorf("upsert: %+v %v", up, err)
	}
	if _, err := db.RemoveFeed(ctx, "1"); err != nil {
		t.Errorf("remove by id: %v", err)
	}
	if _, err := db.RemoveFeed(ctx, "1"); !errors.Is(err, news.ErrNotFound) {
		t.Errorf("remove again: %v", err)
	}
}

func TestOpenRefusesLockedOrUnwritable(t *testing.T) {
	dir := t.TempDir()
	if _, err := Open(context.Background(), ""); err == nil {
		t.Error("empty path accepted")
	}
	// A directory where the file should be.
	if _, err := Open(context.Background(), dir); err == nil {
		t.Error("a directory was opened as a database")
	}
}

func TestMigrateChatOntoExistingSubscriber(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	old := news.Subscriber{ChatID: -77, ChatType: news.ChatGroup, Preferences: news.Preferences{Lang: "en", DigestTime: "08:00", Countries: []string{"KG"}}}
	newer := news.Subscriber{ChatID: -10077, ChatType: news.ChatSupergroup, Preferences: news.Preferences{Lang: "ru", DigestTime: "09:00", Countries: []string{"UZ"}}}
	for _, s := range []news.Subscriber{old, newer} {
		if err := db.SaveSubscriber(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.MigrateChat(ctx, -77, -10077); err != nil {
		t.Fatalf("migrate onto an existing subscriber: %v", err)
	}
	got, err := db.Subscriber(ctx, -10077)
	if err != nil || got.Lang != "ru" || len(got.Countries) != 1 || got.Countries[0] != "UZ" {
		t.Errorf("supergroup = %+v, %v; want its own preferences kept", got, err)
	}
	if _, err := db.Subscriber(ctx, -77); !errors.Is(err, news.ErrNotFound) {
		t.Errorf("old group still subscribed: %v", err)
	}
}

func TestReturningChatIsNotSentAStaleDigest(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	db, err := Open(ctx, filepath.Join(t.TempDir(), "x.db"), WithClock(func() time.Time { return now }))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	stale := now.Add(-72 * time.Hour)
	future := now.Add(6 * time.Hour)
	for id, next := range map[int64]time.Time{1: stale, 2: future} {
		if err := db.SaveSubscriber(ctx, news.Subscriber{ChatID: id, Status: news.StatusBlocked, NextDigestAt: next,
			Preferences: news.Preferences{Lang: "en", DigestTime: "08:00"}}); err != nil {
			t.Fatal(err)
		}
		if err := db.SetSubscriberStatus(ctx, id, news.StatusActive); err != nil {
			t.Fatal(err)
		}
	}
	if s, _ := db.Subscriber(ctx, 1); !s.NextDigestAt.IsZero() || s.Status != news.StatusActive {
		t.Errorf("chat back after its digest time: next %s, status %s; want the stale booking cleared for the scheduler", s.NextDigestAt, s.Status)
	}
	if s, _ := db.Subscriber(ctx, 2); !s.NextDigestAt.Equal(future) {
		t.Errorf("chat back before its digest time: next %s, want %s kept", s.NextDigestAt, future)
	}
	// Blocking never touches the booking.
	if err := db.SetSubscriberStatus(ctx, 2, news.StatusBlocked); err != nil {
		t.Fatal(err)
	}
	if s, _ := db.Subscriber(ctx, 2); !s.NextDigestAt.Equal(future) {
		t.Errorf("blocking moved the booking to %s", s.NextDigestAt)
	}
}
