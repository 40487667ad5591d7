package deliver_test

import (
	"bufio"
	"context"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/news"
)

// scrape returns the samples of /metrics by their "name{labels}" text.
func scrape(t *testing.T, url string) map[string]float64 {
	t.Helper()
	resp, err := http.Get(url + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	out := map[string]float64{}
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			t.Fatalf("metric line %q: %v", line, err)
		}
		out[line[:i]] = v
	}
	return out
}

// The gauges an operator watches are read from the store at every scrape:
// subscribers by status, how long each feed has been silent, the outbox's
// depth and how long its oldest due message has waited.
func TestOperatorGauges(t *testing.T) {
	ctx := context.Background()
	db, _ := openDB(t, nil)
	now := time.Now().UTC()
	for id, status := range map[int64]news.Status{1: news.StatusActive, 2: news.StatusActive, 3: news.StatusPaused, 4: news.StatusBlocked} {
		if err := db.SaveSubscriber(ctx, news.Subscriber{ChatID: id, Status: status, Preferences: news.Preferences{Lang: "en"}}); err != nil {
			t.Fatal(err)
		}
	}
	feed := func(url, name string, lastFetch time.Time, failures int) news.Feed {
		f, err := db.AddFeed(ctx, news.Feed{URL: url, Name: name})
		if err != nil {
			t.Fatal(err)
		}
		if lastFetch.IsZero() {
			return f
		}
		f.LastFetchAt, f.ConsecutiveFailures, f.Enabled = lastFetch, failures, true
		if failures > 0 {
			f.LastStatus, f.LastError, f.FirstFailureAt = "error", "timeout", lastFetch
		}
		if err := db.SaveFeedState(ctx, f); err != nil {
			t.Fatal(err)
		}
		return f
	}
	feed("https://a.example/rss", "Healthy", now.Add(-time.Hour), 0)
	failing := feed("https://b.example/rss", "Failing", now.Add(-3*time.Hour), 0)
	failing.LastFetchAt, failing.ConsecutiveFailures, failing.LastError = now.Add(-time.Minute), 3, "timeout"
	if err := db.SaveFeedState(ctx, failing); err != nil {
		t.Fatal(err)
	}
	feed("https://c.example/rss", "Never", time.Time{}, 0)
	if _, err := db.Enqueue(ctx, []news.OutboxMessage{
		{IdemKey: "1:reply:late", ChatID: 1, Kind: news.KindReply, Text: "x", NotBefore: now.Add(-10 * time.Minute)},
		{IdemKey: "2:reply:later", ChatID: 2, Kind: news.KindReply, Text: "y", NotBefore: now.Add(time.Hour)},
	}); err != nil {
		t.Fatal(err)
	}

	srv := httptest.NewServer(deliver.Handler(db, deliver.NewMetrics(), nil))
	defer srv.Close()
	got := scrape(t, srv.URL)
	for _, tc := range []struct {
		name     string
		sample   string
		min, max float64
	}{
		{"active subscribers", `newsbot_subscribers{status="active"}`, 2, 2},
		{"paused subscribers", `newsbot_subscribers{status="paused"}`, 1, 1},
		{"blocked subscribers", `newsbot_subscribers{status="blocked"}`, 1, 1},
		{"left subscribers", `newsbot_subscribers{status="left"}`, 0, 0},
		{"healthy feed silent an hour", `newsbot_feed_last_success_age_seconds{feed="Healthy"}`, 3600, 3600 + 300},
		{"failing feed silent since its last success", `newsbot_feed_last_success_age_seconds{feed="Failing"}`, 3 * 3600, 3*3600 + 300},
		{"outbox depth", `newsbot_outbox_messages{state="pending"}`, 2, 2},
		{"oldest due message", `newsbot_outbox_oldest_due_age_seconds`, 600, 600 + 300},
	} {
		v, ok := got[tc.sample]
		if !ok || v < tc.min || v > tc.max {
			t.Errorf("%s: %s = %v (present %v), want %v to %v", tc.name, tc.sample, v, ok, tc.min, tc.max)
		}
	}
	if _, ok := got[`newsbot_feed_last_success_age_seconds{feed="Never"}`]; ok {
		t.Error("a feed never fetched successfully has an age")
	}

	// The due message sent: nothing due waits, and the age says so.
	claimed, err := db.ClaimOutbox(ctx, now, now.Add(time.Minute), 10)
	if err != nil || len(claimed) != 1 {
		t.Fatalf("claim = %v, %v; want the one due message", claimed, err)
	}
	if err := db.RecordOutbox(ctx, []news.OutboxResult{{ID: claimed[0].ID, State: news.OutboxSent, MessageID: 1}}); err != nil {
		t.Fatal(err)
	}
	if v := scrape(t, srv.URL)[`newsbot_outbox_oldest_due_age_seconds`]; v != 0 {
		t.Errorf("oldest due age with nothing waiting = %v, want 0", v)
	}
}
