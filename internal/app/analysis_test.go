package app

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/ingest"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/sharedtest"
	"github.com/newsbot/newsbot/internal/store"
)

// TestStoryStoreRenamesMergedStories: a report published earlier than the
// one already stored arrives later (feeds are polled concurrently). The
// story takes the earlier report's name, and the stored article is renamed
// with it, so both read as one story from the database; a restart warms
// the index from the store and keeps grouping into that story.
func TestStoryStoreRenamesMergedStories(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "newsbot.db")
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	now := time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	an, err := NewAnalysis(ctx, db, 96*time.Hour, clock, nil)
	if err != nil {
		t.Fatal(err)
	}
	store := NewStoryStore(db, an)
	body := "Kazakhstan's KazTransOil will raise oil supplies to Kyrgyzstan to 250 thousand tonnes next year, the company said on Monday. " +
		"Chief executive Dimash Dosanov said deliveries through the Shymkent terminal would start in March and reach 20 thousand tonnes a month by June."
	mk := func(guid, title string, pub time.Time) news.Article {
		return news.Article{GUID: guid, URL: "https://example.com/" + guid, Title: title, Body: body, Lang: "en",
			PublishedAt: pub, ContentHash: "h-" + guid}
	}
	later := mk("later", "KazTransOil to raise oil supplies to Kyrgyzstan", now.Add(-2*time.Hour))
	an.Enrich(&later)
	if _, _, err := store.SaveArticles(ctx, []news.Article{later}); err != nil {
		t.Fatal(err)
	}
	earlier := mk("earlier", "KazTransOil will raise oil supplies to Kyrgyzstan next year", now.Add(-6*time.Hour))
	an.Enrich(&earlier)
	if earlier.Cluster == later.Cluster {
		t.Fatalf("the earlier report took the stored story's name %q; want its own", earlier.Cluster)
	}
	if _, _, err := store.SaveArticles(ctx, []news.Article{earlier}); err != nil {
		t.Fatal(err)
	}
	got, err := db.ClusterArticles(ctx, earlier.Cluster)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("story %s holds %d stored articles, want both reports", earlier.Cluster, len(got))
	}
	// A restart: the index is warmed from the store.
	an2, err := NewAnalysis(ctx, db, 96*time.Hour, clock, nil)
	if err != nil {
		t.Fatal(err)
	}
	third := mk("third", "KazTransOil raises oil supplies to Kyrgyzstan", now.Add(-time.Hour))
	an2.Enrich(&third)
	if third.Cluster != earlier.Cluster {
		t.Errorf("after a restart a third report got cluster %q, want the stored story %q", third.Cluster, earlier.Cluster)
	}
}

