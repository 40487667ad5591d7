package store

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

// datedSet stores dated news from 2020 to 2022, one undated article first
// seen at t0 (fresh) and three back-catalogue articles first seen at t0 and
// later: the back catalogue is the newest by published_at.
func datedSet(t *testing.T, d *DB) (dated, back []news.Article) {
	t.Helper()
	f := addTestFeed(t, d, "https://a.example/rss")
	for i, y := range []int{2020, 2021, 2022} {
		a := art(f.ID, fmt.Sprintf("n%d", i), fmt.Sprintf("News %d", y))
		a.PublishedAt = time.Date(y, 6, 1, 0, 0, 0, 0, time.UTC)
		dated = append(dated, a)
	}
	fresh := art(f.ID, "fresh", "Fresh undated")
	fresh.Undated = true
	dated = append(dated, fresh)
	for i := range 3 {
		a := art(f.ID, fmt.Sprintf("b%d", i), fmt.Sprintf("Back %d", i))
		a.Undated, a.BackCatalogue = true, true
		a.PublishedAt = t0.Add(time.Duration(i) * time.Minute)
		back = append(back, a)
	}
	save(t, d, dated...)
	save(t, d, back...)
	return dated, back
}

func titles(arts []news.Article) string {
	var out []string
	for _, a := range arts {
		out = append(out, a.Title)
	}
	return strings.Join(out, ", ")
}

func TestUndatedRoundTrip(t *testing.T) {
	d := openArticleTestDB(t)
	ctx := context.Background()
	f := addTestFeed(t, d, "https://a.example/rss")
	tests := []struct {
		name                     string
		undated, backCatalogue   bool
		wantUndated, wantCatalog bool
	}{
		{"dated", false, false, false, false},
		{"undated fresh", true, false, true, false},
		{"back catalogue", true, true, true, true},
		{"a dated article is never back catalogue", false, true, false, false},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := art(f.ID, fmt.Sprint("g", i), tt.name)
			a.Undated, a.BackCatalogue = tt.undated, tt.backCatalogue
			arts := []news.Article{a}
			save(t, d, arts...)
			got, err := d.Article(ctx, arts[0].ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.Undated != tt.wantUndated || got.BackCatalogue != tt.wantCatalog {
				t.Errorf("undated %v back catalogue %v, want %v %v", got.Undated, got.BackCatalogue, tt.wantUndated, tt.wantCatalog)
			}
		})
	}
}

func TestArticlesBackCatalogueComesLast(t *testing.T) {
	d := openArticleTestDB(t)
	ctx := context.Background()
	datedSet(t, d)

	got, err := d.Articles(ctx, news.ArticleQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Fresh undated, News 2022, News 2021, News 2020"; titles(got) != want {
		t.Errorf("without the back catalogue: %s\nwant %s", titles(got), want)
	}
	got, err = d.Articles(ctx, news.ArticleQuery{BackCatalogue: true})
	if err != nil {
		t.Fatal(err)
	}
	want := "Fresh undated, News 2022, News 2021, News 2020, Back 2, Back 1, Back 0"
	if titles(got) != want {
		t.Errorf("with the back catalogue: %s\nwant %s", titles(got), want)
	}

	// Pages of every size cross from the news into the back catalogue
	// without losing or repeating an article.
	for size := 1; size <= 7; size++ {
		var all []news.Article
		q := news.ArticleQuery{BackCatalogue: true, Limit: size}
		for range 20 {
			page, err := d.Articles(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			if len(page) == 0 {
				break
			}
			all = append(all, page...)
			c := news.CursorAt(page[len(page)-1])
			q.Before = &c
		}
		if titles(all) != want {
			t.Errorf("pages of %d: %s\nwant %s", size, titles(all), want)
		}
	}

	// A news query with a window (a digest's) never sees the back catalogue.
	got, err = d.Articles(ctx, news.ArticleQuery{Since: t0.Add(-time.Hour), Until: t0.Add(time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	if titles(got) != "Fresh undated" {
		t.Errorf("window around t0: %s, want only the fresh undated article", titles(got))
	}
}

func TestCursorAboveMatchesStore(t *testing.T) {
	d := openArticleTestDB(t)
	ctx := context.Background()
	fresh, back := datedSet(t, d)
	all := append(append([]news.Article{}, fresh...), back...)
	for i := range all {
		all[i].Cluster = fmt.Sprint("c", i)
		if err := d.SaveAnalysis(ctx, all[i].ID, all[i].Analysis); err != nil {
			t.Fatal(err)
		}
	}
	var clusters []string
	for _, a := range all {
		clusters = append(clusters, a.Cluster)
	}
	for _, at := range all {
		c := news.CursorAt(at)
		newer, err := d.ClustersNewerThan(ctx, clusters, c)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range all {
			if newer[a.Cluster] != c.Above(a) {
				t.Errorf("cursor at %q: store says %q above: %v, Cursor.Above says %v", at.Title, a.Title, newer[a.Cluster], c.Above(a))
			}
		}
	}
}

func TestBackCatalogueQueryUsesItsIndex(t *testing.T) {
	d := openArticleTestDB(t)
	q, args := articlesQuery(news.ArticleQuery{Before: &news.Cursor{PublishedAt: t0, ID: 5}}, true, 10)
	plan := testPlan(t, d, q, args...)
	if !planUsesIndex(d, plan, "articles_back_catalogue") || planSorts(d, plan) {
		t.Errorf("back catalogue plan %q: want its partial index, no sort", plan)
	}
}

// BenchmarkLatestPages reads /latest's pages from a store of 20 000 news
// articles and 2 000 back-catalogue ones: the first page, and a page that
// crosses into the back catalogue.
func BenchmarkLatestPages(b *testing.B) {
	d := openArticleTestDB(b)
	ctx := context.Background()
	f := addTestFeed(b, d, "https://a.example/rss")
	var arts []news.Article
	for i := range 22000 {
		a := art(f.ID, fmt.Sprint("g", i), fmt.Sprint("T", i))
		a.PublishedAt = t0.Add(-time.Duration(i) * time.Minute)
		if i >= 20000 {
			a.Undated, a.BackCatalogue, a.PublishedAt = true, true, t0
		}
		arts = append(arts, a)
	}
	if _, _, err := d.SaveArticles(ctx, arts); err != nil {
		b.Fatal(err)
	}
	last := news.CursorAt(arts[19990])
	for _, bc := range []struct {
		name   string
		before *news.Cursor
	}{{"first", nil}, {"into-back-catalogue", &last}} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				got, err := d.Articles(ctx, news.ArticleQuery{Limit: 32, BackCatalogue: true, Before: bc.before})
				if err != nil || len(got) != 32 {
					b.Fatalf("%d articles, %v", len(got), err)
				}
			}
		})
	}
}
