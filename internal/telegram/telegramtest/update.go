package telegramtest

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// defaultAllowed are the update kinds delivered when allowed_updates was
// never set or set to an empty list: all but chat_member (and reactions,
// which the fake server does not produce).
func defaultAllowed(kind string) bool { return kind != "chat_member" }

func (st *state) allows(kind string) bool {
	if st.allowed == nil {
		return defaultAllowed(kind)
	}
	return st.allowed[kind]
}

func (s *Server) getUpdates(ctx context.Context, p params) (any, error) {
	offset := int(p.int("offset"))
	limit := int(p.int("limit"))
	if limit <= 0 || limit > 100 {
		limit = 100
	}
	timeout := time.Duration(max(p.int("timeout"), 0)) * time.Second
	var allowed map[string]bool
	if raw := p.str("allowed_updates"); raw != "" {
		var kinds []string
		if err := json.Unmarshal([]byte(raw), &kinds); err != nil {
			return nil, badRequest("can't parse allowed updates JSON array")
		}
		allowed = make(map[string]bool, len(kinds))
		for _, k := range kinds {
			allowed[k] = true
		}
	}

	s.mu.Lock()
	st := &s.state
	if st.webhook.URL != "" {
		s.mu.Unlock()
		return nil, &apiError{Code: http.StatusConflict, Description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"}
	}
	if allowed != nil {
		if len(allowed) == 0 {
			st.allowed = nil
		} else {
			st.allowed = allowed
		}
	}
	// A newer getUpdates ends an older one still waiting, as on Telegram.
	if st.pollCancel != nil {
		close(st.pollCancel)
	}
	cancel := make(chan struct{})
	st.pollCancel = cancel
	defer func() {
		s.mu.Lock()
		if st.pollCancel == cancel {
			st.pollCancel = nil
		}
		s.mu.Unlock()
	}()

	// Confirm: forget updates before offset; a negative offset keeps the
	// last -offset updates.
	switch {
	case offset > 0:
		i := 0
		for i < len(st.updates) && st.updates[i].UpdateID < offset {
			i++
		}
		st.updates = append(st.updates[:0], st.updates[i:]...)
	case offset < 0:
		if keep := -offset; keep < len(st.updates) {
			st.updates = append(st.updates[:0], st.updates[len(st.updates)-keep:]...)
		}
	}

	var timer <-chan time.Time
	if timeout > 0 {
		t := time.NewTimer(timeout)
		defer t.Stop()
		timer = t.C
	}
	for {
		if n := min(len(st.updates), limit); n > 0 || timeout == 0 {
			out := make([]Update, n)
			copy(out, st.updates[:n])
			s.mu.Unlock()
			return out, nil
		}
		sig := st.updateSignal
		s.mu.Unlock()
		select {
		case <-sig:
		case <-timer:
			return []Update{}, nil
		case <-cancel:
			return nil, &apiError{Code: http.StatusConflict, Description: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"}
		case <-ctx.Done():
			return nil, errAbandoned
		case <-s.closing:
			return []Update{}, nil
		}
		s.mu.Lock()
	}
}

// enqueueLocked assigns the update its id and queues it, unless
// allowed_updates excludes its kind; it returns the id, or 0 when dropped.
func (st *state) enqueueLocked(u Update) int {
	if !st.allows(u.Kind()) {
		return 0
	}
	u.UpdateID = st.nextUpdateID
	st.nextUpdateID++
	st.updates = append(st.updates, u)
	close(st.updateSignal)
	st.updateSignal = make(chan struct{})
	return u.UpdateID
}

// InjectUpdate queues an update for getUpdates, assigning its update_id,
// and returns that id; it returns 0 when allowed_updates excludes the kind,
// as Telegram would not store such an update. Prefer the typed helpers;
// this is for updates they do not cover.
func (s *Server) InjectUpdate(u Update) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.state.enqueueLocked(u)
}

// PendingUpdates returns the updates not yet confirmed by getUpdates.
func (s *Server) PendingUpdates() []Update {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Update, len(s.state.updates))
	copy(out, s.state.updates)
	return out
}

// chatForInjectLocked returns the chat an injected update happens in,
// registering a private chat with from when chatID is from's id. It panics
// for other unregistered chats: the test forgot AddChat.
func (s *Server) chatForInjectLocked(chatID int64, from *User) *chatState {
	if c, ok := s.state.chats[chatID]; ok {
		return c
	}
	if from == nil || from.ID != chatID {
		panic("telegramtest: chat " + strconv.FormatInt(chatID, 10) + " is not registered; call AddChat first")
	}
	s.state.users[from.ID] = *from
	c := &chatState{chat: privateChat(*from), nextID: 1, botStatus: "member"}
	s.state.chats[chatID] = c
	return c
}

