// Package deliverbench measures delivery: enqueueing, a broadcast against the
// fake Bot API server with scaled limits, and building daily digests. Both
// "go test -bench" in package deliver and "newsbot bench" use it.
package deliverbench

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/render"
	"github.com/newsbot/newsbot/internal/store"
	"github.com/newsbot/newsbot/internal/telegram"
	"github.com/newsbot/newsbot/internal/telegram/telegramtest"
)

// Render is the production rendering, as cmd/newsbot wires it.
func Render() deliver.Render {
	return deliver.Render{Digest: render.Digest, QuietDay: render.QuietDay, Breaking: render.Breaking,
		DigestRound: func() func(news.Digest, *time.Location) []string { return render.NewDigestCache().Digest }}
}

// EnqueueFigures are the results of Enqueue.
type EnqueueFigures struct {
	Messages int
	Elapsed  time.Duration
}

// Enqueue times enqueueing n outbox messages into a new database in dir.
func Enqueue(ctx context.Context, dir string, n int) (EnqueueFigures, error) {
	db, err := store.Open(ctx, filepath.Join(dir, "enqueue.db"))
	if err != nil {
		return EnqueueFigures{}, err
	}
	defer db.Close()
	msgs := make([]news.OutboxMessage, n)
	for i := range msgs {
		msgs[i] = news.OutboxMessage{IdemKey: fmt.Sprintf("%d:broadcast:1", i+1), ChatID: int64(i + 1),
			Kind: news.KindBroadcast, ContentID: "1", Text: "<b>Breaking</b> news for everyone"}
	}
	start := time.Now()
	added, err := db.Enqueue(ctx, msgs)
	if err != nil {
		return EnqueueFigures{}, err
	}
	return EnqueueFigures{Messages: added, Elapsed: time.Since(start)}, nil
}

// BroadcastFigures are the results of Broadcast.
type BroadcastFigures struct {
	Messages int
	// Elapsed runs from the broadcast's messages being queued to the last
	// one confirmed; EndToEnd from the editor's send, queueing included.
	Elapsed, EndToEnd time.Duration
	// Rate is messages per second achieved, Limit the fake server's.
	Rate, Limit, Configured float64
	TooMany                 int // 429s answered
	Violations              int // limit violations the server counted
	ViolationKinds          string
	// CPUPerMessage is process CPU (user+system, fake server included) per message.
	CPUPerMessage time.Duration
	// PeakHeap is the highest heap in use seen; PeakRSS the process's peak.
	PeakHeap, PeakRSS uint64
	// Beside the broadcast, some private chats and groups get several
	// messages each, so the limits per chat and per group are exercised:
	// ExtraPrivate chats ExtraPerPrivate messages each, ExtraGroups groups
	// ExtraPerGroup each (more than a group may get in a minute), all
	// delivered within ExtraElapsed of being queued.
	ExtraPrivate, ExtraPerPrivate, ExtraGroups, ExtraPerGroup int
	ExtraElapsed                                              time.Duration
	// PrivateLimit and GroupLimit are the fake server's limits per chat.
	PrivateLimit, GroupLimit string
}

