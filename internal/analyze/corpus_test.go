package analyze

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/newsbot/newsbot/internal/sharedtest"
)

// corpusItem is one feed item as the analyzer would see it.
type corpusItem struct {
	file, guid, link string
	in               Input
}

var (
	tagRE   = regexp.MustCompile(`(?s)<(script|style)[^>]*>.*?</(script|style)>|<[^>]*>`)
	blockRE = regexp.MustCompile(`(?i)<(br|/p|/div|/li|/h[1-6]|/blockquote|p|li)\b[^>]*>`)
	spaceRE = regexp.MustCompile(`[ \t]+`)
	nlRE    = regexp.MustCompile(`\n\s*\n+`)
)

// stripHTML crudely turns feed HTML into plain text with paragraph breaks.
func stripHTML(s string) string {
	s = blockRE.ReplaceAllString(s, "\n")
	s = tagRE.ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	s = spaceRE.ReplaceAllString(s, " ")
	s = nlRE.ReplaceAllString(s, "\n")
	return strings.TrimSpace(s)
}

// loadCorpus parses every feed of the shared corpus that gofeed accepts.
func loadCorpus(t testing.TB) []corpusItem {
	t.Helper()
	dir := sharedtest.FeedsDir(t)
	files, _ := filepath.Glob(filepath.Join(dir, "*.xml"))
	if len(files) == 0 {
		t.Fatalf("no feed files in %s", dir)
	}
	sort.Strings(files)
	var out []corpusItem
	p := gofeed.NewParser()
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		feed, err := p.Parse(fh)
		fh.Close()
		if err != nil {
			continue // the corpus documents the files gofeed rejects
		}
		lang := strings.ToLower(feed.Language)
		if len(lang) > 2 {
			lang = lang[:2]
		}
		for _, it := range feed.Items {
			body := it.Content
			if ext, ok := it.Extensions["yandex"]["full-text"]; ok && len(ext) > 0 && len(ext[0].Value) > len(body) {
				body = ext[0].Value
			}
			if len(it.Description) > len(body) {
				body = it.Description
			}
			var pub time.Time
			if it.PublishedParsed != nil {
				pub = *it.PublishedParsed
			}
			out = append(out, corpusItem{
				file: filepath.Base(f), guid: it.GUID, link: it.Link,
				in: Input{Title: stripHTML(it.Title), Body: stripHTML(body), Lang: lang, URL: it.Link, Published: pub},
			})
		}
	}
	return out
}

func TestCorpusNoPanic(t *testing.T) {
	a := shared()
	items := loadCorpus(t)
	if len(items) < 1000 {
		t.Fatalf("corpus gave %d items, want the ~1300 gofeed parses", len(items))
	}
	for _, it := range items {
		an := a.Analyze(it.in)
		for _, q := range an.Quotes {
			if q.Speaker == "" || q.Pos < 0 || q.Pos > len(it.in.Body) {
				t.Errorf("%s %q: bad quote %+v", it.file, it.in.Title, q)
			}
		}
	}
}
