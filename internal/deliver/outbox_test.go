package deliver_test

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/store"
	"github.com/newsbot/newsbot/internal/telegram"
	"github.com/newsbot/newsbot/internal/telegram/telegramtest"
)

// testEnv is a fake Telegram with registered chats and a store whose
// subscribers are those chats.
type testEnv struct {
	srv    *telegramtest.Server
	db     *store.DB
	path   string
	sender *telegram.Sender
}

func newTestEnv(t testing.TB, opts telegramtest.Options) *testEnv {
	t.Helper()
	srv := telegramtest.Start(t, opts)
	db, path := openDB(t, nil)
	client := srv.Client()
	client.Timeout = 10 * time.Second
	sender, err := telegram.NewSender(context.Background(), srv.URL(), srv.Token(), client)
	if err != nil {
		t.Fatal(err)
	}
	return &testEnv{srv: srv, db: db, path: path, sender: sender}
}

// addPrivateChats registers n private chats from id first on the server and
// as active subscribers, and returns their ids.
func (e *testEnv) addPrivateChats(t testing.TB, first int64, n int) []int64 {
	t.Helper()
	ids := make([]int64, n)
	for i := range n {
		id := first + int64(i)
		e.srv.AddPrivateChat(telegramtest.User{ID: id, FirstName: fmt.Sprint("User", id)})
		if err := e.db.SaveSubscriber(context.Background(), news.Subscriber{ChatID: id,
			Preferences: news.Preferences{Lang: "en", Countries: []string{"KZ"}}}); err != nil {
			t.Fatal(err)
		}
		ids[i] = id
	}
	return ids
}

func testLogger(t testing.TB) *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	return slog.New(slog.DiscardHandler)
}

// runUntilDrained runs the outbox until nothing waits, then stops it.
func runUntilDrained(t testing.TB, o *deliver.Outbox, db *store.DB, timeout time.Duration) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		if err := o.Run(ctx); err != nil {
			t.Error(err)
		}
	}()
	deadline := time.Now().Add(timeout)
	for {
		time.Sleep(50 * time.Millisecond)
		n, err := db.OutboxBacklog(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			break
		}
		if time.Now().After(deadline) {
			cancel()
			wg.Wait()
			counts, _ := db.OutboxCounts(context.Background())
			t.Fatalf("outbox not drained after %s: %v", timeout, counts)
		}
	}
	cancel()
	wg.Wait()
}

