package telegram

import (
	"context"
	"encoding/json"
	"strings"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/membership"
	"github.com/newsbot/newsbot/internal/news"
)

// allowedUpdates are the update kinds the bot asks for.
var allowedUpdates = []string{"message", "edited_message", "channel_post", "callback_query", "my_chat_member"}

// update is a received update with what go-telegram-bot-api v5.5.1 does
// not read: the forum topic of a message (message_thread_id,
// is_topic_message) and whether its chat is a forum (is_forum).
type update struct {
	tgbotapi.Update
	topic topicInfo
}

// topicInfo is the forum side of an update's message.
type topicInfo struct {
	ThreadID int  `json:"message_thread_id"`
	IsTopic  bool `json:"is_topic_message"`
	Chat     struct {
		IsForum bool `json:"is_forum"`
	} `json:"chat"`
}

// UnmarshalJSON reads the update as the library does, then its forum fields.
func (u *update) UnmarshalJSON(b []byte) error {
	if err := json.Unmarshal(b, &u.Update); err != nil {
		return err
	}
	var extra struct {
		Message       *topicInfo `json:"message"`
		CallbackQuery *struct {
			Message *topicInfo `json:"message"`
		} `json:"callback_query"`
	}
	if json.Unmarshal(b, &extra) != nil {
		return nil // the library read it; the forum fields are a bonus
	}
	switch {
	case extra.Message != nil:
		u.topic = *extra.Message
	case extra.CallbackQuery != nil && extra.CallbackQuery.Message != nil:
		u.topic = *extra.CallbackQuery.Message
	}
	return nil
}

// apply gives a bot update the forum topic it came from. Only a topic
// message has one: in other groups message_thread_id marks reply threads,
// which are no place to send to.
func (ti topicInfo) apply(bu *bot.Update) {
	bu.IsForum = ti.Chat.IsForum
	if ti.IsTopic && ti.Chat.IsForum {
		bu.ThreadID = ti.ThreadID
	}
}

// job is one received update turned into work: the chat it belongs to (for
// ordering) and what to do.
type job struct {
	chatID int64
	run    func(ctx context.Context)
}

// jobFor decides what an update asks of the bot. It returns false for
// updates the bot ignores: edited messages (re-running a command would
// answer twice), channel posts, messages without text (stickers, photos,
// voice notes), and kinds the bot did not ask for.
func (t *Transport) jobFor(u update, h Handler) (job, bool) {
	switch {
	case u.Message != nil && u.Message.Chat != nil && (u.Message.MigrateToChatID != 0 || u.Message.MigrateFromChatID != 0):
		// A group upgraded to a supergroup: both service messages move the
		// subscription, in the new chat's queue so that its first command
		// finds it there.
		oldID, newID := u.Message.Chat.ID, u.Message.MigrateToChatID
		if newID == 0 {
			oldID, newID = u.Message.MigrateFromChatID, u.Message.Chat.ID
		}
		bu := bot.Update{ChatID: oldID, ChatType: news.ChatGroup, ChatTitle: u.Message.Chat.Title,
			Membership: membership.Migrated, MigrateToChatID: newID}
		run := t.handle(bu, h)
		return job{chatID: newID, run: func(ctx context.Context) {
			run(ctx)
			t.forgetAdmins(oldID)
		}}, true
	case u.Message != nil:
		bu, ok := messageUpdate(u.Message)
		if !ok {
			return job{}, false
		}
		u.topic.apply(&bu)
		return job{chatID: bu.ChatID, run: t.handle(bu, h)}, true
	case u.CallbackQuery != nil:
		return t.callbackJob(u.CallbackQuery, u.topic, h)
	case u.MyChatMember != nil:
		bu, ok := memberUpdate(u.MyChatMember)
		run := t.handle(bu, h)
		return job{chatID: u.MyChatMember.Chat.ID, run: func(ctx context.Context) {
			// Whatever changed, the cached admin answers for the chat may be
			// stale: the bot's own rights decide what Telegram shows it.
			t.forgetAdmins(bu.ChatID)
			if ok {
				run(ctx)
			}
			t.forgetAdmins(bu.ChatID)
		}}, true
	}
	return job{}, false
}

// messageUpdate maps a message with text to a bot update.
func messageUpdate(m *tgbotapi.Message) (bot.Update, bool) {
	if m.Chat == nil || m.Chat.ID == 0 || strings.TrimSpace(m.Text) == "" {
		return bot.Update{}, false
	}
	bu := bot.Update{
		ChatID:    m.Chat.ID,
		ChatType:  chatType(m.Chat.Type),
		ChatTitle: m.Chat.Title,
		Text:      m.Text,
		MessageID: m.MessageID,
	}
	if m.From != nil {
		bu.UserID = m.From.ID
		bu.UserName = strings.TrimSpace(m.From.FirstName + " " + m.From.LastName)
		bu.Username = m.From.UserName
		bu.LangCode = m.From.LanguageCode
	} else if m.SenderChat != nil && m.SenderChat.ID == m.Chat.ID {
		bu.UserID = groupAnonymousBotID // an anonymous admin posting as the group
	}
	if m.ReplyToMessage != nil {
		bu.ReplyToText = m.ReplyToMessage.Text
	}
	return bu, true
}

