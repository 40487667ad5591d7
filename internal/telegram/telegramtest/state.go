package telegramtest

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

// state is everything the server remembers; Server.mu guards it.
type state struct {
	chats     map[int64]*chatState
	usernames map[string]int64 // lower-case username of a group or channel -> chat id
	users     map[int64]User

	global window
	stats  Stats

	updates      []Update
	nextUpdateID int
	updateSignal chan struct{} // closed and replaced when an update arrives
	pollCancel   chan struct{} // closed to end the previous getUpdates with 409
	allowed      map[string]bool
	webhook      WebhookInfo

	commands map[string][]BotCommand

	callbacks    map[string]*callbackState
	answers      []CallbackAnswer
	nextCallback int64

	faultAttempts map[faultKey]int

	sentSignal  chan struct{} // closed and replaced when a message changes while sentWaiters > 0
	sentWaiters int
}

func (st *state) init() {
	st.chats = make(map[int64]*chatState)
	st.usernames = make(map[string]int64)
	st.users = make(map[int64]User)
	st.nextUpdateID = 1
	st.updateSignal = make(chan struct{})
	st.commands = make(map[string][]BotCommand)
	st.callbacks = make(map[string]*callbackState)
	st.nextCallback = 4_000_000_000_000_000_000
	st.faultAttempts = make(map[faultKey]int)
	st.sentSignal = make(chan struct{})
}

// ChatStatus is the bot's standing in a chat, which decides how sends to it
// are answered.
type ChatStatus int

// Chat statuses.
const (
	// ChatActive chats accept messages.
	ChatActive ChatStatus = iota
	// ChatBlocked private chats answer 403 "bot was blocked by the user".
	ChatBlocked
	// ChatDeactivated private chats answer 403 "user is deactivated".
	ChatDeactivated
	// ChatKicked groups and channels answer 403 "bot was kicked from the
	// group chat" (or the supergroup or channel variant).
	ChatKicked
	// ChatMigrated groups answer 400 "group chat was upgraded to a
	// supergroup chat" with parameters.migrate_to_chat_id; see MigrateChat.
	ChatMigrated
)

// String returns the status's name.
func (c ChatStatus) String() string {
	switch c {
	case ChatActive:
		return "active"
	case ChatBlocked:
		return "blocked"
	case ChatDeactivated:
		return "deactivated"
	case ChatKicked:
		return "kicked"
	case ChatMigrated:
		return "migrated"
	}
	return "ChatStatus(" + strconv.Itoa(int(c)) + ")"
}

// The bot's membership in a chat, for ChatSpec.BotStatus.
const (
	BotAdministrator = "administrator"
	BotMember        = "member"
	BotLeft          = "left"
)

// ChatSpec describes a chat a test registers with AddChat.
type ChatSpec struct {
	Chat
	// Owner is the chat's creator, if any; Admins are its other
	// administrators and Members its ordinary members.
	Owner   *User
	Admins  []User
	Members []User
	// BotStatus is the bot's membership: "administrator", "member" or, in
	// a channel, "left" (not a member; a group the bot is not in is one it
	// was kicked from, Status ChatKicked). Empty means administrator in channels, which
	// is the only way a bot can post there, and member elsewhere. In a
	// channel where the bot is not an administrator, getChatMember answers
	// only about the bot itself, as Telegram does, and sendMessage fails.
	BotStatus string
	// BotCannotPost makes the bot an administrator of a channel without
	// the right to post messages (can_post_messages false): getChatMember
	// shows it so, and sendMessage fails as in a channel it does not
	// administer.
	BotCannotPost bool
	// Status is the chat's initial status. ChatMigrated is set with
	// MigrateChat instead.
	Status ChatStatus
}

type chatState struct {
	chat      Chat
	status    ChatStatus
	migrateTo int64
	owner     *User
	admins    []User
	members   []User
	botStatus string
	// botCannotPost: an administrator of a channel without can_post_messages.
	botCannotPost bool

	nextID   int
	sent     []sentMessage    // the bot's messages in message id order
	incoming map[int]*Message // messages injected by tests, for replies
	sends    int

	window     window
	retryUntil int64 // Unix nanoseconds; a send before it is an early retry

	// topics are a forum's open topics by thread id, with their names.
	topics map[int]string
}

func (c *chatState) isPrivate() bool { return c.chat.Type == ChatPrivate }

