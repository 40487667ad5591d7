package lease

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/jmoiron/sqlx"
)

// Slots is a send schedule shared by replicas through the database's
// send_slots table (migration 00075), so that Telegram's rate limits hold
// for the bot as a whole however many replicas send. It keeps one
// theoretical arrival time (GCRA, the virtual scheduling algorithm) per
// chat and one for the bot (chat 0): a booking takes the earliest time
// that fits both, in one short transaction, and moves both on. Every
// booking locks the bot's row first, so bookings are serialised without
// deadlocks and without advisory locks; the SQL runs on SQLite,
// PostgreSQL and CockroachDB alike. It is safe for concurrent use.
type Slots struct {
	db *sqlx.DB

	mu        sync.Mutex
	lastPrune time.Time
}

// NewSlots returns the schedule kept in db.
func NewSlots(db *sqlx.DB) *Slots { return &Slots{db: db} }

// Booking asks for the next send to one chat.
type Booking struct {
	ChatID int64
	// Now is the booking replica's time; NotBefore is the earliest the
	// replica itself allows (its own pauses), zero for none.
	Now, NotBefore time.Time
	// MaxChatWait: when the chat's own schedule is further out than this,
	// nothing is booked.
	MaxChatWait time.Duration
	// Interval is the time between two sends of the bot.
	Interval time.Duration
	// ChatInterval and ChatTolerance are the chat's increment and burst
	// tolerance: any n+1 sends to the chat span at least
	// n*ChatInterval-ChatTolerance.
	ChatInterval, ChatTolerance time.Duration
}

func us(t time.Time) int64     { return t.UnixMicro() }
func fromUS(v int64) time.Time { return time.UnixMicro(v).UTC() }

// later returns the latest of ts.
func later(ts ...time.Time) (t time.Time) {
	for _, u := range ts {
		if u.After(t) {
			t = u
		}
	}
	return t
}

// pruneEvery and pruneAge bound the table: rows of chats not sent to for
// pruneAge are deleted, at most once every pruneEvery per replica.
const (
	pruneEvery = 10 * time.Minute
	pruneAge   = time.Hour
)

// Book books the next send of b and returns when it may start. When the
// chat's own schedule is more than b.MaxChatWait away nothing is booked,
// ok is false and at says when to try again.
func (s *Slots) Book(ctx context.Context, b Booking) (at time.Time, ok bool, err error) {
	at, ok, err = s.book(ctx, b)
	if errors.Is(err, errNoBotRow) {
		// The first booking ever makes the bot's row (not the migration,
		// so that copy-db finds a new database empty).
		if _, err := s.db.ExecContext(ctx, `INSERT INTO send_slots (chat_id, tat) VALUES (0, 0) ON CONFLICT (chat_id) DO NOTHING`); err != nil {
			return time.Time{}, false, fmt.Errorf("book send slot: %w", err)
		}
		at, ok, err = s.book(ctx, b)
	}
	return at, ok, err
}

var errNoBotRow = errors.New("book send slot: the bot's row of send_slots is missing")

func (s *Slots) book(ctx context.Context, b Booking) (at time.Time, ok bool, err error) {
	tx, err := s.db.BeginTxx(ctx, nil)
	if err != nil {
		return time.Time{}, false, fmt.Errorf("book send slot: %w", err)
	}
	defer tx.Rollback()
	var botTAT int64
	// The no-op update locks the bot's row until the end of the
	// transaction: bookings by every replica queue here.
	err = tx.QueryRowxContext(ctx, `UPDATE send_slots SET tat = tat WHERE chat_id = 0 RETURNING tat`).Scan(&botTAT)
	if errors.Is(err, sql.ErrNoRows) {
		return time.Time{}, false, errNoBotRow
	}
	if err != nil {
		return time.Time{}, false, fmt.Errorf("book send slot: %w", err)
	}
	var chatTAT int64
	err = tx.QueryRowxContext(ctx, s.db.Rebind(`SELECT tat FROM send_slots WHERE chat_id = ?`), b.ChatID).Scan(&chatTAT)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return time.Time{}, false, fmt.Errorf("book send slot: %w", err)
	}
	chatAt := later(b.Now, b.NotBefore, fromUS(chatTAT).Add(-b.ChatTolerance))
	if chatAt.Sub(b.Now) > b.MaxChatWait {
		return chatAt, false, nil
	}
	at = later(chatAt, fromUS(botTAT))
	nextBot := at.Add(b.Interval)
	nextChat := later(fromUS(chatTAT), at).Add(b.ChatInterval)
	if _, err := tx.ExecContext(ctx, s.db.Rebind(`UPDATE send_slots SET tat = ? WHERE chat_id = 0`), us(nextBot)); err != nil {
		return time.Time{}, false, fmt.Errorf("book send slot: %w", err)
	}
	if _, err := tx.ExecContext(ctx, s.db.Rebind(`INSERT INTO send_slots (chat_id, tat) VALUES (?, ?)
		ON CONFLICT (chat_id) DO UPDATE SET tat = excluded.tat`), b.ChatID, us(nextChat)); err != nil {
		return time.Time{}, false, fmt.Errorf("book send slot: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return time.Time{}, false, fmt.Errorf("book send slot: %w", err)
	}
	s.prune(ctx, b.Now)
	return at, true, nil
}

// Hold keeps every replica from sending to chatID (0: to anyone) before
// until, as a 429 demands; tolerance is the chat's ChatTolerance.
func (s *Slots) Hold(ctx context.Context, chatID int64, until time.Time, tolerance time.Duration) error {
	tat := us(until.Add(tolerance))
	_, err := s.db.ExecContext(ctx, s.db.Rebind(`INSERT INTO send_slots (chat_id, tat) VALUES (?, ?)
		ON CONFLICT (chat_id) DO UPDATE SET tat = CASE WHEN send_slots.tat > excluded.tat THEN send_slots.tat ELSE excluded.tat END`),
		chatID, tat)
	if err != nil {
		return fmt.Errorf("hold sends to chat %d: %w", chatID, err)
	}
	return nil
}

// prune deletes the rows of chats long past their schedule, now and then;
// a failure only leaves them for the next time.
func (s *Slots) prune(ctx context.Context, now time.Time) {
	s.mu.Lock()
	due := now.Sub(s.lastPrune) >= pruneEvery
	if due {
		s.lastPrune = now
	}
	s.mu.Unlock()
	if due {
		_, _ = s.db.ExecContext(ctx, s.db.Rebind(`DELETE FROM send_slots WHERE chat_id <> 0 AND tat < ?`), us(now.Add(-pruneAge)))
	}
}
