package app

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/store"
)

// finishedWatcher stands for the broadcaster: the broadcast it follows has
// finished with p.
type finishedWatcher struct{ p deliver.Progress }

func (w finishedWatcher) Watch(context.Context, int64, time.Duration, func(deliver.Progress)) (deliver.Progress, error) {
	return w.p, nil
}

// recordingSender keeps what it is asked to send and edit.
type recordingSender struct{ sent, edited []string }

func (s *recordingSender) Send(_ context.Context, m deliver.Message) (int, error) {
	s.sent = append(s.sent, fmt.Sprintf("%d: %s", m.ChatID, m.Text))
	return 1, nil
}

func (s *recordingSender) Edit(_ context.Context, messageID int, m deliver.Message) error {
	s.edited = append(s.edited, fmt.Sprintf("%d/%d: %s", m.ChatID, messageID, m.Text))
	return nil
}

// A broadcast a restart interrupted ends while no one watches it: the
// editor hears how it ended in the language the bot speaks to them, on the
// progress message and in a message of its own.
func TestResumedBroadcastReportsInTheEditorsLanguage(t *testing.T) {
	for _, tc := range []struct {
		name       string
		editorLang string // "" when the editor's chat has no subscriber row
		want       string
	}{
		{"Russian editor", "ru", "✅ Рассылка #1 (продолжена после перезапуска) завершена: доставлено 2 из 3, ошибок 1."},
		{"English editor", "en", "✅ Broadcast #1 (resumed after a restart) finished: 2 of 3 delivered, 1 failed."},
		{"no language chosen", "", "✅ Broadcast #1 (resumed after a restart) finished: 2 of 3 delivered, 1 failed."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			db, err := store.Open(ctx, filepath.Join(t.TempDir(), "newsbot.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			const editor = 42
			if err := db.SaveSubscriber(ctx, news.Subscriber{ChatID: 1, Status: news.StatusActive,
				Preferences: news.Preferences{Lang: "en", Countries: []string{"KZ"}}}); err != nil {
				t.Fatal(err)
			}
			if tc.editorLang != "" {
				if err := db.SaveSubscriber(ctx, news.Subscriber{ChatID: editor, Status: news.StatusActive,
					Preferences: news.Preferences{Lang: tc.editorLang, Countries: []string{"UZ"}}}); err != nil {
					t.Fatal(err)
				}
			}
			// The previous run: the editor sent a broadcast, then the process stopped.
			b := deliver.NewBroadcaster(db, Renderer(), nil, 25, nil, nil, nil)
			d, err := b.DraftText(ctx, editor, "Polls close at 8 pm", news.Audience{Countries: []string{"KZ"}})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := b.SendDraft(ctx, d.ID, editor, 100); err != nil {
				t.Fatal(err)
			}

			var s recordingSender
			w := finishedWatcher{deliver.Progress{Sent: 2, Failed: 1, Total: 3, Done: true}}
			if err := ResumeBroadcasts(ctx, func(f func()) { f() }, w, db, &s, slog.New(slog.DiscardHandler)); err != nil {
				t.Fatal(err)
			}
			wantEdit := fmt.Sprintf("%d/100: %s", editor, tc.want)
			if len(s.edited) != 1 || s.edited[0] != wantEdit {
				t.Errorf("progress message edits = %q, want [%q]", s.edited, wantEdit)
			}
			wantSent := fmt.Sprintf("%d: %s", editor, tc.want)
			if len(s.sent) != 1 || s.sent[0] != wantSent {
				t.Errorf("messages = %q, want [%q]", s.sent, wantSent)
			}
		})
	}
}
