package deliver_test

import (
	"context"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/store"
	"github.com/newsbot/newsbot/internal/telegram"
	"github.com/newsbot/newsbot/internal/telegram/telegramtest"
)

// The kill test runs this test binary again as the sending process, with
// these variables telling it what to do.
const (
	envKillChild = "NEWSBOT_TEST_KILL_CHILD"
	envKillDB    = "NEWSBOT_TEST_KILL_DB"
	envKillAPI   = "NEWSBOT_TEST_KILL_API"
	envKillToken = "NEWSBOT_TEST_KILL_TOKEN"
)

func killTestLimits() deliver.Limits {
	return deliver.Limits{Rate: 1000, PerChatInterval: 50 * time.Millisecond}
}

// TestOutboxKillChild is the child process of TestOutboxKill: it sends the
// outbox until it is killed. Run alone it does nothing.
func TestOutboxKillChild(t *testing.T) {
	if os.Getenv(envKillChild) != "1" {
		t.Skip("runs only as the child of TestOutboxKill")
	}
	ctx := context.Background()
	db, err := store.Open(ctx, os.Getenv(envKillDB))
	if err != nil {
		t.Fatal(err)
	}
	client := telegram.NewSenderClient(10*time.Second, 128)
	sender, err := telegram.NewSender(ctx, os.Getenv(envKillAPI), os.Getenv(envKillToken), client)
	if err != nil {
		t.Fatal(err)
	}
	o := deliver.NewOutbox(db, sender, deliver.NewLimiter(killTestLimits(), nil), nil, testLogger(t),
		deliver.OutboxConfig{PollInterval: 20 * time.Millisecond})
	if err := o.Run(ctx); err != nil { // runs until SIGKILL
		t.Fatal(err)
	}
}

// TestOutboxKill starts a broadcast to 5 000 chats in a child process, kills
// it with SIGKILL midway, restarts sending on the same database and checks
// that every chat got exactly one copy, except at most the counted in-flight
// window.
func TestOutboxKill(t *testing.T) {
	if os.Getenv(envKillChild) == "1" {
		t.Skip("this is the child")
	}
	ctx := context.Background()
	const chats = 5000
	limits := telegramtest.TelegramLimits().Scale(40) // 1 200/s overall
	e := newTestEnv(t, telegramtest.Options{Limits: &limits, DiscardText: true})
	ids := e.addPrivateChats(t, 1, chats)
	b := deliver.NewBroadcaster(e.db, testRender(), nil, 1000, nil, nil, nil)
	rec, err := b.Start(ctx, deliver.BroadcastRequest{EditorID: 1, Text: "Kill test", Audience: news.Audience{}})
	if err != nil || rec.Total != chats {
		t.Fatalf("start broadcast = %+v, %v", rec, err)
	}

	cmd := exec.Command(os.Args[0], "-test.run=^TestOutboxKillChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), envKillChild+"=1", envKillDB+"="+e.path, envKillAPI+"="+e.srv.URL(),
		envKillToken+"="+e.srv.Token())
	if testing.Verbose() {
		cmd.Stderr = os.Stderr
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for e.srv.Stats().Sent < chats*2/5 {
		if time.Now().After(deadline) {
			_ = cmd.Process.Kill()
			_ = cmd.Wait() // killed: its error only says so
			t.Fatalf("child sent only %d messages in a minute", e.srv.Stats().Sent)
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := cmd.Process.Kill(); err != nil { // SIGKILL: no chance to clean up
		t.Fatal(err)
	}
	_ = cmd.Wait() // killed: its error only says so
	sentAtKill := e.srv.Stats().Sent
	counts, _ := e.db.OutboxCounts(ctx)
	t.Logf("killed after %d sends; outbox then: %v", sentAtKill, counts)

	o := deliver.NewOutbox(e.db, e.sender, deliver.NewLimiter(killTestLimits(), nil), nil, testLogger(t),
		deliver.OutboxConfig{PollInterval: 20 * time.Millisecond})
	runUntilDrained(t, o, e.db, 60*time.Second)
	inFlight := o.InFlightAtStart()

	missing, duplicated := 0, 0
	for _, id := range ids {
		switch n := e.srv.SentCount(id); {
		case n == 0:
			missing++
		case n == 2:
			duplicated++
		case n > 2:
			t.Errorf("chat %d got %d copies", id, n)
		}
	}
	t.Logf("in-flight window at restart: %d; duplicated: %d; missing: %d", inFlight, duplicated, missing)
	if missing != 0 {
		t.Errorf("%d chats got nothing", missing)
	}
	if duplicated > inFlight {
		t.Errorf("%d chats got two copies, more than the %d counted in flight", duplicated, inFlight)
	}
	if counts[news.OutboxSending] != inFlight {
		t.Errorf("restart counted %d in flight, the database held %d", inFlight, counts[news.OutboxSending])
	}
	if v := e.srv.Stats().Violations; v.Total() != 0 {
		t.Errorf("fake Telegram counted limit violations: %+v", v)
	}
}
