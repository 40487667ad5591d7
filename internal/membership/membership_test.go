package membership_test

import (
	"context"
	"testing"

	"github.com/newsbot/newsbot/internal/membership"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/store"
)

// TestApply plays each kind of change on a stored subscription: the
// status it ends with, and the preferences kept whatever happens. (The
// queue a change cancels or moves, and the same end reached from a
// refused send and from Telegram's update, are checked in package bot.)
func TestApply(t *testing.T) {
	const user, group, super, channel = 7001, -7002, -1007002, -1007003
	tests := []struct {
		name   string
		stored news.Subscriber
		change membership.Change
		check  int64 // the chat looked at afterwards
		want   news.Status
	}{
		{"user blocked the bot", sub(user, news.ChatPrivate, news.StatusActive),
			membership.Change{ChatID: user, Kind: membership.Blocked}, user, news.StatusBlocked},
		{"user unblocked the bot", sub(user, news.ChatPrivate, news.StatusBlocked),
			membership.Change{ChatID: user, Kind: membership.Unblocked}, user, news.StatusActive},
		{"paused user unblocked the bot: still paused", sub(user, news.ChatPrivate, news.StatusPaused),
			membership.Change{ChatID: user, Kind: membership.Unblocked}, user, news.StatusPaused},
		{"removed from a group", sub(group, news.ChatGroup, news.StatusActive),
			membership.Change{ChatID: group, Kind: membership.Left}, group, news.StatusLeft},
		{"added back to a group", sub(group, news.ChatGroup, news.StatusLeft),
			membership.Change{ChatID: group, Kind: membership.Joined}, group, news.StatusActive},
		{"added back to a channel without the right to post", sub(channel, news.ChatChannel, news.StatusLeft),
			membership.Change{ChatID: channel, Kind: membership.Joined, CannotPost: true}, channel, news.StatusLeft},
		{"lost the right to post in a channel", sub(channel, news.ChatChannel, news.StatusActive),
			membership.Change{ChatID: channel, Kind: membership.Rights, CannotPost: true}, channel, news.StatusLeft},
		{"given the right to post again", sub(channel, news.ChatChannel, news.StatusLeft),
			membership.Change{ChatID: channel, Kind: membership.Rights}, channel, news.StatusActive},
		{"group upgraded to a supergroup", sub(group, news.ChatGroup, news.StatusActive),
			membership.Change{ChatID: group, Kind: membership.Migrated, MigrateTo: super}, super, news.StatusActive},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			db := openStore(t)
			if err := db.SaveSubscriber(ctx, tt.stored); err != nil {
				t.Fatal(err)
			}
			if err := membership.New(db, nil).Apply(ctx, tt.change); err != nil {
				t.Fatalf("Apply(%+v): %v", tt.change, err)
			}
			s, err := db.Subscriber(ctx, tt.check)
			if err != nil {
				t.Fatalf("chat %d: %v", tt.check, err)
			}
			if s.Status != tt.want {
				t.Errorf("chat %d: status %s, want %s", tt.check, s.Status, tt.want)
			}
			if s.DigestTime != tt.stored.DigestTime || s.Lang != tt.stored.Lang {
				t.Errorf("chat %d: preferences %+v, want %+v kept", tt.check, s.Preferences, tt.stored.Preferences)
			}
		})
	}
}

// TestApplyUnknownChat: a chat the bot never knew has nothing to record,
// whatever the change.
func TestApplyUnknownChat(t *testing.T) {
	ctx := context.Background()
	r := membership.New(openStore(t), nil)
	for _, k := range []membership.Kind{membership.Joined, membership.Left, membership.Rights, membership.Migrated, membership.Blocked, membership.Unblocked} {
		if err := r.Apply(ctx, membership.Change{ChatID: 42, Kind: k, MigrateTo: -1000042}); err != nil {
			t.Errorf("Apply(%v) for an unknown chat: %v; want nil", k, err)
		}
	}
}

// TestApplyRefusesNoChange: a change of no kind (an ordinary update) is
// an error, not a silent success.
func TestApplyRefusesNoChange(t *testing.T) {
	r := membership.New(openStore(t), nil)
	if err := r.Apply(context.Background(), membership.Change{ChatID: 1}); err == nil {
		t.Error("Apply(no change) = nil; want an error")
	}
}

func sub(id int64, ct news.ChatType, status news.Status) news.Subscriber {
	return news.Subscriber{ChatID: id, ChatType: ct, Title: "Desk", Status: status,
		Preferences: news.Preferences{Lang: "ru", DigestTime: "09:30", Countries: []string{"KZ"}}}
}

func openStore(t *testing.T) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), t.TempDir()+"/membership.db")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}
