package bot

import (
	"context"

	"github.com/newsbot/newsbot/internal/membership"
	"github.com/newsbot/newsbot/internal/news"
)

// change returns the membership change u reports.
func (u Update) change() membership.Change {
	return membership.Change{ChatID: u.ChatID, Kind: u.Membership, CannotPost: u.CannotPost, MigrateTo: u.MigrateToChatID}
}

// handleMembership applies a membership update with the rules of package
// membership. Added to a group, the bot also introduces itself as if the
// one who added it had sent /start; where it may not post, it stays
// silent.
func (b *Bot) handleMembership(ctx context.Context, u Update) error {
	if err := b.chats.Apply(ctx, u.change()); err != nil {
		return err
	}
	if u.Membership == membership.Joined && !u.CannotPost &&
		(u.ChatType == news.ChatGroup || u.ChatType == news.ChatSupergroup) {
		u.Text = "/start"
		return b.cmdStart(ctx, u)
	}
	return nil
}
