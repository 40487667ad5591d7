package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/store"
)

// TestPollOncePrunesByRetention: `poll -once` ends by pruning what is older
// than database.retention, and a pruned item its feed still lists is not
// stored again by the next poll.
func TestPollOncePrunesByRetention(t *testing.T) {
	t.Parallel() // its own temporary folder and servers; overlaps the fail-over test
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://t.example/</link>
<item><title>Old story</title><link>https://t.example/old</link><guid>old</guid><description>Text of the old story.</description></item>
<item><title>New story</title><link>https://t.example/new</link><guid>new</guid><description>Text of the new story.</description></item>
</channel></rss>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(feed)) }))
	defer srv.Close()
	tests := []struct {
		name      string
		retention string
		wantLeft  []string
	}{
		{"default 90 days", "", []string{"New story"}},
		{"zero keeps everything", "0s", []string{"New story", "Old story"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			path := filepath.Join(t.TempDir(), "news.db")
			db, err := store.Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			f, err := db.AddFeed(ctx, news.Feed{URL: srv.URL})
			if err != nil {
				t.Fatal(err)
			}
			// The old story was first seen 100 days ago.
			seen := time.Now().Add(-100 * 24 * time.Hour)
			if _, _, err := db.SaveArticles(ctx, []news.Article{{FeedID: f.ID, GUID: "old", URL: "https://t.example/old",
				Title: "Old story", ContentHash: "x", FetchedAt: seen, PublishedAt: seen}}); err != nil {
				t.Fatal(err)
			}
			db.Close()
			env := map[string]string{"NEWSBOT_DATABASE_PATH": path, "NEWSBOT_DATABASE_RETENTION": tc.retention}
			for range 2 { // the second poll finds the pruned item in the feed again
				if _, errOut, err := runCmd(t, env, "", "poll", "-once"); err != nil {
					t.Fatalf("poll -once: %v\n%s", err, errOut)
				}
			}
			db, err = store.Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			arts, err := db.Articles(ctx, news.ArticleQuery{})
			if err != nil {
				t.Fatal(err)
			}
			var titles []string
			for _, a := range arts {
				titles = append(titles, a.Title)
			}
			if got, want := strings.Join(titles, ", "), strings.Join(tc.wantLeft, ", "); got != want {
				t.Errorf("stored after two polls: %s; want %s", got, want)
			}
		})
	}
}
