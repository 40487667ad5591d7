//go:build e2e

// Package e2e runs the real newsbot binary against telegram-test-api, a
// third-party Bot API emulator, behind the long-poll front in front.js.
// Start both with run.sh, which sets NEWSBOT_E2E_EMULATOR and
// NEWSBOT_E2E_FRONT and then runs: go test -tags e2e ./e2e/...
package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/store"
)

const token = "424242:e2e-test-token"

// user is the subscriber the test plays.
var user = map[string]any{"id": 9001, "is_bot": false, "first_name": "Aigerim", "username": "aigerim", "language_code": "en"}

var chat = map[string]any{"id": 9001, "type": "private", "first_name": "Aigerim"}

func TestNewsbotAgainstEmulator(t *testing.T) {
	emulator, front := os.Getenv("NEWSBOT_E2E_EMULATOR"), os.Getenv("NEWSBOT_E2E_FRONT")
	if emulator == "" || front == "" {
		t.Fatal("NEWSBOT_E2E_EMULATOR and NEWSBOT_E2E_FRONT are not set; run e2e/run.sh")
	}
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "newsbot.db")
	seed(t, dbPath)

	bin := filepath.Join(dir, "newsbot")
	build := exec.Command("go", "build", "-o", bin, "github.com/newsbot/newsbot/cmd/newsbot")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build newsbot: %v\n%s", err, out)
	}
	em := &emu{t: t, url: emulator}
	logs := runBot(t, bin, front, dbPath)

	// /start: the welcome with country buttons.
	em.post("/sendCommand", command("/start"))
	welcome := em.waitBotMessage("the welcome with country buttons", func(m botMessage) bool {
		return m.hasButton("c:KZ:o")
	})

	// Kazakhstan by button: the menu is edited in place with a tick.
	em.post("/sendCallback", map[string]any{
		"botToken": token, "from": user, "data": "c:KZ:o",
		"message": map[string]any{"message_id": welcome.MessageID, "chat": chat, "date": time.Now().Unix()},
	})
	em.waitBotMessage("the country menu with Kazakhstan ticked", func(m botMessage) bool {
		return m.MessageID == welcome.MessageID && m.buttonText("c:KZ:o") != "" && strings.HasPrefix(m.buttonText("c:KZ:o"), "✅")
	})

	// /latest: the seeded stories about Kazakhstan, with links and sources.
	em.post("/sendCommand", command("/latest"))
	latest := em.waitBotMessage("/latest with the seeded story", func(m botMessage) bool {
		return strings.Contains(m.Text, "Caspian wind farm")
	})
	if !strings.Contains(latest.Text, `<a href="https://news.example.kz/wind-farm"`) {
		t.Errorf("/latest has no link to the story:\n%s", latest.Text)
	}
	if strings.Contains(latest.Text, "Yerevan") {
		t.Errorf("/latest shows a story about Armenia to a subscriber of Kazakhstan:\n%s", latest.Text)
	}

	// /topic energy: the story with its pull-quote.
	em.post("/sendCommand", command("/topic energy"))
	topic := em.waitBotMessage("/topic energy with the quote", func(m botMessage) bool {
		return strings.Contains(m.Text, "<blockquote>") && strings.Contains(m.Text, "Caspian wind farm")
	})
	if !strings.Contains(topic.Text, "Almas Nurlanov") {
		t.Errorf("/topic lacks the quote's speaker:\n%s", topic.Text)
	}

	// The reading choices of issue 12. The bot paces news commands per chat
	// (a burst of four, then one every 3 s): news asks wait their turn.
	pace := func() { time.Sleep(3100 * time.Millisecond) }
	if strings.Contains(latest.Text, "новый мост") {
		t.Errorf("/latest shows a Russian-only story to an English reader:\n%s", latest.Text)
	}

	// A keyword filter hides the story; clearing it brings it back.
	em.post("/sendCommand", command("/filter -wind"))
	em.waitBotMessage("the filter saved", func(m botMessage) bool { return strings.Contains(m.Text, "Filter saved") })
	em.post("/sendCommand", command("/latest"))
	em.waitBotMessage("/latest with nothing left", func(m botMessage) bool { return strings.Contains(m.Text, "No stories yet") })
	em.post("/sendCommand", command("/filter clear"))
	em.waitBotMessage("the filter cleared", func(m botMessage) bool { return strings.Contains(m.Text, "Filter cleared") })

	// Muting the outlet shows its story through the other one.
	em.post("/sendCommand", command("/mute steppe herald"))
	em.waitBotMessage("the outlet muted", func(m botMessage) bool { return strings.Contains(m.Text, "Steppe Herald is muted") })
	pace()
	em.post("/sendCommand", command("/latest"))
	muted := em.waitBotMessage("/latest through the other outlet", func(m botMessage) bool {
		return strings.Contains(m.Text, "Wind park on the Caspian")
	})
	if strings.Contains(muted.Text, "Steppe Herald") {
		t.Errorf("/latest names the muted outlet:\n%s", muted.Text)
	}

	// Russian added to the story languages: the Russian story comes.
	em.post("/sendCommand", command("/languages en ru"))
	em.waitBotMessage("the languages saved", func(m botMessage) bool { return strings.Contains(m.Text, "Stories in: English, Russian") })
	pace()
	em.post("/sendCommand", command("/latest"))
	em.waitBotMessage("/latest with the Russian story", func(m botMessage) bool { return strings.Contains(m.Text, "новый мост") })

	// Two digest times; a manual digest counts as sent, so the next one
	// has nothing new.
	em.post("/sendCommand", command("/time 8am 19.30"))
	em.waitBotMessage("two digest times", func(m botMessage) bool { return strings.Contains(m.Text, "08:00, 19:30") })
	pace()
	em.post("/sendCommand", command("/digest"))
	em.waitBotMessage("the manual digest", func(m botMessage) bool {
		return strings.Contains(m.Text, "Wind park on the Caspian") && strings.Contains(m.Text, "новый мост") && !strings.Contains(m.Text, "/latest")
	})
	pace()
	em.post("/sendCommand", command("/digest"))
	em.waitBotMessage("a second digest with nothing new", func(m botMessage) bool { return strings.Contains(m.Text, "Nothing new") })

	// /id, and a forum topic's /start binding its news there (topic_test.go).
	afterStop := checkIDAndForumTopic(t, em)

	// A clean stop on SIGTERM, and the choice is in the database.
	logs.stop()
	afterStop(dbPath)
	db, err := store.Open(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s, err := db.Subscriber(context.Background(), 9001)
	if err != nil {
		t.Fatalf("subscriber: %v", err)
	}
	if len(s.Countries) != 1 || s.Countries[0] != "KZ" || s.Status != news.StatusActive {
		t.Errorf("saved subscriber %+v; want KZ, active", s)
	}
	if got := fmt.Sprintf("%v %v %v %v", s.Times(), s.Languages, len(s.MutedFeeds), s.Keywords.Empty()); got != "[08:00 19:30] [en ru] 1 true" {
		t.Errorf("saved reading choices %q, want [08:00 19:30] [en ru] 1 true", got)
	}
	sent, err := db.SentArticles(context.Background(), []int64{9001}, time.Now().Add(-time.Hour))
	if err != nil || len(sent[9001]) != 2 {
		t.Errorf("stories recorded as sent: %v, %v; want the two of the manual digest", sent, err)
	}
}

