package ingest

import (
	"testing"
)

func TestParseFeedFormats(t *testing.T) {
	tests := []struct {
		name, body, contentType, wantTitle string
	}{
		{"JSON Feed with HTML content",
			`{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"1","url":"https://j.example/a","title":"A","content_html":"<p>Hello <b>world</b></p>"}]}`,
			"application/feed+json", "J"},
		{"JSON Feed after whitespace and a BOM",
			"\xEF\xBB\xBF\n  " + `{"version":"https://jsonfeed.org/version/1","title":"K","items":[{"id":"1","content_html":"<p>x</p>"}]}`,
			"", "K"},
		{"RSS after junk",
			`junk <rss version="2.0"><channel><title>R</title></channel></rss>`, "", "R"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := ParseFeed([]byte(tt.body), tt.contentType)
			if err != nil {
				t.Fatalf("ParseFeed: %v", err)
			}
			if f.Title != tt.wantTitle {
				t.Errorf("title %q, want %q", f.Title, tt.wantTitle)
			}
		})
	}
}
