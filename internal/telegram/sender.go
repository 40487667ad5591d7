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
// deliver.Sender and classifies every failure as a *deliver.SendError. It
// shares the transport's API client, so the bot token never appears in its
// errors either.
type Sender struct {
	c         *apiClient
	self      tgbotapi.User
	topicGone TopicGoneFunc
}

// OnTopicGone sets f to learn of a forum topic found deleted when a
// message to it went to General instead; call it before sending.
func (s *Sender) OnTopicGone(f TopicGoneFunc) { s.topicGone = f }

// NewSender connects to the Bot API at apiURL (DefaultAPIURL when empty) with
// token, sending requests through client (whose Timeout bounds each call),
// and checks the token with getMe. It fails when the API cannot be reached or
// refuses the token; the error never contains the token.
func NewSender(ctx context.Context, apiURL, token string, client *http.Client) (*Sender, error) {
	if client == nil {
		client = NewSenderClient(30*time.Second, 16)
	}
	c, err := newAPIClient(token, apiURL, client)
	if err != nil {
		return nil, fmt.Errorf("telegram sender: %w", err)
	}
	me, err := c.getMe(ctx)
	if err != nil {
		return nil, fmt.Errorf("telegram sender: %w", err)
	}
	return &Sender{c: c, self: me}, nil
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
func (s *Sender) Username() string { return s.self.UserName }

// Send sends m with sendMessage, or with sendPhoto when m.PhotoURL is set
// (m.Text is then the caption), and returns the message's id. A photo that
// Telegram cannot fetch or take is dropped and m sent as text, so the
// message is not lost. A message for a deleted forum topic goes to General.
func (s *Sender) Send(ctx context.Context, m deliver.Message) (int, error) {
	if m.PhotoURL != "" {
		id, err := s.sendPhoto(ctx, m)
		var se *deliver.SendError
		if !errors.As(err, &se) || !photoRefused(&APIError{Code: se.Code, Description: se.Description}) {
			return id, err
		}
		m.PhotoURL = "" // the text alone, below
	}
	p := s.params(m)
	if m.DisableNotification {
		p["disable_notification"] = "true"
	}
	return s.send(ctx, m.ChatID, "sendMessage", p)
}

func (s *Sender) sendPhoto(ctx context.Context, m deliver.Message) (int, error) {
	p := tgbotapi.Params{
		"chat_id": strconv.FormatInt(m.ChatID, 10),
		"photo":   m.PhotoURL,
		"caption": m.Text,
	}
	if m.ParseMode != "" {
		p["parse_mode"] = m.ParseMode
	}
	if m.ReplyMarkup != "" {
		p["reply_markup"] = m.ReplyMarkup
	}
	if m.DisableNotification {
		p["disable_notification"] = "true"
	}
	setThread(p, m.ThreadID)
	return s.send(ctx, m.ChatID, "sendPhoto", p)
}

// send makes a sending call and returns the new message's id; a call
// refused for its deleted forum topic is made again without it.
func (s *Sender) send(ctx context.Context, chatID int64, method string, p tgbotapi.Params) (int, error) {
	raw, err := s.c.call(ctx, method, p)
	if ae := asAPIError(err); threadGone(ae) && unthread(ctx, p, chatID, s.topicGone) {
		raw, err = s.c.call(ctx, method, p)
	}
	if ae := asAPIError(err); ae != nil {
		return 0, classifyChat(chatID, ae)
	}
	if err != nil {
		return 0, classify(ctx, method, err)
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
	delete(p, "message_thread_id") // a message keeps its topic
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
	// Newer than the library's types, hence the raw parameters.
	p["link_preview_options"] = previewOptions(m.DisablePreview, m.PreviewURL)
	setThread(p, m.ThreadID)
	if m.ReplyMarkup != "" {
		p["reply_markup"] = m.ReplyMarkup
	}
	return p
}

// call makes one request under ctx and classifies its failure.
func (s *Sender) call(ctx context.Context, method string, p tgbotapi.Params) (json.RawMessage, error) {
	raw, err := s.c.call(ctx, method, p)
	if err != nil {
		return nil, classify(ctx, method, err)
	}
	return raw, nil
}

// classify maps an API or transport error to a *deliver.SendError.
func classify(ctx context.Context, method string, err error) error {
	if ae := asAPIError(err); ae != nil {
		return classifyAPIError(ae.Code, ae.Description, ae.RetryAfter, ae.MigrateToChatID)
	}
	se := &deliver.SendError{Kind: deliver.ErrTemporary, Description: method + ": " + err.Error()}
	var netErr net.Error
	if ctx.Err() != nil || errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &netErr) && netErr.Timeout()) {
		se.Description = method + ": timed out"
	}
	return se
}

// classifyChat classifies an API error answer to a request addressed to
// chatID. Only a user blocks a bot, in a private chat (positive id): a
// group or channel that refuses the bot has removed it, whatever the
// words.
func classifyChat(chatID int64, ae *APIError) *deliver.SendError {
	se := classifyAPIError(ae.Code, ae.Description, ae.RetryAfter, ae.MigrateToChatID)
	if se.Kind == deliver.ErrBlocked && chatID < 0 {
		se.Kind = deliver.ErrKicked
	}
	return se
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
