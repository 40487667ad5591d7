package main

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/sqlite"
)

// TestStoryStoreRenamesMergedStories: a report published earlier than the
// one already stored arrives later (feeds are polled concurrently). The
// story takes the earlier report's name, and the stored article is renamed
// with it, so both read as one story from the database; a restart warms
// the index from the store and keeps grouping into that story.
func TestStoryStoreRenamesMergedStories(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "newsbot.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	now := time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	an, err := newAnalysis(ctx, db, 96*time.Hour, clock, nil)
	if err != nil {
		t.Fatal(err)
	}
	store := storyStore{DB: db, an: an}
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
	an2, err := newAnalysis(ctx, db, 96*time.Hour, clock, nil)
	if err != nil {
		t.Fatal(err)
	}
	third := mk("third", "KazTransOil raises oil supplies to Kyrgyzstan", now.Add(-time.Hour))
	an2.Enrich(&third)
	if third.Cluster != earlier.Cluster {
		t.Errorf("after a restart a third report got cluster %q, want the stored story %q", third.Cluster, earlier.Cluster)
	}
}
