package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/newsbot/newsbot/internal/app"
	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/console"
	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/ingest"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/store"
	"github.com/newsbot/newsbot/internal/telegram"
)

func runBot(ctx context.Context, e *env, args []string) error {
	fs := e.flags("run", "[-config FILE]")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	// One bot per SQLite file; replicas on PostgreSQL share their work
	// through the store's claims instead.
	if e.cfg.Database.URL == "" {
		release, err := lockDatabase(e.cfg.Database.Path)
		if err != nil {
			return err
		}
		defer release()
	}
	terminal := e.cfg.Telegram.Token == ""
	logPath, closeLog, err := e.logToFile(terminal)
	if err != nil {
		return err
	}
	defer closeLog()
	// Take the health and metrics address first, so a port in use stops the
	// start with a clear error before anything else runs.
	var httpLn net.Listener
	if addr := e.cfg.HTTP.Listen; addr != "" {
		if httpLn, err = net.Listen("tcp", addr); err != nil {
			return fmt.Errorf("http.listen %s: %w", addr, err)
		}
		defer httpLn.Close()
	}
	db, err := e.openDB(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := syncFeeds(ctx, e, db); err != nil {
		return err
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	g, ctx := errgroup.WithContext(ctx)

	metrics := deliver.NewMetrics()
	metrics.WatchDamage(db.DamagedValues)
	limiter, err := newLimiter(e)
	if err != nil {
		return err
	}
	an, err := app.NewAnalysis(ctx, db, e.cfg.Analysis.StoryWindow.D(), time.Now, e.log.With("component", "analyze"))
	if err != nil {
		return err
	}
	poller, err := newPollerWith(e, db, an, pollMetrics{metrics})
	if err != nil {
		return err
	}
	g.Go(func() error { return poller.Run(ctx) })
	g.Go(func() error { return newPruner(e, db, metrics).Run(ctx) })
	metrics.WatchStore(func(ctx context.Context) (deliver.StoreSize, error) {
		s, err := db.Stats(ctx)
		return deliver.StoreSize{Bytes: s.Bytes, Free: s.Free, Articles: s.Articles}, err
	})
	if mode, err := db.AutoVacuum(ctx); err == nil && mode != "incremental" && e.cfg.Database.Retention.D() > 0 {
		e.log.Warn("the database file predates incremental vacuum: space freed by pruning is reused but the file does not shrink; run `newsbot migrate` once while the bot is stopped to convert it (it rewrites the file and needs free disk space its size)",
			"path", e.cfg.Database.Path)
	}
	// fail stops what already runs before the database closes. When err is
	// only the cancellation caused by a part that failed, that part's error
	// is the one to report.
	fail := func(err error) error {
		cancel()
		if gerr := g.Wait(); gerr != nil && !errors.Is(gerr, context.Canceled) && errors.Is(err, context.Canceled) {
			return gerr
		}
		return err
	}
	// parts tells /healthz what is down while the rest keeps working.
	parts := deliver.NewParts()
	if httpLn != nil {
		g.Go(func() error { return serveHTTP(ctx, e, httpLn, db, metrics, parts) })
	}

	// spawn runs background work that must end before the database closes.
	spawn := func(f func()) { g.Go(func() error { f(); return nil }) }

	opts := bot.Options{
		DefaultDigestTime: e.cfg.Digest.Time,
		DefaultTimezone:   e.cfg.Digest.Timezone,
		Editors:           e.cfg.Telegram.Editors,
		Logger:            e.log.With("component", "bot"),
	}
	// wakeOutbox wakes the outbox once it runs.
	var wakeOutbox func()
	// startDelivery runs the digest scheduler, queueing through an outbox
	// that sends with sender, and gives the bot /digest and the editors'
	// broadcasts. The outbox itself starts with startSending.
	startDelivery := func(sender deliver.Sender) (*delivery, error) {
		d, err := newDelivery(e, db, sender, metrics, limiter)
		if err != nil {
			return nil, err
		}
		g.Go(func() error { return d.scheduler.Run(ctx) })
		// Editors' /breaking URLs are checked like links in content.
		fetcher := ingest.NewFetcher(ingest.FetcherConfig{Version: version, Timeout: e.cfg.Poll.Timeout.D(),
			MaxBody: int64(e.cfg.Poll.MaxBody), AllowPrivate: e.cfg.Poll.AllowPrivate})
		opts.Digester = d
		opts.Editorial = app.NewEditorial(ctx, spawn, d.broadcaster, db, fetcher, an)
		return d, nil
	}
	// startSending starts the outbox and follows unfinished broadcasts.
	startSending := func(d *delivery, sender deliver.Sender) error {
		wakeOutbox = d.outbox.Notify
		g.Go(func() error { return d.outbox.Run(ctx) })
		return app.ResumeBroadcasts(ctx, spawn, d.broadcaster, db, sender, e.log.With("component", "deliver"))
	}

	if terminal {
		fmt.Fprintln(e.stderr, "newsbot: no Telegram token set, so running in terminal mode: type /start (or /help) and press Enter; end input (Ctrl-D) to quit. To connect to Telegram, set NEWSBOT_TELEGRAM_TOKEN or [telegram] token in the config.")
		fmt.Fprintf(e.stderr, "newsbot: logs go to %s\n", logPath)
		con := console.New(e.stdin, e.stdout, consoleLang(e.getenv))
		con.SetLogger(e.log.With("component", "console"))
		d, err := startDelivery(consoleSender{con})
		if err != nil {
			return fail(err)
		}
		if err := startSending(d, consoleSender{con}); err != nil {
			return fail(err)
		}
		// The terminal user is the editor of their own terminal.
		opts.Editors = append(opts.Editors, console.ChatID)
		b := bot.New(db, con, opts)
		g.Go(func() error {
			defer cancel() // end of input ends the whole process
			return con.Run(ctx, b.Handle)
		})
	} else {
		// A deleted forum topic sends the chat's news to General, with a note.
		gone := app.TopicGone(db, func() {
			if wakeOutbox != nil {
				wakeOutbox()
			}
		}, e.log.With("component", "telegram"))
		// Polling and digests go on while Telegram cannot be reached; the
		// outbox keeps what they queue until it can.
		late := &lateSender{}
		d, err := startDelivery(late)
		if err != nil {
			return fail(err)
		}
		g.Go(func() error {
			tg, sender, err := connectTelegram(ctx, e, db, limiter, parts, gone)
			if err != nil {
				return err
			}
			late.set(sender)
			if err := startSending(d, sender); err != nil {
				return err
			}
			opts.BotUsername = tg.Username()
			b := bot.New(db, tg, opts)
			e.log.Info("connected to Telegram", "bot", "@"+tg.Username(), "mode", e.cfg.Telegram.Mode)
			return tg.Run(ctx, b.Handle)
		})
	}
	err = g.Wait()
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}

// consoleLang guesses the terminal user's language from the locale.
func consoleLang(getenv func(string) string) string {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(k); v != "" {
			return strings.ReplaceAll(strings.SplitN(v, ".", 2)[0], "_", "-")
		}
	}
	return "en"
}

// syncFeeds stores the feeds listed in the configuration, keeping their fetch state.
func syncFeeds(ctx context.Context, e *env, db *store.DB) error {
	for _, f := range e.cfg.Feeds {
		if _, err := db.UpsertFeed(ctx, news.Feed{URL: f.URL, Name: f.Name, Lang: f.Lang, Country: f.Country, FullText: f.FullText}); err != nil {
			return fmt.Errorf("sync configured feeds: %w", err)
		}
	}
	return nil
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
func connectTelegram(ctx context.Context, e *env, db *store.DB, limiter *deliver.Limiter, parts *deliver.Parts, gone telegram.TopicGoneFunc) (*telegram.Transport, *telegram.Sender, error) {
	log := e.log.With("component", "telegram")
	parts.Set("telegram", errors.New("connecting"))
	wait := connectRetryMin
	for attempt := 1; ; attempt++ {
		tg, err := telegram.New(ctx, telegram.Options{
			Token:         e.cfg.Telegram.Token,
			APIURL:        e.cfg.Telegram.APIURL,
			Mode:          e.cfg.Telegram.Mode,
			WebhookURL:    e.cfg.Telegram.WebhookURL,
			WebhookListen: e.cfg.Telegram.WebhookListen,
			WebhookSecret: e.cfg.Telegram.WebhookSecret,
			WebhookPath:   e.cfg.Telegram.WebhookPath,
			Chats:         db,
			Pacer:         limiter, // replies share the outbox's budget
			TopicGone:     gone,
			Logger:        log,
		})
		var sender *telegram.Sender
		if err == nil {
			sender, err = telegram.NewSender(ctx, e.cfg.Telegram.APIURL, e.cfg.Telegram.Token,
				telegram.NewSenderClient(30*time.Second, 64))
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
		parts.Set("telegram", fmt.Errorf("unreachable: %w", e.redactor.Error(err)))
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

// lateSender is the Telegram sender once connected. The outbox starts only
// after that, so a send before it is a programming error, reported as a
// temporary failure rather than a crash.
type lateSender struct {
	s atomic.Pointer[telegram.Sender]
}

func (l *lateSender) set(s *telegram.Sender) { l.s.Store(s) }

func (l *lateSender) Send(ctx context.Context, m deliver.Message) (int, error) {
	if s := l.s.Load(); s != nil {
		return s.Send(ctx, m)
	}
	return 0, errors.New("telegram: not connected yet")
}

func (l *lateSender) Edit(ctx context.Context, messageID int, m deliver.Message) error {
	if s := l.s.Load(); s != nil {
		return s.Edit(ctx, messageID, m)
	}
	return errors.New("telegram: not connected yet")
}
