package store

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/news"
)

// A stored JSON value that no longer decodes (a damaged file, a hand edit)
// is read as empty so the article still shows, but never silently: it is
// logged with its column and row, and counted for /metrics.
func TestDamagedJSONIsLoggedAndCounted(t *testing.T) {
	ctx := context.Background()
	var logs bytes.Buffer
	d := openArticleTestDB(t)
	d.log = slog.New(slog.NewTextHandler(&logs, nil))
	f := addTestFeed(t, d, "https://example.com/feed")
	a := art(f.ID, "g1", "Wind park opens")
	a.Analysis = news.Analysis{Summary: "A wind park opened.", Topics: []news.TopicScore{{Topic: news.TopicEnergy, Score: 1}}, Countries: []news.CountryScore{{Code: "KZ", Score: 1, Primary: true}}}
	save(t, d, a)
	var id int64
	if err := d.db.GetContext(ctx, &id, `SELECT id FROM articles WHERE guid = 'g1'`); err != nil {
		t.Fatal(err)
	}
	if _, err := d.db.ExecContext(ctx, `UPDATE articles SET topics = '["energy"', countries = '{' WHERE id = ?`, id); err != nil {
		t.Fatal(err)
	}

	got, err := d.Article(ctx, id)
	if err != nil {
		t.Fatalf("a damaged column fails the whole read: %v", err)
	}
	if got.Title != "Wind park opens" || got.Summary != "A wind park opened." {
		t.Errorf("article = %q / %q, want its title and summary intact", got.Title, got.Summary)
	}
	if len(got.Topics) != 0 || len(got.Countries) != 0 {
		t.Errorf("damaged topics/countries read as %v / %v, want empty", got.Topics, got.Countries)
	}
	if n := d.DamagedValues(); n != 2 {
		t.Errorf("DamagedValues = %d, want 2 (topics and countries)", n)
	}
	for _, want := range []string{"damaged stored value", "column=articles.topics", "column=articles.countries"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, logs.String())
		}
	}
}
