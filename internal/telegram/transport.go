package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/clock"
	"github.com/newsbot/newsbot/internal/membership"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/render"
)

// maxMessageLen is Telegram's limit on a message text, in UTF-16 code units.
const maxMessageLen = 4096

// Handler answers one update; bot.(*Bot).Handle is one.
type Handler func(ctx context.Context, u bot.Update) error

// ChatStatusStore records what happens to the bot's place in a chat: a user
// who blocks the bot, a group that removes it, a group upgraded to a
// supergroup, and their return. What each means for the subscription is
// the rule of package membership; the subscriber's preferences are kept
// throughout.
// *store.DB satisfies it.
type ChatStatusStore interface {
	membership.Store
}

// Options configures a Transport. Only Token is required.
type Options struct {
	Token string
	// APIURL is the Bot API server; requests go to {APIURL}/bot{token}/{method}.
	// Empty means DefaultAPIURL.
	APIURL string
	// HTTPClient makes the API calls; nil means a client of its own. Its
	// Timeout, if any, must exceed PollTimeout.
	HTTPClient *http.Client
	Logger     *slog.Logger

	// Mode is "polling" (the default) or "webhook".
	Mode string
	// PollTimeout is how long one getUpdates call waits for updates (default 50 s).
	PollTimeout time.Duration
	// MinPollInterval is the least time between two getUpdates calls that
	// returned nothing, so that a server which ignores the timeout does not
	// make a busy loop (default 1 s).
	MinPollInterval time.Duration
	// RetryMin and RetryMax bound the back-off after a failed getUpdates
	// (defaults 1 s and 30 s).
	RetryMin, RetryMax time.Duration

	// WebhookURL is the public https URL Telegram posts updates to; when it
	// has no path, WebhookPath is appended. WebhookListen is the local address
	// to listen on, and WebhookPath the path served there (default: the
	// URL's path, else /telegram). Neither carries the token: Telegram proves
	// itself with WebhookSecret.
	WebhookURL    string
	WebhookListen string
	WebhookPath   string
	// WebhookSecret is checked against X-Telegram-Bot-Api-Secret-Token on
	// every request; empty means a random one is made at start.
	WebhookSecret string

	// Workers bounds how many updates are handled at once (default 16);
	// updates of one chat are always handled one at a time, in order.
	Workers int
	// HandleTimeout bounds the handling of one update (default 2 min).
	HandleTimeout time.Duration
	// Chats, if set, learns what sending finds out: a chat that blocked or
	// removed the bot, a group that became a supergroup. Updates about the
	// bot's membership go to the bot instead, as membership kinds.
	Chats ChatStatusStore
	// AdminCacheTTL is how long an admin check is remembered (default 1 min).
	AdminCacheTTL time.Duration
	// Pacer, if set, paces every message sent, so that replies and the
	// outbox share one budget of Telegram's rate limits; *deliver.Limiter
	// is one.
	Pacer Pacer
	// TopicGone, if set, learns of a forum topic found deleted when a reply
	// to it went to General instead.
	TopicGone TopicGoneFunc
}

// Pacer holds a send back until it fits the rate limits shared with every
// other sender of the process. It returns ctx's error if ctx ends first.
type Pacer interface {
	Wait(ctx context.Context, chatID int64, groupLike bool) error
	// PauseChat holds every sender back from the chat for d, as after a 429.
	PauseChat(chatID int64, d time.Duration)
}

// A Pacer may also have Done(chatID), called when a send to the chat has
// been answered, to space the chat's next send from the answer rather than
// from the request (deliver.Limiter does).

// Transport is a bot.Transport on the Telegram Bot API, and the loop that
// receives updates. Create it with New; it is safe for concurrent use.
type Transport struct {
	c    *apiClient
	opt  Options
	log  *slog.Logger
	self tgbotapi.User

	// chats applies what a refused send finds out, with the bot's rules;
	// nil without Options.Chats.
	chats *membership.Rules

	mu     sync.Mutex
	admins map[adminKey]adminEntry
}

type adminKey struct{ chat, user int64 }

type adminEntry struct {
	ok      bool
	expires time.Time
}