func chatType(s string) news.ChatType {
	switch t := news.ChatType(s); t {
	case news.ChatPrivate, news.ChatGroup, news.ChatSupergroup, news.ChatChannel:
		return t
	}
	return news.ChatPrivate
}

// callbackJob maps a button press. A press whose message is gone (an
// inline message, or no chat to answer in) is only acknowledged.
func (t *Transport) callbackJob(q *tgbotapi.CallbackQuery, topic topicInfo, h Handler) (job, bool) {
	if q.ID == "" {
		return job{}, false
	}
	if q.Message == nil || q.Message.Chat == nil || q.Message.Chat.ID == 0 {
		var chat int64
		if q.From != nil {
			chat = q.From.ID
		}
		return job{chatID: chat, run: func(ctx context.Context) {
			if err := t.AnswerCallback(ctx, q.ID, ""); err != nil {
				t.log.Warn("answer callback without a message", "err", err)
			}
		}}, true
	}
	bu := bot.Update{
		ChatID:       q.Message.Chat.ID,
		ChatType:     chatType(q.Message.Chat.Type),
		ChatTitle:    q.Message.Chat.Title,
		CallbackID:   q.ID,
		CallbackData: q.Data,
		MessageID:    q.Message.MessageID,
	}
	if q.From != nil {
		bu.UserID = q.From.ID
		bu.UserName = strings.TrimSpace(q.From.FirstName + " " + q.From.LastName)
		bu.Username = q.From.UserName
		bu.LangCode = q.From.LanguageCode
	}
	topic.apply(&bu)
	return job{chatID: bu.ChatID, run: t.handle(bu, h)}, true
}

// handle runs the bot on one update under the per-update bound. Errors are
// the operator's and logged here; the user was already answered.
func (t *Transport) handle(u bot.Update, h Handler) func(ctx context.Context) {
	return func(ctx context.Context) {
		if err := h(ctx, u); err != nil {
			if ae := asAPIError(err); ae != nil && ae.Forbidden() {
				t.log.Info("chat unreachable", "chat_id", u.ChatID, "err", err)
				return
			}
			t.log.Error("handle update", "chat_id", u.ChatID, "callback", u.IsCallback(), "err", err)
		}
	}
}

// memberUpdate translates a change in the bot's own membership into the
// bot's kind of update; the bot decides what it means. It returns false for
// a change that is none of those kinds (a private chat's user who was
// already a member, say).
func memberUpdate(m *tgbotapi.ChatMemberUpdated) (bot.Update, bool) {
	bu := bot.Update{ChatID: m.Chat.ID, ChatType: chatType(m.Chat.Type), ChatTitle: m.Chat.Title,
		UserID: m.From.ID, UserName: strings.TrimSpace(m.From.FirstName + " " + m.From.LastName),
		Username: m.From.UserName, LangCode: m.From.LanguageCode}
	private := bu.ChatType == news.ChatPrivate
	away := func(status string) bool { return status == "kicked" || status == "left" || status == "" }
	switch nm, old := m.NewChatMember, m.OldChatMember.Status; nm.Status {
	case "kicked", "left":
		bu.Membership = membership.Left
		if private {
			bu.Membership = membership.Blocked
		}
	case "member", "administrator", "creator", "restricted":
		switch {
		case private && away(old):
			bu.Membership = membership.Unblocked
		case private:
			return bu, false
		case away(old):
			bu.Membership = membership.Joined
		default:
			bu.Membership = membership.Rights
		}
		bu.CannotPost = !mayPost(bu.ChatType, nm)
	default:
		return bu, false
	}
	return bu, true
}

// mayPost reports whether the bot, a member of the chat as m says, may post
// there: in a channel it must be the creator or an administrator with the
// right to post; in a group only a restriction can forbid it.
func mayPost(ct news.ChatType, m tgbotapi.ChatMember) bool {
	switch {
	case ct == news.ChatChannel:
		return m.Status == "creator" || (m.Status == "administrator" && m.CanPostMessages)
	case m.Status == "restricted":
		return m.CanSendMessages
	}
	return true
}

// forgetAdmins drops the cached admin answers for a chat.
func (t *Transport) forgetAdmins(chatID int64) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for k := range t.admins {
		if k.chat == chatID {
			delete(t.admins, k)
		}
	}
}
