//go:build e2e

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/store"
)

// The forum supergroup of the topic test. telegram-test-api keeps no chats
// and checks no threads: it hands the bot whatever message the test posts
// (is_forum, message_thread_id and is_topic_message included) and stores
// the bot's requests as sent (message_thread_id included), which is what
// this test reads back.
var forumChat = map[string]any{"id": -1009002, "type": "supergroup", "title": "Central Asia desk", "is_forum": true}

// anonymousAdmin is the user Telegram shows for a group's anonymous
// administrators; the bot takes it as an admin without asking getChatMember,
// which the emulator lacks.
var anonymousAdmin = map[string]any{"id": 1087968824, "is_bot": true, "first_name": "Group", "username": "GroupAnonymousBot"}

const forumTopic = 77

// checkIDAndForumTopic runs /id in the private chat, then /start and
// /latest inside a forum topic, and checks that the replies went to that
// topic. It returns a check to run once the bot has stopped: the binding is
// in the database.
func checkIDAndForumTopic(t *testing.T, em *emu) (afterStop func(dbPath string)) {
	t.Helper()
	em.post("/sendCommand", command("/id"))
	em.waitBotMessage("/id with the user's and the chat's id", func(m botMessage) bool {
		return strings.Contains(m.Text, "Your user id: <code>9001</code>") && strings.Contains(m.Text, "This chat's id: <code>9001</code>")
	})

	topicCommand := func(text string) map[string]any {
		name, _, _ := strings.Cut(text, " ")
		return map[string]any{
			"botToken": token, "from": anonymousAdmin, "sender_chat": forumChat, "chat": forumChat,
			"date": time.Now().Unix(), "text": text, "message_thread_id": forumTopic, "is_topic_message": true,
			"entities": []map[string]any{{"type": "bot_command", "offset": 0, "length": len(name)}},
		}
	}
	em.post("/sendCommand", topicCommand("/start"))
	bound := em.waitChatMessage(forumChat["id"], "the note that news comes to this topic", func(m threadMessage) bool {
		return strings.Contains(m.Text, "will come to this topic")
	})
	if bound.Thread != fmt.Sprint(forumTopic) {
		t.Errorf("the binding note went to thread %q, want %d", bound.Thread, forumTopic)
	}
	em.post("/sendCommand", topicCommand("/latest"))
	latest := em.waitChatMessage(forumChat["id"], "/latest in the topic", func(m threadMessage) bool {
		return strings.Contains(m.Text, "Caspian wind farm") || strings.Contains(m.Text, "No stories")
	})
	if latest.Thread != fmt.Sprint(forumTopic) {
		t.Errorf("/latest in the topic was answered in thread %q, want %d", latest.Thread, forumTopic)
	}
	return func(dbPath string) {
		db, err := store.Open(context.Background(), dbPath)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if id, err := db.ChatTopic(context.Background(), -1009002); err != nil || id != forumTopic {
			t.Errorf("the forum's binding is %d, %v; want topic %d", id, err, forumTopic)
		}
	}
}

// threadMessage is a bot message with the thread it was sent to, as the
// emulator stored the request ("" when none).
type threadMessage struct {
	Text   string
	Thread string
}

// waitChatMessage waits for a bot message to chat that satisfies ok.
func (e *emu) waitChatMessage(chat any, what string, ok func(threadMessage) bool) threadMessage {
	e.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		var items []struct {
			Message struct {
				ChatID   json.RawMessage `json:"chat_id"`
				Text     string          `json:"text"`
				ThreadID json.RawMessage `json:"message_thread_id"`
			} `json:"message"`
		}
		if err := json.Unmarshal(e.post("/getUpdatesHistory", map[string]any{"token": token}), &items); err != nil {
			e.t.Fatalf("history: %v", err)
		}
		var seen []string
		for _, it := range items {
			if strings.Trim(string(it.Message.ChatID), `"`) != fmt.Sprint(chat) {
				continue
			}
			m := threadMessage{Text: it.Message.Text, Thread: strings.Trim(string(it.Message.ThreadID), `"`)}
			if ok(m) {
				return m
			}
			seen = append(seen, fmt.Sprintf("%.80q (thread %q)", m.Text, m.Thread))
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("timed out waiting for %s in chat %v; bot messages there: %s", what, chat, strings.Join(seen, "; "))
		}
		time.Sleep(100 * time.Millisecond)
	}
}
