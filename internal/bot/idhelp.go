package bot

import (
	"context"

	"github.com/newsbot/newsbot/internal/i18n"
)

// cmdID answers /id: the user's id (editors are configured by it) and the
// chat's, with the topic's in a forum topic.
func (b *Bot) cmdID(ctx context.Context, u Update) error {
	lang := langOf(u.LangCode)
	if s, err := b.store.Subscriber(ctx, u.ChatID); err == nil && s.Lang != "" {
		lang = s.Lang
	}
	msg := text(lang, i18n.MsgIDShow, u.UserID, u.ChatID)
	if u.ThreadID != 0 {
		msg += text(lang, i18n.MsgIDTopic, u.ThreadID)
	}
	if b.isEditor(u.UserID) {
		msg += text(lang, i18n.MsgIDIsEditor)
	}
	return b.say(ctx, u, msg)
}