// botAdmin reports whether the bot is an administrator of the chat.
func (c *chatState) botAdmin() bool {
	return c.botStatus == BotAdministrator || c.botStatus == "creator"
}

// channelPostError is the answer to a post in a channel the bot may not post
// in, or nil: 403 when it is not a member, 400 when it is one without the
// right to post.
func (c *chatState) channelPostError() *apiError {
	if c.chat.Type != ChatChannel || c.botStatus == "creator" || (c.botStatus == BotAdministrator && !c.botCannotPost) {
		return nil
	}
	if c.botStatus == BotLeft {
		return &apiError{Code: http.StatusForbidden, Description: "Forbidden: bot is not a member of the channel chat"}
	}
	return badRequest("need administrator rights in the channel chat")
}

// accessError is the answer to a request for a chat the bot cannot use, or
// nil.
func (c *chatState) accessError() *apiError {
	forbidden := func(d string) *apiError {
		return &apiError{Code: http.StatusForbidden, Description: "Forbidden: " + d}
	}
	switch c.status {
	case ChatBlocked:
		if c.isPrivate() {
			return forbidden("bot was blocked by the user")
		}
		return c.kickedError()
	case ChatDeactivated:
		return forbidden("user is deactivated")
	case ChatKicked:
		if c.isPrivate() {
			return forbidden("bot was blocked by the user")
		}
		return c.kickedError()
	case ChatMigrated:
		e := badRequest("group chat was upgraded to a supergroup chat")
		e.Parameters = &ResponseParameters{MigrateToChatID: c.migrateTo}
		return e
	}
	return nil
}

func (c *chatState) kickedError() *apiError {
	d := "Forbidden: bot was kicked from the group chat"
	switch c.chat.Type {
	case ChatSupergroup:
		d = "Forbidden: bot was kicked from the supergroup chat"
	case ChatChannel:
		d = "Forbidden: bot is not a member of the channel chat"
	}
	return &apiError{Code: http.StatusForbidden, Description: d}
}

// blockedStatus is the status a 403 leaves a chat in.
func (c *chatState) blockedStatus() ChatStatus {
	if c.isPrivate() {
		return ChatBlocked
	}
	return ChatKicked
}

// resolveChat finds the chat a chat_id parameter names: a number or
// "@username" of a group or channel.
func (st *state) resolveChat(raw string) (*chatState, *apiError) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return nil, badRequest("chat_id is empty")
	}
	if name, ok := strings.CutPrefix(raw, "@"); ok {
		if id, ok := st.usernames[strings.ToLower(name)]; ok {
			return st.chats[id], nil
		}
		return nil, badRequest("chat not found")
	}
	id, err := strconv.ParseInt(raw, 10, 64)
	if err != nil {
		return nil, badRequest("chat not found")
	}
	c, ok := st.chats[id]
	if !ok {
		return nil, badRequest("chat not found")
	}
	return c, nil
}

