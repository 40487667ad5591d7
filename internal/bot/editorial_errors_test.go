package bot_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/news"
)

// storeFailingEditorial fails every draft operation with err.
type storeFailingEditorial struct {
	failingEditorial
	err error
}

func (f storeFailingEditorial) LoadDraft(context.Context, int64) (bot.Draft, error) {
	return bot.Draft{}, f.err
}
func (f storeFailingEditorial) SetAudience(context.Context, int64, []string, []news.Topic) (bot.Draft, error) {
	return bot.Draft{}, f.err
}
func (f storeFailingEditorial) Cancel(context.Context, int64) error { return f.err }

// An editor's draft button says "expired" only when the draft is gone; a
// failure to read or write it (the database locked) says to try again, and
// the error is returned to be logged, not swallowed.
func TestEditorButtonErrorsAreNotExpiry(t *testing.T) {
	locked := fmt.Errorf("load draft: %w", errors.New("database is locked"))
	gone := fmt.Errorf("broadcast draft 7: %w", news.ErrNotFound)
	tests := []struct {
		name    string
		err     error
		data    string
		want    string
		wantErr bool
	}{
		{"gone, audience button", gone, "ed:7:c:KZ", "expired", false},
		{"gone, send", gone, "ed:7:send", "expired", false},
		{"gone, cancel", gone, "ed:7:x", "expired", false},
		{"locked, audience button", locked, "ed:7:c:KZ", "try again", true},
		{"locked, topic button", locked, "ed:7:t:energy", "try again", true},
		{"locked, send", locked, "ed:7:send", "try again", true},
		{"locked, cancel", locked, "ed:7:x", "try again", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			h.bot = bot.New(h.db, h.tr, bot.Options{DefaultDigestTime: "08:00", Editors: []int64{me},
				Editorial: storeFailingEditorial{err: tt.err}, Now: func() time.Time { return h.now }})
			id := "cb-" + strings.ReplaceAll(tt.name, " ", "-")
			err := h.bot.Handle(context.Background(), bot.Update{ChatID: me, ChatType: news.ChatPrivate, UserID: me,
				LangCode: "en", CallbackID: id, CallbackData: tt.data, MessageID: 1})
			if (err != nil) != tt.wantErr {
				t.Errorf("Handle error = %v, want an error: %v", err, tt.wantErr)
			}
			h.tr.mu.Lock()
			notice, answered := h.tr.answers[id]
			h.tr.mu.Unlock()
			if !answered {
				t.Fatalf("the button press was not answered")
			}
			if !strings.Contains(notice, tt.want) {
				t.Errorf("notice = %q, want it to say %q", notice, tt.want)
			}
		})
	}
}
