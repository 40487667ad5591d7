package deliver_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/news"
)

func TestHealthAndMetrics(t *testing.T) {
	ctx := context.Background()
	db, _ := openDB(t, nil)
	polled := time.Date(2025, 5, 1, 10, 0, 0, 0, time.UTC)
	if err := db.SetMetaTime(ctx, "last_poll_at", polled); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Enqueue(ctx, []news.OutboxMessage{{IdemKey: "1:reply:a", ChatID: 1, Kind: news.KindReply, Text: "x"}}); err != nil {
		t.Fatal(err)
	}
	m := deliver.NewMetrics()
	m.PollDone("https://feed.example/rss", 150*time.Millisecond, errors.New("timeout"))
	m.ArticlesIngested(3)
	m.ArticlesPruned(4)
	if _, _, err := db.SaveArticles(ctx, []news.Article{
		{GUID: "a", URL: "https://x.example/a", Title: "A", ContentHash: "a"},
		{GUID: "b", URL: "https://x.example/b", Title: "B", ContentHash: "b"},
	}); err != nil {
		t.Fatal(err)
	}
	m.WatchStore(func(ctx context.Context) (deliver.StoreSize, error) {
		s, err := db.Stats(ctx)
		return deliver.StoreSize{Bytes: s.Bytes, Free: s.Free, Articles: s.Articles}, err
	})
	srv := httptest.NewServer(deliver.Handler(db, m, nil))
	defer srv.Close()

	resp, err := http.Get(srv.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	var h deliver.Health
	if err := json.NewDecoder(resp.Body).Decode(&h); err != nil {
		t.Fatalf("healthz body: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !h.OK || h.Backlog != 1 || !h.LastPollAt.Equal(polled) {
		t.Errorf("healthz = %d %+v, want 200, ok, backlog 1, last poll %s", resp.StatusCode, h, polled)
	}

	resp, err = http.Get(srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{
		`newsbot_outbox_messages{state="pending"} 1`,
		`newsbot_feed_poll_errors_total{feed="https://feed.example/rss"} 1`,
		`newsbot_articles_ingested_total 3`,
		`newsbot_articles_pruned_total 4`,
		`newsbot_articles_stored 2`,
		`newsbot_database_bytes `,
		`newsbot_database_free_bytes `,
		`go_goroutines`,
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}

	db.Close()
	resp, err = http.Get(srv.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("healthz with the database closed = %d, want 503", resp.StatusCode)
	}
}
