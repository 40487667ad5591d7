package ingest

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/newsbot/newsbot/internal/news"
)

// Write batching. Workers fetch, parse and analyse in parallel; what they
// want stored is queued here and written by one of them at a time, the
// writer, which commits the whole queue in transactions of at most
// batchArticles articles (a few tens of milliseconds each): one commit for
// many feeds when many are ready together, and never a long hold on the
// database's write lock, even for a feed of 100 000 items.
const (
	batchArticles = 200
	batchStates   = 500
)

// writeReq is one worker's request: articles to store, or a feed state.
type writeReq struct {
	ctx   context.Context
	arts  []news.Article
	state *news.Feed

	added, updated int
	err            error
	done           chan struct{}
}

// groupWriter commits queued writes. Whoever queues a request while no one
// is writing becomes the writer and commits everything queued, its own
// request and those that arrive meanwhile, until the queue is empty; the
// others wait for their request to be done. So there is one writer at a
// time and no goroutine to start or stop.
type groupWriter struct {
	store Store

	mu      sync.Mutex
	queue   []*writeReq
	writing bool
}

func (g *groupWriter) do(r *writeReq) {
	r.done = make(chan struct{})
	g.mu.Lock()
	g.queue = append(g.queue, r)
	if g.writing {
		g.mu.Unlock()
		<-r.done
		return
	}
	g.writing = true
	for len(g.queue) > 0 {
		batch := g.queue
		g.queue = nil
		g.mu.Unlock()
		g.commit(batch)
		g.mu.Lock()
	}
	g.writing = false
	g.mu.Unlock()
}

// saveArticles stores arts as SaveArticles would, batched with other
// workers' writes.
func (g *groupWriter) saveArticles(ctx context.Context, arts []news.Article) (added, updated int, err error) {
	if len(arts) == 0 {
		return 0, 0, nil
	}
	r := &writeReq{ctx: ctx, arts: arts}
	g.do(r)
	return r.added, r.updated, r.err
}

// saveState stores a feed's fetch state, batched with other workers' writes.
func (g *groupWriter) saveState(ctx context.Context, f news.Feed) error {
	r := &writeReq{ctx: ctx, state: &f}
	g.do(r)
	return r.err
}

func (g *groupWriter) commit(batch []*writeReq) {
	var arts, states []*writeReq
	for _, r := range batch {
		if r.state != nil {
			states = append(states, r)
		} else {
			arts = append(arts, r)
		}
	}
	g.commitArticles(arts)
	g.commitStates(states)
	for _, r := range batch {
		close(r.done)
	}
}

// commitArticles stores small requests together, up to batchArticles
// articles a transaction, and a large one in chunks of that size.
func (g *groupWriter) commitArticles(reqs []*writeReq) {
	var group []*writeReq
	n := 0
	flush := func() {
		if len(group) > 0 {
			g.saveGroup(group)
		}
		group, n = nil, 0
	}
	for _, r := range reqs {
		if len(r.arts) > batchArticles {
			g.saveLarge(r)
			continue
		}
		if n+len(r.arts) > batchArticles {
			flush()
		}
		group = append(group, r)
		n += len(r.arts)
	}
	flush()
}

// saveGroup stores several feeds' articles in one transaction. Should it
// fail, each feed is stored on its own, so that one feed's bad article does
// not fail the others.
func (g *groupWriter) saveGroup(group []*writeReq) {
	if len(group) == 1 {
		r := group[0]
		r.added, r.updated, r.err = g.store.SaveArticles(r.ctx, r.arts)
		return
	}
	arts := make([][]news.Article, len(group))
	for i, r := range group {
		arts[i] = r.arts
	}
	added, updated, err := g.store.SaveArticleGroups(group[0].ctx, arts)
	if err == nil {
		for i, r := range group {
			r.added, r.updated = added[i], updated[i]
		}
		return
	}
	for _, r := range group {
		r.added, r.updated, r.err = g.store.SaveArticles(r.ctx, r.arts)
	}
}

// saveLarge stores one feed's many articles in transactions of
// batchArticles, so other writers get the lock in between.
func (g *groupWriter) saveLarge(r *writeReq) {
	for start := 0; start < len(r.arts); start += batchArticles {
		a, u, err := g.store.SaveArticles(r.ctx, r.arts[start:min(start+batchArticles, len(r.arts))])
		r.added += a
		r.updated += u
		if err != nil {
			r.err = err
			return
		}
	}
}

func (g *groupWriter) commitStates(reqs []*writeReq) {
	for start := 0; start < len(reqs); start += batchStates {
		chunk := reqs[start:min(start+batchStates, len(reqs))]
		feeds := make([]news.Feed, len(chunk))
		for i, r := range chunk {
			feeds[i] = *r.state
		}
		missing, err := g.store.SaveFeedStates(chunk[0].ctx, feeds)
		for _, r := range chunk {
			switch {
			case err != nil:
				r.err = err
			case slices.Contains(missing, r.state.ID):
				r.err = fmt.Errorf("save feed %d state: %w", r.state.ID, news.ErrNotFound)
			}
		}
	}
}

