package app

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/news"
)

// topicStore is what following a deleted forum topic writes: the chat's
// binding and the note to its admins.
type topicStore interface {
	UnbindChatTopic(ctx context.Context, chatID int64, threadID int) (cleared bool, lang string, err error)
	Enqueue(ctx context.Context, msgs []news.OutboxMessage) (int, error)
}

// TopicGone returns what follows a forum topic Telegram says was deleted: the chat's
// binding to it is cleared, so that its digests and alerts (queued ones
// too) go to General, and a note in the chat's language tells its admins
// there. The note is an outbox message, idempotent per topic, so two sends
// that find the topic gone leave one note.
func TopicGone(db topicStore, notify func(), log *slog.Logger) func(ctx context.Context, chatID int64, threadID int) {
	return func(ctx context.Context, chatID int64, threadID int) {
		cleared, lang, err := db.UnbindChatTopic(ctx, chatID, threadID)
		if err != nil {
			log.Warn("forum topic gone: clear the binding", "chat_id", chatID, "thread_id", threadID, "err", err)
			return
		}
		if !cleared {
			return // a reply to an old topic, or the binding moved on already
		}
		log.Info("forum topic deleted; the chat's news goes to General", "chat_id", chatID, "thread_id", threadID)
		_, err = db.Enqueue(ctx, []news.OutboxMessage{{
			IdemKey: fmt.Sprintf("%d:alert:topic-gone:%d", chatID, threadID), ChatID: chatID, Kind: news.KindAlert,
			ContentID: fmt.Sprint(threadID), Text: bot.TopicGoneNote(lang), ParseMode: "HTML", DisablePreview: true,
		}})
		if err != nil {
			log.Warn("forum topic gone: note to the admins", "chat_id", chatID, "err", err)
			return
		}
		if notify != nil {
			notify()
		}
	}
}
