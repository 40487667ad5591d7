package store

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

// The methods other packages' tests exercise (on SQLite only) give the
// same answers on the engine under test, on a store with a row in every
// table.
func TestLesserQueriesOnTheEngine(t *testing.T) {
	ctx := context.Background()
	d := openTestDB(t, WithClock(func() time.Time { return t0 }))
	seedCopySource(t, d)
	check := func(name string, ok bool, got ...any) {
		t.Helper()
		if !ok {
			t.Errorf("%s: got %v", name, got)
		}
	}

	check("Ping", d.Ping(ctx) == nil)
	f, err := d.FeedByURL(ctx, "https://f1.example/rss")
	check("FeedByURL", err == nil && f.Name == "Feed 1", f, err)
	has, err := d.FeedHasArticles(ctx, f.ID)
	check("FeedHasArticles of a feed with articles", err == nil && has, has, err)
	empty, _ := d.AddFeed(ctx, news.Feed{URL: "https://empty.example/rss"})
	has, err = d.FeedHasArticles(ctx, empty.ID)
	check("FeedHasArticles of a new feed", err == nil && !has, has, err)

	err = d.SetFeedEnabled(ctx, empty.ID, false, "gone for good")
	got, _ := d.FeedByURL(ctx, "https://empty.example/rss")
	check("SetFeedEnabled", err == nil && !got.Enabled && got.DisabledReason == "gone for good", got, err)

	f.ETag, f.LastFetchAt, f.NextFetchAt, f.LastStatus = `"v2"`, t0, t0.Add(time.Hour), "200 OK"
	missing, err := d.SaveFeedStates(ctx, []news.Feed{f, {ID: 999}})
	check("SaveFeedStates", err == nil && slices.Equal(missing, []int64{999}), missing, err)
	got, _ = d.FeedByURL(ctx, f.URL)
	check("SaveFeedStates stored", got.ETag == `"v2"` && got.NextFetchAt.Equal(t0.Add(time.Hour)), got)
	last, err := d.FeedLastSuccess(ctx)
	check("FeedLastSuccess", err == nil && len(last) == 1 && last["Feed 1"].Equal(t0), last, err)

	srcs, err := d.Sources(ctx)
	check("Sources", err == nil && len(srcs) == 4 && srcs[0].Name == "Feed 0" && srcs[3].Host == "empty.example", srcs, err)

	counts, err := d.SubscriberCounts(ctx)
	check("SubscriberCounts", err == nil && counts[news.StatusActive] == 3, counts, err)
	due, err := d.DueSubscribersAfter(ctx, t0.Add(2*time.Hour), time.Time{}, 0, 10)
	check("DueSubscribersAfter", err == nil && len(due) == 1 && due[0].ChatID == 3 && slices.Equal(due[0].Countries, []string{"TJ"}), due, err)
	due, err = d.DueSubscribersAfter(ctx, t0.Add(2*time.Hour), t0.Add(time.Hour), 3, 10)
	check("DueSubscribersAfter the last", err == nil && len(due) == 0, due, err)
	topic, err := d.ChatTopic(ctx, -100200)
	check("ChatTopic", err == nil && topic == 0, topic, err)

	all, err := d.Broadcasts(ctx, "", 10)
	check("Broadcasts", err == nil && len(all) == 1 && all[0].State == news.BroadcastSending, all, err)
	done, err := d.Broadcasts(ctx, news.BroadcastDone, 10)
	check("Broadcasts done", err == nil && len(done) == 0, done, err)
	err = d.SetBroadcastProgressMessage(ctx, all[0].ID, 42, 7)
	b, _ := d.Broadcast(ctx, all[0].ID)
	check("SetBroadcastProgressMessage", err == nil && b.ProgressChatID == 42 && b.ProgressMessageID == 7, b, err)

	next, err := d.NextOutboxAt(ctx)
	check("NextOutboxAt", err == nil && next.Equal(t0), next, err)
	oldest, err := d.OldestDueOutbox(ctx, t0.Add(time.Minute))
	check("OldestDueOutbox", err == nil && oldest.Equal(t0), oldest, err)

	v, err := d.Meta(ctx, "digest_round")
	check("Meta", err == nil && v == "2026-03-01", v, err)
	err = d.SetMetaTime(ctx, "last_prune", t0.Add(time.Second))
	at, err2 := d.MetaTime(ctx, "last_prune")
	check("SetMetaTime, MetaTime", err == nil && err2 == nil && at.Equal(t0.Add(time.Second)), at, err, err2)

	// The same story from two feeds in one round is stored once.
	a1 := art(f.ID, "same", "Same story")
	a2 := art(empty.ID, "other", "Same story")
	a2.URL = a1.URL
	added, updated, err := d.SaveArticleGroups(ctx, [][]news.Article{{a1}, {a2}})
	check("SaveArticleGroups", err == nil && slices.Equal(added, []int{1, 0}) && slices.Equal(updated, []int{0, 0}), added, updated, err)
}