// InjectMessage queues a message update in m.Chat.ID's chat and returns the
// message as delivered: message_id, date and chat are filled in, and a text
// starting with "/" gets bot_command entities unless Entities is set. Set
// From, Text, Photo, Sticker, Voice or ReplyToMessage as needed. An
// unregistered private chat (Chat.ID == From.ID) is registered; other
// unregistered chats panic.
func (s *Server) InjectMessage(m Message) Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.injectMessageLocked(m, "message")
}

func (s *Server) injectMessageLocked(m Message, kind string) Message {
	c := s.chatForInjectLocked(m.Chat.ID, m.From)
	if m.From != nil {
		s.state.users[m.From.ID] = *m.From
	}
	m.Chat = c.chat
	m.MessageID = c.nextID
	c.nextID++
	m.Date = s.nowNanos() / int64(time.Second)
	if m.Entities == nil && m.Text != "" {
		m.Entities = commandEntities(m.Text)
	}
	if m.ReplyToMessage != nil && m.ReplyToMessage.MessageID != 0 {
		m.ReplyToMessage = s.replyMessageLocked(c, m.ReplyToMessage.MessageID)
	}
	if c.incoming == nil {
		c.incoming = make(map[int]*Message)
	}
	stored := m
	c.incoming[m.MessageID] = &stored
	u := Update{}
	switch kind {
	case "channel_post":
		u.ChannelPost = &m
	default:
		u.Message = &m
	}
	s.state.enqueueLocked(u)
	return m
}

// commandEntities marks "/command" and "/command@bot" words as bot_command
// entities, as Telegram does.
func commandEntities(text string) []MessageEntity {
	var out []MessageEntity
	u16 := 0
	prev := ' '
	for i, r := range text {
		if r == '/' && (i == 0 || prev == ' ' || prev == '\n') {
			j := i + 1
			for j < len(text) && (isASCIIAlnum(text[j]) || text[j] == '_' || text[j] == '@') {
				j++
			}
			if j > i+1 {
				out = append(out, MessageEntity{Type: "bot_command", Offset: u16, Length: j - i})
			}
		}
		u16 += utf16RuneLen(r)
		prev = r
	}
	return out
}

func utf16RuneLen(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// InjectText queues a text message from a user in a chat and returns it. A
// text starting with "/" is a command. The private chat with from is
// registered if needed; other chats must be registered.
func (s *Server) InjectText(chatID int64, from User, text string) Message {
	return s.InjectMessage(Message{Chat: Chat{ID: chatID}, From: &from, Text: text})
}

// InjectReply queues a text message from a user replying to message
// replyTo in the chat, and returns it.
func (s *Server) InjectReply(chatID int64, from User, replyTo int, text string) Message {
	return s.InjectMessage(Message{Chat: Chat{ID: chatID}, From: &from, Text: text, ReplyToMessage: &Message{MessageID: replyTo}})
}

// InjectSticker queues a sticker message (no text) and returns it.
func (s *Server) InjectSticker(chatID int64, from User, emoji string) Message {
	return s.InjectMessage(Message{Chat: Chat{ID: chatID}, From: &from, Sticker: &Sticker{
		FileID: "sticker-file", FileUniqueID: "sticker-unique", Type: "regular", Width: 512, Height: 512, Emoji: emoji,
	}})
}

// InjectPhoto queues a photo message with an optional caption and returns
// it.
func (s *Server) InjectPhoto(chatID int64, from User, caption string) Message {
	return s.InjectMessage(Message{Chat: Chat{ID: chatID}, From: &from, Caption: caption, Photo: []PhotoSize{
		{FileID: "photo-small", FileUniqueID: "photo-s", Width: 90, Height: 60},
		{FileID: "photo-large", FileUniqueID: "photo-l", Width: 1280, Height: 853},
	}})
}

// InjectChannelPost queues a channel_post with text in a registered channel
// and returns it. The post has sender_chat and no from, as on Telegram.
func (s *Server) InjectChannelPost(chatID int64, text string) Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.chatForInjectLocked(chatID, nil)
	chat := c.chat
	return s.injectMessageLocked(Message{Chat: chat, SenderChat: &chat, Text: text}, "channel_post")
}

