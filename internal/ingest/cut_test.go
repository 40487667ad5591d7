package ingest

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/sharedtest"
)

// cutDocs are the documents TestCutItems cuts, by name, with the number
// of items each is cut into (0: read whole).
func cutDocs() []struct {
	name      string
	doc       string
	wantItems int
} {
	items := func(name string, n int) string {
		var b strings.Builder
		for i := range n {
			b.WriteString("<" + name + "><title>T" + strings.Repeat("i", i) + "</title></" + name + ">\n")
		}
		return b.String()
	}
	return []struct {
		name      string
		doc       string
		wantItems int
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
		{"doctype with an internal subset, prefixed names, attributes with > and quotes", `<?xml version="1.0"?>` +
			`<!DOCTYPE rss [<!ENTITY nbsp "&#160;"> <!ELEMENT x (#PCDATA)>]><rss xmlns:dc="http://purl.org/dc/elements/1.1/"><channel a='1>2' b="it's">` +
			`<item><dc:creator x="a>b">A</dc:creator><description><![CDATA[</item> <item>]]></description></item>` + items("item", 2) + `</channel></rss>`, 3},
		{"empty-element items and text elements", `<feed><entry/><entry><summary/><content type="html"/></entry>` + items("entry", 1) + `</feed>`, 3},
		{"processing instruction between items", `<rss><channel>` + items("item", 2) + `<?pi x?>` + items("item", 1) + `</channel></rss>`, 3},
		{"a tag not closed", `<rss><channel>` + items("item", 3) + `<item a="x></item></channel></rss>`, 0},
		{"a bare < in text", `<rss><channel>` + items("item", 3) + `<item><title>a < b</title></item></channel></rss>`, 0},
	}
}

func TestCutItems(t *testing.T) {
	for _, tc := range cutDocs() {
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

// cutItemsXML is cutItems on encoding/xml's tokenizer, as it was first
// written: the reference the faster tokenizer is held to.
func cutItemsXML(data []byte, chunk int) (*itemCut, bool) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	s := newCutState()
	for {
		off := int(d.InputOffset())
		tok, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, false
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if !s.start([]byte(t.Name.Local), off) {
				return nil, false
			}
		case xml.EndElement:
			if !s.end([]byte(t.Name.Local), int(d.InputOffset())) {
				return nil, false
			}
		case xml.CharData:
			s.charData(t)
		}
	}
	return s.finish(data, chunk)
}

// describeCut is what a test compares of a cut: items and text spans.
func describeCut(c *itemCut, ok bool) string {
	if !ok {
		return "read whole"
	}
	return fmt.Sprint(c.items, c.text, c.textFrom)
}

// TestCutItemsAsEncodingXMLDoes: the tokenizer of cutItems cuts the shared
// corpus, the test documents and a generated large feed exactly where
// encoding/xml's tokens put the items and their text elements.
func TestCutItemsAsEncodingXMLDoes(t *testing.T) {
	docs := map[string][]byte{}
	for _, tc := range cutDocs() {
		docs[tc.name] = []byte(tc.doc)
	}
	files, _ := filepath.Glob(filepath.Join(sharedtest.FeedsDir(t), "*.xml"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if b, err = toUTF8(b, ""); err == nil {
			docs[filepath.Base(f)] = b
		}
	}
	var big strings.Builder
	big.WriteString(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Big</title>`)
	for i := range 3000 {
		fmt.Fprintf(&big, "<item><title>T%d &amp; more</title><link>https://x.example/%d</link><description><![CDATA[<p>Body %d</p>]]></description><content:encoded>&lt;p&gt;%d&lt;/p&gt;</content:encoded></item>\n", i, i, i, i)
	}
	big.WriteString(`</channel></rss>`)
	docs["generated"] = []byte(big.String())

	cuts := 0
	names := slices.Sorted(func(yield func(string) bool) {
		for n := range docs {
			if !yield(n) {
				return
			}
		}
	})
	for _, name := range names {
		doc := docs[name]
		got, want := describeCut(cutItems(doc, 2)), describeCut(cutItemsXML(doc, 2))
		if got != want {
			t.Errorf("%s: cut as\n%.300s\nwant\n%.300s", name, got, want)
		}
		if got != "read whole" {
			cuts++
		}
	}
	if cuts < 40 {
		t.Errorf("only %d of %d documents cut: the comparison says little", cuts, len(docs))
	}
}

// FuzzCutItems: whatever cutItems cuts, encoding/xml's tokens cut the
// same way. (It may read whole what they would cut: that costs time, not
// articles.)
func FuzzCutItems(f *testing.F) {
	for _, tc := range cutDocs() {
		f.Add([]byte(tc.doc))
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		c, ok := cutItems(doc, 1)
		if !ok {
			return
		}
		if got, want := describeCut(c, ok), describeCut(cutItemsXML(doc, 1)); got != want {
			t.Errorf("cut %q as %s, encoding/xml as %s", doc, got, want)
		}
	})
}
