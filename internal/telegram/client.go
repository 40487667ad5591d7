package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/newsbot/newsbot/internal/redact"
)

// callTimeout bounds one API call that has no deadline of its own.
const callTimeout = 30 * time.Second

// maxResponseBytes bounds one API response; a full getUpdates batch is far
// smaller.
const maxResponseBytes = 32 << 20

// apiClient makes Bot API calls through go-telegram-bot-api with a context
// per call and the token kept out of every error it returns.
//
// The library builds requests without a context, so each call gets a
// throwaway BotAPI whose HTTP client attaches the call's context: a
// cancelled context aborts a long poll at once.
type apiClient struct {
	token    string
	endpoint string // "{api_url}/bot%s/%s", as the library expects
	http     *http.Client
	redactor *redact.Redactor
}

// newAPIClient returns a client for the bot with this token at apiURL
// (DefaultAPIURL when empty). hc may be nil.
func newAPIClient(token, apiURL string, hc *http.Client) (*apiClient, error) {
	if token == "" {
		return nil, errors.New("telegram: no bot token")
	}
	if apiURL == "" {
		apiURL = DefaultAPIURL
	}
	u, err := url.Parse(apiURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("telegram: api url %q is not an http(s) URL", apiURL)
	}
	if hc == nil {
		hc = &http.Client{}
	}
	// "%" in the URL would confuse the library's Sprintf.
	base := strings.ReplaceAll(strings.TrimRight(apiURL, "/"), "%", "%%")
	return &apiClient{token: token, endpoint: base + "/bot%s/%s", http: hc, redactor: redact.New(token)}, nil
}

// api returns a BotAPI whose requests carry ctx.
func (c *apiClient) api(ctx context.Context) *tgbotapi.BotAPI {
	b := &tgbotapi.BotAPI{Token: c.token, Client: ctxDoer{ctx: ctx, c: c}}
	b.SetAPIEndpoint(c.endpoint)
	return b
}

// withTimeout gives ctx the default call bound unless it has a deadline.
func withTimeout(ctx context.Context, d time.Duration) (context.Context, context.CancelFunc) {
	if _, ok := ctx.Deadline(); ok {
		return ctx, func() {}
	}
	return context.WithTimeout(ctx, d)
}

// call makes a raw API call with params and returns its result.
func (c *apiClient) call(ctx context.Context, method string, params tgbotapi.Params) (json.RawMessage, error) {
	ctx, cancel := withTimeout(ctx, callTimeout)
	defer cancel()
	resp, err := c.api(ctx).MakeRequest(method, params)
	if err != nil {
		return nil, c.wrap(method, err)
	}
	return resp.Result, nil
}

// getMe returns the bot's own user.
func (c *apiClient) getMe(ctx context.Context) (tgbotapi.User, error) {
	ctx, cancel := withTimeout(ctx, callTimeout)
	defer cancel()
	u, err := c.api(ctx).GetMe()
	if err != nil {
		return tgbotapi.User{}, c.wrap("getMe", err)
	}
	return u, nil
}

// wrap turns a library error into an *APIError or a redacted transport error.
func (c *apiClient) wrap(method string, err error) error {
	var te *tgbotapi.Error
	var tv tgbotapi.Error
	switch {
	case errors.As(err, &te):
		tv = *te
	case errors.As(err, &tv):
	default:
		return fmt.Errorf("telegram: %s: %w", method, hideToken(err, c.redactor))
	}
	// A server may echo the request (and so the token) in its description.
	return &APIError{Method: method, Code: tv.Code, Description: c.redactor.String(tv.Message),
		RetryAfter: tv.RetryAfter, MigrateToChatID: tv.MigrateToChatID}
}

// APIError is an error answer from the Bot API.
type APIError struct {
	Method          string
	Code            int // error_code: 400, 403, 429, …; 0 when the server gave none
	Description     string
	RetryAfter      int   // seconds, for 429
	MigrateToChatID int64 // for a group upgraded to a supergroup
}

func (e *APIError) Error() string {
	d := e.Description
	if d == "" {
		d = "request failed without a description"
	}
	if e.Code != 0 {
		return fmt.Sprintf("telegram: %s: %d %s", e.Method, e.Code, d)
	}
	return fmt.Sprintf("telegram: %s: %s", e.Method, d)
}

// Forbidden reports whether the bot may not write to the chat any more:
// blocked by the user, kicked from the group, or the user is gone.
func (e *APIError) Forbidden() bool { return e.Code == http.StatusForbidden }

// has reports whether the description contains s, ignoring case.
func (e *APIError) has(s string) bool {
	return strings.Contains(strings.ToLower(e.Description), s)
}

// asAPIError returns err's *APIError, or nil.
func asAPIError(err error) *APIError {
	var ae *APIError
	if errors.As(err, &ae) {
		return ae
	}
	return nil
}

// ctxDoer is the library's HTTP client: it sends each request with the
// call's context, bounds the response and redacts the token from errors.
type ctxDoer struct {
	ctx context.Context
	c   *apiClient
}

func (d ctxDoer) Do(req *http.Request) (*http.Response, error) {
	resp, err := d.c.http.Do(req.WithContext(d.ctx))
	if err != nil {
		return nil, hideToken(err, d.c.redactor)
	}
	resp.Body = limitedBody{Reader: io.LimitReader(resp.Body, maxResponseBytes), Closer: resp.Body}
	return resp, nil
}

type limitedBody struct {
	io.Reader
	io.Closer
}

// hideToken removes the token, in any form, from an error: the library puts
// it in every URL, and *url.Error prints the URL. The chain below the URL
// error (a cancelled context, a network error) stays reachable with
// errors.Is and errors.As; the URL error itself does not, as it holds the
// token.
func hideToken(err error, r *redact.Redactor) error {
	if err == nil {
		return err
	}
	msg := r.String(err.Error())
	if msg == err.Error() {
		return err
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return redactedError{msg: msg, err: ue.Err}
	}
	return redactedError{msg: msg, err: errors.Unwrap(err)}
}

// redactedError keeps the chain below an error whose text had the token.
type redactedError struct {
	msg string
	err error
}

func (e redactedError) Error() string { return e.msg }
func (e redactedError) Unwrap() error { return e.err }

// TokenRefused reports whether err says the Bot API refused the token (401,
// or 404 for a token it does not know): retrying cannot help, unlike a
// network failure or a 5xx.
func TokenRefused(err error) bool {
	ae := asAPIError(err)
	return ae != nil && (ae.Code == http.StatusUnauthorized || ae.Code == http.StatusNotFound)
}
