package ingest_test

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/ingest"
	"github.com/newsbot/newsbot/internal/news"
)

// rssOf renders items (title, RFC 1123 date or "") as RSS with GUIDs and links.
func rssOf(items [][2]string) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://t.example/</link>`)
	for _, it := range items {
		fmt.Fprintf(&b, `<item><title>%s</title><link>https://t.example/%s</link><guid>%s</guid>`, it[0], it[0], it[0])
		if it[1] != "" {
			fmt.Fprintf(&b, `<pubDate>%s</pubDate>`, it[1])
		}
		fmt.Fprintf(&b, `<description>Text of %s, long enough to be read as a body.</description></item>`, it[0])
	}
	b.WriteString(`</channel></rss>`)
	return b.Bytes()
}

func TestMaxItemsReadsTheNewestAndCountsTheRest(t *testing.T) {
	// February: every date is before the harness clock (2 March), so none is
	// an implausible future date read as undated.
	day := func(d int) string { return time.Date(2026, 2, d, 8, 0, 0, 0, time.UTC).Format(time.RFC1123Z) }
	// dN is the Nth newest, listed out of order as some feeds do.
	shuffled := rssOf([][2]string{{"d3", day(3)}, {"d1", day(28)}, {"d5", day(1)}, {"d2", day(27)}, {"d4", day(2)}})
	// An undated item carries the time it was first seen, which is no age:
	// the dated news is read first.
	mixed := rssOf([][2]string{{"u1", ""}, {"d1", day(28)}, {"u2", ""}, {"d2", day(27)}})
	tests := []struct {
		name        string
		feed        []byte
		maxItems    int
		wantTitles  []string
		wantSkipped int
	}{
		{"two newest", shuffled, 2, []string{"d1", "d2"}, 3},
		{"all fit", shuffled, 5, []string{"d1", "d2", "d3", "d4", "d5"}, 0},
		{"dated before undated", mixed, 3, []string{"d1", "d2", "u1"}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(serveBytes(tc.feed))
			defer srv.Close()
			h := newHarness(t)
			h.addFeed(t, srv.URL)
			p := h.poller(t, func(c *ingest.Config) { c.MaxItems = tc.maxItems })
			rep := h.pollOnce(t, p)
			var got []string
			for _, a := range h.articles(t) {
				got = append(got, a.Title)
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.wantTitles) {
				t.Errorf("stored %v, want %v", got, tc.wantTitles)
			}
			if rep.Skipped != tc.wantSkipped || rep.Feeds[0].Skipped != tc.wantSkipped {
				t.Errorf("left out %d (feed %d), want %d", rep.Skipped, rep.Feeds[0].Skipped, tc.wantSkipped)
			}
		})
	}
}

// TestPrunedItemsStillInTheFeedAreNotNewAgain is retention's promise: an
// item pruned from the store while its feed still lists it is not stored
// again as new news.
func TestPrunedItemsStillInTheFeedAreNotNewAgain(t *testing.T) {
	items := [][2]string{{"a", ""}, {"b", ""}, {"c", ""}}
	var mu sync.Mutex
	body := rssOf(items)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		w.Write(body) // no validators: every poll reads the whole feed
	}))
	defer srv.Close()
	h := newHarness(t)
	h.addFeed(t, srv.URL)
	p := h.poller(t, nil)
	if rep := h.pollOnce(t, p); rep.New != 3 {
		t.Fatalf("first poll stored %d, want 3", rep.New)
	}
	h.clock.Add(100 * 24 * time.Hour)
	pruned, err := h.db.PruneArticles(context.Background(), h.clock.Now().Add(-90*24*time.Hour), 0)
	if err != nil || pruned != 3 {
		t.Fatalf("pruned %d (err %v), want 3", pruned, err)
	}
	if rep := h.pollOnce(t, p); rep.New != 0 || h.count(t) != 0 {
		t.Fatalf("poll after pruning: %d new, %d stored; want nothing stored again", rep.New, h.count(t))
	}
	mu.Lock()
	body = rssOf(append(items, [2]string{"d", ""}))
	mu.Unlock()
	if rep := h.pollOnce(t, p); rep.New != 1 || h.count(t) != 1 {
		t.Fatalf("poll with one new item: %d new, %d stored; want 1", rep.New, h.count(t))
	}
}

