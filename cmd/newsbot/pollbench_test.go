package main

// The poll benchmark measures what a user of `poll -once` and `run` gets:
// feeds built from the shared corpus (real bodies, unique links and
// titles), served by a local HTTP server, read by the real poller with
// analysis and story grouping, stored in SQLite. Beside it, two baselines
// run the same feeds: a floor that only fetches and parses (what no feed
// reader can beat), and a peer that fetches one feed after another, parses
// it and stores new items without analysis, as a simple RSS-to-chat bot
// does.
//
//	go test -run '^$' -bench 'Poll/feeds=200' -benchtime 1x ./cmd/newsbot/
//	go test -run '^$' -bench 'Poll/feeds=1000' -benchtime 1x -timeout 60m ./cmd/newsbot/
//
// With NEWSBOT_TEST_DATABASE=postgres the newsbot targets store into a
// throwaway PostgreSQL (internal/pgtest) instead, and the CPU reported
// includes the server's.

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"html"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/newsbot/newsbot/internal/analyze"
	"github.com/newsbot/newsbot/internal/config"
	"github.com/newsbot/newsbot/internal/ingest"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/pgtest"
	"github.com/newsbot/newsbot/internal/sharedtest"
)

// benchItemsPerFeed is how many items every benchmark feed carries.
const benchItemsPerFeed = 20

// corpusItem is one real article from the shared corpus.
type corpusItem struct{ title, body string }

var (
	corpusOnce  sync.Once
	corpusItems []corpusItem
)

// loadBenchCorpus reads every corpus feed once and keeps the items with a
// title and a body of some length.
func loadBenchCorpus(tb testing.TB) []corpusItem {
	tb.Helper()
	dir := sharedtest.FeedsDir(tb)
	corpusOnce.Do(func() {
		files, _ := filepath.Glob(filepath.Join(dir, "*.xml"))
		for _, path := range files {
			data, err := os.ReadFile(path)
			if err != nil {
				continue
			}
			pf, err := ingest.ParseFeed(data, "")
			if pf == nil || (err != nil && pf.Items == nil) {
				continue
			}
			for _, a := range ingest.Normalize(news.Feed{URL: "https://corpus.example/"}, pf, "https://corpus.example/", time.Now()) {
				if a.Title != "" && len(a.Body) >= 200 {
					corpusItems = append(corpusItems, corpusItem{title: a.Title, body: a.Body})
				}
			}
		}
	})
	if len(corpusItems) < 100 {
		tb.Fatalf("only %d usable corpus items in %s", len(corpusItems), dir)
	}
	return corpusItems
}

// benchFeedServer serves feeds /f/0 … /f/n-1. Feed f at version v carries
// items v-1 … v+18, newest first, so moving every feed to the next version
// adds exactly one new item per feed. The ETag is the version, so an
// unchanged feed answers 304.
type benchFeedServer struct {
	*httptest.Server
	corpus  []corpusItem
	base    time.Time
	version atomic.Int64
	items   int
}

func newBenchFeedServer(tb testing.TB, items int) *benchFeedServer {
	s := &benchFeedServer{corpus: loadBenchCorpus(tb), base: time.Now().UTC().Add(-time.Hour), items: items}
	s.version.Store(1)
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	tb.Cleanup(s.Close)
	return s
}

func (s *benchFeedServer) serve(w http.ResponseWriter, r *http.Request) {
	feed, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/f/"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	v := int(s.version.Load())
	etag := fmt.Sprintf(`"v%d"`, v)
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", etag)
	w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
	_, _ = io.WriteString(w, s.render(feed, v)) // a client gone away is its own affair
}

