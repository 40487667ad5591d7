package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/newsbot/newsbot/internal/news"
)

// Membership is a change in the bot's own place in a chat: Telegram's
// my_chat_member updates and a group's upgrade to a supergroup. The
// transport only says what happened; what it means for the subscription
// (its status, the greeting, where it lives) is decided here, so that the
// terminal can play the same changes.
type Membership uint8

// The kinds of membership update. The zero value marks an ordinary update
// (a message or a button press).
const (
	// MemberJoined: the bot was added to a group or channel (or came back
	// to one). Update.UserID and friends are the one who added it.
	MemberJoined Membership = iota + 1
	// MemberLeft: the bot was removed from a group or channel, or left it.
	MemberLeft
	// MemberRights: the bot's rights in a group or channel changed without
	// it leaving (promoted, demoted, restricted); Update.CannotPost says
	// whether it lost the right to post there.
	MemberRights
	// ChatMigrated: the group was upgraded to a supergroup whose id is
	// Update.MigrateToChatID; Update.ChatID is the old group's.
	ChatMigrated
	// BotBlocked: the user of a private chat blocked the bot.
	BotBlocked
	// BotUnblocked: the user of a private chat unblocked the bot.
	BotUnblocked
)

// String names the kind, for logs.
func (m Membership) String() string {
	switch m {
	case MemberJoined:
		return "joined"
	case MemberLeft:
		return "left"
	case MemberRights:
		return "rights"
	case ChatMigrated:
		return "migrated"
	case BotBlocked:
		return "blocked"
	case BotUnblocked:
		return "unblocked"
	}
	return fmt.Sprintf("membership(%d)", uint8(m))
}

// ChatStore is what the rules of the bot's place in chats need from
// storage; *store.DB is one.
type ChatStore interface {
	Subscriber(ctx context.Context, chatID int64) (news.Subscriber, error)
	// SetSubscriberStatus changes the chat's status, keeping its
	// preferences; blocked or left also cancels what is queued for it.
	// news.ErrNotFound when the chat is not a subscriber.
	SetSubscriberStatus(ctx context.Context, chatID int64, status news.Status) error
	// MigrateChat moves the subscription and its queued messages to newID.
	MigrateChat(ctx context.Context, oldID, newID int64) error
}

// Chats holds the rules of the bot's place in chats: what a membership
// update means for the chat's subscription. They are kept here once and
// applied to every way the news arrives: the updates Telegram and the
// terminal report (through Bot.Handle), and what a refused send finds
// out, which the Telegram transport and the outbox classify as the same
// membership updates (a user who blocked the bot, a group that removed
// it, a group upgraded to a supergroup). Create it with NewChats; it is
// safe for concurrent use.
type Chats struct {
	store ChatStore
	log   *slog.Logger
}

// NewChats returns the rules applied to store; log may be nil.
func NewChats(store ChatStore, log *slog.Logger) *Chats {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Chats{store: store, log: log}
}

// Apply applies membership update u to the chat's stored subscription.
// Preferences are kept whatever happens: blocked, kicked or left only
// marks the subscription so (and cancels what is queued for the chat);
// unblocked or re-added makes it active again, but a paused chat stays
// paused. Where the bot may not post (a channel that does not let it, a
// group that restricted it) the subscription is not active, since every
// digest would fail. A group upgraded to a supergroup has its
// subscription and queued messages follow it to the new id. A chat the
// bot never knew has nothing to record. MemberJoined is only the
// subscription's part: the greeting is the Bot's. It fails on an update
// that is no membership change, and when the store fails.
func (c *Chats) Apply(ctx context.Context, u Update) error {
	switch u.Membership {
	case BotBlocked:
		return c.setStatus(ctx, u.ChatID, news.StatusBlocked, false)
	case BotUnblocked:
		return c.setStatus(ctx, u.ChatID, news.StatusActive, true)
	case MemberLeft:
		return c.setStatus(ctx, u.ChatID, news.StatusLeft, false)
	case MemberRights, MemberJoined:
		if u.CannotPost {
			if u.Membership == MemberJoined {
				return nil // it cannot deliver until it may post
			}
			return c.setStatus(ctx, u.ChatID, news.StatusLeft, false)
		}
		return c.setStatus(ctx, u.ChatID, news.StatusActive, true)
	case ChatMigrated:
		return c.migrate(ctx, u.ChatID, u.MigrateToChatID)
	}
	return fmt.Errorf("bot: unknown membership update %d in chat %d", uint8(u.Membership), u.ChatID)
}

// handleMembership applies a membership update with the rules of Chats.
// Added to a group, the bot also introduces itself as if the one who
// added it had sent /start; where it may not post, it stays silent.
func (b *Bot) handleMembership(ctx context.Context, u Update) error {
	if err := b.chats.Apply(ctx, u); err != nil {
		return err
	}
	if u.Membership == MemberJoined && !u.CannotPost &&
		(u.ChatType == news.ChatGroup || u.ChatType == news.ChatSupergroup) {
		u.Text = "/start"
		return b.cmdStart(ctx, u)
	}
	return nil
}

// setStatus records the chat's new status. With reactivate, only a blocked
// or left chat becomes active: a paused one stays paused. Blocked and left
// are written even when the chat is so already: the store then cancels
// what is still queued for it, which a refused send has just shown
// cannot be delivered.
func (c *Chats) setStatus(ctx context.Context, chatID int64, status news.Status, reactivate bool) error {
	if status == news.StatusBlocked || status == news.StatusLeft {
		err := c.store.SetSubscriberStatus(ctx, chatID, status)
		switch {
		case errors.Is(err, news.ErrNotFound):
			return nil // not a subscriber: nothing to keep
		case err != nil:
			return fmt.Errorf("chat status: save %s: %w", status, err)
		}
		c.log.Info("chat status set", "chat_id", chatID, "status", status)
		return nil
	}
	s, err := c.store.Subscriber(ctx, chatID)
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
	if err := c.store.SetSubscriberStatus(ctx, chatID, status); err != nil {
		return fmt.Errorf("chat status: save %s: %w", status, err)
	}
	c.log.Info("chat status changed", "chat_id", chatID, "from", s.Status, "to", status)
	return nil
}

// migrate moves the chat's subscription to its new id after Telegram
// upgraded a group to a supergroup, so that the supergroup keeps the
// group's settings and gets what was queued for the group.
func (c *Chats) migrate(ctx context.Context, oldID, newID int64) error {
	if oldID == 0 || newID == 0 || oldID == newID {
		return nil
	}
	if err := c.store.MigrateChat(ctx, oldID, newID); err != nil {
		return fmt.Errorf("follow group upgraded to a supergroup: %w", err)
	}
	c.log.Info("group upgraded to a supergroup; subscription moved", "chat_id", oldID, "new_chat_id", newID)
	return nil
}
