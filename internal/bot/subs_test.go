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

func TestID(t *testing.T) {
	tests := []struct {
		name string
		u    bot.Update
		want []string
		not  []string
	}{
		{"private en", bot.Update{ChatID: me, ChatType: news.ChatPrivate, UserID: me, LangCode: "en"},
			[]string{"Your user id: <code>1001</code>", "This chat's id: <code>1001</code>"}, []string{"topic", "editor"}},
		{"private ru", bot.Update{ChatID: me, ChatType: news.ChatPrivate, UserID: me, LangCode: "ru"},
			[]string{"Ваш id пользователя: <code>1001</code>", "id этого чата: <code>1001</code>"}, nil},
		{"group member", bot.Update{ChatID: -500, ChatType: news.ChatSupergroup, UserID: 42, LangCode: "en"},
			[]string{"<code>42</code>", "<code>-500</code>"}, nil},
		{"forum topic ru", bot.Update{ChatID: forum, ChatType: news.ChatSupergroup, UserID: 42, LangCode: "ru", IsForum: true, ThreadID: 9},
			[]string{"<code>42</code>", "<code>-100777</code>", "id этой темы: <code>9</code>"}, nil},
		{"editor", bot.Update{ChatID: 900, ChatType: news.ChatPrivate, UserID: 900, LangCode: "en"},
			[]string{"<code>900</code>", "one of this bot's editors"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			got := h.sayIn(tt.u, "/id").reply.Text
			mustContain(t, got, tt.want...)
			for _, n := range tt.not {
				if strings.Contains(got, n) {
					t.Errorf("reply %q mentions %q", got, n)
				}
			}
		})
	}
}

func TestDidYouMean(t *testing.T) {
	user := bot.Update{ChatID: me, ChatType: news.ChatPrivate, UserID: me, LangCode: "en"}
	userRU := bot.Update{ChatID: me, ChatType: news.ChatPrivate, UserID: me, LangCode: "ru"}
	editor := bot.Update{ChatID: 900, ChatType: news.ChatPrivate, UserID: 900, LangCode: "en"}
	group := bot.Update{ChatID: -500, ChatType: news.ChatGroup, UserID: 42, LangCode: "en"}
	tests := []struct {
		name string
		u    bot.Update
		in   string
		want string
	}{
		{"missing letter", user, "/lates", "Did you mean /latest?"},
		{"swapped letters", user, "/lastet", "Did you mean /latest?"},
		{"upper case", user, "/SETINGS", "Did you mean /settings?"},
		{"russian", userRU, "/lates", "Может быть, /latest?"},
		{"russian topic", userRU, "/topik energy", "Может быть, /topic?"},
		{"editor command to an editor", editor, "/brodcast hi", "Did you mean /broadcast?"},
		{"editor command hidden from others", user, "/brodcast hi", "I don't know the command /brodcast. Send /help"},
		{"nothing close", user, "/xyzzyplugh", "I don't know the command /xyzzyplugh. Send /help"},
		{"in a group, addressed to the bot", group, "/lates@newsbot", "Did you mean /latest?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			mustContain(t, h.sayIn(tt.u, tt.in).reply.Text, tt.want)
		})
	}
	t.Run("group command for another bot stays unanswered", func(t *testing.T) {
		h := newHarness(t)
		if r := h.sayIn(group, "/lates"); r.reply.Text != "" {
			t.Errorf("answered %q", r.reply.Text)
		}
	})
}

func TestHelpShowsEditorsTheirCommands(t *testing.T) {
	tests := []struct {
		name      string
		u         bot.Update
		editorCmd bool
		want      string
	}{
		{"editor en", bot.Update{ChatID: 900, ChatType: news.ChatPrivate, UserID: 900, LangCode: "en"}, true, "<b>Editors</b>"},
		{"editor ru", bot.Update{ChatID: 900, ChatType: news.ChatPrivate, UserID: 900, LangCode: "ru"}, true, "<b>Редакторам</b>"},
		{"subscriber en", bot.Update{ChatID: me, ChatType: news.ChatPrivate, UserID: me, LangCode: "en"}, false, "/id — your user id"},
		{"subscriber ru", bot.Update{ChatID: me, ChatType: news.ChatPrivate, UserID: me, LangCode: "ru"}, false, "/id — ваш id"},
		{"editor in a group", bot.Update{ChatID: -500, ChatType: news.ChatGroup, UserID: 900, LangCode: "en"}, false, "/id — this chat's id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			got := h.sayIn(tt.u, "/help").reply.Text
			mustContain(t, got, tt.want, "/latest")
			for _, cmd := range []string{"/broadcast", "/breaking"} {
				if strings.Contains(got, cmd) != tt.editorCmd {
					t.Errorf("help shows %s: %v, want %v", cmd, !tt.editorCmd, tt.editorCmd)
				}
			}
		})
	}
}

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

func TestSingleStoryLatestCarriesItsPicture(t *testing.T) {
	tests := []struct {
		name        string
		stories     int
		image       string
		wantPhoto   string
		wantPreview string
	}{
		{"one story with an image", 1, "https://img.example.com/1.jpg", "https://img.example.com/1.jpg", ""},
		{"one story without an image previews its link", 1, "", "", "https://example.com/s0"},
		{"a list shows no picture", 3, "https://img.example.com/1.jpg", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			h.say("/start")
			var arts []news.Article
			for i := 0; i < tt.stories; i++ {
				arts = append(arts, news.Article{GUID: "s" + string(rune('0'+i)), URL: "https://example.com/s" + string(rune('0'+i)),
					Source: "Example", Title: "Story " + string(rune('0'+i)), Body: "Body.", Lang: "en", ImageURL: tt.image,
					PublishedAt: testNow.Add(-time.Duration(i) * time.Hour), FetchedAt: testNow})
				arts[i].Cluster = "c" + string(rune('0'+i))
			}
			if _, _, err := h.db.SaveArticles(context.Background(), arts); err != nil {
				t.Fatal(err)
			}
			r := h.say("/latest").reply
			mustContain(t, r.Text, "Story 0")
			if r.PhotoURL != tt.wantPhoto || r.PreviewURL != tt.wantPreview {
				t.Errorf("photo %q preview %q, want %q %q", r.PhotoURL, r.PreviewURL, tt.wantPhoto, tt.wantPreview)
			}
			if tt.wantPreview == "" && !r.DisablePreview {
				t.Error("a list without a chosen preview must turn previews off")
			}
		})
	}
}