// InjectEditedMessage queues an edited_message update: the user's message
// messageID in the chat now reads text. It returns the edited message.
func (s *Server) InjectEditedMessage(chatID int64, from User, messageID int, text string) Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.chatForInjectLocked(chatID, &from)
	now := s.nowNanos() / int64(time.Second)
	m := Message{MessageID: messageID, From: &from, Chat: c.chat, Date: now, EditDate: now, Text: text, Entities: commandEntities(text)}
	if old, ok := c.incoming[messageID]; ok {
		m.Date = old.Date
		old.Text, old.Entities, old.EditDate = m.Text, m.Entities, now
	}
	kind := Update{EditedMessage: &m}
	if c.chat.Type == ChatChannel {
		m.From = nil
		chat := c.chat
		m.SenderChat = &chat
		kind = Update{EditedChannelPost: &m}
	}
	s.state.enqueueLocked(kind)
	return m
}

// InjectMyChatMember queues a my_chat_member update: from changed the bot's
// status in the chat from oldStatus to newStatus ("member",
// "administrator", "left", "kicked"). The chat's status follows: "kicked"
// in a private chat blocks the bot and "member" unblocks it; "left" or
// "kicked" in a group or channel marks the bot kicked, "member" or
// "administrator" makes the chat active again; an administrator has the
// rights AddChat gave it (BotCannotPost). The private chat with from
// is registered if needed; other chats must be registered.
func (s *Server) InjectMyChatMember(chatID int64, from User, oldStatus, newStatus string) ChatMemberUpdated {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.chatForInjectLocked(chatID, &from)
	s.state.users[from.ID] = from
	switch newStatus {
	case "kicked", "left":
		c.status = c.blockedStatus()
	case "member", "administrator", "creator", "restricted":
		c.status = ChatActive
		c.botStatus = newStatus
	}
	upd := ChatMemberUpdated{
		Chat:          c.chat,
		From:          from,
		Date:          s.nowNanos() / int64(time.Second),
		OldChatMember: ChatMember{Status: oldStatus, User: s.bot},
		NewChatMember: ChatMember{Status: newStatus, User: s.bot},
	}
	if newStatus == BotAdministrator {
		upd.NewChatMember = s.botMemberLocked(c) // with its rights, as Telegram reports them
	}
	s.state.enqueueLocked(Update{MyChatMember: &upd})
	return upd
}

type callbackState struct {
	chatID    int64
	messageID int
	data      string
	answered  bool
}

// CallbackAnswer is the bot's answer to a callback query.
type CallbackAnswer struct {
	CallbackQueryID string
	ChatID          int64
	MessageID       int
	Data            string
	Text            string
	ShowAlert       bool
	URL             string
}

// InjectCallback queues a callback_query as if from pressed a button with
// this data on message messageID in the chat, without checking that such a
// button exists — for forged or stale data. When the message is not one the
// bot sent, the query carries an inaccessible message (date 0). It returns
// the query.
func (s *Server) InjectCallback(chatID int64, messageID int, from User, data string) CallbackQuery {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.injectCallbackLocked(chatID, messageID, from, data)
}

func (s *Server) injectCallbackLocked(chatID int64, messageID int, from User, data string) CallbackQuery {
	c := s.chatForInjectLocked(chatID, &from)
	s.state.users[from.ID] = from
	s.state.nextCallback++
	q := CallbackQuery{
		ID:           strconv.FormatInt(s.state.nextCallback, 10),
		From:         from,
		ChatInstance: strconv.FormatInt(chatID*7919+1, 10),
		Data:         data,
	}
	if m := c.findSent(messageID); m != nil && !m.deleted {
		msg := s.messageLocked(c, m)
		q.Message = &msg
	} else {
		q.Message = &Message{MessageID: messageID, Chat: c.chat, Date: 0}
	}
	s.state.callbacks[q.ID] = &callbackState{chatID: chatID, messageID: messageID, data: data}
	s.state.enqueueLocked(Update{CallbackQuery: &q})
	return q
}

