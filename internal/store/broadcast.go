package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/newsbot/newsbot/internal/news"
)

type broadcastRow struct {
	ID                int64         `db:"id"`
	EditorID          int64         `db:"editor_id"`
	Kind              string        `db:"kind"`
	Text              string        `db:"text"`
	Texts             string        `db:"texts"`
	ArticleID         sql.NullInt64 `db:"article_id"`
	Audience          string        `db:"audience"`
	State             string        `db:"state"`
	Total             int           `db:"total"`
	Sent              int           `db:"sent"`
	Failed            int           `db:"failed"`
	ProgressChatID    int64         `db:"progress_chat_id"`
	ProgressMessageID int           `db:"progress_message_id"`
	PhotoURL          string        `db:"photo_url"`
	PreviewURL        string        `db:"preview_url"`
	CreatedAt         string        `db:"created_at"`
	StartedAt         string        `db:"started_at"`
	FinishedAt        string        `db:"finished_at"`
}

const broadcastColumns = `id, editor_id, kind, text, texts, article_id, audience, state, total, sent, failed,
	progress_chat_id, progress_message_id, photo_url, preview_url, created_at, started_at, finished_at`

func (r broadcastRow) broadcast(d *DB) news.Broadcast {
	b := news.Broadcast{
		ID: r.ID, EditorID: r.EditorID, Kind: news.MessageKind(r.Kind), Text: r.Text,
		ArticleID: r.ArticleID.Int64, State: news.BroadcastState(r.State),
		Total: r.Total, Sent: r.Sent, Failed: r.Failed,
		ProgressChatID: r.ProgressChatID, ProgressMessageID: r.ProgressMessageID,
		PhotoURL: r.PhotoURL, PreviewURL: r.PreviewURL,
		CreatedAt: parseTime(r.CreatedAt), StartedAt: parseTime(r.StartedAt), FinishedAt: parseTime(r.FinishedAt),
	}
	// A damaged audience reads as "everyone": it is only a record here
	// (the outbox rows were made when the broadcast started).
	d.decodeJSON("broadcasts.audience", r.ID, r.Audience, &b.Audience)
	d.decodeJSON("broadcasts.texts", r.ID, r.Texts, &b.TextByLang)
	return b
}

// StartBroadcast records the broadcast and, in the same transaction, puts one
// outbox message per audience member with idempotency key
// "chat:broadcast:id", copying text and options from tmpl. It returns the
// broadcast with its id, state sending and Total set to the number of
// messages. textByLang (may be nil) gives other texts for subscribers of
// some languages, as breaking cards are rendered per language; b.Text goes
// to the rest. Resolving the audience inside the insert keeps the count exact
// and the record and its messages all-or-nothing.
func (d *DB) StartBroadcast(ctx context.Context, b news.Broadcast, tmpl news.OutboxMessage, textByLang map[string]string) (news.Broadcast, error) {
	b.TextByLang = textByLang
	now := d.now().UTC()
	b.StartedAt, b.State = now, news.BroadcastSending
	err := d.tx(ctx, func(tx *sqlx.Tx) error {
		var err error
		if b, err = insertBroadcastTx(ctx, tx, b, now); err != nil {
			return err
		}
		b.Total, err = d.enqueueBroadcastTx(ctx, tx, b, tmpl, nil, now)
		return err
	})
	if err != nil {
		return b, fmt.Errorf("start broadcast: %w", err)
	}
	d.analyzeOutboxAfter(ctx, b.Total)
	return b, nil
}

// CreateBroadcastDraft records a broadcast awaiting its editor's
// confirmation (state draft, nothing enqueued) and returns it with its id.
func (d *DB) CreateBroadcastDraft(ctx context.Context, b news.Broadcast) (news.Broadcast, error) {
	b.State, b.StartedAt = news.BroadcastDraft, time.Time{}
	err := d.tx(ctx, func(tx *sqlx.Tx) error {
		var err error
		b, err = insertBroadcastTx(ctx, tx, b, d.now().UTC())
		return err
	})
	if err != nil {
		return b, fmt.Errorf("create broadcast draft: %w", err)
	}
	return b, nil
}

// SetBroadcastAudience changes a draft's audience; news.ErrNotFound when
// there is no such draft (sent, cancelled or unknown).
func (d *DB) SetBroadcastAudience(ctx context.Context, id int64, a news.Audience) error {
	aud, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("set broadcast %d audience: %w", id, err)
	}
	res, err := d.db.ExecContext(ctx, `UPDATE broadcasts SET audience = ? WHERE id = ? AND state = 'draft'`, string(aud), id)
	if err != nil {
		return fmt.Errorf("set broadcast %d audience: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("broadcast draft %d: %w", id, errNotFound)
	}
	return nil
}

