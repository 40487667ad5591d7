package main

import (
	"context"
	"fmt"
	"path/filepath"
	"time"

	"github.com/newsbot/newsbot/internal/app"
	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/console"
	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/ingest"
	"github.com/newsbot/newsbot/internal/logs"
	"github.com/newsbot/newsbot/internal/store"
	"github.com/newsbot/newsbot/internal/telegram"
)

// runBot starts the bot: it takes the one-run lock and the health address,
// opens the store and builds the parts from the configuration, then
// app.Run runs them.
func runBot(ctx context.Context, e *env, args []string) error {
	fs := e.flags("run", "[-config FILE]")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	terminal := e.cfg.Telegram.Token == ""
	// Replicas share the store under a leader lease (on PostgreSQL always:
	// it is there for several machines); else the one-run lock keeps a
	// second process on the SQLite file from answering every chat twice.
	onPostgres := e.cfg.Database.URL != ""
	shared := (e.cfg.Database.Shared || onPostgres) && !terminal
	if !shared && !onPostgres {
		release, err := store.Lock(e.cfg.Database.Path)
		if err != nil {
			return err
		}
		defer release()
	}
	logPath, closeLog, err := e.logToFile(terminal)
	if err != nil {
		return err
	}
	defer closeLog()
	// Take the health and metrics address first, so a port in use stops the
	// start with a clear error before anything else runs.
	httpLn, err := app.Listen(e.cfg.HTTP.Listen)
	if err != nil {
		return err
	}
	defer httpLn.Close()
	db, err := e.openDB(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := syncFeeds(ctx, e, db); err != nil {
		return err
	}

	metrics := deliver.NewMetrics()
	metrics.WatchDamage(db.DamagedValues)
	limits, c := deliver.DefaultLimits(), e.cfg.Delivery
	limits.Rate, limits.PerChatInterval, limits.GroupPerMinute = c.Rate, c.PerChatInterval.D(), c.GroupPerMinute
	digest, err := digestConfig(e)
	if err != nil {
		return err
	}
	if e.cfg.Database.Retention.D() > 0 {
		app.WarnNoIncrementalVacuum(ctx, db, e.log, e.cfg.Database.Path)
	}
	o := app.RunOptions{
		Store:   db,
		Log:     e.log,
		Metrics: metrics,
		Limits:  limits,
		NewPoller: func(ctx context.Context) (*ingest.Poller, *app.Analysis, error) {
			return newPoller(ctx, e, db, app.PollMetrics(metrics))
		},
		Pruner: newPruner(e, db, metrics),
		// A feed's country, learned from its stories, places those that
		// name none when its address and configuration do not.
		FeedCountries: app.NewFeedCountries(db, e.log.With("component", "feeds")),
		StoreSize:     app.SQLiteSize(db),
		HTTP:          httpLn,
		// Editors' /breaking URLs are checked like links in content.
		Fetcher: ingest.NewFetcher(ingest.FetcherConfig{Version: version, Timeout: e.cfg.Poll.Timeout.D(),
			MaxBody: int64(e.cfg.Poll.MaxBody), AllowPrivate: e.cfg.Poll.AllowPrivate}),
		Bot: bot.Options{
			DefaultDigestTime: e.cfg.Digest.Time,
			DefaultTimezone:   e.cfg.Digest.Timezone,
			Editors:           e.cfg.Telegram.Editors,
			Logger:            e.log.With("component", "bot"),
		},
		Scheduler: digest,
		Outbox:    deliver.OutboxConfig{PruneAfter: e.cfg.Delivery.RetentionSent.D()},
		Rate:      e.cfg.Delivery.Rate,
		Telegram: telegram.Options{
			Token:         e.cfg.Telegram.Token,
			APIURL:        e.cfg.Telegram.APIURL,
			Mode:          e.cfg.Telegram.Mode,
			WebhookURL:    e.cfg.Telegram.WebhookURL,
			WebhookListen: e.cfg.Telegram.WebhookListen,
			WebhookSecret: e.cfg.Telegram.WebhookSecret,
			WebhookPath:   e.cfg.Telegram.WebhookPath,
		},
		Redact: e.redactor.Error,
	}
	if shared {
		o.Leader, o.Leases = app.Elect(db.SQL(), e.log.With("component", "lease"))
	}
	if terminal {
		o.Terminal = &app.Terminal{In: e.stdin, Out: e.stdout, Lang: console.LangFromEnv(e.getenv), Notice: e.stderr, LogPath: logPath}
	}
	return app.Run(ctx, o)
}

// syncFeeds stores the feeds listed in the configuration, keeping their fetch state.
func syncFeeds(ctx context.Context, e *env, db app.FeedUpserter) error {
	return app.SyncFeeds(ctx, db, e.cfg.NewsFeeds())
}

// logToFile sends the process's logs to [log] file, or, in terminal mode
// (terminal set) with no file configured, to newsbot.log beside the
// database: the terminal is the chat, and warnings (a feed that failed to
// poll) do not belong in it. It returns the file's path ("" when logs stay
// on stderr) and a function closing the file.
func (e *env) logToFile(terminal bool) (path string, closeLog func(), err error) {
	path = e.cfg.Log.File
	if path == "" && terminal {
		path = filepath.Join(filepath.Dir(e.cfg.Database.Path), "newsbot.log")
	}
	if path == "" {
		return "", func() {}, nil
	}
	f, err := logs.OpenFile(path)
	if err != nil {
		return "", nil, err
	}
	e.log = newLogger(f, e.cfg.Log)
	return path, func() { _ = f.Close() }, nil
}

// digestConfig is the digest scheduler's part of the configuration.
func digestConfig(e *env) (deliver.SchedulerConfig, error) {
	zone, err := time.LoadLocation(e.cfg.Digest.Timezone)
	if err != nil {
		return deliver.SchedulerConfig{}, fmt.Errorf("digest timezone: %w", err)
	}
	return deliver.SchedulerConfig{MaxItems: e.cfg.Digest.MaxItems, DefaultZone: zone, DefaultTime: e.cfg.Digest.Time}, nil
}
