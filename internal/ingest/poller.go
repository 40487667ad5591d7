package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/url"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

// Poll settings used when a Config leaves them zero.
const (
	DefaultInterval    = 10 * time.Minute
	MinInterval        = time.Minute
	DefaultConcurrency = 8
	DefaultPerHost     = 2
	// DefaultMaxItems is how many of a feed's newest items one poll reads.
	DefaultMaxItems = 500
	// DisableAfter is how long a feed may fail before it is disabled.
	DisableAfter = 7 * 24 * time.Hour
	// maxBackoff keeps a failing feed polled several times a day, so it can
	// recover before DisableAfter.
	maxBackoff = 6 * time.Hour
	// maxRetryAfter bounds what a server may ask us to wait.
	maxRetryAfter = 24 * time.Hour
	defaultTick   = 15 * time.Second
	// hugeBody is the size of a feed document from which the memory left
	// over from reading it is given back before it is parsed.
	hugeBody = 16 << 20
)

// Feed statuses recorded on news.Feed.LastStatus.
const (
	StatusOK          = "ok"
	StatusNotModified = "not modified"
	StatusFailed      = "error"
)

// Store is what the poller needs from storage. *store.DB satisfies it.
type Store interface {
	// Feeds returns every feed, enabled or not.
	Feeds(ctx context.Context) ([]news.Feed, error)
	// DueFeeds returns enabled feeds due at now (all when limit <= 0).
	DueFeeds(ctx context.Context, now time.Time, limit int) ([]news.Feed, error)
	// FeedHasArticles reports whether any article of the feed is stored.
	FeedHasArticles(ctx context.Context, feedID int64) (bool, error)
	// NewOrChanged reports which articles SaveArticles would write.
	NewOrChanged(ctx context.Context, arts []news.Article) ([]bool, error)
	// SaveArticles stores articles, de-duplicating them, in one transaction.
	SaveArticles(ctx context.Context, arts []news.Article) (added, updated int, err error)
	// SaveArticleGroups stores several feeds' articles as SaveArticles
	// does, in one transaction, with the counts of each group.
	SaveArticleGroups(ctx context.Context, groups [][]news.Article) (added, updated []int, err error)
	// SaveFeedState records a feed's fetch state.
	SaveFeedState(ctx context.Context, f news.Feed) error
	// SaveFeedStates records several feeds' fetch states in one
	// transaction and returns the ids of feeds that are gone.
	SaveFeedStates(ctx context.Context, feeds []news.Feed) (missing []int64, err error)
	// SetMetaTime records an operational time, such as the last poll.
	SetMetaTime(ctx context.Context, key string, t time.Time) error
}

// Metrics observes polling. Feed is the feed's name, else its URL.
type Metrics interface {
	// FeedPolled is called once per fetch with its duration and status
	// (StatusOK, StatusNotModified or StatusFailed).
	FeedPolled(feed string, d time.Duration, status string)
	// ArticlesIngested counts articles stored as new.
	ArticlesIngested(feed string, n int)
}

type nopMetrics struct{}

func (nopMetrics) FeedPolled(string, time.Duration, string) {}
func (nopMetrics) ArticlesIngested(string, int)             {}

// Config wires a Poller. Store is required; zero values take the defaults.
type Config struct {
	Store  Store
	Logger *slog.Logger
	// Now is the clock that schedules fetches; time.Now when nil.
	Now func() time.Time
	// Version goes into the User-Agent.
	Version string
	// Interval between fetches of one feed (jittered by ±10%); at least MinInterval.
	Interval    time.Duration
	Concurrency int // feeds fetched at once
	PerHost     int // feeds fetched at once from one host
	Timeout     time.Duration
	MaxBody     int64
	// FullText fetches the article page for teaser-only items of every
	// feed; news.Feed.FullText turns it on for one feed.
	FullText bool
	// Enrich, when set, is called for each new or changed article just
	// before it is stored (analysis fills a.Analysis).
	Enrich func(*news.Article)
	// Metrics, when set, observes each fetch.
	Metrics Metrics
	// Transport replaces the HTTP transport (tests, benchmarks).
	Transport http.RoundTripper
	// AllowPrivate lets links found in feeds (redirects elsewhere, article
	// pages on other hosts) reach internal addresses; see FetcherConfig.
	AllowPrivate bool
	// Tick is how often Run looks for due feeds; 15 s when zero.
	Tick time.Duration
	// MaxItems is how many of a feed's newest items one poll reads
	// (DefaultMaxItems when zero); the rest is counted in FeedResult.Skipped.
	MaxItems int
}

