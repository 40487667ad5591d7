// Package telegram is newsbot's Telegram transport, the only importer of
// go-telegram-bot-api.
package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/newsbot/newsbot/internal/deliver"
)

// DefaultAPIURL is Telegram's Bot API server.
const DefaultAPIURL = "https://api.telegram.org"

// Sender sends and edits messages through the Bot API; it implements
// deliver.Sender and classifies every failure as a *deliver.SendError. The
// bot token never appears in its errors: the library builds URLs with it, so
// transport errors are scrubbed.
type Sender struct {
	bot   *tgbotapi.BotAPI
	token string
}

// NewSender connects to the Bot API at apiURL (DefaultAPIURL when empty) with
// token, sending requests through client (whose Timeout bounds each call),
// and checks the token with getMe. It fails when the API cannot be reached or
// refuses the token; the error never contains the token.
func NewSender(apiURL, token string, client *http.Client) (*Sender, error) {
	if token == "" {
		return nil, errors.New("telegram sender: empty bot token")
	}
	if apiURL == "" {
		apiURL = DefaultAPIURL
	}
	if client == nil {
		client = NewSenderClient(30*time.Second, 16)
	}
	endpoint := strings.TrimRight(apiURL, "/") + "/bot%s/%s"
	bot, err := tgbotapi.NewBotAPIWithClient(token, endpoint, client)
	if err != nil {
		return nil, fmt.Errorf("telegram sender: getMe: %w", scrub(err, token))
	}
	return &Sender{bot: bot, token: token}, nil
}

// NewSenderClient returns an HTTP client suited to concurrent sends: it keeps
// up to conns connections open to the API host and bounds each request by
// timeout. Go's default of two idle connections per host would make a busy
// broadcast open and close a connection per message.
func NewSenderClient(timeout time.Duration, conns int) *http.Client {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConns = max(conns, 2)
	t.MaxIdleConnsPerHost = max(conns, 2)
	return &http.Client{Timeout: timeout, Transport: t}
}

// Username returns the bot's username as getMe reported it.
func (s *Sender) Username() string { return s.bot.Self.UserName }

// Send sends m with sendMessage and returns its message id.
func (s *Sender) Send(ctx context.Context, m deliver.Message) (int, error) {
	p := s.params(m)
	if m.DisableNotification {
		p["disable_notification"] = "true"
	}
	raw, err := s.call(ctx, "sendMessage", p)
	if err != nil {
		return 0, err
	}
	var msg struct {
		MessageID int `json:"message_id"`
	}
	if err := json.Unmarshal(raw, &msg); err != nil {
		// The message went out; only its id is unknown.
		return 0, nil
	}
	return msg.MessageID, nil
}

// Edit replaces the text and keyboard of message messageID in m.ChatID with
// editMessageText. Editing to the same text is not an error.
func (s *Sender) Edit(ctx context.Context, messageID int, m deliver.Message) error {
	p := s.params(m)
	p["message_id"] = strconv.Itoa(messageID)
	_, err := s.call(ctx, "editMessageText", p)
	var se *deliver.SendError
	if errors.As(err, &se) && strings.Contains(se.Description, "message is not modified") {
		return nil
	}
	return err
}

func (s *Sender) params(m deliver.Message) tgbotapi.Params {
	p := tgbotapi.Params{
		"chat_id": strconv.FormatInt(m.ChatID, 10),
		"text":    m.Text,
	}
	if m.ParseMode != "" {
		p["parse_mode"] = m.ParseMode
	}
	if m.DisablePreview {
		// Newer than the library's types, hence the raw parameter.
		p["link_preview_options"] = `{"is_disabled":true}`
	}
	if m.ReplyMarkup != "" {
		p["reply_markup"] = m.ReplyMarkup
	}
	return p
}

// call makes one request under ctx and classifies its failure.
func (s *Sender) call(ctx context.Context, method string, p tgbotapi.Params) (json.RawMessage, error) {
	// MakeRequest takes no context; a shallow copy of the bot with a client
	// that attaches ctx gives each call its own deadline without sharing state.
	bot := *s.bot
	bot.Client = ctxClient{ctx: ctx, next: s.bot.Client}
	resp, err := bot.MakeRequest(method, p)
	if err != nil {
		return nil, s.classify(ctx, method, err)
	}
	return resp.Result, nil
}

type ctxClient struct {
	ctx  context.Context
	next tgbotapi.HTTPClient
}

func (c ctxClient) Do(req *http.Request) (*http.Response, error) {
	return c.next.Do(req.WithContext(c.ctx))
}

// classify maps a library or transport error to a *deliver.SendError.
func (s *Sender) classify(ctx context.Context, method string, err error) error {
	var apiErr *tgbotapi.Error
	if !errors.As(err, &apiErr) {
		se := &deliver.SendError{Kind: deliver.ErrTemporary, Description: method + ": " + scrub(err, s.token).Error()}
		var netErr net.Error
		if ctx.Err() != nil || (errors.As(err, &netErr) && netErr.Timeout()) {
			se.Description = method + ": timed out"
		}
		return se
	}
	return classifyAPIError(apiErr.Code, apiErr.Message, apiErr.RetryAfter, apiErr.MigrateToChatID)
}

// classifyAPIError maps a Bot API error answer to a *deliver.SendError.
func classifyAPIError(code int, desc string, retryAfter int, migrateTo int64) *deliver.SendError {
	se := &deliver.SendError{Code: code, Description: desc}
	lower := strings.ToLower(desc)
	switch {
	case code == http.StatusTooManyRequests:
		se.Kind = deliver.ErrRateLimited
		se.RetryAfter = time.Duration(max(retryAfter, 1)) * time.Second
	case migrateTo != 0:
		se.Kind, se.MigrateTo = deliver.ErrMigrated, migrateTo
	case code == http.StatusForbidden:
		switch {
		case strings.Contains(lower, "deactivated"):
			se.Kind = deliver.ErrDeactivated
		case strings.Contains(lower, "kicked"), strings.Contains(lower, "not a member"),
			strings.Contains(lower, "chat was deleted"):
			se.Kind = deliver.ErrKicked
		default:
			se.Kind = deliver.ErrBlocked
		}
	case strings.Contains(lower, "chat not found"), strings.Contains(lower, "upgraded to a supergroup"):
		se.Kind = deliver.ErrChatNotFound
	case code >= 500, code == http.StatusUnauthorized, code == 0:
		// 401: a token problem is the operator's to fix; keep the messages.
		se.Kind = deliver.ErrTemporary
	default:
		se.Kind = deliver.ErrPermanent
	}
	return se
}

// scrub returns err's text with the token masked, as a new error: the
// library's errors carry request URLs, and those hold the token.
func scrub(err error, token string) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	if token != "" {
		msg = strings.ReplaceAll(msg, token, "<token>")
	}
	return errors.New(msg)
}
