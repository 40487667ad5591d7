package store

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/newsbot/newsbot/internal/news"
)

// audienceWhere returns the condition on subscribers s selecting the audience,
// with its arguments, in e's SQL.
func (e engine) audienceWhere(a news.Audience) (string, []any) {
	var (
		conds = []string{`s.status = 'active'`}
		args  []any
	)
	if a.BreakingOnly {
		conds = append(conds, `s.breaking_alerts = 1`)
	}
	if len(a.Countries) > 0 {
		conds = append(conds, `EXISTS (SELECT 1 FROM subscriber_countries c
			WHERE c.chat_id = s.chat_id AND c.code IN (?`+strings.Repeat(", ?", len(a.Countries)-1)+`))`)
		for _, c := range a.Countries {
			args = append(args, strings.ToUpper(c))
		}
	}
	if len(a.Topics) > 0 {
		// A subscriber with no topics follows every topic.
		conds = append(conds, `(NOT EXISTS (SELECT 1 FROM subscriber_topics t WHERE t.chat_id = s.chat_id)
			OR EXISTS (SELECT 1 FROM subscriber_topics t WHERE t.chat_id = s.chat_id
			AND t.topic IN (?`+strings.Repeat(", ?", len(a.Topics)-1)+`)))`)
		for _, t := range a.Topics {
			args = append(args, string(t))
		}
	}
	if l := news.BaseLang(a.Lang); l != "" && l != "und" && l != "en" {
		// Everyone reads English by default; another language is read by
		// default by those whose interface speaks it.
		conds = append(conds, `CASE WHEN s.languages = '' THEN s.lang = ?
			ELSE ' ' || s.languages || ' ' LIKE ? END`)
		args = append(args, l, "% "+l+" %")
	} else if l == "en" {
		conds = append(conds, `(s.languages = '' OR ' ' || s.languages || ' ' LIKE '% en %')`)
	}
	if len(a.ExcludeChats) > 0 {
		// One parameter however many chats: a JSON array the engine's own
		// function reads (the engines differ: SQLite's json_each walks an
		// array, PostgreSQL's only an object).
		ids, _ := json.Marshal(a.ExcludeChats)
		if e == enginePostgres {
			conds = append(conds, `s.chat_id NOT IN (SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST(? AS JSON)))`)
		} else {
			conds = append(conds, `s.chat_id NOT IN (SELECT value FROM json_each(?))`)
		}
		args = append(args, string(ids))
	}
	return strings.Join(conds, " AND "), args
}

// AudienceFilters returns the subscribers the audience selects (but for
// its Lang and ExcludeChats) that have a keyword filter or muted outlets:
// those whose own choices may reject a story, to be checked one by one.
func (d *DB) AudienceFilters(ctx context.Context, a news.Audience) ([]news.Subscriber, error) {
	a.Lang, a.ExcludeChats = "", nil
	where, args := d.engine.audienceWhere(a)
	var rows []subscriberRow
	if err := d.db.SelectContext(ctx, &rows, `SELECT `+subscriberColumns+` FROM subscribers s WHERE `+where+`
		AND (s.filter_include <> '' OR s.filter_exclude <> '' OR s.muted_feeds <> '') ORDER BY s.chat_id`, args...); err != nil {
		return nil, fmt.Errorf("audience filters: %w", err)
	}
	subs := make([]news.Subscriber, len(rows))
	for i, r := range rows {
		subs[i] = r.subscriber()
	}
	return subs, nil
}

// AudienceCount returns the exact number of subscribers the audience selects.
func (d *DB) AudienceCount(ctx context.Context, a news.Audience) (int, error) {
	where, args := d.engine.audienceWhere(a)
	var n int
	if err := d.db.GetContext(ctx, &n, `SELECT COUNT(*) FROM subscribers s WHERE `+where, args...); err != nil {
		return 0, fmt.Errorf("audience count: %w", err)
	}
	return n, nil
}

// AudienceChats returns the chat ids the audience selects, in id order.
func (d *DB) AudienceChats(ctx context.Context, a news.Audience) ([]int64, error) {
	where, args := d.engine.audienceWhere(a)
	var ids []int64
	if err := d.db.SelectContext(ctx, &ids, `SELECT s.chat_id FROM subscribers s WHERE `+where+` ORDER BY s.chat_id`, args...); err != nil {
		return nil, fmt.Errorf("audience chats: %w", err)
	}
	return ids, nil
}