// render writes feed f at version v as RSS 2.0.
func (s *benchFeedServer) render(f, v int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Outlet %d</title><link>https://outlet%d.example/</link>`, f, f)
	for k := v + s.items - 2; k >= v-1; k-- {
		// Bodies are spread so that neighbouring feeds carry different
		// articles, as different outlets do.
		it := s.corpus[(f*7919+k*104729)%len(s.corpus)]
		fmt.Fprintf(&b, `<item><title>%s (%d.%d)</title><link>https://outlet%d.example/news/%d</link><guid>o%d-%d</guid><pubDate>%s</pubDate><description><![CDATA[`,
			html.EscapeString(it.title), f, k, f, k, f, k, s.base.Add(time.Duration(k)*time.Minute).Format(time.RFC1123Z))
		for _, p := range strings.Split(it.body, "\n") {
			if p = strings.TrimSpace(p); p != "" {
				b.WriteString("<p>" + strings.ReplaceAll(html.EscapeString(p), "]]>", "]] >") + "</p>")
			}
		}
		b.WriteString(`]]></description></item>`)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

func (s *benchFeedServer) feedURLs(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s/f/%d", s.URL, i)
	}
	return out
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// maxRSS is the process's peak resident set size so far, in bytes.
func maxRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Maxrss << 10 // kilobytes on Linux
}

// measure runs f once and returns its wall time, CPU time and the peak
// memory the Go runtime held from the OS meanwhile.
func measure(f func() error) (wall, cpu time.Duration, peakSys uint64, err error) {
	// What an earlier pass left is given back, so the peak is this pass's.
	debug.FreeOSMemory()
	// NEWSBOT_BENCH_HEAPPROFILE=FILE keeps a heap profile taken near the
	// measured pass's peak heap.
	heapPath := os.Getenv("NEWSBOT_BENCH_HEAPPROFILE")
	var heapProfile bytes.Buffer
	var peakHeap uint64
	if heapPath != "" {
		defer func() { _ = os.WriteFile(heapPath, heapProfile.Bytes(), 0o644) }()
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		for {
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			peakSys = max(peakSys, m.Sys-m.HeapReleased)
			if heapPath != "" && m.HeapAlloc > peakHeap+16<<20 {
				// The profile shows the heap as of the last collection:
				// close to, not exactly at, the peak.
				peakHeap = m.HeapAlloc
				heapProfile.Reset()
				_ = pprof.Lookup("heap").WriteTo(&heapProfile, 0)
			}
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}()
	// NEWSBOT_BENCH_CPUPROFILE=FILE profiles the measured pass only.
	if path := os.Getenv("NEWSBOT_BENCH_CPUPROFILE"); path != "" {
		if out, perr := os.Create(path); perr == nil {
			if pprof.StartCPUProfile(out) == nil {
				defer func() { pprof.StopCPUProfile(); out.Close() }()
			}
		}
	}
	c0, t0 := cpuTime(), time.Now()
	err = f()
	wall, cpu = time.Since(t0), cpuTime()-c0
	close(stop)
	wg.Wait()
	return wall, cpu, peakSys, err
}

// countingWriter counts the bytes written to it.
type countingWriter int64

func (c *countingWriter) Write(p []byte) (int, error) {
	*c += countingWriter(len(p))
	return len(p), nil
}

// pollStats accumulates a benchmark's figures over its iterations.
type pollStats struct {
	wall, cpu time.Duration
	peakSys   uint64
	articles  int
	n         int
}

func (s *pollStats) add(wall, cpu time.Duration, peak uint64, articles int) {
	s.wall += wall
	s.cpu += cpu
	s.peakSys = max(s.peakSys, peak)
	s.articles += articles
	s.n++
}

func (s *pollStats) report(b *testing.B) {
	if s.n == 0 {
		return
	}
	b.ReportMetric(s.wall.Seconds()/float64(s.n), "s/poll")
	b.ReportMetric(s.cpu.Seconds()/float64(s.n), "cpu-s/poll")
	b.ReportMetric(s.cpu.Seconds()/s.wall.Seconds(), "cores")
	b.ReportMetric(float64(s.peakSys)/(1<<20), "peak-MB")
	if s.articles > 0 {
		b.ReportMetric(float64(s.articles)/s.wall.Seconds(), "articles/s")
		b.ReportMetric(float64(s.cpu.Microseconds())/float64(s.articles), "cpu-µs/article")
	}
	// ns/op would repeat s/poll with set-up included; leave it out.
	b.ReportMetric(0, "ns/op")
}

// pollTarget is one program polling the benchmark feeds: newsbot, the
// peer or the floor.
type pollTarget interface {
	// poll reads every feed once and returns how many new articles it stored.
	poll(ctx context.Context) (int, error)
}

// benchOnPostgres reports whether the newsbot targets store into PostgreSQL.
func benchOnPostgres() bool { return os.Getenv("NEWSBOT_TEST_DATABASE") == "postgres" }

// newsbotTarget is the real poller of `poll -once`, analysis included.
type newsbotTarget struct{ p *ingest.Poller }

// newNewsbotTarget sets up `poll -once` over urls. Without stories, the
// analyzer runs but the story step does not: what ingest costs apart from
// the same-story index. mod, when set, adjusts the configuration.
func newNewsbotTarget(b *testing.B, urls []string, stories bool, mod func(*config.Config)) *newsbotTarget {
	b.Helper()
	ctx := context.Background()
	cfg := config.Default()
	cfg.Database.Path = filepath.Join(b.TempDir(), "bench.db")
	if benchOnPostgres() {
		cfg.Database.URL = pgtest.URL(b)
	}
	// The local server stands in for as many hosts as there are feeds.
	cfg.Poll.PerHost = cfg.Poll.Concurrency
	if mod != nil {
		mod(&cfg)
	}
	e := &env{getenv: func(string) string { return "" }, stdout: io.Discard, stderr: io.Discard,
		cfg: cfg, log: slog.New(slog.DiscardHandler)}
	db, err := e.openDB(ctx)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	for _, u := range urls {
		if _, err := db.AddFeed(ctx, news.Feed{URL: u}); err != nil {
			b.Fatal(err)
		}
	}
	if !stories {
		an := analyze.New()
		p, err := ingest.NewPoller(ingest.Config{
			Store: db, Concurrency: cfg.Poll.Concurrency, PerHost: cfg.Poll.PerHost,
			Timeout: cfg.Poll.Timeout.D(), MaxBody: int64(cfg.Poll.MaxBody), MaxItems: cfg.Poll.MaxItems,
			Enrich: func(a *news.Article) {
				a.Analysis = an.Analyze(analyze.Input{Title: a.Title, Body: a.Body, Lang: a.Lang, Source: a.Source, URL: a.URL, Published: a.PublishedAt})
				a.AnalyzedAt = time.Now().UTC()
			},
		})
		if err != nil {
			b.Fatal(err)
		}
		return &newsbotTarget{p: p}
	}
	p, _, err := newPoller(ctx, e, db, nil)
	if err != nil {
		b.Fatal(err)
	}
	return &newsbotTarget{p: p}
}

func (t *newsbotTarget) poll(ctx context.Context) (int, error) {
	rep, err := t.p.PollOnce(ctx)
	if err != nil {
		return 0, err
	}
	if rep.Failed > 0 {
		for _, r := range rep.Feeds {
			if r.Err != nil {
				return 0, fmt.Errorf("%d feeds failed, first %s: %w", rep.Failed, r.Label(), r.Err)
			}
		}
	}
	return rep.New, nil
}

// feedState is a baseline's conditional-GET memory of one feed.
type feedState struct{ url, etag string }

// fetchParse is what every baseline does per feed: a conditional GET and
// gofeed's parse. It returns nil items for a 304.
func fetchParse(ctx context.Context, c *http.Client, fp *gofeed.Parser, st *feedState) ([]*gofeed.Item, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, st.url, nil)
	if err != nil {
		return nil, err
	}
	if st.etag != "" {
		req.Header.Set("If-None-Match", st.etag)
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified {
		return nil, nil
	}
	f, err := fp.Parse(resp.Body)
	if err != nil {
		return nil, err
	}
	st.etag = resp.Header.Get("ETag")
	return f.Items, nil
}

// floorTarget fetches and parses with newsbot's concurrency and stores
// nothing: the least work any reader of these feeds must do.
type floorTarget struct {
	feeds   []feedState
	workers int
	client  *http.Client
}

func newFloorTarget(urls []string, workers int) *floorTarget {
	t := &floorTarget{workers: workers, client: &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: workers}}}
	for _, u := range urls {
		t.feeds = append(t.feeds, feedState{url: u})
	}
	return t
}

