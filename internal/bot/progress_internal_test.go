package bot

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/i18n"
	"github.com/newsbot/newsbot/internal/news"
)

// screen is a transport that prints like the terminal: every send and
// every edit with text shows up as a new line.
type screen struct {
	mu    sync.Mutex
	lines []string
	// inPlace makes it behave like Telegram: an edit changes a message
	// already shown (recorded with an "edit: " prefix).
	inPlace bool
}

func (s *screen) EditsPrintAnew() bool { return !s.inPlace }

func (s *screen) Send(_ context.Context, _ int64, r Reply) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.lines = append(s.lines, r.Text)
	return len(s.lines), nil
}

func (s *screen) Edit(_ context.Context, _ int64, _ int, r Reply) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r.Text != "" && s.inPlace {
		s.lines = append(s.lines, "edit: "+r.Text)
	} else if r.Text != "" {
		s.lines = append(s.lines, r.Text)
	}
	return nil
}

func (s *screen) AnswerCallback(context.Context, string, string) error { return nil }
func (s *screen) IsAdmin(context.Context, int64, int64) (bool, error)  { return true, nil }
func (s *screen) LookupChat(context.Context, string) (ChatInfo, error) { return ChatInfo{}, nil }

// TestBroadcastProgressShowsEachStateOnce: repeated reports of the same
// state change nothing, and "finished" is said once.
func TestBroadcastProgressShowsEachStateOnce(t *testing.T) {
	for _, tt := range []struct{ lang, finished string }{{"en", "Broadcast finished"}, {"ru", "Рассылка завершена"}} {
		t.Run(tt.lang, func(t *testing.T) {
			sc := &screen{}
			b := New(nil, sc, Options{})
			report := progressReporter(b, 1, 1, tt.lang)
			mid := Progress{Sent: 5, Total: 10, Remaining: 5 * time.Second}
			report(mid)
			report(mid)
			report(Progress{Sent: 10, Total: 10, Done: true})
			report(Progress{Sent: 10, Total: 10, Done: true}) // a resumed watcher's last word, again
			all := strings.Join(sc.lines, "\n")
			if n := strings.Count(all, tt.finished); n != 1 {
				t.Fatalf("%q said %d times:\n%s", tt.finished, n, all)
			}
			// The progress state itself shows once.
			if n := strings.Count(all, progressText(mid, tt.lang)); n != 1 {
				t.Errorf("progress %q shown %d times:\n%s", progressText(mid, tt.lang), n, all)
			}
		})
	}
}

// TestBroadcastEndInTelegram: the progress message ends on the report and
// a new message with it notifies the editor.
func TestBroadcastEndInTelegram(t *testing.T) {
	sc := &screen{inPlace: true}
	report := progressReporter(New(nil, sc, Options{}), 1, 1, "en")
	report(Progress{Total: 3})
	report(Progress{Sent: 3, Total: 3, Done: true})
	want := []string{"edit: " + progressText(Progress{Total: 3}, "en"), "edit: " + text("en", i18n.MsgEdFinished, 3, 3, 0), text("en", i18n.MsgEdFinished, 3, 3, 0)}
	if strings.Join(sc.lines, "|") != strings.Join(want, "|") {
		t.Errorf("shown %q, want %q", sc.lines, want)
	}
}

// TestBroadcastFinishedOnce: one broadcast's end is printed once in the terminal.
func TestBroadcastFinishedOnce(t *testing.T) {
	for _, tt := range []struct{ lang, finished string }{{"en", "Broadcast finished"}, {"ru", "Рассылка завершена"}} {
		sc := &screen{}
		report := progressReporter(New(nil, sc, Options{}), 1, 1, tt.lang)
		report(Progress{Total: 3})
		report(Progress{Sent: 3, Total: 3, Done: true})
		if n := strings.Count(strings.Join(sc.lines, "\n"), tt.finished); n != 1 {
			t.Errorf("%s: %q appears %d times, want once:\n%s", tt.lang, tt.finished, n, strings.Join(sc.lines, "\n"))
		}
	}
}

// TestSuggestedCommandsAreServed: "did you mean" never suggests a command
// the bot does not know, whoever asks.
func TestSuggestedCommandsAreServed(t *testing.T) {
	sc := &screen{}
	b := New(emptyStore{}, sc, Options{Editors: []int64{1}})
	for _, name := range append(append([]string{}, commandNames...), editorCommandNames...) {
		sc.lines = nil
		if err := b.Handle(context.Background(), Update{ChatID: 1, ChatType: "private", UserID: 1, Text: "/" + name}); err != nil {
			t.Fatalf("/%s: %v", name, err)
		}
		if all := strings.Join(sc.lines, "\n"); strings.Contains(all, "I don't know the command") {
			t.Errorf("/%s is suggested but not served: %q", name, all)
		}
	}
}

// emptyStore knows no subscriber and no article.
type emptyStore struct{}

func (emptyStore) Subscriber(context.Context, int64) (news.Subscriber, error) {
	return news.Subscriber{}, news.ErrNotFound
}
func (emptyStore) SaveSubscriber(context.Context, news.Subscriber) error { return nil }
func (emptyStore) DeleteSubscriber(context.Context, int64) error         { return nil }
func (emptyStore) SetSubscriberStatus(context.Context, int64, news.Status) error {
	return news.ErrNotFound
}
func (emptyStore) MigrateChat(context.Context, int64, int64) error { return nil }
func (emptyStore) Articles(context.Context, news.ArticleQuery) ([]news.Article, error) {
	return nil, nil
}
func (emptyStore) Sources(context.Context) ([]news.Source, error)                  { return nil, nil }
func (emptyStore) ClusterArticles(context.Context, string) ([]news.Article, error) { return nil, nil }
func (emptyStore) ClustersNewerThan(context.Context, []string, news.Cursor) (map[string]bool, error) {
	return nil, nil
}