// TestPollStoriesSameInAnyFeedOrder: three outlets' feeds of one week (the
// Oscar Pistorius parole story among them) are polled into a fresh store
// five times, the feeds registered in a different order each time and
// fetched concurrently. Every article ends in the same story cluster in the
// store each time, and the parole story is one story across the outlets.
func TestPollStoriesSameInAnyFeedOrder(t *testing.T) {
	dir := sharedtest.FeedsDir(t)
	files := []string{"photojournalism-npr-news-content-encoded-2023.xml", "photojournalism-nyt-topstories-2023.xml", "photojournalism-japantimes-2023.xml"}
	srv := httptest.NewServer(http.FileServer(http.Dir(dir)))
	defer srv.Close()
	clock := func() time.Time { return time.Date(2023, 11, 25, 12, 0, 0, 0, time.UTC) }
	poll := func(order []int) map[string]string {
		t.Helper()
		ctx := context.Background()
		db, err := store.Open(ctx, filepath.Join(t.TempDir(), "newsbot.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		for _, i := range order {
			if _, err := db.AddFeed(ctx, news.Feed{URL: srv.URL + "/" + files[i], Enabled: true}); err != nil {
				t.Fatal(err)
			}
		}
		an, err := NewAnalysis(ctx, db, 96*time.Hour, clock, nil)
		if err != nil {
			t.Fatal(err)
		}
		p, err := ingest.NewPoller(ingest.Config{Store: NewStoryStore(db, an), Enrich: an.Enrich, Concurrency: 3, PerHost: 3})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := p.PollOnce(ctx); err != nil {
			t.Fatal(err)
		}
		arts, err := db.Articles(ctx, news.ArticleQuery{Limit: 1000})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, a := range arts {
			got[a.Title] = a.Cluster
		}
		return got
	}
	want := poll([]int{0, 1, 2})
	if len(want) < 60 {
		t.Fatalf("%d articles stored, want the three feeds' ~70", len(want))
	}
	for _, order := range [][]int{{2, 1, 0}, {1, 0, 2}, {2, 0, 1}, {0, 2, 1}, {1, 2, 0}} {
		got := poll(order)
		for title, c := range want {
			if got[title] != c {
				t.Errorf("feeds in order %v: %q in cluster %q, first time in %q", order, title, got[title], c)
			}
		}
	}
	npr := want["Oscar Pistorius, Paralympian convicted of murder, to be released on parole"]
	nyt := want["Oscar Pistorius, Olympic Athlete Convicted of Murder, to Be Paroled"]
	jt := want["Former Paralympic star Oscar Pistorius granted parole a decade after killing girlfriend"]
	if npr == "" || npr != nyt || nyt != jt {
		t.Errorf("the parole story in clusters %q (NPR), %q (NYT), %q (Japan Times); want one", npr, nyt, jt)
	}
}

// TestBackCatalogueStaysOutOfStories: a feed's undated back catalogue has
// only its first-seen time as a date. An old report of the same event as
// today's news neither joins today's story nor draws later reports into its
// own, before a restart or after one (warming skips it too).
func TestBackCatalogueStaysOutOfStories(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "newsbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	now := time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	an, err := NewAnalysis(ctx, db, 96*time.Hour, clock, nil)
	if err != nil {
		t.Fatal(err)
	}
	store := NewStoryStore(db, an)
	body := "Kazakhstan's KazTransOil will raise oil supplies to Kyrgyzstan to 250 thousand tonnes next year, the company said on Monday. " +
		"Chief executive Dimash Dosanov said deliveries through the Shymkent terminal would start in March and reach 20 thousand tonnes a month by June."
	mk := func(feed int64, guid, title string) news.Article {
		return news.Article{FeedID: feed, GUID: guid, URL: "https://example.com/" + guid, Title: title, Body: body, Lang: "en",
			PublishedAt: now.Add(-time.Hour), ContentHash: "h-" + guid}
	}
	f1, err := db.AddFeed(ctx, news.Feed{URL: "https://a.example/rss"})
	if err != nil {
		t.Fatal(err)
	}
	old := mk(f1.ID, "old", "KazTransOil to raise oil supplies to Kyrgyzstan")
	old.Undated, old.BackCatalogue = true, true
	an.Enrich(&old)
	fresh := mk(f1.ID, "fresh", "KazTransOil will raise oil supplies to Kyrgyzstan next year")
	an.Enrich(&fresh)
	if fresh.Cluster == old.Cluster {
		t.Fatalf("today's report joined the back catalogue's story %q", old.Cluster)
	}
	if _, _, err := store.SaveArticles(ctx, []news.Article{old, fresh}); err != nil {
		t.Fatal(err)
	}
	for _, restart := range []bool{false, true} {
		a := an
		if restart {
			if a, err = NewAnalysis(ctx, db, 96*time.Hour, clock, nil); err != nil {
				t.Fatal(err)
			}
		}
		third := mk(f1.ID, "third", "KazTransOil raises oil supplies to Kyrgyzstan")
		third.PublishedAt = now.Add(-time.Minute) // later: the story keeps today's first report's name
		a.Enrich(&third)
		if third.Cluster != fresh.Cluster {
			t.Errorf("restart=%v: a third report got cluster %q, want today's story %q (back catalogue %q)", restart, third.Cluster, fresh.Cluster, old.Cluster)
		}
	}
}
