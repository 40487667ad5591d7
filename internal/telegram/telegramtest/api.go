package telegramtest

// The types in this file mirror the Bot API objects the fake server reads and
// writes. They carry only the fields the fake server understands.

// User is a Telegram user or bot.
type User struct {
	ID           int64  `json:"id"`
	IsBot        bool   `json:"is_bot"`
	FirstName    string `json:"first_name"`
	LastName     string `json:"last_name,omitempty"`
	Username     string `json:"username,omitempty"`
	LanguageCode string `json:"language_code,omitempty"`
}

// Chat types as Telegram names them.
const (
	ChatPrivate    = "private"
	ChatGroup      = "group"
	ChatSupergroup = "supergroup"
	ChatChannel    = "channel"
)

// Chat is a Telegram chat as it appears inside messages and updates.
type Chat struct {
	ID        int64  `json:"id"`
	Type      string `json:"type"`
	Title     string `json:"title,omitempty"`
	Username  string `json:"username,omitempty"`
	FirstName string `json:"first_name,omitempty"`
	LastName  string `json:"last_name,omitempty"`
	// IsForum marks a supergroup with forum topics.
	IsForum bool `json:"is_forum,omitempty"`
}

// MessageEntity is one formatting entity of a message text. Offset and
// Length count UTF-16 code units, as Telegram does.
type MessageEntity struct {
	Type          string `json:"type"`
	Offset        int    `json:"offset"`
	Length        int    `json:"length"`
	URL           string `json:"url,omitempty"`
	User          *User  `json:"user,omitempty"`
	Language      string `json:"language,omitempty"`
	CustomEmojiID string `json:"custom_emoji_id,omitempty"`
}

// InlineKeyboardMarkup is an inline keyboard attached to a message.
type InlineKeyboardMarkup struct {
	InlineKeyboard [][]InlineKeyboardButton `json:"inline_keyboard"`
}

// InlineKeyboardButton is one button of an inline keyboard.
type InlineKeyboardButton struct {
	Text                         string  `json:"text"`
	URL                          string  `json:"url,omitempty"`
	CallbackData                 string  `json:"callback_data,omitempty"`
	SwitchInlineQuery            *string `json:"switch_inline_query,omitempty"`
	SwitchInlineQueryCurrentChat *string `json:"switch_inline_query_current_chat,omitempty"`
}

// PhotoSize is one size of a photo.
type PhotoSize struct {
	FileID       string `json:"file_id"`
	FileUniqueID string `json:"file_unique_id"`
	Width        int    `json:"width"`
	Height       int    `json:"height"`
}

// Sticker is a sticker sent by a user.
type Sticker struct {
	FileID       string `json:"file_id"`
	FileUniqueID string `json:"file_unique_id"`
	Type         string `json:"type"`
	Width        int    `json:"width"`
	Height       int    `json:"height"`
	Emoji        string `json:"emoji,omitempty"`
}

// Voice is a voice note sent by a user.
type Voice struct {
	FileID       string `json:"file_id"`
	FileUniqueID string `json:"file_unique_id"`
	Duration     int    `json:"duration"`
}

// Message is a Telegram message. Date and EditDate are Unix seconds.
type Message struct {
	MessageID       int                   `json:"message_id"`
	MessageThreadID int                   `json:"message_thread_id,omitempty"`
	IsTopicMessage  bool                  `json:"is_topic_message,omitempty"`
	From            *User                 `json:"from,omitempty"`
	SenderChat      *Chat                 `json:"sender_chat,omitempty"`
	Date            int64                 `json:"date"`
	Chat            Chat                  `json:"chat"`
	ReplyToMessage  *Message              `json:"reply_to_message,omitempty"`
	EditDate        int64                 `json:"edit_date,omitempty"`
	Text            string                `json:"text,omitempty"`
	Entities        []MessageEntity       `json:"entities,omitempty"`
	Caption         string                `json:"caption,omitempty"`
	Photo           []PhotoSize           `json:"photo,omitempty"`
	Sticker         *Sticker              `json:"sticker,omitempty"`
	Voice           *Voice                `json:"voice,omitempty"`
	ReplyMarkup     *InlineKeyboardMarkup `json:"reply_markup,omitempty"`
	// MigrateToChatID and MigrateFromChatID mark the service messages of a
	// group's upgrade to a supergroup, in the old and the new chat.
	MigrateToChatID   int64 `json:"migrate_to_chat_id,omitempty"`
	MigrateFromChatID int64 `json:"migrate_from_chat_id,omitempty"`
}

