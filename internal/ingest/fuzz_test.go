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

// FuzzParseDate: any text gives a date in UTC or a refusal, never a panic,
// and a date it reads reads the same again when written out in RFC 3339.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"Seg, 24 Set 2018 19:20:00 -0300", "mer, 16 nov 2022 00:38:15 +0100",
		"Sat, Dec 16 2023 02:02:33 PM", "2020/1/10 14:33:00", "10.01.2020 14:33", "16 ноября 2022 г. в 14:33",
		"le 1er août 2022 à 14h33", "2020-01-10T14:33:00.250+05:30", "1518478934", "+", "-1", "1h", "a.m."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := parseDate(s)
		if !ok {
			return
		}
		if d.Location() != time.UTC {
			t.Errorf("parseDate(%q) = %v, not in UTC", s, d)
		}
		if again, ok := parseDate(d.Format(time.RFC3339Nano)); !ok || !again.Equal(d) {
			t.Errorf("parseDate(%q) = %v, which reads back as %v, %v", s, d, again, ok)
		}
	})
}
