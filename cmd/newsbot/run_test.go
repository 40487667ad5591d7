package main

// End-to-end tests of "newsbot run": the real run function, in-process,
// against the fake Bot API server, with a real SQLite file. They assert what
// editors and subscribers see, and what operators read from /healthz and
// /metrics.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/store"
	"github.com/newsbot/newsbot/internal/telegram/telegramtest"
)

// syncBuffer collects the logs of a running bot; run's goroutines write to
// it concurrently.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// instance is one "newsbot run" running in a goroutine.
type instance struct {
	env     map[string]string
	cancel  context.CancelFunc
	done    chan error
	logs    *syncBuffer
	stopped bool
}

// freeAddr returns a loopback address with a port that was free a moment ago.
func freeAddr(t testing.TB) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// testChatInterval is the least time between two messages to one private
// chat in these tests: Telegram's one message a second, shortened on both
// sides, so that startTelegram's fake server enforces it and botEnv's bot
// is configured with it. The bot's pacing is checked as strictly as at
// Telegram's rate (a reply or copy sent early is a counted violation), but
// thirteen messages to one chat take a second and a half, not thirteen.
const testChatInterval = 100 * time.Millisecond

// startTelegram starts the fake Bot API with Telegram's limits, except one
// message per testChatInterval to each private chat.
func startTelegram(t *testing.T) *telegramtest.Server {
	t.Helper()
	limits := telegramtest.TelegramLimits()
	limits.PrivateWindow = testChatInterval
	return telegramtest.Start(t, telegramtest.Options{Limits: &limits})
}

// botEnv is the environment of a bot connected to tg (from startTelegram),
// with its database at dbPath, editorID as its only editor, health and
// metrics on a free port and testChatInterval between messages to a chat.
func botEnv(t *testing.T, tg *telegramtest.Server, dbPath string, editorID int64) map[string]string {
	t.Helper()
	return map[string]string{
		"NEWSBOT_TELEGRAM_TOKEN":             tg.Token(),
		"NEWSBOT_TELEGRAM_API_URL":           tg.URL(),
		"NEWSBOT_TELEGRAM_EDITORS":           strconv.FormatInt(editorID, 10),
		"NEWSBOT_DATABASE_PATH":              dbPath,
		"NEWSBOT_HTTP_LISTEN":                freeAddr(t),
		"NEWSBOT_LOG_LEVEL":                  "debug",
		"NEWSBOT_DELIVERY_PER_CHAT_INTERVAL": testChatInterval.String(),
	}
}

// startRun starts "newsbot run" with env. The test's cleanup stops it and,
// when the test failed, prints its logs.
func startRun(t *testing.T, env map[string]string) *instance {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	in := &instance{env: env, cancel: cancel, done: make(chan error, 1), logs: &syncBuffer{}}
	go func() {
		in.done <- run(ctx, []string{"run"}, func(k string) string { return env[k] }, strings.NewReader(""), io.Discard, in.logs)
	}()
	t.Cleanup(func() {
		if !in.stopped {
			in.stop(t)
		}
		if t.Failed() {
			t.Logf("newsbot logs:\n%s", in.logs)
		}
	})
	return in
}

// stop cancels run's context and checks that it returns nil within a few
// seconds; it returns how long that took.
func (in *instance) stop(t *testing.T) time.Duration {
	t.Helper()
	in.stopped = true
	start := time.Now()
	in.cancel()
	select {
	case err := <-in.done:
		took := time.Since(start)
		if err != nil {
			t.Errorf("run returned %v after cancellation, want nil", err)
		}
		return took
	case <-time.After(10 * time.Second):
		t.Fatalf("run did not return within 10 s of cancellation")
		return 0
	}
}

// stopPromptly stops the instance and fails the test unless run returned
// within three seconds.
func (in *instance) stopPromptly(t *testing.T) {
	t.Helper()
	if took := in.stop(t); took > 3*time.Second {
		t.Errorf("run took %s to return after cancellation, want under 3 s", took.Round(time.Millisecond))
	}
}

func (in *instance) httpGet(t *testing.T, path string) (int, string) {
	t.Helper()
	var lastErr error
	// The listener starts with run; give it a moment on a slow machine.
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		resp, err := http.Get("http://" + in.env["NEWSBOT_HTTP_LISTEN"] + path)
		if err != nil {
			lastErr = err
			continue
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		return resp.StatusCode, string(body)
	}
	t.Fatalf("GET %s: %v", path, lastErr)
	return 0, ""
}