func (t *floorTarget) poll(ctx context.Context) (int, error) {
	var next, items atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, t.workers)
	for range t.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fp := gofeed.NewParser()
			for i := int(next.Add(1) - 1); i < len(t.feeds); i = int(next.Add(1) - 1) {
				its, err := fetchParse(ctx, t.client, fp, &t.feeds[i])
				if err != nil {
					errs <- err
					return
				}
				items.Add(int64(len(its)))
			}
		}()
	}
	wg.Wait()
	close(errs)
	return int(items.Load()), <-errs
}

// peerTarget fetches one feed after another, parses it, and stores the
// items whose link it has not seen, one transaction per feed, without
// analysis: the shape of a typical RSS-to-Telegram bot.
type peerTarget struct {
	feeds  []feedState
	db     *sql.DB
	client *http.Client
}

func newPeerTarget(b *testing.B, urls []string) *peerTarget {
	b.Helper()
	db, err := sql.Open("sqlite3", "file:"+filepath.Join(b.TempDir(), "peer.db")+"?_journal_mode=WAL&_synchronous=NORMAL&_busy_timeout=10000")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	if _, err := db.Exec(`CREATE TABLE items (link TEXT PRIMARY KEY, feed TEXT, title TEXT, body TEXT, published TEXT)`); err != nil {
		b.Fatal(err)
	}
	t := &peerTarget{db: db, client: &http.Client{}}
	for _, u := range urls {
		t.feeds = append(t.feeds, feedState{url: u})
	}
	return t
}

