package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/render"
	"github.com/newsbot/newsbot/internal/sqlite"
)

// Renderer is how delivery turns stories into Telegram HTML.
func Renderer() deliver.Render {
	return deliver.Render{
		Digest: render.Digest, QuietDay: render.QuietDay, Breaking: render.Breaking, Caption: render.Caption,
		// Each scheduling round renders every story once per language, not once per subscriber.
		DigestRound: func() func(news.Digest, *time.Location) []string { return render.NewDigestCache().Digest },
	}
}

// ResumeBroadcasts follows the broadcasts a previous run left sending: their
// messages are outbox rows and go out anyway; this records the final counts
// and tells each editor how it ended. Each is followed by a function given
// to spawn; it returns an error only when the broadcasts cannot be listed.
func ResumeBroadcasts(ctx context.Context, spawn func(func()), b *deliver.Broadcaster, db *sqlite.DB, sender deliver.Sender, log *slog.Logger) error {
	open, err := db.Broadcasts(ctx, news.BroadcastSending, 1000)
	if err != nil {
		return err
	}
	for _, rec := range open {
		spawn(func() {
			p, err := b.Watch(ctx, rec.ID, 5*time.Second, nil)
			if err != nil {
				if !errors.Is(err, context.Canceled) {
					log.Warn("resume broadcast", "broadcast_id", rec.ID, "err", err)
				}
				return
			}
			report := fmt.Sprintf("✅ Broadcast #%d (resumed after a restart) finished: %d of %d delivered, %d failed.", rec.ID, p.Sent, p.Total, p.Failed)
			if rec.ProgressMessageID != 0 {
				msg := deliver.Message{ChatID: rec.ProgressChatID, Text: report, ParseMode: "HTML"}
				if err := sender.Edit(ctx, rec.ProgressMessageID, msg); err != nil {
					log.Warn("resume broadcast: progress message", "broadcast_id", rec.ID, "err", err)
				}
			}
			if _, err := sender.Send(ctx, deliver.Message{ChatID: rec.EditorID, Text: report, ParseMode: "HTML"}); err != nil {
				log.Warn("resume broadcast: report", "broadcast_id", rec.ID, "err", err)
			}
		})
	}
	if len(open) > 0 {
		log.Info("resuming unfinished broadcasts", "count", len(open))
	}
	return nil
}
