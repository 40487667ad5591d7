package bot_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/news"
)

// threadedTransport records the forum topic each reply was sent to.
type threadedTransport struct {
	*fakeTransport
	mu      sync.Mutex
	threads []int
}

func (t *threadedTransport) Send(ctx context.Context, chatID int64, r bot.Reply) (int, error) {
	t.mu.Lock()
	t.threads = append(t.threads, bot.ThreadOf(ctx))
	t.mu.Unlock()
	return t.fakeTransport.Send(ctx, chatID, r)
}

func (t *threadedTransport) lastThread() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	if len(t.threads) == 0 {
		return -1
	}
	return t.threads[len(t.threads)-1]
}

const forum = -100777

// TestStartInForumTopicBindsTheChat: /start inside a topic binds the chat's
// news there (an admin only); replies go to the topic they answer; /start in
// General brings the news back.
func TestStartInForumTopicBindsTheChat(t *testing.T) {
	for _, lang := range []string{"en", "ru"} {
		t.Run(lang, func(t *testing.T) {
			h := newHarness(t)
			tr := &threadedTransport{fakeTransport: h.tr}
			h.bot = bot.New(h.db, tr, bot.Options{BotUsername: "newsbot", Now: func() time.Time { return h.now }})
			h.tr.admins[7] = true
			admin := bot.Update{ChatID: forum, ChatType: news.ChatSupergroup, ChatTitle: "Forum", UserID: 7, LangCode: lang, IsForum: true}
			member := admin
			member.UserID = 8
			topic := func(u bot.Update, id int) bot.Update { u.ThreadID = id; return u }
			ctx := context.Background()
			bound := func() int {
				t.Helper()
				id, err := h.db.ChatTopic(ctx, forum)
				if err != nil {
					t.Fatal(err)
				}
				return id
			}

			h.sayIn(topic(member, 5), "/start") // a member cannot set the chat up
			if _, err := h.db.ChatTopic(ctx, forum); err == nil {
				t.Fatal("a member's /start subscribed the chat")
			}
			r := h.sayIn(topic(admin, 5), "/start")
			mustContain(t, r.reply.Text, map[string]string{"en": "will come to this topic", "ru": "будут приходить в эту тему"}[lang])
			if got := bound(); got != 5 {
				t.Errorf("bound to topic %d, want 5", got)
			}
			if got := tr.lastThread(); got != 5 {
				t.Errorf("reply went to topic %d, want 5", got)
			}
			// /settings says where the news goes, in any topic it is asked.
			r = h.sayIn(topic(admin, 6), "/settings")
			mustContain(t, r.reply.Text, map[string]string{"en": "forum topic #5", "ru": "тему форума №5"}[lang])
			h.sayIn(topic(member, 6), "/start")
			if got := bound(); got != 5 {
				t.Errorf("a member's /start in topic 6 moved the binding to %d", got)
			}
			h.sayIn(topic(admin, 6), "/latest")
			if got := tr.lastThread(); got != 6 {
				t.Errorf("/latest in topic 6 answered in topic %d", got)
			}
			r = h.sayIn(admin, "/start") // in General
			mustContain(t, r.reply.Text, map[string]string{"en": "to General again", "ru": "снова будут приходить в «Общее»"}[lang])
			if got := bound(); got != 0 {
				t.Errorf("after /start in General bound to %d, want 0", got)
			}
			if r = h.sayIn(admin, "/settings"); strings.Contains(r.reply.Text, "#") || strings.Contains(r.reply.Text, "№") {
				t.Errorf("/settings of a chat bound to General names a topic:\n%s", r.reply.Text)
			}
		})
	}
}

// TestStartOutsideForumsBindsNothing: a reply thread in an ordinary group
// is no topic.
func TestStartOutsideForumsBindsNothing(t *testing.T) {
	h := newHarness(t)
	h.tr.admins[7] = true
	u := bot.Update{ChatID: -500, ChatType: news.ChatSupergroup, UserID: 7, LangCode: "en"}
	h.sayIn(u, "/start")
	if id, err := h.db.ChatTopic(context.Background(), -500); err != nil || id != 0 {
		t.Errorf("topic = %d, %v; want 0", id, err)
	}
}
