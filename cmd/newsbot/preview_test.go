package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/app"
	"github.com/newsbot/newsbot/internal/sharedtest"
)

func TestPreviewSeedJSON(t *testing.T) {
	out, errOut, err := runCmd(t, nil, "", "preview", "--json", sharedtest.SeedPath(t))
	if err != nil {
		t.Fatalf("preview: %v\n%s", err, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1 {
		t.Fatalf("got %d JSON lines, want 1", len(lines))
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(lines[0]), &raw); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for k := range raw {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if want := []string{"cluster", "countries", "lang", "published", "quotes", "summary", "title", "topics", "url"}; !slices.Equal(keys, want) {
		t.Errorf("keys = %v, want exactly %v", keys, want)
	}
	var rec app.PreviewRecord
	if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil {
		t.Fatalf("preview -json line: %v", err)
	}
	if !slices.Contains(rec.Countries.Primary, "TJ") || !slices.Contains(rec.Countries.Primary, "RU") {
		t.Errorf("primary countries = %v, want TJ and RU", rec.Countries.Primary)
	}
	if !slices.Contains(rec.Topics, "diplomacy") || !slices.Contains(rec.Topics, "migration") {
		t.Errorf("topics = %v", rec.Topics)
	}
	found := false
	for _, q := range rec.Quotes {
		if strings.Contains(q.Text, "We are not outsiders to you") && q.Speaker == "Emomali Rahmon" {
			found = true
		}
		if strings.Contains(q.Text, "Our goal is to strengthen friendship") {
			t.Errorf("the banner slogan became a quote by %q", q.Speaker)
		}
	}
	if !found {
		t.Errorf("Rahmon's quote missing: %+v", rec.Quotes)
	}
	if strings.Contains(rec.Summary, "Photo:") || strings.Contains(rec.Summary, "KazTransOil") {
		t.Errorf("summary has boilerplate: %q", rec.Summary)
	}
}

// "published" is the item's date in RFC 3339 UTC, read by gofeed or by the
// fallback parser, and null when the feed gives none or one that cannot be
// right; a text file has no date.
func TestPreviewJSONPublished(t *testing.T) {
	t.Parallel() // its own temporary folder and servers; overlaps the fail-over test
	feed := `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title><link>https://t.example/</link>
<item><title>RFC 1123</title><link>https://t.example/1</link><pubDate>Thu, 16 Nov 2023 10:00:00 +0300</pubDate></item>
<item><title>Portuguese</title><link>https://t.example/2</link><pubDate>Seg, 24 Set 2018 19:20:00 -0300</pubDate></item>
<item><title>Russian genitive</title><link>https://t.example/3</link><pubDate>16 ноября 2022 14:33</pubDate></item>
<item><title>Twelve-hour clock</title><link>https://t.example/4</link><pubDate>Sat, Dec 16 2023 02:02:33 PM</pubDate></item>
<item><title>No date</title><link>https://t.example/5</link></item>
<item><title>Unreadable</title><link>https://t.example/6</link><pubDate>sometime soon</pubDate></item>
<item><title>Before 1995</title><link>https://t.example/7</link><pubDate>Mon, 02 Jan 1984 10:00:00 GMT</pubDate></item>
<item><title>Far future</title><link>https://t.example/8</link><pubDate>Fri, 01 Jan 2100 10:00:00 GMT</pubDate></item>
</channel></rss>`
	path := filepath.Join(t.TempDir(), "feed.xml")
	if err := os.WriteFile(path, []byte(feed), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, err := runCmd(t, nil, "", "preview", "-json", path)
	if err != nil {
		t.Fatalf("preview: %v\n%s", err, errOut)
	}
	want := map[string]string{
		"RFC 1123":          `"2023-11-16T07:00:00Z"`,
		"Portuguese":        `"2018-09-24T22:20:00Z"`,
		"Russian genitive":  `"2022-11-16T14:33:00Z"`,
		"Twelve-hour clock": `"2023-12-16T14:02:33Z"`,
		"No date":           `null`,
		"Unreadable":        `null`,
		"Before 1995":       `null`,
		"Far future":        `null`,
	}
	got := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var raw map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &raw); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		var title string
		if err := json.Unmarshal(raw["title"], &title); err != nil {
			t.Fatalf("title: %v", err)
		}
		p, ok := raw["published"]
		if !ok {
			t.Errorf("%q has no published key: %s", title, line)
		}
		got[title] = string(p)
	}
	for title, w := range want {
		if got[title] != w {
			t.Errorf("%q published = %s, want %s", title, got[title], w)
		}
	}

	out, _, err = runCmd(t, nil, "A title\nA body without a date.", "preview", "-json", "-")
	if err != nil || !strings.Contains(out, `"published":null`) {
		t.Errorf("text preview: %v %s, want published null", err, out)
	}
}

func TestPreviewCardExplains(t *testing.T) {
	out, _, err := runCmd(t, nil, "", "preview", sharedtest.SeedPath(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Putin and Rahmon", "— Emomali Rahmon", "Why these countries", "Dushanbe", "Why these topics"} {
		if !strings.Contains(out, want) {
			t.Errorf("card lacks %q:\n%s", want, out)
		}
	}
}

func TestPreviewFeedAndPageAndStdin(t *testing.T) {
	t.Parallel() // its own temporary folder and servers; overlaps the fail-over test
	feed, err := os.ReadFile(filepath.Join(sharedtest.FeedsDir(t), "newscloning-tutby-ru-extracted.xml"))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed" {
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write(feed)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<!doctype html><html><head><title>Kazakhstan raises gas output</title></head><body><nav>Home | News</nav>
<article><h1>Kazakhstan raises gas output</h1><p>Kazakhstan will raise gas production next year, the energy ministry in Astana said on Tuesday, as demand grows across Central Asia.</p>
<p>“We will cover the needs of our neighbours in Kyrgyzstan and Uzbekistan this winter,” Energy Minister Almasadam Satkaliyev told reporters in Astana.</p>
<p>The ministry expects output to grow by several percent as new fields in the west of the country start production.</p></article></body></html>`))
	}))
	defer srv.Close()

	out, _, err := runCmd(t, nil, "", "preview", "-json", srv.URL+"/feed")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out, "\n"); n < 10 {
		t.Errorf("feed preview gave %d lines, want one per item", n)
	}
	out, _, err = runCmd(t, nil, "", "preview", "-json", srv.URL+"/page")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `"title":"Kazakhstan raises gas output"`) || !strings.Contains(out, `"primary":["KZ"`) {
		t.Errorf("page preview: %s", out)
	}
	out, _, err = runCmd(t, nil, "Бишкек: в Кыргызстане выросли цены на бензин\nЦены на бензин в Кыргызстане выросли на 5 процентов, сообщили в Бишкеке.", "preview", "-json", "-")
	if err != nil || !strings.Contains(out, `"lang":"ru"`) || !strings.Contains(out, `"KG"`) {
		t.Errorf("stdin preview: %v %s", err, out)
	}
	if _, _, err := runCmd(t, nil, "", "preview"); err == nil {
		t.Error("preview without an argument succeeded")
	}
}

// A card without a topic is headed "Other", not a topic it is not filed under.
func TestPreviewWithoutTopic(t *testing.T) {
	out, _, err := runCmd(t, nil, "Hello\nHello there, hello again!", "preview", "-")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "none scored") {
		t.Skipf("the analyzer found a topic; the case does not arise:\n%s", out)
	}
	if strings.Contains(out, "Society") || !strings.Contains(out, "🗂 Other") {
		t.Errorf("a card without topics is headed:\n%s", out)
	}
}

// TestPreviewGroupsStories: preview of a feed file groups its items into
// stories as the poller would: a re-posted story is one story, weekly
// listings for different counties stay apart, and the card view ends with
// the groups.
func TestPreviewGroupsStories(t *testing.T) {
	t.Parallel() // its own temporary folder and servers; overlaps the fail-over test
	dir := sharedtest.FeedsDir(t)
	clusters := func(file string) map[string]string {
		t.Helper()
		out, errOut, err := runCmd(t, nil, "", "preview", "-json", filepath.Join(dir, file))
		if err != nil {
			t.Fatalf("preview %s: %v\n%s", file, err, errOut)
		}
		got := map[string]string{}
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			var rec app.PreviewRecord
			if err := json.Unmarshal([]byte(line), &rec); err != nil {
				t.Fatal(err)
			}
			got[rec.Title] = rec.Cluster
		}
		return got
	}
	bbc := clusters("fastnews-bbc-frontpage-2026.xml")
	a, b := bbc["Rochdale v York City: Their day, until it wasn't - the title decider that had it all"], bbc["Their day, until it wasn't - the title decider that had it all"]
	if a == "" || a != b {
		t.Errorf("the Rochdale report posted twice: clusters %q and %q, want one", a, b)
	}
	if c := bbc["Seven dead in major Russian attack on Ukraine"]; c == a {
		t.Errorf("an unrelated story joined the Rochdale cluster %q", a)
	}
	wapo := clusters("nodefeedparser-wapo-wellness.xml")
	seen := map[string]string{}
	for title, c := range wapo {
		if !strings.Contains(title, "wellness calendar, Aug. 23-30") {
			continue
		}
		if other, ok := seen[c]; ok {
			t.Errorf("listings %q and %q share cluster %s", title, other, c)
		}
		seen[c] = title
	}
	if len(seen) != 6 {
		t.Errorf("%d distinct clusters for the six Aug. 23-30 listings, want 6", len(seen))
	}
	out, _, err := runCmd(t, nil, "", "preview", filepath.Join(dir, "fastnews-bbc-frontpage-2026.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "(2 items):\n") || !strings.Contains(out, ". Rochdale v York City") {
		t.Errorf("card view does not list the Rochdale story's two items:\n%s", out[max(0, len(out)-600):])
	}
}