// PressButton queues a callback_query for the button with this callback
// data on the bot's message messageID in the chat, and returns it. It
// returns an error when the message is unknown, deleted, or has no such
// button.
func (s *Server) PressButton(chatID int64, messageID int, from User, data string) (CallbackQuery, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.state.chats[chatID]
	if !ok {
		return CallbackQuery{}, errString("telegramtest: press button: chat " + strconv.FormatInt(chatID, 10) + " is not registered")
	}
	m := c.findSent(messageID)
	if m == nil || m.deleted {
		return CallbackQuery{}, errString("telegramtest: press button: no message " + strconv.Itoa(messageID) + " from the bot in chat " + strconv.FormatInt(chatID, 10))
	}
	found := false
	if m.markup != nil {
		for _, row := range m.markup.InlineKeyboard {
			for _, b := range row {
				found = found || b.CallbackData == data
			}
		}
	}
	if !found {
		return CallbackQuery{}, errString("telegramtest: press button: message " + strconv.Itoa(messageID) + " has no button with data " + strconv.Quote(data))
	}
	return s.injectCallbackLocked(chatID, messageID, from, data), nil
}

func (s *Server) answerCallbackQuery(p params) (any, error) {
	id := p.str("callback_query_id")
	text := p.str("text")
	if !utf8.ValidString(text) || utf8.RuneCountInString(text) > 200 {
		return nil, badRequest("MESSAGE_TOO_LONG")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	cb, ok := s.state.callbacks[id]
	if !ok || cb.answered {
		return nil, badRequest("query is too old and response timeout expired or query ID is invalid")
	}
	cb.answered = true
	s.state.answers = append(s.state.answers, CallbackAnswer{
		CallbackQueryID: id,
		ChatID:          cb.chatID,
		MessageID:       cb.messageID,
		Data:            cb.data,
		Text:            text,
		ShowAlert:       p.bool("show_alert"),
		URL:             p.str("url"),
	})
	return true, nil
}

// CallbackAnswers returns the bot's answers to callback queries, in order.
func (s *Server) CallbackAnswers() []CallbackAnswer {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]CallbackAnswer(nil), s.state.answers...)
}

// CallbackAnswered returns the answer to the callback query with this id,
// and false when it was not answered.
func (s *Server) CallbackAnswered(id string) (CallbackAnswer, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, a := range s.state.answers {
		if a.CallbackQueryID == id {
			return a, true
		}
	}
	return CallbackAnswer{}, false
}

func (s *Server) setWebhook(p params) (any, error) {
	raw := strings.TrimSpace(p.str("url"))
	s.mu.Lock()
	defer s.mu.Unlock()
	wh := &s.state.webhook
	if raw == "" {
		was := wh.URL != ""
		*wh = WebhookInfo{}
		if was {
			return described{true, "Webhook was deleted"}, nil
		}
		return described{true, "Webhook is already deleted"}, nil
	}
	if !strings.HasPrefix(strings.ToLower(raw), "https://") {
		return nil, badRequest("bad webhook: An HTTPS URL must be provided for webhook")
	}
	secret := p.str("secret_token")
	if len(secret) > 256 || strings.IndexFunc(secret, func(r rune) bool {
		return !(r < 0x80 && (isASCIIAlnum(byte(r)) || r == '_' || r == '-'))
	}) >= 0 {
		return nil, badRequest("bad webhook: secret token contains unallowed characters")
	}
	var allowed []string
	if a := p.str("allowed_updates"); a != "" {
		if err := json.Unmarshal([]byte(a), &allowed); err != nil {
			return nil, badRequest("can't parse allowed updates JSON array")
		}
	}
	if p.bool("drop_pending_updates") {
		s.state.updates = nil
	}
	same := wh.URL == raw
	*wh = WebhookInfo{URL: raw, MaxConnections: 40, AllowedUpdates: allowed, SecretToken: secret}
	if n := p.int("max_connections"); n > 0 {
		wh.MaxConnections = int(n)
	}
	if same {
		return described{true, "Webhook is already set"}, nil
	}
	return described{true, "Webhook was set"}, nil
}

func (s *Server) deleteWebhook(p params) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if p.bool("drop_pending_updates") {
		s.state.updates = nil
	}
	if s.state.webhook.URL == "" {
		return described{true, "Webhook is already deleted"}, nil
	}
	s.state.webhook = WebhookInfo{}
	return described{true, "Webhook was deleted"}, nil
}

func (s *Server) getWebhookInfo() WebhookInfo {
	s.mu.Lock()
	defer s.mu.Unlock()
	info := s.state.webhook
	info.PendingUpdateCount = len(s.state.updates)
	return info
}

// Webhook returns the webhook as set by setWebhook, including its secret
// token; URL is empty when none is set. The fake server does not deliver
// updates to webhooks.
func (s *Server) Webhook() WebhookInfo {
	return s.getWebhookInfo()
}
