package telegram

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/telegram/telegramtest"
)

// imageServer serves /lead.jpg as an image; anything else is 404.
func imageServer(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/lead.jpg" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "image/jpeg")
		_, _ = w.Write([]byte("\xff\xd8\xff"))
	}))
	t.Cleanup(srv.Close)
	return srv
}

// longCard is a card whose visible text is over a caption's 1024
// characters: a title and summary that fit, then a quote that does not.
func longCard(lang string) string {
	word := map[string]string{"en": "floods ", "ru": "паводок "}[lang]
	return "🔴 <b>BREAKING</b>\n<b><a href=\"https://example.com/flood\">Flood</a></b>\n\n" + strings.Repeat(word, 120) +
		"\n\n<blockquote>" + strings.Repeat(word, 60) + "</blockquote>\n\n<i>Example</i>"
}

func TestTransportSendsPhotos(t *testing.T) {
	img := imageServer(t)
	for _, lang := range []string{"en", "ru"} {
		t.Run(lang, func(t *testing.T) {
			h := start(t, setup{noRun: true, server: telegramtest.Options{PhotoClient: img.Client()}})
			chat := h.srv.AddPrivateChat(telegramtest.User{ID: 3001, FirstName: "Ann"})
			ctx := context.Background()
			kb := [][]bot.Button{{{Text: "More", Data: "m:1"}}}

			// A short card is one photo with the card as caption, buttons under it.
			if _, err := h.tr.Send(ctx, chat.ID, bot.Reply{Text: "<b>Flood</b> in Almaty", PhotoURL: img.URL + "/lead.jpg", Keyboard: kb}); err != nil {
				t.Fatal(err)
			}
			// A long card: the photo with what fits, the rest as text with the buttons.
			if _, err := h.tr.Send(ctx, chat.ID, bot.Reply{Text: longCard(lang), PhotoURL: img.URL + "/lead.jpg", Keyboard: kb}); err != nil {
				t.Fatal(err)
			}
			// A photo Telegram cannot fetch: the card goes as text, nothing lost.
			if _, err := h.tr.Send(ctx, chat.ID, bot.Reply{Text: longCard(lang), PhotoURL: img.URL + "/gone.jpg"}); err != nil {
				t.Fatal(err)
			}
			sent := h.srv.Sent(chat.ID)
			if len(sent) != 4 {
				t.Fatalf("sent %d messages, want 4 (photo; photo + rest; text): %s", len(sent), texts(sent))
			}
			if sent[0].PhotoURL == "" || sent[0].Text != "Flood in Almaty" || len(sent[0].Buttons()) != 1 {
				t.Errorf("short card: %+v", sent[0])
			}
			if sent[1].PhotoURL == "" || len(sent[1].Buttons()) != 0 || !strings.Contains(sent[1].Text, "Flood") ||
				strings.Contains(sent[1].Text, "Example") || len([]rune(sent[1].Text)) < 800 {
				t.Errorf("long card's photo: %+v", sent[1])
			}
			if sent[2].PhotoURL != "" || !strings.Contains(sent[2].Text, "Example") || len(sent[2].Buttons()) != 1 {
				t.Errorf("long card's follow-up: %+v", sent[2])
			}
			if sent[3].PhotoURL != "" || !strings.Contains(sent[3].Text, "Flood") || !strings.Contains(sent[3].Text, "Example") {
				t.Errorf("fallback text: %+v", sent[3])
			}
		})
	}
}

