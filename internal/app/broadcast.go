package app

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/i18n"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/render"
)

// Renderer is how delivery turns stories into Telegram HTML.
func Renderer() deliver.Render {
	return deliver.Render{
		Digest: render.Digest, QuietDay: render.QuietDay, Breaking: render.Breaking, Caption: render.Caption,
		// Each scheduling round renders every story once per language, not once per subscriber.
		DigestRound: func() func(news.Digest, *time.Location) []string { return render.NewDigestCache().Digest },
	}
}

// resumeStore is what following unfinished broadcasts reads: the
// broadcasts still sending, and the editor's chat for its language.
type resumeStore interface {
	Broadcasts(ctx context.Context, state news.BroadcastState, limit int) ([]news.Broadcast, error)
	Subscriber(ctx context.Context, chatID int64) (news.Subscriber, error)
}

// broadcastWatcher follows a broadcast until nothing is left to send and
// records its final counts (deliver.Broadcaster does).
type broadcastWatcher interface {
	Watch(ctx context.Context, id int64, every time.Duration, fn func(deliver.Progress)) (deliver.Progress, error)
}

// ResumeBroadcasts follows the broadcasts a previous run left sending: their
// messages are outbox rows and go out anyway; this records the final counts
// and tells each editor how it ended, in the language of the chat the
// editor sent it from. Each is followed by a function given to spawn; it
// returns an error only when the broadcasts cannot be listed.
func ResumeBroadcasts(ctx context.Context, spawn func(func()), b broadcastWatcher, store resumeStore, sender deliver.Sender, log *slog.Logger) error {
	open, err := store.Broadcasts(ctx, news.BroadcastSending, 1000)
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
			report := editorLang(ctx, store, rec).Text(i18n.MsgBroadcastResumed, rec.ID, p.Sent, p.Total, p.Failed)
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

// editorLang is the language the bot spoke to the editor about rec: the
// one chosen in the chat the broadcast was sent from (the editor's own chat
// when that is unknown), the default one when none was chosen or it cannot
// be read. The client's interface language, the bot's other hint, is not
// stored.
func editorLang(ctx context.Context, store resumeStore, rec news.Broadcast) i18n.Lang {
	chat := rec.ProgressChatID
	if chat == 0 {
		chat = rec.EditorID
	}
	if s, err := store.Subscriber(ctx, chat); err == nil {
		return i18n.Parse(s.Lang)
	}
	return i18n.Default
}
