package app

import (
	"context"
	"fmt"
	"os"
	"sync"
	"testing"
	"testing/synctest"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/lease"
	"github.com/newsbot/newsbot/internal/pgtest"
	"github.com/newsbot/newsbot/internal/store"
	"github.com/newsbot/newsbot/internal/storetest"
	"github.com/newsbot/newsbot/internal/telegram"
	"github.com/newsbot/newsbot/internal/telegram/telegramtest"
)

// The shared send schedule is checked on both engines: make test-postgres
// runs these tests on PostgreSQL too (NEWSBOT_TEST_DATABASE=postgres).
func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// replica is one replica's sending side in webhook mode: its own limiter
// (shared through its own connection to the database, or not) and its own
// transport, as every replica answers the updates its load balancer gives it.
type replica struct {
	limiter *deliver.Limiter
	tg      *telegram.Transport
}

func startReplica(t *testing.T, ctx context.Context, srv *telegramtest.Server, dsn string, shared bool) replica {
	t.Helper()
	limiter := deliver.NewLimiter(deliver.DefaultLimits(), nil)
	if shared {
		db, err := store.OpenURL(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		limiter.Share(sharedSlots{ctx: ctx, s: lease.NewSlots(db.SQL())}, func(err error) { t.Errorf("shared schedule: %v", err) })
	}
	tg, err := telegram.New(ctx, telegram.Options{
		Token: srv.Token(), APIURL: srv.URL(), HTTPClient: srv.Client(),
		Mode: "webhook", Pacer: limiter,
	})
	if err != nil {
		t.Fatal(err)
	}
	return replica{limiter: limiter, tg: tg}
}

// TestReplicasKeepTelegramLimitsTogether has two replicas answer a burst of
// updates for the same chats at once: many private chats (the bot-wide
// rate), a few private chats with several replies each (one a second per
// chat) and a group (twenty a minute). Sharing the schedule through the
// database must keep the bot as a whole within Telegram's limits; each
// replica pacing alone must not, which shows the test can fail.
func TestReplicasKeepTelegramLimitsTogether(t *testing.T) {
	tests := []struct {
		name           string
		shared         bool
		wantViolations bool
	}{
		{"replicas book in the shared schedule", true, false},
		{"each replica paces alone", false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dsn := storetest.DSN(t) // outside the bubble: it may start PostgreSQL
			if !storetest.OnPostgres() {
				// The first open migrates; both replicas then share the file.
				db, err := store.OpenURL(context.Background(), dsn)
				if err != nil {
					t.Fatal(err)
				}
				db.Close()
			}
			synctest.Test(t, func(t *testing.T) {
				ctx := context.Background()
				srv := telegramtest.Start(t, telegramtest.Options{InMemory: true})
				var many, busy []int64
				for i := range 40 {
					many = append(many, srv.AddPrivateChat(telegramtest.User{ID: int64(2000 + i), FirstName: "Reader"}).ID)
				}
				for i := range 3 {
					busy = append(busy, srv.AddPrivateChat(telegramtest.User{ID: int64(3000 + i), FirstName: "Asker"}).ID)
				}
				group := srv.AddChat(telegramtest.ChatSpec{Chat: telegramtest.Chat{ID: -4001, Type: "group", Title: "Newsroom"}}).ID

				replicas := []replica{
					startReplica(t, ctx, srv, dsn, tc.shared),
					startReplica(t, ctx, srv, dsn, tc.shared),
				}
				// sends is what each replica answers, chat by chat: the
				// replies of one chat go out in order, as the transport
				// handles one chat's updates one at a time.
				sends := map[int64]int{group: 12}
				for _, id := range many {
					sends[id] = 1
				}
				for _, id := range busy {
					sends[id] = 4
				}
				var wg sync.WaitGroup
				var mu sync.Mutex
				var failed []error
				for r, rep := range replicas {
					for chat, n := range sends {
						wg.Go(func() {
							for i := range n {
								if _, err := rep.tg.Send(ctx, chat, bot.Reply{Text: fmt.Sprintf("reply %d from replica %d", i, r)}); err != nil {
									mu.Lock()
									failed = append(failed, err)
									mu.Unlock()
								}
							}
						})
					}
				}
				wg.Wait()
				v := srv.Stats().Violations
				if got := v.Total() > 0; got != tc.wantViolations {
					t.Errorf("violations = %+v, want some: %v", v, tc.wantViolations)
				}
				if tc.wantViolations {
					return
				}
				if len(failed) > 0 {
					t.Errorf("%d replies failed, first: %v", len(failed), failed[0])
				}
				for chat, n := range sends {
					if got := srv.SentCount(chat); got != 2*n {
						t.Errorf("chat %d got %d messages, want %d", chat, got, 2*n)
					}
				}
				for _, rep := range replicas {
					if n := rep.limiter.SharedFailures(); n != 0 {
						t.Errorf("%d bookings fell back to the local schedule", n)
					}
				}
			})
		})
	}
}
