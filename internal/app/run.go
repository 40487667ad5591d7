package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/jmoiron/sqlx"
	"golang.org/x/sync/errgroup"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/console"
	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/ingest"
	"github.com/newsbot/newsbot/internal/lease"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/retention"
	"github.com/newsbot/newsbot/internal/telegram"
)

// Store is everything a running bot reads and writes: what the bot, the
// outbox, the digest scheduler, broadcasts, /healthz and the Telegram
// transport each declare they need. *store.DB is one.
type Store interface {
	bot.Store
	deliver.OutboxStore
	deliver.DigestStore
	deliver.BroadcastStore
	deliver.HealthStore
	telegram.ChatStatusStore
	storedArticles
	resumeStore
	topicStore
}

// Terminal is the chat on the process's own standard streams, used
// instead of Telegram when no token is set.
type Terminal struct {
	In   io.Reader
	Out  io.Writer
	Lang string // the terminal user's language, from the locale
	// Notice, if set, is told how to use the terminal chat and that the
	// logs go to LogPath.
	Notice  io.Writer
	LogPath string
}

// RunOptions are the parts of a running bot; cmd/newsbot builds them from
// the configuration.
type RunOptions struct {
	Store   Store
	Log     *slog.Logger
	Metrics *deliver.Metrics
	// Limits are Telegram's rate limits for the bot; one limiter keeps
	// them for the outbox and the bot's replies.
	Limits deliver.Limits
	// NewPoller builds the feed poller with its analysis of new articles
	// (the analysis also serves editors' /breaking). It is called once at
	// start and, with replicas, again at each start of leadership, so the
	// story index holds what other replicas stored meanwhile.
	NewPoller func(ctx context.Context) (*ingest.Poller, *Analysis, error)
	Pruner    *retention.Pruner
	// FeedCountries, if set, relearns the feeds' countries from their
	// stories (see FeedCountries), on one replica.
	FeedCountries *FeedCountries
	// StoreSize, if set, reports the store's size for the metrics.
	StoreSize func(ctx context.Context) (deliver.StoreSize, error)
	// HTTP, if set, serves /healthz, /readyz, /livez and /metrics.
	HTTP *Listener
	// Fetcher reads the pages editors name in /breaking.
	Fetcher *ingest.Fetcher
	// Bot holds the bot's settings; Run fills in its Digester, Editorial
	// and BotUsername.
	Bot       bot.Options
	Scheduler deliver.SchedulerConfig
	Outbox    deliver.OutboxConfig
	// Rate is the bot-wide sending rate (messages/s) broadcasts plan with.
	Rate float64
	// Terminal, if set, is the chat; otherwise the bot runs on Telegram
	// with Telegram's options (Run fills in Chats, Pacer, TopicGone and
	// Logger).
	Terminal *Terminal
	Telegram telegram.Options
	// Leader, if set, is the election among replicas sharing the store:
	// only the replica holding its lease polls feeds, prunes, runs the
	// digest scheduler and the outbox and, in polling mode, receives
	// Telegram's updates (Telegram allows one consumer). Every replica
	// serves /healthz and /metrics, and in webhook mode answers updates.
	// Every replica books its sends in one schedule in the database
	// (lease.Slots), so Telegram's rate limits hold for the bot as a whole.
	// Nil: this process is the store's only one and runs everything.
	Leader *lease.Leader
	// Leases, with Leader, lists the leases held, for the metrics.
	Leases func(ctx context.Context) ([]deliver.LeaseHolder, error)
	// Redact hides secrets in an error shown on /healthz.
	Redact func(error) error
}

