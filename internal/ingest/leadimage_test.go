package ingest_test

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/ingest"
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

// TestLeadImageRanking: which of an item's images is its lead image, the
// order gofeed's RSS translator set and that feeds are still read by,
// though the translator's own scan of the item's HTML is off.
func TestLeadImageRanking(t *testing.T) {
	const (
		rssHead  = `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:yandex="http://news.yandex.ru"><channel><title>R</title><link>https://r.example/</link><item><title>Item</title><link>https://r.example/1</link>`
		rssTail  = `</item></channel></rss>`
		atomHead = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><title>A</title><entry><title>Entry</title><link href="https://a.example/1"/><id>a1</id>`
		atomTail = `</entry></feed>`
		thumb    = `<media:thumbnail url="https://img.example/thumb.jpg"/>`
	)
	for _, tt := range []struct {
		name, feed, want string
	}{
		{"rss: the description's image ranks above a thumbnail",
			rssHead + thumb + `<description>&lt;p&gt;Text &lt;img src="https://img.example/desc.jpg"&gt;&lt;/p&gt;</description>` + rssTail,
			"https://img.example/desc.jpg"},
		{"rss: content:encoded's image before the description's",
			rssHead + `<description>&lt;img src="https://img.example/desc.jpg"&gt; Text</description><content:encoded>&lt;p&gt;Long &lt;img src="/content.jpg"&gt;&lt;/p&gt;</content:encoded>` + rssTail,
			"https://r.example/content.jpg"},
		{"rss: an image enclosure ranks above the description's image",
			rssHead + `<enclosure url="https://img.example/enc.jpg" type="image/jpeg" length="1"/><description>&lt;img src="https://img.example/desc.jpg"&gt; Text</description>` + rssTail,
			"https://img.example/enc.jpg"},
		{"rss: an image only in the full text comes after a thumbnail",
			rssHead + thumb + `<description>Text</description><yandex:full-text>&lt;p&gt;Full &lt;img src="https://img.example/full.jpg"&gt;&lt;/p&gt;</yandex:full-text>` + rssTail,
			"https://img.example/thumb.jpg"},
		{"rss: an image only in the full text, and nothing else",
			rssHead + `<description>Text</description><yandex:full-text>&lt;p&gt;Full &lt;img src="https://img.example/full.jpg"&gt;&lt;/p&gt;</yandex:full-text>` + rssTail,
			"https://img.example/full.jpg"},
		{"atom: a thumbnail ranks above the content's image",
			atomHead + thumb + `<content type="html">&lt;p&gt;Text &lt;img src="https://img.example/content.jpg"&gt;&lt;/p&gt;</content>` + atomTail,
			"https://img.example/thumb.jpg"},
		{"atom: the content's image, and nothing else",
			atomHead + `<content type="html">&lt;p&gt;Text &lt;img src="https://img.example/content.jpg"&gt;&lt;/p&gt;</content>` + atomTail,
			"https://img.example/content.jpg"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			pf, err := ingest.ParseFeed([]byte(tt.feed), "")
			if err != nil {
				t.Fatal(err)
			}
			arts := ingest.Normalize(news.Feed{URL: "https://r.example/feed"}, pf, "https://r.example/feed", time.Now())
			if len(arts) != 1 {
				t.Fatalf("%d articles, want 1", len(arts))
			}
			if arts[0].ImageURL != tt.want {
				t.Errorf("lead image %q, want %q", arts[0].ImageURL, tt.want)
			}
		})
	}
}
