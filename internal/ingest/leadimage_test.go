package ingest_test

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/newsbot/newsbot/internal/news"
)

// TestFullTextTakesTheLeadImage: a teaser feed without an image gets the
// article page's og:image, which /breaking then sends as the photo; a
// feed's own image is kept.
func TestFullTextTakesTheLeadImage(t *testing.T) {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	page := bytes.Replace(testdata(t, "article.html"), []byte("</head>"),
		[]byte(`<meta property="og:image" content="https://img.example.com/lead.jpg"></head>`), 1)
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	feed := func(item string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Write(bytes.ReplaceAll([]byte(`<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Teasers</title><link>https://teaser.example/</link>`+item+`</channel></rss>`),
				[]byte("PAGE_URL"), []byte(srv.URL+"/article")))
		}
	}
	mux.HandleFunc("/plain", feed(`<item><title>Long read</title><link>PAGE_URL</link><guid>t1</guid><description>Just a teaser.</description></item>`))
	mux.HandleFunc("/with-image", feed(`<item><title>Long read</title><link>PAGE_URL</link><guid>t1</guid><description>Just a teaser.</description>`+
		`<enclosure url="https://img.example.com/feed.jpg" type="image/jpeg" length="1"/></item>`))
	for _, tt := range []struct{ path, want string }{
		{"/plain", "https://img.example.com/lead.jpg"},
		{"/with-image", "https://img.example.com/feed.jpg"},
	} {
		t.Run(tt.path, func(t *testing.T) {
			h := newHarness(t)
			if _, err := h.db.AddFeed(context.Background(), news.Feed{URL: srv.URL + tt.path, FullText: true}); err != nil {
				t.Fatal(err)
			}
			h.pollOnce(t, h.poller(t, nil))
			arts := h.articles(t)
			if len(arts) != 1 || arts[0].ImageURL != tt.want {
				t.Fatalf("stored %+v, want one article with image %q", arts, tt.want)
			}
		})
	}
}
