package telegramtest

import (
	"context"
	"hash/fnv"
	"net/http"
	"strings"
	"time"
)

// FaultKind is a kind of injected failure.
type FaultKind int

// Fault kinds.
const (
	// FaultNone lets the request through.
	FaultNone FaultKind = iota
	// FaultTooManyRequests answers 429 with retry_after; the chat is then
	// expected to wait, and sends before the time are violations.
	FaultTooManyRequests
	// FaultInternalError answers 500 "Internal Server Error".
	FaultInternalError
	// FaultHang never answers; the request ends when the client gives up
	// (its context is cancelled) or the server closes.
	FaultHang
	// FaultForbidden answers 403 and leaves the chat blocked (private) or
	// kicked (groups and channels), as a real user blocking the bot would.
	FaultForbidden
)

// Fault is one injected failure.
type Fault struct {
	Kind FaultKind
	// RetryAfter is the retry_after of a FaultTooManyRequests, at least 1.
	RetryAfter int
}

// FaultRequest describes a request that may receive a fault. Attempt counts
// requests for the same method and chat from 1, so a decision depends only
// on the seed, the method, the chat and how many times the client has tried
// — not on how concurrent requests to different chats interleave.
type FaultRequest struct {
	Method  string // as in the URL, lower-cased
	ChatID  int64  // 0 when the request names no chat
	Attempt int
}

// Faults configure fault injection. Probabilities are per request and are
// tried in the order 429, 500, hang, 403; their sum should not exceed 1.
// Decisions are a pure function of Seed and the FaultRequest, so a run is
// reproducible.
type Faults struct {
	Seed            int64
	TooManyRequests float64
	InternalError   float64
	Hang            float64
	Forbidden       float64
	// MaxRetryAfter bounds the retry_after of injected 429s, drawn from
	// 1..MaxRetryAfter; 0 means always 1.
	MaxRetryAfter int
	// Methods lists the methods faults apply to (case-insensitive); empty
	// means sendMessage only.
	Methods []string
	// Hook, when set, is asked first; a FaultNone answer falls through to
	// the probabilities. It is called without locks held.
	Hook func(FaultRequest) Fault
}

// FaultCounts count injected failures by kind.
type FaultCounts struct {
	TooManyRequests int
	InternalError   int
	Hang            int
	Forbidden       int
}

type faultKey struct {
	method string
	chatID int64
}

func (f *Faults) enabled() bool {
	return f.Hook != nil || f.TooManyRequests > 0 || f.InternalError > 0 || f.Hang > 0 || f.Forbidden > 0
}

func (f *Faults) applies(method string) bool {
	if len(f.Methods) == 0 {
		return method == "sendmessage"
	}
	for _, m := range f.Methods {
		if strings.EqualFold(m, method) {
			return true
		}
	}
	return false
}

func splitmix64(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// Decide returns the fault the probabilities give for a request, ignoring
// Hook. It is deterministic: the same Faults and request give the same
// answer.
func (f *Faults) Decide(r FaultRequest) Fault {
	h := fnv.New64a()
	h.Write([]byte(r.Method))
	x := splitmix64(uint64(f.Seed))
	x = splitmix64(x ^ h.Sum64())
	x = splitmix64(x ^ uint64(r.ChatID))
	x = splitmix64(x ^ uint64(r.Attempt))
	u := float64(x>>11) / (1 << 53)
	kinds := []struct {
		p    float64
		kind FaultKind
	}{
		{f.TooManyRequests, FaultTooManyRequests},
		{f.InternalError, FaultInternalError},
		{f.Hang, FaultHang},
		{f.Forbidden, FaultForbidden},
	}
	for _, k := range kinds {
		if u < k.p {
			out := Fault{Kind: k.kind}
			if k.kind == FaultTooManyRequests {
				out.RetryAfter = 1
				if f.MaxRetryAfter > 1 {
					out.RetryAfter = 1 + int(splitmix64(x)%uint64(f.MaxRetryAfter))
				}
			}
			return out
		}
		u -= k.p
	}
	return Fault{}
}

// injectFault applies fault injection to a request for method on chatID
// (0 for none). It returns nil to let the request through.
func (s *Server) injectFault(ctx context.Context, method string, chatID int64) error {
	if !s.faults.enabled() || !s.faults.applies(method) {
		return nil
	}
	key := faultKey{method, chatID}
	s.mu.Lock()
	s.state.faultAttempts[key]++
	req := FaultRequest{Method: method, ChatID: chatID, Attempt: s.state.faultAttempts[key]}
	s.mu.Unlock()

	var f Fault
	if s.faults.Hook != nil {
		f = s.faults.Hook(req)
	}
	if f.Kind == FaultNone {
		f = s.faults.Decide(req)
	}
	switch f.Kind {
	case FaultTooManyRequests:
		ra := max(f.RetryAfter, 1)
		s.mu.Lock()
		s.state.stats.Faults.TooManyRequests++
		if c := s.state.chats[chatID]; c != nil {
			c.retryUntil = max(c.retryUntil, s.nowNanos()+int64(ra)*int64(time.Second))
		}
		s.mu.Unlock()
		return tooManyRequests(ra)
	case FaultInternalError:
		s.mu.Lock()
		s.state.stats.Faults.InternalError++
		s.mu.Unlock()
		return &apiError{Code: http.StatusInternalServerError, Description: "Internal Server Error"}
	case FaultHang:
		s.mu.Lock()
		s.state.stats.Faults.Hang++
		s.mu.Unlock()
		select {
		case <-ctx.Done():
		case <-s.closing:
		}
		return errAbandoned
	case FaultForbidden:
		s.mu.Lock()
		defer s.mu.Unlock()
		s.state.stats.Faults.Forbidden++
		if c := s.state.chats[chatID]; c != nil {
			c.status = c.blockedStatus()
			return c.accessError()
		}
		return &apiError{Code: http.StatusForbidden, Description: "Forbidden: bot was blocked by the user"}
	}
	return nil
}
