package bot

import (
	"context"
	"errors"
	"fmt"

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

// handleMembership applies a membership update. Preferences are kept
// whatever happens: blocked, kicked or left only marks the subscription so;
// unblocked or re-added makes it active again. Added to a group, the bot
// introduces itself as if the one who added it had sent /start. Where the
// bot may not post (a channel that does not let it, a group that
// restricted it) the subscription is not active, since every digest would
// fail. A chat the bot never knew has nothing to record.
func (b *Bot) handleMembership(ctx context.Context, u Update) error {
	switch u.Membership {
	case BotBlocked:
		return b.setStatus(ctx, u.ChatID, news.StatusBlocked, false)
	case BotUnblocked:
		return b.setStatus(ctx, u.ChatID, news.StatusActive, true)
	case MemberLeft:
		return b.setStatus(ctx, u.ChatID, news.StatusLeft, false)
	case MemberRights:
		if u.CannotPost {
			return b.setStatus(ctx, u.ChatID, news.StatusLeft, false)
		}
		return b.setStatus(ctx, u.ChatID, news.StatusActive, true)
	case MemberJoined:
		if u.CannotPost {
			return nil // it cannot greet, nor deliver, until it may post
		}
		if err := b.setStatus(ctx, u.ChatID, news.StatusActive, true); err != nil {
			return err
		}
		if u.ChatType == news.ChatGroup || u.ChatType == news.ChatSupergroup {
			u.Text = "/start"
			return b.cmdStart(ctx, u)
		}
		return nil
	case ChatMigrated:
		return b.migrate(ctx, u.ChatID, u.MigrateToChatID)
	}
	return fmt.Errorf("bot: unknown membership update %d in chat %d", uint8(u.Membership), u.ChatID)
}

// setStatus records the chat's new status. With reactivate, only a blocked
// or left chat becomes active: a paused one stays paused.
func (b *Bot) setStatus(ctx context.Context, chatID int64, status news.Status, reactivate bool) error {
	s, err := b.store.Subscriber(ctx, chatID)
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
	if err := b.store.SetSubscriberStatus(ctx, chatID, status); err != nil {
		return fmt.Errorf("chat status: save %s: %w", status, err)
	}
	b.log.Info("chat status changed", "chat_id", chatID, "from", s.Status, "to", status)
	return nil
}

// migrate moves the chat's subscription to its new id after Telegram
// upgraded a group to a supergroup, so that the supergroup keeps the
// group's settings.
func (b *Bot) migrate(ctx context.Context, oldID, newID int64) error {
	if oldID == 0 || newID == 0 || oldID == newID {
		return nil
	}
	if err := b.store.MigrateChat(ctx, oldID, newID); err != nil {
		return fmt.Errorf("follow group upgraded to a supergroup: %w", err)
	}
	b.log.Info("group upgraded to a supergroup; subscription moved", "chat_id", oldID, "new_chat_id", newID)
	return nil
}
