package bot

import (
	"context"
	"errors"
	"time"
)

// News commands are paced per chat: beyond a burst they wait their turn
// (Telegram's per-chat limit) instead of being refused.

// errNewsQueueFull: the chat already has as many news commands waiting as
// the queue holds.
var errNewsQueueFull = errors.New("too many news commands waiting")

// awaitNews holds a news command back until the chat's rate allows it,
// queueing it behind the chat's earlier ones instead of refusing it. It
// refuses (errNewsQueueFull) only when the wait would exceed the queue's
// length (NewsQueue commands), and returns ctx's error if ctx ends first.
func (b *Bot) awaitNews(ctx context.Context, chatID int64) error {
	wait, ok := b.reserveNews(chatID)
	if !ok {
		return errNewsQueueFull
	}
	if wait <= 0 {
		return nil
	}
	return b.opt.Sleep(ctx, wait)
}

// reserveNews takes a token of the chat's bucket, going into debt up to the
// queue's length, and returns how long the command must wait for it.
func (b *Bot) reserveNews(chatID int64) (time.Duration, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	now := b.now()
	bk, ok := b.buckets[chatID]
	if !ok {
		if len(b.buckets) > 100_000 {
			for id, old := range b.buckets {
				if now.Sub(old.last) > time.Minute && old.tokens >= 0 {
					delete(b.buckets, id)
				}
			}
		}
		bk = &bucket{tokens: float64(b.opt.NewsBurst), last: now}
		b.buckets[chatID] = bk
	}
	if now.After(bk.last) {
		bk.tokens += now.Sub(bk.last).Seconds() / b.opt.NewsEvery.Seconds()
		bk.tokens = min(bk.tokens, float64(b.opt.NewsBurst))
		bk.last = now
	}
	if bk.tokens-1 < -float64(b.opt.NewsQueue) {
		return 0, false
	}
	bk.tokens--
	if bk.tokens >= 0 {
		return 0, true
	}
	return time.Duration(-bk.tokens * float64(b.opt.NewsEvery)), true
}
