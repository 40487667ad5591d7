package deliver_test

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

	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/ingest"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/sharedtest"
)

// undatedFeeds serves two feeds: heise's 2018 news ticker from the shared
// corpus, whose 60 items carry no date, and a wire whose three items are
// dated an hour or so before now. addUndated puts a new undated item on
// top of the heise feed, as if it had just been published.
type undatedFeeds struct {
	srv *httptest.Server
	mu  sync.Mutex
	rdf string
}

func newUndatedFeeds(t *testing.T, now time.Time) *undatedFeeds {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(sharedtest.FeedsDir(t), "miniflux-heise-rdf09.xml"))
	if err != nil {
		t.Fatal(err)
	}
	u := &undatedFeeds{rdf: string(b)}
	var wire strings.Builder
	wire.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>`)
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&wire, `<item><title>Dated wire story %d</title><link>https://wire.example/%d</link><description>Text of story %d.</description><pubDate>%s</pubDate></item>`,
			i, i, i, now.Add(-time.Duration(i)*time.Hour).Format(time.RFC1123Z))
	}
	wire.WriteString(`</channel></rss>`)
	u.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u.mu.Lock()
		defer u.mu.Unlock()
		if r.URL.Path == "/heise" {
			w.Write([]byte(u.rdf))
			return
		}
		w.Write([]byte(wire.String()))
	}))
	t.Cleanup(u.srv.Close)
	return u
}

func (u *undatedFeeds) addUndated(title string) {
	u.mu.Lock()
	defer u.mu.Unlock()
	item := fmt.Sprintf("<item><title>%s</title><link>https://www.heise.de/newsticker/meldung/new-1.html</link><description>Fresh.</description></item>\n\t<item>", title)
	u.rdf = strings.Replace(u.rdf, "<item>", item, 1)
}

// A feed whose first poll brings years-old undated items (heise, 2018)
// does not fill a digest with them; an undated item that appears in a
// later poll is news and does reach the digest.
func TestDigestLeavesOutBackCatalogue(t *testing.T) {
	ctx := context.Background()
	var mu sync.Mutex
	now := t0
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	db, _ := openDB(t, clock)
	feeds := newUndatedFeeds(t, t0)
	for _, path := range []string{"/heise", "/wire"} {
		if _, err := db.AddFeed(ctx, news.Feed{URL: feeds.srv.URL + path, Enabled: true}); err != nil {
			t.Fatal(err)
		}
	}
	p, err := ingest.NewPoller(ingest.Config{Store: db, Now: clock, Timeout: 5 * time.Second,
		Enrich: func(a *news.Article) {
			a.Countries, a.Topics = primary("KZ"), []news.TopicScore{{Topic: news.TopicTechnology, Score: 1}}
			a.Summary, a.AnalyzedAt = a.Title+".", clock()
		}})
	if err != nil {
		t.Fatal(err)
	}
	poll := func() {
		t.Helper()
		rep, err := p.PollOnce(ctx)
		if err != nil || rep.Failed > 0 {
			t.Fatalf("poll: %v %+v", err, rep)
		}
	}
	if err := db.SaveSubscriber(ctx, news.Subscriber{ChatID: 7, Status: news.StatusActive, Preferences: news.Preferences{
		Lang: "en", Timezone: "UTC", DigestTime: "12:00", Countries: []string{"KZ"}}}); err != nil {
		t.Fatal(err)
	}
	s := deliver.NewScheduler(db, testRender(), nil, nil, nil, deliver.SchedulerConfig{}, clock)
	digest := func() string {
		t.Helper()
		msgs, err := s.Preview(ctx, 7)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for _, m := range msgs {
			b.WriteString(m.Text)
		}
		return b.String()
	}

	advance := func(d time.Duration) {
		mu.Lock()
		now = now.Add(d)
		mu.Unlock()
	}
	poll()
	advance(time.Minute) // the digest comes after the poll
	got := digest()
	for _, want := range []string{"Dated wire story 1", "Dated wire story 2", "Dated wire story 3"} {
		if !strings.Contains(got, want) {
			t.Errorf("digest after the first poll lacks %q:\n%s", want, got)
		}
	}
	if n := strings.Count(got, "heise online News"); n != 0 {
		t.Errorf("digest after the first poll has %d stories of heise's 2018 back catalogue:\n%s", n, got)
	}

	advance(10 * time.Minute)
	feeds.addUndated("Astana hosts a Central Asian IT forum")
	poll()
	advance(time.Minute)
	got = digest()
	if !strings.Contains(got, "Astana hosts a Central Asian IT forum") {
		t.Errorf("an undated item first seen in a later poll is missing from the digest:\n%s", got)
	}
	if n := strings.Count(got, "heise online News"); n != 1 {
		t.Errorf("digest after the second poll has %d heise stories, want only the new one:\n%s", n, got)
	}
}