// StartBroadcastDraft sends a draft: it becomes sending, with the editor's
// progress message recorded, and its messages are enqueued as by
// StartBroadcast, all in one transaction. Only one call can start a given
// draft; the others (a second press of Send) get news.ErrNotFound, as does
// a draft cancelled or unknown.
func (d *DB) StartBroadcastDraft(ctx context.Context, id int64, tmpl news.OutboxMessage, progressChatID int64, progressMessageID int) (news.Broadcast, error) {
	return d.startDraft(ctx, id, tmpl, nil, progressChatID, progressMessageID)
}

// StartPhotoBroadcastDraft sends a draft as StartBroadcastDraft does, each
// chat getting the photo with its caption and, when the card did not fit
// the caption, the rest as a follow-up message (part 1, enqueued after it).
// The broadcast's total counts chats, not messages.
func (d *DB) StartPhotoBroadcastDraft(ctx context.Context, id int64, tmpl news.OutboxMessage, card news.PhotoCard, progressChatID int64, progressMessageID int) (news.Broadcast, error) {
	return d.startDraft(ctx, id, tmpl, &card, progressChatID, progressMessageID)
}

func (d *DB) startDraft(ctx context.Context, id int64, tmpl news.OutboxMessage, card *news.PhotoCard, progressChatID int64, progressMessageID int) (news.Broadcast, error) {
	var b news.Broadcast
	now := d.now().UTC()
	err := d.tx(ctx, func(tx *sqlx.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE broadcasts SET state = 'sending', started_at = ?,
			progress_chat_id = ?, progress_message_id = ? WHERE id = ? AND state = 'draft'`,
			fmtTime(now), progressChatID, progressMessageID, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("broadcast draft %d: %w", id, errNotFound)
		}
		var r broadcastRow
		if err := tx.GetContext(ctx, &r, `SELECT `+broadcastColumns+` FROM broadcasts WHERE id = ?`, id); err != nil {
			return err
		}
		b = r.broadcast(d)
		b.Total, err = d.enqueueBroadcastTx(ctx, tx, b, tmpl, card, now)
		return err
	})
	if err != nil {
		return b, fmt.Errorf("start broadcast: %w", err)
	}
	d.analyzeOutboxAfter(ctx, b.Total)
	return b, nil
}

// ExpireBroadcastDrafts marks the drafts created before the given time
// cancelled, so a forgotten preview can no longer be sent; it reports how
// many it expired.
func (d *DB) ExpireBroadcastDrafts(ctx context.Context, before time.Time) (int, error) {
	res, err := d.db.ExecContext(ctx, `UPDATE broadcasts SET state = 'cancelled', finished_at = ?
		WHERE state = 'draft' AND created_at < ?`, fmtTime(d.now()), fmtTime(before))
	if err != nil {
		return 0, fmt.Errorf("expire broadcast drafts: %w", err)
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}

// insertBroadcastTx records b (state, StartedAt and the rest as given) and
// returns it with its id and creation time.
func insertBroadcastTx(ctx context.Context, tx *sqlx.Tx, b news.Broadcast, now time.Time) (news.Broadcast, error) {
	aud, err := json.Marshal(b.Audience)
	if err != nil {
		return b, err
	}
	texts := []byte("{}")
	if len(b.TextByLang) > 0 {
		if texts, err = json.Marshal(b.TextByLang); err != nil {
			return b, err
		}
	}
	if b.Kind == "" {
		b.Kind = news.KindBroadcast
	}
	var article any
	if b.ArticleID != 0 {
		article = b.ArticleID
	}
	b.CreatedAt = now
	err = tx.QueryRowxContext(ctx, `INSERT INTO broadcasts (editor_id, kind, text, texts, article_id, audience,
		state, progress_chat_id, progress_message_id, photo_url, preview_url, created_at, started_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		RETURNING id`,
		b.EditorID, string(b.Kind), b.Text, string(texts), article, string(aud), string(b.State),
		b.ProgressChatID, b.ProgressMessageID, b.PhotoURL, b.PreviewURL, fmtTime(now), fmtTime(b.StartedAt)).Scan(&b.ID)
	return b, err
}

// enqueueBroadcastTx puts one outbox message per member of b's audience,
// in each one's language where b.TextByLang has it, and stores the total.
// With a photo card, each member gets the photo with its caption and, where
// the card's rest is not empty, the rest as a second message (part 1).
func (d *DB) enqueueBroadcastTx(ctx context.Context, tx *sqlx.Tx, b news.Broadcast, tmpl news.OutboxMessage, card *news.PhotoCard, now time.Time) (int, error) {
	if tmpl.ParseMode == "" {
		tmpl.ParseMode = "HTML"
	}
	content := fmt.Sprint(b.ID)
	byLang := b.TextByLang
	def := b.Text
	if card != nil {
		tmpl.PhotoURL = card.URL
		byLang, def = withoutDefault(card.Caption)
	}
	n, err := d.enqueueTextsTx(ctx, tx, b, tmpl, ":"+string(b.Kind)+":"+content, content, def, byLang, now)
	if err != nil {
		return 0, err
	}
	if card != nil {
		rest, restDef := withoutDefault(card.Rest)
		follow := tmpl
		follow.PhotoURL, follow.PreviewURL, follow.Part = "", "", 1
		if _, err := d.enqueueTextsTx(ctx, tx, b, follow, ":"+string(b.Kind)+":"+content+".2", content, restDef, rest, now); err != nil {
			return 0, err
		}
	}
	_, err = tx.ExecContext(ctx, `UPDATE broadcasts SET total = ? WHERE id = ?`, n, b.ID)
	return n, err
}

// withoutDefault splits a by-language map into the languages' texts and
// the "" key's.
func withoutDefault(m map[string]string) (map[string]string, string) {
	out := make(map[string]string, len(m))
	for l, t := range m {
		if l != "" {
			out[l] = t
		}
	}
	return out, m[""]
}

// enqueueTextsTx inserts one message per audience member with idempotency
// key chat+idemSuffix, the text chosen by the member's language (def for
// the rest); a member whose text is empty gets none. It returns how many
// it inserted.
func (d *DB) enqueueTextsTx(ctx context.Context, tx *sqlx.Tx, b news.Broadcast, tmpl news.OutboxMessage, idemSuffix, content, def string, byLang map[string]string, now time.Time) (int, error) {
	where, args := d.engine.audienceWhere(b.Audience)
	textExpr, textArgs := `CAST(? AS TEXT)`, []any{def}
	if len(byLang) > 0 {
		langs := make([]string, 0, len(byLang))
		for l := range byLang {
			langs = append(langs, l)
		}
		sort.Strings(langs)
		textExpr, textArgs = `CASE s.lang`, nil
		for _, l := range langs {
			textExpr += ` WHEN ? THEN CAST(? AS TEXT)`
			textArgs = append(textArgs, l, byLang[l])
		}
		textExpr += ` ELSE CAST(? AS TEXT) END`
		textArgs = append(textArgs, def)
	}
	head := append([]any{idemSuffix, string(b.Kind), content}, textArgs...)
	args = append(append(head, tmpl.ParseMode, tmpl.ReplyMarkup, tmpl.DisableNotification, tmpl.DisablePreview,
		tmpl.PhotoURL, tmpl.PreviewURL, tmpl.Part, b.ID, fmtTime(now), fmtTime(now)), args...)
	// Parameters in a SELECT list have no column to take their type from:
	// PostgreSQL reads them as text, so they are cast (a no-op on SQLite),
	// and named, since PostgreSQL names a cast column after its type.
	res, err := tx.ExecContext(ctx, `INSERT INTO outbox (idem_key, chat_id, kind, content_id,
		text, parse_mode, reply_markup, disable_notification, disable_preview, photo_url, preview_url, part,
		broadcast_id, state, not_before, created_at)
		SELECT * FROM (SELECT s.chat_id || CAST(? AS TEXT) AS idem_key, s.chat_id, CAST(? AS TEXT) AS kind,
		CAST(? AS TEXT) AS content_id, `+textExpr+` AS text, CAST(? AS TEXT) AS parse_mode,
		CAST(? AS TEXT) AS reply_markup, CAST(? AS BIGINT) AS disable_notification,
		CAST(? AS BIGINT) AS disable_preview, CAST(? AS TEXT) AS photo_url, CAST(? AS TEXT) AS preview_url,
		CAST(? AS BIGINT) AS part, CAST(? AS BIGINT) AS broadcast_id, 'pending' AS state,
		CAST(? AS TEXT) AS not_before, CAST(? AS TEXT) AS created_at
		FROM subscribers s WHERE `+where+` ORDER BY s.chat_id) AS audience WHERE text <> ''
		ON CONFLICT DO NOTHING`, args...)
	if err != nil {
		return 0, err
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}

// Broadcast returns the broadcast's record, or news.ErrNotFound.
func (d *DB) Broadcast(ctx context.Context, id int64) (news.Broadcast, error) {
	var r broadcastRow
	if err := d.db.GetContext(ctx, &r, `SELECT `+broadcastColumns+` FROM broadcasts WHERE id = ?`, id); err != nil {
		return news.Broadcast{}, fmt.Errorf("broadcast %d: %w", id, notFound(err))
	}
	return r.broadcast(d), nil
}

// Broadcasts returns the most recent broadcasts, newest first; state filters
// when not empty.
func (d *DB) Broadcasts(ctx context.Context, state news.BroadcastState, limit int) ([]news.Broadcast, error) {
	var rows []broadcastRow
	if err := d.db.SelectContext(ctx, &rows, `SELECT `+broadcastColumns+` FROM broadcasts
		WHERE ? = '' OR state = ? ORDER BY id DESC LIMIT ?`, string(state), string(state), limit); err != nil {
		return nil, fmt.Errorf("broadcasts: %w", err)
	}
	out := make([]news.Broadcast, len(rows))
	for i, r := range rows {
		out[i] = r.broadcast(d)
	}
	return out, nil
}

// BroadcastCounts returns the number of the broadcast's messages in each state.
func (d *DB) BroadcastCounts(ctx context.Context, id int64) (map[news.OutboxState]int, error) {
	var rows []struct {
		State string `db:"state"`
		N     int    `db:"n"`
	}
	if err := d.db.SelectContext(ctx, &rows, `SELECT state, COUNT(*) AS n FROM outbox
		WHERE broadcast_id = ? AND part = 0 GROUP BY state`, id); err != nil {
		return nil, fmt.Errorf("broadcast %d counts: %w", id, err)
	}
	out := make(map[news.OutboxState]int, len(rows))
	for _, r := range rows {
		out[news.OutboxState(r.State)] = r.N
	}
	return out, nil
}

// BroadcastFailures returns how many of the broadcast's messages were not
// delivered, by their last error.
func (d *DB) BroadcastFailures(ctx context.Context, id int64) (map[string]int, error) {
	var rows []struct {
		Reason string `db:"reason"`
		N      int    `db:"n"`
	}
	if err := d.db.SelectContext(ctx, &rows, `SELECT last_error AS reason, COUNT(*) AS n FROM outbox
		WHERE broadcast_id = ? AND part = 0 AND state IN ('dead', 'cancelled') GROUP BY last_error`, id); err != nil {
		return nil, fmt.Errorf("broadcast %d failures: %w", id, err)
	}
	out := make(map[string]int, len(rows))
	for _, r := range rows {
		out[r.Reason] = r.N
	}
	return out, nil
}

// UpdateBroadcastProgress stores the counts, and the final state with its
// finishing time when state is done or cancelled.
func (d *DB) UpdateBroadcastProgress(ctx context.Context, id int64, state news.BroadcastState, sent, failed int) error {
	finished := ""
	if state == news.BroadcastDone || state == news.BroadcastCancelled {
		finished = fmtTime(d.now())
	}
	res, err := d.db.ExecContext(ctx, `UPDATE broadcasts SET state = ?, sent = ?, failed = ?,
		finished_at = CASE WHEN ? = '' THEN finished_at ELSE ? END WHERE id = ?`,
		string(state), sent, failed, finished, finished, id)
	if err != nil {
		return fmt.Errorf("update broadcast %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("update broadcast %d: %w", id, errNotFound)
	}
	return nil
}

// SetBroadcastProgressMessage records where the editor's progress message is.
func (d *DB) SetBroadcastProgressMessage(ctx context.Context, id, chatID int64, messageID int) error {
	if _, err := d.db.ExecContext(ctx, `UPDATE broadcasts SET progress_chat_id = ?, progress_message_id = ?
		WHERE id = ?`, chatID, messageID, id); err != nil {
		return fmt.Errorf("set broadcast %d progress message: %w", id, err)
	}
	return nil
}

// CancelBroadcast cancels the broadcast's messages not yet sent and marks it
// cancelled; messages already sent stay sent. It reports how many it cancelled.
func (d *DB) CancelBroadcast(ctx context.Context, id int64) (int, error) {
	var n int64
	err := d.tx(ctx, func(tx *sqlx.Tx) error {
		// Messages being sent are cancelled too: if they do go out,
		// RecordOutbox marks them sent; if not, they stay cancelled.
		res, err := tx.ExecContext(ctx, `UPDATE outbox SET state = 'cancelled', last_error = 'broadcast cancelled'
			WHERE broadcast_id = ? AND state IN ('pending', 'failed', 'sending')`, id)
		if err != nil {
			return err
		}
		n, _ = res.RowsAffected()
		_, err = tx.ExecContext(ctx, `UPDATE broadcasts SET state = 'cancelled', finished_at = ? WHERE id = ?`,
			fmtTime(d.now()), id)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("cancel broadcast %d: %w", id, err)
	}
	return int(n), nil
}