// seed stores the stories the bot will show.
func seed(t *testing.T, path string) {
	t.Helper()
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("open db: %v", err)
	}
	defer db.Close()
	now := time.Now().UTC()
	var feeds []int64
	for _, f := range []news.Feed{{URL: "https://news.example.kz/rss", Name: "Steppe Herald"}, {URL: "https://nomad.example.kz/rss", Name: "Nomad Times"}} {
		f, err := db.AddFeed(context.Background(), f)
		if err != nil {
			t.Fatalf("seed feeds: %v", err)
		}
		// Outlets to mute, not to poll: the test stays off the network.
		if err := db.SetFeedEnabled(context.Background(), f.ID, false, "e2e seed"); err != nil {
			t.Fatalf("seed feeds: %v", err)
		}
		feeds = append(feeds, f.ID)
	}
	arts := []news.Article{
		{
			FeedID: feeds[1], Source: "Nomad Times", GUID: "wind-nomad", URL: "https://nomad.example.kz/wind",
			Title: "Wind park on the Caspian starts up", Lang: "en", PublishedAt: now.Add(-90 * time.Minute),
			Body: "Aktau's new wind park is online.", ContentHash: "h3",
			Analysis: news.Analysis{
				Summary:   "Aktau's new wind park is online.",
				Countries: []news.CountryScore{{Code: "KZ", Score: 1, Primary: true}},
				Topics:    []news.TopicScore{{Topic: "energy", Score: 1}},
				Cluster:   "wind",
			},
		},
		{
			Source: "Kazinform", GUID: "bridge", URL: "https://kazinform.example.kz/most",
			Title: "В Астане открыли новый мост", Lang: "ru", PublishedAt: now.Add(-3 * time.Hour),
			Body: "Мост через Есиль открыт для движения.", ContentHash: "h4",
			Analysis: news.Analysis{
				Summary:   "Мост через Есиль открыт для движения.",
				Countries: []news.CountryScore{{Code: "KZ", Score: 1, Primary: true}},
				Topics:    []news.TopicScore{{Topic: "transport", Score: 1}},
			},
		},
		{
			FeedID: feeds[0], Source: "Steppe Herald", GUID: "wind", URL: "https://news.example.kz/wind-farm",
			Title: "Kazakhstan opens Caspian wind farm", Lang: "en", PublishedAt: now.Add(-time.Hour),
			Body: "The 1 GW plant near Aktau starts feeding the grid.", ContentHash: "h1",
			Analysis: news.Analysis{
				Summary:   "The 1 GW plant near Aktau starts feeding the grid.",
				Quotes:    []news.Quote{{Text: "This is the largest wind farm in Central Asia", Speaker: "Almas Nurlanov", Score: 1}},
				Countries: []news.CountryScore{{Code: "KZ", Score: 1, Primary: true}},
				Topics:    []news.TopicScore{{Topic: "energy", Score: 1}},
				Cluster:   "wind",
			},
		},
		{
			Source: "Ararat Daily", GUID: "yerevan", URL: "https://news.example.am/metro",
			Title: "Yerevan extends its metro line", Lang: "en", PublishedAt: now.Add(-2 * time.Hour),
			Body: "Two new stations open.", ContentHash: "h2",
			Analysis: news.Analysis{
				Summary:   "Two new stations open.",
				Countries: []news.CountryScore{{Code: "AM", Score: 1, Primary: true}},
				Topics:    []news.TopicScore{{Topic: "economy", Score: 1}},
			},
		},
	}
	if _, _, err := db.SaveArticles(context.Background(), arts); err != nil {
		t.Fatalf("seed articles: %v", err)
	}
}