// CallbackQuery is a press on an inline keyboard button. Message is the
// message the button belongs to; when that message is unknown it carries only
// the chat, the message id and a zero date, like Telegram's
// InaccessibleMessage.
type CallbackQuery struct {
	ID           string   `json:"id"`
	From         User     `json:"from"`
	Message      *Message `json:"message,omitempty"`
	ChatInstance string   `json:"chat_instance"`
	Data         string   `json:"data,omitempty"`
}

// ChatMember describes a user's membership in a chat. Status is one of
// "creator", "administrator", "member", "restricted", "left" or "kicked".
type ChatMember struct {
	Status            string `json:"status"`
	User              User   `json:"user"`
	IsAnonymous       bool   `json:"is_anonymous,omitempty"`
	CanBeEdited       bool   `json:"can_be_edited,omitempty"`
	CanManageChat     bool   `json:"can_manage_chat,omitempty"`
	CanDeleteMessages bool   `json:"can_delete_messages,omitempty"`
	CanChangeInfo     bool   `json:"can_change_info,omitempty"`
	CanInviteUsers    bool   `json:"can_invite_users,omitempty"`
	CanPostMessages   bool   `json:"can_post_messages,omitempty"`
	CanEditMessages   bool   `json:"can_edit_messages,omitempty"`
	CanPinMessages    bool   `json:"can_pin_messages,omitempty"`
	UntilDate         int64  `json:"until_date,omitempty"`
}

// ChatMemberUpdated reports a change of a member's status in a chat; in a
// my_chat_member update the member is the bot.
type ChatMemberUpdated struct {
	Chat          Chat       `json:"chat"`
	From          User       `json:"from"`
	Date          int64      `json:"date"`
	OldChatMember ChatMember `json:"old_chat_member"`
	NewChatMember ChatMember `json:"new_chat_member"`
}

// Update is one incoming update. Exactly one of the pointer fields is set.
type Update struct {
	UpdateID          int                `json:"update_id"`
	Message           *Message           `json:"message,omitempty"`
	EditedMessage     *Message           `json:"edited_message,omitempty"`
	ChannelPost       *Message           `json:"channel_post,omitempty"`
	EditedChannelPost *Message           `json:"edited_channel_post,omitempty"`
	CallbackQuery     *CallbackQuery     `json:"callback_query,omitempty"`
	MyChatMember      *ChatMemberUpdated `json:"my_chat_member,omitempty"`
	ChatMember        *ChatMemberUpdated `json:"chat_member,omitempty"`
}

// Kind returns the update's type as allowed_updates names it, or "" when no
// field is set.
func (u Update) Kind() string {
	switch {
	case u.Message != nil:
		return "message"
	case u.EditedMessage != nil:
		return "edited_message"
	case u.ChannelPost != nil:
		return "channel_post"
	case u.EditedChannelPost != nil:
		return "edited_channel_post"
	case u.CallbackQuery != nil:
		return "callback_query"
	case u.MyChatMember != nil:
		return "my_chat_member"
	case u.ChatMember != nil:
		return "chat_member"
	}
	return ""
}

// BotCommand is one entry of the bot's command menu.
type BotCommand struct {
	Command     string `json:"command"`
	Description string `json:"description"`
}

// BotCommandScope selects who sees a command list. Type is "default",
// "all_private_chats", "all_group_chats", "all_chat_administrators", "chat",
// "chat_administrators" or "chat_member"; ChatID and UserID are set for the
// scopes that need them.
type BotCommandScope struct {
	Type   string `json:"type"`
	ChatID int64  `json:"chat_id,omitempty"`
	UserID int64  `json:"user_id,omitempty"`
}

// WebhookInfo is the result of getWebhookInfo.
type WebhookInfo struct {
	URL                  string   `json:"url"`
	HasCustomCertificate bool     `json:"has_custom_certificate"`
	PendingUpdateCount   int      `json:"pending_update_count"`
	MaxConnections       int      `json:"max_connections,omitempty"`
	AllowedUpdates       []string `json:"allowed_updates,omitempty"`
	// SecretToken is not part of Telegram's answer; tests read it through
	// Server.Webhook.
	SecretToken string `json:"-"`
}

// ResponseParameters is the "parameters" object of an error answer.
type ResponseParameters struct {
	MigrateToChatID int64 `json:"migrate_to_chat_id,omitempty"`
	RetryAfter      int   `json:"retry_after,omitempty"`
}