// DueSubscribers returns up to limit active subscribers whose next digest is
// due at now, with their countries and topics, earliest first.
func (d *DB) DueSubscribers(ctx context.Context, now time.Time, limit int) ([]news.Subscriber, error) {
	return d.DueSubscribersAfter(ctx, now, time.Time{}, 0, limit)
}

// DueSubscribersAfter is DueSubscribers continuing after the subscriber
// whose next digest time and chat id were afterAt and afterChat (the last of
// the batch before): it pages through the due subscribers in order, so the
// next batch can be read while the one before is still being recorded. A
// zero afterAt starts at the beginning.
func (d *DB) DueSubscribersAfter(ctx context.Context, now, afterAt time.Time, afterChat int64, limit int) ([]news.Subscriber, error) {
	after := fmtTime(afterAt)
	subs, err := d.subscribersWhere(ctx, `status = 'active' AND next_digest_at <> '' AND next_digest_at <= ?
		AND (next_digest_at > ? OR (next_digest_at = ? AND chat_id > ?))
		ORDER BY next_digest_at, chat_id LIMIT ?`, fmtTime(now), after, after, afterChat, limit)
	if err != nil {
		return nil, fmt.Errorf("due subscribers: %w", err)
	}
	return subs, nil
}

// UnscheduledSubscribers returns up to limit active subscribers without a
// next digest time, so the scheduler can give them one.
func (d *DB) UnscheduledSubscribers(ctx context.Context, limit int) ([]news.Subscriber, error) {
	subs, err := d.subscribersWhere(ctx, `status = 'active' AND next_digest_at = '' ORDER BY chat_id LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("unscheduled subscribers: %w", err)
	}
	return subs, nil
}

// subscribersWhere loads subscribers by a condition, with countries and
// topics fetched in two queries for the whole batch rather than per chat.
func (d *DB) subscribersWhere(ctx context.Context, cond string, args ...any) ([]news.Subscriber, error) {
	var rows []subscriberRow
	if err := d.db.SelectContext(ctx, &rows, `SELECT `+subscriberColumns+` FROM subscribers WHERE `+cond, args...); err != nil {
		return nil, err
	}
	return d.withInterests(ctx, rows)
}

// withInterests makes subscribers of rows, with their countries and topics.
func (d *DB) withInterests(ctx context.Context, rows []subscriberRow) ([]news.Subscriber, error) {
	if len(rows) == 0 {
		return nil, nil
	}
	subs := make([]news.Subscriber, len(rows))
	index := make(map[int64]int, len(rows))
	ids := make([]int64, len(rows))
	for i, r := range rows {
		subs[i] = r.subscriber()
		index[r.ChatID] = i
		ids[i] = r.ChatID
	}
	var pairs []struct {
		ChatID int64  `db:"chat_id"`
		Value  string `db:"value"`
	}
	q, qargs, err := sqlx.In(`SELECT chat_id, code AS value FROM subscriber_countries WHERE chat_id IN (?) ORDER BY chat_id, code`, ids)
	if err != nil {
		return nil, err
	}
	if err := d.db.SelectContext(ctx, &pairs, q, qargs...); err != nil {
		return nil, err
	}
	for _, p := range pairs {
		s := &subs[index[p.ChatID]]
		s.Countries = append(s.Countries, p.Value)
	}
	pairs = pairs[:0]
	q, qargs, err = sqlx.In(`SELECT chat_id, topic AS value FROM subscriber_topics WHERE chat_id IN (?) ORDER BY chat_id, topic`, ids)
	if err != nil {
		return nil, err
	}
	if err := d.db.SelectContext(ctx, &pairs, q, qargs...); err != nil {
		return nil, err
	}
	for _, p := range pairs {
		s := &subs[index[p.ChatID]]
		s.Topics = append(s.Topics, news.Topic(p.Value))
	}
	return subs, nil
}

// SetNextDigest stores the chat's next digest time; the zero time
// unschedules it. It returns news.ErrNotFound for an unknown chat.
func (d *DB) SetNextDigest(ctx context.Context, chatID int64, next time.Time) error {
	res, err := d.db.ExecContext(ctx, `UPDATE subscribers SET next_digest_at = ? WHERE chat_id = ?`, fmtTime(next), chatID)
	if err != nil {
		return fmt.Errorf("set next digest %d: %w", chatID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("set next digest %d: %w", chatID, errNotFound)
	}
	return nil
}

// RecordDigests enqueues the digests' messages and stores each subscriber's
// LastDigestAt and NextDigestAt, all in one transaction, so a digest is
// either scheduled and booked or neither.
func (d *DB) RecordDigests(ctx context.Context, msgs []news.OutboxMessage, subs []news.Subscriber) error {
	return d.RecordDigestsSent(ctx, msgs, subs, nil)
}

// RecordDigestsSent is RecordDigests that also records, per chat, the
// articles that stood for the stories its digest showed (see RecordSent),
// in the same transaction.
func (d *DB) RecordDigestsSent(ctx context.Context, msgs []news.OutboxMessage, subs []news.Subscriber, sent map[int64][]int64) error {
	err := d.tx(ctx, func(tx *sqlx.Tx) error {
		if _, err := enqueueTx(ctx, tx, msgs, d.now()); err != nil {
			return err
		}
		// The next digest was computed from the digest times and zone read
		// before composing; a subscriber who changed either meanwhile was
		// rescheduled by that change, which must stand.
		stmt, err := tx.PrepareContext(ctx, `UPDATE subscribers SET last_digest_at = ?,
			next_digest_at = CASE WHEN digest_time = ? AND digest_times = ? AND timezone = ? THEN ? ELSE next_digest_at END
			WHERE chat_id = ?`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, s := range subs {
			if _, err := stmt.ExecContext(ctx, fmtTime(s.LastDigestAt), s.DigestTime, strings.Join(s.DigestTimes, " "),
				s.Timezone, fmtTime(s.NextDigestAt), s.ChatID); err != nil {
				return err
			}
		}
		return recordSentTx(ctx, tx, sent, d.now())
	})
	if err != nil {
		return fmt.Errorf("record digests: %w", err)
	}
	return nil
}

// SaveSubscribers creates or updates many subscriptions, as SaveSubscriber
// does one (countries and topics replaced, created_at and what refers to
// the chat kept), in chunked transactions: for imports and benchmarks,
// where one transaction per subscriber would be slow.
func (d *DB) SaveSubscribers(ctx context.Context, subs []news.Subscriber) error {
	now := fmtTime(d.now())
	for start := 0; start < len(subs); start += enqueueChunk {
		chunk := subs[start:min(start+enqueueChunk, len(subs))]
		err := d.tx(ctx, func(tx *sqlx.Tx) error {
			ins, err := tx.PrepareContext(ctx, subscriberUpsert)
			if err != nil {
				return err
			}
			defer ins.Close()
			clearCountries, err := tx.PrepareContext(ctx, `DELETE FROM subscriber_countries WHERE chat_id = ?`)
			if err != nil {
				return err
			}
			defer clearCountries.Close()
			clearTopics, err := tx.PrepareContext(ctx, `DELETE FROM subscriber_topics WHERE chat_id = ?`)
			if err != nil {
				return err
			}
			defer clearTopics.Close()
			country, err := tx.PrepareContext(ctx, `INSERT INTO subscriber_countries (chat_id, code) VALUES (?, ?) ON CONFLICT DO NOTHING`)
			if err != nil {
				return err
			}
			defer country.Close()
			topic, err := tx.PrepareContext(ctx, `INSERT INTO subscriber_topics (chat_id, topic) VALUES (?, ?) ON CONFLICT DO NOTHING`)
			if err != nil {
				return err
			}
			defer topic.Close()
			for _, s := range chunk {
				s = withDefaults(s)
				created := now
				if !s.CreatedAt.IsZero() {
					created = fmtTime(s.CreatedAt)
				}
				if _, err := ins.ExecContext(ctx, subscriberArgs(s, created, now)...); err != nil {
					return err
				}
				if _, err := clearCountries.ExecContext(ctx, s.ChatID); err != nil {
					return err
				}
				if _, err := clearTopics.ExecContext(ctx, s.ChatID); err != nil {
					return err
				}
				for _, c := range s.Countries {
					if _, err := country.ExecContext(ctx, s.ChatID, c); err != nil {
						return err
					}
				}
				for _, t := range s.Topics {
					if _, err := topic.ExecContext(ctx, s.ChatID, string(t)); err != nil {
						return err
					}
				}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("save subscribers: %w", err)
		}
	}
	return nil
}
