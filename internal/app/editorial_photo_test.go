package app

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/render"
	"github.com/newsbot/newsbot/internal/store"
)

// /breaking on a story with a lead image: the editor's preview carries the
// photo, and every subscriber gets the photo with the card, in their
// language, as caption within 1024 characters and the rest after it.
func TestBreakingSendsThePhoto(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "newsbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	now := time.Now().UTC()
	long := strings.Repeat("The water deal covers the Syr Darya and its reservoirs for the next ten years. ", 14)
	a := news.Article{URL: "https://timesca.com/news/2", Source: "The Times of Central Asia", Title: "Astana and Tashkent sign a water deal",
		Body: long, Lang: "en", PublishedAt: now, FetchedAt: now, UpdatedAt: now, ImageURL: "https://timesca.com/img/lead.jpg",
		Analysis: news.Analysis{AnalyzedAt: now, Summary: long,
			Quotes:    []news.Quote{{Text: "This agreement secures water for millions of farmers on both sides", Speaker: "Minister", Score: 1}},
			Countries: []news.CountryScore{{Code: "KZ", Primary: true, Score: 3}}}}
	if _, _, err := db.SaveArticles(ctx, []news.Article{a}); err != nil {
		t.Fatal(err)
	}
	for id, lang := range map[int64]string{1: "en", 2: "ru"} {
		if err := db.SaveSubscriber(ctx, news.Subscriber{ChatID: id, Status: news.StatusActive,
			Preferences: news.Preferences{Lang: lang, Countries: []string{"KZ"}, BreakingAlerts: true}}); err != nil {
			t.Fatal(err)
		}
	}
	ed := NewEditorial(ctx, func(func()) {}, deliver.NewBroadcaster(db, Renderer(), nil, 25, nil, nil, nil), db, nil, nil)
	d, err := ed.Draft(ctx, 42, "breaking", a.URL)
	if err != nil {
		t.Fatal(err)
	}
	if d.PhotoURL != a.ImageURL || d.PreviewURL != a.URL {
		t.Errorf("draft photo %q preview %q, want the story's image and link", d.PhotoURL, d.PreviewURL)
	}
	if err := ed.Send(ctx, d.ID, 42, 100, func(bot.Progress) {}); err != nil {
		t.Fatal(err)
	}
	followUps := 0
	for chat, lang := range map[int64]string{1: "en", 2: "ru"} {
		msgs, _ := db.OutboxMessages(ctx, chat)
		followUps += len(msgs) - 1
		if len(msgs) < 1 || msgs[0].PhotoURL != a.ImageURL {
			t.Fatalf("chat %d: %+v, want the photo first", chat, msgs)
		}
		if n := render.VisibleLen(msgs[0].Text); n > render.MaxCaptionLen {
			t.Errorf("chat %d: caption of %d characters", chat, n)
		}
		whole := msgs[0].Text
		if len(msgs) > 1 {
			whole += "\n\n" + msgs[1].Text
			if msgs[1].PhotoURL != "" || msgs[1].Part != 1 {
				t.Errorf("chat %d follow-up %+v", chat, msgs[1])
			}
		}
		if want := render.Breaking(a, lang); whole != want {
			t.Errorf("chat %d: caption and follow-up lose text:\n%q\nwant\n%q", chat, whole, want)
		}
	}
	if followUps == 0 {
		t.Error("no card was over the caption limit: the test does not exercise the follow-up")
	}
	rec, _ := db.Broadcast(ctx, d.ID)
	if rec.Total != 2 {
		t.Errorf("broadcast total %d, want 2 chats", rec.Total)
	}
}
