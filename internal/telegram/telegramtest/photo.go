package telegramtest

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"
)

// maxCaptionUTF16 is Telegram's limit on a photo's caption after entity
// parsing.
const maxCaptionUTF16 = 1024

// sendPhoto sends a photo given by an http(s) URL, which the server fetches
// as Telegram does, or by a file id it issued. The caption is parsed and
// checked like a message text, against the caption limit.
func (s *Server) sendPhoto(ctx context.Context, p params) (any, error) {
	c, err := s.openChat(ctx, "sendphoto", p, true)
	if err != nil {
		return nil, err
	}
	photo := strings.TrimSpace(p.str("photo"))
	var cont content
	if caption := p.str("caption"); caption != "" {
		if !utf8.ValidString(caption) {
			return nil, badRequest("caption must be encoded in UTF-8")
		}
		cp := params{"text": caption, "parse_mode": p.str("parse_mode"), "entities": p.str("caption_entities")}
		var aerr *apiError
		if cont, aerr = s.parseCaption(cp); aerr != nil {
			return nil, aerr
		}
	}
	markup, aerr := parseReplyMarkup(p.str("reply_markup"))
	if aerr != nil {
		return nil, aerr
	}
	if aerr := s.fetchPhoto(ctx, photo); aerr != nil {
		return nil, aerr
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	thread, aerr := c.sendable(p)
	if aerr != nil {
		return nil, aerr
	}
	now := s.nowNanos()
	if aerr := s.state.admit(c, now, s.limits); aerr != nil {
		return nil, aerr
	}
	m := sentMessage{
		id:     c.nextID,
		date:   now / int64(time.Second),
		markup: markup,
		silent: p.bool("disable_notification"),
		thread: thread,
		photo:  strings.Clone(photo),
	}
	return s.recordSent(c, m, cont), nil
}

// parseCaption parses a caption as parseContent parses a text, with the
// caption's limit; an empty caption is allowed.
func (s *Server) parseCaption(p params) (content, *apiError) {
	c, aerr := s.parseContent(p)
	switch {
	case aerr != nil && aerr.Description == "Bad Request: message text is empty":
		return content{}, nil
	case aerr != nil && aerr.Description == "Bad Request: message is too long":
		return content{}, badRequest("message caption is too long")
	case aerr != nil:
		return content{}, aerr
	}
	if utf16Len(c.text) > maxCaptionUTF16 {
		return content{}, badRequest("message caption is too long")
	}
	return c, nil
}

// fetchPhoto checks the photo parameter as Telegram would: a file id the
// server issued ("photo-…") is taken; an http(s) URL is fetched and must
// answer 200 with an image; anything else is a wrong identifier.
func (s *Server) fetchPhoto(ctx context.Context, photo string) *apiError {
	if strings.HasPrefix(photo, "photo-") {
		return nil
	}
	if !strings.HasPrefix(photo, "http://") && !strings.HasPrefix(photo, "https://") {
		return badRequest("wrong file identifier/HTTP URL specified")
	}
	if s.photos == nil {
		return badRequest("failed to get HTTP URL content")
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, photo, nil)
	if err != nil {
		return badRequest("wrong file identifier/HTTP URL specified")
	}
	resp, err := s.photos.Do(req)
	if err != nil {
		return badRequest("failed to get HTTP URL content")
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 10<<20))
	if resp.StatusCode != http.StatusOK {
		return badRequest("failed to get HTTP URL content")
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "image/") {
		return badRequest("wrong type of the web page content")
	}
	return nil
}

// linkPreviewURL reads link_preview_options.url, the link a message chose
// to preview.
func linkPreviewURL(p params) (string, bool) {
	raw := p.str("link_preview_options")
	if raw == "" {
		return "", false
	}
	var o struct {
		URL string `json:"url"`
	}
	if json.Unmarshal([]byte(raw), &o) != nil {
		return "", false
	}
	return strings.Clone(o.URL), o.URL != ""
}