// botLogs is the bot process's output, shown when the test fails.
type botLogs struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	stop func()
}

func (l *botLogs) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *botLogs) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// runBot starts the binary against the front; it is stopped with SIGTERM
// when the test ends (or earlier with stop), and must exit cleanly.
func runBot(t *testing.T, bin, apiURL, dbPath string) *botLogs {
	t.Helper()
	logs := &botLogs{}
	cmd := exec.Command(bin, "run")
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NEWSBOT_") {
			env = append(env, kv)
		}
	}
	cmd.Env = append(env,
		"NEWSBOT_TELEGRAM_TOKEN="+token,
		"NEWSBOT_TELEGRAM_API_URL="+apiURL,
		"NEWSBOT_DATABASE_PATH="+dbPath,
		"NEWSBOT_LOG_LEVEL=debug",
	)
	cmd.Stdout, cmd.Stderr = logs, logs
	if err := cmd.Start(); err != nil {
		t.Fatalf("start newsbot: %v", err)
	}
	var once sync.Once
	logs.stop = func() {
		once.Do(func() {
			_ = cmd.Process.Signal(syscall.SIGTERM)
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("newsbot exited with %v after SIGTERM", err)
				}
			case <-time.After(15 * time.Second):
				_ = cmd.Process.Kill()
				<-done
				t.Errorf("newsbot did not stop within 15 s of SIGTERM")
			}
			if t.Failed() || testing.Verbose() {
				t.Logf("newsbot output:\n%s", logs.String())
			}
			if strings.Contains(logs.String(), token) {
				t.Errorf("the bot token appears in newsbot's output")
			}
		})
	}
	t.Cleanup(logs.stop)
	return logs
}

