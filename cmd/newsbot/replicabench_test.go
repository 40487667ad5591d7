package main

// The broadcast benchmark of replicas on PostgreSQL: three "newsbot run"
// processes (this test binary started again as newsbot, see TestMain) share
// a throwaway PostgreSQL schema and send one broadcast to every subscriber
// through the fake Bot API with Telegram's limits scaled up. Only the
// leader sends, so the bot-wide rate is its limiter's. The kill-leader
// variant kills the leader with SIGKILL halfway and measures the dip.
//
//	NEWSBOT_TEST_DATABASE=postgres go test -run '^$' \
//	    -bench BroadcastReplicasPostgres -benchtime 1x ./cmd/newsbot/
//
// NEWSBOT_BENCH_SUBSCRIBERS (default 100000) and NEWSBOT_BENCH_RATE (the
// configured [delivery] rate, default 1000 messages/s, the most the config
// allows) make a shorter run; NEWSBOT_BENCH_SHARE (default 0.97) is the
// configured rate's share of the fake server's limit; NEWSBOT_BENCH_LOGS
// names a folder to keep the replicas' logs in.

import (
	"bufio"
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/pgtest"
	"github.com/newsbot/newsbot/internal/store"
	"github.com/newsbot/newsbot/internal/storetest"
	"github.com/newsbot/newsbot/internal/telegram/telegramtest"
)

func BenchmarkBroadcastReplicasPostgres(b *testing.B) {
	if !storetest.OnPostgres() {
		b.Skip("runs three replicas on PostgreSQL: set NEWSBOT_TEST_DATABASE=postgres (and -benchtime 1x)")
	}
	n := benchEnvInt(b, "NEWSBOT_BENCH_SUBSCRIBERS", 100_000)
	rate := benchEnvInt(b, "NEWSBOT_BENCH_RATE", 1000)
	share := 0.97
	if v := os.Getenv("NEWSBOT_BENCH_SHARE"); v != "" {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || f <= 0 || f > 1 {
			b.Fatalf("NEWSBOT_BENCH_SHARE=%q: want a share above 0 and at most 1", v)
		}
		share = f
	}
	for _, tc := range []struct {
		name string
		kill bool
	}{
		{"steady", false},
		{"kill-leader", true},
	} {
		b.Run(tc.name, func(b *testing.B) {
			// One broadcast is the measurement, whatever b.N asks for.
			fig := replicaBroadcast(b, n, float64(rate), share, tc.kill)
			b.ReportMetric(fig.rate, "msg/s")
			b.ReportMetric(100*fig.rate/fig.configured, "%_of_rate")
			b.ReportMetric(float64(fig.tooMany), "429s")
			b.ReportMetric(float64(fig.duplicates), "duplicates")
			b.Log(fig.String())
		})
	}
}

func benchEnvInt(b *testing.B, key string, def int) int {
	v := os.Getenv(key)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		b.Fatalf("%s=%q: want a positive whole number", key, v)
	}
	return n
}

// replicaFigures are the results of one broadcast through replicas.
type replicaFigures struct {
	subscribers int
	seed        time.Duration // storing the subscribers
	queue       time.Duration // StartBroadcast: recording one message per subscriber
	// first and last send, from the broadcast's start; rate is the
	// messages per second between them, endToEnd's from the start.
	first, last      time.Duration
	rate, endToEnd   float64
	configured       float64 // [delivery] rate of every replica
	limit            int     // the fake server's overall limit per second
	tooMany          int
	violations       string
	duplicates       int
	sentBy           []string // per replica: role, broadcast messages it counted
	roleChanges      []string // replicas' roles on /healthz changing, read every second
	dbCPUPerMessage  time.Duration
	perSecond        []int // messages per second from the first send
	median           int   // of perSecond's full seconds
	refusedPerSecond []int // 429s per second from the first send
	kill             bool
	atKill           int           // messages sent when the leader was killed
	inFlight         int           // outbox rows in state sending at the kill
	gap              time.Duration // from the kill to the next send
	takeover         time.Duration // from the kill to a new leader's /healthz
	before, after    float64       // rates before the kill and after the gap, until the queue drained
	drained, waitEnd time.Duration // after the kill: queue drained; last message (leases returned)
}

