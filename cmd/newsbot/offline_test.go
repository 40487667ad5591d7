package main

import (
	"context"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"path/filepath"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/store"
	"github.com/newsbot/newsbot/internal/telegram/telegramtest"
)

const offlineFeed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Steppe Wire</title>
<item><title>Almaty metro extends a line</title><link>https://steppe.example/metro</link><guid>metro-1</guid>
<description>The city opened two stations on Monday, officials in Almaty said.</description></item>
</channel></rss>`

// run starts while the Bot API cannot be reached: it keeps running, says on
// /healthz that Telegram is down (liveness stays fine), polls feeds and
// queues due digests meanwhile, and connects and delivers once Telegram is
// back.
func TestRunStartsWithoutTelegram(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	feed := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(offlineFeed))
	}))
	defer feed.Close()

	dbPath := filepath.Join(t.TempDir(), "newsbot.db")
	db, err := store.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now().UTC()
	if _, _, err := db.SaveArticles(ctx, []news.Article{{
		Source: "Steppe Wire", GUID: "g1", URL: "https://steppe.example/oil", Title: "Tengiz output rises", Body: "Tengiz output rises.",
		Lang: "en", PublishedAt: now.Add(-time.Hour), Analysis: news.Analysis{Summary: "Tengiz output rises, officials said.",
			Countries: []news.CountryScore{{Code: "KZ", Score: 10, Primary: true}}, Cluster: "c1", AnalyzedAt: now.Add(-time.Hour)},
	}}); err != nil {
		t.Fatal(err)
	}
	const chat = 6101
	if err := db.SaveSubscriber(ctx, news.Subscriber{ChatID: chat, ChatType: news.ChatPrivate, Status: news.StatusActive,
		Preferences:  news.Preferences{Lang: "en", Countries: []string{"KZ"}, Timezone: "Asia/Almaty", DigestTime: "08:00"},
		NextDigestAt: now.Add(-time.Minute)}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddFeed(ctx, news.Feed{URL: feed.URL + "/rss", Name: "Steppe Wire"}); err != nil {
		t.Fatal(err)
	}
	db.Close()

	tg := startTelegram(t)
	tg.AddPrivateChat(telegramtest.User{ID: chat, FirstName: "Reader"})
	// The Bot API behind a gate: 502 while down, the fake Telegram once up.
	var up atomic.Bool
	target, _ := url.Parse(tg.URL())
	proxy := httputil.NewSingleHostReverseProxy(target)
	proxy.ErrorLog = log.New(io.Discard, "", 0) // the long poll cancelled at stop
	gate := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !up.Load() {
			http.Error(w, "<html>502 Bad Gateway</html>", http.StatusBadGateway)
			return
		}
		proxy.ServeHTTP(w, r)
	}))
	t.Cleanup(gate.Close) // after run has stopped: a long poll may go through it
	env := botEnv(t, tg, dbPath, 1)
	env["NEWSBOT_TELEGRAM_API_URL"] = gate.URL
	in := startRun(t, env)

	health := func() (int, deliver.Health) {
		code, body := in.httpGet(t, "/healthz")
		var h deliver.Health
		if err := json.Unmarshal([]byte(body), &h); err != nil {
			t.Fatalf("/healthz body %q: %v", body, err)
		}
		return code, h
	}
	waitUntil(t, 20*time.Second, "/healthz to name Telegram down", func() bool {
		code, h := health()
		return code == http.StatusServiceUnavailable && slices.Equal(h.Down, []string{"telegram"}) && h.Parts["telegram"] != ""
	})
	if code, _ := in.httpGet(t, "/livez"); code != http.StatusOK {
		t.Errorf("/livez = %d while Telegram is down, want 200", code)
	}
	if code, _ := in.httpGet(t, "/readyz"); code != http.StatusServiceUnavailable {
		t.Errorf("/readyz = %d while Telegram is down, want 503", code)
	}
	// The poller and the scheduler work meanwhile.
	waitUntil(t, 20*time.Second, "the feed polled and the digest queued", func() bool {
		_, h := health()
		return !h.LastPollAt.IsZero() && outboxCounts(t, dbPath)[news.OutboxPending] >= 1
	})
	if n := tg.SentCount(chat); n != 0 {
		t.Fatalf("%d messages reached Telegram while it was down", n)
	}
	if in.stopped {
		t.Fatal("run stopped")
	}
	select {
	case err := <-in.done:
		t.Fatalf("run ended while Telegram was down: %v", err)
	default:
	}

	up.Store(true)
	waitUntil(t, 90*time.Second, "/healthz to turn ok", func() bool {
		code, h := health()
		return code == http.StatusOK && h.Parts["telegram"] == "ok"
	})
	msgs := waitSent(t, tg, chat, 1)
	if len(msgs) != 1 {
		t.Errorf("reader got %d messages, want the one digest", len(msgs))
	}
	in.stopPromptly(t)
}
