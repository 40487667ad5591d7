package store

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

func TestSubscriberReadingChoicesRoundTrip(t *testing.T) {
	ctx := context.Background()
	db := openOutboxTestDB(t, nil)
	s := sub(1, []string{"KZ"}, nil)
	s.Keywords = news.KeywordFilter{Include: []string{"gas", "нефть"}, Exclude: []string{"football"}}
	s.MutedFeeds = []int64{3, 7}
	s.Languages = []string{"en", "de"}
	s.SetTimes([]string{"19:30", "08:00"})
	s.NextDigestAt = time.Date(2026, 1, 1, 8, 0, 0, 0, time.UTC)
	plain := sub(2, nil, nil)
	saveTestSubscribers(t, db, s, plain)
	check := func(where string, got news.Subscriber) {
		t.Helper()
		if fmt.Sprintf("%v %v %v %v %v", got.Keywords, got.MutedFeeds, got.Languages, got.DigestTime, got.DigestTimes) !=
			"{[gas нефть] [football]} [3 7] [en de] 08:00 [08:00 19:30]" {
			t.Errorf("%s: %+v", where, got.Preferences)
		}
	}
	got, err := db.Subscriber(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	check("Subscriber", got)
	due, err := db.DueSubscribers(ctx, s.NextDigestAt, 10)
	if err != nil || len(due) != 1 {
		t.Fatalf("due = %v, %v", due, err)
	}
	check("DueSubscribers", due[0])
	if err := db.SaveSubscribers(ctx, []news.Subscriber{s}); err != nil {
		t.Fatal(err)
	}
	got, _ = db.Subscriber(ctx, 1)
	check("SaveSubscribers", got)
	p, _ := db.Subscriber(ctx, 2)
	if !p.Keywords.Empty() || p.MutedFeeds != nil || p.Languages != nil || p.DigestTimes != nil {
		t.Errorf("a chat without choices reads back %+v", p.Preferences)
	}
}

func TestSentRecords(t *testing.T) {
	ctx := context.Background()
	now := t0
	db := openOutboxTestDB(t, &now)
	f := addTestFeed(t, db, "https://feed.example/rss")
	save(t, db, art(f.ID, "a1", "One"), art(f.ID, "a2", "Two"), art(f.ID, "a3", "Three"))
	var ids []int64
	if err := db.db.Select(&ids, `SELECT id FROM articles ORDER BY id`); err != nil {
		t.Fatal(err)
	}
	saveTestSubscribers(t, db, sub(1, nil, nil), sub(2, nil, nil))

	// Unknown chats are skipped, not errors.
	if err := db.RecordSent(ctx, 1, []int64{ids[0], ids[1]}); err != nil {
		t.Fatal(err)
	}
	if err := db.RecordSent(ctx, 404, []int64{ids[0]}); err != nil {
		t.Fatal(err)
	}
	now = t0.Add(time.Hour)
	if err := db.RecordDigestsSent(ctx, nil, nil, map[int64][]int64{2: {ids[2]}, 1: {ids[0]}}); err != nil {
		t.Fatal(err)
	}
	sent := func(since time.Time) string {
		t.Helper()
		m, err := db.SentArticles(ctx, []int64{1, 2, 404}, since)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, chat := range []int64{1, 2, 404} {
			var got []int64
			for id := range m[chat] {
				got = append(got, id)
			}
			slices.Sort(got)
			out = append(out, fmt.Sprint(chat, got))
		}
		return strings.Join(out, " ")
	}
	if got, want := sent(time.Time{}), fmt.Sprintf("1 [%d %d] 2 [%d] 404 []", ids[0], ids[1], ids[2]); got != want {
		t.Errorf("sent = %s, want %s", got, want)
	}
	// Only what was sent since.
	if got, want := sent(t0.Add(time.Minute)), fmt.Sprintf("1 [%d] 2 [%d] 404 []", ids[0], ids[2]); got != want {
		t.Errorf("sent since t0+1m = %s, want %s", got, want)
	}
	// Two digests recorded at the same instant both count.
	if err := db.RecordSent(ctx, 1, []int64{ids[2]}); err != nil {
		t.Fatal(err)
	}
	if got, want := sent(t0.Add(time.Minute)), fmt.Sprintf("1 [%d %d] 2 [%d] 404 []", ids[0], ids[2], ids[2]); got != want {
		t.Errorf("after a second record at the same instant: %s, want %s", got, want)
	}
	// Gone with the chat, and with age.
	if err := db.DeleteSubscriber(ctx, 2); err != nil {
		t.Fatal(err)
	}
	if n, err := db.PruneSent(ctx, t0.Add(time.Minute)); err != nil || n != 1 {
		t.Errorf("PruneSent = %d, %v; want 1", n, err)
	}
	if got, want := sent(time.Time{}), fmt.Sprintf("1 [%d %d] 2 [] 404 []", ids[0], ids[2]); got != want {
		t.Errorf("after deleting chat 2 and pruning: %s, want %s", got, want)
	}
}

// Reading and pruning the sent records go through indexes, never a scan.
func TestSentQueriesUseIndexes(t *testing.T) {
	db := openOutboxTestDB(t, nil)
	pk := "PRIMARY KEY"
	if db.engine == enginePostgres {
		pk = "digest_sent_pkey"
	}
	for _, tt := range []struct{ query, want string }{
		{`SELECT chat_id, article_ids FROM digest_sent WHERE chat_id IN (1, 2) AND sent_at >= ''`, pk},
		{`DELETE FROM digest_sent WHERE sent_at < ''`, "digest_sent_at"},
	} {
		if plan := testPlan(t, db, tt.query); !planUsesIndex(db, plan, tt.want) || planScans(db, plan, "digest_sent") {
			t.Errorf("%s: plan %q, want it through %s", tt.query, plan, tt.want)
		}
	}
}

func TestAudienceLanguagesAndExclusions(t *testing.T) {
	ctx := context.Background()
	db := openOutboxTestDB(t, nil)
	en := sub(1, nil, nil)
	ru := sub(2, nil, nil)
	ru.Lang = "ru"
	enDE := sub(3, nil, nil)
	enDE.Languages = []string{"en", "de"}
	onlyRU := sub(4, nil, nil)
	onlyRU.Lang, onlyRU.Languages = "ru", []string{"ru"}
	filtered := sub(5, nil, nil)
	filtered.Keywords.Exclude = []string{"oil"}
	muting := sub(6, nil, nil)
	muting.MutedFeeds = []int64{9}
	saveTestSubscribers(t, db, en, ru, enDE, onlyRU, filtered, muting)
	tests := []struct {
		name string
		aud  news.Audience
		want []int64
	}{
		{"English story", news.Audience{Lang: "en"}, []int64{1, 2, 3, 5, 6}},
		{"Russian story", news.Audience{Lang: "ru"}, []int64{2, 4}},
		{"German story", news.Audience{Lang: "de-AT"}, []int64{3}},
		{"unknown language", news.Audience{Lang: "und"}, []int64{1, 2, 3, 4, 5, 6}},
		{"excluded chats", news.Audience{Lang: "en", ExcludeChats: []int64{2, 5}}, []int64{1, 3, 6}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.AudienceChats(ctx, tt.aud)
			if err != nil {
				t.Fatal(err)
			}
			if !equalIDs(got, tt.want) {
				t.Errorf("AudienceChats = %v, want %v", got, tt.want)
			}
			if n, _ := db.AudienceCount(ctx, tt.aud); n != len(tt.want) {
				t.Errorf("AudienceCount = %d, want %d", n, len(tt.want))
			}
		})
	}
	subs, err := db.AudienceFilters(ctx, news.Audience{Lang: "ru", ExcludeChats: []int64{5}})
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, s := range subs {
		ids = append(ids, s.ChatID)
	}
	if !equalIDs(ids, []int64{5, 6}) {
		t.Errorf("AudienceFilters = %v, want the chats with words or muted outlets [5 6]", ids)
	}
}
