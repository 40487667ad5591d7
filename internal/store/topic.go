package store

import (
	"context"
	"fmt"
)

// SetChatTopic binds the chat's digests and alerts to a forum topic
// (Telegram's message_thread_id; 0 is the chat itself, General). Messages
// still queued follow the new binding. It returns news.ErrNotFound when
// the chat is not subscribed.
func (d *DB) SetChatTopic(ctx context.Context, chatID int64, threadID int) error {
	res, err := d.db.ExecContext(ctx, `UPDATE subscribers SET topic_thread_id = ?, updated_at = ? WHERE chat_id = ?`,
		threadID, fmtTime(d.now()), chatID)
	if err != nil {
		return fmt.Errorf("set chat %d topic: %w", chatID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("set chat %d topic: %w", chatID, errNotFound)
	}
	return nil
}

// ChatTopic returns the forum topic the chat's messages go to, 0 for the
// chat itself; news.ErrNotFound when the chat is not subscribed.
func (d *DB) ChatTopic(ctx context.Context, chatID int64) (int, error) {
	var id int
	if err := d.db.GetContext(ctx, &id, `SELECT topic_thread_id FROM subscribers WHERE chat_id = ?`, chatID); err != nil {
		return 0, fmt.Errorf("chat %d topic: %w", chatID, notFound(err))
	}
	return id, nil
}

// UnbindChatTopic clears the chat's topic binding when it is still
// threadID (a topic Telegram says is gone) and reports whether it did, with
// the chat's language for the note to its admins. A binding changed
// meanwhile is kept.
func (d *DB) UnbindChatTopic(ctx context.Context, chatID int64, threadID int) (cleared bool, lang string, err error) {
	res, err := d.db.ExecContext(ctx, `UPDATE subscribers SET topic_thread_id = 0, updated_at = ?
		WHERE chat_id = ? AND topic_thread_id = ? AND topic_thread_id <> 0`, fmtTime(d.now()), chatID, threadID)
	if err != nil {
		return false, "", fmt.Errorf("unbind chat %d topic: %w", chatID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return false, "", nil
	}
	if err := d.db.GetContext(ctx, &lang, `SELECT lang FROM subscribers WHERE chat_id = ?`, chatID); err != nil {
		return true, "", fmt.Errorf("unbind chat %d topic: %w", chatID, err)
	}
	return true, lang, nil
}
