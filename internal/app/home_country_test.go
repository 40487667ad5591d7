package app

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/ingest"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/store"
)

// TestFeedCountryReachesAnalysis: a feed's country hint is the outlet's
// home country for the analysis. Two feeds carry the same home-news story,
// which names no country, on a .com address: the one with the hint stores
// it with the hint's country primary, the one without with none.
func TestFeedCountryReachesAnalysis(t *testing.T) {
	url := homeNewsServer(t)
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "newsbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, f := range []news.Feed{{URL: url + "/hinted", Country: "KZ", Enabled: true}, {URL: url + "/plain", Enabled: true}} {
		if _, err := db.AddFeed(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	clock := func() time.Time { return time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC) }
	want := map[string][]string{"https://www.example.com/hinted/budget": {"KZ"}, "https://www.example.com/plain/budget": nil}
	if n := len(checkHomeNews(t, db, clock, want)); n != len(want) {
		t.Errorf("%d articles stored, want %d", n, len(want))
	}
}

// homeNewsServer serves, at every path, a feed of one home-news story on a
// .com address that names no country; the item's address and guid carry
// the path, so each feed stores its own copy.
func homeNewsServer(t *testing.T) string {
	t.Helper()
	const item = `<item><title>Council approves road repair budget, %[1]s edition</title><link>https://www.example.com/%[1]s/budget</link>
<guid>%[1]s-budget</guid><pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate>
<description>Councillors voted on Tuesday to approve the budget for road repairs next year. The mayor said the money would cover resurfacing of the main street and two bridges.</description></item>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := r.URL.Path[1:]
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>%s</title><link>https://www.example.com/</link>`+item+`</channel></rss>`, name)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// checkHomeNews polls every feed of db once through the analysis, as the
// bot does, and checks the primary countries each stored story got: want
// maps a story's address to them. It returns every stored story.
func checkHomeNews(t *testing.T, db *store.DB, clock func() time.Time, want map[string][]string) []news.Article {
	t.Helper()
	ctx := context.Background()
	an, err := NewAnalysis(ctx, db, 96*time.Hour, clock, nil)
	if err != nil {
		t.Fatal(err)
	}
	p, err := ingest.NewPoller(ingest.Config{Store: NewStoryStore(db, an), Enrich: an.Enrich, Concurrency: 2, PerHost: 2})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.PollOnce(ctx); err != nil {
		t.Fatal(err)
	}
	arts, err := db.Articles(ctx, news.ArticleQuery{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	for u, w := range want {
		i := slices.IndexFunc(arts, func(a news.Article) bool { return a.URL == u })
		if i < 0 {
			t.Errorf("%s not stored", u)
			continue
		}
		if got := arts[i].PrimaryCountries(); !slices.Equal(got, w) {
			t.Errorf("%s: primary countries %v, want %v", u, got, w)
		}
	}
	return arts
}
