package ingest

import (
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzReadDocument feeds arbitrary bytes through feed parsing, page
// extraction and normalisation: never a panic, and articles always valid UTF-8.
func FuzzReadDocument(f *testing.F) {
	f.Add([]byte(`<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>t</title><item><title>a</title><link>/x?utm_source=y#f</link><description>&lt;p&gt;b&lt;/p&gt;</description></item></channel></rss>`), "application/rss+xml")
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://e.com/a/"><entry><title type="html">&lt;b&gt;x</title><link href="../y"/><content type="xhtml"><div>z</div></content></entry></feed>`), "")
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","content_html":"<p>a</p>","url":"https://e.com/1"}]}`), "application/feed+json")
	f.Add([]byte(`<!doctype html><html><head><title>T</title></head><body><article><p>Kazakhstan said.</p></article></body></html>`), "text/html")
	f.Add([]byte("\xef\xbb\xbfjunk<?xml version=\"1.0\"?><rdf:RDF></rdf:RDF>"), "text/xml")
	f.Add([]byte(`<rss version="2.0"><channel><title>t</title><item><title>a</title></item><item><title>b<`), "")
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>a</title></entry><entry><title>b</title></entry>< </feed>`), "")
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		arts, err := ReadDocument(body, contentType, "http://example.com/feed", now)
		if err != nil {
			return
		}
		for _, a := range arts {
			if !utf8.ValidString(a.Title) || !utf8.ValidString(a.Body) || !utf8.ValidString(a.URL) {
				t.Errorf("invalid UTF-8 in %+v", a)
			}
			if a.PublishedAt.After(now) {
				t.Errorf("published in the future: %s", a.PublishedAt)
			}
		}
	})
}