// Poller fetches due feeds and stores their new articles.
type Poller struct {
	cfg     Config
	store   Store
	log     *slog.Logger
	now     func() time.Time
	fetcher *Fetcher
	metrics Metrics
	// writer makes the poller a single writer that batches what the
	// workers want stored: SQLite allows one write transaction at a time,
	// and workers queueing here is far cheaper than workers sleeping in the
	// driver's busy handler.
	writer *groupWriter
	// seen skips the items a feed served unchanged at its last poll.
	seen seenItems
	// itemChunk is how many items gofeed reads at a time (defaultItemChunk;
	// tests set less). onParse, when set, is told how many it just read.
	itemChunk int
	onParse   func(items int)
}

// NewPoller returns a Poller for cfg; it fails when cfg has no Store.
func NewPoller(cfg Config) (*Poller, error) {
	if cfg.Store == nil {
		return nil, errors.New("new poller: no store")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Interval <= 0 {
		cfg.Interval = DefaultInterval
	}
	cfg.Interval = max(cfg.Interval, MinInterval)
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = DefaultConcurrency
	}
	if cfg.PerHost <= 0 {
		cfg.PerHost = DefaultPerHost
	}
	if cfg.Tick <= 0 {
		cfg.Tick = defaultTick
	}
	if cfg.Metrics == nil {
		cfg.Metrics = nopMetrics{}
	}
	if cfg.MaxItems <= 0 {
		cfg.MaxItems = DefaultMaxItems
	}
	return &Poller{
		cfg:   cfg,
		store: cfg.Store,
		log:   cfg.Logger,
		now:   cfg.Now,
		fetcher: NewFetcher(FetcherConfig{
			Version: cfg.Version, Timeout: cfg.Timeout, MaxBody: cfg.MaxBody, Transport: cfg.Transport,
			AllowPrivate: cfg.AllowPrivate,
		}),
		metrics:   cfg.Metrics,
		writer:    &groupWriter{store: cfg.Store},
		itemChunk: defaultItemChunk,
	}, nil
}

// Report is the outcome of one polling pass.
type Report struct {
	Feeds                   []FeedResult
	OK, NotModified, Failed int
	New, Updated            int
	// Skipped counts items beyond Config.MaxItems, left unread.
	Skipped  int
	Duration time.Duration
}

// FeedResult is the outcome of polling one feed.
type FeedResult struct {
	// Feed is the feed with its fetch state as recorded after the poll.
	Feed news.Feed
	// Status is StatusOK, StatusNotModified or StatusFailed.
	Status       string
	New, Updated int
	Err          error
	// Repaired, on a feed read despite broken XML, says what was left out.
	Repaired *RepairedError
	// Skipped counts the feed's older items beyond Config.MaxItems.
	Skipped  int
	Duration time.Duration
}

// Label is the feed's name, else its URL.
func (r FeedResult) Label() string { return feedLabel(r.Feed) }

func feedLabel(f news.Feed) string {
	if f.Name != "" {
		return f.Name
	}
	return f.URL
}

