package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

// seenAt returns an article first seen at t.
func seenAt(feed int64, guid string, t time.Time) news.Article {
	a := art(feed, guid, "Title "+guid)
	a.FetchedAt = t
	a.Analysis = news.Analysis{
		Countries: []news.CountryScore{{Code: "KZ", Score: 1, Primary: true}},
		Topics:    []news.TopicScore{{Topic: "energy", Score: 1}},
	}
	return a
}

func TestPruneArticles(t *testing.T) {
	ctx := context.Background()
	d := openArticleTestDB(t)
	f := addTestFeed(t, d, "https://a.example/rss")
	cutoff := t0.Add(-90 * 24 * time.Hour)
	old := []news.Article{
		seenAt(f.ID, "old1", cutoff.Add(-time.Hour)),
		seenAt(f.ID, "old2", cutoff.Add(-2*time.Hour)),
		seenAt(f.ID, "old3", cutoff.Add(-3*time.Hour)),
		seenAt(f.ID, "old4", cutoff.Add(-4*time.Hour)),
		seenAt(f.ID, "old5", cutoff.Add(-5*time.Hour)),
	}
	broadcastOld := seenAt(f.ID, "old-broadcast", cutoff.Add(-time.Hour))
	fresh := seenAt(f.ID, "fresh", cutoff.Add(time.Hour))
	save(t, d, append(append(old, broadcastOld), fresh)...)
	stored := map[string]int64{}
	for _, g := range []string{"old1", "old-broadcast", "fresh"} {
		a, err := d.ArticleByURL(ctx, "https://example.com/"+g)
		if err != nil {
			t.Fatal(err)
		}
		stored[g] = a.ID
	}
	if _, err := d.CreateBroadcastDraft(ctx, news.Broadcast{EditorID: 1, Kind: "breaking", Text: "x", ArticleID: stored["old-broadcast"]}); err != nil {
		t.Fatal(err)
	}

	// A batch of 2 makes three transactions of the five old articles.
	n, err := d.PruneArticles(ctx, cutoff, 2)
	if err != nil {
		t.Fatal(err)
	}
	if n != len(old) {
		t.Errorf("pruned %d articles, want %d", n, len(old))
	}
	for _, tc := range []struct {
		guid string
		kept bool
	}{{"old1", false}, {"old5", false}, {"old-broadcast", true}, {"fresh", true}} {
		_, err := d.ArticleByURL(ctx, "https://example.com/"+tc.guid)
		if kept := err == nil; kept != tc.kept {
			t.Errorf("%s kept = %v, want %v (err %v)", tc.guid, kept, tc.kept, err)
		}
	}
	var rows int
	if err := d.db.GetContext(ctx, &rows, `SELECT count(*) FROM article_countries WHERE article_id = ?`, stored["old1"]); err != nil || rows != 0 {
		t.Errorf("country rows of a pruned article: %d (err %v), want 0", rows, err)
	}
	if err := d.db.GetContext(ctx, &rows, `SELECT count(*) FROM article_topics`); err != nil || rows != 2 {
		t.Errorf("topic rows left: %d (err %v), want 2 (the kept articles')", rows, err)
	}

	// The pruned items, listed again by their feed or found under their
	// URL elsewhere, are not new; a really new one is.
	sameGUIDNewURL := seenAt(f.ID, "old1", t0)
	sameGUIDNewURL.URL = "https://example.com/moved"
	other := addTestFeed(t, d, "https://b.example/rss")
	sameURLOtherFeed := seenAt(other.ID, "elsewhere", t0)
	sameURLOtherFeed.URL = "https://example.com/old2"
	sameURLOtherFeed.ContentHash = "different"
	tests := []struct {
		name    string
		a       news.Article
		wantNew bool
	}{
		{"same feed and guid", seenAt(f.ID, "old3", t0), false},
		{"same guid, new url", sameGUIDNewURL, false},
		{"same url, other feed", sameURLOtherFeed, false},
		{"new", seenAt(f.ID, "new", t0), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			flags, err := d.NewOrChanged(ctx, []news.Article{tc.a})
			if err != nil {
				t.Fatal(err)
			}
			added, _ := save(t, d, tc.a)
			if flags[0] != tc.wantNew || (added == 1) != tc.wantNew {
				t.Errorf("new = %v, stored %d; want new %v", flags[0], added, tc.wantNew)
			}
		})
	}
}