// AddChat registers a chat, or replaces the description of a registered one
// while keeping what was sent to it, and returns it as Telegram shows it.
// It panics when the ID is zero or the type is not a Telegram chat type,
// which are mistakes in the test.
func (s *Server) AddChat(spec ChatSpec) Chat {
	switch spec.Type {
	case ChatPrivate, ChatGroup, ChatSupergroup, ChatChannel:
	default:
		panic("telegramtest: AddChat: unknown chat type " + strconv.Quote(spec.Type))
	}
	if spec.ID == 0 {
		panic("telegramtest: AddChat: chat id is zero")
	}
	switch spec.BotStatus {
	case "":
		spec.BotStatus = BotMember
		if spec.Type == ChatChannel {
			spec.BotStatus = BotAdministrator
		}
	case BotAdministrator, BotMember, BotLeft, "restricted", "creator": // the last two as InjectMyChatMember sets them
	default:
		panic("telegramtest: AddChat: unknown bot status " + strconv.Quote(spec.BotStatus))
	}
	if spec.BotStatus == BotLeft && spec.Type != ChatChannel {
		panic("telegramtest: AddChat: BotLeft is for channels; use Status ChatKicked for a group the bot is not in")
	}
	if spec.BotCannotPost && (spec.Type != ChatChannel || spec.BotStatus != BotAdministrator) {
		panic("telegramtest: AddChat: BotCannotPost is for a channel the bot administers")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.state.chats[spec.ID]
	if c == nil {
		c = &chatState{nextID: 1}
		s.state.chats[spec.ID] = c
	}
	if c.chat.Username != "" {
		delete(s.state.usernames, strings.ToLower(c.chat.Username))
	}
	c.chat = spec.Chat
	c.status = spec.Status
	c.owner = spec.Owner
	c.admins = append([]User(nil), spec.Admins...)
	c.members = append([]User(nil), spec.Members...)
	c.botStatus = spec.BotStatus
	c.botCannotPost = spec.BotCannotPost
	if spec.Username != "" && spec.Type != ChatPrivate {
		s.state.usernames[strings.ToLower(spec.Username)] = spec.ID
	}
	if spec.Owner != nil {
		s.state.users[spec.Owner.ID] = *spec.Owner
	}
	for _, u := range spec.Admins {
		s.state.users[u.ID] = u
	}
	for _, u := range spec.Members {
		s.state.users[u.ID] = u
	}
	return c.chat
}

// AddPrivateChat registers the private chat between the bot and u (its id
// is u's id) and returns it.
func (s *Server) AddPrivateChat(u User) Chat {
	s.mu.Lock()
	s.state.users[u.ID] = u
	s.mu.Unlock()
	return s.AddChat(ChatSpec{Chat: privateChat(u)})
}

func privateChat(u User) Chat {
	return Chat{ID: u.ID, Type: ChatPrivate, FirstName: u.FirstName, LastName: u.LastName, Username: u.Username}
}

// SetChatStatus changes a registered chat's status, for example to make the
// user block the bot. It returns an error for an unknown chat or for
// ChatMigrated, which needs MigrateChat.
func (s *Server) SetChatStatus(chatID int64, status ChatStatus) error {
	if status == ChatMigrated {
		return errString("telegramtest: use MigrateChat to migrate a chat")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.state.chats[chatID]
	if !ok {
		return errString("telegramtest: chat " + strconv.FormatInt(chatID, 10) + " is not registered")
	}
	c.status = status
	return nil
}

// MigrateChat upgrades the registered group groupID to a supergroup with id
// supergroupID, copying its title and members; sends to the old id then get
// 400 with migrate_to_chat_id. It returns the new chat, or an error when the
// group is unknown or not a basic group.
func (s *Server) MigrateChat(groupID, supergroupID int64) (Chat, error) {
	s.mu.Lock()
	c, ok := s.state.chats[groupID]
	if !ok || c.chat.Type != ChatGroup {
		s.mu.Unlock()
		return Chat{}, errString("telegramtest: chat " + strconv.FormatInt(groupID, 10) + " is not a registered group")
	}
	spec := ChatSpec{
		Chat:      Chat{ID: supergroupID, Type: ChatSupergroup, Title: c.chat.Title},
		Owner:     c.owner,
		Admins:    c.admins,
		Members:   c.members,
		BotStatus: c.botStatus,
	}
	c.status = ChatMigrated
	c.migrateTo = supergroupID
	s.mu.Unlock()
	return s.AddChat(spec), nil
}

// UpgradeGroup is MigrateChat as a bot in the group sees it: the group
// becomes a supergroup and two service messages arrive, one in the old
// group with migrate_to_chat_id and one in the supergroup with
// migrate_from_chat_id, both from the user who upgraded it.
func (s *Server) UpgradeGroup(groupID, supergroupID int64, by User) (Chat, error) {
	super, err := s.MigrateChat(groupID, supergroupID)
	if err != nil {
		return Chat{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.injectMessageLocked(Message{From: &by, Chat: Chat{ID: groupID}, MigrateToChatID: supergroupID}, "message")
	s.injectMessageLocked(Message{From: &by, Chat: Chat{ID: supergroupID}, MigrateFromChatID: groupID}, "message")
	return super, nil
}

// ChatInfo returns a registered chat and its status, and false when the chat
// is unknown.
func (s *Server) ChatInfo(chatID int64) (Chat, ChatStatus, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.state.chats[chatID]
	if !ok {
		return Chat{}, 0, false
	}
	return c.chat, c.status, true
}

type errString string

func (e errString) Error() string { return string(e) }

// nowNanos reads the server's clock.
func (s *Server) nowNanos() int64 { return s.now().UnixNano() }

func secondsUntil(nanos int64) int {
	return retryAfter(time.Duration(nanos))
}
