package ingest_test

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/ingest"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/sharedtest"
)

// parseWatch records how many items gofeed read at each parse.
type parseWatch struct {
	mu    sync.Mutex
	sizes []int
}

func (w *parseWatch) add(n int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.sizes = append(w.sizes, n)
}

func (w *parseWatch) largest() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return slices.Max(append([]int{0}, w.sizes...))
}

func (w *parseWatch) total() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	n := 0
	for _, s := range w.sizes {
		n += s
	}
	return n
}

// TestHugeFeedIsReadAChunkAtATime is the bounded-memory promise for a
// feed of many items: gofeed never holds more than a chunk of its items,
// every item is read once to rank it and only the newest poll.max_items a
// second time, and what is stored is what poll.max_items asks for.
func TestHugeFeedIsReadAChunkAtATime(t *testing.T) {
	const items, chunk, maxItems = 3000, 64, 100
	base := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
	var feed [][2]string
	for i := range items {
		date := ""
		if i%10 != 3 { // every tenth item undated: ranked after the dated ones
			// Spread out of order, so the newest are not the first listed.
			date = base.Add(time.Duration((i*7919)%items) * time.Minute).Format(time.RFC1123Z)
		}
		feed = append(feed, [2]string{fmt.Sprintf("i%04d", i), date})
	}
	srv := httptest.NewServer(serveBytes(rssOf(feed)))
	defer srv.Close()
	h := newHarness(t)
	h.addFeed(t, srv.URL)
	var enriched atomic.Int64 // Enrich runs on several workers
	p := h.poller(t, func(c *ingest.Config) {
		c.MaxItems = maxItems
		c.MaxBody = 16 << 20
		c.Enrich = func(*news.Article) { enriched.Add(1) }
	})
	var w parseWatch
	ingest.SetItemChunk(p, chunk, w.add)

	rep := h.pollOnce(t, p)
	if rep.Failed > 0 {
		t.Fatalf("poll failed: %v", rep.Feeds[0].Err)
	}
	if got := w.largest(); got > chunk {
		t.Errorf("gofeed read %d items at once, want at most %d", got, chunk)
	}
	if got, want := w.total(), items+maxItems; got != want {
		t.Errorf("gofeed read %d items in all, want %d (each once, the kept ones twice)", got, want)
	}
	if enriched.Load() != maxItems || rep.New != maxItems || rep.Skipped != items-maxItems {
		t.Errorf("analysed %d, stored %d, left out %d; want %d, %d, %d", enriched.Load(), rep.New, rep.Skipped, maxItems, maxItems, items-maxItems)
	}
	// The newest dated items are the last minutes of the spread.
	newestStored := map[string]bool{}
	for _, a := range h.articles(t) {
		newestStored[a.Title] = true
		if a.Undated {
			t.Errorf("undated %q stored ahead of dated items", a.Title)
		}
		if age := base.Add(items * time.Minute).Sub(a.PublishedAt); age > (maxItems*10/9+2)*time.Minute {
			t.Errorf("%q of %s is not among the %d newest", a.Title, a.PublishedAt, maxItems)
		}
	}
	if len(newestStored) != maxItems {
		t.Errorf("%d distinct titles stored, want %d", len(newestStored), maxItems)
	}
}

// equivalenceFeeds are feeds that exercise the feed-wide rules across
// chunks: repeated GUIDs, links differing only by fragment, items without
// a link or GUID, dated and undated items out of order, Atom, and a
// channel element after the items.
func equivalenceFeeds() map[string][]byte {
	var rss, atom, after bytes.Buffer
	rss.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Mixed</title><link>https://mixed.example/</link>`)
	for i := range 60 {
		link := fmt.Sprintf("https://mixed.example/%d", i)
		guid := fmt.Sprintf("g%d", i)
		switch i % 6 {
		case 1:
			link = "https://mixed.example/page#part" + fmt.Sprint(i) // anchors on one page
			guid = ""
		case 2:
			guid = "g0" // the same GUID, another link: keyed by link
		case 4:
			link, guid = "https://mixed.example/0", "g0" // a plain repeat: dropped
		case 5:
			link, guid = "", "" // keyed by its text, which the first pass reads too
		}
		date := ""
		if i%5 != 0 {
			date = time.Date(2026, 2, 1+(i*7)%27, 8, 0, 0, 0, time.UTC).Format(time.RFC1123Z)
		}
		fmt.Fprintf(&rss, `<item><title>Item %d</title>`, i)
		if link != "" {
			fmt.Fprintf(&rss, `<link>%s</link>`, link)
		}
		if guid != "" {
			fmt.Fprintf(&rss, `<guid>%s</guid>`, guid)
		}
		if date != "" {
			fmt.Fprintf(&rss, `<pubDate>%s</pubDate>`, date)
		}
		fmt.Fprintf(&rss, `<description>&lt;p&gt;Text of item %d, read as the body.&lt;/p&gt;</description></item>`+"\n", i)
	}
	rss.WriteString(`</channel></rss>`)

	atom.WriteString(`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example/"><title>Atom</title><link href="https://atom.example/"/>`)
	for i := range 9 {
		fmt.Fprintf(&atom, `<entry><title>Entry %d</title><link href="/e/%d"/><id>tag:atom.example,2026:%d</id><updated>2026-02-%02dT10:00:00Z</updated><content type="html">&lt;p&gt;Body %d&lt;/p&gt;</content></entry>`, i, i, i, 1+i, i)
	}
	atom.WriteString(`</feed>`)

	after.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>After</title>`)
	for i := range 7 {
		fmt.Fprintf(&after, `<item><title>After %d</title><link>/a/%d</link></item>`, i, i)
	}
	after.WriteString(`<link>https://after.example/</link><language>ru</language></channel></rss>`)
	return map[string][]byte{"mixed.xml": rss.Bytes(), "atom.xml": atom.Bytes(), "after.xml": after.Bytes()}
}