// Run runs the bot until ctx ends or input ends in terminal mode: feed
// polling, retention, the health and metrics server, the digest
// scheduler, the outbox and the chat transport. Polling and digests go on
// while Telegram cannot be reached; the outbox keeps what they queue. With
// a Leader, the work that must run once runs on the leading replica only
// (see RunOptions.Leader). It returns nil on cancellation and the first
// failing part's error otherwise; every part has ended when it returns.
func Run(ctx context.Context, o RunOptions) (err error) {
	if o.Redact == nil {
		o.Redact = func(err error) error { return err }
	}
	if err := o.Limits.Validate(); err != nil {
		return fmt.Errorf("delivery limits: %w", err)
	}
	limiter := deliver.NewLimiter(o.Limits, nil)
	if o.Leader != nil {
		// Every replica answers webhook updates and the leader sends the
		// outbox: they book their sends in one schedule in the database.
		ShareLimits(ctx, limiter, o.Leader.Slots(), o.Log.With("component", "limiter"))
		// Another replica may have claimed messages; a dead one's come
		// back when their lease runs out, kept short so that a fail-over
		// delays them by seconds, not minutes.
		o.Outbox.Shared = true
		if o.Outbox.Lease == 0 {
			o.Outbox.Lease, o.Outbox.SendTimeout = sharedSendLease, sharedSendLease/2
		}
	}
	poller, an, err := o.NewPoller(ctx)
	if err != nil {
		return err
	}
	// The story index warms in the background from the store: it ends
	// before Run returns, so it never reads a closed store or logs after.
	defer an.Wait()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	g, ctx := errgroup.WithContext(ctx)
	// fail stops what already runs. When err is only the cancellation
	// caused by a part that failed, that part's error is the one to report.
	fail := func(err error) error {
		cancel()
		if gerr := g.Wait(); gerr != nil && !errors.Is(gerr, context.Canceled) && errors.Is(err, context.Canceled) {
			return gerr
		}
		return err
	}
	if o.StoreSize != nil {
		o.Metrics.WatchStore(o.StoreSize)
	}
	// parts tells /healthz what is down while the rest keeps working.
	parts := deliver.NewParts()
	if o.Leader != nil {
		parts.SetRole(func() (string, string) {
			if o.Leader.Leading() {
				return "leader", o.Leader.Holder()
			}
			return "standby", o.Leader.Holder()
		})
		if o.Leases != nil {
			o.Metrics.WatchLeases(o.Leader.Holder(), []string{LeaderLease}, o.Leases)
		}
	}
	if o.HTTP != nil {
		g.Go(func() error { return serveHTTP(ctx, o.Log, o.HTTP, o.Store, o.Metrics, parts) })
	}

	// spawn runs background work that must end before Run returns (and
	// the store closes).
	spawn := func(f func()) { g.Go(func() error { f(); return nil }) }
	// once is the work that runs on one replica only: here when there is
	// no Leader, else under its lease. Each part gets the context of the
	// term and spawn bound to it.
	var once []func(ctx context.Context, spawn func(func())) error
	once = append(once, func(ctx context.Context, _ func(func())) error {
		p := poller
		if o.Leader != nil {
			// A fresh story index: other replicas stored articles since
			// this one started.
			tp, tan, err := o.NewPoller(ctx)
			if err != nil {
				return err
			}
			defer tan.Wait()
			p = tp
		}
		return p.Run(ctx)
	})
	if o.Pruner != nil {
		once = append(once, func(ctx context.Context, _ func(func())) error { return o.Pruner.Run(ctx) })
	}
	if o.FeedCountries != nil {
		once = append(once, func(ctx context.Context, _ func(func())) error { return o.FeedCountries.Run(ctx) })
	}
	opts := o.Bot
	// startDelivery builds the digest scheduler, the outbox that sends
	// with sender and the broadcaster, and gives the bot /digest and the
	// editors' broadcasts. The scheduler runs among the work done once.
	startDelivery := func(sender deliver.Sender) *delivery {
		d := newDelivery(o, limiter, sender)
		once = append(once, func(ctx context.Context, _ func(func())) error { return d.scheduler.Run(ctx) })
		opts.Digester = d
		opts.Editorial = NewEditorial(ctx, spawn, d.broadcaster, o.Store, o.Fetcher, an)
		return d
	}
	// startSending runs the outbox and follows unfinished broadcasts.
	startSending := func(ctx context.Context, spawn func(func()), g *errgroup.Group, d *delivery, sender deliver.Sender) error {
		g.Go(func() error { return d.outbox.Run(ctx) })
		return ResumeBroadcasts(ctx, spawn, d.broadcaster, o.Store, sender, o.Log.With("component", "deliver"))
	}
	runOnce := func() {
		run := func(ctx context.Context) error {
			tg, ctx := errgroup.WithContext(ctx)
			spawn := func(f func()) { tg.Go(func() error { f(); return nil }) }
			for _, f := range once {
				tg.Go(func() error { return f(ctx, spawn) })
			}
			return tg.Wait()
		}
		if o.Leader == nil {
			g.Go(func() error { return run(ctx) })
			return
		}
		g.Go(func() error { return o.Leader.Run(ctx, run) })
	}

	if t := o.Terminal; t != nil {
		if t.Notice != nil {
			fmt.Fprintln(t.Notice, "newsbot: no Telegram token set, so running in terminal mode: type /start (or /help) and press Enter; :help lists what the terminal can play (a group, a block); end input (Ctrl-D) to quit. To connect to Telegram, set NEWSBOT_TELEGRAM_TOKEN or [telegram] token in the config.")
			fmt.Fprintf(t.Notice, "newsbot: logs go to %s\n", t.LogPath)
		}
		con := console.New(t.In, t.Out, t.Lang)
		con.SetLogger(o.Log.With("component", "console"))
		d := startDelivery(consoleSender{con})
		runOnce()
		if err := startSending(ctx, spawn, g, d, consoleSender{con}); err != nil {
			return fail(err)
		}
		// The terminal user is the editor of their own terminal.
		opts.Editors = append(opts.Editors, console.ChatID)
		b := bot.New(o.Store, con, opts)
		g.Go(func() error {
			defer cancel() // end of input ends the whole process
			return con.Run(ctx, b.Handle)
		})
		return wait(g)
	}

	// A deleted forum topic sends the chat's news to General, with a note.
	var wakeOutbox atomic.Pointer[func()]
	gone := TopicGone(o.Store, func() {
		if f := wakeOutbox.Load(); f != nil {
			(*f)()
		}
	}, o.Log.With("component", "telegram"))
	// Polling and digests go on while Telegram cannot be reached; the
	// outbox keeps what they queue until it can.
	late := &lateSender{}
	d := startDelivery(late)
	notify := d.outbox.Notify
	wakeOutbox.Store(&notify)
	// connected closes once Telegram answers, with tg and b set.
	connected := make(chan struct{})
	var (
		tgt *telegram.Transport
		b   *bot.Bot
	)
	polling := o.Telegram.Mode != "webhook"
	g.Go(func() error {
		var sender *telegram.Sender
		var err error
		tgt, sender, err = connectTelegram(ctx, o, limiter, parts, gone)
		if err != nil {
			return err
		}
		late.set(sender)
		opts.BotUsername = tgt.Username()
		b = bot.New(o.Store, tgt, opts)
		o.Log.Info("connected to Telegram", "bot", "@"+tgt.Username(), "mode", o.Telegram.Mode)
		close(connected)
		if polling {
			return nil
		}
		// Webhook mode: every replica answers the updates it is given.
		return tgt.Run(ctx, b.Handle)
	})
	// Sending (and, in polling mode, receiving) starts once connected.
	once = append(once, func(ctx context.Context, spawn func(func())) error {
		select {
		case <-connected:
		case <-ctx.Done():
			return nil
		}
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		sg, ctx := errgroup.WithContext(ctx)
		if err := startSending(ctx, spawn, sg, d, late); err != nil {
			cancel() // the outbox stops too
			_ = sg.Wait()
			return err
		}
		if polling {
			sg.Go(func() error { return tgt.Run(ctx, b.Handle) })
		}
		return sg.Wait()
	})
	runOnce()
	return wait(g)
}

