package main

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/analyze"
	"github.com/newsbot/newsbot/internal/app"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/store"
)

// heldArticles is how many recent articles the story step compares a new
// one against in BenchmarkEnrichWithStories: about a day of 1 000 feeds.
const heldArticles = 20_000

// BenchmarkEnrichWithStories measures what the poller spends per new
// article on analysis: the analyzer and the story step, against a story
// index warmed, as at start, from a store holding 20 000 recent analysed
// articles (corpus texts with unique titles). It reports the mean and
// percentiles per article; BenchmarkAnalyzeCorpus in internal/analyze
// measures the analyzer alone.
//
//	go test -run '^$' -bench EnrichWithStories -benchtime 2000x ./cmd/newsbot/
func BenchmarkEnrichWithStories(b *testing.B) {
	ctx := context.Background()
	corpus := loadBenchCorpus(b)
	now := time.Now().UTC()
	db, err := store.Open(ctx, filepath.Join(b.TempDir(), "held.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	an := analyze.New()
	analysed := make([]news.Analysis, len(corpus))
	for i, it := range corpus {
		analysed[i] = an.Analyze(analyze.Input{Title: it.title, Body: it.body})
	}
	held := make([]news.Article, 0, 1000)
	for i := range heldArticles {
		k := (i * 7919) % len(corpus)
		// Spread over the last 40 hours, each its own story: what the
		// index holds is what matters here, not how it was grouped.
		pub := now.Add(-time.Duration(i) * 40 * time.Hour / heldArticles)
		a := news.Article{GUID: fmt.Sprint("held-", i), URL: fmt.Sprintf("https://held.example/%d", i),
			Title: fmt.Sprintf("%s (%d)", corpus[k].title, i), Body: corpus[k].body, ContentHash: fmt.Sprint("held-", i),
			PublishedAt: pub, FetchedAt: pub, Lang: "und", Analysis: analysed[k]}
		a.Cluster = fmt.Sprint("h", i)
		a.AnalyzedAt = pub
		held = append(held, a)
		if len(held) == cap(held) || i == heldArticles-1 {
			if _, _, err := db.SaveArticles(ctx, held); err != nil {
				b.Fatal(err)
			}
			held = held[:0]
		}
	}
	p, err := app.NewAnalysis(ctx, db, 96*time.Hour, func() time.Time { return now }, slog.New(slog.DiscardHandler))
	if err != nil {
		b.Fatal(err)
	}
	durs := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	i := 0
	for b.Loop() {
		it := corpus[i%len(corpus)]
		a := news.Article{GUID: fmt.Sprint("new-", i), URL: fmt.Sprintf("https://new.example/%d", i),
			Title: fmt.Sprintf("%s [%d]", it.title, i), Body: it.body, ContentHash: fmt.Sprint("new-", i),
			PublishedAt: now.Add(-time.Duration(i%60) * time.Minute)}
		t0 := time.Now()
		p.Enrich(&a)
		durs = append(durs, time.Since(t0))
		i++
	}
	b.StopTimer()
	sort.Slice(durs, func(i, j int) bool { return durs[i] < durs[j] })
	var sum time.Duration
	for _, d := range durs {
		sum += d
	}
	pct := func(q float64) float64 { return float64(durs[int(q*float64(len(durs)-1))].Microseconds()) }
	b.ReportMetric(float64(sum.Microseconds())/float64(len(durs)), "mean-µs/article")
	b.ReportMetric(pct(0.50), "p50-µs/article")
	b.ReportMetric(pct(0.99), "p99-µs/article")
	b.ReportMetric(heldArticles, "held-articles")
}
