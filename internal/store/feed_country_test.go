package store

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

// TestLearnFeedCountries: a feed most of whose recent stories are about one
// country learns it; a feed of world news, a feed with too few such
// stories, and stories older than the window learn none; a feed that
// stops having the share loses it; the count says how many changed.
func TestLearnFeedCountries(t *testing.T) {
	d := openArticleTestDB(t)
	ctx := context.Background()
	local := addTestFeed(t, d, "https://local.example/rss")
	world := addTestFeed(t, d, "https://world.example/rss")
	few := addTestFeed(t, d, "https://few.example/rss")
	old := addTestFeed(t, d, "https://old.example/rss")
	n := 0
	add := func(f news.Feed, published time.Time, codes ...string) {
		t.Helper()
		n++
		a := art(f.ID, fmt.Sprint("g", n), fmt.Sprint("Story ", n))
		a.PublishedAt = published
		a.AnalyzedAt = t0
		for _, c := range codes {
			a.Analysis.Countries = append(a.Analysis.Countries, news.CountryScore{Code: c, Score: 1, Primary: true})
		}
		save(t, d, a)
	}
	// local: 8 of 10 stories with a country are American, and some name none.
	for range 8 {
		add(local, t0, "US")
	}
	add(local, t0, "CA")
	add(local, t0, "MX")
	add(local, t0)
	add(local, t0)
	// world: no country has the share.
	for _, c := range []string{"US", "FR", "US", "DE", "CN", "US", "RU", "GB", "US", "JP"} {
		add(world, t0, c)
	}
	// few: all of its stories are German, but only three.
	for range 3 {
		add(few, t0, "DE")
	}
	// old: its Italian stories are older than the window.
	for range 6 {
		add(old, t0.Add(-60*24*time.Hour), "IT")
	}
	add(old, t0, "FR")

	rule := FeedCountryRule{Since: t0.Add(-30 * 24 * time.Hour), MinArticles: 5, Share: 0.6}
	changed, err := d.LearnFeedCountries(ctx, rule)
	if err != nil {
		t.Fatal(err)
	}
	if changed != 1 {
		t.Errorf("changed %d feeds, want 1", changed)
	}
	want := map[int64]string{local.ID: "US", world.ID: "", few.ID: "", old.ID: ""}
	for id, code := range want {
		f, err := d.Feed(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if f.LearnedCountry != code {
			t.Errorf("feed %s learned %q, want %q", f.URL, f.LearnedCountry, code)
		}
	}
	// Learning again changes nothing.
	if changed, err := d.LearnFeedCountries(ctx, rule); err != nil || changed != 0 {
		t.Errorf("second pass: changed %d, %v; want 0, nil", changed, err)
	}
	// The local feed turns to Canadian news: the United States no longer
	// has the share, and the feed learns none.
	for range 6 {
		add(local, t0, "CA")
	}
	if changed, err := d.LearnFeedCountries(ctx, rule); err != nil || changed != 1 {
		t.Errorf("third pass: changed %d, %v; want 1, nil", changed, err)
	}
	if f, _ := d.Feed(ctx, local.ID); f.LearnedCountry != "" {
		t.Errorf("local feed learned %q after turning, want none", f.LearnedCountry)
	}
	// UpsertFeed from configuration keeps what was learned.
	for range 20 {
		add(few, t0, "DE")
	}
	if _, err := d.LearnFeedCountries(ctx, rule); err != nil {
		t.Fatal(err)
	}
	if f, err := d.UpsertFeed(ctx, news.Feed{URL: few.URL, Name: "Few"}); err != nil || f.LearnedCountry != "DE" {
		t.Errorf("after upsert: learned %q, %v; want DE", f.LearnedCountry, err)
	}
	if f, _ := d.Feeds(ctx); len(f) != 4 || f[2].LearnedCountry != "DE" {
		t.Errorf("Feeds: %+v", f)
	}
	for _, bad := range []FeedCountryRule{{MinArticles: 0, Share: 0.5}, {MinArticles: 1, Share: 0}, {MinArticles: 1, Share: 1.5}} {
		if _, err := d.LearnFeedCountries(ctx, bad); err == nil {
			t.Errorf("rule %+v: no error", bad)
		}
	}
}
