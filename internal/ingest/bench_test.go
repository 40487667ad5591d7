package ingest_test

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/ingest"
)

const (
	benchFeeds = 1000
	benchItems = 20
)

// benchServer serves benchFeeds feeds of benchItems distinct items each,
// with an ETag so that a second poll is all 304s.
func benchServer() *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		feed := strings.TrimPrefix(r.URL.Path, "/f/")
		var b bytes.Buffer
		fmt.Fprintf(&b, `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed %s</title><link>https://f%s.example/</link><language>en</language>`, feed, feed)
		for i := range benchItems {
			fmt.Fprintf(&b, `<item><title>Story %d of feed %s about the economy</title><link>https://f%s.example/story/%d?utm_source=rss</link><guid>f%s-%d</guid><pubDate>Sun, 01 Mar 2026 10:%02d:00 GMT</pubDate><description>&lt;p&gt;The first paragraph of story %d in feed %s says what happened, where and when, in a sentence of ordinary length.&lt;/p&gt;&lt;p&gt;A second paragraph adds a quotation: “We will see,” said a spokesman.&lt;/p&gt;</description></item>`,
				i, feed, feed, i, feed, i, i%60, i, feed)
		}
		b.WriteString(`</channel></rss>`)
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(b.Bytes())
	}))
}

// peakMemory samples the heap until stop is closed and returns the peak
// bytes in use and the peak obtained from the OS.
func peakMemory(stop <-chan struct{}) func() (heap, sys uint64) {
	var mu sync.Mutex
	var heap, sys uint64
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			mu.Lock()
			heap, sys = max(heap, m.HeapInuse), max(sys, m.Sys)
			mu.Unlock()
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}()
	return func() (uint64, uint64) {
		<-done
		mu.Lock()
		defer mu.Unlock()
		return heap, sys
	}
}

// BenchmarkPoll1000Feeds polls 1 000 feeds of 20 items: cold (everything
// new, stored end to end) and warm (every feed answers 304). PerHost is set
// to the concurrency because the local server stands in for 1 000 hosts.
func BenchmarkPoll1000Feeds(b *testing.B) {
	srv := benchServer()
	defer srv.Close()
	setup := func(b *testing.B) (*harness, *ingest.Poller) {
		h := newHarness(b)
		for i := range benchFeeds {
			h.addFeed(b, fmt.Sprintf("%s/f/%d", srv.URL, i))
		}
		p := h.poller(b, func(c *ingest.Config) { c.PerHost = c.Concurrency })
		return h, p
	}
	run := func(b *testing.B, warm bool) {
		var articles int
		var wall time.Duration
		var peakHeap, peakSys uint64
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			h, p := setup(b)
			if warm {
				h.pollOnce(b, p)
			}
			runtime.GC()
			stop := make(chan struct{})
			peak := peakMemory(stop)
			b.StartTimer()
			start := time.Now()
			rep, err := p.PollOnce(context.Background())
			wall += time.Since(start)
			b.StopTimer()
			close(stop)
			heap, sys := peak()
			peakHeap, peakSys = max(peakHeap, heap), max(peakSys, sys)
			if err != nil {
				b.Fatal(err)
			}
			if rep.Failed != 0 {
				b.Fatalf("%d feeds failed: %v", rep.Failed, rep.Feeds[0].Err)
			}
			if warm && rep.NotModified != benchFeeds {
				b.Fatalf("warm poll: %d not modified, want %d", rep.NotModified, benchFeeds)
			}
			if !warm && rep.New != benchFeeds*benchItems {
				b.Fatalf("cold poll stored %d, want %d", rep.New, benchFeeds*benchItems)
			}
			articles += rep.New
			b.StartTimer()
		}
		b.ReportMetric(wall.Seconds()/float64(b.N), "s/poll")
		if !warm {
			b.ReportMetric(float64(articles)/wall.Seconds(), "articles/s")
		}
		b.ReportMetric(float64(peakHeap)/(1<<20), "peak-heap-MB")
		b.ReportMetric(float64(peakSys)/(1<<20), "peak-sys-MB")
	}
	b.Run("cold", func(b *testing.B) { run(b, false) })
	b.Run("warm", func(b *testing.B) { run(b, true) })
}