// sharedSendLease is how long a claimed outbox message stays with its
// sender among replicas before it goes back to the queue: a request is cut
// at half of it.
const sharedSendLease = 30 * time.Second

// LeaderLease is the name of the lease whose holder runs the work done
// once among replicas.
const LeaderLease = "leader"

// ShareLimits makes limiter book every send in slots, the schedule shared
// by the replicas, so that Telegram's limits hold for the bot as a whole
// (see lease.Slots). Calls carry ctx's values but not its end, so sends
// that drain at shutdown still book; each is bounded by
// deliver.SharedTimeout. While the database fails, sends are paced by the
// local limiter alone; the failures are logged, fewer as they go on.
func ShareLimits(ctx context.Context, limiter *deliver.Limiter, slots *lease.Slots, log *slog.Logger) {
	var fails atomic.Int64
	limiter.Share(sharedSlots{ctx: context.WithoutCancel(ctx), s: slots}, func(err error) {
		if n := fails.Add(1); n&(n-1) == 0 {
			log.Warn("shared send schedule failed; pacing this replica alone", "failures", n, "err", err)
		}
	})
}

// sharedSlots is a lease.Slots as a deliver.SharedSchedule.
type sharedSlots struct {
	ctx context.Context
	s   *lease.Slots
}

func (a sharedSlots) Book(b deliver.Booking) (time.Time, bool, error) {
	ctx, cancel := context.WithTimeout(a.ctx, deliver.SharedTimeout)
	defer cancel()
	return a.s.Book(ctx, lease.Booking(b))
}

func (a sharedSlots) Hold(chatID int64, until time.Time, tolerance time.Duration) error {
	ctx, cancel := context.WithTimeout(a.ctx, deliver.SharedTimeout)
	defer cancel()
	return a.s.Hold(ctx, chatID, until, tolerance)
}

// wait waits for every part; cancellation is a normal end.
func wait(g *errgroup.Group) error {
	err := g.Wait()
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}

// Back-off between attempts to reach Telegram at start.
const (
	connectRetryMin = time.Second
	connectRetryMax = time.Minute
)