// Broadcast sends a broadcast to n private chats through the real outbox,
// limiter and Telegram sender against the fake server with Telegram's limits
// multiplied by scale, the limiter set to share (such as 0.97) of the fake's
// overall limit.
func Broadcast(ctx context.Context, dir string, n int, scale, share float64, log *slog.Logger) (BroadcastFigures, error) {
	limits := telegramtest.TelegramLimits().Scale(scale)
	// A group's limit stays at most 100 a minute, so that going over it
	// takes a hundred-odd messages, not thousands sent one after another.
	limits.Group = min(limits.Group, 100)
	srv := telegramtest.New(telegramtest.Options{Limits: &limits, DiscardText: true})
	defer srv.Close()
	db, err := store.Open(ctx, filepath.Join(dir, "broadcast.db"))
	if err != nil {
		return BroadcastFigures{}, err
	}
	defer db.Close()
	subs := make([]news.Subscriber, n)
	for i := range subs {
		id := int64(i + 1)
		srv.AddPrivateChat(telegramtest.User{ID: id, FirstName: "U"})
		subs[i] = news.Subscriber{ChatID: id, Preferences: news.Preferences{Lang: "en"}}
	}
	if err := db.SaveSubscribers(ctx, subs); err != nil {
		return BroadcastFigures{}, err
	}
	fig := BroadcastFigures{
		ExtraPrivate: max(n/100, 1), ExtraPerPrivate: 4,
		ExtraGroups: 5, ExtraPerGroup: limits.Group + max(limits.Group/4, 1),
		PrivateLimit: fmt.Sprintf("%d per %s", limits.Private, limits.PrivateWindow),
		GroupLimit:   fmt.Sprintf("%d per %s", limits.Group, limits.GroupWindow),
	}
	var extra []news.OutboxMessage
	for c := range fig.ExtraPrivate {
		for k := range fig.ExtraPerPrivate {
			extra = append(extra, news.OutboxMessage{IdemKey: fmt.Sprintf("%d:reply:extra%d", c+1, k), ChatID: int64(c + 1),
				Kind: news.KindReply, Text: fmt.Sprintf("Reply %d", k)})
		}
	}
	for g := range fig.ExtraGroups {
		id := int64(-1_000_000_001 - g)
		srv.AddChat(telegramtest.ChatSpec{Chat: telegramtest.Chat{ID: id, Type: telegramtest.ChatGroup, Title: fmt.Sprint("Group ", g)}})
		for k := range fig.ExtraPerGroup {
			extra = append(extra, news.OutboxMessage{IdemKey: fmt.Sprintf("%d:reply:extra%d", id, k), ChatID: id,
				Kind: news.KindReply, Text: fmt.Sprintf("Group message %d", k)})
		}
	}
	rate := float64(limits.Global) * share
	limiter := deliver.NewLimiter(deliver.Limits{
		Rate:            rate,
		PerChatInterval: limits.PrivateWindow / time.Duration(max(limits.Private, 1)),
		GroupPerMinute:  limits.Group,
	}, nil)
	workers := min(max(int(rate/20), 4), 256)
	sender, err := telegram.NewSender(ctx, srv.URL(), srv.Token(), telegram.NewSenderClient(30*time.Second, workers))
	if err != nil {
		return BroadcastFigures{}, err
	}
	o := deliver.NewOutbox(db, sender, limiter, nil, log, deliver.OutboxConfig{Workers: workers, PollInterval: 20 * time.Millisecond})
	b := deliver.NewBroadcaster(db, Render(), o, rate, nil, log, nil)

	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- o.Run(runCtx) }()
	peak := watchHeap()
	cpu0 := cpuTime()
	extraStart := time.Now()
	if _, err := db.Enqueue(ctx, extra); err != nil {
		return BroadcastFigures{}, err
	}
	sendStart := time.Now()
	rec, err := b.Start(ctx, deliver.BroadcastRequest{EditorID: 1, Text: "<b>Benchmark</b> broadcast"})
	if err != nil {
		return BroadcastFigures{}, err
	}
	// The rate is timed from when the messages are queued (recording 100 000
	// rows takes a moment) until the last is confirmed; the end-to-end
	// figure includes the queueing.
	start := time.Now()
	final, err := b.Watch(ctx, rec.ID, 50*time.Millisecond, nil)
	elapsed := time.Since(start)
	endToEnd := time.Since(sendStart)
	if err == nil {
		err = waitOutboxEmpty(ctx, db)
	}
	fig.ExtraElapsed = time.Since(extraStart)
	cpu := cpuTime() - cpu0
	heap := peak()
	stop()
	if rerr := <-done; rerr != nil && err == nil {
		err = fmt.Errorf("outbox: %w", rerr)
	}
	if err != nil {
		return BroadcastFigures{}, err
	}
	stats := srv.Stats()
	fig.Messages, fig.Elapsed, fig.EndToEnd = final.Sent, elapsed, endToEnd
	fig.Rate, fig.Limit, fig.Configured = float64(final.Sent)/elapsed.Seconds(), float64(limits.Global), rate
	fig.TooMany = stats.RateLimited + stats.Faults.TooManyRequests
	fig.Violations = stats.Violations.Total()
	fig.ViolationKinds = fmt.Sprintf("%+v", stats.Violations)
	fig.CPUPerMessage = cpu / time.Duration(max(final.Sent+len(extra), 1))
	fig.PeakHeap, fig.PeakRSS = heap, peakRSS()
	return fig, nil
}

// EndToEndRate is the broadcast's messages per second from the editor's
// send, queueing included.
func (b BroadcastFigures) EndToEndRate() float64 {
	return float64(b.Messages) / b.EndToEnd.Seconds()
}

