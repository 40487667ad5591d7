package deliver

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/newsbot/newsbot/internal/news"
)

// GaugeStore is what the gauges an operator watches are read from, at every
// scrape of /metrics. The store passed to Handler provides them when it
// implements this interface.
type GaugeStore interface {
	SubscriberCounts(ctx context.Context) (map[news.Status]int, error)
	FeedLastSuccess(ctx context.Context) (map[string]time.Time, error)
	OutboxCounts(ctx context.Context) (map[news.OutboxState]int, error)
	OldestDueOutbox(ctx context.Context, now time.Time) (time.Time, error)
}

// storeGauges are read from the store right before each scrape, so they are
// never staler than the scrape itself.
type storeGauges struct {
	subscribers *prometheus.GaugeVec
	feedAge     *prometheus.GaugeVec
	outboxAge   prometheus.Gauge
}

func newStoreGauges() storeGauges {
	return storeGauges{
		subscribers: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "newsbot_subscribers", Help: "Subscribers by status (active, paused, blocked, left).",
		}, []string{"status"}),
		feedAge: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "newsbot_feed_last_success_age_seconds",
			Help: "Seconds since each enabled feed was last fetched successfully (feeds never fetched successfully are left out).",
		}, []string{"feed"}),
		outboxAge: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "newsbot_outbox_oldest_due_age_seconds",
			Help: "Seconds the oldest due, unsent outbox message has waited (0 when none waits).",
		}),
	}
}

func (g storeGauges) collectors() []prometheus.Collector {
	return []prometheus.Collector{g.subscribers, g.feedAge, g.outboxAge}
}

// refresh reads the gauges from store at now. A failed read leaves that
// gauge as it was: the scrape still answers, with the failure counted.
func (m *Metrics) refresh(ctx context.Context, store GaugeStore, now time.Time) {
	if m == nil || store == nil {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	g := m.gauges
	if counts, err := store.SubscriberCounts(ctx); err == nil {
		for _, s := range []news.Status{news.StatusActive, news.StatusPaused, news.StatusBlocked, news.StatusLeft} {
			g.subscribers.WithLabelValues(string(s)).Set(float64(counts[s]))
		}
	} else {
		m.gaugeErrors.Inc()
	}
	if last, err := store.FeedLastSuccess(ctx); err == nil {
		g.feedAge.Reset() // feeds removed or disabled since the last scrape go
		for feed, at := range last {
			g.feedAge.WithLabelValues(feed).Set(max(now.Sub(at).Seconds(), 0))
		}
	} else {
		m.gaugeErrors.Inc()
	}
	if counts, err := store.OutboxCounts(ctx); err == nil {
		m.setOutboxDepth(counts)
	} else {
		m.gaugeErrors.Inc()
	}
	if oldest, err := store.OldestDueOutbox(ctx, now); err == nil {
		age := 0.0
		if !oldest.IsZero() {
			age = max(now.Sub(oldest).Seconds(), 0)
		}
		g.outboxAge.Set(age)
	} else {
		m.gaugeErrors.Inc()
	}
}
