package telegram

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"testing/synctest"

	"github.com/newsbot/newsbot/internal/telegram/telegramtest"
)

// apiAudit stands in front of the fake server and keeps every answer the
// server refused (bad HTML, too long, a second answer to a callback…) and
// how often each callback query was answered.
type apiAudit struct {
	mu       sync.Mutex
	rejected []string
	answers  map[string]int
}

func (a *apiAudit) wrap(next http.Handler) http.Handler {
	a.answers = map[string]int{}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		method := r.URL.Path[strings.LastIndexByte(r.URL.Path, '/')+1:]
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		rec := httptest.NewRecorder()
		next.ServeHTTP(rec, r)
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Code)
		_, _ = w.Write(rec.Body.Bytes())

		form, _ := url.ParseQuery(string(body))
		if ct := r.Header.Get("Content-Type"); strings.HasPrefix(ct, "multipart/") {
			r2 := httptest.NewRequest(r.Method, r.URL.String(), bytes.NewReader(body))
			r2.Header = r.Header
			if r2.ParseMultipartForm(1<<20) == nil {
				form = r2.MultipartForm.Value
			}
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		if method == "answerCallbackQuery" {
			a.answers[form.Get("callback_query_id")]++
		}
		if rec.Code != http.StatusOK && method != "getUpdates" && method != "getChatMember" && method != "getChat" {
			a.rejected = append(a.rejected, fmt.Sprintf("%s %d %s (text %q)", method, rec.Code,
				strings.TrimSpace(rec.Body.String()), firstN(form.Get("text"), 200)))
		}
	})
}

func (a *apiAudit) check(t *testing.T, h *harness) {
	t.Helper()
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, r := range a.rejected {
		t.Errorf("server refused: %s", r)
	}
	for id, n := range a.answers {
		if n != 1 {
			t.Errorf("callback %s answered %d times", id, n)
		}
	}
	for _, q := range h.srv.CallbackAnswers() {
		_ = q
	}
	if errs := h.handlerErrors(); len(errs) > 0 {
		t.Errorf("handler errors: %v", errs)
	}
	for _, l := range h.logs.errorsLogged() {
		t.Errorf("logged: %s", l)
	}
}

// explore presses random buttons on the chat's messages, steps times, and
// checks every press is answered.
func explore(t *testing.T, h *harness, chat int64, from telegramtest.User, rng *rand.Rand, steps int) {
	t.Helper()
	for i := 0; i < steps; i++ {
		msgs := h.srv.Sent(chat)
		var cands []struct {
			id   int
			data string
		}
		for _, m := range msgs {
			for _, b := range m.Buttons() {
				if b.CallbackData != "" {
					cands = append(cands, struct {
						id   int
						data string
					}{m.MessageID, b.CallbackData})
				}
			}
		}
		if len(cands) == 0 {
			h.srv.InjectText(chat, from, "/settings")
			h.waitFor("a reply to /settings", func() bool { return h.srv.SentCount(chat) > len(msgs) || anyEdited(h, chat, msgs) })
			continue
		}
		c := cands[rng.IntN(len(cands))]
		h.press(chat, c.id, from, c.data)
	}
}

func anyEdited(h *harness, chat int64, before []telegramtest.SentMessage) bool {
	now := h.srv.Sent(chat)
	for i := range before {
		if i < len(now) && now[i].Edits != before[i].Edits {
			return true
		}
	}
	return false
}

func TestExploreMenusByButtons(t *testing.T) {
	for _, lang := range []string{"en", "ru"} {
		t.Run(lang, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				var audit apiAudit
				h := start(t, setup{wrap: audit.wrap})
				user := telegramtest.User{ID: 4100, FirstName: "Ая", LanguageCode: lang}
				rng := rand.New(rand.NewPCG(1, uint64(len(lang))))
				h.srv.InjectText(user.ID, user, "/start")
				h.waitSent(user.ID, 1)
				explore(t, h, user.ID, user, rng, 60)
				h.srv.InjectText(user.ID, user, "/settings")
				n := h.srv.SentCount(user.ID)
				h.waitSent(user.ID, n)
				explore(t, h, user.ID, user, rng, 120)

				const group = -100410
				h.srv.AddChat(telegramtest.ChatSpec{
					Chat:    telegramtest.Chat{ID: group, Type: telegramtest.ChatSupergroup, Title: "Desk <&>"},
					Owner:   &telegramtest.User{ID: 4101, FirstName: "Own", LanguageCode: lang},
					Members: []telegramtest.User{{ID: 4102, FirstName: "Mem", LanguageCode: lang}},
				})
				own := telegramtest.User{ID: 4101, FirstName: "Own", LanguageCode: lang}
				mem := telegramtest.User{ID: 4102, FirstName: "Mem", LanguageCode: lang}
				h.srv.InjectText(group, own, "/start")
				h.waitSent(group, 1)
				explore(t, h, group, own, rng, 60)
				explore(t, h, group, mem, rng, 30)
				audit.check(t, h)
			})
		})
	}
}
