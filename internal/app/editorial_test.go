package app

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/store"
)

// An editor previews a broadcast, the bot restarts, and the editor presses
// Send on the old preview: the draft is still there and goes out once. A
// draft made after the restart gets a new id, so the old preview's buttons
// can never send it.
func TestBroadcastDraftSurvivesRestart(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "newsbot.db")
	start := func() (*store.DB, *Editorial) {
		db, err := store.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		b := deliver.NewBroadcaster(db, Renderer(), nil, 25, nil, nil, nil)
		return db, NewEditorial(ctx, func(f func()) {}, b, db, nil, nil)
	}
	db, ed := start()
	for id, c := range map[int64]string{1: "KZ", 2: "KZ", 3: "UZ"} {
		if err := db.SaveSubscriber(ctx, news.Subscriber{ChatID: id, Status: news.StatusActive,
			Preferences: news.Preferences{Lang: "en", Countries: []string{c}}}); err != nil {
			t.Fatal(err)
		}
	}
	d, err := ed.Draft(ctx, 42, "broadcast", "Polls close at <8 pm> & results follow")
	if err != nil {
		t.Fatal(err)
	}
	if d.Audience != 3 || !strings.Contains(d.Text, "&lt;8 pm&gt; &amp; results") {
		t.Fatalf("draft = %+v, want all 3 chats and escaped text", d)
	}
	if d, err = ed.SetAudience(ctx, d.ID, []string{"KZ"}, nil); err != nil || d.Audience != 2 {
		t.Fatalf("narrowed draft = %+v, %v; want 2 chats", d, err)
	}
	db.Close() // the restart

	db, ed = start()
	defer db.Close()
	again, err := ed.LoadDraft(ctx, d.ID)
	if err != nil || again.Audience != 2 || again.Text != d.Text {
		t.Fatalf("after restart: %+v, %v; want the narrowed draft", again, err)
	}
	other, err := ed.Draft(ctx, 43, "broadcast", "another editor's note")
	if err != nil || other.ID == d.ID {
		t.Fatalf("new draft %+v, %v: its id must differ from %d", other, err, d.ID)
	}
	if err := ed.Send(ctx, d.ID, 42, 100, func(bot.Progress) {}); err != nil {
		t.Fatal(err)
	}
	if err := ed.Send(ctx, d.ID, 42, 100, func(bot.Progress) {}); !errors.Is(err, news.ErrNotFound) {
		t.Errorf("second Send: %v, want ErrNotFound", err)
	}
	for chat, want := range map[int64]int{1: 1, 2: 1, 3: 0} {
		if msgs, _ := db.OutboxMessages(ctx, chat); len(msgs) != want {
			t.Errorf("chat %d has %d messages, want %d", chat, len(msgs), want)
		}
	}
	if err := ed.Cancel(ctx, other.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := ed.LoadDraft(ctx, other.ID); !errors.Is(err, news.ErrNotFound) {
		t.Errorf("cancelled draft loads: %v", err)
	}
	rec, _ := db.Broadcast(ctx, other.ID)
	if rec.State != news.BroadcastCancelled || rec.EditorID != 43 {
		t.Errorf("cancelled draft on record as %+v", rec)
	}
}

// /breaking on a story a feed already brought uses the stored, analysed
// copy: no fetch (the site may be down), and its audience comes from the
// stored countries.
func TestBreakingUsesTheStoredArticle(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "newsbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	now := time.Now().UTC()
	a := news.Article{URL: "https://timesca.com/news/1", Source: "The Times of Central Asia", Title: "Astana and Tashkent sign a water deal",
		Body: "The two governments signed the deal on Friday.", Lang: "en", PublishedAt: now, FetchedAt: now, UpdatedAt: now,
		Analysis: news.Analysis{AnalyzedAt: now, Summary: "The two governments signed the deal on Friday.",
			Countries: []news.CountryScore{{Code: "KZ", Primary: true, Score: 3}, {Code: "UZ", Primary: true, Score: 2}}}}
	if _, _, err := db.SaveArticles(ctx, []news.Article{a}); err != nil {
		t.Fatal(err)
	}
	for id, c := range map[int64]string{1: "KZ", 2: "RU"} {
		if err := db.SaveSubscriber(ctx, news.Subscriber{ChatID: id, Status: news.StatusActive,
			Preferences: news.Preferences{Lang: "en", Countries: []string{c}, BreakingAlerts: true}}); err != nil {
			t.Fatal(err)
		}
	}
	b := deliver.NewBroadcaster(db, Renderer(), nil, 25, nil, nil, nil)
	// No fetcher: a fetch would fail the test with a nil dereference.
	ed := NewEditorial(ctx, func(func()) {}, b, db, nil, nil)
	d, err := ed.Draft(ctx, 42, "breaking", "https://timesca.com/news/1?utm_source=tg#top")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Text, "Astana and Tashkent sign a water deal") || !strings.Contains(d.Text, "The Times of Central Asia") {
		t.Errorf("card %q lacks the stored title or source", d.Text)
	}
	if strings.Join(d.Countries, ",") != "KZ,UZ" || d.Audience != 1 {
		t.Errorf("audience %v (%d chats), want KZ,UZ and the one opted-in KZ follower", d.Countries, d.Audience)
	}
}