// waitOutboxEmpty waits until no message waits or is in flight.
func waitOutboxEmpty(ctx context.Context, db *store.DB) error {
	for {
		counts, err := db.OutboxCounts(ctx)
		if err != nil {
			return err
		}
		if counts[news.OutboxPending]+counts[news.OutboxSending]+counts[news.OutboxFailed] == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// DigestFigures are the results of Digests.
type DigestFigures struct {
	Subscribers, Articles, Messages int
	// Build is the time to index the articles and build and render every
	// digest in memory; Tick the whole scheduling round, enqueueing and
	// bookkeeping included.
	Build, Tick time.Duration
	PeakHeap    uint64
}

var benchCountries = []string{"KZ", "UZ", "KG", "TJ", "TM", "RU", "UA", "BY", "GE", "AM", "AZ", "TR", "CN", "US", "DE", "FR", "GB", "IR", "AF", "MN"}

// Digests stores articles and subscribers, then builds the digest of every
// subscriber, first in memory and then through a scheduler round.
func Digests(ctx context.Context, dir string, subscribers, articles int, log *slog.Logger) (DigestFigures, error) {
	now := time.Now().UTC().Truncate(time.Minute)
	db, err := store.Open(ctx, filepath.Join(dir, "digest.db"), store.WithClock(func() time.Time { return now }))
	if err != nil {
		return DigestFigures{}, err
	}
	defer db.Close()
	rng := rand.New(rand.NewPCG(1, 2))
	topics := news.Topics()
	arts := make([]news.Article, articles)
	for i := range arts {
		c := benchCountries[rng.IntN(len(benchCountries))]
		pub := now.Add(-time.Duration(rng.Int64N(int64(23 * time.Hour))))
		cluster := ""
		if i%3 != 0 {
			cluster = fmt.Sprint("cluster-", i/3)
		}
		arts[i] = news.Article{
			Source: fmt.Sprint("Outlet ", i%40), URL: fmt.Sprintf("https://news%d.example/story/%d", i%40, i),
			GUID: fmt.Sprint(i), Title: fmt.Sprintf("Story %d about %s and its neighbours", i, c),
			Body: "A first paragraph of the story that says what happened.\n\nMore detail follows here.",
			Lang: "en", PublishedAt: pub, FetchedAt: pub, UpdatedAt: pub, ContentHash: fmt.Sprint("h", i),
			Analysis: news.Analysis{
				Summary:   "What happened, in two sentences that the analyzer chose. It matters because of this.",
				Quotes:    []news.Quote{{Text: "We will keep working on this", Speaker: "A Minister", Score: 1}},
				Countries: []news.CountryScore{{Code: c, Score: 1, Primary: true}, {Code: benchCountries[rng.IntN(len(benchCountries))], Score: 0.3}},
				Topics:    []news.TopicScore{{Topic: topics[rng.IntN(len(topics))].Slug, Score: 1}},
				Cluster:   cluster, AnalyzedAt: pub,
			},
		}
	}
	for start := 0; start < len(arts); start += 1000 {
		if _, _, err := db.SaveArticles(ctx, arts[start:min(start+1000, len(arts))]); err != nil {
			return DigestFigures{}, err
		}
	}
	arts = nil
	zones := []string{"Asia/Almaty", "Asia/Tashkent", "Europe/Moscow", "America/New_York"}
	subs := make([]news.Subscriber, subscribers)
	for i := range subs {
		s := news.Subscriber{ChatID: int64(i + 1), NextDigestAt: now.Add(-time.Minute), Preferences: news.Preferences{
			Lang: []string{"en", "ru"}[i%2], Timezone: zones[i%len(zones)], DigestTime: "08:00",
			GroupBy: []news.GroupBy{news.GroupByCountry, news.GroupByTopic}[i%2],
		}}
		for range 1 + rng.IntN(3) {
			s.Countries = append(s.Countries, benchCountries[rng.IntN(len(benchCountries))])
		}
		if i%3 == 0 {
			s.Topics = []news.Topic{topics[rng.IntN(len(topics))].Slug, topics[rng.IntN(len(topics))].Slug}
		}
		subs[i] = s
	}
	if err := db.SaveSubscribers(ctx, subs); err != nil {
		return DigestFigures{}, err
	}
	runtime.GC()
	peak := watchHeap()
	fig := DigestFigures{Subscribers: subscribers, Articles: articles}

	// In memory: read the window once, then build and render every digest.
	start := time.Now()
	stored, err := db.Articles(ctx, news.ArticleQuery{Since: now.Add(-24 * time.Hour), Until: now, Limit: articles + 1})
	if err != nil {
		return fig, err
	}
	idx := deliver.NewStoryIndex(stored)
	rnd := Render()
	digest := rnd.Digest
	if rnd.DigestRound != nil {
		digest = rnd.DigestRound()
	}
	for _, s := range subs {
		d := idx.Digest(s, now.Add(-24*time.Hour), now, deliver.DefaultMaxItems)
		fig.Messages += len(digest(d, time.UTC))
	}
	fig.Build = time.Since(start)

	// The scheduler's round: the same work plus enqueueing and bookkeeping.
	sched := deliver.NewScheduler(db, rnd, nil, nil, log, deliver.SchedulerConfig{}, func() time.Time { return now })
	start = time.Now()
	if _, err := sched.Tick(ctx); err != nil {
		return fig, err
	}
	fig.Tick = time.Since(start)
	fig.PeakHeap = peak()
	return fig, nil
}

// Print writes the figures as a small report.
func Print(w io.Writer, e EnqueueFigures, b BroadcastFigures, d DigestFigures) {
	fmt.Fprintf(w, "enqueue:   %d outbox rows in %s (%.0f rows/s)\n", e.Messages, e.Elapsed.Round(time.Millisecond),
		float64(e.Messages)/e.Elapsed.Seconds())
	fmt.Fprintf(w, "broadcast: %d messages in %s: %.0f msg/s = %.1f%% of the %.0f/s limit (limiter set to %.0f/s)\n",
		b.Messages, b.Elapsed.Round(time.Millisecond), b.Rate, 100*b.Rate/b.Limit, b.Limit, b.Configured)
	fmt.Fprintf(w, "           end to end, queueing included: %s: %.0f msg/s = %.1f%% of the limit\n",
		b.EndToEnd.Round(time.Millisecond), b.EndToEndRate(), 100*b.EndToEndRate()/b.Limit)
	fmt.Fprintf(w, "           meanwhile %d private chats got %d more messages each (limit %s) and %d groups %d each (limit %s): all delivered %s after queueing\n",
		b.ExtraPrivate, b.ExtraPerPrivate, b.PrivateLimit, b.ExtraGroups, b.ExtraPerGroup, b.GroupLimit, b.ExtraElapsed.Round(time.Millisecond))
	fmt.Fprintf(w, "           429s: %d, limit violations: %d %s, CPU per message: %s (fake server included), peak heap %s, peak RSS %s\n",
		b.TooMany, b.Violations, b.ViolationKinds, b.CPUPerMessage, mib(b.PeakHeap), mib(b.PeakRSS))
	fmt.Fprintf(w, "digests:   %d subscribers over %d articles: built and rendered in %s (%d messages); scheduler round with enqueueing %s; peak heap %s\n",
		d.Subscribers, d.Articles, d.Build.Round(time.Millisecond), d.Messages, d.Tick.Round(time.Millisecond), mib(d.PeakHeap))
}

func mib(b uint64) string { return fmt.Sprintf("%.0f MiB", float64(b)/(1<<20)) }

// watchHeap samples the heap in use until the returned func is called,
// which returns the peak.
func watchHeap() func() uint64 {
	var peak atomic.Uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(stop)
		wg.Wait()
		return peak.Load()
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func peakRSS() uint64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return uint64(ru.Maxrss) * 1024 // kilobytes on Linux
}

// Run measures enqueueing, a broadcast to subscribers at Telegram's limits
// times scale (the limiter at share of them) and digests over articles, in
// a temporary folder, and prints the figures on w.
func Run(ctx context.Context, w io.Writer, subscribers, articles int, scale, share float64) error {
	dir, err := os.MkdirTemp("", "newsbot-bench-")
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	defer os.RemoveAll(dir)
	enq, err := Enqueue(ctx, dir, subscribers)
	if err != nil {
		return fmt.Errorf("bench: enqueue: %w", err)
	}
	bc, err := Broadcast(ctx, dir, subscribers, scale, share, nil)
	if err != nil {
		return fmt.Errorf("bench: broadcast: %w", err)
	}
	dg, err := Digests(ctx, dir, subscribers, articles, nil)
	if err != nil {
		return fmt.Errorf("bench: digests: %w", err)
	}
	Print(w, enq, bc, dg)
	return nil
}