// New checks the token with getMe and returns a transport. It fails when
// the API cannot be reached or refuses the token; the error never contains
// the token.
func New(ctx context.Context, opt Options) (*Transport, error) {
	if opt.Mode == "" {
		opt.Mode = "polling"
	}
	if opt.Mode != "polling" && opt.Mode != "webhook" {
		return nil, fmt.Errorf("telegram: unknown mode %q", opt.Mode)
	}
	if opt.PollTimeout <= 0 {
		opt.PollTimeout = 50 * time.Second
	}
	if opt.MinPollInterval <= 0 {
		opt.MinPollInterval = time.Second
	}
	if opt.RetryMin <= 0 {
		opt.RetryMin = time.Second
	}
	if opt.RetryMax < opt.RetryMin {
		opt.RetryMax = max(30*time.Second, opt.RetryMin)
	}
	if opt.Workers <= 0 {
		opt.Workers = 16
	}
	if opt.HandleTimeout <= 0 {
		opt.HandleTimeout = 2 * time.Minute
	}
	if opt.AdminCacheTTL <= 0 {
		opt.AdminCacheTTL = time.Minute
	}
	if opt.HTTPClient == nil {
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.MaxIdleConnsPerHost = opt.Workers + 1
		opt.HTTPClient = &http.Client{Transport: tr}
	}
	c, err := newAPIClient(opt.Token, opt.APIURL, opt.HTTPClient)
	if err != nil {
		return nil, err
	}
	t := &Transport{c: c, opt: opt, log: opt.Logger, admins: map[adminKey]adminEntry{}}
	if t.log == nil {
		t.log = slog.New(slog.DiscardHandler)
	}
	if opt.Chats != nil {
		t.chats = membership.New(opt.Chats, t.log)
	}
	me, err := c.getMe(ctx)
	if err != nil {
		return nil, err
	}
	t.self = me
	return t, nil
}

// Username returns the bot's @handle without "@", as getMe reported it.
func (t *Transport) Username() string { return t.self.UserName }

// inlineButton is an inline keyboard button on the wire.
type inlineButton struct {
	Text         string `json:"text"`
	CallbackData string `json:"callback_data,omitempty"`
	URL          string `json:"url,omitempty"`
}

func keyboardJSON(rows [][]bot.Button) string {
	kb := make([][]inlineButton, 0, len(rows))
	for _, row := range rows {
		out := make([]inlineButton, 0, len(row))
		for _, b := range row {
			ib := inlineButton{Text: b.Text}
			if b.URL != "" {
				ib.URL = b.URL
			} else {
				ib.CallbackData = b.Data
			}
			out = append(out, ib)
		}
		kb = append(kb, out)
	}
	raw, _ := json.Marshal(struct {
		InlineKeyboard [][]inlineButton `json:"inline_keyboard"`
	}{kb})
	return string(raw)
}

// textParams are the parameters of a message text and its keyboard.
func textParams(chatID int64, text string, r bot.Reply, withKeyboard bool) tgbotapi.Params {
	p := tgbotapi.Params{
		"chat_id":    strconv.FormatInt(chatID, 10),
		"text":       text,
		"parse_mode": "HTML",
	}
	// Newer than the library's types, hence the raw parameter.
	p["link_preview_options"] = previewOptions(r.DisablePreview, r.PreviewURL)
	if r.Silent {
		p["disable_notification"] = "true"
	}
	if withKeyboard && len(r.Keyboard) > 0 {
		p["reply_markup"] = keyboardJSON(r.Keyboard)
	}
	return p
}

// pieces splits a text over Telegram's limit on story or line boundaries.
// The bot already splits its lists; this is the last guard.
func pieces(text string) []string {
	if render.UTF16Len(text) <= maxMessageLen {
		return []string{text}
	}
	return render.Split([]string{text}, maxMessageLen)
}

