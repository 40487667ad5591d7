package ingest

import (
	"strings"
	"testing"
)

func TestCutItems(t *testing.T) {
	items := func(name string, n int) string {
		var b strings.Builder
		for i := range n {
			b.WriteString("<" + name + "><title>T" + strings.Repeat("i", i) + "</title></" + name + ">\n")
		}
		return b.String()
	}
	tests := []struct {
		name      string
		doc       string
		wantItems int // 0: not cut, read whole
	}{
		{"rss 2.0", `<?xml version="1.0"?><rss version="2.0"><channel><title>C</title>` + items("item", 4) + `</channel></rss>`, 4},
		{"atom", `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>` + items("entry", 3) + `</feed>`, 3},
		{"rdf with textinput after the items", `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>R</title></channel>` +
			items("item", 3) + `<textinput><title>Search</title></textinput></rdf:RDF>`, 3},
		{"comments between items", `<rss><channel>` + strings.ReplaceAll(items("item", 3), "\n", "<!-- x -->\n") + `</channel></rss>`, 3},
		{"channel elements after the items", `<rss><channel>` + items("item", 3) + `<link>https://x.example/</link></channel></rss>`, 3},
		{"item markup inside CDATA", `<rss><channel><item><description><![CDATA[<item>not one</item>]]></description></item>` + items("item", 2) + `</channel></rss>`, 3},
		{"too few items", `<rss><channel>` + items("item", 2) + `</channel></rss>`, 0},
		{"an element between items", `<rss><channel>` + items("item", 2) + `<image><url>u</url></image>` + items("item", 2) + `</channel></rss>`, 0},
		{"text between items", `<rss><channel>` + items("item", 2) + `stray` + items("item", 2) + `</channel></rss>`, 0},
		{"items at two depths", `<rss><channel>` + items("item", 2) + `</channel>` + items("item", 2) + `</rss>`, 0},
		{"items inside another element", `<rss><channel><group>` + items("item", 4) + `</group></channel></rss>`, 0},
		{"not a feed root", `<html><body>` + items("item", 4) + `</body></html>`, 0},
		{"cut off in an item", `<rss><channel>` + items("item", 3) + `<item><title>cut`, 0},
		{"mismatched tags", `<rss><channel>` + items("item", 3) + `</rss></channel>`, 0},
		{"json feed", `{"version": "https://jsonfeed.org/version/1", "items": [{"title": "<item>"}, {"title": "<item>"}, {"title": "<item>"}]}`, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, ok := cutItems([]byte(tc.doc), 2)
			got := 0
			if ok {
				got = len(c.items)
			}
			if got != tc.wantItems {
				t.Fatalf("cut into %d items (ok %v), want %d", got, ok, tc.wantItems)
			}
			if !ok {
				return
			}
			// Every chunk parses, with the items it was given.
			for i := range c.items {
				pf, err := c.parse([]int{i}, false)
				if err != nil {
					t.Fatalf("item %d: %v", i, err)
				}
				if len(pf.Items) != 1 {
					t.Fatalf("item %d: parsed %d items", i, len(pf.Items))
				}
			}
		})
	}
}
