package render

import (
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

// TestDigestCacheMatchesDigest renders the same digests through one cache,
// over and over and from several goroutines, and through Digest: the
// messages must be the same, byte for byte, including for a story changed
// under the same article id.
func TestDigestCacheMatchesDigest(t *testing.T) {
	almaty, err := time.LoadLocation("Asia/Almaty")
	if err != nil {
		t.Fatal(err)
	}
	hostile := news.Digest{Lang: "ru", GroupBy: news.GroupByTopic, Until: digestUntil,
		Sections: []news.DigestSection{{Topic: "<bogus>", Stories: []news.Story{hostileStory()}}}}
	// The same ids with other content: the cache must not serve the first.
	changed := countryDigest("en")
	changed.Sections = slices.Clone(changed.Sections)
	for i := range changed.Sections {
		sts := slices.Clone(changed.Sections[i].Stories)
		for j := range sts {
			sts[j].Title += " (updated)"
			if j%2 == 0 {
				sts[j].Also = append(slices.Clone(sts[j].Also), news.Outlet{Name: "Late Outlet", URL: "https://late.example/1"})
			}
			if j%3 == 0 {
				sts[j].Quotes = nil
			}
		}
		changed.Sections[i].Stories = sts
	}
	mixed := news.Digest{Lang: "en", GroupBy: news.GroupByTopic, Until: digestUntil, Sections: []news.DigestSection{
		{Topic: news.TopicEnergy, Stories: append([]news.Story{seedStory()}, headlineStories()...)},
		{Topic: "", Stories: russianStories()},
	}}
	digests := []news.Digest{
		countryDigest("en"), countryDigest("ru"), topicDigest("en"), topicDigest("ru"), hostile, changed, mixed,
		{Lang: "en"},
	}
	locs := []*time.Location{almaty, nil, time.UTC}
	c := NewDigestCache()
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := range 3 {
				for i, d := range digests {
					loc := locs[(i+w+round)%len(locs)]
					got, want := c.Digest(d, loc), Digest(d, loc)
					if !slices.Equal(got, want) {
						t.Errorf("worker %d round %d digest %d: cached\n%q\nwant\n%q", w, round, i, got, want)
					}
				}
			}
		}()
	}
	wg.Wait()
}
