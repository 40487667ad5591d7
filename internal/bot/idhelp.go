package bot

import "context"

// cmdID answers /id: the user's id (editors are configured by it) and the
// chat's, with the topic's in a forum topic.
func (b *Bot) cmdID(ctx context.Context, u Update) error {
	lang := langOf(u.LangCode)
	if s, err := b.store.Subscriber(ctx, u.ChatID); err == nil && s.Lang != "" {
		lang = s.Lang
	}
	msg := txtID.in(lang, u.UserID, u.ChatID)
	if u.ThreadID != 0 {
		msg += txtIDTopic.in(lang, u.ThreadID)
	}
	if b.isEditor(u.UserID) {
		msg += txtIDEditor.in(lang)
	}
	return b.say(ctx, u, msg)
}