// Send sends r to the chat, in several messages when the text is over
// Telegram's limit (the keyboard goes under the last), and returns the id
// of the last message. With r.PhotoURL the photo goes first with as much
// of the text as fits its caption, the rest after it; a photo Telegram
// cannot fetch is dropped and the text sent alone. Messages go to the
// forum topic bot.ThreadOf(ctx) names, or to General when it was deleted.
// A 429 is waited out; a chat that blocked the bot is recorded in the
// ChatStatusStore and reported as an *APIError.
func (t *Transport) Send(ctx context.Context, chatID int64, r bot.Reply) (int, error) {
	thread := bot.ThreadOf(ctx)
	if r.PhotoURL != "" {
		id, rest, err := t.sendPhoto(ctx, chatID, thread, r)
		if ae := asAPIError(err); photoRefused(ae) {
			t.log.Info("photo refused; sending the text alone", "chat_id", chatID, "err", err)
		} else if err != nil || rest == "" {
			return id, err
		} else {
			r.Text = rest
		}
		r.PhotoURL = ""
	}
	parts := pieces(r.Text)
	if len(parts) == 0 {
		return 0, errors.New("telegram: sendMessage: empty message")
	}
	var id int
	for i, text := range parts {
		if err := t.pace(ctx, chatID); err != nil {
			return id, fmt.Errorf("telegram: sendMessage: %w", err)
		}
		p := textParams(chatID, text, r, i == len(parts)-1)
		setThread(p, thread)
		raw, err := t.callChat(ctx, chatID, "sendMessage", p)
		if err != nil {
			return id, err
		}
		var m struct {
			MessageID int `json:"message_id"`
		}
		if err := json.Unmarshal(raw, &m); err != nil {
			return id, fmt.Errorf("telegram: sendMessage: decode result: %w", err)
		}
		id = m.MessageID
	}
	return id, nil
}

// pace waits for the shared rate limiter, if any.
func (t *Transport) pace(ctx context.Context, chatID int64) error {
	if t.opt.Pacer == nil {
		return nil
	}
	// Group, supergroup and channel ids are negative.
	if err := t.opt.Pacer.Wait(ctx, chatID, chatID < 0); err != nil {
		return fmt.Errorf("wait for rate limit: %w", err)
	}
	return nil
}

// sendPhoto sends r's photo with the head of r.Text as caption and returns
// the message id and the text left for a follow-up. The keyboard goes
// under the photo only when nothing follows.
func (t *Transport) sendPhoto(ctx context.Context, chatID int64, thread int, r bot.Reply) (int, string, error) {
	caption, rest := render.Caption(r.Text)
	if err := t.pace(ctx, chatID); err != nil {
		return 0, "", fmt.Errorf("telegram: sendPhoto: %w", err)
	}
	p := tgbotapi.Params{
		"chat_id":    strconv.FormatInt(chatID, 10),
		"photo":      r.PhotoURL,
		"caption":    caption,
		"parse_mode": "HTML",
	}
	if r.Silent {
		p["disable_notification"] = "true"
	}
	if rest == "" && len(r.Keyboard) > 0 {
		p["reply_markup"] = keyboardJSON(r.Keyboard)
	}
	setThread(p, thread)
	raw, err := t.callChat(ctx, chatID, "sendPhoto", p)
	if err != nil {
		return 0, "", err
	}
	var m struct {
		MessageID int `json:"message_id"`
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		return 0, "", fmt.Errorf("telegram: sendPhoto: decode result: %w", err)
	}
	return m.MessageID, rest, nil
}

// Edit replaces message messageID in the chat, as menus change in place. An
// empty r.Text replaces only the keyboard. When the message cannot be
// edited any more (deleted, too old), r is sent as a new message; an edit
// that changes nothing is not an error.
func (t *Transport) Edit(ctx context.Context, chatID int64, messageID int, r bot.Reply) error {
	if r.Text == "" {
		p := tgbotapi.Params{
			"chat_id":    strconv.FormatInt(chatID, 10),
			"message_id": strconv.Itoa(messageID),
		}
		if len(r.Keyboard) > 0 {
			p["reply_markup"] = keyboardJSON(r.Keyboard)
		}
		_, err := t.callChat(ctx, chatID, "editMessageReplyMarkup", p)
		if ae := asAPIError(err); ae != nil && (ae.has("not modified") || gone(ae)) {
			return nil // the keyboard is already so, or its message is gone
		}
		return err
	}
	parts := pieces(r.Text)
	p := textParams(chatID, parts[0], r, len(parts) == 1)
	p["message_id"] = strconv.Itoa(messageID)
	_, err := t.callChat(ctx, chatID, "editMessageText", p)
	switch ae := asAPIError(err); {
	case err == nil:
	case ae != nil && ae.has("not modified"):
	case ae != nil && gone(ae):
		t.log.Debug("message to edit is gone; sending anew", "chat_id", chatID, "message_id", messageID)
		_, err := t.Send(ctx, chatID, r)
		return err
	default:
		return err
	}
	if len(parts) > 1 {
		r.Text = strings.Join(parts[1:], "\n\n")
		_, err := t.Send(ctx, chatID, r)
		return err
	}
	return nil
}

