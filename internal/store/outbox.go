package store

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/newsbot/newsbot/internal/news"
)

// enqueueChunk bounds one write transaction while enqueueing, so a huge batch
// does not hold the write lock for long and other writers get a turn.
const enqueueChunk = 5000

type outboxRow struct {
	ID                  int64  `db:"id"`
	IdemKey             string `db:"idem_key"`
	ChatID              int64  `db:"chat_id"`
	ChatType            string `db:"chat_type"`
	Kind                string `db:"kind"`
	ContentID           string `db:"content_id"`
	Text                string `db:"text"`
	ParseMode           string `db:"parse_mode"`
	ReplyMarkup         string `db:"reply_markup"`
	DisableNotification bool   `db:"disable_notification"`
	DisablePreview      bool   `db:"disable_preview"`
	PhotoURL            string `db:"photo_url"`
	PreviewURL          string `db:"preview_url"`
	Part                int    `db:"part"`
	ThreadID            int    `db:"thread_id"`
	BroadcastID         int64  `db:"broadcast_id"`
	State               string `db:"state"`
	Attempts            int    `db:"attempts"`
	NotBefore           string `db:"not_before"`
	LastError           string `db:"last_error"`
	MessageID           int    `db:"message_id"`
	CreatedAt           string `db:"created_at"`
	SentAt              string `db:"sent_at"`
	LeaseUntil          string `db:"lease_until"`
}

const outboxColumns = `o.id, o.idem_key, o.chat_id, COALESCE(s.chat_type, '') AS chat_type, o.kind,
	o.content_id, o.text, o.parse_mode, o.reply_markup, o.disable_notification, o.disable_preview,
	o.photo_url, o.preview_url, o.part, COALESCE(s.topic_thread_id, 0) AS thread_id,
	COALESCE(o.broadcast_id, 0) AS broadcast_id, o.state, o.attempts, o.not_before, o.last_error,
	o.message_id, o.created_at, o.sent_at, o.lease_until`

func (r outboxRow) message() news.OutboxMessage {
	ct := news.ChatType(r.ChatType)
	if ct == "" {
		// Telegram gives groups and channels negative ids, users positive ones.
		ct = news.ChatPrivate
		if r.ChatID < 0 {
			ct = news.ChatGroup
		}
	}
	return news.OutboxMessage{
		ID: r.ID, IdemKey: r.IdemKey, ChatID: r.ChatID, ChatType: ct, Kind: news.MessageKind(r.Kind),
		ContentID: r.ContentID, Text: r.Text, ParseMode: r.ParseMode, ReplyMarkup: r.ReplyMarkup,
		DisableNotification: r.DisableNotification, DisablePreview: r.DisablePreview,
		PhotoURL: r.PhotoURL, PreviewURL: r.PreviewURL, Part: r.Part, ThreadID: r.ThreadID,
		BroadcastID: r.BroadcastID, State: news.OutboxState(r.State), Attempts: r.Attempts,
		NotBefore: parseTime(r.NotBefore), LastError: r.LastError, MessageID: r.MessageID,
		CreatedAt: parseTime(r.CreatedAt), SentAt: parseTime(r.SentAt), LeaseUntil: parseTime(r.LeaseUntil),
	}
}

// Enqueue adds messages to the outbox and returns how many were new; a
// message whose IdemKey is already there is skipped, so enqueueing again
// never sends twice. Large batches are written in chunked transactions.
func (d *DB) Enqueue(ctx context.Context, msgs []news.OutboxMessage) (int, error) {
	added := 0
	for start := 0; start < len(msgs); start += enqueueChunk {
		chunk := msgs[start:min(start+enqueueChunk, len(msgs))]
		err := d.tx(ctx, func(tx *sqlx.Tx) error {
			n, err := enqueueTx(ctx, tx, chunk, d.now())
			added += n
			return err
		})
		if err != nil {
			return added, fmt.Errorf("enqueue: %w", err)
		}
	}
	d.analyzeOutboxAfter(ctx, added)
	return added, nil
}