// newest keeps the max newest of arts, by publication time (a feed's own
// order when times are equal), and returns how many it left out. Feeds list
// their newest items first, but not all of them.
func newest(arts []news.Article, max int) ([]news.Article, int) {
	if max <= 0 || len(arts) <= max {
		return arts, 0
	}
	keys := make([]dateKey, len(arts))
	for i, a := range arts {
		keys[i] = dateKey{undated: a.Undated, published: a.PublishedAt.UnixNano()}
	}
	order := newestFirst(keys)
	out := make([]news.Article, max)
	for i, j := range order[:max] {
		out[i] = arts[j]
	}
	return out, len(arts) - max
}

// dateKey is what newestFirst ranks an item by.
type dateKey struct {
	undated   bool
	published int64 // Unix nanoseconds
}

// newestFirst returns the indexes of keys, newest first. Undated items
// carry the time they were first seen, which says nothing of their age:
// dated items go first, undated ones after them in the feed's own order (a
// feed lists its newest first).
func newestFirst(keys []dateKey) []int {
	order := make([]int, len(keys))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		a, b := keys[i], keys[j]
		if a.undated != b.undated {
			if a.undated {
				return 1
			}
			return -1
		}
		if a.undated {
			return 0
		}
		return cmp.Compare(b.published, a.published)
	})
	return order
}

// enrichChunk is how many articles of one feed are analysed before they
// are handed to the writer: a feed of 100 000 items never holds more than
// two chunks of analysed articles in memory.
const enrichChunk = 500

// sliceChunks gives arts a chunk of enrichChunk at a time, for enrichAndSave.
func sliceChunks(arts []news.Article) func() ([]news.Article, error) {
	return func() ([]news.Article, error) {
		chunk := arts[:min(enrichChunk, len(arts))]
		arts = arts[len(chunk):]
		return chunk, nil
	}
}

// parallelEnrichFrom is the chunk size from which a feed's articles are
// analysed on every core rather than by its worker alone.
const parallelEnrichFrom = 64

// enrichAndSave fetches full texts where wanted, analyses the articles
// next gives, a chunk at a time until it gives none, and stores them: while
// the writer stores one chunk the next is read and analysed. It returns
// what was stored; on error, the chunks already stored stay stored and the
// next poll, finding them, stores the rest.
func (p *Poller) enrichAndSave(ctx context.Context, f *news.Feed, next func() ([]news.Article, error)) (added, updated int, err error) {
	fullText := p.cfg.FullText || f.FullText
	type saved struct {
		added, updated int
		err            error
	}
	var pending chan saved
	wait := func() error {
		if pending == nil {
			return nil
		}
		r := <-pending
		pending = nil
		added += r.added
		updated += r.updated
		return r.err
	}
	for {
		chunk, err := next()
		if err != nil {
			werr := wait()
			return added, updated, errors.Join(err, werr)
		}
		if len(chunk) == 0 {
			break
		}
		p.enrich(ctx, chunk, fullText)
		if err := wait(); err != nil {
			return added, updated, err
		}
		pending = make(chan saved, 1)
		go func(done chan<- saved) {
			var r saved
			r.added, r.updated, r.err = p.writer.saveArticles(ctx, chunk)
			clear(chunk) // stored: the analysis need not stay in memory
			done <- r
		}(pending)
	}
	err = wait()
	return added, updated, err
}

// enrich fetches full texts (when fullText) and analyses arts: in this
// goroutine for a few articles, on every core for many (a feed's first
// poll, an archive). Full texts are fetched one at a time, so a feed's
// host never sees more than its share of requests. A panic in analysis
// reaches the caller either way, so the feed fails instead of the process.
func (p *Poller) enrich(ctx context.Context, arts []news.Article, fullText bool) {
	one := func(a *news.Article) {
		if fullText {
			p.fetchFullText(ctx, a)
		}
		if p.cfg.Enrich != nil {
			p.cfg.Enrich(a)
		}
	}
	workers := runtime.GOMAXPROCS(0)
	if fullText || p.cfg.Enrich == nil || len(arts) < parallelEnrichFrom || workers < 2 {
		for i := range arts {
			one(&arts[i])
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	var panicked atomic.Value
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					panicked.CompareAndSwap(nil, fmt.Sprint(r))
				}
			}()
			for i := int(next.Add(1) - 1); i < len(arts); i = int(next.Add(1) - 1) {
				one(&arts[i])
			}
		}()
	}
	wg.Wait()
	if r := panicked.Load(); r != nil {
		panic(r)
	}
}
