package telegramtest

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// maxTextUTF16 is Telegram's limit on a message text after entity parsing.
const maxTextUTF16 = 4096

// sentMessage is what the server keeps of a message the bot sent: the text
// as sent (not parsed, so nothing is stored twice) and the flags.
type sentMessage struct {
	id        int
	date      int64
	editDate  int64
	source    string
	parseMode string
	ents      []MessageEntity // explicit entities of a message without parse mode
	markup    *InlineKeyboardMarkup
	replyTo   int
	edits     int32
	silent    bool
	noPreview bool
	deleted   bool
	// thread is the forum topic the message went to; photo the photo's
	// URL or file id, when the message is a photo with source as caption.
	thread     int
	photo      string
	previewURL string
	// parsed caches textOf's parse of source (parsedOf), as tests read a
	// chat's messages again after each new one.
	parsedOf   string
	parsed     bool
	parsedText string
	parsedEnts []MessageEntity
}

// SentMessage is a message the bot sent, as it stands now: Text and
// Entities are after edits.
type SentMessage struct {
	ChatID    int64
	MessageID int
	Date      time.Time
	// EditDate is the time of the last edit, zero if never edited.
	EditDate time.Time
	// Text and Entities are the parsed text, as a user sees it.
	Text     string
	Entities []MessageEntity
	// Source is the text as the bot sent it, HTML included; ParseMode is
	// its parse_mode. Both are empty with Options.DiscardText.
	Source              string
	ParseMode           string
	ReplyMarkup         *InlineKeyboardMarkup
	DisableNotification bool
	LinkPreviewDisabled bool
	ReplyToMessageID    int
	Edits               int
	Deleted             bool
	// ThreadID is the forum topic the message was sent to (0: General or
	// no forum). PhotoURL is set for a photo, whose caption is Text.
	ThreadID int
	PhotoURL string
	// PreviewURL is link_preview_options.url, the link chosen for the preview.
	PreviewURL string
}

// Buttons returns the inline keyboard's buttons row by row, flattened.
func (m SentMessage) Buttons() []InlineKeyboardButton {
	if m.ReplyMarkup == nil {
		return nil
	}
	var out []InlineKeyboardButton
	for _, row := range m.ReplyMarkup.InlineKeyboard {
		out = append(out, row...)
	}
	return out
}

// ButtonData returns the callback data of the first button labelled text,
// and false when there is none.
func (m SentMessage) ButtonData(text string) (string, bool) {
	for _, b := range m.Buttons() {
		if b.Text == text && b.CallbackData != "" {
			return b.CallbackData, true
		}
	}
	return "", false
}

// content is a parsed text parameter.
type content struct {
	source    string
	parseMode string
	text      string
	entities  []MessageEntity
	explicit  []MessageEntity
}

func (s *Server) parseContent(p params) (content, *apiError) {
	src := p.str("text")
	if !utf8.ValidString(src) {
		return content{}, badRequest("text must be encoded in UTF-8")
	}
	c := content{source: src, parseMode: p.str("parse_mode")}
	switch strings.ToLower(c.parseMode) {
	case "":
		c.text = strings.TrimFunc(src, unicode.IsSpace)
		if raw := p.str("entities"); raw != "" {
			if err := json.Unmarshal([]byte(raw), &c.explicit); err != nil {
				return content{}, badRequest("can't parse entities JSON object")
			}
			c.entities = c.explicit
		}
	case "html":
		text, ents, err := parseHTML(src, !s.lenient)
		if err != nil {
			return content{}, badRequest("can't parse entities: %s", err.Error())
		}
		c.text, c.entities = text, ents
	case "markdown", "markdownv2":
		// Not parsed: the fake server takes Markdown text verbatim.
		c.text = strings.TrimFunc(src, unicode.IsSpace)
	default:
		return content{}, badRequest("unsupported parse_mode")
	}
	if c.text == "" {
		return content{}, badRequest("message text is empty")
	}
	if utf16Len(c.text) > maxTextUTF16 {
		return content{}, badRequest("message is too long")
	}
	return c, nil
}

// retained returns what a stored message keeps of its content. Form values
// without escapes are substrings of the whole request body, so keeping one
// would keep the body; the source is copied and the parse mode replaced by
// a constant.
func retained(c content) (source, parseMode string, ents []MessageEntity) {
	switch strings.ToLower(c.parseMode) {
	case "html":
		parseMode = "HTML"
	case "markdown":
		parseMode = "Markdown"
	case "markdownv2":
		parseMode = "MarkdownV2"
	}
	return strings.Clone(c.source), parseMode, c.explicit
}

