package telegramtest

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"testing"
	"time"
)

// answer is a decoded Bot API response plus its HTTP status.
type answer struct {
	Status      int                 `json:"-"`
	OK          bool                `json:"ok"`
	Result      json.RawMessage     `json:"result"`
	ErrorCode   int                 `json:"error_code"`
	Description string              `json:"description"`
	Parameters  *ResponseParameters `json:"parameters"`
}

func decodeAnswer(t *testing.T, resp *http.Response) answer {
	t.Helper()
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read body: %v", err)
	}
	var a answer
	if err := json.Unmarshal(body, &a); err != nil {
		t.Fatalf("decode %q: %v", body, err)
	}
	a.Status = resp.StatusCode
	if !a.OK && a.Status != a.ErrorCode {
		t.Errorf("HTTP status %d, error_code %d: want equal", a.Status, a.ErrorCode)
	}
	return a
}

// postForm calls a method with a form-urlencoded body.
func postForm(t *testing.T, s *Server, method string, form url.Values) answer {
	t.Helper()
	resp, err := s.Client().PostForm(s.MethodURL(method), form)
	if err != nil {
		t.Fatalf("%s: %v", method, err)
	}
	return decodeAnswer(t, resp)
}

// postJSON calls a method with a JSON body.
func postJSON(t *testing.T, s *Server, method string, body any) answer {
	t.Helper()
	b, err := json.Marshal(body)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := s.Client().Post(s.MethodURL(method), "application/json", bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: %v", method, err)
	}
	return decodeAnswer(t, resp)
}

// postMultipart calls a method with a multipart/form-data body.
func postMultipart(t *testing.T, s *Server, method string, fields map[string]string) answer {
	t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for k, v := range fields {
		if err := w.WriteField(k, v); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	resp, err := s.Client().Post(s.MethodURL(method), w.FormDataContentType(), &buf)
	if err != nil {
		t.Fatalf("%s: %v", method, err)
	}
	return decodeAnswer(t, resp)
}

func send(t *testing.T, s *Server, chatID string, text string, extra ...string) answer {
	t.Helper()
	form := url.Values{"chat_id": {chatID}, "text": {text}}
	for i := 0; i+1 < len(extra); i += 2 {
		form.Set(extra[i], extra[i+1])
	}
	return postForm(t, s, "sendMessage", form)
}

func mustOK(t *testing.T, a answer) {
	t.Helper()
	if !a.OK {
		t.Fatalf("got error %d %q, want ok", a.ErrorCode, a.Description)
	}
}

func wantError(t *testing.T, a answer, code int, description string) {
	t.Helper()
	if a.OK {
		t.Fatalf("got ok %s, want error %d %q", a.Result, code, description)
	}
	if a.ErrorCode != code || a.Description != description {
		t.Errorf("got error %d %q, want %d %q", a.ErrorCode, a.Description, code, description)
	}
}

func result[T any](t *testing.T, a answer) T {
	t.Helper()
	mustOK(t, a)
	var v T
	if err := json.Unmarshal(a.Result, &v); err != nil {
		t.Fatalf("decode result %s: %v", a.Result, err)
	}
	return v
}

// clock is a settable clock for rate limit tests.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func newClock() *clock { return &clock{now: time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

var (
	alice = User{ID: 1001, FirstName: "Alice", Username: "alice", LanguageCode: "en"}
	boris = User{ID: 1002, FirstName: "Борис", LanguageCode: "ru"}
)

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func newRequest(ctx context.Context, u string) (*http.Request, error) {
	return http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
}
