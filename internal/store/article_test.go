package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

var t0 = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

func openArticleTestDB(t testing.TB) *DB {
	t.Helper()
	return openTestDB(t, WithClock(func() time.Time { return t0 }))
}

func addTestFeed(t testing.TB, d *DB, url string) news.Feed {
	t.Helper()
	f, err := d.AddFeed(context.Background(), news.Feed{URL: url, Name: url})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func art(feed int64, guid, title string) news.Article {
	return news.Article{
		FeedID: feed, GUID: guid, URL: "https://example.com/" + guid, Title: title,
		Body: "Body of " + title, ContentHash: "hash-" + guid + "-" + title,
		PublishedAt: t0, Lang: "en",
	}
}

func save(t *testing.T, d *DB, arts ...news.Article) (added, updated int) {
	t.Helper()
	added, updated, err := d.SaveArticles(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	return added, updated
}

func TestSaveArticlesDedup(t *testing.T) {
	d := openArticleTestDB(t)
	ctx := context.Background()
	f1 := addTestFeed(t, d, "https://a.example/rss")
	f2 := addTestFeed(t, d, "https://b.example/rss")

	if a, u := save(t, d, art(f1.ID, "g1", "One"), art(f1.ID, "g2", "Two")); a != 2 || u != 0 {
		t.Fatalf("first save: added %d updated %d, want 2 0", a, u)
	}
	sameURL := art(f2.ID, "other-guid", "One elsewhere")
	sameURL.URL = "https://example.com/g1"
	sameHash := art(f2.ID, "third", "x")
	sameHash.URL = "https://b.example/third"
	sameHash.ContentHash = "hash-g2-Two"
	changed := art(f1.ID, "g1", "One, corrected")
	changed.PublishedAt = t0.Add(time.Hour) // must not move the stored time

	tests := []struct {
		name               string
		in                 news.Article
		wantNew            bool
		addedWant, updWant int
	}{
		{"same guid same text", art(f1.ID, "g1", "One"), false, 0, 0},
		{"same url other feed", sameURL, false, 0, 0},
		{"same content hash other feed", sameHash, false, 0, 0},
		{"same guid changed text", changed, true, 0, 1},
		{"new", art(f2.ID, "g3", "Three"), true, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			flags, err := d.NewOrChanged(ctx, []news.Article{tt.in})
			if err != nil {
				t.Fatal(err)
			}
			if flags[0] != tt.wantNew {
				t.Errorf("NewOrChanged = %v, want %v", flags[0], tt.wantNew)
			}
			a, u := save(t, d, tt.in)
			if a != tt.addedWant || u != tt.updWant {
				t.Errorf("added %d updated %d, want %d %d", a, u, tt.addedWant, tt.updWant)
			}
		})
	}
	n, err := d.CountArticles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n != 3 {
		t.Errorf("stored %d articles, want 3", n)
	}
	got, err := d.Articles(ctx, news.ArticleQuery{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range got {
		if a.GUID == "g1" {
			if a.Title != "One, corrected" {
				t.Errorf("updated title = %q, want %q", a.Title, "One, corrected")
			}
			if !a.PublishedAt.Equal(t0) {
				t.Errorf("updated article published at %v, want %v kept", a.PublishedAt, t0)
			}
		}
	}
}

func TestSaveArticleRoundTrip(t *testing.T) {
	d := openArticleTestDB(t)
	ctx := context.Background()
	f := addTestFeed(t, d, "https://a.example/rss")
	in := art(f.ID, "g1", "Title")
	in.Source, in.Author = "A", "Jane"
	in.Categories = []string{"World", "Europe"}
	in.Enclosures = []string{"https://example.com/a.mp3"}
	in.ImageURL = "https://example.com/a.jpg"
	in.FullTextStatus = "feed"
	in.Analysis = news.Analysis{
		Summary:     "Sum.",
		Quotes:      []news.Quote{{Text: "We will", Speaker: "X", Pos: 3, Score: 0.5}},
		Countries:   []news.CountryScore{{Code: "kz", Score: 2, Primary: true}, {Code: "RU", Score: 1}},
		Topics:      []news.TopicScore{{Topic: news.TopicEnergy, Score: 0.9}},
		Cluster:     "c1",
		Fingerprint: []byte{1, 2, 3},
		AnalyzedAt:  t0,
	}
	arts := []news.Article{in}
	save(t, d, arts...)
	if arts[0].ID == 0 {
		t.Fatal("SaveArticles did not set the id")
	}
	got, err := d.Article(ctx, arts[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != in.Title || got.Author != "Jane" || !slices.Equal(got.Categories, in.Categories) ||
		!slices.Equal(got.Enclosures, in.Enclosures) || got.ImageURL != in.ImageURL ||
		got.Summary != "Sum." || len(got.Quotes) != 1 || got.Quotes[0].Speaker != "X" ||
		got.Cluster != "c1" || !slices.Equal(got.Fingerprint, []byte{1, 2, 3}) ||
		!got.AnalyzedAt.Equal(t0) || got.FeedID != f.ID || !got.FetchedAt.Equal(t0) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, in)
	}
	if _, err := d.Article(ctx, 9999); !errors.Is(err, news.ErrNotFound) {
		t.Errorf("Article(9999) err = %v, want ErrNotFound", err)
	}
	var rows int
	if err := d.db.Get(&rows, `SELECT count(*) FROM article_countries WHERE article_id = ? AND code = 'KZ' AND is_primary = 1`, got.ID); err != nil || rows != 1 {
		t.Errorf("article_countries KZ primary rows = %d (%v), want 1", rows, err)
	}
}

// seedQueryArticles stores articles a1..a6, an hour apart (a6 newest).
func seedQueryArticles(t *testing.T, d *DB) []news.Article {
	t.Helper()
	f := addTestFeed(t, d, "https://a.example/rss")
	type spec struct {
		countries []news.CountryScore
		topics    []news.Topic
	}
	specs := []spec{
		{[]news.CountryScore{{Code: "KZ", Primary: true}}, []news.Topic{news.TopicEnergy}},
		{[]news.CountryScore{{Code: "RU", Primary: true}, {Code: "KZ"}}, []news.Topic{news.TopicPolitics}},
		{[]news.CountryScore{{Code: "UZ", Primary: true}}, []news.Topic{news.TopicEnergy, news.TopicEconomy}},
		{nil, nil},
		{[]news.CountryScore{{Code: "KZ", Primary: true}}, []news.Topic{news.TopicSport}},
		{[]news.CountryScore{{Code: "DE"}}, []news.Topic{news.TopicEnergy}},
	}
	var arts []news.Article
	for i, s := range specs {
		a := art(f.ID, fmt.Sprintf("a%d", i+1), fmt.Sprintf("A%d", i+1))
		a.PublishedAt = t0.Add(time.Duration(i) * time.Hour)
		a.Countries = s.countries
		for _, tp := range s.topics {
			a.Topics = append(a.Topics, news.TopicScore{Topic: tp, Score: 1})
		}
		arts = append(arts, a)
	}
	save(t, d, arts...)
	return arts
}

func TestArticlesQuery(t *testing.T) {
	d := openArticleTestDB(t)
	arts := seedQueryArticles(t, d)
	// a7 shares a4's published time; ids break the tie.
	tie := art(arts[0].FeedID, "a7", "A7")
	tie.PublishedAt = arts[3].PublishedAt
	save(t, d, tie)

	tests := []struct {
		name string
		q    news.ArticleQuery
		want []string
	}{
		{"all newest first, id breaks ties", news.ArticleQuery{}, []string{"A6", "A5", "A7", "A4", "A3", "A2", "A1"}},
		{"limit", news.ArticleQuery{Limit: 2}, []string{"A6", "A5"}},
		{"country primary or mentioned", news.ArticleQuery{Countries: []string{"KZ"}}, []string{"A5", "A2", "A1"}},
		{"country lower case", news.ArticleQuery{Countries: []string{"kz"}}, []string{"A5", "A2", "A1"}},
		{"country primary only", news.ArticleQuery{Countries: []string{"KZ"}, PrimaryOnly: true}, []string{"A5", "A1"}},
		{"any of countries", news.ArticleQuery{Countries: []string{"UZ", "DE"}}, []string{"A6", "A3"}},
		{"mentioned-only country excluded when primary only", news.ArticleQuery{Countries: []string{"DE"}, PrimaryOnly: true}, nil},
		{"topic", news.ArticleQuery{Topics: []news.Topic{news.TopicEnergy}}, []string{"A6", "A3", "A1"}},
		{"any of topics", news.ArticleQuery{Topics: []news.Topic{news.TopicSport, news.TopicPolitics}}, []string{"A5", "A2"}},
		{"country and topic", news.ArticleQuery{Countries: []string{"KZ"}, Topics: []news.Topic{news.TopicEnergy}}, []string{"A1"}},
		{"since inclusive", news.ArticleQuery{Since: t0.Add(4 * time.Hour)}, []string{"A6", "A5"}},
		{"until exclusive", news.ArticleQuery{Until: t0.Add(1 * time.Hour)}, []string{"A1"}},
		{"since and until", news.ArticleQuery{Since: t0.Add(time.Hour), Until: t0.Add(3 * time.Hour)}, []string{"A3", "A2"}},
		{"before cursor", news.ArticleQuery{Before: &news.Cursor{PublishedAt: t0.Add(4 * time.Hour), ID: 5}}, []string{"A7", "A4", "A3", "A2", "A1"}},
		{"before cursor inside a tie", news.ArticleQuery{Before: &news.Cursor{PublishedAt: t0.Add(3 * time.Hour), ID: 7}}, []string{"A4", "A3", "A2", "A1"}},
		{"before cursor with filter and limit", news.ArticleQuery{Countries: []string{"KZ"}, Before: &news.Cursor{PublishedAt: t0.Add(4 * time.Hour), ID: 5}, Limit: 1}, []string{"A2"}},
		{"unknown country", news.ArticleQuery{Countries: []string{"FR"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := d.Articles(context.Background(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			var titles []string
			for _, a := range got {
				titles = append(titles, a.Title)
			}
			if !slices.Equal(titles, tt.want) {
				t.Errorf("got %v, want %v", titles, tt.want)
			}
		})
	}
}

func TestArticlesPagingVisitsEachOnce(t *testing.T) {
	d := openArticleTestDB(t)
	f := addTestFeed(t, d, "https://a.example/rss")
	var arts []news.Article
	for i := range 120 {
		a := art(f.ID, fmt.Sprintf("p%d", i), fmt.Sprintf("P%d", i))
		a.PublishedAt = t0.Add(time.Duration(i/3) * time.Minute) // ties in threes
		arts = append(arts, a)
	}
	save(t, d, arts...)
	seen := map[int64]bool{}
	q := news.ArticleQuery{}
	for page := 0; ; page++ {
		got, err := d.Articles(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 {
			break
		}
		if page == 0 && len(got) != defaultArticleLimit {
			t.Errorf("first page has %d, want default %d", len(got), defaultArticleLimit)
		}
		for _, a := range got {
			if seen[a.ID] {
				t.Fatalf("article %d returned twice", a.ID)
			}
			seen[a.ID] = true
		}
		last := got[len(got)-1]
		q.Before = &news.Cursor{PublishedAt: last.PublishedAt, ID: last.ID}
	}
	if len(seen) != 120 {
		t.Errorf("paged through %d articles, want 120", len(seen))
	}
}

func TestClusterAndRecentAnalyzed(t *testing.T) {
	d := openArticleTestDB(t)
	ctx := context.Background()
	f := addTestFeed(t, d, "https://a.example/rss")
	a1, a2, a3 := art(f.ID, "c1", "First"), art(f.ID, "c2", "Second"), art(f.ID, "c3", "Other")
	a1.Cluster, a2.Cluster, a3.Cluster = "story", "story", "else"
	a2.PublishedAt = t0.Add(-time.Hour)
	a1.AnalyzedAt, a2.AnalyzedAt = t0, t0
	a1.Fingerprint = []byte{9}
	save(t, d, a1, a2, a3)

	got, err := d.ClusterArticles(ctx, "story")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Title != "Second" || got[1].Title != "First" {
		t.Errorf("ClusterArticles = %v, want [Second First]", got)
	}
	if got, _ := d.ClusterArticles(ctx, ""); len(got) != 0 {
		t.Errorf("empty cluster matched %d articles", len(got))
	}
	recent, err := d.RecentAnalyzed(ctx, t0.Add(-30*time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	if len(recent) != 1 || recent[0].Title != "First" || recent[0].Cluster != "story" || !slices.Equal(recent[0].Fingerprint, []byte{9}) {
		t.Errorf("RecentAnalyzed = %+v, want only First with cluster and fingerprint", recent)
	}
}

func TestSaveAnalysis(t *testing.T) {
	d := openArticleTestDB(t)
	ctx := context.Background()
	f := addTestFeed(t, d, "https://a.example/rss")
	arts := []news.Article{art(f.ID, "g", "T")}
	save(t, d, arts...)
	an := news.Analysis{Countries: []news.CountryScore{{Code: "KZ", Primary: true}}, Cluster: "k", AnalyzedAt: t0}
	if err := d.SaveAnalysis(ctx, arts[0].ID, an); err != nil {
		t.Fatal(err)
	}
	got, err := d.Articles(ctx, news.ArticleQuery{Countries: []string{"KZ"}, PrimaryOnly: true})
	if err != nil || len(got) != 1 || got[0].Cluster != "k" {
		t.Errorf("after SaveAnalysis query = %v, %v; want the article in cluster k", got, err)
	}
	if err := d.SaveAnalysis(ctx, 999, an); !errors.Is(err, news.ErrNotFound) {
		t.Errorf("SaveAnalysis(999) err = %v, want ErrNotFound", err)
	}
}

func BenchmarkSaveArticles(b *testing.B) {
	d := openArticleTestDB(b)
	f := addTestFeed(b, d, "https://a.example/rss")
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		batch := make([]news.Article, 20)
		for j := range batch {
			batch[j] = art(f.ID, fmt.Sprintf("b%d-%d", i, j), "T")
			batch[j].Body = "some body text of a reasonable length for an article"
		}
		if _, _, err := d.SaveArticles(context.Background(), batch); err != nil {
			b.Fatal(err)
		}
		n += len(batch)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// Matching an incoming item against what is stored reads five indexes,
// never a table.
func TestMatchUsesIndexes(t *testing.T) {
	d := openArticleTestDB(t)
	tombPK := "PRIMARY KEY"
	if d.engine == enginePostgres {
		tombPK = "article_tombstones_pkey"
	}
	plan := testPlan(t, d, matchQuery, 1, "guid", "https://a.example/x", "hash", 1, 42, 43)
	for _, index := range []string{"articles_feed_guid", "articles_url", "articles_content_hash", tombPK, "article_tombstones_url"} {
		if !planUsesIndex(d, plan, index) {
			t.Errorf("match plan does not use %s: %s", index, plan)
		}
	}
	for _, table := range []string{"articles", "article_tombstones"} {
		if planScans(d, plan, table) {
			t.Errorf("match plan scans %s: %s", table, plan)
		}
	}
}

func TestArticleQueriesUseIndexes(t *testing.T) {
	d := openArticleTestDB(t)
	tests := []struct {
		name, query, index string
		args               []any
	}{
		{"story cluster", clusterArticlesQuery, "articles_cluster", []any{"s1"}},
		{"feed has articles", feedHasArticlesQuery, "articles_feed_guid", []any{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if plan := testPlan(t, d, tt.query, tt.args...); !planUsesIndex(d, plan, tt.index) {
				t.Errorf("plan %q does not use %s", plan, tt.index)
			}
		})
	}
}
