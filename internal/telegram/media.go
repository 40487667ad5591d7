package telegram

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// Photos, link previews and forum topics. go-telegram-bot-api v5.5.1
// predates link_preview_options (Bot API 7.0) and message_thread_id, so
// they go through the library's raw request path (Params and MakeRequest).

// previewOptions is link_preview_options as JSON: the preview of url, shown
// large, or previews off when disabled or url is empty. It is sent with
// every text message, so that Telegram never picks a link by itself.
func previewOptions(disabled bool, url string) string {
	if disabled || url == "" {
		return `{"is_disabled":true}`
	}
	raw, err := json.Marshal(struct {
		URL   string `json:"url"`
		Large bool   `json:"prefer_large_media"`
	}{url, true})
	if err != nil {
		return `{"is_disabled":true}`
	}
	return string(raw)
}

// setThread addresses a request to a forum topic; 0 is the chat itself.
func setThread(p tgbotapi.Params, threadID int) {
	if threadID != 0 {
		p["message_thread_id"] = strconv.Itoa(threadID)
	}
}

// threadGone reports whether a request failed because its forum topic was
// deleted (or never existed).
func threadGone(ae *APIError) bool {
	return ae != nil && ae.Code == http.StatusBadRequest && (ae.has("message thread not found") || ae.has("topic_deleted"))
}

// photoRefused reports whether sendPhoto failed because of the photo (or
// its caption) rather than the chat: the message can still go as text.
func photoRefused(ae *APIError) bool {
	if ae == nil || ae.Code != http.StatusBadRequest {
		return false
	}
	for _, s := range []string{"wrong file identifier", "failed to get http url content",
		"wrong type of the web page content", "photo_invalid_dimensions", "image_process_failed",
		"file is too big", "wrong remote file", "caption is too long", "photo_save_file_invalid"} {
		if ae.has(s) {
			return true
		}
	}
	return false
}

// TopicGoneFunc learns that a chat's forum topic was deleted: a message
// meant for it went to the chat's General topic instead. It runs in the
// send's goroutine, with a context that outlives the send.
type TopicGoneFunc func(ctx context.Context, chatID int64, threadID int)

// unthread drops the topic from p after Telegram refused it as deleted, so
// that the message goes to General, and reports the topic to gone. It
// reports false when p had no topic (nothing to fall back from).
func unthread(ctx context.Context, p tgbotapi.Params, chatID int64, gone TopicGoneFunc) bool {
	raw, ok := p["message_thread_id"]
	if !ok {
		return false
	}
	delete(p, "message_thread_id")
	if gone != nil {
		id, _ := strconv.Atoi(raw)
		gone(context.WithoutCancel(ctx), chatID, id)
	}
	return true
}
