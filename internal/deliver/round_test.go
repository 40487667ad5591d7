package deliver_test

import (
	"context"
	"crypto/sha256"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	_ "time/tzdata"

	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/render"
	"github.com/newsbot/newsbot/internal/store"
)

var updateRound = flag.Bool("update", false, "rewrite testdata/*.golden with the current output")

// roundArticles are varied and hostile on purpose: markup and entities in
// every field, control characters, Russian, oversized titles, summaries and
// quotes, unsafe or empty links, unknown countries and topics, clusters with
// many outlets, some outside the window.
func roundArticles(rng *rand.Rand, n int, now time.Time) []news.Article {
	titles := []string{
		"Story about <b>Tom</b> & \"Jerry\"", "Путин и «Газпром»: новые <договорённости>",
		"Tabs\tand\nnewlines  and   spaces", "Control\x01char\x7fs and \xffbad UTF-8",
		strings.Repeat("A very long headline that goes on ", 15), "", "   ", "Emoji 🇰🇿 and flags 🚀 &amp; entity",
	}
	summaries := []string{
		"What happened, in two sentences. It matters because of this.",
		"", strings.Repeat("Длинное резюме на русском языке с подробностями. ", 20),
		"Less < more > equal & done.\n\nSecond paragraph that a digest drops.",
		"Dr. Smith met U.S. officials. Then left!",
	}
	bodies := []string{"", "Body first paragraph <i>kept</i>.\n\nBody second paragraph.", "  \n\n  "}
	urls := []string{
		"https://news%d.example/story/%d", "http://www.Example.COM/path?q=%d&x=%d", "javascript:alert(%d%d)",
		"", "https://user:pw@evil.example/%d/%d", " https://spaced.example/%d/%d ", "/relative/%d/%d",
	}
	sources := []string{"Outlet A", "outlet a", "", "Агентство <Б>", "Reuters", "AP", "BBC", "Le Monde", "DW", "Tengri"}
	quotes := []news.Quote{
		{Text: "We will keep working on this", Speaker: "A Minister", Score: 1},
		{Text: strings.Repeat("A long quote <with> markup & more. ", 20), Speaker: strings.Repeat("Speaker ", 15), Score: 2},
		{Text: "Мы продолжим", Speaker: "", Score: 0.5},
	}
	countries := []string{"KZ", "UZ", "KG", "RU", "US", "CN", "XX", "kz", "GE"}
	topics := news.Topics()
	arts := make([]news.Article, n)
	for i := range arts {
		pub := now.Add(-time.Duration(rng.Int64N(int64(30 * time.Hour))))
		cluster := ""
		if rng.IntN(3) != 0 {
			cluster = fmt.Sprint("cluster-", rng.IntN(n/4))
		}
		a := news.Article{
			Source: sources[rng.IntN(len(sources))],
			URL:    fmt.Sprintf(urls[rng.IntN(len(urls))], i%7, i),
			GUID:   fmt.Sprint(i), Title: titles[rng.IntN(len(titles))] + fmt.Sprint(" #", i),
			Body: bodies[rng.IntN(len(bodies))], Lang: "en",
			PublishedAt: pub, FetchedAt: pub, UpdatedAt: pub, ContentHash: fmt.Sprint("h", i),
			Analysis: news.Analysis{
				Summary:    summaries[rng.IntN(len(summaries))],
				Countries:  []news.CountryScore{{Code: countries[rng.IntN(len(countries))], Score: 1, Primary: rng.IntN(4) > 0}},
				Cluster:    cluster,
				AnalyzedAt: pub,
			},
		}
		if rng.IntN(2) == 0 {
			a.Countries = append(a.Countries, news.CountryScore{Code: countries[rng.IntN(len(countries))], Score: 0.3})
		}
		for range rng.IntN(3) {
			a.Quotes = append(a.Quotes, quotes[rng.IntN(len(quotes))])
		}
		switch rng.IntN(6) {
		case 0:
		case 1:
			a.Topics = []news.TopicScore{{Topic: "not-a-topic", Score: 1}}
		default:
			a.Topics = []news.TopicScore{{Topic: topics[rng.IntN(len(topics))].Slug, Score: 1}}
		}
		arts[i] = a
	}
	return arts
}

