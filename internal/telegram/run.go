package telegram

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/newsbot/newsbot/internal/clock"
)

// shutdownGrace is how long Run waits for updates being handled to finish
// once it is asked to stop.
const shutdownGrace = 10 * time.Second

// receiver turns updates into jobs on the dispatcher.
type receiver struct {
	t    *Transport
	d    *dispatcher
	h    Handler
	base context.Context // the context jobs run under; outlives the loop's
}

// accept queues the update's work. It blocks while the dispatcher is full
// and fails only when ctx ends first.
func (r *receiver) accept(ctx context.Context, u update) error {
	j, ok := r.t.jobFor(u, r.h)
	if !ok {
		return nil
	}
	// The job runs under the receiver's base context, not the fetch's:
	// a handler goes on while the next updates are fetched.
	return r.d.submit(ctx, j.chatID, func() { //nolint:contextcheck // see above
		jctx, cancel := context.WithTimeout(r.base, r.t.opt.HandleTimeout)
		defer cancel()
		j.run(jctx)
	})
}

// Run publishes the command menu, then receives updates by long polling or
// through the webhook, as configured, and hands them to h: concurrently
// across chats, in order within a chat. It returns nil when ctx is
// cancelled, after the updates being handled have finished (for at most a
// few seconds), and an error when Telegram refuses the token or the webhook
// cannot be set up.
func (t *Transport) Run(ctx context.Context, h Handler) error {
	if err := t.SetCommands(ctx); err != nil && ctx.Err() == nil {
		t.log.Warn("set bot commands failed; the command menu may be out of date", "err", err)
	}
	base, cancelJobs := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelJobs()
	r := &receiver{t: t, d: newDispatcher(t.opt.Workers, t.opt.Workers*16, t.log), h: h, base: base}

	var err error
	var confirm func()
	if t.opt.Mode == "webhook" {
		err = t.serveWebhook(ctx, r)
	} else {
		confirm, err = t.poll(ctx, r)
	}

	drained := make(chan struct{})
	go func() { r.d.wait(); close(drained) }()
	select {
	case <-drained:
	case <-time.After(shutdownGrace):
		t.log.Warn("stopping: updates still being handled are cancelled")
		cancelJobs()
		<-drained
	}
	if confirm != nil {
		confirm()
	}
	return err
}

// poll receives updates with getUpdates until ctx ends. It returns a
// function that confirms the handled updates to Telegram, so that a restart
// does not receive them again.
func (t *Transport) poll(ctx context.Context, r *receiver) (func(), error) {
	// getUpdates fails while a webhook is set; keep pending updates.
	if _, err := t.c.call(ctx, "deleteWebhook", tgbotapi.Params{"drop_pending_updates": "false"}); err != nil && ctx.Err() == nil {
		t.log.Warn("delete webhook failed; polling anyway", "err", err)
	}
	offset, confirmed := 0, 0
	confirm := func() {
		if offset == confirmed {
			return
		}
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		if _, err := t.getUpdates(cctx, offset, 1, 0); err != nil {
			t.log.Warn("confirm handled updates failed; they may be received again", "offset", offset, "err", err)
		}
	}
	failures := 0
	for ctx.Err() == nil {
		start := time.Now()
		updates, err := t.getUpdates(ctx, offset, 100, t.opt.PollTimeout)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			ae := asAPIError(err)
			if ae != nil && (ae.Code == http.StatusUnauthorized || ae.Code == http.StatusNotFound) {
				return confirm, fmt.Errorf("telegram: the bot token was refused: %w", err)
			}
			failures++
			wait := t.backoff(failures)
			if ae != nil && ae.RetryAfter > 0 {
				wait = time.Duration(ae.RetryAfter) * time.Second
			}
			t.log.Warn("get updates failed; retrying", "attempt", failures, "retry_in", wait.Round(time.Millisecond), "err", err)
			if clock.Sleep(ctx, wait) != nil {
				break
			}
			continue
		}
		failures = 0
		confirmed = offset
		for _, u := range updates {
			if u.UpdateID < offset {
				continue // already handled: the server ignored the offset
			}
			if err := r.accept(ctx, u); err != nil {
				return confirm, nil // stopping; the update stays unconfirmed
			}
			offset = u.UpdateID + 1
		}
		if len(updates) == 0 {
			// A server that answers at once instead of waiting must not
			// turn this loop into a busy one.
			if rest := t.opt.MinPollInterval - time.Since(start); rest > 0 && clock.Sleep(ctx, rest) != nil {
				break
			}
		}
	}
	return confirm, nil
}

// getUpdates asks for updates from offset on, waiting up to timeout.
func (t *Transport) getUpdates(ctx context.Context, offset, limit int, timeout time.Duration) ([]update, error) {
	secs := int(timeout / time.Second)
	ctx, cancel := context.WithTimeout(ctx, timeout+callTimeout)
	defer cancel()
	raw, err := json.Marshal(allowedUpdates)
	if err != nil {
		return nil, err
	}
	p := tgbotapi.Params{"limit": fmt.Sprint(limit), "timeout": fmt.Sprint(secs), "allowed_updates": string(raw)}
	p.AddNonZero("offset", offset)
	resp, err := t.c.call(ctx, "getUpdates", p)
	if err != nil {
		return nil, err
	}
	var updates []update
	if err := json.Unmarshal(resp, &updates); err != nil {
		return nil, fmt.Errorf("telegram: getUpdates: decode: %w", err)
	}
	return updates, nil
}

// backoff is the wait after the n-th failure in a row: doubling from
// RetryMin up to RetryMax, with jitter so that restarts do not align.
func (t *Transport) backoff(n int) time.Duration {
	d := t.opt.RetryMin
	for i := 1; i < n && d < t.opt.RetryMax; i++ {
		d *= 2
	}
	d = min(d, t.opt.RetryMax)
	return d/2 + rand.N(d/2+1)
}
