package deliver

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/i18n"
	"github.com/newsbot/newsbot/internal/news"
)

// TestDigestMatchesBruteForce checks the index's early-stopping selection
// against ranking every matching story, on random data.
func TestDigestMatchesBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	countries := []string{"KZ", "UZ", "KG", "RU", "US", "CN"}
	topics := []news.Topic{news.TopicEnergy, news.TopicSport, news.TopicPolitics, news.TopicHealth}
	now := time.Date(2025, 5, 1, 12, 0, 0, 0, time.UTC)
	var arts []news.Article
	for i := range 600 {
		a := news.Article{ID: int64(i + 1), Source: fmt.Sprint("S", rng.IntN(8)), URL: fmt.Sprint("https://x/", i),
			PublishedAt: now.Add(-time.Duration(rng.IntN(30*60)) * time.Minute)}
		if rng.IntN(2) == 0 {
			a.Cluster = fmt.Sprint("c", rng.IntN(150))
		}
		a.Countries = []news.CountryScore{{Code: countries[rng.IntN(len(countries))], Primary: rng.IntN(3) > 0}}
		if rng.IntN(2) == 0 {
			a.Countries = append(a.Countries, news.CountryScore{Code: countries[rng.IntN(len(countries))]})
		}
		a.Topics = []news.TopicScore{{Topic: topics[rng.IntN(len(topics))]}}
		arts = append(arts, a)
	}
	x := NewStoryIndex(arts)
	for n := range 300 {
		var s news.Subscriber
		for range rng.IntN(3) {
			s.Countries = append(s.Countries, countries[rng.IntN(len(countries))])
		}
		if rng.IntN(2) == 0 {
			s.Topics = []news.Topic{topics[rng.IntN(len(topics))]}
		}
		since := now.Add(-time.Duration(1+rng.IntN(30)) * time.Hour)
		max := 1 + rng.IntN(12)

		var want []int32
		for i := range x.stories {
			st := &x.stories[i]
			matchC := len(s.Countries) == 0
			for _, c := range st.any {
				matchC = matchC || slices.Contains(s.Countries, c)
			}
			matchT := len(s.Topics) == 0
			for _, tp := range st.topics {
				matchT = matchT || slices.Contains(s.Topics, tp)
			}
			if matchC && matchT && st.inWindow(since, now) {
				want = append(want, int32(i))
			}
		}
		prim := func(i int32) bool {
			for _, c := range x.stories[i].primary {
				if slices.Contains(s.Countries, c) {
					return true
				}
			}
			return false
		}
		slices.SortFunc(want, func(a, b int32) int {
			if x.less(candidate{a, prim(a)}, candidate{b, prim(b)}) {
				return -1
			}
			return 1
		})
		want = want[:min(len(want), max)]
		var wantIDs []int64
		for _, i := range want {
			shown, _ := x.stories[i].shownIn(i18n.Parse(s.Lang))
			wantIDs = append(wantIDs, shown.ID)
		}
		var got []int64
		for _, sec := range x.Digest(s, since, now, max).Sections {
			for _, st := range sec.Stories {
				got = append(got, st.ID)
			}
		}
		slices.Sort(got)
		slices.Sort(wantIDs)
		if !slices.Equal(got, wantIDs) {
			t.Fatalf("case %d (%+v since %s max %d): got %v, want %v", n, s.Preferences, since, max, got, wantIDs)
		}
	}
}