func command(text string) map[string]any {
	name, _, _ := strings.Cut(text, " ")
	return map[string]any{
		"botToken": token, "from": user, "chat": chat, "date": time.Now().Unix(), "text": text,
		"entities": []map[string]any{{"type": "bot_command", "offset": 0, "length": len(name)}},
	}
}

// emu talks to the emulator's client API.
type emu struct {
	t   *testing.T
	url string
}

func (e *emu) post(path string, body any) json.RawMessage {
	e.t.Helper()
	raw, _ := json.Marshal(body)
	resp, err := http.Post(e.url+path, "application/json", bytes.NewReader(raw))
	if err != nil {
		e.t.Fatalf("POST %s: %v", path, err)
	}
	defer resp.Body.Close()
	var out struct {
		OK     bool            `json:"ok"`
		Result json.RawMessage `json:"result"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || !out.OK {
		e.t.Fatalf("POST %s: status %d, ok %v, err %v", path, resp.StatusCode, out.OK, err)
	}
	return out.Result
}

// botMessage is a message the bot sent, as the emulator keeps it: the
// request's parameters, edits applied.
type botMessage struct {
	MessageID int
	Text      string
	Buttons   []button
}

type button struct {
	Text         string `json:"text"`
	CallbackData string `json:"callback_data"`
}

func (m botMessage) hasButton(data string) bool { return m.buttonText(data) != "" }

func (m botMessage) buttonText(data string) string {
	for _, b := range m.Buttons {
		if b.CallbackData == data {
			return b.Text
		}
	}
	return ""
}

// botMessages reads the emulator's history and returns the bot's messages
// to the test user's chat.
func (e *emu) botMessages() []botMessage {
	var items []struct {
		MessageID int `json:"messageId"`
		Message   struct {
			ChatID      json.RawMessage `json:"chat_id"`
			Text        string          `json:"text"`
			ReplyMarkup *struct {
				InlineKeyboard [][]button `json:"inline_keyboard"`
			} `json:"reply_markup"`
		} `json:"message"`
	}
	if err := json.Unmarshal(e.post("/getUpdatesHistory", map[string]any{"token": token}), &items); err != nil {
		e.t.Fatalf("history: %v", err)
	}
	var out []botMessage
	for _, it := range items {
		if strings.Trim(string(it.Message.ChatID), `"`) != fmt.Sprint(chat["id"]) {
			continue // a user's update, or another chat
		}
		m := botMessage{MessageID: it.MessageID, Text: it.Message.Text}
		if it.Message.ReplyMarkup != nil {
			for _, row := range it.Message.ReplyMarkup.InlineKeyboard {
				m.Buttons = append(m.Buttons, row...)
			}
		}
		out = append(out, m)
	}
	return out
}

// waitBotMessage waits for a bot message that satisfies ok.
func (e *emu) waitBotMessage(what string, ok func(botMessage) bool) botMessage {
	e.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		msgs := e.botMessages()
		for _, m := range msgs {
			if ok(m) {
				return m
			}
		}
		if time.Now().After(deadline) {
			var seen []string
			for _, m := range msgs {
				seen = append(seen, fmt.Sprintf("#%d %.100q (%d buttons)", m.MessageID, m.Text, len(m.Buttons)))
			}
			e.t.Fatalf("timed out waiting for %s; bot messages: %s", what, strings.Join(seen, "; "))
		}
		time.Sleep(100 * time.Millisecond)
	}
}
