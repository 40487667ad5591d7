package app

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestPreviewUndatedItemsStayApart: preview groups a feed's items into
// stories, but items without a date all carry the time the file was read,
// so grouping them would join reports that may be years apart. A report
// posted twice is one story when both copies are dated, and two when
// neither is, in English and in Russian.
func TestPreviewUndatedItemsStayApart(t *testing.T) {
	reports := []struct {
		name, title, body string
	}{
		{"english", "Flood forces thousands from homes in Almaty region",
			"Rising water from the Ili river flooded villages in the Almaty region on Tuesday, and rescuers moved 4,200 people to schools in Kapchagay, the emergencies ministry said."},
		{"russian", "Паводок вынудил тысячи жителей Алматинской области покинуть дома",
			"Во вторник вода реки Или затопила сёла Алматинской области, спасатели вывезли 4200 человек в школы Капчагая, сообщило министерство по чрезвычайным ситуациям."},
	}
	dates := []struct {
		name      string
		pubDate   string // "" for none
		wantSplit bool
	}{
		{"dated", "<pubDate>Tue, 14 May 2024 09:00:00 GMT</pubDate>", false},
		{"undated", "", true},
	}
	for _, r := range reports {
		for _, d := range dates {
			t.Run(r.name+"/"+d.name, func(t *testing.T) {
				var items strings.Builder
				for i := range 2 {
					fmt.Fprintf(&items, "<item><title>%s</title><link>https://news.example/%d</link>%s<description>%s</description></item>\n",
						r.title, i, d.pubDate, r.body)
				}
				feed := `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title><link>https://news.example/</link>` +
					items.String() + `</channel></rss>`
				var out bytes.Buffer
				err := Preview(&out, "feed.xml", []byte(feed), "", "", PreviewOptions{
					StoryWindow: 96 * time.Hour, JSON: true, Now: time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)})
				if err != nil {
					t.Fatal(err)
				}
				var clusters []string
				for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
					var rec PreviewRecord
					if err := json.Unmarshal([]byte(line), &rec); err != nil {
						t.Fatalf("%v: %s", err, line)
					}
					clusters = append(clusters, rec.Cluster)
				}
				if len(clusters) != 2 || clusters[0] == "" || clusters[1] == "" {
					t.Fatalf("clusters %q, want two named", clusters)
				}
				if split := clusters[0] != clusters[1]; split != d.wantSplit {
					t.Errorf("clusters %q: apart = %v, want %v", clusters, split, d.wantSplit)
				}
			})
		}
	}
}
