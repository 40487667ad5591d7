package ingest_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// undatedRSS is a feed of undated items with these titles and one dated item.
func undatedRSS(titles []string, dated time.Time) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>U</title><link>https://u.example/</link>`)
	for _, t := range titles {
		fmt.Fprintf(&b, `<item><title>%s</title><link>https://u.example/%s</link><description>Text of %s.</description></item>`, t, strings.ReplaceAll(t, " ", "-"), t)
	}
	fmt.Fprintf(&b, `<item><title>Dated</title><link>https://u.example/dated</link><pubDate>%s</pubDate></item>`, dated.Format(time.RFC1123Z))
	b.WriteString(`</channel></rss>`)
	return b.String()
}

func TestPollerMarksFirstPollUndatedAsBackCatalogue(t *testing.T) {
	tests := []struct {
		name string
		// failFirst makes the first fetch fail: the first poll that reads
		// the feed is the second.
		failFirst bool
	}{
		{"first poll reads the feed", false},
		{"first poll fails, the next one reads the feed", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			var mu sync.Mutex
			titles := []string{"Old one", "Old two"}
			fail := tt.failFirst
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				mu.Lock()
				defer mu.Unlock()
				if fail {
					fail = false
					http.Error(w, "down", http.StatusServiceUnavailable)
					return
				}
				w.Write([]byte(undatedRSS(titles, h.clock.Now().Add(-time.Hour))))
			}))
			defer srv.Close()
			h.addFeed(t, srv.URL)
			p := h.poller(t, nil)
			if tt.failFirst {
				if rep := h.pollOnce(t, p); rep.Failed != 1 {
					t.Fatalf("first poll: %+v, want a failure", rep)
				}
				h.clock.Add(time.Hour)
			}
			h.pollOnce(t, p)
			h.clock.Add(time.Hour)
			mu.Lock()
			titles = append([]string{"New one"}, titles...)
			mu.Unlock()
			h.pollOnce(t, p)

			got := map[string]string{}
			for _, a := range h.articles(t) {
				got[a.Title] = fmt.Sprintf("undated=%v back=%v", a.Undated, a.BackCatalogue)
			}
			want := map[string]string{
				"Old one": "undated=true back=true",
				"Old two": "undated=true back=true",
				"Dated":   "undated=false back=false",
				"New one": "undated=true back=false",
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("stored:\n got %v\nwant %v", got, want)
			}
		})
	}
}
