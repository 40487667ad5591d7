package deliver

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/newsbot/newsbot/internal/news"
)

// Metrics are newsbot's Prometheus metrics, in a registry of their own. The
// methods are safe on a nil *Metrics, which records nothing, so callers need
// no checks. The ingest poller records through PollDone and ArticlesIngested.
type Metrics struct {
	reg *prometheus.Registry

	sentTotal    *prometheus.CounterVec
	failures     *prometheus.CounterVec
	retries      prometheus.Counter
	tooMany      prometheus.Counter
	outboxDepth  *prometheus.GaugeVec
	inFlight     prometheus.Counter
	leaseExpired prometheus.Counter
	pollDuration *prometheus.HistogramVec
	pollErrors   *prometheus.CounterVec
	ingested     prometheus.Counter
	digests      *prometheus.CounterVec
	broadcasts   prometheus.Counter
	gauges       storeGauges
	gaugeErrors  prometheus.Counter
	pruned       prometheus.Counter
}

// NewMetrics creates the metrics in a new registry, with the Go runtime and
// process collectors.
func NewMetrics() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		sentTotal: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "newsbot_messages_sent_total", Help: "Messages delivered, by kind.",
		}, []string{"kind"}),
		failures: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "newsbot_messages_failed_total", Help: "Messages given up or cancelled, by reason.",
		}, []string{"reason"}),
		retries: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "newsbot_message_retries_total", Help: "Temporary send failures scheduled for another attempt.",
		}),
		tooMany: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "newsbot_telegram_429_total", Help: "Sends answered 429 Too Many Requests.",
		}),
		outboxDepth: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "newsbot_outbox_messages", Help: "Outbox messages by state.",
		}, []string{"state"}),
		inFlight: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "newsbot_outbox_in_flight_at_start_total", Help: "Messages found in flight at start, resent (possible duplicates).",
		}),
		leaseExpired: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "newsbot_outbox_leases_expired_total", Help: "Messages whose send outcome was not recorded before their lease ran out, resent (possible duplicates).",
		}),
		pollDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "newsbot_feed_poll_seconds", Help: "Feed poll durations, by feed.",
			Buckets: []float64{0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30},
		}, []string{"feed"}),
		pollErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "newsbot_feed_poll_errors_total", Help: "Failed feed polls, by feed.",
		}, []string{"feed"}),
		ingested: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "newsbot_articles_ingested_total", Help: "New articles stored.",
		}),
		digests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "newsbot_digests_total", Help: "Digests scheduled, by outcome (sent, quiet, empty).",
		}, []string{"outcome"}),
		broadcasts: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "newsbot_broadcasts_total", Help: "Broadcasts and breaking alerts started.",
		}),
		gauges: newStoreGauges(),
		gaugeErrors: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "newsbot_metrics_store_errors_total", Help: "Failed reads of store gauges at scrape time.",
		}),
		pruned: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "newsbot_articles_pruned_total", Help: "Articles deleted by retention.",
		}),
	}
	m.reg.MustRegister(m.gauges.collectors()...)
	m.reg.MustRegister(m.gaugeErrors)
	m.reg.MustRegister(m.sentTotal, m.failures, m.retries, m.tooMany, m.outboxDepth, m.inFlight, m.leaseExpired,
		m.pollDuration, m.pollErrors, m.ingested, m.digests, m.broadcasts, m.pruned,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Registry returns the registry, for registering more collectors.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// PollDone records one poll of feed (its URL or name) taking d; err non-nil
// counts a poll error.
func (m *Metrics) PollDone(feed string, d time.Duration, err error) {
	if m == nil {
		return
	}
	m.pollDuration.WithLabelValues(feed).Observe(d.Seconds())
	if err != nil {
		m.pollErrors.WithLabelValues(feed).Inc()
	}
}

// ArticlesIngested counts n newly stored articles.
func (m *Metrics) ArticlesIngested(n int) {
	if m == nil || n <= 0 {
		return
	}
	m.ingested.Add(float64(n))
}

// ArticlesPruned counts n articles deleted by retention.
func (m *Metrics) ArticlesPruned(n int) {
	if m == nil || n <= 0 {
		return
	}
	m.pruned.Add(float64(n))
}

// StoreSize is the size of the store, as StoreStats reports it.
type StoreSize struct {
	// Bytes is the database file's size, Free the part of it that is free
	// pages not yet returned to the file system.
	Bytes, Free int64
	Articles    int
}

// WatchStore makes every scrape of /metrics read the store's size through
// stats: newsbot_database_bytes, newsbot_database_free_bytes and
// newsbot_articles_stored. A scrape during which stats fails leaves them out.
func (m *Metrics) WatchStore(stats func(ctx context.Context) (StoreSize, error)) {
	if m == nil {
		return
	}
	m.reg.MustRegister(storeCollector{stats: stats})
}

var (
	dbBytesDesc   = prometheus.NewDesc("newsbot_database_bytes", "Size of the database file.", nil, nil)
	dbFreeDesc    = prometheus.NewDesc("newsbot_database_free_bytes", "Free pages in the database file, not yet returned to the file system.", nil, nil)
	articlesDesc  = prometheus.NewDesc("newsbot_articles_stored", "Articles in the store.", nil, nil)
	storeStatWait = 5 * time.Second
)

type storeCollector struct {
	stats func(ctx context.Context) (StoreSize, error)
}

func (c storeCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- dbBytesDesc
	ch <- dbFreeDesc
	ch <- articlesDesc
}

func (c storeCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), storeStatWait)
	defer cancel()
	s, err := c.stats(ctx)
	if err != nil {
		return
	}
	ch <- prometheus.MustNewConstMetric(dbBytesDesc, prometheus.GaugeValue, float64(s.Bytes))
	ch <- prometheus.MustNewConstMetric(dbFreeDesc, prometheus.GaugeValue, float64(s.Free))
	ch <- prometheus.MustNewConstMetric(articlesDesc, prometheus.GaugeValue, float64(s.Articles))
}

