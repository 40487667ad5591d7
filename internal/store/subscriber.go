package store

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/jmoiron/sqlx"

	"github.com/newsbot/newsbot/internal/news"
)

type subscriberRow struct {
	ChatID         int64  `db:"chat_id"`
	ChatType       string `db:"chat_type"`
	Title          string `db:"title"`
	Username       string `db:"username"`
	Lang           string `db:"lang"`
	Timezone       string `db:"timezone"`
	DigestTime     string `db:"digest_time"`
	NextDigestAt   string `db:"next_digest_at"`
	LastDigestAt   string `db:"last_digest_at"`
	Status         string `db:"status"`
	GroupBy        string `db:"group_by"`
	QuietDay       bool   `db:"quiet_day"`
	BreakingAlerts bool   `db:"breaking_alerts"`
	OwnerUserID    int64  `db:"owner_user_id"`
	CreatedAt      string `db:"created_at"`
	UpdatedAt      string `db:"updated_at"`
	FilterInclude  string `db:"filter_include"`
	FilterExclude  string `db:"filter_exclude"`
	MutedFeeds     string `db:"muted_feeds"`
	Languages      string `db:"languages"`
	DigestTimes    string `db:"digest_times"`
}

const subscriberColumns = `chat_id, chat_type, title, username, lang, timezone, digest_time,
	next_digest_at, last_digest_at, status, group_by, quiet_day, breaking_alerts,
	owner_user_id, created_at, updated_at,
	filter_include, filter_exclude, muted_feeds, languages, digest_times`

// subscriberPlaceholders has one ? per column of subscriberColumns.
const subscriberPlaceholders = `?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?`

// subscriberUpsert inserts a subscriber or updates every column of an
// existing one but created_at. An upsert, not INSERT OR REPLACE: a replace
// deletes the row first, and with it (by cascade) everything that refers to
// the chat, such as its record of stories already sent.
const subscriberUpsert = `INSERT INTO subscribers (` + subscriberColumns + `)
	VALUES (` + subscriberPlaceholders + `)
	ON CONFLICT (chat_id) DO UPDATE SET chat_type = excluded.chat_type,
	  title = excluded.title, username = excluded.username, lang = excluded.lang,
	  timezone = excluded.timezone, digest_time = excluded.digest_time,
	  next_digest_at = excluded.next_digest_at, last_digest_at = excluded.last_digest_at,
	  status = excluded.status, group_by = excluded.group_by, quiet_day = excluded.quiet_day,
	  breaking_alerts = excluded.breaking_alerts, owner_user_id = excluded.owner_user_id,
	  updated_at = excluded.updated_at, filter_include = excluded.filter_include,
	  filter_exclude = excluded.filter_exclude, muted_feeds = excluded.muted_feeds,
	  languages = excluded.languages, digest_times = excluded.digest_times`

// subscriberArgs are s's values in subscriberColumns order.
func subscriberArgs(s news.Subscriber, createdAt, updatedAt string) []any {
	return []any{s.ChatID, string(s.ChatType), s.Title, s.Username, s.Lang, s.Timezone, s.DigestTime,
		fmtTime(s.NextDigestAt), fmtTime(s.LastDigestAt), string(s.Status), string(s.GroupBy),
		s.QuietDay, s.BreakingAlerts, s.OwnerUserID, createdAt, updatedAt,
		strings.Join(s.Keywords.Include, " "), strings.Join(s.Keywords.Exclude, " "),
		joinIDs(s.MutedFeeds), strings.Join(s.Languages, " "), strings.Join(s.DigestTimes, " ")}
}

func joinIDs(ids []int64) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = strconv.FormatInt(id, 10)
	}
	return strings.Join(parts, " ")
}

func splitIDs(s string) []int64 {
	var ids []int64
	for _, f := range strings.Fields(s) {
		if id, err := strconv.ParseInt(f, 10, 64); err == nil {
			ids = append(ids, id)
		}
	}
	return ids
}

// fields is strings.Fields, but nil for an empty list.
func fields(s string) []string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return nil
	}
	return f
}

