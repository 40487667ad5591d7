package main

import (
	"context"

	"github.com/newsbot/newsbot/internal/deliver/deliverbench"
)

// runBench measures delivery against the in-process fake Bot API server and
// prints the figures: enqueueing, a broadcast at scaled limits, digests.
func runBench(ctx context.Context, e *env, args []string) error {
	fs := e.flags("bench", "[-subscribers N] [-articles N] [-scale X]")
	subs := fs.Int("subscribers", 100_000, "subscribers to broadcast to and build digests for")
	arts := fs.Int("articles", 10_000, "stored articles digests are built from")
	scale := fs.Float64("scale", 100, "multiply Telegram's rate limits by this in the fake server")
	share := fs.Float64("share", 0.97, "run the limiter at this share of the fake server's overall limit")
	if err := e.parseFlagsOnly(fs, args); err != nil {
		return err
	}
	return deliverbench.Run(ctx, e.stdout, *subs, *arts, *scale, *share)
}