// LeaseHolder is who holds a lease among replicas.
type LeaseHolder struct {
	Lease, Holder string
}

// WatchLeases makes every scrape of /metrics read the leases held through
// held: newsbot_lease_holder{lease, holder} is 1 for each, and
// newsbot_lease_self{lease} is 1 where self holds it and 0 elsewhere. A
// scrape during which held fails leaves newsbot_lease_holder out.
func (m *Metrics) WatchLeases(self string, leases []string, held func(ctx context.Context) ([]LeaseHolder, error)) {
	if m == nil {
		return
	}
	m.reg.MustRegister(leaseCollector{self: self, leases: leases, held: held})
}

var (
	leaseHolderDesc = prometheus.NewDesc("newsbot_lease_holder", "Replica holding each lease (1 per lease and holder), as read from the shared database.", []string{"lease", "holder"}, nil)
	leaseSelfDesc   = prometheus.NewDesc("newsbot_lease_self", "Whether this replica holds the lease (1) or not (0).", []string{"lease"}, nil)
)

type leaseCollector struct {
	self   string
	leases []string
	held   func(ctx context.Context) ([]LeaseHolder, error)
}

func (c leaseCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- leaseHolderDesc
	ch <- leaseSelfDesc
}

func (c leaseCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), storeStatWait)
	defer cancel()
	held, err := c.held(ctx)
	mine := map[string]bool{}
	if err == nil {
		for _, h := range held {
			ch <- prometheus.MustNewConstMetric(leaseHolderDesc, prometheus.GaugeValue, 1, h.Lease, h.Holder)
			mine[h.Lease] = h.Holder == c.self
		}
	}
	for _, l := range c.leases {
		v := 0.0
		if mine[l] {
			v = 1
		}
		ch <- prometheus.MustNewConstMetric(leaseSelfDesc, prometheus.GaugeValue, v, l)
	}
}

func (m *Metrics) sent(kind news.MessageKind) {
	if m != nil {
		m.sentTotal.WithLabelValues(string(kind)).Inc()
	}
}

func (m *Metrics) failed(reason ErrorKind) {
	if m != nil {
		m.failures.WithLabelValues(string(reason)).Inc()
	}
}

func (m *Metrics) retried() {
	if m != nil {
		m.retries.Inc()
	}
}

func (m *Metrics) rateLimited() {
	if m != nil {
		m.tooMany.Inc()
	}
}

func (m *Metrics) inFlightAtStart(n int) {
	if m != nil {
		m.inFlight.Add(float64(n))
	}
}