func (r subscriberRow) subscriber() news.Subscriber {
	return news.Subscriber{
		ChatID: r.ChatID, ChatType: news.ChatType(r.ChatType), Title: r.Title, Username: r.Username,
		Status: news.Status(r.Status),
		Preferences: news.Preferences{
			Lang: r.Lang, Timezone: r.Timezone, DigestTime: r.DigestTime,
			GroupBy: news.GroupBy(r.GroupBy), QuietDay: r.QuietDay, BreakingAlerts: r.BreakingAlerts,
			DigestTimes: fields(r.DigestTimes),
			Keywords:    news.KeywordFilter{Include: fields(r.FilterInclude), Exclude: fields(r.FilterExclude)},
			MutedFeeds:  splitIDs(r.MutedFeeds), Languages: fields(r.Languages),
		},
		NextDigestAt: parseTime(r.NextDigestAt), LastDigestAt: parseTime(r.LastDigestAt),
		OwnerUserID: r.OwnerUserID,
		CreatedAt:   parseTime(r.CreatedAt), UpdatedAt: parseTime(r.UpdatedAt),
	}
}

// Subscriber returns the chat's subscription with its countries and topics,
// or news.ErrNotFound.
func (d *DB) Subscriber(ctx context.Context, chatID int64) (news.Subscriber, error) {
	var r subscriberRow
	if err := d.db.GetContext(ctx, &r, `SELECT `+subscriberColumns+` FROM subscribers WHERE chat_id = ?`, chatID); err != nil {
		return news.Subscriber{}, fmt.Errorf("subscriber %d: %w", chatID, notFound(err))
	}
	s := r.subscriber()
	if err := d.db.SelectContext(ctx, &s.Countries,
		`SELECT code FROM subscriber_countries WHERE chat_id = ? ORDER BY code`, chatID); err != nil {
		return news.Subscriber{}, fmt.Errorf("subscriber %d countries: %w", chatID, err)
	}
	if err := d.db.SelectContext(ctx, &s.Topics,
		`SELECT topic FROM subscriber_topics WHERE chat_id = ? ORDER BY topic`, chatID); err != nil {
		return news.Subscriber{}, fmt.Errorf("subscriber %d topics: %w", chatID, err)
	}
	return s, nil
}

// SaveSubscriber creates or replaces the chat's subscription, countries and
// topics included, in one transaction.
func (d *DB) SaveSubscriber(ctx context.Context, s news.Subscriber) error {
	now := d.now().UTC()
	if s.CreatedAt.IsZero() {
		s.CreatedAt = now
	}
	s = withDefaults(s)
	err := d.tx(ctx, func(tx *sqlx.Tx) error {
		_, err := tx.ExecContext(ctx, subscriberUpsert,
			subscriberArgs(s, fmtTime(s.CreatedAt), fmtTime(now))...)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM subscriber_countries WHERE chat_id = ?`, s.ChatID); err != nil {
			return err
		}
		for _, c := range dedupSorted(s.Countries) {
			if _, err := tx.ExecContext(ctx, `INSERT INTO subscriber_countries (chat_id, code) VALUES (?, ?)`, s.ChatID, c); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM subscriber_topics WHERE chat_id = ?`, s.ChatID); err != nil {
			return err
		}
		topics := make([]string, len(s.Topics))
		for i, t := range s.Topics {
			topics[i] = string(t)
		}
		for _, t := range dedupSorted(topics) {
			if _, err := tx.ExecContext(ctx, `INSERT INTO subscriber_topics (chat_id, topic) VALUES (?, ?)`, s.ChatID, t); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("save subscriber %d: %w", s.ChatID, err)
	}
	return nil
}

// DeleteSubscriber removes the chat's subscription, its preferences and any
// message still waiting for it. It returns news.ErrNotFound when there was none.
func (d *DB) DeleteSubscriber(ctx context.Context, chatID int64) error {
	var n int64
	err := d.tx(ctx, func(tx *sqlx.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM outbox WHERE chat_id = ? AND state IN ('pending', 'failed')`, chatID); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM subscribers WHERE chat_id = ?`, chatID)
		if err != nil {
			return err
		}
		n, _ = res.RowsAffected()
		return nil
	})
	if err != nil {
		return fmt.Errorf("delete subscriber %d: %w", chatID, err)
	}
	if n == 0 {
		return fmt.Errorf("delete subscriber %d: %w", chatID, errNotFound)
	}
	return nil
}