func (f replicaFigures) String() string {
	var w strings.Builder
	fmt.Fprintf(&w, "\n%d subscribers on PostgreSQL, 3 replicas, [delivery] rate %.0f/s, fake Bot API limit %d/s (Telegram's ×%.1f)\n",
		f.subscribers, f.configured, f.limit, float64(f.limit)/30)
	fmt.Fprintf(&w, "seeding %s; StartBroadcast (queueing %d rows) %s\n", f.seed.Round(time.Millisecond), f.subscribers, f.queue.Round(time.Millisecond))
	fmt.Fprintf(&w, "first send %s after the start, last %s: %.1f msg/s = %.1f%% of the configured rate (%.1f%% of the fake's limit); end to end, queueing included: %.1f msg/s = %.1f%%\n",
		f.first.Round(time.Millisecond), f.last.Round(time.Millisecond), f.rate, 100*f.rate/f.configured, 100*f.rate/float64(f.limit),
		f.endToEnd, 100*f.endToEnd/f.configured)
	fmt.Fprintf(&w, "429s: %d, limit violations: %s, duplicates: %d, PostgreSQL CPU per message: %s\n",
		f.tooMany, f.violations, f.duplicates, f.dbCPUPerMessage)
	fmt.Fprintf(&w, "broadcast messages counted by each replica: %s; role changes: %q\n", strings.Join(f.sentBy, "; "), f.roleChanges)
	if f.kill {
		fmt.Fprintf(&w, "kill -9 of the leader after %d messages (%d in flight): next send %s later, new leader on /healthz after %s; %.1f msg/s before, %.1f msg/s after (%.1f%%), queue drained %s after the kill, last message (expired leases) %s after it\n",
			f.atKill, f.inFlight, f.gap.Round(time.Millisecond), f.takeover.Round(time.Millisecond), f.before, f.after, 100*f.after/f.configured,
			f.drained.Round(time.Millisecond), f.waitEnd.Round(time.Millisecond))
	}
	fmt.Fprintf(&w, "messages per second from the first send (median %d = %.1f%%): %v\n", f.median, 100*float64(f.median)/f.configured, f.perSecond)
	fmt.Fprintf(&w, "429s per second from the first send: %v", f.refusedPerSecond)
	return w.String()
}

// sample is the fake server's count of sent messages at a moment.
type sample struct {
	at            time.Time
	sent, refused int // refused: 429s so far
}

