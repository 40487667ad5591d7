package app

import (
	"context"
	"fmt"
	"io"
	"log/slog"

	"github.com/newsbot/newsbot/internal/deliver"
)

// PrintDigest prints exactly what chat's digest would be now and, unless
// dryRun, queues it for the running bot to send as the scheduler would
// (silent, keyed to the local date, next digest booked).
func PrintDigest(ctx context.Context, w io.Writer, db deliver.DigestStore, cfg deliver.SchedulerConfig, chat int64, dryRun bool, log *slog.Logger) error {
	s := deliver.NewScheduler(db, Renderer(), nil, nil, log, cfg, nil)
	build := s.SendNow
	if dryRun {
		build = s.Preview
	}
	msgs, err := build(ctx, chat)
	if err != nil {
		return err
	}
	if len(msgs) == 0 {
		fmt.Fprintf(w, "chat %d: nothing new since the last digest; nothing would be sent\n", chat)
		return nil
	}
	for i, m := range msgs {
		fmt.Fprintf(w, "--- message %d of %d (%s, silent)\n%s\n", i+1, len(msgs), m.IdemKey, m.Text)
	}
	if !dryRun {
		fmt.Fprintf(w, "--- queued %d message(s) for the running bot to send\n", len(msgs))
	}
	return nil
}
