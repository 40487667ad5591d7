package deliver_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/telegram/telegramtest"
)

// TestOutboxSendsPhotosAndTopics: photo rows go out as photos (a photo
// Telegram cannot fetch as its text), followed by their rest; messages to
// a forum chat go to its topic, and to General once the topic is deleted.
func TestOutboxSendsPhotosAndTopics(t *testing.T) {
	ctx := context.Background()
	img := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/lead.jpg" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "image/jpeg")
		_, _ = w.Write([]byte("\xff\xd8\xff"))
	}))
	defer img.Close()
	e := newTestEnv(t, telegramtest.Options{Limits: &telegramtest.Limits{}})
	chat := e.addPrivateChats(t, 1, 1)[0]
	const forum = -1005
	e.srv.AddChat(telegramtest.ChatSpec{Chat: telegramtest.Chat{ID: forum, Type: telegramtest.ChatSupergroup, Title: "Desk", IsForum: true}})
	if err := e.db.SaveSubscriber(ctx, news.Subscriber{ChatID: forum, ChatType: news.ChatSupergroup,
		Preferences: news.Preferences{Lang: "ru"}}); err != nil {
		t.Fatal(err)
	}
	topic, err := e.srv.CreateForumTopic(forum, "Новости")
	if err != nil {
		t.Fatal(err)
	}
	if err := e.db.SetChatTopic(ctx, forum, topic); err != nil {
		t.Fatal(err)
	}
	var gone []int
	e.sender.OnTopicGone(func(_ context.Context, _ int64, id int) { gone = append(gone, id) })
	msgs := []news.OutboxMessage{
		{IdemKey: "1:breaking:1", ChatID: chat, Kind: news.KindBreaking, Text: "<b>Flood</b> caption", PhotoURL: img.URL + "/lead.jpg"},
		{IdemKey: "1:breaking:1.2", ChatID: chat, Kind: news.KindBreaking, Text: "the rest", Part: 1},
		{IdemKey: "1:breaking:2", ChatID: chat, Kind: news.KindBreaking, Text: "<b>Quake</b> caption", PhotoURL: img.URL + "/gone.jpg"},
		{IdemKey: "1:breaking:3", ChatID: chat, Kind: news.KindBreaking, Text: "no photo", PreviewURL: "https://example.com/story"},
		{IdemKey: "-1005:digest:1", ChatID: forum, Kind: news.KindDigest, Text: "<b>Дайджест</b>"},
	}
	if _, err := e.db.Enqueue(ctx, msgs); err != nil {
		t.Fatal(err)
	}
	limiter := deliver.NewLimiter(deliver.Limits{Rate: 100, PerChatInterval: time.Millisecond, GroupPerMinute: 600, GroupWindow: time.Second}, nil)
	o := deliver.NewOutbox(e.db, e.sender, limiter, nil, testLogger(t), deliver.OutboxConfig{PollInterval: 20 * time.Millisecond})
	runUntilDrained(t, o, e.db, 20*time.Second)

	sent := e.srv.Sent(chat)
	if len(sent) != 4 {
		t.Fatalf("chat got %d messages, want 4", len(sent))
	}
	if sent[0].PhotoURL == "" || sent[0].Text != "Flood caption" || sent[1].Text != "the rest" || sent[1].PhotoURL != "" {
		t.Errorf("photo and its rest: %+v / %+v", sent[0], sent[1])
	}
	if sent[2].PhotoURL != "" || sent[2].Text != "Quake caption" {
		t.Errorf("an unfetchable photo: %+v, want its caption as text", sent[2])
	}
	if sent[3].PreviewURL != "https://example.com/story" || sent[3].LinkPreviewDisabled {
		t.Errorf("chosen preview: %+v", sent[3])
	}
	if f := e.srv.Sent(forum); len(f) != 1 || f[0].ThreadID != topic {
		t.Errorf("forum got %+v, want the digest in topic %d", f, topic)
	}

	// The topic is deleted: the next digest goes to General.
	if err := e.srv.DeleteForumTopic(forum, topic); err != nil {
		t.Fatal(err)
	}
	if _, err := e.db.Enqueue(ctx, []news.OutboxMessage{{IdemKey: "-1005:digest:2", ChatID: forum, Kind: news.KindDigest, Text: "второй"}}); err != nil {
		t.Fatal(err)
	}
	runUntilDrained(t, o, e.db, 20*time.Second)
	if f := e.srv.Sent(forum); len(f) != 2 || f[1].ThreadID != 0 || f[1].Text != "второй" {
		t.Errorf("after deletion forum got %+v, want the digest in General", f)
	}
	if len(gone) != 1 || gone[0] != topic {
		t.Errorf("topics reported gone: %v, want [%d]", gone, topic)
	}
}
