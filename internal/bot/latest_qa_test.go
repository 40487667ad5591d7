package bot_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/news"
)

// A story below the first page that two outlets carry must not break the
// page: the list ends at the page size and the later copy is only an "also".
func TestLatestWithACopiedStoryBelowThePage(t *testing.T) {
	h := newHarness(t)
	h.say("/start")
	var arts []news.Article
	add := func(guid, source, cluster string, age time.Duration) {
		a := news.Article{GUID: guid, URL: "https://example.com/" + guid, Source: source,
			Title: "Story " + guid, Body: "Body.", Lang: "en", PublishedAt: testNow.Add(-age), FetchedAt: testNow}
		a.Cluster = cluster
		arts = append(arts, a)
	}
	for i := 0; i < 8; i++ { // a full page of stories
		add(fmt.Sprintf("s%d", i), "Example", fmt.Sprintf("c%d", i), time.Duration(i)*time.Hour)
	}
	add("s8", "Example", "c8", 8*time.Hour) // the ninth story, carried by two outlets
	add("s8-copy", "Other", "c8", 9*time.Hour)
	if _, _, err := h.db.SaveArticles(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
	r := h.say("/latest")
	mustContain(t, r.reply.Text, "Story s0", "Story s7")
	if strings.Contains(r.reply.Text, "went wrong") || strings.Contains(r.reply.Text, "Story s8") {
		t.Errorf("first page:\n%s", r.reply.Text)
	}
}

// A subscriber who chose Russian is answered in Russian even when the
// Telegram client reports another language.
func TestChosenLanguageForUnknownInput(t *testing.T) {
	h := newHarness(t)
	h.say("/start")
	h.say("/lang ru")
	for _, in := range []string{"hello", "/frobnicate"} {
		r := h.say(in)
		mustContain(t, r.reply.Text, "/help")
		if !strings.ContainsAny(r.reply.Text, "абвгдеёжзийклмнопрстуфхцчшщыэюя") {
			t.Errorf("%q answered in English for a Russian subscriber: %q", in, r.reply.Text)
		}
	}
	// A button's notice, too: an unknown button is stale.
	h.say("/settings")
	_, notice := h.press(1, "s:zz")
	if !strings.ContainsAny(notice, "абвгдеёжзийклмнопрстуфхцчшщыэюя") {
		t.Errorf("button notice in English for a Russian subscriber: %q", notice)
	}
}

type emptyDigester struct{}

func (emptyDigester) DigestNow(context.Context, int64) ([]string, error) { return nil, nil }

// /digest with nothing to send speaks of a "last digest" only when there was one.
func TestEmptyDigestBeforeTheFirstOne(t *testing.T) {
	h := newHarness(t)
	h.bot = bot.New(h.db, h.tr, bot.Options{DefaultDigestTime: "08:00", DefaultTimezone: "Asia/Almaty",
		Digester: emptyDigester{}, Now: func() time.Time { return h.now }})
	h.say("/start")
	r := h.say("/digest")
	if strings.Contains(r.reply.Text, "last digest") {
		t.Errorf("a new subscriber is told of a last digest: %q", r.reply.Text)
	}
	mustContain(t, r.reply.Text, "/latest")

	s := h.subscriber()
	s.LastDigestAt = testNow.Add(-2 * time.Hour)
	if err := h.db.SaveSubscriber(context.Background(), s); err != nil {
		t.Fatal(err)
	}
	h.now = h.now.Add(time.Minute)
	mustContain(t, h.say("/digest").reply.Text, "since your last digest")
}

// /resume on a digest that was never paused says so, not "resumed".
func TestResumeWhenNotPaused(t *testing.T) {
	h := newHarness(t)
	h.say("/start")
	before := h.subscriber()
	r := h.say("/resume")
	if strings.Contains(r.reply.Text, "resumed") {
		t.Errorf("/resume of an active digest: %q", r.reply.Text)
	}
	mustContain(t, r.reply.Text, "not paused", "Saturday, 28 November, 08:00")
	if after := h.subscriber(); !after.NextDigestAt.Equal(before.NextDigestAt) || after.Status != news.StatusActive {
		t.Errorf("/resume changed an active subscription: %+v", after)
	}
	h.say("/pause")
	mustContain(t, h.say("/resume").reply.Text, "resumed")
}

// failingEditorial refuses every draft with err.
type failingEditorial struct{ err error }

func (f failingEditorial) Draft(context.Context, int64, string, string) (bot.Draft, error) {
	return bot.Draft{}, f.err
}
func (f failingEditorial) LoadDraft(context.Context, int64) (bot.Draft, error) {
	return bot.Draft{}, news.ErrNotFound
}
func (f failingEditorial) SetAudience(context.Context, int64, []string, []news.Topic) (bot.Draft, error) {
	return bot.Draft{}, news.ErrNotFound
}
func (f failingEditorial) Send(context.Context, int64, int64, int, func(bot.Progress)) error {
	return news.ErrNotFound
}
func (f failingEditorial) Cancel(context.Context, int64) error { return nil }

// An editor whose /breaking fails is told why in the editor's language,
// never with the raw network error.
func TestBreakingFailureIsExplained(t *testing.T) {
	raw := `Get "https://times.example/x": dial tcp: lookup times.example on 10.255.255.53:53: no such host`
	tests := []struct {
		err  error
		lang string
		want string
	}{
		{fmt.Errorf("fetch the article: %w: %w", bot.ErrDraftUnreachable, fmt.Errorf("%s", raw)), "en", "times.example could not be loaded"},
		{fmt.Errorf("fetch the article: %w: %w", bot.ErrDraftUnreachable, fmt.Errorf("%s", raw)), "ru", "times.example не загрузилась"},
		{bot.ErrDraftNotURL, "ru", "укажите адрес статьи"},
		{fmt.Errorf("read: %w: no text", bot.ErrDraftUnreadable), "ru", "не удалось найти статью"},
		{fmt.Errorf("count audience: database is locked"), "en", "try again"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+" "+tt.want, func(t *testing.T) {
			h := newHarness(t)
			h.bot = bot.New(h.db, h.tr, bot.Options{DefaultDigestTime: "08:00", Editors: []int64{me},
				Editorial: failingEditorial{tt.err}, Now: func() time.Time { return h.now }})
			h.say("/start")
			h.say("/lang " + tt.lang)
			u := bot.Update{ChatID: me, ChatType: news.ChatPrivate, UserID: me, LangCode: "en", Text: "/breaking https://times.example/x"}
			_ = h.bot.Handle(context.Background(), u) // an unexpected error also goes to the operator
			got := h.tr.last(t).reply.Text
			mustContain(t, got, tt.want)
			for _, bad := range []string{"dial tcp", "fetch the article", "database is locked", "read:"} {
				if strings.Contains(got, bad) {
					t.Errorf("the editor sees the raw error %q: %q", bad, got)
				}
			}
		})
	}
}
