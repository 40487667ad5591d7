package app

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/store"
)

// TestLearnedFeedCountryReachesAnalysis: a feed on a .com address whose
// stored stories are mostly American learns the United States
// (FeedCountries), and its next story that names no country is stored with
// the United States primary; a feed that learned nothing stores the same
// story with none.
func TestLearnedFeedCountryReachesAnalysis(t *testing.T) {
	url := homeNewsServer(t)
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "newsbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	now := time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	var feeds []news.Feed
	for _, name := range []string{"learned", "plain"} {
		f, err := db.AddFeed(ctx, news.Feed{URL: url + "/" + name, Enabled: true})
		if err != nil {
			t.Fatal(err)
		}
		feeds = append(feeds, f)
	}
	// The learned feed's earlier stories: 25 about the United States, 3
	// about Canada; the plain feed's: as many about as many countries.
	var earlier []news.Article
	for i := range 28 {
		code := "US"
		if i >= 25 {
			code = "CA"
		}
		for k, f := range feeds {
			if k == 1 {
				code = []string{"US", "FR", "DE", "CN"}[i%4]
			}
			earlier = append(earlier, news.Article{
				FeedID: f.ID, GUID: fmt.Sprint("old-", i), URL: fmt.Sprintf("https://www.example.com/%d/old-%d", f.ID, i),
				Title: fmt.Sprint("Earlier story ", i), Body: "Body", ContentHash: fmt.Sprintf("h-%d-%d", f.ID, i), Lang: "en",
				PublishedAt: now.Add(-time.Duration(i+1) * 24 * time.Hour),
				Analysis:    news.Analysis{Countries: []news.CountryScore{{Code: code, Score: 2, Primary: true}}, AnalyzedAt: now},
			})
		}
	}
	if _, _, err := db.SaveArticles(ctx, earlier); err != nil {
		t.Fatal(err)
	}
	l := NewFeedCountries(db, nil)
	l.now = clock
	if n, err := l.Once(ctx); err != nil || n != 1 {
		t.Fatalf("learn: %d feeds changed, %v; want 1, nil", n, err)
	}
	checkHomeNews(t, db, clock, map[string][]string{"https://www.example.com/learned/budget": {"US"}, "https://www.example.com/plain/budget": nil})
}

// fakeFeedCountries counts the passes and fails the first.
type fakeFeedCountries struct {
	mu     sync.Mutex
	passes int
	rules  []store.FeedCountryRule
}

func (f *fakeFeedCountries) LearnFeedCountries(_ context.Context, r store.FeedCountryRule) (int64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.passes++
	f.rules = append(f.rules, r)
	if f.passes == 1 {
		return 0, errors.New("the store is busy")
	}
	return 1, nil
}

// TestFeedCountriesRun: the learner passes again after a failed pass, reads
// the stories of its window, and ends with its context.
func TestFeedCountriesRun(t *testing.T) {
	db := &fakeFeedCountries{}
	l := NewFeedCountries(db, nil)
	now := time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)
	l.now = func() time.Time { return now }
	l.every = time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- l.Run(ctx) }()
	deadline := time.Now().Add(10 * time.Second)
	for {
		db.mu.Lock()
		n := db.passes
		db.mu.Unlock()
		if n >= 3 || time.Now().After(deadline) {
			break
		}
		time.Sleep(time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Run: %v", err)
	}
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.passes < 3 {
		t.Fatalf("%d passes, want at least 3", db.passes)
	}
	r := db.rules[0]
	if !r.Since.Equal(now.Add(-feedCountryWindow)) || r.MinArticles != feedCountryMinArticles || r.Share != feedCountryShare {
		t.Errorf("rule %+v", r)
	}
}
