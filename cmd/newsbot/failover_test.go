package main

// The fail-over test of replicas: three "newsbot run" processes share one
// database with [database] shared; the leader is killed with SIGKILL and
// another must take over, with nothing lost. The processes are this test
// binary, started again as newsbot (see TestMain).

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/pgtest"
	"github.com/newsbot/newsbot/internal/store"
	"github.com/newsbot/newsbot/internal/storetest"
	"github.com/newsbot/newsbot/internal/telegram/telegramtest"
)

// runAsNewsbot, set in a child's environment, makes the test binary run
// newsbot's main instead of the tests.
const runAsNewsbot = "NEWSBOT_TEST_RUN_AS_NEWSBOT"

func TestMain(m *testing.M) {
	if os.Getenv(runAsNewsbot) == "1" {
		main()
		os.Exit(0)
	}
	// pgtest.Main stops the throwaway PostgreSQL that copy-db's and the
	// fail-over's tests may have started.
	os.Exit(pgtest.Main(m))
}

// replica is one newsbot process of the fail-over test.
type replica struct {
	cmd    *exec.Cmd
	listen string
	log    string
	done   chan struct{}
}

func startReplica(t testing.TB, env map[string]string, logPath string) *replica {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(self, "run")
	cmd.Env = append(os.Environ(), runAsNewsbot+"=1")
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	f, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = f, f
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r := &replica{cmd: cmd, listen: env["NEWSBOT_HTTP_LISTEN"], log: logPath, done: make(chan struct{})}
	go func() { _ = cmd.Wait(); f.Close(); close(r.done) }()
	t.Cleanup(func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-r.done:
		case <-time.After(20 * time.Second):
			_ = cmd.Process.Kill()
			<-r.done
		}
		if t.Failed() {
			b, _ := os.ReadFile(logPath)
			t.Logf("replica %s logs:\n%s", r.listen, b)
		}
	})
	return r
}

// role asks the replica's /healthz for its role; "" when it does not answer.
func (r *replica) role() string {
	c := http.Client{Timeout: 2 * time.Second}
	resp, err := c.Get("http://" + r.listen + "/healthz")
	if err != nil {
		return ""
	}
	defer resp.Body.Close()
	var h struct {
		Role string `json:"role"`
	}
	if json.NewDecoder(resp.Body).Decode(&h) != nil {
		return ""
	}
	return h.Role
}

func (r *replica) metrics() string {
	c := http.Client{Timeout: 2 * time.Second}
	resp, err := c.Get("http://" + r.listen + "/metrics")
	if err != nil {
		return ""
	}
	defer resp.Body.Close()
	var b strings.Builder
	buf := make([]byte, 32<<10)
	for {
		n, err := resp.Body.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			return b.String()
		}
	}
}

// leaders returns the replicas that say they lead.
// waitForLeader waits until exactly one of rs leads and returns it; two
// leading at once fails the test.
func waitForLeader(tb testing.TB, rs []*replica) *replica {
	tb.Helper()
	var leader *replica
	waitUntil(tb, 60*time.Second, "one replica to lead", func() bool {
		l := leaders(rs)
		if len(l) > 1 {
			tb.Fatalf("%d replicas lead at once", len(l))
		}
		if len(l) == 1 {
			leader = l[0]
		}
		return leader != nil
	})
	return leader
}

func leaders(rs []*replica) []*replica {
	var out []*replica
	for _, r := range rs {
		if r.role() == "leader" {
			out = append(out, r)
		}
	}
	return out
}

