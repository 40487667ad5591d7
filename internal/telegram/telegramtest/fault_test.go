package telegramtest

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"testing/synctest"
	"time"
)

func TestFaultsAreDeterministic(t *testing.T) {
	faults := Faults{Seed: 42, TooManyRequests: 0.1, InternalError: 0.1, Forbidden: 0.05, MaxRetryAfter: 5}
	run := func() []string {
		clk := newClock() // early retries depend on time; keep it still
		s := Start(t, Options{Limits: &Limits{}, Faults: faults, Now: clk.Now})
		var outcomes []string
		for id := int64(1); id <= 40; id++ {
			s.AddPrivateChat(User{ID: id, FirstName: "U"})
			for attempt := 0; attempt < 3; attempt++ {
				a := send(t, s, itoa(id), "hello")
				outcome := "ok"
				if !a.OK {
					outcome = a.Description
				}
				outcomes = append(outcomes, outcome)
			}
		}
		return outcomes
	}
	first, second := run(), run()
	if strings.Join(first, "|") != strings.Join(second, "|") {
		t.Fatalf("same seed, different outcomes:\n%v\n%v", first, second)
	}
	seen := map[string]bool{}
	for _, o := range first {
		seen[strings.SplitN(o, ":", 2)[0]] = true
	}
	for _, want := range []string{"ok", "Too Many Requests", "Internal Server Error", "Forbidden"} {
		if !seen[want] {
			t.Errorf("no %q among %d outcomes", want, len(first))
		}
	}
	other := faults
	other.Seed = 43
	differs := false
	for id := int64(1); id <= 40 && !differs; id++ {
		r := FaultRequest{Method: "sendmessage", ChatID: id, Attempt: 1}
		differs = faults.Decide(r) != other.Decide(r)
	}
	if !differs {
		t.Error("seeds 42 and 43 decide the same for 40 chats")
	}
}

func TestInjected429MakesTheChatWait(t *testing.T) {
	clk := newClock()
	s := Start(t, Options{Limits: &Limits{}, Now: clk.Now, Faults: Faults{Hook: func(r FaultRequest) Fault {
		if r.Attempt == 1 {
			return Fault{Kind: FaultTooManyRequests, RetryAfter: 3}
		}
		return Fault{}
	}}})
	s.AddPrivateChat(alice)
	a := send(t, s, "1001", "x")
	wantError(t, a, 429, "Too Many Requests: retry after 3")
	if a.Parameters == nil || a.Parameters.RetryAfter != 3 {
		t.Errorf("parameters = %+v", a.Parameters)
	}
	if v := s.Violations(); v != 0 {
		t.Errorf("an injected 429 counted as %d violations, want 0", v)
	}
	clk.Advance(time.Second)
	wantError(t, send(t, s, "1001", "x"), 429, "Too Many Requests: retry after 2")
	if v := s.Stats().Violations.EarlyRetry; v != 1 {
		t.Errorf("early retries = %d, want 1", v)
	}
	clk.Advance(2 * time.Second)
	mustOK(t, send(t, s, "1001", "x"))
	if st := s.Stats(); st.Faults.TooManyRequests != 1 || st.Sent != 1 {
		t.Errorf("stats = %+v", st)
	}
}

func TestInjectedForbiddenBlocksTheChat(t *testing.T) {
	s := Start(t, Options{Limits: &Limits{}, Faults: Faults{Forbidden: 1}})
	s.AddPrivateChat(alice)
	s.AddChat(ChatSpec{Chat: Chat{ID: -20, Type: ChatGroup, Title: "G"}})
	wantError(t, send(t, s, "1001", "x"), 403, "Forbidden: bot was blocked by the user")
	wantError(t, send(t, s, "-20", "x"), 403, "Forbidden: bot was kicked from the group chat")
	if _, st, _ := s.ChatInfo(alice.ID); st != ChatBlocked {
		t.Errorf("status = %v, want blocked", st)
	}
}

func TestInjected500AndMethods(t *testing.T) {
	s := Start(t, Options{Limits: &Limits{}, Faults: Faults{InternalError: 1, Methods: []string{"editMessageText"}}})
	s.AddPrivateChat(alice)
	m := result[Message](t, send(t, s, "1001", "a")) // sendMessage is not in Methods
	a := postForm(t, s, "editMessageText", url.Values{"chat_id": {"1001"}, "message_id": {itoa(int64(m.MessageID))}, "text": {"b"}})
	wantError(t, a, 500, "Internal Server Error")
	if got, _ := s.LastSent(alice.ID); got.Text != "a" {
		t.Errorf("text = %q after a failed edit, want a", got.Text)
	}
}

// TestInjectedHangEndsWithTheClient runs on a synctest clock against the
// in-memory server: the hang lasts exactly as long as the client waits.
func TestInjectedHangEndsWithTheClient(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := Start(t, Options{Limits: &Limits{}, Faults: Faults{Hang: 1}, InMemory: true})
		s.AddPrivateChat(alice)
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		defer cancel()
		req, _ := newRequest(ctx, s.MethodURL("sendMessage")+"?chat_id=1001&text=x")
		start := time.Now()
		if resp, err := s.Client().Do(req); err == nil {
			resp.Body.Close()
			t.Fatal("want a client timeout")
		}
		if elapsed := time.Since(start); elapsed != 200*time.Millisecond {
			t.Errorf("hung for %v, want the client's 200ms", elapsed)
		}
		if st := s.Stats(); st.Faults.Hang != 1 || st.Sent != 0 {
			t.Errorf("stats = %+v, want one hang and nothing sent", st)
		}
		// Close must not wait for a hung request whose client is still there.
		go func() {
			req, _ := newRequest(context.Background(), s.MethodURL("sendMessage")+"?chat_id=1001&text=x")
			if resp, err := s.Client().Do(req); err == nil {
				resp.Body.Close()
			}
		}()
		synctest.Wait() // the request hangs on the server
		if st := s.Stats(); st.Faults.Hang != 2 {
			t.Fatalf("stats = %+v, want the second request hanging", st)
		}
		start = time.Now()
		s.Close()
		if d := time.Since(start); d != 0 {
			t.Errorf("Close waited %s for a hung request", d)
		}
	})
}