// gone reports whether an edit failed because the message cannot be edited.
func gone(ae *APIError) bool {
	return ae.Code == http.StatusBadRequest &&
		(ae.has("message to edit not found") || ae.has("message can't be edited") || ae.has("message_id_invalid"))
}

// AnswerCallback acknowledges a button press, with an optional notice of at
// most 200 characters. A query that is too old to answer is not an error:
// there is nobody waiting for the answer any more.
func (t *Transport) AnswerCallback(ctx context.Context, callbackID, text string) error {
	if callbackID == "" {
		return nil
	}
	p := tgbotapi.Params{"callback_query_id": callbackID}
	if text != "" {
		p["text"] = truncateRunes(render.PlainText(text), 200)
	}
	_, err := t.c.call(ctx, "answerCallbackQuery", p)
	if ae := asAPIError(err); ae != nil && ae.Code == http.StatusBadRequest && ae.has("query is too old") {
		t.log.Debug("callback query expired", "callback_id", callbackID)
		return nil
	}
	return err
}

func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// callChat makes a call addressed to a chat. It waits out a 429 (a few
// times, honouring retry_after), follows a group's upgrade to a supergroup
// once, and records a chat that blocked or removed the bot (see learn).
func (t *Transport) callChat(ctx context.Context, chatID int64, method string, p tgbotapi.Params) (json.RawMessage, error) {
	const attempts = 4
	migrated := false
	target := chatID // the supergroup's id once the group's upgrade is followed
	for attempt := 1; ; attempt++ {
		raw, err := t.c.call(ctx, method, p)
		if d, ok := t.opt.Pacer.(interface{ Done(chatID int64) }); ok && strings.HasPrefix(method, "send") {
			d.Done(chatID) // the next send to the chat is spaced from this answer
		}
		ae := asAPIError(err)
		switch {
		case err == nil:
			return raw, nil
		case ae == nil:
			return nil, err
		case ae.Code == http.StatusTooManyRequests && attempt < attempts && ae.RetryAfter <= 60:
			wait := time.Duration(max(ae.RetryAfter, 1))*time.Second + 50*time.Millisecond
			t.log.Debug("rate limited; waiting", "chat_id", chatID, "method", method, "retry_after", ae.RetryAfter)
			if t.opt.Pacer != nil {
				// Tell the shared limiter, so the outbox holds back from the chat too.
				t.opt.Pacer.PauseChat(chatID, wait)
				err = t.opt.Pacer.Wait(ctx, chatID, chatID < 0)
			} else {
				err = clock.Sleep(ctx, wait)
			}
			if err != nil {
				return nil, fmt.Errorf("telegram: %s: wait for rate limit: %w", method, err)
			}
		case threadGone(ae) && unthread(ctx, p, chatID, t.opt.TopicGone):
			t.log.Info("forum topic gone; sending to General", "chat_id", chatID, "method", method)
		default:
			// A refusal that tells of the bot's place in the chat is the
			// same membership update the outbox finds, under the same rules.
			c, ok := classifyChat(target, ae).Membership(target)
			if !ok || (c.Kind == membership.Migrated && migrated) {
				return nil, err
			}
			t.learn(ctx, c)
			if c.Kind != membership.Migrated {
				return nil, err
			}
			// Follow the group to its supergroup, once.
			migrated, target = true, c.MigrateTo
			p["chat_id"] = strconv.FormatInt(target, 10)
		}
	}
}

// learn applies what a refused send found out about the chat with the
// rules of package membership: the chat blocked or removed the bot, or
// became a supergroup. It is recorded even when ctx has ended: it is news
// of the chat, not of the request that found it.
func (t *Transport) learn(ctx context.Context, c membership.Change) {
	if t.chats == nil {
		return
	}
	if err := t.chats.Apply(context.WithoutCancel(ctx), c); err != nil {
		t.log.Warn("chat membership found on sending", "chat_id", c.ChatID, "membership", c.Kind.String(), "err", err)
		return
	}
	if c.Kind == membership.Migrated {
		t.forgetAdmins(c.ChatID)
	}
}