func replicaBroadcast(b *testing.B, n int, rate, share float64, kill bool) replicaFigures {
	ctx := context.Background()
	pgURL := pgtest.URL(b)
	dir := b.TempDir()
	// The configured rate is share of the fake's overall limit (97% by
	// default, as newsbot bench runs its limiter).
	limits := telegramtest.TelegramLimits().Scale(rate / share / 30)
	tg := telegramtest.Start(b, telegramtest.Options{Limits: &limits, DiscardText: true})
	fig := replicaFigures{subscribers: n, configured: rate, limit: limits.Global, kill: kill}

	db, err := store.OpenURL(ctx, pgURL)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	subs := make([]news.Subscriber, n)
	for i := range subs {
		id := int64(100_001 + i)
		tg.AddPrivateChat(telegramtest.User{ID: id, FirstName: "Reader"})
		subs[i] = news.Subscriber{ChatID: id, ChatType: news.ChatPrivate, Status: news.StatusActive,
			Preferences: news.Preferences{Lang: "en", DigestTime: "08:00"}}
	}
	start := time.Now()
	if err := db.SaveSubscribers(ctx, subs); err != nil {
		b.Fatal(err)
	}
	fig.seed = time.Since(start)

	var rs []*replica
	for i := range 3 {
		env := map[string]string{
			"NEWSBOT_TELEGRAM_TOKEN":   tg.Token(),
			"NEWSBOT_TELEGRAM_API_URL": tg.URL(),
			"NEWSBOT_DATABASE_URL":     pgURL,
			"NEWSBOT_DATABASE_PATH":    filepath.Join(dir, "unused.db"),
			"NEWSBOT_DATABASE_SHARED":  "true",
			"NEWSBOT_HTTP_LISTEN":      freeAddr(b),
			"NEWSBOT_DELIVERY_RATE":    strconv.FormatFloat(rate, 'f', -1, 64),
			"NEWSBOT_LOG_LEVEL":        "info",
		}
		rs = append(rs, startReplica(b, env, filepath.Join(dir, fmt.Sprintf("replica%d.log", i))))
	}
	leader := waitForLeader(b, rs)

	// As an editor's confirmed /broadcast does: one outbox message per
	// subscriber, recorded in one go; the leader's outbox finds them on
	// its next look (at most a second when idle).
	cpu0 := pgtest.ServerCPU()
	start = time.Now()
	if _, err := db.StartBroadcast(ctx, news.Broadcast{EditorID: 1, Kind: news.KindBroadcast, Text: "<b>Benchmark</b> broadcast"},
		news.OutboxMessage{ParseMode: "HTML", DisablePreview: true}, nil); err != nil {
		b.Fatal(err)
	}
	fig.queue = time.Since(start)

	// Follow the fake's count until every subscriber has the message;
	// the replicas' own counts are read every second (a killed one keeps
	// its last).
	sentBy := make([]int, len(rs))
	roles := make([]string, len(rs))
	for i, r := range rs {
		roles[i] = r.role()
	}
	scrape := func() {
		for i, r := range rs {
			if v, ok := broadcastsSent(r.metrics()); ok {
				sentBy[i] = v
			}
			if role := r.role(); role != roles[i] {
				fig.roleChanges = append(fig.roleChanges, fmt.Sprintf("replica%d %s→%s at %s", i, roles[i], role, time.Since(start).Round(time.Second)))
				roles[i] = role
			}
		}
	}
	var samples []sample
	var killed, resumed time.Time
	var next *replica
	deadline := start.Add(time.Duration(float64(n)/rate*float64(time.Second))*3 + 3*time.Minute)
	for tick := 0; ; tick++ {
		now := time.Now()
		st := tg.Stats()
		sent := st.Sent
		samples = append(samples, sample{now, sent, st.RateLimited + st.Faults.TooManyRequests})
		if tick%20 == 0 {
			scrape()
		}
		if kill && killed.IsZero() && sent >= n/2 {
			scrape()
			if err := leader.cmd.Process.Kill(); err != nil {
				b.Fatal(err)
			}
			killed = time.Now()
			<-leader.done
			fig.atKill = tg.Stats().Sent
			counts, err := db.OutboxCounts(ctx)
			if err != nil {
				b.Fatal(err)
			}
			fig.inFlight = counts[news.OutboxSending]
		}
		if !killed.IsZero() && resumed.IsZero() && sent > fig.atKill {
			resumed = now
		}
		if !killed.IsZero() && next == nil && tick%10 == 0 {
			for _, r := range leaders(rs) {
				if r != leader {
					next = r
					fig.takeover = time.Since(killed)
				}
			}
		}
		if sent >= n && len(tg.SentCounts()) >= n {
			break
		}
		if now.After(deadline) {
			b.Fatalf("only %d of %d messages sent after %s", sent, n, time.Since(start).Round(time.Second))
		}
		time.Sleep(50 * time.Millisecond)
	}
	scrape()
	fig.dbCPUPerMessage = (pgtest.ServerCPU() - cpu0) / time.Duration(n)

	// The figures from the samples.
	// The first send happened after the last sample that saw none (or
	// after the start, when the first sample saw some already).
	firstAt := start
	for _, s := range samples {
		if s.sent > 0 {
			break
		}
		firstAt = s.at
	}
	end := samples[len(samples)-1]
	fig.first, fig.last = firstAt.Sub(start), end.at.Sub(start)
	fig.rate = float64(end.sent) / end.at.Sub(firstAt).Seconds()
	fig.endToEnd = float64(n) / end.at.Sub(start).Seconds()
	fig.perSecond = perSecond(samples, firstAt, func(s sample) int { return s.sent })
	fig.refusedPerSecond = perSecond(samples, firstAt, func(s sample) int { return s.refused })
	if full := fig.perSecond[:len(fig.perSecond)-1]; len(full) > 0 {
		sorted := slices.Clone(full)
		slices.Sort(sorted)
		fig.median = sorted[len(sorted)/2]
	}
	stats := tg.Stats()
	fig.tooMany = stats.RateLimited + stats.Faults.TooManyRequests
	fig.violations = fmt.Sprintf("%d %+v", stats.Violations.Total(), stats.Violations)
	for _, c := range tg.SentCounts() {
		fig.duplicates += c - 1
	}
	for i, r := range rs {
		role := r.role()
		switch {
		case r == leader && kill:
			role = "killed leader"
		case role == "":
			role = "gone"
		}
		fig.sentBy = append(fig.sentBy, fmt.Sprintf("replica%d (%s): %d", i, role, sentBy[i]))
	}
	if kill {
		fig.gap = resumed.Sub(killed)
		fig.before = float64(fig.atKill) / killed.Sub(firstAt).Seconds()
		// Drained: the first full second after the resume without a send
		// (what remains waits for the killed leader's leases to run out).
		drainedAt := end
		for i, s := range samples {
			if s.at.Before(resumed) {
				continue
			}
			j := i
			for j < len(samples) && samples[j].at.Sub(s.at) < time.Second {
				j++
			}
			if j < len(samples) && samples[j].sent == s.sent {
				drainedAt = s
				break
			}
		}
		var atResume int
		for _, s := range samples {
			if !s.at.Before(resumed) {
				atResume = s.sent
				break
			}
		}
		fig.after = float64(drainedAt.sent-atResume) / drainedAt.at.Sub(resumed).Seconds()
		fig.drained, fig.waitEnd = drainedAt.at.Sub(killed), end.at.Sub(killed)
	}
	if keep := os.Getenv("NEWSBOT_BENCH_LOGS"); keep != "" {
		for i, r := range rs {
			if data, err := os.ReadFile(r.log); err == nil {
				_ = os.WriteFile(filepath.Join(keep, fmt.Sprintf("%s-replica%d.log", strings.ReplaceAll(b.Name(), "/", "-"), i)), data, 0o644)
			}
		}
	}
	return fig
}

// perSecond counts what count counts (messages sent, 429s) in each second
// from first.
func perSecond(samples []sample, first time.Time, count func(sample) int) []int {
	var out []int
	prev := 0
	for sec := 1; ; sec++ {
		at := first.Add(time.Duration(sec) * time.Second)
		last := -1
		for _, s := range samples {
			if s.at.After(at) {
				break
			}
			last = count(s)
		}
		if last < 0 {
			last = prev
		}
		out = append(out, last-prev)
		prev = last
		if at.After(samples[len(samples)-1].at) {
			return out
		}
	}
}

// broadcastsSent reads newsbot_messages_sent_total{kind="broadcast"} from
// a replica's /metrics.
func broadcastsSent(metrics string) (int, bool) {
	sc := bufio.NewScanner(strings.NewReader(metrics))
	for sc.Scan() {
		rest, ok := strings.CutPrefix(sc.Text(), `newsbot_messages_sent_total{kind="broadcast"} `)
		if !ok {
			continue
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(rest), 64)
		if err != nil || math.IsNaN(v) {
			return 0, false
		}
		return int(v), true
	}
	return 0, false
}
