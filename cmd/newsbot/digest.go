package main

import (
	"context"

	"github.com/newsbot/newsbot/internal/app"
)

// runDigest prints exactly what a chat's digest would be now and, without
// -dry-run, queues it for the running bot to send (as the scheduler would:
// silent, keyed to the local date, next digest booked).
func runDigest(ctx context.Context, e *env, args []string) error {
	fs := e.flags("digest", "-chat ID [-dry-run] [-config FILE]")
	chat := fs.Int64("chat", 0, "the chat `id` whose digest to build")
	dryRun := fs.Bool("dry-run", false, "print only; queue nothing and leave the schedule alone")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	if *chat == 0 {
		return app.UsageError{Msg: "digest: -chat is required"}
	}
	db, err := e.openDB(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	cfg, err := digestConfig(e)
	if err != nil {
		return err
	}
	return app.PrintDigest(ctx, e.stdout, db, cfg, *chat, *dryRun, e.log)
}
