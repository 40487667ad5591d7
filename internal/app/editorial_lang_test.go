package app

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/store"
)

// A breaking draft carries the card per language, so a Russian editor
// previews the Russian card, and a restart keeps them; the English card
// stays the one for everyone else.
func TestBreakingDraftHasTheCardPerLanguage(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "newsbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	now := time.Now().UTC()
	a := news.Article{URL: "https://timesca.com/news/2", Source: "The Times of Central Asia", Title: "Water deal signed",
		Body: "The deal was signed on Friday.", Lang: "en", PublishedAt: now, FetchedAt: now, UpdatedAt: now,
		Analysis: news.Analysis{AnalyzedAt: now, Summary: "The deal was signed on Friday.",
			Countries: []news.CountryScore{{Code: "KZ", Primary: true, Score: 3}}}}
	if _, _, err := db.SaveArticles(ctx, []news.Article{a}); err != nil {
		t.Fatal(err)
	}
	b := deliver.NewBroadcaster(db, Renderer(), nil, 25, nil, nil, nil)
	ed := &Editorial{root: ctx, spawn: func(func()) {}, b: b, stored: db, now: time.Now}
	d, err := ed.Draft(ctx, 42, "breaking", "https://timesca.com/news/2")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.TextIn("en"), "BREAKING") || d.TextIn("en") != d.Text {
		t.Errorf("English preview %q", d.TextIn("en"))
	}
	ru := d.TextIn("ru")
	if ru == d.Text || strings.Contains(ru, "BREAKING") || !strings.Contains(ru, "Water deal signed") {
		t.Errorf("Russian preview is not the Russian card: %q", ru)
	}
	again, err := ed.LoadDraft(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if again.TextIn("ru") != ru || again.Text != d.Text {
		t.Errorf("a reloaded draft lost its cards: %+v", again)
	}
}
