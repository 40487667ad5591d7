package app

import (
	"context"
	"fmt"
	"hash/fnv"
	"log/slog"
	"runtime/debug"
	"sync"
	"time"

	"github.com/newsbot/newsbot/internal/analyze"
	"github.com/newsbot/newsbot/internal/ingest"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/store"
)

// Analysis runs the analyzer over new articles and groups them into stories.
type Analysis struct {
	an  *analyze.Analyzer
	ix  *analyze.Index
	now func() time.Time
	log *slog.Logger

	// saveMu makes relabelling a batch, saving it and renaming stored
	// clusters one step, so no rename falls between a batch's labels and
	// its commit.
	saveMu  sync.Mutex
	pending []store.ClusterRename // renames not yet in the store

	ready chan struct{} // closed once the index is warmed from the store
}

// NewAnalysis builds the analyzer and starts warming the same-story index
// with the stored articles of the last window, so a restart keeps grouping
// stories. Warming runs in the background, so start-up does not wait for
// it; Enrich does. Rows are streamed: the index keeps a compact entry per
// article and nothing else of them. Should warming fail, the error is
// logged and stories start afresh from new articles.
func NewAnalysis(ctx context.Context, db storyRows, window time.Duration, now func() time.Time, log *slog.Logger) (*Analysis, error) {
	p := &Analysis{an: analyze.New(), ix: analyze.NewIndex(window).WithClock(now), now: now, log: log,
		ready: make(chan struct{})}
	go func() {
		defer close(p.ready)
		err := db.EachStoryArticle(ctx, now().Add(-window), func(r store.StoryRow) error {
			a := news.Article{GUID: r.GUID, URL: r.URL, ContentHash: r.ContentHash}
			p.ix.Load(provisionalID(&a), r.PublishedAt, news.Analysis{Fingerprint: r.Fingerprint}, r.Title, r.Cluster)
			return ctx.Err()
		})
		if err != nil && ctx.Err() == nil && log != nil {
			log.Warn("story index not warmed from the store; stories start afresh", "err", err)
		}
		// Reading the rows left garbage several times the size of what
		// the index keeps; give it back now rather than carry it idle.
		debug.FreeOSMemory()
	}()
	return p, nil
}

// Wait returns once the story index is warmed.
func (p *Analysis) Wait() { <-p.ready }

// Enrich fills in an article's analysis and story cluster; the poller calls
// it before the article is stored, so the article has no id yet and a
// stable one is derived from its identity. Should the analyzer ever panic
// on an article, the article is stored unanalysed rather than the poller
// dying: its analyzed_at stays empty, which marks it.
func (p *Analysis) Enrich(a *news.Article) {
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
		HomeCountry: a.FeedCountry, LearnedCountry: a.FeedLearnedCountry,
	})
	// A feed's undated back catalogue carries the time it was first seen
	// as its date: grouped, it would join today's stories (or pull them
	// into stories years old). It stays a story of its own, out of the
	// index, so no later article is compared with it either.
	if a.BackCatalogue {
		a.Cluster = analyze.OwnStory(provisionalID(a))
	} else {
		p.Wait()
		a.Cluster = p.ix.Assign(provisionalID(a), a.PublishedAt, a.Analysis, a.Title)
	}
	a.AnalyzedAt = p.now().UTC()
}

// StoryStore is the store as the poller sees it: saving articles also
// brings their story clusters up to date. An article enriched earlier may
// since have joined a story another feed's article bridged to; the stored
// articles of merged stories are renamed after the save.
type StoryStore struct {
	articleStore
	an *Analysis
}

// storyRows streams the stored articles the story index is warmed with;
// store.DB does.
type storyRows interface {
	EachStoryArticle(ctx context.Context, since time.Time, fn func(store.StoryRow) error) error
}

// articleStore is the poller's store that StoryStore wraps, and renames
// the story clusters of stored articles; store.DB is one.
type articleStore interface {
	ingest.Store
	RenameClusters(ctx context.Context, renames []store.ClusterRename) (int64, error)
}

// NewStoryStore returns db as the poller sees it, keeping the stories of an
// up to date as articles are saved.
func NewStoryStore(db articleStore, an *Analysis) StoryStore {
	return StoryStore{articleStore: db, an: an}
}

// SaveArticles relabels arts with their stories' current clusters, stores
// them, then renames the clusters of stored articles whose stories merged.
// A failed rename is kept and retried with the next save; it does not fail
// this one.
func (s StoryStore) SaveArticles(ctx context.Context, arts []news.Article) (added, updated int, err error) {
	s.an.saveMu.Lock()
	defer s.an.saveMu.Unlock()
	s.relabel(arts)
	added, updated, err = s.articleStore.SaveArticles(ctx, arts)
	if err != nil {
		return added, updated, err
	}
	s.renameMerged(ctx)
	return added, updated, nil
}

// SaveArticleGroups stores several feeds' articles in one transaction, as
// SaveArticles does for one feed's.
func (s StoryStore) SaveArticleGroups(ctx context.Context, groups [][]news.Article) (added, updated []int, err error) {
	s.an.saveMu.Lock()
	defer s.an.saveMu.Unlock()
	for _, arts := range groups {
		s.relabel(arts)
	}
	added, updated, err = s.articleStore.SaveArticleGroups(ctx, groups)
	if err != nil {
		return added, updated, err
	}
	s.renameMerged(ctx)
	return added, updated, nil
}

// relabel gives each article its story's current cluster, which may have
// changed (a merge) since the article was analysed. Called with saveMu held.
func (s StoryStore) relabel(arts []news.Article) {
	for i := range arts {
		if c := s.an.ix.ClusterOf(provisionalID(&arts[i])); c != "" && arts[i].Cluster != "" {
			arts[i].Cluster = c
		}
	}
}

// renameMerged renames the stored articles of stories merged since the last
// save. Called with saveMu held.
func (s StoryStore) renameMerged(ctx context.Context) {
	for _, r := range s.an.ix.TakeRenames() {
		s.an.pending = append(s.an.pending, store.ClusterRename{From: r.From, To: r.To})
	}
	if len(s.an.pending) == 0 {
		return
	}
	if _, rerr := s.articleStore.RenameClusters(ctx, s.an.pending); rerr != nil {
		if s.an.log != nil {
			s.an.log.Warn("story clusters not renamed; retrying with the next save", "renames", len(s.an.pending), "err", rerr)
		}
		return
	}
	s.an.pending = s.an.pending[:0]
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
