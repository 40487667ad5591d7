package bot_test

import (
	"context"
	"log/slog"
	"slices"
	"testing"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/membership"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/store"
	"github.com/newsbot/newsbot/internal/storetest"
)

// TestRefusedSendIsAMembershipUpdate plays what a refused send finds out
// (as the Telegram transport and the outbox classify it) through the bot's
// rules, and checks that each comes to the same end as the membership
// update Telegram (or the terminal) reports: the same status, the
// preferences kept, the chat's queue cancelled or moved with it.
func TestRefusedSendIsAMembershipUpdate(t *testing.T) {
	const (
		user    = 4001
		group   = -4002
		super   = -1004002
		channel = -1004003
	)
	sub := func(id int64, ct news.ChatType, status news.Status) *news.Subscriber {
		return &news.Subscriber{ChatID: id, ChatType: ct, Title: "Desk", Status: status,
			Preferences: news.Preferences{Lang: "ru", DigestTime: "09:30", GroupBy: news.GroupByTopic, Countries: []string{"KZ", "UZ"}}}
	}
	tests := []struct {
		name   string
		stored *news.Subscriber
		chat   int64 // the chat the send was refused in
		err    *deliver.SendError
		// want is the update the refusal stands for (0: none).
		want membership.Kind
		// check is the chat looked at afterwards: its status ("" for no
		// subscription) and its queue's states.
		check      int64
		wantStatus news.Status
		wantQueue  string
		// oldQueue is what is left queued for the refused chat, when it is
		// not check.
		oldQueue string
	}{
		{name: "user blocked the bot", stored: sub(user, news.ChatPrivate, news.StatusActive), chat: user,
			err:  &deliver.SendError{Kind: deliver.ErrBlocked, Code: 403, Description: "Forbidden: bot was blocked by the user"},
			want: membership.Blocked, check: user, wantStatus: news.StatusBlocked, wantQueue: "[cancelled cancelled]"},
		{name: "user's account deleted", stored: sub(user, news.ChatPrivate, news.StatusActive), chat: user,
			err:  &deliver.SendError{Kind: deliver.ErrDeactivated, Code: 403, Description: "Forbidden: user is deactivated"},
			want: membership.Blocked, check: user, wantStatus: news.StatusBlocked, wantQueue: "[cancelled cancelled]"},
		{name: "paused user blocked the bot", stored: sub(user, news.ChatPrivate, news.StatusPaused), chat: user,
			err:  &deliver.SendError{Kind: deliver.ErrBlocked, Code: 403},
			want: membership.Blocked, check: user, wantStatus: news.StatusBlocked, wantQueue: "[cancelled cancelled]"},
		{name: "already marked blocked: its queue still goes", stored: sub(user, news.ChatPrivate, news.StatusBlocked), chat: user,
			err:  &deliver.SendError{Kind: deliver.ErrBlocked, Code: 403},
			want: membership.Blocked, check: user, wantStatus: news.StatusBlocked, wantQueue: "[cancelled cancelled]"},
		{name: "a stranger blocked the bot", chat: user,
			err:  &deliver.SendError{Kind: deliver.ErrBlocked, Code: 403},
			want: membership.Blocked, check: user, wantQueue: "[cancelled cancelled]"},
		{name: "bot removed from a group", stored: sub(group, news.ChatGroup, news.StatusActive), chat: group,
			err:  &deliver.SendError{Kind: deliver.ErrKicked, Code: 403, Description: "Forbidden: bot was kicked from the group chat"},
			want: membership.Left, check: group, wantStatus: news.StatusLeft, wantQueue: "[cancelled cancelled]"},
		{name: "channel gone", stored: sub(channel, news.ChatChannel, news.StatusActive), chat: channel,
			err:  &deliver.SendError{Kind: deliver.ErrChatNotFound, Code: 400, Description: "Bad Request: chat not found"},
			want: membership.Left, check: channel, wantStatus: news.StatusLeft, wantQueue: "[cancelled cancelled]"},
		{name: "group upgraded to a supergroup", stored: sub(group, news.ChatGroup, news.StatusActive), chat: group,
			err:  &deliver.SendError{Kind: deliver.ErrMigrated, Code: 400, MigrateTo: super},
			want: membership.Migrated, check: super, wantStatus: news.StatusActive, wantQueue: "[pending pending]", oldQueue: "[]"},
		{name: "upgraded without the new id: nothing learnt", stored: sub(group, news.ChatGroup, news.StatusActive), chat: group,
			err:   &deliver.SendError{Kind: deliver.ErrMigrated, Code: 400},
			check: group, wantStatus: news.StatusActive, wantQueue: "[pending pending]"},
		{name: "rate limited: nothing learnt", stored: sub(user, news.ChatPrivate, news.StatusActive), chat: user,
			err:   &deliver.SendError{Kind: deliver.ErrRateLimited, Code: 429},
			check: user, wantStatus: news.StatusActive, wantQueue: "[pending pending]"},
		{name: "server error: nothing learnt", stored: sub(group, news.ChatGroup, news.StatusActive), chat: group,
			err:   &deliver.SendError{Kind: deliver.ErrTemporary, Code: 502},
			check: group, wantStatus: news.StatusActive, wantQueue: "[pending pending]"},
		{name: "bad markup: nothing learnt", stored: sub(user, news.ChatPrivate, news.StatusActive), chat: user,
			err:   &deliver.SendError{Kind: deliver.ErrPermanent, Code: 400, Description: "Bad Request: can't parse entities"},
			check: user, wantStatus: news.StatusActive, wantQueue: "[pending pending]"},
	}
	// Each case is played the way a send finds it, and the way Telegram
	// reports it to the bot; both must come to the same end.
	ways := []struct {
		name string
		play func(ctx context.Context, db *store.DB, c membership.Change) error
	}{
		{"refused send", func(ctx context.Context, db *store.DB, c membership.Change) error {
			return membership.New(db, slog.New(slog.DiscardHandler)).Apply(ctx, c)
		}},
		{"bot update", func(ctx context.Context, db *store.DB, c membership.Change) error {
			u := bot.Update{ChatID: c.ChatID, Membership: c.Kind, CannotPost: c.CannotPost, MigrateToChatID: c.MigrateTo}
			return bot.New(db, newFake(), bot.Options{}).Handle(ctx, u)
		}},
	}
	for _, tt := range tests {
		for _, way := range ways {
			t.Run(tt.name+"/"+way.name, func(t *testing.T) {
				ctx := context.Background()
				db := openStore(t)
				if tt.stored != nil {
					if err := db.SaveSubscriber(ctx, *tt.stored); err != nil {
						t.Fatal(err)
					}
				}
				storetest.EnqueueReplies(t, db, tt.chat, "digest", "alert")

				c, ok := tt.err.Membership(tt.chat)
				if got := c.Kind; ok != (tt.want != 0) || got != tt.want {
					t.Fatalf("%v means %v (%v); want %v", tt.err, got, ok, tt.want)
				}
				if ok {
					if err := way.play(ctx, db, c); err != nil {
						t.Fatalf("play %v: %v", c.Kind, err)
					}
				}

				s, err := db.Subscriber(ctx, tt.check)
				switch {
				case tt.wantStatus == "" && err == nil:
					t.Errorf("chat %d: subscriber %+v; want none", tt.check, s)
				case tt.wantStatus != "" && err != nil:
					t.Fatalf("chat %d: %v", tt.check, err)
				case tt.wantStatus != "":
					if s.Status != tt.wantStatus {
						t.Errorf("chat %d: status %s, want %s", tt.check, s.Status, tt.wantStatus)
					}
					if !slices.Equal(s.Countries, tt.stored.Countries) || s.DigestTime != tt.stored.DigestTime || s.Lang != tt.stored.Lang {
						t.Errorf("chat %d: preferences %+v, want %+v kept", tt.check, s.Preferences, tt.stored.Preferences)
					}
				}
				if got := storetest.OutboxStates(t, db, tt.check); got != tt.wantQueue {
					t.Errorf("chat %d: queue %s, want %s", tt.check, got, tt.wantQueue)
				}
				if tt.check != tt.chat {
					if got := storetest.OutboxStates(t, db, tt.chat); got != tt.oldQueue {
						t.Errorf("refused chat %d: queue %s, want %s", tt.chat, got, tt.oldQueue)
					}
				}
			})
		}
	}
}

func openStore(t *testing.T) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), t.TempDir()+"/bot.db")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}