// connectTelegram reaches the Bot API: the transport (which checks the
// token) and the sender. While Telegram cannot be reached it keeps trying
// with back-off, and parts shows Telegram down on /healthz; everything else
// runs meanwhile. It fails at once when the token is refused, since trying
// again cannot help, and returns ctx's error when ctx ends first.
func connectTelegram(ctx context.Context, o RunOptions, limiter *deliver.Limiter, parts *deliver.Parts, gone telegram.TopicGoneFunc) (*telegram.Transport, *telegram.Sender, error) {
	log := o.Log.With("component", "telegram")
	topts := o.Telegram
	topts.Chats = o.Store
	topts.Pacer = limiter // replies share the outbox's budget
	topts.TopicGone = gone
	topts.Logger = log
	parts.Set("telegram", errors.New("connecting"))
	wait := connectRetryMin
	for attempt := 1; ; attempt++ {
		tg, err := telegram.New(ctx, topts)
		var sender *telegram.Sender
		if err == nil {
			sender, err = telegram.NewSender(ctx, topts.APIURL, topts.Token,
				// A connection per outbox worker: fewer would have a
				// broadcast open new ones mid-send, bunching requests.
				telegram.NewSenderClient(30*time.Second, max(64, senders(o))))
		}
		if err == nil {
			sender.OnTopicGone(gone)
			parts.Set("telegram", nil)
			return tg, sender, nil
		}
		if telegram.TokenRefused(err) {
			parts.Set("telegram", errors.New("token refused"))
			return nil, nil, fmt.Errorf("telegram: the bot token was refused: %w", err)
		}
		if ctx.Err() != nil {
			return nil, nil, ctx.Err()
		}
		// The error text is redacted by the telegram client; /healthz shows it.
		parts.Set("telegram", fmt.Errorf("unreachable: %w", o.Redact(err)))
		log.Warn("Telegram cannot be reached; polling and digests go on, messages wait in the outbox; trying again",
			"attempt", attempt, "retry_in", wait, "err", err)
		select {
		case <-ctx.Done():
			return nil, nil, ctx.Err()
		case <-time.After(wait):
		}
		wait = min(2*wait, connectRetryMax)
	}
}

// serveHTTP serves /healthz and /metrics on ln until ctx ends.
func serveHTTP(ctx context.Context, log *slog.Logger, ln net.Listener, store deliver.HealthStore, metrics *deliver.Metrics, parts *deliver.Parts) error {
	addr := ln.Addr().String()
	srv := &http.Server{Handler: deliver.Handler(store, metrics, parts), ReadHeaderTimeout: 5 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	log.Info("serving health and metrics", "addr", addr)
	select {
	case err := <-errc:
		return fmt.Errorf("http.listen %s: %w", addr, err)
	case <-ctx.Done():
		// ctx is done: the shutdown needs a deadline of its own.
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	}
}

// SyncFeeds stores the feeds listed in the configuration, keeping their
// fetch state.
func SyncFeeds(ctx context.Context, db FeedUpserter, feeds []news.Feed) error {
	for _, f := range feeds {
		if _, err := db.UpsertFeed(ctx, f); err != nil {
			return fmt.Errorf("sync configured feeds: %w", err)
		}
	}
	return nil
}

// FeedUpserter stores a feed, keeping its fetch state when it is known.
type FeedUpserter interface {
	UpsertFeed(ctx context.Context, f news.Feed) (news.Feed, error)
}

// Elect returns the leader election among replicas sharing db, under a
// holder id of this process, and what reads the leases held, for the
// metrics.
func Elect(db *sqlx.DB, log *slog.Logger) (*lease.Leader, func(ctx context.Context) ([]deliver.LeaseHolder, error)) {
	t := lease.New(db, nil)
	return t.Leader(LeaderLease, lease.HolderID(), lease.LeaderConfig{Log: log}), leaseHolders(t)
}

// Listen takes the health and metrics address addr; empty takes none and
// returns a listener that is nil (Close on it does nothing).
func Listen(addr string) (*Listener, error) {
	if addr == "" {
		return nil, nil
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("http.listen %s: %w", addr, err)
	}
	return &Listener{ln}, nil
}

// Listener is the health and metrics listener; a nil one is none.
type Listener struct{ net.Listener }

// Close closes the listener, when there is one.
func (l *Listener) Close() error {
	if l == nil {
		return nil
	}
	return l.Listener.Close()
}

// leaseHolders reads the leases held from t, for the metrics.
func leaseHolders(t *lease.Table) func(ctx context.Context) ([]deliver.LeaseHolder, error) {
	return func(ctx context.Context) ([]deliver.LeaseHolder, error) {
		held, err := t.Held(ctx)
		out := make([]deliver.LeaseHolder, len(held))
		for i, l := range held {
			out[i] = deliver.LeaseHolder{Lease: l.Name, Holder: l.Holder}
		}
		return out, err
	}
}

// senders is how many sends the outbox runs at once.
func senders(o RunOptions) int {
	if o.Outbox.Workers > 0 {
		return o.Outbox.Workers
	}
	return deliver.DefaultWorkers(o.Rate)
}