// TestStoringAHugeFeedLeavesTheStoreResponsive is issue 9's lock test:
// while a 40 000-item feed is stored (10 000 under -race), what /countries
// does to the store (read the chat's subscription, write its countries)
// keeps being answered within 2 s and never fails with "database is
// locked". The bound is the issue's, generous against the milliseconds one
// batch holds the lock.
func TestStoringAHugeFeedLeavesTheStoreResponsive(t *testing.T) {
	if testing.Short() {
		t.Skip("stores 40 000 articles")
	}
	// Under the race detector, which makes parsing and analysis about 20
	// times slower, the feed is 10 000 items: still 50 write batches, and
	// still dozens of /countries operations while they are stored.
	items := 40_000
	if ingest.RaceEnabled {
		items = 10_000
	}
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Archive</title><link>https://big.example/</link>`)
	for i := range items {
		fmt.Fprintf(&b, `<item><title>Item %d</title><link>https://big.example/%d</link><guid>g%d</guid><description>Text of item %d.</description></item>`, i, i, i, i)
	}
	b.WriteString(`</channel></rss>`)
	srv := httptest.NewServer(serveBytes(b.Bytes()))
	defer srv.Close()
	h := newHarness(t)
	h.addFeed(t, srv.URL)
	ctx := context.Background()
	const chat = 42
	if err := h.db.SaveSubscriber(ctx, news.Subscriber{ChatID: chat, Preferences: news.Preferences{Countries: []string{"KZ"}}}); err != nil {
		t.Fatal(err)
	}
	var storing atomic.Bool
	p := h.poller(t, func(c *ingest.Config) {
		c.MaxItems = items
		c.MaxBody = 64 << 20
		c.Timeout = time.Minute
		// The first article reaching analysis means the feed is read;
		// storing follows.
		c.Enrich = func(*news.Article) { storing.Store(true) }
	})

	done := make(chan struct{})
	type result struct {
		ops, during int
		slowest     time.Duration
		err         error
	}
	res := make(chan result, 1)
	go func() {
		var r result
		codes := [][]string{{"KZ"}, {"TJ", "UZ"}}
		for i := 0; ; i++ {
			select {
			case <-done:
				res <- r
				return
			default:
			}
			start := time.Now()
			s, err := h.db.Subscriber(ctx, chat)
			if err == nil {
				s.Countries = codes[i%2]
				err = h.db.SaveSubscriber(ctx, s)
			}
			d := time.Since(start)
			if err != nil && r.err == nil {
				r.err = err
			}
			r.slowest = max(r.slowest, d)
			r.ops++
			if storing.Load() {
				r.during++
			}
			time.Sleep(20 * time.Millisecond)
		}
	}()
	rep := h.pollOnce(t, p)
	close(done)
	r := <-res
	if rep.New != items || rep.Failed != 0 {
		t.Fatalf("stored %d new (failed %d: %v), want %d", rep.New, rep.Failed, rep.Feeds[0].Err, items)
	}
	if r.err != nil {
		t.Errorf("a /countries store operation failed while the feed was stored: %v", r.err)
	}
	if r.slowest > 2*time.Second {
		t.Errorf("slowest /countries store operation took %s of %d, want under 2s", r.slowest, r.ops)
	}
	if r.during < 3 {
		t.Fatalf("only %d operations ran while the feed was stored; the test proves nothing", r.during)
	}
	t.Logf("%d operations (%d while storing), slowest %s", r.ops, r.during, r.slowest)
}

