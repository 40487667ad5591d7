package main

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/sqlite"
)

// An editor previews a broadcast, the bot restarts, and the editor presses
// Send on the old preview: the draft is still there and goes out once. A
// draft made after the restart gets a new id, so the old preview's buttons
// can never send it.
func TestBroadcastDraftSurvivesRestart(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "newsbot.db")
	start := func() (*sqlite.DB, *editorial) {
		db, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		b := deliver.NewBroadcaster(db, renderer(), nil, 25, nil, nil, nil)
		return db, newEditorial(ctx, func(f func()) {}, b, nil, nil)
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