// Run polls due feeds every tick until ctx is cancelled, then returns nil.
// Failures of single feeds are recorded on the feed and logged.
func (p *Poller) Run(ctx context.Context) error {
	t := time.NewTicker(p.cfg.Tick)
	defer t.Stop()
	for {
		rep, err := p.PollDue(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			p.log.Error("poll", "err", err)
		} else {
			p.logReport(rep)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

func (p *Poller) logReport(rep Report) {
	for _, r := range rep.Feeds {
		if r.Repaired != nil {
			p.log.Warn("feed repaired", "feed", r.Label(), "url", r.Feed.URL, "kept", r.Repaired.Kept, "left_out", r.Repaired.Dropped, "err", r.Repaired.Err)
		}
		if r.Skipped > 0 {
			p.log.Info("feed has more items than poll.max_items", "feed", r.Label(), "read", p.cfg.MaxItems, "left_out", r.Skipped)
		}
		if r.Err != nil {
			p.log.Warn("feed failed", "feed", r.Label(), "url", r.Feed.URL, "failures", r.Feed.ConsecutiveFailures, "err", r.Err)
			if !r.Feed.Enabled {
				p.log.Warn("feed disabled", "feed", r.Label(), "reason", r.Feed.DisabledReason)
			}
		}
	}
	if len(rep.Feeds) > 0 {
		p.log.Info("poll done", "feeds", len(rep.Feeds), "ok", rep.OK, "not_modified", rep.NotModified,
			"failed", rep.Failed, "new", rep.New, "updated", rep.Updated, "left_out", rep.Skipped, "duration", rep.Duration.Round(time.Millisecond))
	}
}

// PollDue polls the feeds whose next fetch time has come. It fails only
// when the store cannot list them; feed failures are in the report.
func (p *Poller) PollDue(ctx context.Context) (Report, error) {
	feeds, err := p.store.DueFeeds(ctx, p.now(), 0)
	if err != nil {
		return Report{}, fmt.Errorf("poll: %w", err)
	}
	return p.poll(ctx, feeds)
}

// PollOnce polls every enabled feed once, due or not. It fails only when
// the store cannot list them; feed failures are in the report.
func (p *Poller) PollOnce(ctx context.Context) (Report, error) {
	all, err := p.store.Feeds(ctx)
	if err != nil {
		return Report{}, fmt.Errorf("poll: %w", err)
	}
	feeds := all[:0]
	for _, f := range all {
		if f.Enabled {
			feeds = append(feeds, f)
		}
	}
	return p.poll(ctx, feeds)
}

func (p *Poller) poll(ctx context.Context, feeds []news.Feed) (Report, error) {
	start := time.Now()
	feeds = interleaveHosts(feeds)
	hostSlots := make(map[string]chan struct{})
	for _, f := range feeds {
		if h := hostOf(f.URL); hostSlots[h] == nil {
			hostSlots[h] = make(chan struct{}, p.cfg.PerHost)
		}
	}
	results := make([]FeedResult, len(feeds))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(p.cfg.Concurrency, len(feeds)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				slot := hostSlots[hostOf(feeds[i].URL)]
				select {
				case slot <- struct{}{}:
				case <-ctx.Done():
					results[i] = FeedResult{Feed: feeds[i], Status: StatusFailed, Err: ctx.Err()}
					continue
				}
				results[i] = p.pollFeed(ctx, feeds[i])
				<-slot
			}
		}()
	}
feed:
	for i := range feeds {
		select {
		case jobs <- i:
		case <-ctx.Done():
			for j := i; j < len(feeds); j++ {
				results[j] = FeedResult{Feed: feeds[j], Status: StatusFailed, Err: ctx.Err()}
			}
			break feed
		}
	}
	close(jobs)
	wg.Wait()

	rep := Report{Feeds: results, Duration: time.Since(start)}
	for _, r := range results {
		switch r.Status {
		case StatusOK:
			rep.OK++
		case StatusNotModified:
			rep.NotModified++
		default:
			rep.Failed++
		}
		rep.New += r.New
		rep.Updated += r.Updated
		rep.Skipped += r.Skipped
	}
	if ctx.Err() == nil {
		if err := p.store.SetMetaTime(ctx, "last_poll_at", p.now()); err != nil {
			return rep, fmt.Errorf("poll: %w", err)
		}
	}
	return rep, nil
}

// pollFeed fetches, parses and stores one feed and records its state.
func (p *Poller) pollFeed(ctx context.Context, f news.Feed) FeedResult {
	start := time.Now()
	res := p.safeFetchAndStore(ctx, &f)
	res.Duration = time.Since(start)
	now := p.now().UTC()
	f.LastFetchAt = now
	if res.Err != nil {
		res.Status = StatusFailed
		if ctx.Err() != nil {
			// Shutting down: not the feed's fault, leave its state alone.
			res.Feed = f
			return res
		}
		recordFailure(&f, res.Err, now, p.cfg.Interval)
	} else {
		recordSuccess(&f, res.Status, now, p.cfg.Interval)
		if res.Repaired != nil {
			f.LastError = res.Repaired.Error() // read, but its owner should know
		}
	}
	err := p.writer.saveState(ctx, f)
	if err != nil && res.Err == nil {
		res.Err, res.Status = err, StatusFailed
	}
	res.Feed = f
	label := feedLabel(f)
	p.metrics.FeedPolled(label, res.Duration, res.Status)
	if res.New > 0 {
		p.metrics.ArticlesIngested(label, res.New)
	}
	return res
}

// safeFetchAndStore is fetchAndStore, except that a panic in a parser or
// extractor on some hostile document fails this feed, with the stack in the
// log, instead of ending the process and every other feed's polling.
func (p *Poller) safeFetchAndStore(ctx context.Context, f *news.Feed) (res FeedResult) {
	defer func() {
		if r := recover(); r != nil {
			p.log.Error("feed reading panicked", "feed", feedLabel(*f), "url", f.URL, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			res = FeedResult{Err: fmt.Errorf("internal error while reading the feed: %v", r)}
		}
	}()
	return p.fetchAndStore(ctx, f)
}

func (p *Poller) fetchAndStore(ctx context.Context, f *news.Feed) FeedResult {
	// The operator listed this feed: it may be where it is, even on an
	// internal host, and so may its article pages on that host.
	ctx = TrustURL(ctx, f.URL)
	resp, err := p.fetcher.Fetch(ctx, f.URL, f.ETag, f.LastModified)
	if err != nil {
		return FeedResult{Err: fmt.Errorf("fetch: %w", err)}
	}
	if resp.NotModified {
		f.ETag, f.LastModified = resp.ETag, resp.LastModified
		return FeedResult{Status: StatusNotModified}
	}
	data, err := toUTF8(resp.Body, resp.ContentType)
	resp.Body = nil // decoded: a huge feed's bytes need not wait for its articles
	if err != nil {
		return FeedResult{Err: fmt.Errorf("decode: %w", err)}
	}
	if len(data) >= hugeBody {
		// A body of unknown length was read in pieces and then copied
		// whole, and a transcoded one was copied again: as much garbage
		// as the feed, or twice. Should the collector see it live, it
		// lets the heap grow to twice that before it looks again. Given
		// back now, once per huge feed (a pause of milliseconds), it
		// never adds to the peak of parsing and storing the feed.
		debug.FreeOSMemory()
	}
	r, err := p.readItems(ctx, f, data, resp.URL)
	if err != nil {
		return FeedResult{Err: err}
	}
	// Validators are kept only once the articles are safely stored, so a
	// failed store is retried in full next time.
	f.ETag, f.LastModified = resp.ETag, resp.LastModified
	if r.skipped == 0 {
		r.remember()
	}
	return FeedResult{Status: StatusOK, New: r.added, Updated: r.updated, Repaired: r.repaired, Skipped: r.skipped}
}

// readItems parses a feed document in UTF-8 and stores its new and changed
// items, the newest Config.MaxItems of them. A feed of many items is read
// a chunk at a time (see readCut); others, and those that cannot be cut
// into items, are parsed whole.
func (p *Poller) readItems(ctx context.Context, f *news.Feed, data []byte, feedURL string) (readResult, error) {
	if c, ok := cutItems(data, p.itemChunk); ok {
		r, err := p.readCut(ctx, f, c, feedURL)
		if !errors.Is(err, errNotCut) {
			return r, err
		}
	}
	var r readResult
	pf, err := parseUTF8(data)
	if err != nil && !errors.As(err, &r.repaired) {
		return r, err
	}
	p.parsed(len(pf.Items))
	pf, r.remember = p.seen.unseen(f.ID, pf)
	arts := Normalize(*f, pf, feedURL, p.now())
	if len(arts) == 0 && len(pf.Items) > 0 {
		return r, errNoUsableItems
	}
	arts, r.skipped = newest(arts, p.cfg.MaxItems)
	if err := p.markBackCatalogue(ctx, *f, arts); err != nil {
		return r, err
	}
	fresh, err := p.selectFresh(ctx, arts)
	if err != nil {
		return r, err
	}
	r.added, r.updated, err = p.enrichAndSave(ctx, f, sliceChunks(fresh))
	return r, err
}

// selectFresh keeps the articles the store does not hold unchanged.
func (p *Poller) selectFresh(ctx context.Context, arts []news.Article) ([]news.Article, error) {
	if len(arts) == 0 {
		return nil, nil
	}
	flags, err := p.store.NewOrChanged(ctx, arts)
	if err != nil {
		return nil, err
	}
	fresh := arts[:0]
	for i, a := range arts {
		if flags[i] {
			fresh = append(fresh, a)
		}
	}
	return fresh, nil
}

// recordSuccess resets the failure state and schedules the next fetch.
func recordSuccess(f *news.Feed, status string, now time.Time, interval time.Duration) {
	f.LastStatus = status
	f.LastError = ""
	f.ConsecutiveFailures = 0
	f.FirstFailureAt = time.Time{}
	f.NextFetchAt = now.Add(jitter(interval))
}

// recordFailure counts a failure, backs off exponentially (honouring a
// server's Retry-After) and disables a feed that has failed for DisableAfter.
func recordFailure(f *news.Feed, err error, now time.Time, interval time.Duration) {
	f.LastStatus = StatusFailed
	f.LastError = err.Error()
	f.ConsecutiveFailures++
	if f.FirstFailureAt.IsZero() {
		f.FirstFailureAt = now
	}
	wait := backoff(interval, f.ConsecutiveFailures)
	var se *StatusError
	if errors.As(err, &se) && se.RetryAfter > 0 {
		wait = max(wait, min(se.RetryAfter, maxRetryAfter))
	}
	f.NextFetchAt = now.Add(wait)
	if now.Sub(f.FirstFailureAt) >= DisableAfter {
		f.Enabled = false
		f.DisabledReason = fmt.Sprintf("failing since %s (%d attempts): %s",
			f.FirstFailureAt.Format("2006-01-02 15:04 MST"), f.ConsecutiveFailures, f.LastError)
	}
}

// backoff doubles the wait with each consecutive failure, up to maxBackoff.
func backoff(interval time.Duration, failures int) time.Duration {
	wait := interval
	for i := 1; i < failures && wait < maxBackoff; i++ {
		wait *= 2
	}
	return jitter(min(wait, maxBackoff))
}

// jitter spreads d by ±10% so feeds added together do not stay in step.
func jitter(d time.Duration) time.Duration {
	spread := int64(d) / 10
	if spread <= 0 {
		return d
	}
	return d + time.Duration(rand.Int64N(2*spread+1)-spread)
}

func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	return strings.ToLower(u.Host)
}

// interleaveHosts orders feeds round-robin by host, so that workers waiting
// for one busy host's slots are the exception.
func interleaveHosts(feeds []news.Feed) []news.Feed {
	byHost := make(map[string][]news.Feed)
	var hosts []string
	for _, f := range feeds {
		h := hostOf(f.URL)
		if byHost[h] == nil {
			hosts = append(hosts, h)
		}
		byHost[h] = append(byHost[h], f)
	}
	out := make([]news.Feed, 0, len(feeds))
	for len(out) < len(feeds) {
		for _, h := range hosts {
			if q := byHost[h]; len(q) > 0 {
				out = append(out, q[0])
				byHost[h] = q[1:]
			}
		}
	}
	return out
}
