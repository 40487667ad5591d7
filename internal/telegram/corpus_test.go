package telegram

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/newsbot/newsbot/internal/analyze"
	"github.com/newsbot/newsbot/internal/ingest"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/sharedtest"
	"github.com/newsbot/newsbot/internal/store"
	"github.com/newsbot/newsbot/internal/telegram/telegramtest"
)

// loadCorpus parses, normalises and analyses every feed of the corpus and
// stores the articles. Each article gets a topic (its own, or one assigned
// round-robin) so that /topic shows every one of them too.
func loadCorpus(t *testing.T, db *store.DB) []news.Article {
	t.Helper()
	dir := sharedtest.FeedsDir(t)
	files, err := filepath.Glob(filepath.Join(dir, "*.xml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no feed files in %s", dir)
	}
	an := analyze.New()
	topics := news.Topics()
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	var all []news.Article
	for _, f := range files {
		body, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pf, _ := ingest.ParseFeed(body, "")
		if pf == nil {
			continue // the corpus holds broken feeds on purpose; ingest tests them
		}
		name := strings.TrimSuffix(filepath.Base(f), ".xml")
		arts := ingest.Normalize(news.Feed{Name: name, URL: "https://feeds.example.org/" + name}, pf, "https://feeds.example.org/"+name, now)
		for i := range arts {
			a := &arts[i]
			a.Analysis = an.Analyze(analyze.Input{Title: a.Title, Body: a.Body, Lang: a.Lang, Source: a.Source, URL: a.URL, Published: a.PublishedAt})
			if len(a.Topics) == 0 {
				a.Topics = []news.TopicScore{{Topic: topics[(len(all)+i)%len(topics)].Slug, Score: 1}}
			}
		}
		if _, _, err := db.SaveArticles(context.Background(), arts); err != nil {
			t.Fatalf("save %s: %v", name, err)
		}
		all = append(all, arts...)
	}
	stored, err := db.Articles(context.Background(), news.ArticleQuery{Limit: 100000})
	if err != nil {
		t.Fatal(err)
	}
	if len(stored) < 100 {
		t.Fatalf("only %d articles stored from the corpus", len(stored))
	}
	return stored
}

// readAll sends cmd and presses "More" until the list ends; it returns
// every message of the list.
func readAll(t *testing.T, h *harness, user telegramtest.User, cmd string) []telegramtest.SentMessage {
	t.Helper()
	before := len(h.srv.Sent(user.ID))
	h.srv.InjectText(user.ID, user, cmd)
	msgs := h.waitSent(user.ID, before+1)
	for pages := 0; ; pages++ {
		if pages > 2000 {
			t.Fatal("no end to More")
		}
		last := msgs[len(msgs)-1]
		data := ""
		for _, b := range last.Buttons() {
			if strings.HasPrefix(b.CallbackData, "more:") {
				data = b.CallbackData
			}
		}
		if data == "" {
			// The list may still be arriving in several messages:
			// wait until the bot is idle.
			synctest.Wait()
			if now := h.srv.Sent(user.ID); len(now) == len(msgs) {
				break
			} else {
				msgs = now
				continue
			}
		}
		n := len(msgs)
		h.press(user.ID, last.MessageID, user, data)
		msgs = h.waitSent(user.ID, n+1)
	}
	return h.srv.Sent(user.ID)[before:]
}

// linked returns the http(s) links of the messages' text_link entities.
func linked(msgs []telegramtest.SentMessage) map[string]bool {
	out := map[string]bool{}
	for _, m := range msgs {
		for _, e := range m.Entities {
			if e.Type == "text_link" {
				out[e.URL] = true
			}
		}
	}
	return out
}

func TestLatestAndTopicRenderEveryCorpusItem(t *testing.T) {
	if testing.Short() {
		t.Skip("walks the whole corpus")
	}
	// The corpus is analysed and stored once; each case reads a copy of
	// that store in a synctest bubble, so that waiting for the end of a
	// list is waiting for the bot to go idle, not for a fixed time.
	corpus := filepath.Join(t.TempDir(), "corpus.db")
	db, err := store.Open(context.Background(), corpus)
	if err != nil {
		t.Fatal(err)
	}
	stored := loadCorpus(t, db)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	readCovers := func(t *testing.T, user telegramtest.User, cmd string, want func(news.Article) bool) {
		synctest.Test(t, func(t *testing.T) {
			h := start(t, setup{dbFrom: corpus})
			msgs := readAll(t, h, user, cmd)
			checkCovered(t, stored, msgs, want)
			if errs := h.handlerErrors(); len(errs) > 0 {
				t.Errorf("%d handler errors (rejected by the fake server?), first: %v", len(errs), errs[0])
			}
		})
	}

	for _, lang := range []string{"en", "ru"} {
		t.Run("latest/"+lang, func(t *testing.T) {
			user := telegramtest.User{ID: 6000 + int64(len(lang)*7) + int64(lang[0]), FirstName: "Reader", LanguageCode: lang}
			readCovers(t, user, "/latest", func(news.Article) bool { return true })
		})
	}
	for _, tp := range news.Topics() {
		t.Run("topic/"+string(tp.Slug), func(t *testing.T) {
			user := telegramtest.User{ID: 7000 + int64(len(tp.Slug))*131 + int64(tp.Slug[0]), FirstName: "Reader", LanguageCode: "en"}
			readCovers(t, user, "/topic "+string(tp.Slug), func(a news.Article) bool {
				for _, s := range a.Topics {
					if s.Topic == tp.Slug {
						return true
					}
				}
				return false
			})
		})
	}
}

// checkCovered checks that every stored article the filter selects was
// shown: as a link when its URL is a web link, and that the server accepted
// every message as Telegram HTML (it would have refused to store it).
func checkCovered(t *testing.T, stored []news.Article, msgs []telegramtest.SentMessage, want func(news.Article) bool) {
	t.Helper()
	links := linked(msgs)
	var text strings.Builder
	for _, m := range msgs {
		if m.ParseMode != "HTML" {
			t.Errorf("message #%d parse mode %q", m.MessageID, m.ParseMode)
		}
		text.WriteString(m.Text)
	}
	missing, shown := 0, 0
	defer func() { t.Logf("%d articles shown in %d messages", shown, len(msgs)) }()
	for _, a := range stored {
		if !want(a) || !(strings.HasPrefix(a.URL, "http://") || strings.HasPrefix(a.URL, "https://")) {
			continue
		}
		shown++
		if !links[a.URL] {
			shown--
			missing++
			if missing <= 3 {
				t.Errorf("article %d %q (%s) not linked in the replies", a.ID, firstN(a.Title, 60), a.URL)
			}
		}
	}
	if missing > 3 {
		t.Errorf("… %d articles missing in all", missing)
	}
}
