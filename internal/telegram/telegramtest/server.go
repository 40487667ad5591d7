package telegramtest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
)

// maxBodyBytes bounds a request body; Telegram's own limit for non-file
// requests is far below this.
const maxBodyBytes = 10 << 20

// apiError is an error answer: the HTTP status equals Code, as on Telegram.
type apiError struct {
	Code        int
	Description string
	Parameters  *ResponseParameters
}

func (e *apiError) Error() string { return e.Description }

func badRequest(format string, args ...any) *apiError {
	return &apiError{Code: http.StatusBadRequest, Description: "Bad Request: " + fmt.Sprintf(format, args...)}
}

func tooManyRequests(retryAfter int) *apiError {
	return &apiError{
		Code:        http.StatusTooManyRequests,
		Description: "Too Many Requests: retry after " + strconv.Itoa(retryAfter),
		Parameters:  &ResponseParameters{RetryAfter: retryAfter},
	}
}

// errAbandoned means the client went away (or the server is closing) and no
// answer is written.
var errAbandoned = errors.New("request abandoned")

// described is a successful result that also carries a description, as
// setWebhook's answer does.
type described struct {
	result      any
	description string
}

type okResponse struct {
	OK          bool   `json:"ok"`
	Result      any    `json:"result"`
	Description string `json:"description,omitempty"`
}

type errorResponse struct {
	OK          bool                `json:"ok"`
	ErrorCode   int                 `json:"error_code"`
	Description string              `json:"description"`
	Parameters  *ResponseParameters `json:"parameters,omitempty"`
}

// params holds a request's parameters as strings: form values as sent, JSON
// strings unquoted and other JSON values (numbers, objects, arrays) as their
// JSON text — the same shape form-encoded clients send.
type params map[string]string

func (p params) str(name string) string { return p[name] }

func (p params) has(name string) bool { _, ok := p[name]; return ok }

func (p params) bool(name string) bool {
	switch strings.ToLower(p[name]) {
	case "true", "1":
		return true
	}
	return false
}

// int returns the integer parameter, 0 when absent or not a number.
func (p params) int(name string) int64 {
	n, err := strconv.ParseInt(strings.TrimSpace(p[name]), 10, 64)
	if err != nil {
		return 0
	}
	return n
}

func parseParams(r *http.Request) (params, error) {
	p := params{}
	for k, v := range r.URL.Query() {
		if len(v) > 0 {
			p[k] = v[0]
		}
	}
	if r.Method != http.MethodPost || r.Body == nil {
		return p, nil
	}
	r.Body = http.MaxBytesReader(nil, r.Body, maxBodyBytes)
	mediaType, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch mediaType {
	case "application/json":
		body, err := io.ReadAll(r.Body)
		if err != nil {
			return nil, err
		}
		if len(strings.TrimSpace(string(body))) == 0 {
			return p, nil
		}
		var raw map[string]json.RawMessage
		if err := json.Unmarshal(body, &raw); err != nil {
			return nil, err
		}
		for k, v := range raw {
			switch {
			case len(v) > 0 && v[0] == '"':
				var s string
				if err := json.Unmarshal(v, &s); err != nil {
					return nil, err
				}
				p[k] = s
			case string(v) == "null":
			default:
				p[k] = string(v)
			}
		}
	case "multipart/form-data":
		if err := r.ParseMultipartForm(maxBodyBytes); err != nil {
			return nil, err
		}
		for k, v := range r.MultipartForm.Value {
			if len(v) > 0 {
				p[k] = v[0]
			}
		}
	default:
		if err := r.ParseForm(); err != nil {
			return nil, err
		}
		for k, v := range r.PostForm {
			if len(v) > 0 {
				p[k] = v[0]
			}
		}
	}
	return p, nil
}

// ServeHTTP answers Bot API requests at /bot<token>/<method>.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rest, ok := strings.CutPrefix(r.URL.Path, "/bot")
	if !ok {
		writeError(w, &apiError{Code: http.StatusNotFound, Description: "Not Found"})
		return
	}
	token, method, _ := strings.Cut(rest, "/")
	if token != s.token {
		writeError(w, &apiError{Code: http.StatusUnauthorized, Description: "Unauthorized"})
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodPost {
		writeError(w, &apiError{Code: http.StatusMethodNotAllowed, Description: "Method Not Allowed"})
		return
	}
	p, err := parseParams(r)
	if err != nil {
		writeError(w, badRequest("can't parse request body: %v", err))
		return
	}
	s.mu.Lock()
	s.state.stats.Requests++
	s.mu.Unlock()

	result, err := s.call(r.Context(), strings.ToLower(method), p)
	if err != nil {
		if errors.Is(err, errAbandoned) {
			return
		}
		var ae *apiError
		if !errors.As(err, &ae) {
			ae = &apiError{Code: http.StatusInternalServerError, Description: "Internal Server Error"}
		}
		writeError(w, ae)
		return
	}
	resp := okResponse{OK: true, Result: result}
	if d, ok := result.(described); ok {
		resp.Result, resp.Description = d.result, d.description
	}
	writeJSON(w, http.StatusOK, resp)
}

func (s *Server) call(ctx context.Context, method string, p params) (any, error) {
	switch method {
	case "getme":
		return s.getMe(), nil
	case "getupdates":
		return s.getUpdates(ctx, p)
	case "sendmessage":
		return s.sendMessage(ctx, p)
	case "sendphoto":
		return s.sendPhoto(ctx, p)
	case "editmessagetext":
		return s.editMessageText(ctx, p)
	case "editmessagereplymarkup":
		return s.editMessageReplyMarkup(ctx, p)
	case "deletemessage":
		return s.deleteMessage(ctx, p)
	case "answercallbackquery":
		return s.answerCallbackQuery(p)
	case "setmycommands":
		return s.setMyCommands(p)
	case "getmycommands":
		return s.getMyCommands(p)
	case "deletemycommands":
		return s.deleteMyCommands(p)
	case "setwebhook":
		return s.setWebhook(p)
	case "deletewebhook":
		return s.deleteWebhook(p)
	case "getwebhookinfo":
		return s.getWebhookInfo(), nil
	case "getchat":
		return s.getChat(ctx, p)
	case "getchatmember":
		return s.getChatMember(ctx, p)
	case "getchatadministrators":
		return s.getChatAdministrators(ctx, p)
	}
	return nil, &apiError{Code: http.StatusNotFound, Description: "Not Found"}
}

func writeError(w http.ResponseWriter, e *apiError) {
	writeJSON(w, e.Code, errorResponse{
		OK:          false,
		ErrorCode:   e.Code,
		Description: e.Description,
		Parameters:  e.Parameters,
	})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		body = []byte(`{"ok":false,"error_code":500,"description":"Internal Server Error"}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

type getMeResult struct {
	User
	CanJoinGroups           bool `json:"can_join_groups"`
	CanReadAllGroupMessages bool `json:"can_read_all_group_messages"`
	SupportsInlineQueries   bool `json:"supports_inline_queries"`
}

func (s *Server) getMe() getMeResult {
	return getMeResult{User: s.bot, CanJoinGroups: true}
}
