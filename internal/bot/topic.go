package bot

import (
	"context"

	"github.com/newsbot/newsbot/internal/i18n"
	"github.com/newsbot/newsbot/internal/news"
)

// Forum topics: /start inside a topic binds the chat's digests and alerts
// there, and every reply goes to the topic it answers.

// TopicGoneNote is the note to a forum chat's admins, in lang, that the
// topic its news went to was deleted and news comes to General now.
func TopicGoneNote(lang string) string { return text(lang, i18n.MsgTopicGone) }

// threadKey carries the forum topic an update came from, so that every
// reply to it lands in the same topic.
type threadKey struct{}

// WithThread returns ctx marked with the forum topic (Telegram's
// message_thread_id) replies should go to; 0 is the chat itself.
func WithThread(ctx context.Context, threadID int) context.Context {
	if threadID == 0 {
		return ctx
	}
	return context.WithValue(ctx, threadKey{}, threadID)
}

// ThreadOf returns the forum topic WithThread put in ctx, or 0. Transports
// that know topics send replies there.
func ThreadOf(ctx context.Context) int {
	id, _ := ctx.Value(threadKey{}).(int)
	return id
}

// TopicBinder records which forum topic a chat's digests and alerts go to.
// A Store that also satisfies it (*store.DB does) lets /start inside a
// topic bind the chat there.
type TopicBinder interface {
	SetChatTopic(ctx context.Context, chatID int64, threadID int) error
	ChatTopic(ctx context.Context, chatID int64) (int, error)
}

// cmdStartIn serves /start, then, in a forum supergroup and for an admin,
// binds the chat's digests and alerts to the topic /start was sent in
// (General when sent there and the chat was bound elsewhere).
func (b *Bot) cmdStartIn(ctx context.Context, u Update) error {
	if err := b.cmdStart(ctx, u); err != nil || !u.IsForum {
		return err
	}
	tb, ok := b.store.(TopicBinder)
	if !ok {
		return nil
	}
	s, err := b.store.Subscriber(ctx, u.ChatID)
	if err != nil {
		return nil // not subscribed: cmdStart said why (a member asked, not an admin)
	}
	if ok, err := b.mayChange(ctx, u); err != nil || !ok {
		return nil
	}
	cur, err := tb.ChatTopic(ctx, u.ChatID)
	if err != nil {
		return b.failed(ctx, u, err)
	}
	if cur == u.ThreadID {
		if cur != 0 {
			return b.say(ctx, u, text(b.langOfSub(u, &s), i18n.MsgTopicBound))
		}
		return nil
	}
	if err := tb.SetChatTopic(ctx, u.ChatID, u.ThreadID); err != nil {
		return b.failed(ctx, u, err)
	}
	b.log.Info("chat bound to a forum topic", "chat_id", u.ChatID, "thread_id", u.ThreadID)
	if u.ThreadID == 0 {
		return b.say(ctx, u, text(b.langOfSub(u, &s), i18n.MsgTopicGlobal))
	}
	return b.say(ctx, u, text(b.langOfSub(u, &s), i18n.MsgTopicBound))
}

func (b *Bot) langOfSub(u Update, s *news.Subscriber) string {
	if s != nil && s.Lang != "" {
		return s.Lang
	}
	return langOf(u.LangCode)
}

// topicSetting is the /settings line saying which forum topic a chat's
// digests and alerts go to, or "" when they go to the chat itself (or the
// binding cannot be read: /settings still answers without it).
func (b *Bot) topicSetting(ctx context.Context, s *news.Subscriber, lang string) string {
	tb, ok := b.store.(TopicBinder)
	if !ok || s.ChatID > 0 {
		return ""
	}
	id, err := tb.ChatTopic(ctx, s.ChatID)
	if err != nil || id == 0 {
		return ""
	}
	return "\n" + text(lang, i18n.MsgSettingsTopic, id)
}
