package telegramtest

import "fmt"

// sendable checks, as Telegram does before a message is sent, that the bot
// may post in the chat, and returns the forum topic p names (0 for none).
// Call it with the server's lock held.
func (c *chatState) sendable(p params) (thread int, aerr *apiError) {
	if aerr := c.accessError(); aerr != nil {
		return 0, aerr
	}
	if aerr := c.channelPostError(); aerr != nil {
		return 0, aerr
	}
	return c.threadParam(p)
}

// threadParam reads message_thread_id and, in a forum supergroup, checks it
// names an open topic, answering 400 "message thread not found" as Telegram
// does for a deleted or unknown topic. 0 or absent is the chat itself
// (General). Other chats have no topics to check and the server keeps no
// thread for them.
func (c *chatState) threadParam(p params) (int, *apiError) {
	id := int(p.int("message_thread_id"))
	if id == 0 || !c.chat.IsForum {
		return 0, nil
	}
	if _, ok := c.topics[id]; !ok {
		return 0, badRequest("message thread not found")
	}
	return id, nil
}

// CreateForumTopic opens a topic in a forum supergroup (registered with
// Chat.IsForum) and returns its message_thread_id, which is the id of the
// topic's first message as in Telegram. It returns an error for a chat that
// is unknown or not a forum.
func (s *Server) CreateForumTopic(chatID int64, name string) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.state.chats[chatID]
	if !ok || !c.chat.IsForum {
		return 0, fmt.Errorf("telegramtest: chat %d is not a registered forum", chatID)
	}
	if c.topics == nil {
		c.topics = make(map[int]string)
	}
	id := c.nextID
	c.nextID++
	c.topics[id] = name
	return id, nil
}

// DeleteForumTopic deletes a topic: sends to it then answer 400 "message
// thread not found". It returns an error when there is no such topic.
func (s *Server) DeleteForumTopic(chatID int64, threadID int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.state.chats[chatID]
	if !ok {
		return fmt.Errorf("telegramtest: unknown chat %d", chatID)
	}
	if _, ok := c.topics[threadID]; !ok {
		return fmt.Errorf("telegramtest: chat %d has no topic %d", chatID, threadID)
	}
	delete(c.topics, threadID)
	return nil
}

// InjectTopicText queues a text message from a user in a forum topic and
// returns it.
func (s *Server) InjectTopicText(chatID int64, threadID int, from User, text string) Message {
	return s.InjectMessage(Message{Chat: Chat{ID: chatID}, From: &from, Text: text,
		MessageThreadID: threadID, IsTopicMessage: threadID != 0})
}
