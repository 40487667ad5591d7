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
	const item = `<item><title>Council approves road repair budget, %s edition</title><link>https://www.example.com/%s/budget</link>
<guid>%s-budget</guid><pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate>
<description>Councillors voted on Tuesday to approve the budget for road repairs next year. The mayor said the money would cover resurfacing of the main street and two bridges.</description></item>`
	feed := func(name string) string {
		return `<?xml version="1.0"?><rss version="2.0"><channel><title>` + name + `</title><link>https://www.example.com/</link>` +
			fmtItem(item, name) + `</channel></rss>`
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(feed(r.URL.Path[1:])))
	}))
	defer srv.Close()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "newsbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, f := range []news.Feed{{URL: srv.URL + "/hinted", Country: "KZ", Enabled: true}, {URL: srv.URL + "/plain", Enabled: true}} {
		if _, err := db.AddFeed(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	clock := func() time.Time { return time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC) }
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
	arts, err := db.Articles(ctx, news.ArticleQuery{Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{"https://www.example.com/hinted/budget": {"KZ"}, "https://www.example.com/plain/budget": nil}
	if len(arts) != len(want) {
		t.Fatalf("%d articles stored, want %d", len(arts), len(want))
	}
	for _, a := range arts {
		w, ok := want[a.URL]
		if !ok {
			t.Errorf("unexpected article %s", a.URL)
			continue
		}
		if got := a.PrimaryCountries(); !slices.Equal(got, w) {
			t.Errorf("%s: primary countries %v, want %v", a.URL, got, w)
		}
	}
}

func fmtItem(format, name string) string {
	return fmt.Sprintf(format, name, name, name)
}