// waitUntil polls cond until it holds, failing the test with what after
// timeout.
func waitUntil(t testing.TB, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// botReplyWait bounds how long a test waits for a reply of the bot. The
// bot builds its analyzer before it connects to Telegram (about 0.5 s, but
// 3 s under the race detector, and several times that on a machine busy
// with other test packages), so the bound is generous: it only decides how
// long a failing test takes to say so, never what passes.
const botReplyWait = 30 * time.Second

// waitSent waits for the bot's n-th message to chatID and returns them all.
func waitSent(t *testing.T, tg *telegramtest.Server, chatID int64, n int) []telegramtest.SentMessage {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), botReplyWait)
	defer cancel()
	msgs, err := tg.WaitSent(ctx, chatID, n)
	if err != nil {
		for _, m := range msgs {
			t.Logf("chat %d got: %q", chatID, m.Text)
		}
		t.Fatal(err)
	}
	return msgs
}

// containing returns the bot's messages to chatID whose text contains s.
func containing(tg *telegramtest.Server, chatID int64, s string) []telegramtest.SentMessage {
	var out []telegramtest.SentMessage
	for _, m := range tg.Sent(chatID) {
		if strings.Contains(m.Text, s) {
			out = append(out, m)
		}
	}
	return out
}

// buttonData returns the callback data of the message's button whose data
// has the given suffix (or prefix, when prefix is set).
func buttonData(t *testing.T, m telegramtest.SentMessage, suffix string) string {
	t.Helper()
	for _, b := range m.Buttons() {
		if strings.HasSuffix(b.CallbackData, suffix) {
			return b.CallbackData
		}
	}
	t.Fatalf("message %d (%q) has no button with data ending in %q", m.MessageID, m.Text, suffix)
	return ""
}

func buttonWithPrefix(t *testing.T, m telegramtest.SentMessage, prefix string) string {
	t.Helper()
	for _, b := range m.Buttons() {
		if strings.HasPrefix(b.CallbackData, prefix) {
			return b.CallbackData
		}
	}
	t.Fatalf("message %d (%q) has no button with data starting with %q", m.MessageID, m.Text, prefix)
	return ""
}

// press presses a button and waits until the bot answered the callback and
// the message's text satisfies want.
func press(t *testing.T, tg *telegramtest.Server, chatID int64, messageID int, from telegramtest.User, data string, want func(text string) bool) telegramtest.SentMessage {
	t.Helper()
	q, err := tg.PressButton(chatID, messageID, from, data)
	if err != nil {
		t.Fatal(err)
	}
	var m telegramtest.SentMessage
	waitUntil(t, botReplyWait, fmt.Sprintf("the answer to button %q in chat %d", data, chatID), func() bool {
		if _, ok := tg.CallbackAnswered(q.ID); !ok {
			return false
		}
		m, _ = tg.SentMessage(chatID, messageID)
		return want(m.Text)
	})
	return m
}

// checkHTML fails the test unless m was sent as Telegram HTML that the
// fake server's strict parser accepts.
func checkHTML(t *testing.T, what string, m telegramtest.SentMessage) {
	t.Helper()
	if m.ParseMode != "HTML" {
		t.Errorf("%s: parse mode %q, want HTML", what, m.ParseMode)
	}
	if _, _, err := telegramtest.ParseHTML(m.Source); err != nil {
		t.Errorf("%s is not valid Telegram HTML: %v\n%s", what, err, m.Source)
	}
}

// draftControls sends the editor's command and returns the preview and the
// message with the audience buttons.
func draftControls(t *testing.T, tg *telegramtest.Server, editor telegramtest.User, command string) (preview, controls telegramtest.SentMessage) {
	t.Helper()
	before := len(tg.Sent(editor.ID))
	tg.InjectText(editor.ID, editor, command)
	msgs := waitSent(t, tg, editor.ID, before+2)
	return msgs[before], msgs[before+1]
}

