// Package bot is newsbot's conversation core: commands, menus and their
// replies, written once against a small Transport so that Telegram and the
// terminal run the same code.
package bot

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/newsbot/newsbot/internal/clock"
	"github.com/newsbot/newsbot/internal/i18n"
	"github.com/newsbot/newsbot/internal/membership"
	"github.com/newsbot/newsbot/internal/news"
)

// Update is one thing a user did: sent a message or pressed a button, or
// changed the bot's place in a chat (Membership).
type Update struct {
	ChatID    int64
	ChatType  news.ChatType
	ChatTitle string
	UserID    int64
	// UserName is the user's display name; Username their @handle, if any.
	UserName string
	Username string
	// LangCode is the user's interface language as the client reports it ("ru", "en-GB").
	LangCode string
	// Text is the message text; empty for a button press.
	Text string
	// ReplyToText is the text of the message this one replies to, if any.
	ReplyToText string
	// CallbackID and CallbackData are set for a button press on MessageID.
	CallbackID   string
	CallbackData string
	MessageID    int
	// ThreadID is the forum topic the message was sent in (Telegram's
	// message_thread_id of a topic message); 0 outside topics. IsForum is
	// set when the chat is a forum supergroup.
	ThreadID int
	IsForum  bool

	// Membership, when set, makes this a change in the bot's own place in
	// the chat rather than a message (see package membership); Text and
	// the callback fields are then empty.
	Membership membership.Kind
	// CannotPost is set on membership.Joined and membership.Rights when
	// the bot may not post in the chat: a channel that does not give it
	// the right to post, a group that restricted it.
	CannotPost bool
	// MigrateToChatID is the supergroup's id on membership.Migrated.
	MigrateToChatID int64
}

// IsCallback reports whether the update is a button press.
func (u Update) IsCallback() bool { return u.CallbackID != "" }

// Reply is a message to show: Telegram HTML text with optional buttons.
type Reply struct {
	Text           string
	Keyboard       [][]Button
	DisablePreview bool
	// Silent sends without a notification sound.
	Silent bool
	// PhotoURL, when set, sends the photo with Text as its caption (what
	// does not fit Telegram's 1024 characters follows as a message); a
	// photo Telegram cannot fetch falls back to Text alone.
	PhotoURL string
	// PreviewURL is the link whose preview a text message shows; with it
	// empty (or DisablePreview) previews are off.
	PreviewURL string
	// Lang is the language the reply is written in ("en" or "ru"), set on
	// replies with buttons; a transport that adds words of its own (the
	// terminal's hint on pressing buttons) speaks it. Empty: not known.
	Lang string
}

// Button is an inline button: it either sends Data back as a callback or opens URL.
type Button struct {
	Text string
	Data string
	URL  string
}

// ChatInfo describes a chat the transport looked up.
type ChatInfo struct {
	ID       int64
	Type     news.ChatType
	Title    string
	Username string
	// CanPost reports, for a channel, whether the bot itself may post
	// there: it is the channel's creator, or an administrator with the
	// right to post messages. Transports fill it for channels only.
	CanPost bool
}

// Transport delivers replies to a chat. Telegram and the terminal implement it.
type Transport interface {
	// Send shows a new message and returns its id.
	Send(ctx context.Context, chatID int64, r Reply) (messageID int, err error)
	// Edit replaces a message shown earlier, as menus change in place. An
	// empty Text keeps the text and replaces only the keyboard.
	Edit(ctx context.Context, chatID int64, messageID int, r Reply) error
	// AnswerCallback acknowledges a button press, with an optional short notice.
	AnswerCallback(ctx context.Context, callbackID, text string) error
	// IsAdmin reports whether the user may change the chat's settings.
	IsAdmin(ctx context.Context, chatID, userID int64) (bool, error)
	// LookupChat finds a chat (a channel) by @username, with whether the bot
	// may post in a channel; news.ErrNotFound when unknown.
	LookupChat(ctx context.Context, username string) (ChatInfo, error)
}

// Store is what the bot needs from storage.
type Store interface {
	Subscriber(ctx context.Context, chatID int64) (news.Subscriber, error)
	SaveSubscriber(ctx context.Context, s news.Subscriber) error
	DeleteSubscriber(ctx context.Context, chatID int64) error
	// SetSubscriberStatus changes a chat's status, keeping its preferences;
	// news.ErrNotFound when the chat is unknown.
	SetSubscriberStatus(ctx context.Context, chatID int64, status news.Status) error
	// MigrateChat moves a subscription to the supergroup a group became.
	MigrateChat(ctx context.Context, oldID, newID int64) error
	Articles(ctx context.Context, q news.ArticleQuery) ([]news.Article, error)
	ClusterArticles(ctx context.Context, cluster string) ([]news.Article, error)
	// ClustersNewerThan reports which clusters have an article above the
	// cursor, so that a "More" page does not repeat a story.
	ClustersNewerThan(ctx context.Context, clusters []string, c news.Cursor) (map[string]bool, error)
	// Sources lists the outlets a chat may mute.
	Sources(ctx context.Context) ([]news.Source, error)
}

// Digester builds a subscriber's digest on demand (/digest). Each string is
// one message of Telegram HTML; none means nothing new.
type Digester interface {
	DigestNow(ctx context.Context, chatID int64) ([]string, error)
}

