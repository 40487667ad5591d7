package ingest

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/sharedtest"
)

// Over the shared corpus, count the items whose date was the fetch time
// before the fallback parser (gofeed's dates only, any year after 1970 up
// to now) and the items still undated now. What remains undated carries no
// date at all (heise's RDF 0.9 items, one RSS 0.91 item).
func TestCorpusDates(t *testing.T) {
	dir := sharedtest.FeedsDir(t)
	files, err := filepath.Glob(filepath.Join(dir, "*.xml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus feeds in %s: %v", dir, err)
	}
	now := time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)
	var before, after, items int
	for _, file := range files {
		body, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		pf, _ := ParseFeed(body, "")
		if pf == nil {
			continue
		}
		for _, it := range pf.Items {
			if it == nil {
				continue
			}
			dated := false
			for _, p := range []*time.Time{it.PublishedParsed, it.UpdatedParsed} {
				dated = dated || p != nil && !p.IsZero() && !p.After(now) && p.Year() > 1970
			}
			if !dated {
				before++
			}
		}
		for _, a := range Normalize(news.Feed{URL: "https://example.com/feed"}, pf, "https://example.com/feed", now) {
			items++
			if a.Undated {
				after++
				if !a.PublishedAt.Equal(now) {
					t.Errorf("%s: undated %q has published %v, want the fetch time", filepath.Base(file), a.Title, a.PublishedAt)
				}
			} else if a.PublishedAt.Before(minPublished) || a.PublishedAt.After(now) {
				t.Errorf("%s: %q dated %v", filepath.Base(file), a.Title, a.PublishedAt)
			}
		}
	}
	t.Logf("%d articles; fetch time as the date: %d before the fallback parser, %d undated now", items, before, after)
	if before != 98 {
		t.Errorf("before: %d items had the fetch time as their date, want 98 (has the corpus changed?)", before)
	}
	if after != 61 {
		t.Errorf("now: %d items are undated, want 61", after)
	}
}
