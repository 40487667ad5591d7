package telegramtest

import (
	"context"
)

// chatFullInfo is getChat's answer: the chat plus the fields ChatFullInfo
// always has.
type chatFullInfo struct {
	Chat
	AccentColorID    int `json:"accent_color_id"`
	MaxReactionCount int `json:"max_reaction_count"`
}

// infoAccess is the error for reading a chat the bot has no access to:
// kicked and migrated chats fail, blocked private chats can still be read.
func (c *chatState) infoAccess() *apiError {
	switch c.status {
	case ChatKicked, ChatMigrated:
		return c.accessError()
	}
	return nil
}

func (s *Server) lookupChat(ctx context.Context, method string, p params) (*chatState, error) {
	s.mu.Lock()
	c, aerr := s.state.resolveChat(p.str("chat_id"))
	if aerr == nil {
		aerr = c.infoAccess()
	}
	var id int64
	if c != nil {
		id = c.chat.ID
	}
	s.mu.Unlock()
	if aerr != nil {
		return nil, aerr
	}
	if err := s.injectFault(ctx, method, id); err != nil {
		return nil, err
	}
	return c, nil
}

func (s *Server) getChat(ctx context.Context, p params) (any, error) {
	c, err := s.lookupChat(ctx, "getchat", p)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return chatFullInfo{Chat: c.chat, MaxReactionCount: 11}, nil
}

func adminMember(u User, channel bool) ChatMember {
	return ChatMember{
		Status: "administrator", User: u,
		CanManageChat: true, CanDeleteMessages: true, CanChangeInfo: true,
		CanInviteUsers: true, CanPinMessages: !channel,
		CanPostMessages: channel, CanEditMessages: channel,
	}
}

// botMemberLocked returns the bot's own membership in c.
func (s *Server) botMemberLocked(c *chatState) ChatMember {
	channel := c.chat.Type == ChatChannel
	switch {
	case c.botStatus == BotAdministrator:
		m := adminMember(s.bot, channel)
		if c.botCannotPost {
			m.CanPostMessages, m.CanEditMessages = false, false
		}
		return m
	case c.status == ChatKicked || c.status == ChatBlocked:
		return ChatMember{Status: "kicked", User: s.bot}
	case c.botStatus == BotLeft:
		return ChatMember{Status: "left", User: s.bot}
	}
	return ChatMember{Status: c.botStatus, User: s.bot}
}

// memberLocked returns the membership of user id in c, and false when the
// user is unknown to the server.
func (s *Server) memberLocked(c *chatState, id int64) (ChatMember, bool) {
	channel := c.chat.Type == ChatChannel
	if id == s.bot.ID {
		return s.botMemberLocked(c), true
	}
	if c.isPrivate() && id == c.chat.ID {
		return ChatMember{Status: "member", User: s.state.users[id]}, true
	}
	if c.owner != nil && c.owner.ID == id {
		return ChatMember{Status: "creator", User: *c.owner}, true
	}
	for _, u := range c.admins {
		if u.ID == id {
			return adminMember(u, channel), true
		}
	}
	for _, u := range c.members {
		if u.ID == id {
			return ChatMember{Status: "member", User: u}, true
		}
	}
	if u, ok := s.state.users[id]; ok {
		return ChatMember{Status: "left", User: u}, true
	}
	return ChatMember{}, false
}

func (s *Server) getChatMember(ctx context.Context, p params) (any, error) {
	c, err := s.lookupChat(ctx, "getchatmember", p)
	if err != nil {
		return nil, err
	}
	id := p.int("user_id")
	if id == 0 {
		return nil, badRequest("invalid user_id specified")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if c.chat.Type == ChatChannel && !c.botAdmin() && id != s.bot.ID {
		// Only an administrator sees a channel's members; any bot sees itself.
		return nil, badRequest("member list is inaccessible")
	}
	m, ok := s.memberLocked(c, id)
	if !ok {
		return nil, badRequest("user not found")
	}
	return m, nil
}

func (s *Server) getChatAdministrators(ctx context.Context, p params) (any, error) {
	c, err := s.lookupChat(ctx, "getchatadministrators", p)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if c.isPrivate() {
		return nil, badRequest("there are no administrators in the private chat")
	}
	if c.chat.Type == ChatChannel && !c.botAdmin() {
		return nil, badRequest("member list is inaccessible")
	}
	channel := c.chat.Type == ChatChannel
	out := []ChatMember{}
	if c.owner != nil {
		out = append(out, ChatMember{Status: "creator", User: *c.owner})
	}
	for _, u := range c.admins {
		out = append(out, adminMember(u, channel))
	}
	if c.botStatus == BotAdministrator {
		out = append(out, s.botMemberLocked(c))
	}
	return out, nil
}