func TestTransportChoosesLinkPreviews(t *testing.T) {
	h := start(t, setup{noRun: true})
	chat := h.srv.AddPrivateChat(telegramtest.User{ID: 3002, FirstName: "Ann"})
	ctx := context.Background()
	tests := []struct {
		name        string
		r           bot.Reply
		wantOff     bool
		wantPreview string
	}{
		{"nothing chosen is off, not Telegram's guess", bot.Reply{Text: `see <a href="https://example.com/a">a</a>`}, true, ""},
		{"disabled", bot.Reply{Text: "x https://example.com/b", DisablePreview: true, PreviewURL: "https://example.com/b"}, true, ""},
		{"the chosen link", bot.Reply{Text: `<a href="https://example.com/x">x</a> and https://example.com/c`, PreviewURL: "https://example.com/c"}, false, "https://example.com/c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, err := h.tr.Send(ctx, chat.ID, tt.r)
			if err != nil {
				t.Fatal(err)
			}
			m, _ := h.srv.SentMessage(chat.ID, id)
			if m.LinkPreviewDisabled != tt.wantOff || m.PreviewURL != tt.wantPreview {
				t.Errorf("preview off %v url %q, want %v %q", m.LinkPreviewDisabled, m.PreviewURL, tt.wantOff, tt.wantPreview)
			}
		})
	}
}

// goneRecorder records the topics reported deleted.
type goneRecorder struct {
	mu   sync.Mutex
	gone []int
}

func (g *goneRecorder) record(_ context.Context, _ int64, threadID int) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.gone = append(g.gone, threadID)
}

func (g *goneRecorder) list() []int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return append([]int(nil), g.gone...)
}

// TestForumTopicBindingAndDeletion: /start in a topic binds the chat; replies
// and outbox messages go there; once the topic is deleted they go to
// General and the topic is reported gone.
func TestForumTopicBindingAndDeletion(t *testing.T) {
	gone := &goneRecorder{}
	h := start(t, setup{transport: func(o *Options) { o.TopicGone = gone.record }})
	const forum = -1009001
	h.srv.AddChat(telegramtest.ChatSpec{
		Chat:  telegramtest.Chat{ID: forum, Type: telegramtest.ChatSupergroup, Title: "Desk", IsForum: true},
		Owner: &owner, Members: []telegramtest.User{member},
	})
	topic, err := h.srv.CreateForumTopic(forum, "News")
	if err != nil {
		t.Fatal(err)
	}
	h.srv.InjectTopicText(forum, topic, owner, "/start")
	h.waitFor("the binding", func() bool { id, _ := h.db.ChatTopic(context.Background(), forum); return id == topic })
	for _, m := range h.waitSent(forum, 2) {
		if m.ThreadID != topic {
			t.Errorf("reply %q went to topic %d, want %d", firstN(m.Text, 40), m.ThreadID, topic)
		}
	}

	// The outbox reads the binding when it claims a message.
	sender := newTestSender(t, h.srv)
	sender.OnTopicGone(gone.record)
	ctx := context.Background()
	thread, _ := h.db.ChatTopic(ctx, forum)
	id, err := sender.Send(ctx, deliver.Message{ChatID: forum, Text: "<b>Digest</b>", ParseMode: "HTML", ThreadID: thread, DisablePreview: true})
	if err != nil {
		t.Fatal(err)
	}
	if m, _ := h.srv.SentMessage(forum, id); m.ThreadID != topic {
		t.Errorf("digest went to topic %d, want %d", m.ThreadID, topic)
	}

	if err := h.srv.DeleteForumTopic(forum, topic); err != nil {
		t.Fatal(err)
	}
	img := imageServer(t)
	for _, m := range []deliver.Message{
		{ChatID: forum, Text: "<b>Digest 2</b>", ParseMode: "HTML", ThreadID: thread},
		{ChatID: forum, Text: "<b>Breaking</b>", ParseMode: "HTML", ThreadID: thread, PhotoURL: img.URL + "/lead.jpg"},
	} {
		id, err := sender.Send(ctx, m)
		if err != nil {
			t.Fatalf("send to a deleted topic: %v, want it sent to General", err)
		}
		if got, _ := h.srv.SentMessage(forum, id); got.ThreadID != 0 || got.Text == "" {
			t.Errorf("after deletion: %+v, want it in General", got)
		}
	}
	rctx := bot.WithThread(ctx, topic)
	if _, err := h.tr.Send(rctx, forum, bot.Reply{Text: "a reply"}); err != nil {
		t.Fatalf("reply to a deleted topic: %v", err)
	}
	if got := gone.list(); len(got) != 3 || got[0] != topic {
		t.Errorf("topics reported gone: %v, want %d three times", got, topic)
	}
}
