package console

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/membership"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/store"
)

// TestTerminalPlaysMembership drives the real bot from the terminal: adding
// it to a group greets the group, the group's upgrade moves its settings,
// removing it and blocking it are recorded, as on Telegram.
func TestTerminalPlaysMembership(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	db, err := store.Open(ctx, t.TempDir()+"/console.db")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	const super = -1001234
	in := strings.Join([]string{
		"/start",
		":join",
		"/countries kz",
		":migrate -1001234",
		":leave",
		":block",
	}, "\n")
	var out bytes.Buffer
	c := New(strings.NewReader(in), &out, "en-US")
	b := bot.New(db, c, bot.Options{DefaultDigestTime: "08:00"})
	if err := c.Run(ctx, b.Handle); err != nil {
		t.Fatalf("Run: %v", err)
	}
	got := out.String()
	greeting := strings.Index(got, "["+groupTitle+"]\n👋 Welcome to newsbot")
	if greeting < 0 || !strings.Contains(got, "(the bot is added to the group") {
		t.Fatalf("no group greeting after :join:\n%s", got)
	}
	if strings.Count(got, "["+groupTitle+"]") < 2 {
		t.Errorf("the group's reply to /countries is not marked as the group's:\n%s", got)
	}
	if _, err := db.Subscriber(ctx, GroupChatID); !errors.Is(err, news.ErrNotFound) {
		t.Errorf("the group before its upgrade: err = %v, want its settings moved", err)
	}
	s, err := db.Subscriber(ctx, super)
	if err != nil || s.ChatType != news.ChatSupergroup || s.Status != news.StatusLeft || len(s.Countries) != 1 || s.Countries[0] != "KZ" {
		t.Errorf("supergroup = %+v, %v; want the group's countries, left after :leave", s, err)
	}
	if s, err := db.Subscriber(ctx, ChatID); err != nil || s.Status != news.StatusBlocked {
		t.Errorf("private chat = %+v, %v; want blocked after :block", s, err)
	}
}

// TestTerminalMetaCommandMistakes: a meta-command that cannot apply is
// explained in the terminal and reaches the bot as nothing; a line that
// only looks like one reaches it as text.
func TestTerminalMetaCommandMistakes(t *testing.T) {
	tests := []struct {
		name, in, say string
		updates       []bot.Update
	}{
		{name: "leave outside a group", in: ":leave", say: "(not in a group: :join first)"},
		{name: "migrate outside a group", in: ":migrate -100", say: "(not in a group"},
		{name: "migrate to no id", in: ":join\n:migrate abc", say: "(usage: :migrate ID",
			updates: []bot.Update{{ChatID: GroupChatID, Membership: membership.Joined}}},
		{name: "migrate to a positive id", in: ":join\n:migrate 5", say: "(usage: :migrate ID",
			updates: []bot.Update{{ChatID: GroupChatID, Membership: membership.Joined}}},
		{name: "join twice", in: ":join\n:join", say: "(the bot is in the group already",
			updates: []bot.Update{{ChatID: GroupChatID, Membership: membership.Joined}}},
		{name: "help in Russian", in: ":help", say: ":migrate ID   группа становится супергруппой"},
		{name: "a smiley is a message", in: ":)", updates: []bot.Update{{ChatID: ChatID, Text: ":)"}}},
		{name: "demote then promote in the group", in: ":join\n:demote\n:promote\nhi", updates: []bot.Update{
			{ChatID: GroupChatID, Membership: membership.Joined},
			{ChatID: GroupChatID, Membership: membership.Rights, CannotPost: true},
			{ChatID: GroupChatID, Membership: membership.Rights},
			{ChatID: GroupChatID, Text: "hi"}}},
		{name: "block and unblock from the group", in: ":join\n:block\n:unblock", updates: []bot.Update{
			{ChatID: GroupChatID, Membership: membership.Joined},
			{ChatID: ChatID, Membership: membership.Blocked},
			{ChatID: ChatID, Membership: membership.Unblocked}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			lang := "en"
			if strings.Contains(tt.name, "Russian") {
				lang = "ru"
			}
			c := New(strings.NewReader(tt.in), &out, lang)
			var got []bot.Update
			if err := c.Run(context.Background(), func(_ context.Context, u bot.Update) error {
				got = append(got, u)
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(out.String(), tt.say) {
				t.Errorf("terminal shows %q; want %q", out.String(), tt.say)
			}
			if len(got) != len(tt.updates) {
				t.Fatalf("bot got %+v; want %+v", got, tt.updates)
			}
			for i, w := range tt.updates {
				g := got[i]
				if g.ChatID != w.ChatID || g.Membership != w.Membership || g.CannotPost != w.CannotPost || g.Text != w.Text {
					t.Errorf("update %d = chat %d %v cannot post %v %q; want chat %d %v cannot post %v %q",
						i, g.ChatID, g.Membership, g.CannotPost, g.Text, w.ChatID, w.Membership, w.CannotPost, w.Text)
				}
			}
		})
	}
}
