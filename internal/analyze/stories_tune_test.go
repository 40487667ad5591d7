package analyze

import (
	"testing"
)

// TestStoriesTuning prints the tuning half's scores and misses only (go
// test -run TestStoriesTuning -v): the figures to tune on, without a look
// at the held-out half.
func TestStoriesTuning(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("prints the tuning half only with -v")
	}
	l := readLabels(t)
	arts := loadStoryFeeds(t, l)
	s := scorePairs(l, groupStories(arts, publishedOrder(arts)))["tune"]
	t.Logf("tune: tp=%d fp=%d fn=%d tn=%d precision=%.3f recall=%.3f F1=%.3f", s.tp, s.fp, s.fn, s.tn, s.precision(), s.recall(), s.f1())
	for _, w := range s.wrong {
		t.Logf("  %s", w)
	}
}