func (m *Metrics) leasesExpired(n int) {
	if m != nil {
		m.leaseExpired.Add(float64(n))
	}
}

func (m *Metrics) digest(outcome string) {
	if m != nil {
		m.digests.WithLabelValues(outcome).Inc()
	}
}

func (m *Metrics) broadcast() {
	if m != nil {
		m.broadcasts.Inc()
	}
}

func (m *Metrics) setOutboxDepth(counts map[news.OutboxState]int) {
	if m == nil {
		return
	}
	for _, s := range []news.OutboxState{news.OutboxPending, news.OutboxSending, news.OutboxSent,
		news.OutboxFailed, news.OutboxDead, news.OutboxCancelled} {
		m.outboxDepth.WithLabelValues(string(s)).Set(float64(counts[s]))
	}
}

// HealthStore is what the health check reads.
type HealthStore interface {
	Ping(ctx context.Context) error
	MetaTime(ctx context.Context, key string) (time.Time, error)
	OutboxCounts(ctx context.Context) (map[news.OutboxState]int, error)
}

// Health is the /healthz answer.
type Health struct {
	OK       bool   `json:"ok"`
	Database string `json:"database"` // "ok" or the error
	// Down names the parts that do not work ("database", "telegram");
	// Parts says, for each part tracked, "ok" or why not.
	Down       []string          `json:"down,omitempty"`
	Parts      map[string]string `json:"parts,omitempty"`
	LastPollAt time.Time         `json:"last_poll_at,omitzero"`
	// Backlog counts messages waiting to be sent (pending, failed, sending).
	Backlog int `json:"outbox_backlog"`
	Dead    int `json:"outbox_dead"`
	// Role is "leader" or "standby" when replicas share the database
	// (empty for a single process); Replica is this one's holder id.
	Role    string `json:"role,omitempty"`
	Replica string `json:"replica,omitempty"`
}

// Handler serves the health checks and GET /metrics (Prometheus).
//
// GET /healthz (and GET /readyz, the same for probes that want the name)
// is readiness: 200 with a JSON Health when everything works, 503 naming
// what is down: the database unreachable, or a part recorded in parts (nil
// for none) as down, such as Telegram while it cannot be reached.
// GET /livez (or /healthz?live) is liveness: 200 while the process serves
// requests at all, so a supervisor does not restart it for an outage a
// restart cannot fix.
//
// metrics may be nil, leaving /metrics out.
func Handler(store HealthStore, metrics *Metrics, parts *Parts) http.Handler {
	mux := http.NewServeMux()
	live := func(w http.ResponseWriter) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"ok":true,"live":true}` + "\n"))
	}
	ready := func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Has("live") {
			live(w)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
		defer cancel()
		h := Health{OK: true, Database: "ok"}
		h.Parts, h.Down = parts.snapshot()
		h.Role, h.Replica = parts.roleOf()
		if err := store.Ping(ctx); err != nil {
			h.OK, h.Database = false, "unreachable"
			h.Down = append([]string{"database"}, h.Down...)
		}
		if h.Database == "ok" {
			h.LastPollAt, _ = store.MetaTime(ctx, "last_poll_at")
			if counts, err := store.OutboxCounts(ctx); err == nil {
				h.Backlog = counts[news.OutboxPending] + counts[news.OutboxFailed] + counts[news.OutboxSending]
				h.Dead = counts[news.OutboxDead]
				metrics.setOutboxDepth(counts)
			}
		}
		if len(h.Down) > 0 {
			h.OK = false
		}
		w.Header().Set("Content-Type", "application/json")
		if !h.OK {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
		_ = json.NewEncoder(w).Encode(h) // a client gone away has no one to tell
	}
	mux.HandleFunc("GET /healthz", ready)
	mux.HandleFunc("GET /readyz", ready)
	mux.HandleFunc("GET /livez", func(w http.ResponseWriter, _ *http.Request) { live(w) })
	if metrics != nil {
		prom := promhttp.HandlerFor(metrics.reg, promhttp.HandlerOpts{Registry: metrics.reg})
		gs, _ := store.(GaugeStore)
		mux.Handle("GET /metrics", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			metrics.refresh(r.Context(), gs, time.Now())
			prom.ServeHTTP(w, r)
		}))
	}
	return mux
}