// groupAnonymousBotID is the user Telegram shows as the sender of messages
// from a group's anonymous administrators.
const groupAnonymousBotID = 1087968824

// IsAdmin reports whether the user is the chat's creator or an
// administrator, asking getChatMember and remembering the answer briefly.
func (t *Transport) IsAdmin(ctx context.Context, chatID, userID int64) (bool, error) {
	if userID == 0 {
		return false, nil
	}
	if userID == groupAnonymousBotID {
		return true, nil // only anonymous admins post as this user
	}
	key := adminKey{chatID, userID}
	now := time.Now()
	t.mu.Lock()
	if e, ok := t.admins[key]; ok && now.Before(e.expires) {
		t.mu.Unlock()
		return e.ok, nil
	}
	t.mu.Unlock()

	ctx, cancel := withTimeout(ctx, callTimeout)
	defer cancel()
	m, err := t.c.api(ctx).GetChatMember(tgbotapi.GetChatMemberConfig{
		ChatConfigWithUser: tgbotapi.ChatConfigWithUser{ChatID: chatID, UserID: userID}})
	if err != nil {
		return false, t.c.wrap("getChatMember", err)
	}
	ok := m.Status == "creator" || m.Status == "administrator"
	t.mu.Lock()
	if len(t.admins) > 10_000 {
		for k, e := range t.admins {
			if now.After(e.expires) {
				delete(t.admins, k)
			}
		}
	}
	t.admins[key] = adminEntry{ok: ok, expires: now.Add(t.opt.AdminCacheTTL)}
	t.mu.Unlock()
	return ok, nil
}

// LookupChat finds a chat by @username with getChat and, for a channel,
// asks getChatMember whether the bot itself may post there. It returns
// news.ErrNotFound when Telegram knows no such chat.
func (t *Transport) LookupChat(ctx context.Context, username string) (bot.ChatInfo, error) {
	name := "@" + strings.TrimPrefix(strings.TrimSpace(username), "@")
	if len(name) < 2 || len(name) > 64 {
		return bot.ChatInfo{}, news.ErrNotFound
	}
	ctx, cancel := withTimeout(ctx, callTimeout)
	defer cancel()
	c, err := t.c.api(ctx).GetChat(tgbotapi.ChatInfoConfig{ChatConfig: tgbotapi.ChatConfig{SuperGroupUsername: name}})
	if err != nil {
		werr := t.c.wrap("getChat", err)
		if ae := asAPIError(werr); ae != nil && ae.Code == http.StatusBadRequest && ae.has("not found") {
			return bot.ChatInfo{}, fmt.Errorf("telegram: getChat %s: %w", name, news.ErrNotFound)
		}
		return bot.ChatInfo{}, werr
	}
	info := bot.ChatInfo{ID: c.ID, Type: news.ChatType(c.Type), Title: c.Title, Username: c.UserName}
	if info.Type == news.ChatChannel {
		if info.CanPost, err = t.canPost(ctx, c.ID); err != nil {
			return bot.ChatInfo{}, err
		}
	}
	return info, nil
}

// canPost reports whether the bot may post in the channel: getChatMember
// for itself says creator, or administrator with can_post_messages. A
// refusal (400 or 403: not a member, no access) means it may not; other
// failures are errors. The answer is not cached, so that a right just
// granted counts.
func (t *Transport) canPost(ctx context.Context, chatID int64) (bool, error) {
	m, err := t.c.api(ctx).GetChatMember(tgbotapi.GetChatMemberConfig{
		ChatConfigWithUser: tgbotapi.ChatConfigWithUser{ChatID: chatID, UserID: t.self.ID}})
	if err != nil {
		werr := t.c.wrap("getChatMember", err)
		if ae := asAPIError(werr); ae != nil && (ae.Code == http.StatusBadRequest || ae.Code == http.StatusForbidden) {
			t.log.Info("bot cannot check its membership in a channel", "chat_id", chatID, "err", werr)
			return false, nil
		}
		return false, werr
	}
	return m.Status == "creator" || (m.Status == "administrator" && m.CanPostMessages), nil
}

var _ bot.Transport = (*Transport)(nil)