// Options configures a Bot.
type Options struct {
	// BotUsername is the bot's @handle without "@", to recognise /cmd@bot in groups.
	BotUsername string
	// DefaultDigestTime and DefaultTimezone apply to new subscribers.
	DefaultDigestTime string
	DefaultTimezone   string
	// Editors may broadcast breaking news.
	Editors []int64
	// Digester serves /digest; nil answers that digests are not available.
	Digester Digester
	// Editorial serves editors' /broadcast and /breaking; nil answers that
	// broadcasting is not available.
	Editorial Editorial
	Logger    *slog.Logger
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// PageSize is how many stories /latest and /topic show at once (default 8).
	PageSize int
	// NewsEvery and NewsBurst rate-limit news commands per chat
	// (defaults: one every 3 s, bursts of 4).
	NewsEvery time.Duration
	NewsBurst int
	// NewsQueue is how many news commands beyond the burst wait their turn
	// (default 10) before more are refused.
	NewsQueue int
	// Sleep waits before a queued news command; nil waits on a timer.
	// Tests pass one that moves their clock.
	Sleep func(ctx context.Context, d time.Duration) error
}

// Bot answers updates. It is safe for concurrent use.
type Bot struct {
	store     Store
	transport Transport
	opt       Options
	log       *slog.Logger
	now       func() time.Time
	editors   map[int64]bool
	// chats applies membership updates to subscriptions.
	chats *membership.Rules

	mu      sync.Mutex
	buckets map[int64]*bucket
	// moreUsed are the "More" buttons already served, by chat and message.
	moreUsed map[moreKey]time.Time
}

// New returns a bot that keeps its state in store and answers through t.
func New(store Store, t Transport, opt Options) *Bot {
	if hhmm, err := normalizeClock(opt.DefaultDigestTime); err == nil {
		opt.DefaultDigestTime = hhmm // "8:00" in a config file means 08:00
	} else {
		opt.DefaultDigestTime = "08:00"
	}
	if opt.PageSize <= 0 {
		opt.PageSize = 8
	}
	if opt.NewsEvery <= 0 {
		opt.NewsEvery = 3 * time.Second
	}
	if opt.NewsBurst <= 0 {
		opt.NewsBurst = 4
	}
	if opt.NewsQueue <= 0 {
		opt.NewsQueue = 10
	}
	if opt.Sleep == nil {
		opt.Sleep = clock.Sleep
	}
	b := &Bot{store: store, transport: newShownTransport(t), opt: opt, log: opt.Logger, now: opt.Now,
		editors: map[int64]bool{}, buckets: map[int64]*bucket{}, moreUsed: map[moreKey]time.Time{}}
	if b.log == nil {
		b.log = slog.New(slog.DiscardHandler)
	}
	b.chats = membership.New(store, b.log)
	if b.now == nil {
		b.now = time.Now
	}
	for _, id := range opt.Editors {
		b.editors[id] = true
	}
	return b
}

// SetBotUsername sets the bot's @handle once the transport knows it.
func (b *Bot) SetBotUsername(name string) {
	b.mu.Lock()
	b.opt.BotUsername = strings.TrimPrefix(name, "@")
	b.mu.Unlock()
}

func (b *Bot) botUsername() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.opt.BotUsername
}

// maxInput bounds what the bot reads of one message; Telegram's own limit is 4096.
const maxInput = 4096

// Handle answers one update. Problems the user caused are answered in the
// chat; the returned error is for the operator (storage or transport failed).
// It never panics: a panic in a handler is recovered and reported as an error.
func (b *Bot) Handle(ctx context.Context, u Update) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("bot: panic handling update in chat %d: %v", u.ChatID, r)
			b.log.Error("handler panic", "chat_id", u.ChatID, "err", err)
			_, _ = b.transport.Send(ctx, u.ChatID, Reply{Text: b.tr(u, i18n.MsgInternalError)})
		}
	}()
	ctx = WithThread(ctx, u.ThreadID) // replies go to the topic the update came from
	if u.Membership != 0 {
		return b.handleMembership(ctx, u)
	}
	u.Text = sanitizeInput(u.Text)
	u.CallbackData = sanitizeInput(u.CallbackData)
	if u.IsCallback() {
		return b.handleCallback(ctx, u)
	}
	return b.handleMessage(ctx, u)
}

// sanitizeInput makes text valid UTF-8 and cuts it to maxInput runes.
func sanitizeInput(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if len(s) > maxInput*4 || utf8.RuneCountInString(s) > maxInput {
		r := []rune(s)
		if len(r) > maxInput {
			s = string(r[:maxInput])
		}
	}
	return s
}

// say sends a plain reply to the update's chat.
func (b *Bot) say(ctx context.Context, u Update, text string) error {
	_, err := b.transport.Send(ctx, u.ChatID, Reply{Text: text, DisablePreview: true})
	return err
}

// bucket is a small token bucket limiting news commands per chat.
type bucket struct {
	tokens float64
	last   time.Time
}

// allowNews reports whether the chat may run another news command now.
func (b *Bot) allowNews(chatID int64) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	now := b.now()
	bk, ok := b.buckets[chatID]
	if !ok {
		if len(b.buckets) > 100_000 { // forget idle chats rather than grow without bound
			for id, old := range b.buckets {
				if now.Sub(old.last) > time.Minute {
					delete(b.buckets, id)
				}
			}
		}
		bk = &bucket{tokens: float64(b.opt.NewsBurst), last: now}
		b.buckets[chatID] = bk
	}
	bk.tokens += now.Sub(bk.last).Seconds() / b.opt.NewsEvery.Seconds()
	bk.tokens = min(bk.tokens, float64(b.opt.NewsBurst))
	bk.last = now
	if bk.tokens < 1 {
		return false
	}
	bk.tokens--
	return true
}
