// Package membership holds the rules of the bot's place in chats: what a
// change in it (the bot blocked or unblocked by a user, removed from or
// added to a group or channel, its rights there changed, a group upgraded
// to a supergroup) means for the chat's subscription. The rules are kept
// here once, below every part the news arrives through: the updates
// Telegram and the terminal report (package bot), and what a refused send
// finds out (the Telegram transport and the outbox of package deliver).
package membership

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/newsbot/newsbot/internal/news"
)

// Kind is a kind of change in the bot's own place in a chat: Telegram's
// my_chat_member updates and a group's upgrade to a supergroup. The zero
// value is no change (an ordinary update: a message or a button press).
type Kind uint8

// The kinds of change.
const (
	// Joined: the bot was added to a group or channel (or came back to
	// one).
	Joined Kind = iota + 1
	// Left: the bot was removed from a group or channel, or left it.
	Left
	// Rights: the bot's rights in a group or channel changed without it
	// leaving (promoted, demoted, restricted); Change.CannotPost says
	// whether it lost the right to post there.
	Rights
	// Migrated: the group was upgraded to a supergroup whose id is
	// Change.MigrateTo; Change.ChatID is the old group's.
	Migrated
	// Blocked: the user of a private chat blocked the bot.
	Blocked
	// Unblocked: the user of a private chat unblocked the bot.
	Unblocked
)

// String names the kind, for logs.
func (k Kind) String() string {
	switch k {
	case Joined:
		return "joined"
	case Left:
		return "left"
	case Rights:
		return "rights"
	case Migrated:
		return "migrated"
	case Blocked:
		return "blocked"
	case Unblocked:
		return "unblocked"
	}
	return fmt.Sprintf("membership(%d)", uint8(k))
}

// Change is one change in the bot's place in chat ChatID.
type Change struct {
	ChatID int64
	Kind   Kind
	// CannotPost is set on Joined and Rights when the bot may not post in
	// the chat: a channel that does not give it the right to post, a group
	// that restricted it.
	CannotPost bool
	// MigrateTo is the supergroup's id on Migrated.
	MigrateTo int64
}

// Store is what the rules need from storage; *store.DB is one.
type Store interface {
	Subscriber(ctx context.Context, chatID int64) (news.Subscriber, error)
	// SetSubscriberStatus changes the chat's status, keeping its
	// preferences; blocked or left also cancels what is queued for it.
	// news.ErrNotFound when the chat is not a subscriber.
	SetSubscriberStatus(ctx context.Context, chatID int64, status news.Status) error
	// MigrateChat moves the subscription and its queued messages to newID.
	MigrateChat(ctx context.Context, oldID, newID int64) error
}

// Rules applies changes in the bot's place in chats to their
// subscriptions, the same way whichever part found the change out. Create
// it with New; it is safe for concurrent use.
type Rules struct {
	store Store
	log   *slog.Logger
}

// New returns the rules applied to store; log may be nil.
func New(store Store, log *slog.Logger) *Rules {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Rules{store: store, log: log}
}

// Apply applies change c to the chat's stored subscription. Preferences
// are kept whatever happens: blocked, kicked or left only marks the
// subscription so (and cancels what is queued for the chat); unblocked or
// re-added makes it active again, but a paused chat stays paused. Where
// the bot may not post (a channel that does not let it, a group that
// restricted it) the subscription is not active, since every digest would
// fail. A group upgraded to a supergroup has its subscription and queued
// messages follow it to the new id. A chat the bot never knew has nothing
// to record. Joined is only the subscription's part: the greeting is the
// bot's. It fails on a change of no known kind, and when the store fails.
func (r *Rules) Apply(ctx context.Context, c Change) error {
	switch c.Kind {
	case Blocked:
		return r.setStatus(ctx, c.ChatID, news.StatusBlocked, false)
	case Unblocked:
		return r.setStatus(ctx, c.ChatID, news.StatusActive, true)
	case Left:
		return r.setStatus(ctx, c.ChatID, news.StatusLeft, false)
	case Rights, Joined:
		if c.CannotPost {
			if c.Kind == Joined {
				return nil // it cannot deliver until it may post
			}
			return r.setStatus(ctx, c.ChatID, news.StatusLeft, false)
		}
		return r.setStatus(ctx, c.ChatID, news.StatusActive, true)
	case Migrated:
		return r.migrate(ctx, c.ChatID, c.MigrateTo)
	}
	return fmt.Errorf("membership: unknown change %d in chat %d", uint8(c.Kind), c.ChatID)
}

// setStatus records the chat's new status. With reactivate, only a blocked
// or left chat becomes active: a paused one stays paused. Blocked and left
// are written even when the chat is so already: the store then cancels
// what is still queued for it, which a refused send has just shown
// cannot be delivered.
func (r *Rules) setStatus(ctx context.Context, chatID int64, status news.Status, reactivate bool) error {
	if status == news.StatusBlocked || status == news.StatusLeft {
		err := r.store.SetSubscriberStatus(ctx, chatID, status)
		switch {
		case errors.Is(err, news.ErrNotFound):
			return nil // not a subscriber: nothing to keep
		case err != nil:
			return fmt.Errorf("chat status: save %s: %w", status, err)
		}
		r.log.Info("chat status set", "chat_id", chatID, "status", status)
		return nil
	}
	s, err := r.store.Subscriber(ctx, chatID)
	switch {
	case errors.Is(err, news.ErrNotFound):
		return nil // not a subscriber: nothing to keep
	case err != nil:
		return fmt.Errorf("chat status: load subscriber %d: %w", chatID, err)
	case s.Status == status:
		return nil
	case reactivate && s.Status != news.StatusBlocked && s.Status != news.StatusLeft:
		return nil
	}
	if err := r.store.SetSubscriberStatus(ctx, chatID, status); err != nil {
		return fmt.Errorf("chat status: save %s: %w", status, err)
	}
	r.log.Info("chat status changed", "chat_id", chatID, "from", s.Status, "to", status)
	return nil
}

// migrate moves the chat's subscription to its new id after Telegram
// upgraded a group to a supergroup, so that the supergroup keeps the
// group's settings and gets what was queued for the group.
func (r *Rules) migrate(ctx context.Context, oldID, newID int64) error {
	if oldID == 0 || newID == 0 || oldID == newID {
		return nil
	}
	if err := r.store.MigrateChat(ctx, oldID, newID); err != nil {
		return fmt.Errorf("follow group upgraded to a supergroup: %w", err)
	}
	r.log.Info("group upgraded to a supergroup; subscription moved", "chat_id", oldID, "new_chat_id", newID)
	return nil
}