func TestOutboxChatStates(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx := context.Background()
		lim := telegramtest.Limits{Global: 30, GlobalWindow: time.Second, Private: 1, PrivateWindow: 200 * time.Millisecond,
			Group: 2, GroupWindow: time.Second}
		e := newTestEnv(t, telegramtest.Options{Limits: &lim, InMemory: true})
		ok := e.addPrivateChats(t, 1, 1)[0]
		blocked := e.addPrivateChats(t, 2, 1)[0]
		if err := e.srv.SetChatStatus(blocked, telegramtest.ChatBlocked); err != nil {
			t.Fatal(err)
		}
		e.srv.AddChat(telegramtest.ChatSpec{Chat: telegramtest.Chat{ID: -100, Type: telegramtest.ChatGroup, Title: "Old group"}})
		if _, err := e.srv.MigrateChat(-100, -1000100); err != nil {
			t.Fatal(err)
		}
		e.srv.AddChat(telegramtest.ChatSpec{Chat: telegramtest.Chat{ID: -200, Type: telegramtest.ChatGroup, Title: "Kicked"}})
		if err := e.srv.SetChatStatus(-200, telegramtest.ChatKicked); err != nil {
			t.Fatal(err)
		}
		e.srv.AddChat(telegramtest.ChatSpec{Chat: telegramtest.Chat{ID: -300, Type: telegramtest.ChatSupergroup, Title: "Busy"}})
		for _, g := range []news.Subscriber{
			{ChatID: -100, ChatType: news.ChatGroup, Preferences: news.Preferences{Lang: "en", Countries: []string{"UZ"}}},
			{ChatID: -200, ChatType: news.ChatGroup},
			{ChatID: -300, ChatType: news.ChatSupergroup},
		} {
			if err := e.db.SaveSubscriber(ctx, g); err != nil {
				t.Fatal(err)
			}
		}
		msg := func(chat int64, content, text string) news.OutboxMessage {
			return news.OutboxMessage{IdemKey: fmt.Sprintf("%d:reply:%s", chat, content), ChatID: chat,
				Kind: news.KindReply, Text: text, ParseMode: "HTML", DisableNotification: true}
		}
		var msgs []news.OutboxMessage
		for i := range 3 {
			msgs = append(msgs, msg(ok, fmt.Sprint(i), fmt.Sprintf("<b>%d</b>", i)))
			msgs = append(msgs, msg(-300, fmt.Sprint(i), fmt.Sprintf("group %d", i)))
		}
		msgs = append(msgs, msg(blocked, "a", "x"), msg(blocked, "b", "y"), msg(-100, "a", "to the old id"),
			msg(-200, "a", "x"), msg(ok, "bad", "<b>unclosed"))
		if _, err := e.db.Enqueue(ctx, msgs); err != nil {
			t.Fatal(err)
		}

		m := deliver.NewMetrics()
		limiter := deliver.NewLimiter(deliver.Limits{Rate: 20, PerChatInterval: 200 * time.Millisecond, GroupPerMinute: 2, GroupWindow: time.Second}, nil)
		o := deliver.NewOutbox(e.db, e.sender, limiter, m, testLogger(t), deliver.OutboxConfig{PollInterval: 50 * time.Millisecond})
		runUntilDrained(t, o, e.db, 20*time.Second)

		if got := e.srv.Sent(ok); len(got) != 3 || got[0].Text != "0" || !got[0].DisableNotification {
			t.Errorf("private chat got %+v, want 3 silent messages in order", got)
		}
		if n := e.srv.SentCount(-300); n != 3 {
			t.Errorf("group got %d messages, want 3 (paced at 2 a second)", n)
		}
		if n := e.srv.SentCount(-1000100); n != 1 {
			t.Errorf("migrated supergroup got %d messages, want 1", n)
		}
		if s, err := e.db.Subscriber(ctx, -1000100); err != nil || s.ChatType != news.ChatSupergroup || len(s.Countries) != 1 {
			t.Errorf("migrated subscriber = %+v, %v; want it under the new id with its countries", s, err)
		}
		for chat, want := range map[int64]news.Status{blocked: news.StatusBlocked, -200: news.StatusLeft} {
			s, err := e.db.Subscriber(ctx, chat)
			if err != nil || s.Status != want || len(s.Countries) != len(mustSub(t, e.db, chat).Countries) {
				t.Errorf("chat %d status = %s, %v; want %s", chat, s.Status, err, want)
			}
		}
		if got, _ := e.db.Subscriber(ctx, blocked); len(got.Countries) != 1 {
			t.Errorf("blocked subscriber lost its preferences: %+v", got)
		}
		blockedMsgs, _ := e.db.OutboxMessages(ctx, blocked)
		for _, bm := range blockedMsgs {
			if bm.State != news.OutboxCancelled {
				t.Errorf("blocked chat message %s in state %s, want cancelled", bm.IdemKey, bm.State)
			}
		}
		okMsgs, _ := e.db.OutboxMessages(ctx, ok)
		if last := okMsgs[len(okMsgs)-1]; last.State != news.OutboxDead || last.LastError == "" {
			t.Errorf("bad markup message = %s %q, want dead with the reason", last.State, last.LastError)
		}
		if v := e.srv.Stats().Violations; v.Total() != 0 {
			t.Errorf("fake Telegram counted limit violations: %+v", v)
		}
	})
}