// TestChunkedReadingStoresWhatWholeReadingStores reads the shared corpus
// and feeds that exercise the feed-wide rules twice, whole and two items at
// a time, and wants the same articles stored, the same counts reported,
// and the same again on a second poll in which some items changed.
func TestChunkedReadingStoresWhatWholeReadingStores(t *testing.T) {
	feeds := equivalenceFeeds()
	dir := sharedtest.FeedsDir(t)
	files, _ := filepath.Glob(filepath.Join(dir, "*.xml"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		feeds[filepath.Base(f)] = b
	}
	names := make([]string, 0, len(feeds))
	for name := range feeds {
		names = append(names, name)
	}
	slices.Sort(names)

	var mu sync.Mutex
	second := false
	mux := http.NewServeMux()
	for _, name := range names {
		mux.HandleFunc("/"+name, func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			body := feeds[name]
			if second { // one title changed, one item gone
				body = bytes.Replace(body, []byte("<title>"), []byte("<title>Changed: "), 3)
				if i := bytes.LastIndex(body, []byte("<item>")); i > 0 {
					if j := bytes.Index(body[i:], []byte("</item>")); j > 0 {
						body = append(body[:i:i], body[i+j+len("</item>"):]...)
					}
				}
			}
			mu.Unlock()
			w.Write(body)
		})
	}
	srv := httptest.NewServer(mux)
	defer srv.Close()

	type run struct {
		h     *harness
		p     *ingest.Poller
		watch parseWatch
	}
	newRun := func(chunk int) *run {
		r := &run{h: newHarness(t)}
		for _, name := range names {
			r.h.addFeed(t, srv.URL+"/"+name)
		}
		r.p = r.h.poller(t, func(c *ingest.Config) { c.PerHost = 8; c.MaxItems = 45 })
		if chunk > 0 {
			ingest.SetItemChunk(r.p, chunk, r.watch.add)
		}
		return r
	}
	whole, chunked := newRun(0), newRun(2)
	for _, poll := range []string{"first", "second"} {
		mu.Lock()
		second = poll == "second"
		mu.Unlock()
		chunked.watch.sizes = nil
		wantRep, gotRep := whole.h.pollOnce(t, whole.p), chunked.h.pollOnce(t, chunked.p)
		for i, want := range wantRep.Feeds {
			got := gotRep.Feeds[i]
			if got.New != want.New || got.Updated != want.Updated || got.Skipped != want.Skipped || (got.Err == nil) != (want.Err == nil) {
				t.Errorf("%s poll of %s: new %d, updated %d, left out %d, err %v; read whole: %d, %d, %d, %v",
					poll, want.Label(), got.New, got.Updated, got.Skipped, got.Err, want.New, want.Updated, want.Skipped, want.Err)
			}
		}
		wantArts, gotArts := articleLines(whole.h.articles(t)), articleLines(chunked.h.articles(t))
		if !slices.Equal(gotArts, wantArts) {
			for _, l := range wantArts {
				if !slices.Contains(gotArts, l) {
					t.Errorf("%s poll: read whole, not chunked: %s", poll, l)
				}
			}
			for _, l := range gotArts {
				if !slices.Contains(wantArts, l) {
					t.Errorf("%s poll: read chunked, not whole: %s", poll, l)
				}
			}
		}
		// Most feeds went through chunks: the test compares something.
		chunks := 0
		for _, n := range chunked.watch.sizes {
			if n <= 2 {
				chunks++
			}
		}
		if chunks < 10*len(names) {
			t.Errorf("%s poll: %d chunks read over %d feeds; chunked reading was hardly used", poll, chunks, len(names))
		}
		t.Logf("%s poll: %d articles, %d chunks read", poll, len(gotArts), chunks)
		whole.h.clock.Add(time.Hour)
		chunked.h.clock.Add(time.Hour)
	}
}

// articleLines renders what a user can see of each stored article, sorted.
func articleLines(arts []news.Article) []string {
	var out []string
	for _, a := range arts {
		out = append(out, strings.Join([]string{
			fmt.Sprint(a.FeedID), a.GUID, a.URL, a.Title, a.Body, a.Lang, a.Source, a.Author,
			strings.Join(a.Categories, ","), a.ImageURL, strings.Join(a.Enclosures, ","),
			a.PublishedAt.UTC().Format(time.RFC3339), fmt.Sprint(a.Undated, a.BackCatalogue), a.ContentHash,
		}, " | "))
	}
	slices.Sort(out)
	return out
}