// sendAndWaitReport presses the draft's Send button and waits for the final
// report; it returns the report and the controls message as it ends.
func sendAndWaitReport(t *testing.T, tg *telegramtest.Server, editor telegramtest.User, controls telegramtest.SentMessage) (report, final telegramtest.SentMessage) {
	t.Helper()
	before := len(tg.Sent(editor.ID))
	if _, err := tg.PressButton(editor.ID, controls.MessageID, editor, buttonData(t, controls, ":send")); err != nil {
		t.Fatal(err)
	}
	msgs := waitSent(t, tg, editor.ID, before+1)
	report = msgs[len(msgs)-1]
	final, _ = tg.SentMessage(editor.ID, controls.MessageID)
	return report, final
}

func outboxCounts(t *testing.T, dbPath string) map[news.OutboxState]int {
	t.Helper()
	db, err := store.Open(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	counts, err := db.OutboxCounts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return counts
}

// total returns how many messages the outbox holds, in any state.
func total(counts map[news.OutboxState]int) int {
	n := 0
	for _, c := range counts {
		n += c
	}
	return n
}

func TestRunEditorBroadcastReachesEverySubscriberOnce(t *testing.T) {
	t.Parallel()
	// Telegram's limits: 30 messages a second overall, one per
	// testChatInterval per private chat.
	tg := startTelegram(t)
	editor := telegramtest.User{ID: 7001, FirstName: "Dana", LanguageCode: "en"}
	stranger := telegramtest.User{ID: 7002, FirstName: "Sam", LanguageCode: "en"}
	const n = 30
	subs := make([]telegramtest.User, n)
	for i := range subs {
		subs[i] = telegramtest.User{ID: int64(5001 + i), FirstName: "Reader " + strconv.Itoa(i), LanguageCode: "en"}
	}
	dbPath := filepath.Join(t.TempDir(), "newsbot.db")
	in := startRun(t, botEnv(t, tg, dbPath, editor.ID))

	// Thirty readers subscribe at once, with /start and /countries; every
	// third also follows Uzbekistan. The replies come faster than Telegram
	// allows in one chat and overall, so the bot has to pace them.
	withUZ := 0
	for i, u := range subs {
		cmd := "/countries kz"
		if i%3 == 0 {
			cmd, withUZ = "/countries kz uz", withUZ+1
		}
		tg.InjectText(u.ID, u, "/start")
		tg.InjectText(u.ID, u, cmd)
	}
	for _, u := range subs {
		if msgs := waitSent(t, tg, u.ID, 1); !strings.Contains(msgs[0].Text, "Welcome") {
			t.Fatalf("reply to /start: %q", msgs[0].Text)
		}
	}
	for _, u := range subs {
		if msgs := waitSent(t, tg, u.ID, 2); !strings.Contains(msgs[1].Text, "Kazakhstan") {
			t.Fatalf("reply to /countries: %q", msgs[1].Text)
		}
	}

	// A reader who is not an editor is refused, politely and only that.
	tg.InjectText(stranger.ID, stranger, "/broadcast Free gas for everyone")
	refusal := waitSent(t, tg, stranger.ID, 1)[0]
	if !strings.Contains(refusal.Text, "only the newsroom's editors can broadcast") {
		t.Errorf("non-editor's /broadcast got %q, want a polite refusal", refusal.Text)
	}

	today := time.Now().Format("2006-01-02")
	text := "Gas prices fall & rise <" + today + ">"
	preview, controls := draftControls(t, tg, editor, "/broadcast "+text)
	if want := "📣 " + text; preview.Text != want {
		t.Errorf("preview reads %q, want %q", preview.Text, want)
	}
	checkHTML(t, "preview", preview)
	if !strings.Contains(preview.Source, "&amp;") || !strings.Contains(preview.Source, "&lt;"+today+"&gt;") {
		t.Errorf("preview source %q does not escape & < >", preview.Source)
	}
	if want := fmt.Sprintf("Audience: %d chats", n); !strings.Contains(controls.Text, want) {
		t.Fatalf("controls read %q, want %q", controls.Text, want)
	}

	// Narrow to Uzbekistan, then widen back to everyone.
	uz := buttonData(t, controls, ":c:UZ")
	wantUZ := fmt.Sprintf("Audience: %d chats", withUZ)
	controls = press(t, tg, editor.ID, controls.MessageID, editor, uz, func(s string) bool { return strings.Contains(s, wantUZ) })
	if !strings.Contains(controls.Text, "Uzbekistan") {
		t.Errorf("narrowed controls do not name the country: %q", controls.Text)
	}
	wantAll := fmt.Sprintf("Audience: %d chats", n)
	controls = press(t, tg, editor.ID, controls.MessageID, editor, uz, func(s string) bool { return strings.Contains(s, wantAll) })

	before := tg.Stats()
	report, final := sendAndWaitReport(t, tg, editor, controls)
	wantReport := fmt.Sprintf("✅ Broadcast finished: %d of %d delivered, 0 failed.", n, n)
	if report.Text != wantReport {
		t.Errorf("final report %q, want %q", report.Text, wantReport)
	}
	if final.Text != wantReport || final.Edits < 4 {
		t.Errorf("progress message: %d edits, now %q; want at least 4 edits (narrow, widen, sending, progress) ending with the report", final.Edits, final.Text)
	}
	after := tg.Stats()

	for _, u := range subs {
		got := containing(tg, u.ID, "Gas prices")
		if len(got) != 1 {
			t.Errorf("subscriber %d got %d copies, want 1", u.ID, len(got))
			continue
		}
		if got[0].Text != "📣 "+text || got[0].DisableNotification {
			t.Errorf("subscriber %d got %q (silent %v), want %q with sound", u.ID, got[0].Text, got[0].DisableNotification, "📣 "+text)
		}
		checkHTML(t, "broadcast copy", got[0])
	}
	// The editor and the refused reader are not subscribers: the editor has
	// only the preview, the reader nothing.
	if got := len(containing(tg, editor.ID, "Gas prices")); got != 1 {
		t.Errorf("editor has %d messages about gas prices, want only the preview", got)
	}
	if got := len(containing(tg, stranger.ID, "Gas prices")); got != 0 {
		t.Errorf("non-subscriber got %d copies of the broadcast", got)
	}
	// Nothing the bot sent broke a limit, from the burst of sign-ups
	// through the broadcast, its progress and its report: replies and the
	// outbox share one limiter.
	if after.Violations.Total() != 0 {
		t.Errorf("the fake server counted rate limit violations: %+v", after.Violations)
	}
	if got := after.Sent - before.Sent; got != n+1 {
		t.Errorf("%d messages sent during the broadcast, want %d copies and one report", got, n+1)
	}

	// Operations: health and metrics.
	code, body := in.httpGet(t, "/healthz")
	var h struct {
		OK       bool   `json:"ok"`
		Database string `json:"database"`
		Backlog  *int   `json:"outbox_backlog"`
	}
	if err := json.Unmarshal([]byte(body), &h); err != nil || code != http.StatusOK {
		t.Errorf("/healthz: %d %q (%v), want 200 and JSON", code, body, err)
	}
	if !h.OK || h.Database != "ok" || h.Backlog == nil || *h.Backlog != 0 {
		t.Errorf("/healthz = %s, want ok, database ok, empty backlog", body)
	}
	code, body = in.httpGet(t, "/metrics")
	if code != http.StatusOK {
		t.Errorf("/metrics: status %d", code)
	}
	for _, want := range []string{
		fmt.Sprintf(`newsbot_messages_sent_total{kind="broadcast"} %d`, n),
		"newsbot_broadcasts_total 1",
		"newsbot_telegram_429_total 0",
		`newsbot_outbox_messages{state="sent"} 30`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}

	in.stopPromptly(t)
	if c := outboxCounts(t, dbPath); c[news.OutboxSending] != 0 || c[news.OutboxSent] != n {
		t.Errorf("outbox after stop: %v, want %d sent and none sending", c, n)
	}
}

func TestRunBreakingAlertReachesOptedInFollowers(t *testing.T) {
	t.Parallel()
	page, err := os.ReadFile(filepath.Join("..", "..", "internal", "app", "testdata", "breaking_kz.html")) // the page internal/app tests /breaking on
	if err != nil {
		t.Fatal(err)
	}
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/world/kazakhstan-oil-target" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	defer site.Close()

	tg := startTelegram(t)
	editor := telegramtest.User{ID: 7101, FirstName: "Dana", LanguageCode: "en"}
	alertsKZ := telegramtest.User{ID: 5101, FirstName: "Aida", LanguageCode: "en"}    // KZ, alerts on
	quietKZ := telegramtest.User{ID: 5102, FirstName: "Bolat", LanguageCode: "en"}    // KZ, alerts off
	alertsUZ := telegramtest.User{ID: 5103, FirstName: "Dilnoza", LanguageCode: "en"} // UZ, alerts on
	dbPath := filepath.Join(t.TempDir(), "newsbot.db")
	env := botEnv(t, tg, dbPath, editor.ID)
	env["NEWSBOT_POLL_ALLOW_PRIVATE"] = "true" // the news site is a test server on loopback
	in := startRun(t, env)

	// Each reader subscribes by buttons alone: /start, a flag; alerts are
	// on from the start, and the one who does not want them opens
	// /settings and turns them off.
	follows := map[int64]string{alertsKZ.ID: "KZ", quietKZ.ID: "KZ", alertsUZ.ID: "UZ"}
	readers := []telegramtest.User{alertsKZ, quietKZ, alertsUZ}
	for _, u := range readers {
		tg.InjectText(u.ID, u, "/start")
	}
	for _, u := range readers {
		welcome := waitSent(t, tg, u.ID, 1)[0]
		country := follows[u.ID]
		press(t, tg, u.ID, welcome.MessageID, u, buttonWithPrefix(t, welcome, "c:"+country), func(s string) bool { return s != welcome.Text })
	}
	for _, u := range readers {
		tg.InjectText(u.ID, u, "/settings")
	}
	for _, u := range readers {
		settings := waitSent(t, tg, u.ID, 2)[1]
		if !strings.Contains(settings.Text, "Breaking alerts: on") {
			t.Fatalf("settings of a new subscriber: %q, want alerts on", settings.Text)
		}
	}
	settings := waitSent(t, tg, quietKZ.ID, 2)[1]
	press(t, tg, quietKZ.ID, settings.MessageID, quietKZ, buttonWithPrefix(t, settings, "s:a"), func(s string) bool { return strings.Contains(s, "Breaking alerts: off") })
	url := site.URL + "/world/kazakhstan-oil-target"
	card, controls := draftControls(t, tg, editor, "/breaking "+url)
	checkHTML(t, "breaking card", card)
	for _, want := range []string{
		"Kazakhstan Raises Oil Output Target as Tengiz Expansion Starts",
		"Kazakhstan will pump more oil this year",
		"The expansion gives Kazakhstan the headroom it has waited a decade for",
		"Yerlan Akkenzhenov",
		"🇰🇿",
	} {
		if !strings.Contains(card.Text, want) {
			t.Errorf("breaking card lacks %q:\n%s", want, card.Text)
		}
	}
	if !strings.Contains(card.Source, "<blockquote>") || !strings.Contains(card.Source, `href="`+url+`"`) {
		t.Errorf("breaking card has no quote block or no link to the article:\n%s", card.Source)
	}
	if !strings.Contains(controls.Text, "Audience: 1 chat\n") || !strings.Contains(controls.Text, "Kazakhstan") ||
		!strings.Contains(controls.Text, "Left out, breaking alerts off: 1 chat.") {
		t.Errorf("breaking audience: %q, want 1 chat following Kazakhstan with alerts on, and 1 with them off", controls.Text)
	}

	report, _ := sendAndWaitReport(t, tg, editor, controls)
	if !strings.Contains(report.Text, "finished: 1 of 1 delivered") {
		t.Errorf("final report %q", report.Text)
	}
	got := containing(tg, alertsKZ.ID, "Tengiz Expansion")
	if len(got) != 1 {
		t.Fatalf("opted-in follower got %d copies of the alert, want 1", len(got))
	}
	if got[0].DisableNotification {
		t.Error("breaking alert was sent silently, want notification sound")
	}
	checkHTML(t, "breaking alert", got[0])
	for _, u := range []telegramtest.User{quietKZ, alertsUZ} {
		if got := containing(tg, u.ID, "Tengiz"); len(got) != 0 {
			t.Errorf("reader %d (%s) got the alert %d times, want none", u.ID, u.FirstName, len(got))
		}
	}
	if v := tg.Stats().Violations; v.Total() != 0 {
		t.Errorf("the fake server counted rate limit violations: %+v", v)
	}
	in.stopPromptly(t)
}

func TestRunSendsDueDigestAtLocalTime(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dbPath := filepath.Join(t.TempDir(), "newsbot.db")
	db, err := store.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now().UTC()
	article := func(n int, title string, country string, published time.Time) news.Article {
		return news.Article{
			Source: "Steppe Wire", GUID: "guid-" + strconv.Itoa(n), URL: "https://steppe.example/news/" + strconv.Itoa(n),
			Title: title, Body: title + ".", Lang: "en", PublishedAt: published,
			Analysis: news.Analysis{
				Summary:    title + ", officials said on Monday.",
				Quotes:     []news.Quote{{Text: "We will keep our word & our quota", Speaker: "Energy Minister", Score: 1}},
				Countries:  []news.CountryScore{{Code: country, Score: 10, Primary: true}},
				Topics:     []news.TopicScore{{Topic: "energy", Score: 5}},
				Cluster:    "c" + strconv.Itoa(n),
				AnalyzedAt: published,
			},
		}
	}
	arts := []news.Article{
		article(1, "Tengiz output & exports rise", "KZ", now.Add(-2*time.Hour)),
		article(2, "Astana <b>budget</b> leans on oil", "KZ", now.Add(-time.Hour)),
		article(3, "Tashkent opens a new metro line", "UZ", now.Add(-time.Hour)),
	}
	if _, _, err := db.SaveArticles(ctx, arts); err != nil {
		t.Fatal(err)
	}
	almaty, err := time.LoadLocation("Asia/Almaty")
	if err != nil {
		t.Fatal(err)
	}
	due := news.Subscriber{ChatID: 6001, ChatType: news.ChatPrivate, Status: news.StatusActive,
		Preferences:  news.Preferences{Lang: "en", Countries: []string{"KZ"}, Timezone: "Asia/Almaty", DigestTime: "08:00", GroupBy: news.GroupByCountry},
		NextDigestAt: now.Add(-time.Minute)}
	later := due
	later.ChatID, later.NextDigestAt = 6002, now.Add(6*time.Hour).Truncate(time.Second)
	for _, s := range []news.Subscriber{due, later} {
		if err := db.SaveSubscriber(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	tg := startTelegram(t)
	for _, id := range []int64{due.ChatID, later.ChatID} {
		tg.AddPrivateChat(telegramtest.User{ID: id, FirstName: "Reader"})
	}
	start := time.Now()
	in := startRun(t, botEnv(t, tg, dbPath, 1))
	digest := waitSent(t, tg, due.ChatID, 1)[0]
	// No waiting for a duplicate or a message to the subscriber not yet due
	// to show: the round that queued the digest recorded everything it
	// queued before the digest went out, and stopping drains what is in
	// flight, so the outbox checked below holds any such message, sent or
	// still pending, however fast the machine.
	in.stopPromptly(t)

	if n := tg.SentCount(due.ChatID); n != 1 {
		t.Errorf("due subscriber got %d messages, want one digest", n)
	}
	if n := tg.SentCount(later.ChatID); n != 0 {
		t.Errorf("subscriber due in 6 hours got %d messages now", n)
	}
	checkHTML(t, "digest", digest)
	if !digest.DisableNotification {
		t.Error("digest was sent with notification sound, want silent")
	}
	for _, want := range []string{"Tengiz output & exports rise", "Astana <b>budget</b> leans on oil"} {
		if !strings.Contains(digest.Text, want) {
			t.Errorf("digest lacks %q:\n%s", want, digest.Text)
		}
	}
	if strings.Contains(digest.Text, "Tashkent") {
		t.Errorf("digest for a Kazakhstan reader has the Uzbek story:\n%s", digest.Text)
	}

	db, err = store.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	got, err := db.Subscriber(ctx, due.ChatID)
	if err != nil {
		t.Fatal(err)
	}
	next := got.NextDigestAt.In(almaty)
	if next.Hour() != 8 || next.Minute() != 0 || !got.NextDigestAt.After(start) || got.NextDigestAt.Sub(start) > 24*time.Hour {
		t.Errorf("next digest at %s (%s), want the next 08:00 in Asia/Almaty after %s", next, got.NextDigestAt, start.In(almaty))
	}
	if got.LastDigestAt.Before(start.Add(-time.Second)) {
		t.Errorf("last digest at %s, want about %s", got.LastDigestAt, start)
	}
	if other, err := db.Subscriber(ctx, later.ChatID); err != nil || !other.NextDigestAt.Equal(later.NextDigestAt) {
		t.Errorf("subscriber not yet due: next digest %s (err %v), want unchanged %s", other.NextDigestAt, err, later.NextDigestAt)
	}
	counts, err := db.OutboxCounts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if counts[news.OutboxSent] != 1 || total(counts) != 1 {
		t.Errorf("outbox after stop: %v, want the digest sent and nothing else queued", counts)
	}
}

func TestRunShutdownMidBroadcastLosesNothing(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dbPath := filepath.Join(t.TempDir(), "newsbot.db")
	db, err := store.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	tg := startTelegram(t)
	const n = 40
	subs := make([]news.Subscriber, n)
	for i := range subs {
		id := int64(8001 + i)
		subs[i] = news.Subscriber{ChatID: id, ChatType: news.ChatPrivate, Status: news.StatusActive,
			Preferences: news.Preferences{Lang: "en", Countries: []string{"KZ"}, DigestTime: "08:00"}}
		tg.AddPrivateChat(telegramtest.User{ID: id, FirstName: "Reader"})
	}
	if err := db.SaveSubscribers(ctx, subs); err != nil {
		t.Fatal(err)
	}
	db.Close()

	editor := telegramtest.User{ID: 7201, FirstName: "Dana", LanguageCode: "en"}
	env := botEnv(t, tg, dbPath, editor.ID)
	env["NEWSBOT_DELIVERY_RATE"] = "20" // two seconds for the whole broadcast
	in := startRun(t, env)
	_, controls := draftControls(t, tg, editor, "/broadcast Pipeline repairs finished")
	if _, err := tg.PressButton(editor.ID, controls.MessageID, editor, buttonData(t, controls, ":send")); err != nil {
		t.Fatal(err)
	}
	delivered := func() int {
		total := 0
		for _, s := range subs {
			total += len(containing(tg, s.ChatID, "Pipeline repairs"))
		}
		return total
	}
	waitUntil(t, 10*time.Second, "a quarter of the broadcast", func() bool { return delivered() >= n/4 })
	in.stopPromptly(t)

	// Every message that reached a chat is recorded as sent, the rest wait
	// as pending: nothing is left in flight, nothing lost.
	atStop := delivered()
	c := outboxCounts(t, dbPath)
	if c[news.OutboxSending] != 0 {
		t.Errorf("%d messages left in 'sending' after shutdown", c[news.OutboxSending])
	}
	if c[news.OutboxSent] != atStop || c[news.OutboxSent]+c[news.OutboxPending] != n {
		t.Errorf("after shutdown the outbox holds %v; %d copies were delivered of %d", c, atStop, n)
	}
	if atStop == n {
		t.Fatalf("the whole broadcast went out before shutdown; the test proves nothing")
	}

	// A restart sends the rest, and nobody gets a second copy.
	env["NEWSBOT_HTTP_LISTEN"] = freeAddr(t)
	in = startRun(t, env)
	waitUntil(t, 15*time.Second, "the rest of the broadcast after a restart", func() bool { return delivered() >= n })
	// No waiting for a late second copy: a copy sent twice counts in
	// delivered, so it has reached its chat by now and leaves another chat
	// without one; and stopping drains what is in flight, so the outbox
	// holds whatever was still to go.
	in.stopPromptly(t)
	for _, s := range subs {
		if got := len(containing(tg, s.ChatID, "Pipeline repairs")); got != 1 {
			t.Errorf("subscriber %d got %d copies, want 1", s.ChatID, got)
		}
	}
	if c := outboxCounts(t, dbPath); c[news.OutboxSent] != n || total(c) != n {
		t.Errorf("after the restart the outbox holds %v, want the %d copies sent and nothing else", c, n)
	}
	if v := tg.Stats().Violations; v.Total() != 0 {
		t.Errorf("the fake server counted rate limit violations: %+v", v)
	}
}

// A reader who talks to the bot just as their digest falls due gets both
// the reply and the digest, a second apart, without a 429: the replies and
// the outbox share one limiter.
func TestRunRepliesAndDigestShareRateLimits(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dbPath := filepath.Join(t.TempDir(), "newsbot.db")
	db, err := store.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now().UTC()
	if _, _, err := db.SaveArticles(ctx, []news.Article{{
		Source: "Steppe Wire", GUID: "g1", URL: "https://steppe.example/news/1", Title: "Astana approves the budget",
		Body: "Astana approves the budget.", Lang: "en", PublishedAt: now.Add(-time.Hour),
		Analysis: news.Analysis{Summary: "The budget passed.", Countries: []news.CountryScore{{Code: "KZ", Score: 1, Primary: true}},
			Cluster: "c1", AnalyzedAt: now},
	}}); err != nil {
		t.Fatal(err)
	}
	reader := telegramtest.User{ID: 6101, FirstName: "Reader", LanguageCode: "en"}
	if err := db.SaveSubscriber(ctx, news.Subscriber{ChatID: reader.ID, ChatType: news.ChatPrivate, Status: news.StatusActive,
		Preferences:  news.Preferences{Lang: "en", Countries: []string{"KZ"}, DigestTime: "08:00", GroupBy: news.GroupByCountry},
		NextDigestAt: now.Add(-time.Minute)}); err != nil {
		t.Fatal(err)
	}
	db.Close()

	// Telegram's own limits, one message a second per chat: message dates
	// are whole seconds, and the gap between the two is checked on them.
	tg := telegramtest.Start(t, telegramtest.Options{})
	tg.InjectText(reader.ID, reader, "/settings")
	env := botEnv(t, tg, dbPath, 1)
	env["NEWSBOT_DELIVERY_PER_CHAT_INTERVAL"] = "1s"
	in := startRun(t, env)
	msgs := waitSent(t, tg, reader.ID, 2)
	in.stopPromptly(t)
	if len(containing(tg, reader.ID, "Settings")) != 1 || len(containing(tg, reader.ID, "Astana approves the budget")) != 1 {
		t.Errorf("want one settings reply and one digest, got %d messages", len(msgs))
	}
	if gap := msgs[1].Date.Sub(msgs[0].Date); gap < time.Second {
		t.Errorf("the two messages are %s apart, want at least a second", gap)
	}
	if v := tg.Stats().Violations; v.Total() != 0 {
		t.Errorf("the fake server counted rate limit violations: %+v", v)
	}
}

// A broadcast that finishes at once (here: nobody to send to) must leave
// the editor's progress message on the final report, not on "Sending…".
// Before the fix the two edits raced and about one press in five ended on
// "Sending…"; three presses catch it more often than not.
func TestRunInstantBroadcastEndsOnReport(t *testing.T) {
	t.Parallel()
	tg := startTelegram(t)
	editor := telegramtest.User{ID: 7301, FirstName: "Dana", LanguageCode: "en"}
	in := startRun(t, botEnv(t, tg, filepath.Join(t.TempDir(), "newsbot.db"), editor.ID))

	// With nobody to send to, the draft offers only Cancel.
	_, controls := draftControls(t, tg, editor, "/broadcast Nobody is listening")
	if !strings.Contains(controls.Text, "Audience: 0 chats") {
		t.Fatalf("controls: %q", controls.Text)
	}
	for _, b := range controls.Buttons() {
		if strings.HasSuffix(b.CallbackData, ":send") {
			t.Errorf("a broadcast to nobody offers Send (%q)", b.CallbackData)
		}
	}

	// The editor subscribes: a one-chat broadcast is over almost at once,
	// and the progress message must still end on the final report.
	before := len(tg.Sent(editor.ID))
	tg.InjectText(editor.ID, editor, "/start")
	waitSent(t, tg, editor.ID, before+1)
	const want = "✅ Broadcast finished: 1 of 1 delivered, 0 failed."
	for i := range 2 {
		_, controls := draftControls(t, tg, editor, "/broadcast Only you are listening "+strconv.Itoa(i))
		if !strings.Contains(controls.Text, "Audience: 1 chat\n") {
			t.Fatalf("controls: %q", controls.Text)
		}
		before := len(tg.Sent(editor.ID))
		if _, err := tg.PressButton(editor.ID, controls.MessageID, editor, buttonData(t, controls, ":send")); err != nil {
			t.Fatal(err)
		}
		msgs := waitSent(t, tg, editor.ID, before+2) // the copy and the report
		var reports int
		for _, m := range msgs[before:] {
			if m.Text == want {
				reports++
			}
		}
		final, _ := tg.SentMessage(editor.ID, controls.MessageID)
		if reports != 1 || final.Text != want {
			t.Errorf("press %d: %d reports, progress message %q; want one report and the message ending on %q", i+1, reports, final.Text, want)
		}
	}
	in.stopPromptly(t)
}