func TestReclaimSpaceShrinksTheFile(t *testing.T) {
	sqliteOnly(t)
	ctx := context.Background()
	d := openArticleTestDB(t)
	if mode, err := d.AutoVacuum(ctx); err != nil || mode != "incremental" {
		t.Fatalf("auto_vacuum of a new database = %q (err %v), want incremental", mode, err)
	}
	f := addTestFeed(t, d, "https://a.example/rss")
	var arts []news.Article
	for i := range 400 {
		a := seenAt(f.ID, fmt.Sprint("g", i), t0.Add(-200*24*time.Hour))
		a.Body = strings.Repeat(fmt.Sprintf("paragraph %d of a long article. ", i), 200)
		arts = append(arts, a)
	}
	save(t, d, arts...)
	before, err := d.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if before.Articles != 400 {
		t.Fatalf("stats count %d articles, want 400", before.Articles)
	}
	if _, err := d.PruneArticles(ctx, t0, 0); err != nil {
		t.Fatal(err)
	}
	released, err := d.ReclaimSpace(ctx)
	if err != nil {
		t.Fatal(err)
	}
	after, err := d.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after.Articles != 0 || after.Free != 0 {
		t.Errorf("after pruning and reclaiming: %d articles, %d free bytes; want 0 and 0", after.Articles, after.Free)
	}
	if released < before.Bytes/2 || after.Bytes > before.Bytes/2 {
		t.Errorf("released %d bytes: file %d -> %d bytes; want most of it back", released, before.Bytes, after.Bytes)
	}
}

// The size gauges measure the store on either engine: it grows as articles
// are stored, and the count follows.
func TestStatsMeasureTheStore(t *testing.T) {
	ctx := context.Background()
	d := openArticleTestDB(t)
	empty, err := d.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if empty.Bytes <= 0 || empty.Articles != 0 {
		t.Fatalf("stats of an empty store = %+v, want some bytes and 0 articles", empty)
	}
	f := addTestFeed(t, d, "https://a.example/rss")
	var arts []news.Article
	for i := range 200 {
		a := seenAt(f.ID, fmt.Sprint("g", i), t0)
		// Numbers that do not repeat, so that no engine compresses them away.
		var body strings.Builder
		for j := range 500 {
			fmt.Fprintf(&body, "%d ", (i*500+j)*2654435761%1000003)
		}
		a.Body = body.String()
		arts = append(arts, a)
	}
	save(t, d, arts...)
	full, err := d.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if full.Articles != 200 || full.Bytes < empty.Bytes+200*1000 {
		t.Errorf("stats after storing 200 articles of ~3.5 kB = %+v (empty: %d bytes); want 200 articles and the bytes grown by 200 kB at least", full, empty.Bytes)
	}
}

func TestOpenConvertsAnOldFileToIncrementalVacuum(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	// A database as earlier versions made it: no auto-vacuum.
	raw, err := sql.Open("sqlite3", "file:"+path+"?_journal_mode=WAL")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`CREATE TABLE t (x INTEGER)`); err != nil {
		t.Fatal(err)
	}
	var mode int
	if err := raw.QueryRow(`PRAGMA auto_vacuum`).Scan(&mode); err != nil || mode != 0 {
		t.Fatalf("set-up: auto_vacuum = %d (err %v), want 0", mode, err)
	}
	raw.Close()
	d, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if got, err := d.AutoVacuum(ctx); err != nil || got != "incremental" {
		t.Errorf("auto_vacuum after Open = %q (err %v), want incremental", got, err)
	}
}

func TestPruneArticlesStopsWhenCancelled(t *testing.T) {
	d := openArticleTestDB(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := d.PruneArticles(ctx, t0, 0); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

// TestTombstonesLastWhileTheFeedListsTheItem: a pruned item its feed keeps
// listing is never stored again, however long the feed lists it; the
// tombstone of an item no feed has listed for a whole retention period
// goes, so tombstones do not pile up forever.
func TestTombstonesLastWhileTheFeedListsTheItem(t *testing.T) {
	ctx := context.Background()
	now := t0
	d := openTestDB(t, WithClock(func() time.Time { return now }))
	f := addTestFeed(t, d, "https://a.example/rss")
	const keep = 90 * 24 * time.Hour
	listed := seenAt(f.ID, "still-listed", now.Add(-200*24*time.Hour))
	dropped := seenAt(f.ID, "dropped", now.Add(-200*24*time.Hour))
	save(t, d, listed, dropped)
	prune := func() {
		t.Helper()
		if _, err := d.PruneArticles(ctx, now.Add(-keep), 0); err != nil {
			t.Fatal(err)
		}
	}
	isNew := func(a news.Article) bool {
		t.Helper()
		flags, err := d.NewOrChanged(ctx, []news.Article{a})
		if err != nil {
			t.Fatal(err)
		}
		return flags[0]
	}
	tombstones := func() int {
		t.Helper()
		var n int
		if err := d.db.GetContext(ctx, &n, `SELECT COUNT(*) FROM article_tombstones`); err != nil {
			t.Fatal(err)
		}
		return n
	}

	prune()
	if n := tombstones(); n != 2 {
		t.Fatalf("%d tombstones after pruning two articles, want 2", n)
	}
	// The feed lists one of the two items, every day for 120 days.
	for range 120 {
		now = now.Add(24 * time.Hour)
		if isNew(listed) {
			t.Fatalf("day %s: a pruned item its feed still lists counts as new", now.Format(time.DateOnly))
		}
		prune()
	}
	if n := tombstones(); n != 1 {
		t.Errorf("%d tombstones after 120 days, want 1: the item still listed", n)
	}
	if !isNew(dropped) {
		t.Errorf("an item no feed listed for 120 days still has its tombstone")
	}
}
