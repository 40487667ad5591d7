// Package clock holds the one context-aware wait that every part pacing or
// backing off uses: the delivery rate limiter and outbox, the Telegram
// transport's retries and long-poll spacing, the bot's queued news commands.
//
// It waits on Go's own timers, so a test controls it without any wiring by
// running inside a testing/synctest bubble, where the clock moves only when
// every goroutine of the test is waiting. Code that needs a particular date
// still takes a now function (deliver.NewScheduler, sqlite.WithClock).
package clock

import (
	"context"
	"time"
)

// Sleep waits d, or until ctx ends, and then returns ctx's error. A d of
// zero or less does not wait: it returns ctx's error at once (nil while ctx
// lives), so a caller looping on "wait until" never spins on a timer.
func Sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
