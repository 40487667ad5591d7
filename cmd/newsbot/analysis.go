package main

import (
	"context"
	"fmt"
	"hash/fnv"
	"log/slog"
	"time"

	"github.com/newsbot/newsbot/internal/analyze"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/sqlite"
)

// storyWindow is how far apart two reports of one story may be published.
const storyWindow = 48 * time.Hour

// analysis runs the analyzer over new articles and groups them into stories.
type analysis struct {
	an  *analyze.Analyzer
	ix  *analyze.Index
	now func() time.Time
	log *slog.Logger
}

// newAnalysis builds the analyzer and warms the same-story index with the
// articles of the last two days, so a restart keeps grouping stories.
func newAnalysis(ctx context.Context, db *sqlite.DB, now func() time.Time, log *slog.Logger) (*analysis, error) {
	p := &analysis{an: analyze.New(), ix: analyze.NewIndex(storyWindow), now: now, log: log}
	recent, err := db.RecentAnalyzed(ctx, now().Add(-storyWindow))
	if err != nil {
		return nil, fmt.Errorf("warm story index: %w", err)
	}
	for _, a := range recent {
		p.ix.Load(a.ID, a.PublishedAt, a.Analysis, a.Title, a.Cluster)
	}
	return p, nil
}

// Enrich fills in an article's analysis and story cluster; the poller calls
// it before the article is stored, so the article has no id yet and a
// stable one is derived from its identity. Should the analyzer ever panic
// on an article, the article is stored unanalysed rather than the poller
// dying: its analyzed_at stays empty, which marks it.
func (p *analysis) Enrich(a *news.Article) {
	defer func() {
		if r := recover(); r != nil {
			a.Analysis = news.Analysis{}
			if p.log != nil {
				p.log.Error("analysis panicked; article stored without analysis", "url", a.URL, "err", fmt.Sprint(r))
			}
		}
	}()
	a.Analysis = p.an.Analyze(analyze.Input{
		Title: a.Title, Body: a.Body, Lang: a.Lang, Source: a.Source, URL: a.URL, Published: a.PublishedAt,
	})
	a.Cluster = p.ix.Assign(provisionalID(a), a.PublishedAt, a.Analysis, a.Title)
	a.AnalyzedAt = p.now().UTC()
}

// provisionalID is a positive number standing for an article before the
// store gives it an id: the same article always gets the same one.
func provisionalID(a *news.Article) int64 {
	h := fnv.New64a()
	h.Write([]byte(a.GUID))
	h.Write([]byte{0})
	h.Write([]byte(a.URL))
	h.Write([]byte{0})
	h.Write([]byte(a.ContentHash))
	return int64(h.Sum64() >> 1)
}