func (t *peerTarget) poll(ctx context.Context) (int, error) {
	fp := gofeed.NewParser()
	stored := 0
	for i := range t.feeds {
		items, err := fetchParse(ctx, t.client, fp, &t.feeds[i])
		if err != nil {
			return stored, err
		}
		if len(items) == 0 {
			continue
		}
		n, err := t.store(ctx, t.feeds[i].url, items)
		if err != nil {
			return stored, err
		}
		stored += n
	}
	return stored, nil
}

func (t *peerTarget) store(ctx context.Context, feed string, items []*gofeed.Item) (int, error) {
	tx, err := t.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	n := 0
	for _, it := range items {
		var seen int
		err := tx.QueryRowContext(ctx, `SELECT count(*) FROM items WHERE link = ?`, it.Link).Scan(&seen)
		if err != nil {
			return 0, err
		}
		if seen > 0 {
			continue
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO items (link, feed, title, body, published) VALUES (?, ?, ?, ?, ?)`,
			it.Link, feed, it.Title, it.Description, it.Published); err != nil {
			return 0, err
		}
		n++
	}
	return n, tx.Commit()
}

// BenchmarkPoll reports cold (every item new), warm (every feed answers
// 304) and steady state (one new item per feed) at 200 and 1 000 feeds of
// 20 items: wall and CPU seconds per pass, cores used, articles stored per
// second and CPU per article, and the peak memory held from the OS. In
// steady state the peer and the floor run the same pass for comparison.
func BenchmarkPoll(b *testing.B) {
	for _, feeds := range []int{200, 1000} {
		b.Run(fmt.Sprintf("feeds=%d", feeds), func(b *testing.B) {
			for _, phase := range []string{"cold", "warm", "steady"} {
				b.Run(phase, func(b *testing.B) {
					targets := []string{"newsbot"}
					if phase != "warm" {
						targets = append(targets, "newsbot-nostory", "peer", "floor")
					}
					for _, name := range targets {
						b.Run(name, func(b *testing.B) { benchPollPhase(b, feeds, phase, name) })
					}
				})
			}
		})
	}
}

func benchPollPhase(b *testing.B, feeds int, phase, name string) {
	ctx := context.Background()
	var st pollStats
	for i := 0; i < b.N; i++ {
		srv := newBenchFeedServer(b, benchItemsPerFeed)
		urls := srv.feedURLs(feeds)
		var t pollTarget
		switch name {
		case "newsbot":
			t = newNewsbotTarget(b, urls, true, nil)
		case "newsbot-nostory":
			t = newNewsbotTarget(b, urls, false, nil)
		case "peer":
			t = newPeerTarget(b, urls)
		case "floor":
			t = newFloorTarget(urls, config.Default().Poll.Concurrency)
		}
		if phase != "cold" {
			if _, err := t.poll(ctx); err != nil {
				b.Fatal(err)
			}
		}
		if phase == "steady" {
			srv.version.Add(1)
		}
		var n int
		dbCPU := pgtest.ServerCPU()
		wall, cpu, peak, err := measure(func() (err error) {
			n, err = t.poll(ctx)
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
		// On PostgreSQL the database's work is done in its own processes.
		cpu += pgtest.ServerCPU() - dbCPU
		want := map[string]int{"cold": feeds * benchItemsPerFeed, "warm": 0, "steady": feeds}[phase]
		if name != "floor" && n != want {
			b.Fatalf("%s %s pass stored %d articles, want %d", name, phase, n, want)
		}
		if name == "floor" {
			n = want // the floor stores nothing; its rate is per article read
		}
		st.add(wall, cpu, peak, n)
	}
	st.report(b)
}

// BenchmarkPollHugeFeed polls one feed of 100 000 short items (corpus
// titles and first sentences, unique links) through the whole path of
// `poll -once`: HTTP fetch, parse, analysis, story index, SQLite in a
// file. Two settings: the default poll.max_items, which stores the newest
// 500 and counts the rest, and max_items raised to store them all. It
// reports wall and CPU time, the peak memory held from the OS and the
// process's peak RSS.
// The server writes the feed as it goes, as a server in another process
// would, so that the peak is newsbot's own and not a copy of the feed.
//
//	go test -run '^$' -bench 'PollHugeFeed/max_items=500/newsbot$' -benchtime 1x ./cmd/newsbot/
//	go test -run '^$' -bench 'PollHugeFeed/max_items=100000/newsbot$' -benchtime 1x ./cmd/newsbot/
func BenchmarkPollHugeFeed(b *testing.B) {
	const items = 100_000
	corpus := loadBenchCorpus(b)
	base := time.Now().UTC().Add(-time.Hour)
	// Write errors (a client gone away) are the client's affair.
	writeFeed := func(w io.Writer) {
		_, _ = io.WriteString(w, `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Archive</title><link>https://archive.example/</link>`)
		for k := range items {
			it := corpus[(k*104729)%len(corpus)]
			lead, _, _ := strings.Cut(it.body, "\n")
			if len(lead) > 300 {
				lead = lead[:strings.LastIndexByte(lead[:300], ' ')+1]
			}
			fmt.Fprintf(w, `<item><title>%s (%d)</title><link>https://archive.example/%d</link><guid>a%d</guid><pubDate>%s</pubDate><description>%s</description></item>`,
				html.EscapeString(it.title), k, k, k, base.Add(-time.Duration(k)*time.Minute).Format(time.RFC1123Z), html.EscapeString(lead))
		}
		_, _ = io.WriteString(w, `</channel></rss>`)
	}
	var size countingWriter
	writeFeed(&size)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		bw := bufio.NewWriterSize(w, 64<<10)
		writeFeed(bw)
		_ = bw.Flush()
	}))
	defer srv.Close()
	// The default reads the newest 500 and counts the rest; an operator
	// who raises max_items to the feed's length stores every item.
	for _, maxItems := range []int{config.Default().Poll.MaxItems, items} {
		b.Run(fmt.Sprintf("max_items=%d", maxItems), func(b *testing.B) {
			for _, name := range []string{"newsbot", "newsbot-nostory"} {
				b.Run(name, func(b *testing.B) {
					var st pollStats
					for range b.N {
						t := newNewsbotTarget(b, []string{srv.URL + "/archive"}, name == "newsbot", func(c *config.Config) {
							c.Poll.MaxItems = maxItems
							c.Poll.MaxBody = config.Size(int(size) + 1<<20)
							c.Poll.Timeout = config.Duration(10 * time.Minute)
						})
						var n int
						wall, cpu, peak, err := measure(func() (err error) {
							n, err = t.poll(context.Background())
							return err
						})
						if err != nil {
							b.Fatal(err)
						}
						if n != maxItems {
							b.Fatalf("stored %d items, want the newest %d of %d", n, maxItems, items)
						}
						st.add(wall, cpu, peak, n)
					}
					st.report(b)
					b.ReportMetric(float64(size)/(1<<20), "feed-MB")
					// The process's high-water mark since it started: run one
					// sub-benchmark per process for it to be this one's.
					b.ReportMetric(float64(maxRSS())/(1<<20), "maxrss-MB")
				})
			}
		})
	}
}