// SetSubscriberStatus changes the chat's status, keeping its preferences.
// Leaving active for blocked or left cancels the messages still waiting for
// it; coming back after the digest time passed clears the stale booking.
// It returns news.ErrNotFound when the chat is unknown.
func (d *DB) SetSubscriberStatus(ctx context.Context, chatID int64, status news.Status) error {
	var n int64
	err := d.tx(ctx, func(tx *sqlx.Tx) error {
		// A chat coming back after its digest time passed gets its next
		// digest booked afresh by the scheduler (an empty next_digest_at),
		// not the stale one at once.
		now := fmtTime(d.now())
		res, err := tx.ExecContext(ctx, `UPDATE subscribers SET status = ?, updated_at = ?,
			next_digest_at = CASE WHEN ? = 'active' AND next_digest_at <> '' AND next_digest_at < ? THEN ''
			                      ELSE next_digest_at END
			WHERE chat_id = ?`, string(status), now, string(status), now, chatID)
		if err != nil {
			return err
		}
		n, _ = res.RowsAffected()
		if status == news.StatusBlocked || status == news.StatusLeft {
			_, err = tx.ExecContext(ctx, `UPDATE outbox SET state = 'cancelled', last_error = ?
				WHERE chat_id = ? AND state IN ('pending', 'failed')`, "chat "+string(status), chatID)
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("set subscriber %d status: %w", chatID, err)
	}
	if n == 0 {
		return fmt.Errorf("set subscriber %d status: %w", chatID, errNotFound)
	}
	return nil
}

// MigrateChat moves a subscription to a new chat id, as when Telegram upgrades
// a group to a supergroup; preferences follow, pending messages are
// readdressed. When the new chat is subscribed already, it keeps its own
// preferences and the old subscription is dropped.
func (d *DB) MigrateChat(ctx context.Context, oldID, newID int64) error {
	err := d.tx(ctx, func(tx *sqlx.Tx) error {
		var exists int
		if err := tx.GetContext(ctx, &exists, `SELECT COUNT(*) FROM subscribers WHERE chat_id = ?`, newID); err != nil {
			return err
		}
		if exists > 0 {
			// The supergroup subscribed on its own already: its settings are
			// the newer ones, and the old group's go.
			if _, err := tx.ExecContext(ctx, `DELETE FROM subscribers WHERE chat_id = ?`, oldID); err != nil {
				return err
			}
		} else if _, err := tx.ExecContext(ctx, `UPDATE subscribers SET chat_id = ?, chat_type = 'supergroup', updated_at = ?
			WHERE chat_id = ?`, newID, fmtTime(d.now()), oldID); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `UPDATE outbox SET chat_id = ? WHERE chat_id = ? AND state IN ('pending', 'failed', 'sending')`, newID, oldID)
		return err
	})
	if err != nil {
		return fmt.Errorf("migrate chat %d to %d: %w", oldID, newID, err)
	}
	return nil
}

// withDefaults fills what a subscription left empty as the schema's
// defaults would: an active private chat, English, digest at 08:00 grouped
// by country.
func withDefaults(s news.Subscriber) news.Subscriber {
	if s.Status == "" {
		s.Status = news.StatusActive
	}
	if s.ChatType == "" {
		s.ChatType = news.ChatPrivate
	}
	if s.GroupBy == "" {
		s.GroupBy = news.GroupByCountry
	}
	if s.DigestTime == "" {
		s.DigestTime = "08:00"
	}
	if s.Lang == "" {
		s.Lang = "en"
	}
	return s
}

func dedupSorted(in []string) []string {
	out := append([]string(nil), in...)
	sort.Strings(out)
	j := 0
	for i, s := range out {
		if s == "" || (i > 0 && s == out[i-1]) {
			continue
		}
		out[j] = s
		j++
	}
	return out[:j]
}
