package main

import (
	"context"
	"fmt"

	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/sqlite"
)

func runBot(ctx context.Context, e *env, args []string) error {
	fs := e.flags("run", "[-config FILE]")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	db, err := e.openDB(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := syncFeeds(ctx, e, db); err != nil {
		return err
	}
	// TODO(lead): wire bot, console/telegram, poller, delivery.
	return nil
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
