package main

import (
	"context"
	"fmt"
	"time"

	"github.com/newsbot/newsbot/internal/app"
	"github.com/newsbot/newsbot/internal/deliver"
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
		return usageError{"digest: -chat is required"}
	}
	db, err := e.openDB(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	zone, err := time.LoadLocation(e.cfg.Digest.Timezone)
	if err != nil {
		return fmt.Errorf("digest: %w", err)
	}
	s := deliver.NewScheduler(db, app.Renderer(),
		nil, nil, e.log, deliver.SchedulerConfig{MaxItems: e.cfg.Digest.MaxItems, DefaultZone: zone, DefaultTime: e.cfg.Digest.Time}, nil)
	build := s.SendNow
	if *dryRun {
		build = s.Preview
	}
	msgs, err := build(ctx, *chat)
	if err != nil {
		return err
	}
	if len(msgs) == 0 {
		fmt.Fprintf(e.stdout, "chat %d: nothing new since the last digest; nothing would be sent\n", *chat)
		return nil
	}
	for i, m := range msgs {
		fmt.Fprintf(e.stdout, "--- message %d of %d (%s, silent)\n%s\n", i+1, len(msgs), m.IdemKey, m.Text)
	}
	if !*dryRun {
		fmt.Fprintf(e.stdout, "--- queued %d message(s) for the running bot to send\n", len(msgs))
	}
	return nil
}