// TestSecondPollSkipsOnlyWhatIsUnchanged checks that skipping the items a
// feed served unchanged last time changes no outcome: each second poll
// gives the same new and updated counts and the same stored articles as a
// poller that remembers nothing.
func TestSecondPollSkipsOnlyWhatIsUnchanged(t *testing.T) {
	type item struct{ guid, link, title, text string }
	render := func(items []item) []byte {
		var b bytes.Buffer
		b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://t.example/</link>`)
		for _, it := range items {
			fmt.Fprintf(&b, `<item><title>%s</title><link>https://t.example/%s</link><guid>%s</guid><description>%s</description></item>`,
				it.title, it.link, it.guid, it.text)
		}
		b.WriteString(`</channel></rss>`)
		return b.Bytes()
	}
	first := []item{
		{"a", "a", "Alpha", "Text of alpha, the first story."},
		{"b", "b", "Beta", "Text of beta, the second story."},
		{"c", "c", "Gamma", "Text of gamma, the third story."},
	}
	tests := []struct {
		name   string
		second []item
	}{
		{"one new", append(slices.Clone(first), item{"d", "d", "Delta", "Text of delta, a new story."})},
		{"one changed", []item{first[0], {"b", "b", "Beta", "Text of beta, corrected."}, first[2]}},
		{"a new item repeats a known GUID", append(slices.Clone(first), item{"a", "a2", "Alpha again", "Another text under alpha's GUID."})},
		{"a new item shares a known link", append(slices.Clone(first), item{"e", "a", "Epsilon", "A different story at alpha's address."})},
		{"nothing new", first},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got [2]ingest.Report
			var stored [2][]string
			for k, remembers := range []bool{true, false} {
				var mu sync.Mutex
				body := render(first)
				srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					mu.Lock()
					defer mu.Unlock()
					w.Write(body)
				}))
				h := newHarness(t)
				h.addFeed(t, srv.URL)
				p := h.poller(t, nil)
				h.pollOnce(t, p)
				if !remembers {
					p = h.poller(t, nil)
				}
				mu.Lock()
				body = render(tc.second)
				mu.Unlock()
				got[k] = h.pollOnce(t, p)
				for _, a := range h.articles(t) {
					stored[k] = append(stored[k], a.GUID+"|"+a.Title+"|"+a.Body)
				}
				slices.Sort(stored[k])
				srv.Close()
			}
			if got[0].New != got[1].New || got[0].Updated != got[1].Updated || !slices.Equal(stored[0], stored[1]) {
				t.Errorf("remembering poller: %d new, %d updated, stored %q\nfresh poller:      %d new, %d updated, stored %q",
					got[0].New, got[0].Updated, stored[0], got[1].New, got[1].Updated, stored[1])
			}
		})
	}
}

// TestAPanicInParallelAnalysisFailsOnlyThatFeed: a
// feed's many new items are analysed in parallel, and should analysis
// panic on one of them the feed fails with an error while the process and
// the other feeds go on.
func TestAPanicInParallelAnalysisFailsOnlyThatFeed(t *testing.T) {
	items := make([][2]string, 300)
	for i := range items {
		items[i] = [2]string{fmt.Sprint("item", i), ""}
	}
	big := httptest.NewServer(serveBytes(rssOf(items)))
	defer big.Close()
	small := httptest.NewServer(serveBytes(rssOf([][2]string{{"one", ""}})))
	defer small.Close()
	h := newHarness(t)
	h.addFeed(t, big.URL)
	h.addFeed(t, small.URL)
	var analysed atomic.Int64
	p := h.poller(t, func(c *ingest.Config) {
		c.Enrich = func(a *news.Article) {
			analysed.Add(1)
			if a.Title == "item150" {
				panic("analysis bug")
			}
		}
	})
	rep := h.pollOnce(t, p)
	for _, r := range rep.Feeds {
		switch r.Feed.URL {
		case big.URL:
			if r.Err == nil || !strings.Contains(r.Err.Error(), "analysis bug") {
				t.Errorf("the feed whose analysis panicked: err %v, want the panic reported", r.Err)
			}
		case small.URL:
			if r.Err != nil || r.New != 1 {
				t.Errorf("the other feed: err %v, %d new; want 1 new", r.Err, r.New)
			}
		}
	}
	if analysed.Load() < 2 {
		t.Errorf("analysed %d articles", analysed.Load())
	}
}
