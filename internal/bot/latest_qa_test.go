package bot_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

// A story below the first page that two outlets carry must not break the
// page: the list ends at the page size and the later copy is only an "also".
func TestLatestWithACopiedStoryBelowThePage(t *testing.T) {
	h := newHarness(t)
	h.say("/start")
	var arts []news.Article
	add := func(guid, source, cluster string, age time.Duration) {
		a := news.Article{GUID: guid, URL: "https://example.com/" + guid, Source: source,
			Title: "Story " + guid, Body: "Body.", Lang: "en", PublishedAt: testNow.Add(-age), FetchedAt: testNow}
		a.Cluster = cluster
		arts = append(arts, a)
	}
	for i := 0; i < 8; i++ { // a full page of stories
		add(fmt.Sprintf("s%d", i), "Example", fmt.Sprintf("c%d", i), time.Duration(i)*time.Hour)
	}
	add("s8", "Example", "c8", 8*time.Hour) // the ninth story, carried by two outlets
	add("s8-copy", "Other", "c8", 9*time.Hour)
	if _, _, err := h.db.SaveArticles(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
	r := h.say("/latest")
	mustContain(t, r.reply.Text, "Story s0", "Story s7")
	if strings.Contains(r.reply.Text, "went wrong") || strings.Contains(r.reply.Text, "Story s8") {
		t.Errorf("first page:\n%s", r.reply.Text)
	}
}
