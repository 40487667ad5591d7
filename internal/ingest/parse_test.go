package ingest

import (
	"errors"
	"strings"
	"testing"
	"time"
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

func TestParseFeedRepairsBrokenXMLAroundCompleteItems(t *testing.T) {
	const head = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Wire</title><link>https://wire.example/</link>
<atom:link xmlns:atom="http://www.w3.org/2005/Atom" href="https://wire.example/rss" rel="self"/>`
	item := func(n string) string {
		return `<item><title>Story ` + n + `</title><link>https://wire.example/` + n + `</link><dc:creator>Desk</dc:creator><description><![CDATA[<p>Text &nbsp; of ` + n + `.</p>]]></description></item>`
	}
	tests := []struct {
		name        string
		body        string
		wantTitles  []string
		wantDropped int
	}{
		{"cut off after two items", head + item("1") + item("2") + "\n", []string{"Story 1", "Story 2"}, 0},
		{"cut off inside the third item", head + item("1") + item("2") + `<item><title>Story 3</ti`, []string{"Story 1", "Story 2"}, 1},
		{"stray < before the channel closes", head + item("1") + item("2") + "\n<\n</channel></rss>", []string{"Story 1", "Story 2"}, 0},
		{"a broken item between good ones", head + item("1") + `<item><title>Bad < x</title></item>` + item("3") + "</channel></rss>", []string{"Story 1", "Story 3"}, 1},
		{"an item that never closes", head + item("1") + `<item><title>Open` + item("3") + "</channel>", []string{"Story 1", "Story 3"}, 1},
		{"Atom cut off", `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><title>Entry 1</title><id>urn:1</id><link href="https://a.example/1"/></entry><entry><title>Entry 2</title><id>urn:2</id><link href="https://a.example/2"/></entry><entry><title>Ent`,
			[]string{"Entry 1", "Entry 2"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := ParseFeed([]byte(tt.body), "")
			var rep *RepairedError
			if !errors.As(err, &rep) {
				t.Fatalf("err = %v, want a RepairedError", err)
			}
			if f == nil {
				t.Fatal("no feed returned with the repair")
			}
			var got []string
			for _, it := range f.Items {
				got = append(got, it.Title)
			}
			if strings.Join(got, "|") != strings.Join(tt.wantTitles, "|") {
				t.Errorf("items %q, want %q", got, tt.wantTitles)
			}
			if rep.Kept != len(tt.wantTitles) || rep.Dropped != tt.wantDropped {
				t.Errorf("kept %d dropped %d, want %d and %d", rep.Kept, rep.Dropped, len(tt.wantTitles), tt.wantDropped)
			}
			if !strings.Contains(err.Error(), "XML syntax error") {
				t.Errorf("the repair note %q does not name the original error", err)
			}
		})
	}
}

func TestParseFeedCannotRepairWithoutACompleteItem(t *testing.T) {
	for name, body := range map[string]string{
		"cut off in the head":        `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><descr`,
		"cut off in the first item":  `<rss version="2.0"><channel><title>T</title><item><title>Half`,
		"broken head, complete item": `<rss version="2.0"><channel><title>T < 2</title><item><title>A</title></item></channel></rss>`,
	} {
		t.Run(name, func(t *testing.T) {
			f, err := ParseFeed([]byte(body), "")
			if f != nil || err == nil || !strings.Contains(err.Error(), "XML syntax error") {
				t.Errorf("got feed %v, err %v; want no feed and the XML error", f != nil, err)
			}
		})
	}
}

// Hostile input: a million unclosed items before one complete item. The
// repair reads each byte a bounded number of times, so this finishes at
// once. Under the race detector, 20 times slower at parsing, it is 100 000:
// a repair that rescans what follows each unclosed item takes minutes
// already at 20 000 (measured: 152 s without -race), so either size
// catches one.
func TestParseFeedRepairOfManyUnclosedItems(t *testing.T) {
	opens := 1_000_000
	if RaceEnabled {
		opens = 100_000
	}
	body := `<rss version="2.0"><channel><title>T</title>` + strings.Repeat("<item>x", opens) +
		`<item><title>Last</title></item><`
	f, err := ParseFeed([]byte(body), "")
	var rep *RepairedError
	if !errors.As(err, &rep) || f == nil {
		t.Fatalf("err = %v, want a repaired feed", err)
	}
	if len(f.Items) != 1 || f.Items[0].Title != "Last" || rep.Dropped != opens {
		t.Errorf("%d items, %d left out; want the one complete item and %d left out", len(f.Items), rep.Dropped, opens)
	}
}

// A page read on its own (/breaking, preview) names its outlet as the page
// does, so the card says "Kun.uz", not a host name.
func TestReadPageTakesTheSiteName(t *testing.T) {
	para := strings.Repeat("The ministry said the new line would carry freight between the two countries from next spring. ", 4)
	page := `<!doctype html><html><head><title>Rail link opens</title><meta property="og:site_name" content="Kun.uz"></head>
<body><article><h1>Rail link opens</h1><p>` + para + `</p><p>` + para + `</p><p>` + para + `</p></article></body></html>`
	a, err := ReadPage([]byte(page), "text/html; charset=utf-8", "https://kun.uz/en/news/1", time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if a.Source != "Kun.uz" || a.Title != "Rail link opens" {
		t.Errorf("source %q title %q, want Kun.uz and the page title", a.Source, a.Title)
	}
}
