package telegram

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// maxWebhookBody bounds one update posted to the webhook; real updates are
// a few kilobytes.
const maxWebhookBody = 1 << 20

// secretHeader carries the webhook's secret_token on every request.
const secretHeader = "X-Telegram-Bot-Api-Secret-Token"

// webhookHandler receives updates posted by Telegram.
type webhookHandler struct {
	secret string
	r      *receiver

	mu   sync.Mutex
	seen map[int]bool // recent update ids, as Telegram may post one again
	ring []int
	next int
}

func newWebhookHandler(secret string, r *receiver) *webhookHandler {
	return &webhookHandler{secret: secret, r: r, seen: map[int]bool{}, ring: make([]int, 1024)}
}

func (h *webhookHandler) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	if req.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	got := req.Header.Get(secretHeader)
	if subtle.ConstantTimeCompare([]byte(got), []byte(h.secret)) != 1 {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	var u update // the library's update with its forum fields
	body := http.MaxBytesReader(w, req.Body, maxWebhookBody)
	if err := json.NewDecoder(body).Decode(&u); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			http.Error(w, "update too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "bad update", http.StatusBadRequest)
		return
	}
	if h.duplicate(u.UpdateID) {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := h.r.accept(req.Context(), u); err != nil {
		// The client went away or we are stopping: Telegram will post it
		// again, and that post must not be taken for a duplicate.
		h.forget(u.UpdateID)
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// duplicate reports whether the update was received recently, and
// remembers it.
func (h *webhookHandler) duplicate(id int) bool {
	if id == 0 {
		return false
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.seen[id] {
		return true
	}
	if old := h.ring[h.next]; old != 0 {
		delete(h.seen, old)
	}
	h.ring[h.next] = id
	h.next = (h.next + 1) % len(h.ring)
	h.seen[id] = true
	return false
}

// forget drops an update id that was remembered but not accepted.
func (h *webhookHandler) forget(id int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	delete(h.seen, id)
}

// randomSecret makes a secret_token of 43 URL-safe characters.
func randomSecret() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b) // crypto/rand.Read never fails on supported platforms
	return base64.RawURLEncoding.EncodeToString(b)
}

// webhookAddress returns the URL given to Telegram and the path served
// locally: the URL as configured when it has a path (a reverse proxy may map
// it), else the URL with the local path appended; the local path is path, or
// the URL's own, or /telegram.
func webhookAddress(u *url.URL, path string) (public, local string) {
	own := u.EscapedPath()
	if own == "/" {
		own = ""
	}
	local = path
	if local == "" {
		local = own
	}
	if local == "" {
		local = "/telegram"
	}
	if own != "" {
		return u.String(), local
	}
	v := *u
	v.Path, v.RawPath = local, ""
	return v.String(), local
}

// serveWebhook sets the webhook and serves it until ctx ends.
func (t *Transport) serveWebhook(ctx context.Context, r *receiver) error {
	u, err := url.Parse(t.opt.WebhookURL)
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
		return fmt.Errorf("telegram: webhook url %q is not an absolute URL", t.opt.WebhookURL)
	}
	secret := t.opt.WebhookSecret
	if secret == "" {
		secret = randomSecret()
	}
	public, path := webhookAddress(u, t.opt.WebhookPath)
	if pub, _ := url.Parse(public); pub != nil && pub.EscapedPath() != path {
		t.log.Info("webhook: Telegram posts to another path than this server serves; a reverse proxy must map one to the other",
			"public_path", pub.EscapedPath(), "path", path)
	}
	mux := http.NewServeMux()
	mux.Handle(path, newWebhookHandler(secret, r))

	ln, err := net.Listen("tcp", t.opt.WebhookListen)
	if err != nil {
		return fmt.Errorf("telegram: webhook: %w", err)
	}
	srv := &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      2 * time.Minute, // a full dispatcher holds the answer back
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(ln) }()

	allowed, _ := json.Marshal(allowedUpdates)
	p := tgbotapi.Params{
		"url":             public,
		"secret_token":    secret,
		"allowed_updates": string(allowed),
		"max_connections": fmt.Sprint(min(max(t.opt.Workers, 1), 100)),
	}
	if _, err := t.c.call(ctx, "setWebhook", p); err != nil {
		_ = srv.Close()
		return fmt.Errorf("telegram: set webhook: %w", errors.Join(err, serverStopped(serveErr)))
	}
	t.log.Info("webhook set", "listen", ln.Addr().String(), "path", path)

	select {
	case err := <-serveErr:
		return fmt.Errorf("telegram: webhook server: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		_ = srv.Close()
	}
	if err := serverStopped(serveErr); err != nil {
		return fmt.Errorf("telegram: webhook server: %w", err)
	}
	return nil
}

// serverStopped waits for Serve to return after a Close or Shutdown: its
// http.ErrServerClosed is the expected end, anything else is returned.
func serverStopped(serveErr <-chan error) error {
	if err := <-serveErr; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