func TestFailoverAfterKillingTheLeader(t *testing.T) {
	if testing.Short() {
		t.Skip("starts three newsbot processes and waits for a fail-over; skipped with -short")
	}
	t.Parallel() // mostly waiting for the lease to run out
	// With NEWSBOT_TEST_DATABASE=postgres (make test-postgres), the
	// replicas share a throwaway PostgreSQL database (NEWSBOT_DATABASE_URL);
	// without it, one SQLite file on this machine, which [database] shared
	// allows.
	var pgURL string
	if storetest.OnPostgres() {
		pgURL = pgtest.URL(t)
	}
	ctx := context.Background()
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "newsbot.db")
	tg := telegramtest.Start(t, telegramtest.Options{})
	const n = 60
	var subs []news.Subscriber
	var msgs []news.OutboxMessage
	for i := range n {
		id := int64(9001 + i)
		subs = append(subs, news.Subscriber{ChatID: id, ChatType: news.ChatPrivate, Status: news.StatusActive,
			Preferences: news.Preferences{Lang: "en", Countries: []string{"KZ"}, DigestTime: "08:00"}})
		tg.AddPrivateChat(telegramtest.User{ID: id, FirstName: "Reader"})
		msgs = append(msgs, news.OutboxMessage{IdemKey: fmt.Sprintf("%d:alert:failover", id), ChatID: id, Kind: news.KindAlert,
			ContentID: "failover", Text: fmt.Sprintf("Fail-over notice %d", i), ParseMode: "HTML", DisablePreview: true})
	}
	store := openFailoverStore(t, pgURL, dbPath)
	if err := store.SaveSubscribers(ctx, subs); err != nil {
		t.Fatal(err)
	}
	if _, err := store.Enqueue(ctx, msgs); err != nil {
		t.Fatal(err)
	}

	var rs []*replica
	for i := range 3 {
		env := map[string]string{
			"NEWSBOT_TELEGRAM_TOKEN":   tg.Token(),
			"NEWSBOT_TELEGRAM_API_URL": tg.URL(),
			"NEWSBOT_DATABASE_PATH":    dbPath,
			"NEWSBOT_DATABASE_SHARED":  "true",
			"NEWSBOT_HTTP_LISTEN":      freeAddr(t),
			"NEWSBOT_DELIVERY_RATE":    "4", // 15 s for the lot: the kill falls in the middle
			"NEWSBOT_LOG_LEVEL":        "info",
		}
		if pgURL != "" {
			env["NEWSBOT_DATABASE_URL"] = pgURL
		}
		rs = append(rs, startReplica(t, env, filepath.Join(dir, fmt.Sprintf("replica%d.log", i))))
	}

	delivered := func() (chats, copies int) {
		for _, s := range subs {
			c := len(containing(tg, s.ChatID, "Fail-over notice"))
			copies += c
			if c > 0 {
				chats++
			}
		}
		return chats, copies
	}
	leader := waitForLeader(t, rs)
	if m := leader.metrics(); !strings.Contains(m, `newsbot_lease_self{lease="leader"} 1`) || !strings.Contains(m, `newsbot_lease_holder{holder=`) {
		t.Errorf("the leader's /metrics lacks the lease holder:\n%s", grepLines(m, "newsbot_lease"))
	}
	waitUntil(t, 60*time.Second, "a sixth of the messages before the kill", func() bool { c, _ := delivered(); return c >= n/6 })

	// kill -9 the leader: it records nothing more and releases nothing.
	if err := leader.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	killed := time.Now()
	<-leader.done
	atKill, _ := delivered()
	counts, err := store.OutboxCounts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	inFlight := counts[news.OutboxSending]
	if atKill == n {
		t.Fatal("every message went out before the kill; the test proves nothing")
	}

	var next *replica
	waitUntil(t, 60*time.Second, "another replica to take over", func() bool {
		for _, r := range leaders(rs) {
			if r != leader {
				next = r
			}
		}
		return next != nil
	})
	takeover := time.Since(killed)
	t.Logf("fail-over: a new leader %s after the kill -9 (bound by the lease: 10 s TTL + 3 s renewal); %d of %d chats served before, %d messages in flight at the kill",
		takeover.Round(100*time.Millisecond), atKill, n, inFlight)

	// Nothing is lost: every chat gets its message, the in-flight ones
	// once their outbox lease runs out.
	waitUntil(t, 90*time.Second, "every message after the fail-over", func() bool { c, _ := delivered(); return c == n })
	_, copies := delivered()
	if dup := copies - n; dup > inFlight {
		t.Errorf("%d duplicates, more than the %d messages in flight at the kill", dup, inFlight)
	}
	// The new leader receives updates: a reader's /start is answered.
	reader := telegramtest.User{ID: subs[0].ChatID, FirstName: "Reader", LanguageCode: "en"}
	before := len(tg.Sent(reader.ID))
	tg.InjectText(reader.ID, reader, "/settings")
	waitSent(t, tg, reader.ID, before+1)

	if v := tg.Stats().Violations; v.Total() != 0 {
		t.Errorf("the fake server counted rate limit violations: %+v", v)
	}
	for _, r := range rs {
		b, _ := os.ReadFile(r.log)
		if strings.Contains(string(b), "terminated by other getUpdates") {
			t.Errorf("replica %s saw two consumers of getUpdates at once", r.listen)
		}
	}
}

