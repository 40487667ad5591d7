package bot_test

import (
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/news"
)

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
