// Package telegramtest provides a fake Telegram Bot API server for tests and
// benchmarks. It is built on net/http/httptest and behaves like Telegram
// where a bot can tell the difference: HTML parsing and its error messages,
// message length in UTF-16 code units, rate limits answered with 429 and
// retry_after, blocked, kicked and migrated chats, getUpdates long polling,
// callback queries and inline keyboards. Tests register chats, inject
// updates, read back what the bot sent, and can inject faults (429, 500,
// hangs, 403) deterministically from a seed.
package telegramtest

import (
	"math"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// DefaultToken is the bot token used when Options.Token is empty.
const DefaultToken = "123456789:AAFakeTelegramTokenForTests0123456789"

// Limits are the send rate limits the server enforces on sendMessage. A
// count of zero switches that limit off.
type Limits struct {
	// Global sends at most Global messages per GlobalWindow over all chats.
	Global       int
	GlobalWindow time.Duration
	// Private sends at most Private messages per PrivateWindow to each
	// private chat.
	Private       int
	PrivateWindow time.Duration
	// Group sends at most Group messages per GroupWindow to each group,
	// supergroup or channel.
	Group       int
	GroupWindow time.Duration
}

// TelegramLimits returns Telegram's published limits: 30 messages a second
// overall, one a second per private chat and 20 a minute per group or
// channel.
func TelegramLimits() Limits {
	return Limits{
		Global: 30, GlobalWindow: time.Second,
		Private: 1, PrivateWindow: time.Second,
		Group: 20, GroupWindow: time.Minute,
	}
}

// Scale returns the limits with every count multiplied by factor, rounded
// and kept at least 1 where it was set, so a benchmark can run at, say, 100
// times Telegram's rates over the same windows.
func (l Limits) Scale(factor float64) Limits {
	scale := func(n int) int {
		if n <= 0 {
			return n
		}
		return max(1, int(math.Round(float64(n)*factor)))
	}
	l.Global = scale(l.Global)
	l.Private = scale(l.Private)
	l.Group = scale(l.Group)
	return l
}

// Options configure a Server. The zero value gives a server with
// DefaultToken, Telegram's limits, strict HTML checks, no faults and the
// wall clock.
type Options struct {
	// Token is the bot token the server accepts; others get 401.
	Token string
	// Bot is the bot's own user, returned by getMe. Its ID defaults to the
	// number before the colon in Token.
	Bot User
	// Limits are the rate limits; nil means TelegramLimits(). Pass
	// &Limits{} to switch rate limiting off.
	Limits *Limits
	// Faults injects failures into requests; see Faults.
	Faults Faults
	// Now is the clock for message dates and rate limits; nil means
	// time.Now. Long-poll timeouts always use real time.
	Now func() time.Time
	// LenientHTML accepts what Telegram tolerates but ParseHTML rejects: a
	// bare "&", unknown named entities and unsupported attributes.
	LenientHTML bool
	// DiscardText keeps no message text, only its length, the markup and
	// flags, to keep memory flat in large benchmarks.
	DiscardText bool
	// InMemory serves over in-memory connections instead of a TCP port, so
	// the server works inside a testing/synctest bubble (see NewPipeServer);
	// only Client() reaches it then. Start it inside the bubble. Without a
	// PhotoClient the server then fetches no photo URL either: each one
	// fails as an unreachable host does ("failed to get HTTP URL content").
	InMemory bool
	// PhotoClient fetches the photo URLs sent with sendPhoto; nil means
	// http.DefaultClient (none when InMemory).
	PhotoClient *http.Client
}

// Server is a running fake Bot API server. All its methods are safe for
// concurrent use.
type Server struct {
	token   string
	bot     User
	limits  Limits
	faults  Faults
	now     func() time.Time
	lenient bool
	discard bool
	photos  *http.Client // nil: no photo URL is fetched

	ts      *httptest.Server
	closing chan struct{}
	once    sync.Once

	mu    sync.Mutex
	state state
}

// New starts a server with the given options. Call Close when done.
func New(opts Options) *Server {
	s := newServer(opts)
	if opts.InMemory {
		s.ts = NewPipeServer(s)
		return s
	}
	s.ts = httptest.NewServer(s)
	if t, ok := s.ts.Client().Transport.(*http.Transport); ok {
		t.MaxIdleConnsPerHost = 256
	}
	return s
}

// Start starts a server and closes it when the test ends.
func Start(tb testing.TB, opts Options) *Server {
	tb.Helper()
	s := New(opts)
	tb.Cleanup(s.Close)
	return s
}

// NewHandler returns a server that is not listening, for use as an
// http.Handler (ServeHTTP) in handler-level benchmarks or behind another
// listener. URL returns "" for it and Close only releases waiting requests.
func NewHandler(opts Options) *Server {
	return newServer(opts)
}

func newServer(opts Options) *Server {
	s := &Server{
		token:   opts.Token,
		bot:     opts.Bot,
		faults:  opts.Faults,
		now:     opts.Now,
		lenient: opts.LenientHTML,
		discard: opts.DiscardText,
		photos:  opts.PhotoClient,
		closing: make(chan struct{}),
	}
	if s.token == "" {
		s.token = DefaultToken
	}
	if s.bot.ID == 0 {
		id, _, _ := strings.Cut(s.token, ":")
		s.bot.ID, _ = strconv.ParseInt(id, 10, 64)
	}
	s.bot.IsBot = true
	if s.bot.FirstName == "" {
		s.bot.FirstName = "Test Bot"
	}
	if s.bot.Username == "" {
		s.bot.Username = "test_bot"
	}
	if opts.Limits != nil {
		s.limits = *opts.Limits
	} else {
		s.limits = TelegramLimits()
	}
	if s.now == nil {
		s.now = time.Now
	}
	if s.photos == nil && !opts.InMemory {
		s.photos = http.DefaultClient
	}
	s.state.init()
	return s
}

// Close stops the server, releasing long polls and hung requests first.
func (s *Server) Close() {
	s.once.Do(func() {
		close(s.closing)
		if s.ts != nil {
			s.ts.Close()
		}
	})
}

// URL returns the server's base URL, such as "http://127.0.0.1:41234".
func (s *Server) URL() string {
	if s.ts == nil {
		return ""
	}
	return s.ts.URL
}

// Token returns the bot token the server accepts.
func (s *Server) Token() string { return s.token }

// Bot returns the bot's own user.
func (s *Server) Bot() User { return s.bot }

// APIEndpoint returns the endpoint format string go-telegram-bot-api's
// NewBotAPIWithAPIEndpoint expects: URL() + "/bot%s/%s".
func (s *Server) APIEndpoint() string { return s.URL() + "/bot%s/%s" }

// MethodURL returns the full URL of a Bot API method with the server's token.
func (s *Server) MethodURL(method string) string {
	return s.URL() + "/bot" + s.token + "/" + method
}

// Client returns an HTTP client for the server with connection reuse sized
// for concurrent senders.
func (s *Server) Client() *http.Client {
	if s.ts == nil {
		return http.DefaultClient
	}
	return s.ts.Client()
}
