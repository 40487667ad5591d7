package telegram

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/telegram/telegramtest"
)

// pagingArticle is a stored article of one story (cluster) with a title a
// test can look for.
func pagingArticle(n int, cluster string, published time.Time, country string, topic news.Topic) news.Article {
	return news.Article{
		FeedID: 0, Source: fmt.Sprintf("Outlet %d", n%3), GUID: fmt.Sprintf("g-%d", n),
		URL:   fmt.Sprintf("https://news.example.org/story-%d", n),
		Title: fmt.Sprintf("Story number %d headline", n), Body: "Text of the story.", Lang: "en",
		PublishedAt: published, ContentHash: fmt.Sprintf("h-%d", n), FullTextStatus: "feed",
		Analysis: news.Analysis{
			Summary:   fmt.Sprintf("Summary of story %d.", n),
			Countries: []news.CountryScore{{Code: country, Score: 1, Primary: true}},
			Topics:    []news.TopicScore{{Topic: topic, Score: 1}},
			Cluster:   cluster, AnalyzedAt: published,
		},
	}
}

func saveArticles(t *testing.T, h *harness, arts ...news.Article) {
	t.Helper()
	if _, _, err := h.db.SaveArticles(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
}

// pressMore presses "More" under the chat's last message and returns the
// messages sent for the next page.
func pressMore(t *testing.T, h *harness, chat int64, from telegramtest.User) []telegramtest.SentMessage {
	t.Helper()
	msgs := h.srv.Sent(chat)
	last := msgs[len(msgs)-1]
	data := buttonWith(t, last, "more:")
	h.press(chat, last.MessageID, from, data)
	return h.waitSent(chat, len(msgs)+1)[len(msgs):]
}

func joined(msgs []telegramtest.SentMessage) string {
	var b strings.Builder
	for _, m := range msgs {
		b.WriteString(m.Text)
		b.WriteString("\n")
	}
	return b.String()
}

// /topic energy lists ten energy stories over two pages. Story 10 was also
// reported later by an outlet that filed it under politics only: that copy
// is not in the energy list, so story 10 must still come on page 2.
func TestTopicMoreKeepsAStoryWhoseNewerCopyIsOffTopic(t *testing.T) {
	base := time.Now().Add(-10 * time.Hour).UTC().Truncate(time.Second)
	var arts []news.Article
	for i := 1; i <= 10; i++ {
		arts = append(arts, pagingArticle(i, fmt.Sprintf("cl-%d", i), base.Add(-time.Duration(i)*time.Minute), "KZ", news.Topic("energy")))
	}
	arts = append(arts, pagingArticle(11, "cl-10", base.Add(time.Hour), "KZ", news.Topic("politics")))
	for _, lang := range []string{"en", "ru"} {
		h := start(t, setup{})
		saveArticles(t, h, arts...)
		user := telegramtest.User{ID: 4200 + int64(len(lang)) + int64(lang[0]), FirstName: "Reader", LanguageCode: lang}
		h.srv.InjectText(user.ID, user, "/topic energy")
		first := joined(h.waitSent(user.ID, 1))
		second := joined(pressMore(t, h, user.ID, user))
		for i := 1; i <= 10; i++ {
			title := fmt.Sprintf("Story number %d headline", i)
			if !strings.Contains(first, title) && !strings.Contains(second, title) {
				t.Errorf("%s: story %d never shown on /topic energy; page 1: %q; page 2: %q", lang, i, first, second)
			}
		}
	}
}

// A new report of an older story arrives while the user reads /latest:
// the story was not shown on page 1, so "More" must still show it.
func TestLatestMoreAfterNewArticlesArrive(t *testing.T) {
	base := time.Now().Add(-10 * time.Hour).UTC().Truncate(time.Second)
	var arts []news.Article
	for i := 1; i <= 10; i++ {
		a := pagingArticle(i, fmt.Sprintf("cl-%d", i), base.Add(-time.Duration(i)*time.Minute), "KZ", news.Topic("energy"))
		a.FetchedAt = base
		arts = append(arts, a)
	}
	for _, lang := range []string{"en", "ru"} {
		h := start(t, setup{})
		saveArticles(t, h, arts...)
		user := telegramtest.User{ID: 4300 + int64(lang[0]), FirstName: "Reader", LanguageCode: lang}
		h.srv.InjectText(user.ID, user, "/latest")
		first := joined(h.waitSent(user.ID, 1))
		// Meanwhile another outlet reports story 10 (and story 9 too).
		later := time.Now().UTC().Add(time.Second) // stored after the first page
		c10 := pagingArticle(100+int(lang[0]), "cl-10", later, "KZ", news.Topic("energy"))
		c9 := pagingArticle(200+int(lang[0]), "cl-9", later, "KZ", news.Topic("energy"))
		c10.FetchedAt, c9.FetchedAt = later, later
		saveArticles(t, h, c10, c9)
		second := joined(pressMore(t, h, user.ID, user))
		for i := 1; i <= 10; i++ {
			title := fmt.Sprintf("Story number %d headline", i)
			if !strings.Contains(first, title) && !strings.Contains(second, title) {
				t.Errorf("%s: story %d never shown; page 1: %q; page 2: %q", lang, i, firstN(first, 300), second)
			}
		}
	}
}

// A double tap on "More" sends two presses before the button goes away:
// the next page must come once.
func TestMoreDoubleTapShowsThePageOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := start(t, setup{})
		base := time.Now().Add(-10 * time.Hour).UTC().Truncate(time.Second)
		var arts []news.Article
		for i := 1; i <= 20; i++ {
			arts = append(arts, pagingArticle(i, fmt.Sprintf("cl-%d", i), base.Add(-time.Duration(i)*time.Minute), "KZ", news.Topic("energy")))
		}
		saveArticles(t, h, arts...)
		user := telegramtest.User{ID: 4800, FirstName: "Tap", LanguageCode: "en"}
		h.srv.InjectText(user.ID, user, "/latest")
		first := h.waitSent(user.ID, 1)[0]
		data := buttonWith(t, first, "more:")
		q1 := h.srv.InjectCallback(user.ID, first.MessageID, user, data)
		q2 := h.srv.InjectCallback(user.ID, first.MessageID, user, data)
		h.waitAnswer(q1)
		h.waitAnswer(q2)
		time.Sleep(200 * time.Millisecond)
		if n := h.srv.SentCount(user.ID); n != 2 {
			t.Errorf("double tap on More sent %d messages, want the first page and page 2 once: %s", n, texts(h.srv.Sent(user.ID)))
		}
	})
}