// failoverStore is what the test reads and writes in the replicas' store.
type failoverStore interface {
	SaveSubscribers(ctx context.Context, subs []news.Subscriber) error
	Enqueue(ctx context.Context, msgs []news.OutboxMessage) (int, error)
	OutboxCounts(ctx context.Context) (map[news.OutboxState]int, error)
}

// openFailoverStore opens the store the replicas will share: the
// PostgreSQL database at pgURL when set, else the SQLite file at dbPath.
func openFailoverStore(t *testing.T, pgURL, dbPath string) failoverStore {
	t.Helper()
	dsn := dbPath
	if pgURL != "" {
		dsn = pgURL
	}
	db, err := store.OpenURL(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// grepLines returns the lines of s containing sub.
func grepLines(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// In webhook mode every replica answers the updates its load balancer
// gives it, the standby too, while only the leader sends the outbox.
func TestWebhookReplicasAllAnswer(t *testing.T) {
	t.Parallel()
	dbPath := filepath.Join(t.TempDir(), "newsbot.db")
	tg := startTelegram(t)
	const secret = "replica-secret-42"
	var ins []*instance
	var hooks []string
	for range 2 {
		hook := freeAddr(t)
		env := botEnv(t, tg, dbPath, 1)
		env["NEWSBOT_DATABASE_SHARED"] = "true"
		env["NEWSBOT_TELEGRAM_MODE"] = "webhook"
		env["NEWSBOT_TELEGRAM_WEBHOOK_URL"] = "https://bot.example/telegram"
		env["NEWSBOT_TELEGRAM_WEBHOOK_LISTEN"] = hook
		env["NEWSBOT_TELEGRAM_WEBHOOK_SECRET"] = secret
		ins = append(ins, startRun(t, env))
		hooks = append(hooks, hook)
	}
	roles := func() []string {
		var out []string
		for _, in := range ins {
			_, body := in.httpGet(t, "/healthz")
			var h struct {
				Role string `json:"role"`
			}
			_ = json.Unmarshal([]byte(body), &h)
			out = append(out, h.Role)
		}
		return out
	}
	var got []string
	waitUntil(t, 30*time.Second, "one leader and one standby", func() bool {
		got = roles()
		return (got[0] == "leader" && got[1] == "standby") || (got[0] == "standby" && got[1] == "leader")
	})
	for i, hook := range hooks {
		reader := telegramtest.User{ID: int64(7001 + i), FirstName: "Reader", LanguageCode: "en"}
		tg.AddPrivateChat(reader)
		update := fmt.Sprintf(`{"update_id":%d,"message":{"message_id":1,"date":%d,"chat":{"id":%d,"type":"private","first_name":"Reader"},"from":{"id":%d,"is_bot":false,"first_name":"Reader","language_code":"en"},"text":"/help"}}`,
			100+i, time.Now().Unix(), reader.ID, reader.ID)
		waitUntil(t, 30*time.Second, fmt.Sprintf("the %s's webhook to take an update", got[i]), func() bool {
			req, _ := http.NewRequest(http.MethodPost, "http://"+hook+"/telegram", strings.NewReader(update))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				return false
			}
			resp.Body.Close()
			return resp.StatusCode == http.StatusOK
		})
		waitSent(t, tg, reader.ID, 1)
	}
}
