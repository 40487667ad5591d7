package store

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

func TestSaveFeedStateAndDueFeeds(t *testing.T) {
	d := openArticleTestDB(t)
	ctx := context.Background()
	never := addTestFeed(t, d, "https://never.example/rss")
	later := addTestFeed(t, d, "https://later.example/rss")
	overdue := addTestFeed(t, d, "https://overdue.example/rss")
	off := addTestFeed(t, d, "https://off.example/rss")

	later.NextFetchAt = t0.Add(time.Hour)
	later.ETag, later.LastModified, later.LastStatus = `"v1"`, "Sun, 01 Mar 2026 11:00:00 GMT", "ok"
	later.LastFetchAt = t0
	overdue.NextFetchAt = t0.Add(-time.Minute)
	overdue.LastStatus, overdue.LastError = "error", "http 500 Internal Server Error"
	overdue.ConsecutiveFailures, overdue.FirstFailureAt = 3, t0.Add(-time.Hour)
	off.Enabled, off.DisabledReason = false, "failing for 7 days"
	for _, f := range []news.Feed{later, overdue, off} {
		if err := d.SaveFeedState(ctx, f); err != nil {
			t.Fatal(err)
		}
	}

	due, err := d.DueFeeds(ctx, t0, 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range due {
		got = append(got, f.URL)
	}
	want := []string{never.URL, overdue.URL}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("DueFeeds = %v, want %v", got, want)
	}
	if due, _ := d.DueFeeds(ctx, t0, 1); len(due) != 1 {
		t.Errorf("DueFeeds limit 1 returned %d", len(due))
	}

	stored, err := d.Feed(ctx, overdue.ID)
	if err != nil {
		t.Fatal(err)
	}
	if stored.ConsecutiveFailures != 3 || !stored.FirstFailureAt.Equal(t0.Add(-time.Hour)) || stored.LastError == "" {
		t.Errorf("stored failure state = %+v", stored)
	}
	stored, _ = d.Feed(ctx, later.ID)
	if stored.ETag != `"v1"` || stored.LastModified == "" || !stored.NextFetchAt.Equal(t0.Add(time.Hour)) {
		t.Errorf("stored validators = %q %q next %v", stored.ETag, stored.LastModified, stored.NextFetchAt)
	}
	stored, _ = d.Feed(ctx, off.ID)
	if stored.Enabled || stored.DisabledReason != "failing for 7 days" {
		t.Errorf("disabled feed = enabled %v reason %q", stored.Enabled, stored.DisabledReason)
	}

	next, ok, err := d.NextFeedDue(ctx)
	if err != nil || !ok || !next.IsZero() {
		t.Errorf("NextFeedDue = %v %v %v, want zero time (never fetched) true", next, ok, err)
	}
	if err := d.SaveFeedState(ctx, news.Feed{ID: 999}); !errors.Is(err, news.ErrNotFound) {
		t.Errorf("SaveFeedState(999) err = %v, want ErrNotFound", err)
	}
}
