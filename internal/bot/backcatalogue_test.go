package bot_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/ingest"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/sharedtest"
)

// A feed whose first poll brings undated items (heise's 2018 ticker from
// the shared corpus: 60 items without dates) does not lead /latest or
// /topic: dated news comes first, and the back catalogue after all of it,
// across "More" pages. An undated item that appears in a later poll is
// news, listed by when it was first seen.
func TestLatestKeepsBackCatalogueBelowNews(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	rdfBytes, err := os.ReadFile(filepath.Join(sharedtest.FeedsDir(t), "miniflux-heise-rdf09.xml"))
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	rdf := string(rdfBytes)
	var wire strings.Builder
	wire.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>`)
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&wire, `<item><title>Dated wire story %d</title><link>https://wire.example/%d</link><description>Text %d.</description><pubDate>%s</pubDate></item>`,
			i, i, i, h.now.Add(-time.Duration(i)*time.Hour).Format(time.RFC1123Z))
	}
	wire.WriteString(`</channel></rss>`)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if r.URL.Path == "/heise" {
			w.Write([]byte(rdf))
			return
		}
		w.Write([]byte(wire.String()))
	}))
	defer srv.Close()
	for _, path := range []string{"/heise", "/wire"} {
		if _, err := h.db.AddFeed(ctx, news.Feed{URL: srv.URL + path, Enabled: true}); err != nil {
			t.Fatal(err)
		}
	}
	p, err := ingest.NewPoller(ingest.Config{Store: h.db, Now: func() time.Time { return h.now }, Timeout: 5 * time.Second,
		Enrich: func(a *news.Article) {
			a.Topics = []news.TopicScore{{Topic: news.TopicTechnology, Score: 1}}
			a.Summary = a.Title + "."
		}})
	if err != nil {
		t.Fatal(err)
	}
	poll := func() {
		t.Helper()
		if rep, err := p.PollOnce(ctx); err != nil || rep.Failed > 0 {
			t.Fatalf("poll: %v %+v", err, rep)
		}
		h.now = h.now.Add(time.Minute)
	}
	// belowNews checks that no heise story comes before the last dated one.
	belowNews := func(what, text string) {
		t.Helper()
		lastDated := strings.Index(text, "Dated wire story 3")
		firstOld := strings.Index(text, "heise online News")
		if lastDated < 0 {
			t.Fatalf("%s lacks the dated news:\n%s", what, text)
		}
		if firstOld >= 0 && firstOld < lastDated {
			t.Errorf("%s lists heise's back catalogue above dated news:\n%s", what, text)
		}
	}

	h.say("/start")
	poll()
	r := h.say("/latest")
	belowNews("/latest", r.reply.Text)
	h.now = h.now.Add(time.Minute)
	belowNews("/topic technology", h.say("/topic technology").reply.Text)

	// "More" goes on into the back catalogue and never back to the news.
	if len(r.reply.Keyboard) != 1 {
		t.Fatalf("/latest has no More button: %+v", r.reply.Keyboard)
	}
	seen := strings.Count(r.reply.Text, "heise online News")
	for page := 2; page <= 3; page++ {
		h.now = h.now.Add(time.Minute)
		next, notice := h.press(r.messageID, r.reply.Keyboard[0][0].Data)
		if notice != "" {
			t.Fatalf("More: %q", notice)
		}
		if strings.Contains(next.reply.Text, "Dated wire story") {
			t.Errorf("page %d repeats dated news:\n%s", page, next.reply.Text)
		}
		if n := strings.Count(next.reply.Text, "heise online News"); n == 0 {
			t.Errorf("page %d holds no back catalogue:\n%s", page, next.reply.Text)
		} else {
			seen += n
		}
		r = next
		if len(r.reply.Keyboard) != 1 {
			break
		}
	}
	if seen < 10 {
		t.Errorf("three pages showed %d back-catalogue stories", seen)
	}

	// A new undated item in the next poll is fresh: it leads the list.
	mu.Lock()
	rdf = strings.Replace(rdf, "<item>", `<item><title>Astana hosts a Central Asian IT forum</title><link>https://www.heise.de/newsticker/meldung/new-1.html</link><description>Fresh.</description></item>
	<item>`, 1)
	mu.Unlock()
	h.now = h.now.Add(10 * time.Minute)
	poll()
	text := h.say("/latest").reply.Text
	fresh, dated := strings.Index(text, "Astana hosts a Central Asian IT forum"), strings.Index(text, "Dated wire story 1")
	if fresh < 0 || dated < 0 || fresh > dated {
		t.Errorf("the undated item of the second poll does not lead /latest:\n%s", text)
	}
	belowNews("/latest after the second poll", strings.Replace(text, "heise online News", "", 1))
}
