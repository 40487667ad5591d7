package retention_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/retention"
	"github.com/newsbot/newsbot/internal/store"
)

type countMetrics struct{ pruned int }

func (m *countMetrics) ArticlesPruned(n int) { m.pruned += n }

func TestOncePrunesWhatIsOlderThanRetention(t *testing.T) {
	now := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name       string
		keep       time.Duration
		wantPruned int
		wantLeft   int
	}{
		{"90 days", 90 * 24 * time.Hour, 2, 1},
		{"a year", 365 * 24 * time.Hour, 1, 2},
		{"zero keeps everything", 0, 0, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			db, err := store.Open(ctx, filepath.Join(t.TempDir(), "news.db"), store.WithClock(func() time.Time { return now }))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			var arts []news.Article
			for i, age := range []time.Duration{400 * 24 * time.Hour, 100 * 24 * time.Hour, time.Hour} {
				guid := string(rune('a' + i))
				arts = append(arts, news.Article{GUID: guid, URL: "https://x.example/" + guid, Title: guid,
					ContentHash: guid, FetchedAt: now.Add(-age), PublishedAt: now.Add(-age)})
			}
			if _, _, err := db.SaveArticles(ctx, arts); err != nil {
				t.Fatal(err)
			}
			m := &countMetrics{}
			p := retention.New(db, retention.Config{Keep: tc.keep, Now: func() time.Time { return now }, Metrics: m})
			r, err := p.Once(ctx)
			if err != nil {
				t.Fatal(err)
			}
			left, _ := db.CountArticles(ctx)
			if r.Pruned != tc.wantPruned || left != tc.wantLeft || m.pruned != tc.wantPruned {
				t.Errorf("pruned %d (metric %d), %d left; want %d pruned, %d left", r.Pruned, m.pruned, left, tc.wantPruned, tc.wantLeft)
			}
		})
	}
}

func TestRunEndsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	p := retention.New(nil, retention.Config{Keep: time.Hour})
	if err := p.Run(ctx); err != nil {
		t.Errorf("Run = %v, want nil", err)
	}
}
