package store

import (
	"context"
	"testing"
	"time"
)

func TestRenameClustersMergesStories(t *testing.T) {
	d := openArticleTestDB(t)
	ctx := context.Background()
	f := addTestFeed(t, d, "https://a.example/rss")
	a1, a2, a3, a4 := art(f.ID, "c1", "One"), art(f.ID, "c2", "Two"), art(f.ID, "c3", "Three"), art(f.ID, "c4", "Four")
	a1.Cluster, a2.Cluster, a3.Cluster, a4.Cluster = "sa", "sb", "sc", "other"
	save(t, d, a1, a2, a3, a4)
	// sb joins sa, then sa (with sb's articles) joins sc: chains apply in order.
	n, err := d.RenameClusters(ctx, []ClusterRename{{From: "sb", To: "sa"}, {From: "sa", To: "sc"}, {From: "", To: "x"}})
	if err != nil {
		t.Fatal(err)
	}
	if n != 3 {
		t.Errorf("moved %d articles, want 3 (sb→sa, then two sa→sc)", n)
	}
	got, err := d.ClusterArticles(ctx, "sc")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Errorf("cluster sc holds %d articles, want One, Two and Three", len(got))
	}
	if other, _ := d.ClusterArticles(ctx, "other"); len(other) != 1 {
		t.Errorf("an unrelated cluster changed: %d articles", len(other))
	}
}

func TestEachStoryArticleStreamsTheWindow(t *testing.T) {
	d := openArticleTestDB(t)
	ctx := context.Background()
	f := addTestFeed(t, d, "https://a.example/rss")
	old, recent, unanalysed := art(f.ID, "o", "Old"), art(f.ID, "r", "Recent"), art(f.ID, "u", "Unanalysed")
	backCat := art(f.ID, "b", "Back catalogue")
	old.PublishedAt = t0.Add(-200 * time.Hour)
	old.AnalyzedAt, recent.AnalyzedAt, backCat.AnalyzedAt = t0, t0, t0
	recent.Cluster, recent.Fingerprint = "s1", []byte{3, 1}
	backCat.Undated, backCat.BackCatalogue, backCat.Fingerprint = true, true, []byte{3, 2}
	save(t, d, old, recent, unanalysed, backCat)
	var rows []StoryRow
	err := d.EachStoryArticle(ctx, t0.Add(-96*time.Hour), func(r StoryRow) error {
		rows = append(rows, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0].Title != "Recent" || rows[0].Cluster != "s1" || len(rows[0].Fingerprint) != 2 || rows[0].GUID != "r" || !rows[0].PublishedAt.Equal(recent.PublishedAt) {
		t.Errorf("EachStoryArticle = %+v, want only Recent with its cluster, fingerprint and identity (not the back catalogue)", rows)
	}
}
