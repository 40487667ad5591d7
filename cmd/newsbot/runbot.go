package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/console"
	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/ingest"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/sqlite"
	"github.com/newsbot/newsbot/internal/telegram"
)

func runBot(ctx context.Context, e *env, args []string) error {
	fs := e.flags("run", "[-config FILE]")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	release, err := lockDatabase(e.cfg.Database.Path)
	if err != nil {
		return err
	}
	defer release()
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
	limiter, err := newLimiter(e)
	if err != nil {
		return err
	}
	an, err := newAnalysis(ctx, db, time.Now, e.log.With("component", "analyze"))
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
	if httpLn != nil {
		g.Go(func() error { return serveHTTP(ctx, e, httpLn, db, metrics) })
	}

	// spawn runs background work that must end before the database closes.
	spawn := func(f func()) { g.Go(func() error { f(); return nil }) }

	opts := bot.Options{
		DefaultDigestTime: e.cfg.Digest.Time,
		DefaultTimezone:   e.cfg.Digest.Timezone,
		Editors:           e.cfg.Telegram.Editors,
		Logger:            e.log.With("component", "bot"),
	}
	// startDelivery runs the outbox and the digest scheduler through sender
	// and gives the bot /digest and the editors' broadcasts.
	startDelivery := func(sender deliver.Sender) error {
		d, err := newDelivery(e, db, sender, metrics, limiter)
		if err != nil {
			return err
		}
		g.Go(func() error { return d.outbox.Run(ctx) })
		g.Go(func() error { return d.scheduler.Run(ctx) })
		if err := d.resumeBroadcasts(ctx, spawn, db, sender, e.log.With("component", "deliver")); err != nil {
			return err
		}
		fetcher := ingest.NewFetcher(ingest.FetcherConfig{Version: version, Timeout: e.cfg.Poll.Timeout.D(), MaxBody: int64(e.cfg.Poll.MaxBody)})
		opts.Digester = d
		opts.Editorial = newEditorial(ctx, spawn, d.broadcaster, db, fetcher, an)
		return nil
	}

	if e.cfg.Telegram.Token == "" {
		fmt.Fprintln(e.stderr, "newsbot: no Telegram token set, so running in terminal mode: type /start (or /help) and press Enter; end input (Ctrl-D) to quit. To connect to Telegram, set NEWSBOT_TELEGRAM_TOKEN or [telegram] token in the config.")
		con := console.New(e.stdin, e.stdout, consoleLang(e.getenv))
		if err := startDelivery(consoleSender{con}); err != nil {
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
		tg, err := telegram.New(ctx, telegram.Options{
			Token:         e.cfg.Telegram.Token,
			APIURL:        e.cfg.Telegram.APIURL,
			Mode:          e.cfg.Telegram.Mode,
			WebhookURL:    e.cfg.Telegram.WebhookURL,
			WebhookListen: e.cfg.Telegram.WebhookListen,
			WebhookSecret: e.cfg.Telegram.WebhookSecret,
			Chats:         db,
			Pacer:         limiter, // replies share the outbox's budget
			Logger:        e.log.With("component", "telegram"),
		})
		if err != nil {
			return fail(err)
		}
		sender, err := telegram.NewSender(e.cfg.Telegram.APIURL, e.cfg.Telegram.Token,
			telegram.NewSenderClient(30*time.Second, 64))
		if err != nil {
			return fail(err)
		}
		if err := startDelivery(sender); err != nil {
			return fail(err)
		}
		opts.BotUsername = tg.Username()
		b := bot.New(db, tg, opts)
		e.log.Info("connected to Telegram", "bot", "@"+tg.Username(), "mode", e.cfg.Telegram.Mode)
		g.Go(func() error { return tg.Run(ctx, b.Handle) })
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
func syncFeeds(ctx context.Context, e *env, db *sqlite.DB) error {
	for _, f := range e.cfg.Feeds {
		if _, err := db.UpsertFeed(ctx, news.Feed{URL: f.URL, Name: f.Name, Lang: f.Lang, Country: f.Country, FullText: f.FullText}); err != nil {
			return fmt.Errorf("sync configured feeds: %w", err)
		}
	}
	return nil
}