// inlineButtonActions are the fields that give an inline button something
// to do; exactly one must be present.
var inlineButtonActions = [...]string{
	"url", "callback_data", "web_app", "login_url", "switch_inline_query",
	"switch_inline_query_current_chat", "switch_inline_query_chosen_chat",
	"copy_text", "callback_game", "pay",
}

// parseReplyMarkup reads reply_markup. Reply keyboards, their removal and
// force_reply are accepted and not kept; only inline keyboards are.
func parseReplyMarkup(raw string) (*InlineKeyboardMarkup, *apiError) {
	if strings.TrimSpace(raw) == "" {
		return nil, nil
	}
	var wire struct {
		InlineKeyboard [][]map[string]json.RawMessage `json:"inline_keyboard"`
	}
	if err := json.Unmarshal([]byte(raw), &wire); err != nil {
		return nil, badRequest("can't parse reply keyboard markup JSON object")
	}
	if wire.InlineKeyboard == nil {
		return nil, nil
	}
	m := &InlineKeyboardMarkup{InlineKeyboard: make([][]InlineKeyboardButton, 0, len(wire.InlineKeyboard))}
	for _, row := range wire.InlineKeyboard {
		out := make([]InlineKeyboardButton, 0, len(row))
		for _, fields := range row {
			var b InlineKeyboardButton
			if err := json.Unmarshal(fields["text"], &b.Text); err != nil {
				return nil, badRequest("can't parse inline keyboard button: Text must be a String")
			}
			actions := 0
			for _, a := range inlineButtonActions {
				if _, ok := fields[a]; ok {
					actions++
				}
			}
			if actions != 1 {
				return nil, badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard")
			}
			if raw, ok := fields["callback_data"]; ok {
				if json.Unmarshal(raw, &b.CallbackData) != nil || b.CallbackData == "" || len(b.CallbackData) > 64 {
					return nil, badRequest("BUTTON_DATA_INVALID")
				}
			}
			if raw, ok := fields["url"]; ok {
				if json.Unmarshal(raw, &b.URL) != nil {
					return nil, badRequest("BUTTON_URL_INVALID")
				}
				if _, ok := normalizeURL(b.URL); !ok {
					return nil, badRequest("BUTTON_URL_INVALID")
				}
			}
			if raw, ok := fields["switch_inline_query"]; ok {
				var q string
				_ = json.Unmarshal(raw, &q)
				b.SwitchInlineQuery = &q
			}
			if raw, ok := fields["switch_inline_query_current_chat"]; ok {
				var q string
				_ = json.Unmarshal(raw, &q)
				b.SwitchInlineQueryCurrentChat = &q
			}
			out = append(out, b)
		}
		m.InlineKeyboard = append(m.InlineKeyboard, out)
	}
	return m, nil
}

// linkPreviewDisabled reads link_preview_options and the older
// disable_web_page_preview.
func linkPreviewDisabled(p params) (bool, *apiError) {
	if raw := p.str("link_preview_options"); raw != "" {
		var o struct {
			IsDisabled bool `json:"is_disabled"`
		}
		if err := json.Unmarshal([]byte(raw), &o); err != nil {
			return false, badRequest("can't parse link preview options JSON object")
		}
		return o.IsDisabled, nil
	}
	return p.bool("disable_web_page_preview"), nil
}

// replyTarget reads reply_parameters or reply_to_message_id.
func replyTarget(p params) (id int, allowMissing bool, err *apiError) {
	if raw := p.str("reply_parameters"); raw != "" {
		var rp struct {
			MessageID                int  `json:"message_id"`
			AllowSendingWithoutReply bool `json:"allow_sending_without_reply"`
		}
		if json.Unmarshal([]byte(raw), &rp) != nil {
			return 0, false, badRequest("can't parse reply parameters JSON object")
		}
		return rp.MessageID, rp.AllowSendingWithoutReply, nil
	}
	return int(p.int("reply_to_message_id")), p.bool("allow_sending_without_reply"), nil
}

// openChat resolves chat_id and checks the bot may use the chat, then
// applies fault injection for method.
func (s *Server) openChat(ctx context.Context, method string, p params, sending bool) (*chatState, error) {
	s.mu.Lock()
	c, aerr := s.state.resolveChat(p.str("chat_id"))
	if aerr == nil {
		aerr = c.accessError()
	}
	if aerr == nil && sending {
		aerr = s.state.checkEarlyRetry(c, s.nowNanos())
	}
	var chatID int64
	if c != nil {
		chatID = c.chat.ID
	}
	s.mu.Unlock()
	if aerr != nil {
		return nil, aerr
	}
	if err := s.injectFault(ctx, method, chatID); err != nil {
		return nil, err
	}
	return c, nil
}