func enqueueTx(ctx context.Context, tx *sqlx.Tx, msgs []news.OutboxMessage, now time.Time) (int, error) {
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO outbox (idem_key, chat_id, kind, content_id,
		text, parse_mode, reply_markup, disable_notification, disable_preview, photo_url, preview_url, part,
		broadcast_id, state, not_before, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)
		ON CONFLICT DO NOTHING`)
	if err != nil {
		return 0, err
	}
	defer stmt.Close()
	created := fmtTime(now)
	added := 0
	for _, m := range msgs {
		if m.IdemKey == "" {
			return added, fmt.Errorf("message to %d: empty idempotency key", m.ChatID)
		}
		pm := m.ParseMode
		if pm == "" {
			pm = "HTML"
		}
		nb := m.NotBefore
		if nb.IsZero() {
			nb = now
		}
		var bid any
		if m.BroadcastID != 0 {
			bid = m.BroadcastID
		}
		res, err := stmt.ExecContext(ctx, m.IdemKey, m.ChatID, string(m.Kind), m.ContentID, m.Text, pm,
			m.ReplyMarkup, m.DisableNotification, m.DisablePreview, m.PhotoURL, m.PreviewURL, m.Part,
			bid, fmtTime(nb), created)
		if err != nil {
			return added, err
		}
		n, _ := res.RowsAffected()
		added += int(n)
	}
	return added, nil
}

// claimQuery selects due messages in schedule order, each only when no
// earlier message to its chat is still waiting, retrying or in flight.
const claimQuery = `SELECT ` + outboxColumns + `
	FROM outbox o LEFT JOIN subscribers s ON s.chat_id = o.chat_id
	WHERE o.state IN ('pending', 'failed') AND o.not_before <= ?
	  AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.chat_id = o.chat_id AND e.id < o.id
	                  AND e.state IN ('pending', 'failed', 'sending'))
	ORDER BY o.not_before, o.id LIMIT ?`

// ClaimOutbox marks up to limit due messages (pending or failed, NotBefore at
// or before now) as sending, leased until leaseUntil, and returns them, oldest
// schedule first. Marking before the send is what bounds duplicates after a
// crash to the rows left in sending; the lease is what returns them to the
// queue (ExpireOutboxLeases) when their outcome is never recorded. Each chat's
// messages go in order: a message is claimed only when no earlier one to its
// chat is still waiting, being retried or in flight. Processes sharing a
// PostgreSQL database claim side by side, never the same message (see
// skipLocked).
func (d *DB) ClaimOutbox(ctx context.Context, now, leaseUntil time.Time, limit int) ([]news.OutboxMessage, error) {
	if !leaseUntil.After(now) {
		return nil, fmt.Errorf("claim outbox: lease until %s is not after now %s", fmtTime(leaseUntil), fmtTime(now))
	}
	lease := fmtTime(leaseUntil)
	var rows []outboxRow
	err := d.tx(ctx, func(tx *sqlx.Tx) error {
		rows = rows[:0]
		if err := tx.SelectContext(ctx, &rows, claimQuery+d.engine.skipLocked("o"), fmtTime(now), limit); err != nil {
			return err
		}
		if len(rows) == 0 {
			return nil
		}
		args := make([]any, 0, len(rows)+1)
		args = append(args, lease)
		for _, r := range rows {
			args = append(args, r.ID)
		}
		_, err := tx.ExecContext(ctx, `UPDATE outbox SET state = 'sending', lease_until = ?
			WHERE id IN (?`+strings.Repeat(", ?", len(rows)-1)+`)`, args...)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("claim outbox: %w", err)
	}
	out := make([]news.OutboxMessage, len(rows))
	for i, r := range rows {
		out[i] = r.message()
		out[i].State = news.OutboxSending
		out[i].LeaseUntil = parseTime(lease)
	}
	return out, nil
}

// RecordOutbox stores the outcomes of send attempts in one transaction.
// Results in state failed count an attempt and wait for NotBefore; results in
// state pending are deferred without counting one (a rate-limit wait). An
// outcome other than sent applies only to a message still in state sending
// under the same claim (its LeaseUntil, when set): a write that comes after
// the lease ran out and the message was claimed again changes nothing. A
// sent outcome always applies, since the message did go out.
func (d *DB) RecordOutbox(ctx context.Context, results []news.OutboxResult) error {
	if len(results) == 0 {
		return nil
	}
	err := d.tx(ctx, func(tx *sqlx.Tx) error {
		sent, err := tx.PrepareContext(ctx, `UPDATE outbox SET state = 'sent', attempts = attempts + 1,
			message_id = ?, sent_at = ?, last_error = '', lease_until = '' WHERE id = ?`)
		if err != nil {
			return err
		}
		defer sent.Close()
		// Only a message still being sent takes an unsent outcome: one
		// cancelled meanwhile (its broadcast stopped, its chat blocked) stays so.
		other, err := tx.PrepareContext(ctx, `UPDATE outbox SET state = ?, attempts = attempts + ?,
			not_before = CASE WHEN ? = '' THEN not_before ELSE ? END, last_error = ?, lease_until = ''
			WHERE id = ? AND state = 'sending' AND (? = '' OR lease_until = ?)`)
		if err != nil {
			return err
		}
		defer other.Close()
		for _, r := range results {
			if r.State == news.OutboxSent {
				at := r.SentAt
				if at.IsZero() {
					at = d.now()
				}
				if _, err := sent.ExecContext(ctx, r.MessageID, fmtTime(at), r.ID); err != nil {
					return err
				}
				continue
			}
			attempt := 1
			if r.State == news.OutboxPending || r.State == news.OutboxCancelled {
				attempt = 0
			}
			nb := fmtTime(r.NotBefore)
			lease := fmtTime(r.LeaseUntil)
			if _, err := other.ExecContext(ctx, string(r.State), attempt, nb, nb, clipError(r.Error), r.ID, lease, lease); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("record outbox: %w", err)
	}
	return nil
}

// ResetSending returns messages left in state sending by a stopped process to
// pending and reports how many there were: the in-flight window, which may
// have reached Telegram already and so may be delivered twice. It is for a
// store only one process sends from (SQLite, under the run lock); where
// several processes share the outbox only ExpireOutboxLeases may return rows.
func (d *DB) ResetSending(ctx context.Context) (int, error) {
	res, err := d.db.ExecContext(ctx, `UPDATE outbox SET state = 'pending',
		last_error = 'in flight at restart', lease_until = '' WHERE state = 'sending'`)
	if err != nil {
		return 0, fmt.Errorf("reset sending: %w", err)
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}

// ExpireOutboxLeases returns messages whose claim ran out at or before now,
// still in state sending, to pending and reports how many there were. Their
// outcome was never recorded, so they may have been delivered: like the rows
// ResetSending returns, they are the in-flight window.
func (d *DB) ExpireOutboxLeases(ctx context.Context, now time.Time) (int, error) {
	res, err := d.db.ExecContext(ctx, `UPDATE outbox SET state = 'pending',
		last_error = 'lease expired: outcome not recorded', lease_until = ''
		WHERE state = 'sending' AND lease_until <> '' AND lease_until <= ?`, fmtTime(now))
	if err != nil {
		return 0, fmt.Errorf("expire outbox leases: %w", err)
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}

// PruneOutbox deletes sent and cancelled messages older than before and
// reports how many went.
func (d *DB) PruneOutbox(ctx context.Context, before time.Time) (int, error) {
	res, err := d.db.ExecContext(ctx, `DELETE FROM outbox WHERE
		(state = 'sent' AND sent_at < ?) OR (state IN ('cancelled', 'dead') AND created_at < ?)`,
		fmtTime(before), fmtTime(before))
	if err != nil {
		return 0, fmt.Errorf("prune outbox: %w", err)
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}

// OutboxCounts returns the number of messages in each state.
func (d *DB) OutboxCounts(ctx context.Context) (map[news.OutboxState]int, error) {
	var rows []struct {
		State string `db:"state"`
		N     int    `db:"n"`
	}
	if err := d.db.SelectContext(ctx, &rows, `SELECT state, COUNT(*) AS n FROM outbox GROUP BY state`); err != nil {
		return nil, fmt.Errorf("outbox counts: %w", err)
	}
	out := make(map[news.OutboxState]int, len(rows))
	for _, r := range rows {
		out[news.OutboxState(r.State)] = r.N
	}
	return out, nil
}

// OutboxBacklog returns how many messages wait to be sent (pending, failed
// awaiting retry, or sending).
func (d *DB) OutboxBacklog(ctx context.Context) (int, error) {
	var n int
	if err := d.db.GetContext(ctx, &n, `SELECT COUNT(*) FROM outbox
		WHERE state IN ('pending', 'failed', 'sending')`); err != nil {
		return 0, fmt.Errorf("outbox backlog: %w", err)
	}
	return n, nil
}

// NextOutboxAt returns the earliest NotBefore of a waiting message, or the
// zero time when nothing waits.
func (d *DB) NextOutboxAt(ctx context.Context) (time.Time, error) {
	var s string
	if err := d.db.GetContext(ctx, &s, `SELECT COALESCE(MIN(not_before), '') FROM outbox
		WHERE state IN ('pending', 'failed')`); err != nil {
		return time.Time{}, fmt.Errorf("next outbox time: %w", err)
	}
	return parseTime(s), nil
}

// OutboxMessages returns the chat's messages in any state, oldest first; for
// tests and diagnostics.
func (d *DB) OutboxMessages(ctx context.Context, chatID int64) ([]news.OutboxMessage, error) {
	var rows []outboxRow
	if err := d.db.SelectContext(ctx, &rows, `SELECT `+outboxColumns+`
		FROM outbox o LEFT JOIN subscribers s ON s.chat_id = o.chat_id
		WHERE o.chat_id = ? ORDER BY o.id`, chatID); err != nil {
		return nil, fmt.Errorf("outbox messages %d: %w", chatID, err)
	}
	out := make([]news.OutboxMessage, len(rows))
	for i, r := range rows {
		out[i] = r.message()
	}
	return out, nil
}

// clipError keeps a stored error short, cutting on a character boundary.
func clipError(s string) string {
	const max = 500
	if len(s) <= max {
		return s
	}
	r := []rune(s[:max])
	return string(r[:len(r)-1])
}
