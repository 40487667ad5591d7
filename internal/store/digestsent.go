package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// RecordSent records that the chat was shown the stories these articles
// stood for, at the store's clock: a manual /digest counts as sent. An
// unknown chat is skipped rather than an error, as it may have gone
// meanwhile.
func (d *DB) RecordSent(ctx context.Context, chatID int64, articleIDs []int64) error {
	if len(articleIDs) == 0 {
		return nil
	}
	err := d.tx(ctx, func(tx *sqlx.Tx) error {
		return recordSentTx(ctx, tx, map[int64][]int64{chatID: articleIDs}, d.now())
	})
	if err != nil {
		return fmt.Errorf("record sent %d: %w", chatID, err)
	}
	return nil
}

func recordSentTx(ctx context.Context, tx *sqlx.Tx, sent map[int64][]int64, now time.Time) error {
	if len(sent) == 0 {
		return nil
	}
	// The SELECT keeps only chats that exist, so a row can never break a
	// foreign key and fail the whole digest round; two digests recorded
	// at the same instant share the row.
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO digest_sent (chat_id, sent_at, article_ids)
		SELECT chat_id, ?, ? FROM subscribers WHERE chat_id = ?
		ON CONFLICT (chat_id, sent_at) DO UPDATE SET article_ids = digest_sent.article_ids || ' ' || excluded.article_ids`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	at := fmtTime(now)
	for chat, ids := range sent {
		if len(ids) == 0 {
			continue
		}
		if _, err := stmt.ExecContext(ctx, at, joinIDs(ids), chat); err != nil {
			return err
		}
	}
	return nil
}

// SentArticles returns, for each of the chats, the articles recorded as
// sent to it at or after since: one query through the primary key for the
// whole batch.
func (d *DB) SentArticles(ctx context.Context, chatIDs []int64, since time.Time) (map[int64]map[int64]bool, error) {
	out := map[int64]map[int64]bool{}
	for start := 0; start < len(chatIDs); start += 500 {
		chunk := chatIDs[start:min(start+500, len(chatIDs))]
		q, args, err := sqlx.In(`SELECT chat_id, article_ids FROM digest_sent
			WHERE chat_id IN (?) AND sent_at >= ?`, chunk, fmtTime(since))
		if err != nil {
			return nil, fmt.Errorf("sent articles: %w", err)
		}
		var rows []struct {
			ChatID int64  `db:"chat_id"`
			IDs    string `db:"article_ids"`
		}
		if err := d.db.SelectContext(ctx, &rows, q, args...); err != nil {
			return nil, fmt.Errorf("sent articles: %w", err)
		}
		for _, r := range rows {
			m := out[r.ChatID]
			if m == nil {
				m = map[int64]bool{}
				out[r.ChatID] = m
			}
			for _, id := range splitIDs(r.IDs) {
				m[id] = true
			}
		}
	}
	return out, nil
}

// PruneSent forgets what was sent before before, through the sent_at
// index, and returns how many records went.
func (d *DB) PruneSent(ctx context.Context, before time.Time) (int, error) {
	res, err := d.db.ExecContext(ctx, `DELETE FROM digest_sent WHERE sent_at < ?`, fmtTime(before))
	if err != nil {
		return 0, fmt.Errorf("prune sent: %w", err)
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}