func (s *Server) sendMessage(ctx context.Context, p params) (any, error) {
	c, err := s.openChat(ctx, "sendmessage", p, true)
	if err != nil {
		return nil, err
	}
	cont, aerr := s.parseContent(p)
	if aerr != nil {
		return nil, aerr
	}
	markup, aerr := parseReplyMarkup(p.str("reply_markup"))
	if aerr != nil {
		return nil, aerr
	}
	noPreview, aerr := linkPreviewDisabled(p)
	if aerr != nil {
		return nil, aerr
	}
	previewURL, _ := linkPreviewURL(p)
	replyTo, allowMissing, aerr := replyTarget(p)
	if aerr != nil {
		return nil, aerr
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	thread, aerr := c.sendable(p)
	if aerr != nil {
		return nil, aerr
	}
	if replyTo != 0 && !c.messageExists(replyTo) {
		if !allowMissing {
			return nil, badRequest("message to be replied not found")
		}
		replyTo = 0
	}
	now := s.nowNanos()
	if aerr := s.state.admit(c, now, s.limits); aerr != nil {
		return nil, aerr
	}
	m := sentMessage{
		id:        c.nextID,
		date:      now / int64(time.Second),
		markup:    markup,
		replyTo:   replyTo,
		silent:    p.bool("disable_notification"),
		noPreview: noPreview,
		thread:    thread,
	}
	m.previewURL = previewURL
	return s.recordSent(c, m, cont), nil
}

// recordSent keeps m (a sendMessage or sendPhoto just admitted) with its
// content, counts it and wakes WaitSent callers. Call it with s.mu held.
func (s *Server) recordSent(c *chatState, m sentMessage, cont content) Message {
	if !s.discard {
		m.source, m.parseMode, m.ents = retained(cont)
	}
	c.nextID++
	c.sent = append(c.sent, m)
	c.sends++
	s.state.stats.Sent++
	s.state.signalSent()
	return s.messageWith(c, &c.sent[len(c.sent)-1], cont.text, cont.entities)
}

// signalSent wakes WaitSent callers; with none waiting it costs nothing,
// which matters at thousands of sends a second.
func (st *state) signalSent() {
	if st.sentWaiters == 0 {
		return
	}
	close(st.sentSignal)
	st.sentSignal = make(chan struct{})
}

// messageExists reports whether a message with this id exists in the chat
// and is not deleted.
func (c *chatState) messageExists(id int) bool {
	if id <= 0 || id >= c.nextID {
		return false
	}
	if m := c.findSent(id); m != nil {
		return !m.deleted
	}
	return true
}

// findSent returns the bot's message with this id, or nil.
func (c *chatState) findSent(id int) *sentMessage {
	i := sort.Search(len(c.sent), func(i int) bool { return c.sent[i].id >= id })
	if i < len(c.sent) && c.sent[i].id == id {
		return &c.sent[i]
	}
	return nil
}

// textOf returns a stored message's parsed text and entities. Called with
// s.mu held: it keeps the parse until the source changes.
func (s *Server) textOf(m *sentMessage) (string, []MessageEntity) {
	if strings.EqualFold(m.parseMode, "html") {
		if !m.parsed || m.parsedOf != m.source {
			text, ents, err := parseHTML(m.source, !s.lenient)
			m.parsed, m.parsedOf = err == nil, m.source
			m.parsedText, m.parsedEnts = text, ents
		}
		if m.parsed {
			return m.parsedText, slices.Clone(m.parsedEnts)
		}
	}
	return strings.TrimFunc(m.source, unicode.IsSpace), m.ents
}

// messageLocked renders a stored bot message as a Message.
func (s *Server) messageLocked(c *chatState, m *sentMessage) Message {
	text, ents := s.textOf(m)
	return s.messageWith(c, m, text, ents)
}

// messageWith renders a stored bot message whose text is already parsed.
func (s *Server) messageWith(c *chatState, m *sentMessage, text string, ents []MessageEntity) Message {
	msg := Message{
		MessageID:   m.id,
		Date:        m.date,
		EditDate:    m.editDate,
		Chat:        c.chat,
		Text:        text,
		Entities:    ents,
		ReplyMarkup: m.markup,
	}
	if m.thread != 0 {
		msg.MessageThreadID, msg.IsTopicMessage = m.thread, true
	}
	if m.photo != "" {
		msg.Text, msg.Caption = "", text
		msg.Photo = []PhotoSize{{FileID: "photo-" + strconv.Itoa(m.id), FileUniqueID: "p" + strconv.Itoa(m.id), Width: 1280, Height: 720}}
	}
	if c.chat.Type == ChatChannel {
		chat := c.chat
		msg.SenderChat = &chat
	} else {
		bot := s.bot
		msg.From = &bot
	}
	if m.replyTo > 0 {
		msg.ReplyToMessage = s.replyMessageLocked(c, m.replyTo)
	}
	return msg
}

// replyMessageLocked renders the message a reply points to, without its own
// reply, as Telegram does.
func (s *Server) replyMessageLocked(c *chatState, id int) *Message {
	if m := c.findSent(id); m != nil {
		r := s.messageLocked(c, &sentMessage{id: m.id, date: m.date, source: m.source, parseMode: m.parseMode, ents: m.ents, markup: m.markup})
		return &r
	}
	if m, ok := c.incoming[id]; ok {
		r := *m
		r.ReplyToMessage = nil
		return &r
	}
	return &Message{MessageID: id, Chat: c.chat}
}

func (s *Server) editMessageText(ctx context.Context, p params) (any, error) {
	if p.has("inline_message_id") {
		return nil, badRequest("inline messages are not supported by the fake server")
	}
	c, err := s.openChat(ctx, "editmessagetext", p, false)
	if err != nil {
		return nil, err
	}
	id := int(p.int("message_id"))
	if id == 0 {
		return nil, badRequest("message identifier is not specified")
	}
	cont, aerr := s.parseContent(p)
	if aerr != nil {
		return nil, aerr
	}
	markup, aerr := parseReplyMarkup(p.str("reply_markup"))
	if aerr != nil {
		return nil, aerr
	}
	noPreview, aerr := linkPreviewDisabled(p)
	if aerr != nil {
		return nil, aerr
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	m, aerr := c.editable(id)
	if aerr != nil {
		return nil, aerr
	}
	oldText, oldEnts := s.textOf(m)
	if oldText == cont.text && sameJSON(oldEnts, cont.entities) && sameJSON(m.markup, markup) {
		return nil, errNotModified()
	}
	if !s.discard {
		m.source, m.parseMode, m.ents = retained(cont)
	}
	// Editing the text without reply_markup removes the keyboard, as on
	// Telegram.
	m.markup = markup
	m.noPreview = noPreview
	s.touchLocked(m)
	return s.messageWith(c, m, cont.text, cont.entities), nil
}

func (s *Server) editMessageReplyMarkup(ctx context.Context, p params) (any, error) {
	if p.has("inline_message_id") {
		return nil, badRequest("inline messages are not supported by the fake server")
	}
	c, err := s.openChat(ctx, "editmessagereplymarkup", p, false)
	if err != nil {
		return nil, err
	}
	id := int(p.int("message_id"))
	if id == 0 {
		return nil, badRequest("message identifier is not specified")
	}
	markup, aerr := parseReplyMarkup(p.str("reply_markup"))
	if aerr != nil {
		return nil, aerr
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	m, aerr := c.editable(id)
	if aerr != nil {
		return nil, aerr
	}
	if sameJSON(m.markup, markup) {
		return nil, errNotModified()
	}
	m.markup = markup
	s.touchLocked(m)
	return s.messageLocked(c, m), nil
}

func (s *Server) touchLocked(m *sentMessage) {
	m.editDate = s.nowNanos() / int64(time.Second)
	m.edits++
	s.state.stats.Edited++
	s.state.signalSent()
}

func errNotModified() *apiError {
	return badRequest("message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message")
}

func (c *chatState) editable(id int) (*sentMessage, *apiError) {
	m := c.findSent(id)
	if m == nil || m.deleted {
		if m == nil && c.messageExists(id) {
			return nil, badRequest("message can't be edited")
		}
		return nil, badRequest("message to edit not found")
	}
	return m, nil
}

func sameJSON(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return string(x) == string(y)
}

func (s *Server) deleteMessage(ctx context.Context, p params) (any, error) {
	c, err := s.openChat(ctx, "deletemessage", p, false)
	if err != nil {
		return nil, err
	}
	id := int(p.int("message_id"))
	s.mu.Lock()
	defer s.mu.Unlock()
	if !c.messageExists(id) {
		return nil, badRequest("message to delete not found")
	}
	if m := c.findSent(id); m != nil {
		m.deleted = true
	} else {
		delete(c.incoming, id)
		// Remember the deletion of a user's message by keeping a
		// tombstone among the bot's messages would cost memory; instead
		// user messages are simply forgotten.
	}
	s.state.stats.Deleted++
	s.state.signalSent()
	return true, nil
}

func (s *Server) sentLocked(c *chatState, m *sentMessage) SentMessage {
	text, ents := s.textOf(m)
	out := SentMessage{
		ChatID:              c.chat.ID,
		MessageID:           m.id,
		Date:                time.Unix(m.date, 0),
		Text:                text,
		Entities:            ents,
		Source:              m.source,
		ParseMode:           m.parseMode,
		ReplyMarkup:         m.markup,
		DisableNotification: m.silent,
		LinkPreviewDisabled: m.noPreview,
		ReplyToMessageID:    m.replyTo,
		Edits:               int(m.edits),
		Deleted:             m.deleted,
		ThreadID:            m.thread,
		PhotoURL:            m.photo,
		PreviewURL:          m.previewURL,
	}
	if m.editDate != 0 {
		out.EditDate = time.Unix(m.editDate, 0)
	}
	return out
}

// Sent returns every message the bot sent to the chat, oldest first, with
// their current text after edits; deleted messages are included with
// Deleted set. It returns nil for an unknown chat.
func (s *Server) Sent(chatID int64) []SentMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.state.chats[chatID]
	if !ok {
		return nil
	}
	out := make([]SentMessage, 0, len(c.sent))
	for i := range c.sent {
		out = append(out, s.sentLocked(c, &c.sent[i]))
	}
	return out
}

// LastSent returns the newest message the bot sent to the chat that is not
// deleted, and false when there is none.
func (s *Server) LastSent(chatID int64) (SentMessage, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.state.chats[chatID]
	if !ok {
		return SentMessage{}, false
	}
	for i := len(c.sent) - 1; i >= 0; i-- {
		if !c.sent[i].deleted {
			return s.sentLocked(c, &c.sent[i]), true
		}
	}
	return SentMessage{}, false
}

// SentMessage returns one message the bot sent, and false when the chat or
// message is unknown.
func (s *Server) SentMessage(chatID int64, messageID int) (SentMessage, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.state.chats[chatID]
	if !ok {
		return SentMessage{}, false
	}
	m := c.findSent(messageID)
	if m == nil {
		return SentMessage{}, false
	}
	return s.sentLocked(c, m), true
}

// SentCount returns how many sendMessage calls to the chat succeeded.
func (s *Server) SentCount(chatID int64) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c, ok := s.state.chats[chatID]; ok {
		return c.sends
	}
	return 0
}

// SentCounts returns the number of successful sendMessage calls per chat,
// for chats that received at least one.
func (s *Server) SentCounts() map[int64]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[int64]int)
	for id, c := range s.state.chats {
		if c.sends > 0 {
			out[id] = c.sends
		}
	}
	return out
}