func roundSubscribers(rng *rand.Rand, n int, now time.Time) []news.Subscriber {
	zones := []string{"Asia/Almaty", "Asia/Tashkent", "Europe/Moscow", "America/New_York", "", "Mars/Olympus"}
	langs := []string{"en", "ru", "ru-RU", "", "de"}
	countries := []string{"KZ", "UZ", "KG", "RU", "US", "CN", "XX", "FR"}
	topics := news.Topics()
	subs := make([]news.Subscriber, n)
	for i := range subs {
		s := news.Subscriber{ChatID: int64(i + 1), NextDigestAt: now.Add(-time.Duration(rng.IntN(90)) * time.Minute),
			Preferences: news.Preferences{
				Lang: langs[rng.IntN(len(langs))], Timezone: zones[rng.IntN(len(zones))],
				DigestTime: []string{"08:00", "21:30", "bad"}[rng.IntN(3)],
				GroupBy:    []news.GroupBy{news.GroupByCountry, news.GroupByTopic, ""}[rng.IntN(3)],
				QuietDay:   rng.IntN(4) == 0,
			}}
		if i%5 == 0 {
			s.ChatID = -int64(1000 + i)
			s.ChatType = news.ChatGroup
		}
		for range rng.IntN(4) {
			s.Countries = append(s.Countries, countries[rng.IntN(len(countries))])
		}
		if rng.IntN(3) == 0 {
			s.Topics = []news.Topic{topics[rng.IntN(len(topics))].Slug, "not-a-topic"}
		}
		subs[i] = s
	}
	return subs
}

// TestSchedulerRoundGolden pins a whole scheduling round, in several
// batches, byte for byte: every outbox row (key, options, times and a hash
// of its text) in insertion order and every subscriber's booking. It guards
// the round's speed work; run with -update only after checking a change.
func TestSchedulerRoundGolden(t *testing.T) {
	plain := deliver.Render{Digest: render.Digest, QuietDay: render.QuietDay, Breaking: render.Breaking}
	cached := plain
	cached.DigestRound = func() func(news.Digest, *time.Location) []string { return render.NewDigestCache().Digest }
	t.Run("render.Digest", func(t *testing.T) { checkRound(t, plain) })
	if !*updateRound {
		t.Run("render.DigestCache", func(t *testing.T) { checkRound(t, cached) })
	}
}

func checkRound(t *testing.T, rnd deliver.Render) {
	ctx := context.Background()
	now := time.Date(2025, 3, 9, 6, 30, 0, 0, time.UTC) // New York's clocks spring forward today
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "round.db"), store.WithClock(func() time.Time { return now }))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rng := rand.New(rand.NewPCG(7, 11))
	if _, _, err := db.SaveArticles(ctx, roundArticles(rng, 900, now)); err != nil {
		t.Fatal(err)
	}
	subs := roundSubscribers(rng, 700, now)
	if err := db.SaveSubscribers(ctx, subs); err != nil {
		t.Fatal(err)
	}
	s := deliver.NewScheduler(db, rnd, nil, nil, nil, deliver.SchedulerConfig{Batch: 64}, func() time.Time { return now })
	n, err := s.Tick(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n != len(subs) {
		t.Errorf("Tick handled %d subscribers, want %d", n, len(subs))
	}
	// Outbox ids give the insertion order across chats.
	type row struct {
		id   int64
		line string
	}
	var rows []row
	var bookings strings.Builder
	for _, sub := range subs {
		msgs, err := db.OutboxMessages(ctx, sub.ChatID)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range msgs {
			rows = append(rows, row{m.ID, fmt.Sprintf("%d %s chat=%d kind=%s content=%s mode=%s silent=%t nopreview=%t state=%s not_before=%s created=%s text=%x/%d",
				m.ID, m.IdemKey, m.ChatID, m.Kind, m.ContentID, m.ParseMode, m.DisableNotification, m.DisablePreview,
				m.State, m.NotBefore.Format(time.RFC3339Nano), m.CreatedAt.Format(time.RFC3339Nano), sha256.Sum256([]byte(m.Text)), len(m.Text))})
		}
		got, err := db.Subscriber(ctx, sub.ChatID)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&bookings, "chat=%d last=%s next=%s\n", got.ChatID, got.LastDigestAt.Format(time.RFC3339), got.NextDigestAt.Format(time.RFC3339))
	}
	var b strings.Builder
	for id := int64(1); len(rows) > 0; id++ {
		// Rows come per chat; lay them out by id.
		found := false
		for i, r := range rows {
			if r.id == id {
				b.WriteString(r.line + "\n")
				rows = append(rows[:i], rows[i+1:]...)
				found = true
				break
			}
		}
		if !found {
			t.Fatalf("outbox ids not contiguous: no row %d", id)
		}
	}
	b.WriteString(bookings.String())
	got := b.String()
	path := filepath.Join("testdata", "round.golden")
	if *updateRound {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run go test -update to create it): %v", err)
	}
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := range min(len(gl), len(wl)) {
			if gl[i] != wl[i] {
				t.Fatalf("round differs from %s at line %d:\ngot:  %s\nwant: %s", path, i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("round differs from %s: %d lines, want %d", path, len(gl), len(wl))
	}
}