func mustSub(t *testing.T, db *store.DB, chat int64) news.Subscriber {
	t.Helper()
	s, err := db.Subscriber(context.Background(), chat)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestBroadcastUnderFaults broadcasts to 2 000 chats while the fake server
// injects 429s with retry_after, 500s, hangs (timeouts) and 403s.
func TestBroadcastUnderFaults(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx := context.Background()
		const chats = 2000
		limits := telegramtest.TelegramLimits().Scale(20) // 600/s overall, 20/s per private chat
		e := newTestEnv(t, telegramtest.Options{Limits: &limits, DiscardText: true, InMemory: true, Faults: telegramtest.Faults{
			Seed: 7, TooManyRequests: 0.03, InternalError: 0.03, Hang: 0.01, Forbidden: 0.01, MaxRetryAfter: 2,
		}})
		ids := e.addPrivateChats(t, 1000, chats)
		preBlocked := ids[:25]
		for _, id := range preBlocked {
			if err := e.srv.SetChatStatus(id, telegramtest.ChatBlocked); err != nil {
				t.Fatal(err)
			}
		}

		limiter := deliver.NewLimiter(deliver.Limits{Rate: 500, PerChatInterval: 50 * time.Millisecond}, nil)
		o := deliver.NewOutbox(e.db, e.sender, limiter, nil, testLogger(t), deliver.OutboxConfig{
			PollInterval: 20 * time.Millisecond, Backoff: 50 * time.Millisecond, MaxBackoff: 200 * time.Millisecond,
			// A send that times out may still have been delivered, and is then
			// sent again: that is the price of never losing one. Only injected
			// hangs time out here: in the test's bubble the clock stands still
			// while the machine works, however loaded it is.
			MaxAttempts: 10, SendTimeout: 6 * time.Second,
		})
		b := deliver.NewBroadcaster(e.db, testRender(), o, 500, nil, testLogger(t), nil)
		aud := news.Audience{Countries: []string{"KZ"}}
		size, err := b.AudienceSize(ctx, aud)
		if err != nil || size != chats {
			t.Fatalf("audience size = %d, %v; want %d", size, err, chats)
		}
		rec, err := b.Start(ctx, deliver.BroadcastRequest{EditorID: 1, Text: "<b>Hello</b> everyone", Audience: aud})
		if err != nil {
			t.Fatal(err)
		}
		if rec.Total != chats {
			t.Fatalf("broadcast total = %d, want %d", rec.Total, chats)
		}

		runCtx, stop := context.WithCancel(ctx)
		defer stop()
		done := make(chan error, 1)
		go func() { done <- o.Run(runCtx) }()
		var reports []deliver.Progress
		final, err := b.Watch(ctx, rec.ID, 250*time.Millisecond, func(p deliver.Progress) { reports = append(reports, p) })
		if err != nil {
			t.Fatal(err)
		}
		stop()
		if err := <-done; err != nil {
			t.Fatal(err)
		}

		delivered, blocked := 0, 0
		for _, id := range ids {
			_, status, _ := e.srv.ChatInfo(id)
			n := e.srv.SentCount(id)
			switch {
			case status == telegramtest.ChatBlocked:
				blocked++
				if n != 0 {
					t.Errorf("blocked chat %d got %d copies", id, n)
				}
				if s := mustSub(t, e.db, id); s.Status != news.StatusBlocked {
					t.Errorf("blocked chat %d has status %s", id, s.Status)
				}
			case n != 1:
				t.Errorf("chat %d got %d copies, want exactly 1", id, n)
			default:
				delivered++
			}
		}
		stats := e.srv.Stats()
		t.Logf("delivered %d, blocked %d (%d before); faults %+v; reports %d", delivered, blocked, len(preBlocked), stats.Faults, len(reports))
		if stats.Faults.TooManyRequests == 0 || stats.Faults.InternalError == 0 || stats.Faults.Hang == 0 || stats.Faults.Forbidden == 0 {
			t.Errorf("not every fault was injected: %+v", stats.Faults)
		}
		if v := stats.Violations; v.Total() != 0 {
			t.Errorf("fake Telegram counted limit violations: %+v", v)
		}
		if !final.Done || final.Sent != delivered || final.Failed != blocked || final.Total != chats {
			t.Errorf("final report = %+v, want %d sent, %d failed", final, delivered, blocked)
		}
		if len(reports) < 2 || reports[0].Done {
			t.Errorf("got %d progress reports, want several while sending", len(reports))
		}
		saved, _ := e.db.Broadcast(ctx, rec.ID)
		if saved.State != news.BroadcastDone || saved.Sent != delivered || saved.Failed != blocked || saved.FinishedAt.IsZero() {
			t.Errorf("broadcast record = %+v", saved)
		}
	})
}

// orderSender fails the first send of one text once, then delivers
// everything, recording the order in which texts were delivered.
type orderSender struct {
	mu        sync.Mutex
	failText  string
	failWith  error
	failed    bool
	delivered []string
}

func (s *orderSender) Send(_ context.Context, m deliver.Message) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if m.Text == s.failText && !s.failed {
		s.failed = true
		return 0, s.failWith
	}
	s.delivered = append(s.delivered, m.Text)
	return len(s.delivered), nil
}

func (s *orderSender) Edit(context.Context, int, deliver.Message) error { return nil }

// A digest in several messages must arrive in order even when its first
// message has to be retried: the later parts may not overtake it.
func TestOutboxKeepsChatOrderAcrossRetries(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
	}{
		{"server error", &deliver.SendError{Kind: deliver.ErrTemporary, Code: 502, Description: "Bad Gateway"}},
		{"rate limited", &deliver.SendError{Kind: deliver.ErrRateLimited, Code: 429, RetryAfter: time.Second}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				ctx := context.Background()
				db, _ := openDB(t, nil)
				var msgs []news.OutboxMessage
				for i := 1; i <= 3; i++ {
					msgs = append(msgs, news.OutboxMessage{IdemKey: fmt.Sprintf("7:digest:2025-05-01:%d", i), ChatID: 7,
						Kind: news.KindDigest, ContentID: "2025-05-01", Text: fmt.Sprint("part ", i)})
				}
				if _, err := db.Enqueue(ctx, msgs); err != nil {
					t.Fatal(err)
				}
				s := &orderSender{failText: "part 1", failWith: tc.err}
				limiter := deliver.NewLimiter(deliver.Limits{Rate: 100, PerChatInterval: 300 * time.Millisecond}, nil)
				o := deliver.NewOutbox(db, s, limiter, nil, testLogger(t), deliver.OutboxConfig{
					PollInterval: 50 * time.Millisecond, Backoff: time.Second, MaxBackoff: time.Second})
				runUntilDrained(t, o, db, 20*time.Second)
				if got := fmt.Sprint(s.delivered); got != "[part 1 part 2 part 3]" {
					t.Errorf("delivered %s, want the parts in order", got)
				}
			})
		})
	}
}