// WaitSent waits until the bot has sent at least n messages to the chat and
// returns them all, as Sent does. It returns an error when ctx ends first.
func (s *Server) WaitSent(ctx context.Context, chatID int64, n int) ([]SentMessage, error) {
	for {
		s.mu.Lock()
		count := 0
		if c, ok := s.state.chats[chatID]; ok {
			count = len(c.sent)
		}
		if count >= n {
			s.mu.Unlock()
			return s.Sent(chatID), nil
		}
		sig := s.state.sentSignal
		s.state.sentWaiters++
		s.mu.Unlock()
		var done bool
		select {
		case <-sig:
		case <-ctx.Done():
			done = true
		}
		s.mu.Lock()
		s.state.sentWaiters--
		s.mu.Unlock()
		if done {
			return s.Sent(chatID), fmt.Errorf("wait for %d messages in chat %d, have %d: %w", n, chatID, count, ctx.Err())
		}
	}
}

// Stats are the server's counters.
type Stats struct {
	// Requests counts every authorised API request.
	Requests int
	// Sent, Edited and Deleted count successful sendMessage, edit and
	// deleteMessage calls.
	Sent    int
	Edited  int
	Deleted int
	// RateLimited counts 429 answers given because of rate limits (not
	// injected ones); each is also a violation.
	RateLimited int
	Violations  Violations
	Faults      FaultCounts
}

// Stats returns a snapshot of the counters.
func (s *Server) Stats() Stats {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.state.stats
}

// Violations returns the number of rate limit violations so far.
func (s *Server) Violations() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.state.stats.Violations.Total()
}
