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

func (h *harness) sayLang(lang, text string) sent {
	h.t.Helper()
	return h.sayIn(bot.Update{ChatID: me, ChatType: news.ChatPrivate, UserID: me, LangCode: lang}, text)
}

// A bare city sets the zone whose city it is, in English or Russian.
func TestTimezoneByCity(t *testing.T) {
	for _, tt := range []struct{ lang, in, zone string }{
		{"en", "Moscow", "Europe/Moscow"},
		{"en", "almaty", "Asia/Almaty"},
		{"en", "Tashkent", "Asia/Tashkent"},
		{"en", "new york", "America/New_York"},
		{"en", "Dushanbe", "Asia/Dushanbe"},
		{"en", "Astana", "Asia/Almaty"}, // a capital whose zone is named after another city
		{"ru", "москва", "Europe/Moscow"},
		{"ru", "Алматы", "Asia/Almaty"},
		{"ru", "Ташкент", "Asia/Tashkent"},
		{"ru", "алма-ата", "Asia/Almaty"},
		{"en", "Asia/Almaty", "Asia/Almaty"}, // Area/City still works
		{"en", "uz", "Asia/Tashkent"},        // and countries
	} {
		t.Run(tt.lang+" "+tt.in, func(t *testing.T) {
			h := newHarness(t)
			h.sayLang(tt.lang, "/start")
			r := h.sayLang(tt.lang, "/timezone "+tt.in)
			mustContain(t, r.reply.Text, "✅", tt.zone)
			if got := h.subscriber().Timezone; got != tt.zone {
				t.Errorf("zone = %q, want %q", got, tt.zone)
			}
		})
	}
}

// A zone that is not known is refused, with close ones suggested when there are.
func TestTimezoneNotFoundSuggests(t *testing.T) {
	for _, tt := range []struct {
		lang, in string
		want     []string
	}{
		{"en", "Moskow", []string{"“Moskow”", "Did you mean", "/timezone Europe/Moscow", "Nothing was changed"}},
		{"ru", "Ташкенд", []string{"“Ташкенд”", "Может быть", "/timezone Asia/Tashkent", "Ничего не изменено"}},
		{"en", "asia/almata", []string{"/timezone Asia/Almaty"}},
		{"en", "Mars/Base", []string{"Mars/Base", "IANA", "Nothing was changed"}},
		{"ru", "Марс", []string{"“Марс”", "Ничего не изменено"}},
	} {
		t.Run(tt.lang+" "+tt.in, func(t *testing.T) {
			h := newHarness(t)
			h.sayLang(tt.lang, "/start")
			mustContain(t, h.sayLang(tt.lang, "/timezone "+tt.in).reply.Text, tt.want...)
			if got := h.subscriber().Timezone; got != "" {
				t.Errorf("a refused zone was saved: %q", got)
			}
			checkReplies(t, h.tr)
		})
	}
}

// /lang with a language the bot does not speak says so and names the ones it does.
func TestLangNotAvailable(t *testing.T) {
	h := newHarness(t)
	h.say("/start")
	r := h.say("/lang de")
	mustContain(t, r.reply.Text, "“de”", "not available", "English", "Русский")
	if len(r.reply.Keyboard) == 0 {
		t.Error("no language buttons")
	}
	h.say("/lang ru")
	mustContain(t, h.say("/lang deutsch").reply.Text, "“deutsch”", "нет", "English", "по-русски")
	if h.subscriber().Lang != "ru" {
		t.Error("an unavailable language changed the chat's")
	}
	mustContain(t, h.say("/lang").reply.Text, "Выберите язык") // no argument: just the choice
}

// In a group, replies about its settings speak of the chat, not of "you".
func TestGroupRepliesSpeakOfTheChat(t *testing.T) {
	const group = -100300
	for _, lang := range []string{"en", "ru"} {
		t.Run(lang, func(t *testing.T) {
			h := newHarness(t)
			h.tr.admins[7] = true
			admin := bot.Update{ChatID: group, ChatType: news.ChatSupergroup, ChatTitle: "Readers", UserID: 7, LangCode: lang}
			var all []string
			say := func(in string) string {
				t.Helper()
				h.now = h.now.Add(time.Minute)
				r := h.sayIn(admin, in).reply.Text
				all = append(all, r)
				return r
			}
			chat := map[string]string{"en": "this chat", "ru": "этого чата"}[lang]
			say("/start")
			for _, in := range []string{"/countries kz", "/topics energy", "/countries", "/timezone"} {
				mustContain(t, strings.ToLower(say(in)), chat)
			}
			say("/time 09:00")
			say("/help")
			say("/latest")
			say("/topic energy")
			say("/pause")
			say("/pause")
			say("/resume")
			say("/start")
			say("/stop")
			for _, r := range all {
				low := strings.ToLower(r)
				for _, bad := range []string{"your ", "you ", "ваш", "вас ", "вы "} {
					if strings.Contains(low, bad) {
						t.Errorf("a group reply says %q: %q", bad, r)
					}
				}
			}
		})
	}
	// A private chat still says "your".
	h := newHarness(t)
	h.say("/start")
	mustContain(t, h.say("/countries kz").reply.Text, "Your countries")
}

func saveEnergyStories(t *testing.T, h *harness) {
	t.Helper()
	var arts []news.Article
	for i, c := range []string{"KZ", "KZ", "UZ"} {
		topic := news.TopicEnergy
		if i == 1 {
			topic = news.TopicSport
		}
		a := news.Article{GUID: fmt.Sprintf("e%d", i), URL: fmt.Sprintf("https://example.com/e%d", i), Source: "Example",
			Title: fmt.Sprintf("Story %d in %s on %s", i, c, topic), Body: "Body.", Lang: "en",
			PublishedAt: testNow.Add(-time.Duration(i) * time.Hour), FetchedAt: testNow}
		a.Cluster = fmt.Sprintf("e%d", i)
		a.Summary = "Summary."
		a.Countries = []news.CountryScore{{Code: c, Score: 3, Primary: true}}
		a.Topics = []news.TopicScore{{Topic: topic, Score: 2}}
		arts = append(arts, a)
	}
	if _, _, err := h.db.SaveArticles(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
}

// /latest takes a country and a topic together, in either order and language.
func TestLatestByCountryAndTopic(t *testing.T) {
	for _, tt := range []struct {
		lang, args string
		head       string
	}{
		{"en", "kz energy", "Latest news: 🇰🇿 Kazakhstan · Energy"},
		{"en", "energy kz", "Latest news: 🇰🇿 Kazakhstan · Energy"},
		{"en", "energy in Kazakhstan", "Latest news: 🇰🇿 Kazakhstan · Energy"},
		{"ru", "казахстан энергетика", "Последние новости: 🇰🇿 Казахстан · Энергетика"},
		{"ru", "энергетика в Казахстане", "Последние новости: 🇰🇿 Казахстан · Энергетика"},
	} {
		t.Run(tt.lang+" "+tt.args, func(t *testing.T) {
			h := newHarness(t)
			saveEnergyStories(t, h)
			h.sayLang(tt.lang, "/start")
			r := h.sayLang(tt.lang, "/latest "+tt.args)
			mustContain(t, r.reply.Text, tt.head, "Story 0 in KZ")
			for _, other := range []string{"Story 1 ", "Story 2 "} {
				if strings.Contains(r.reply.Text, other) {
					t.Errorf("%s is not Kazakh energy news: %q", other, r.reply.Text)
				}
			}
		})
	}
	h := newHarness(t)
	h.say("/start")
	mustContain(t, h.say("/latest uz sport").reply.Text, "No stories yet for 🇺🇿 Uzbekistan · Sport")
	h.now = h.now.Add(time.Minute)
	mustContain(t, h.say("/latest kz knitting").reply.Text, "“knitting”", "neither a country nor a topic", "/latest kz energy")
	h.now = h.now.Add(time.Minute)
	mustContain(t, h.say("/latest kz uz").reply.Text, "One country and one topic", "“uz”")
	h.now = h.now.Add(time.Minute)
	mustContain(t, h.sayLang("ru", "/latest казахстан вязание").reply.Text, "“вязание”")
	checkReplies(t, h.tr)
}

// /latest TOPIC is from every country and /topic TOPIC from the
// subscriber's: the headings say so.
func TestLatestAndTopicHeadingsSayTheirScope(t *testing.T) {
	for _, tt := range []struct {
		lang               string
		latest, topic, all string
	}{
		{"en", "Latest news: Energy · all countries", "Energy · in your countries", "Latest news for you"},
		{"ru", "Последние новости: Энергетика · все страны", "Энергетика · по вашим странам", "Последние новости для вас"},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			h := newHarness(t)
			saveEnergyStories(t, h)
			h.sayLang(tt.lang, "/start")
			h.sayLang(tt.lang, "/countries uz")
			r := h.sayLang(tt.lang, "/latest energy")
			mustContain(t, r.reply.Text, tt.latest, "Story 0 in KZ", "Story 2 in UZ")
			h.now = h.now.Add(time.Minute)
			r = h.sayLang(tt.lang, "/topic energy")
			mustContain(t, r.reply.Text, tt.topic, "Story 2 in UZ")
			if strings.Contains(r.reply.Text, "Story 0") {
				t.Errorf("/topic showed a story outside the subscriber's countries: %q", r.reply.Text)
			}
			h.now = h.now.Add(time.Minute)
			mustContain(t, h.sayLang(tt.lang, "/latest").reply.Text, tt.all)
		})
	}
	h := newHarness(t) // no countries chosen: /topic is from everywhere and says so
	saveEnergyStories(t, h)
	h.say("/start")
	mustContain(t, h.say("/topic energy").reply.Text, "Energy · all countries", "Story 0 in KZ", "Story 2 in UZ")
}

// previewEditorial drafts a breaking card rendered per language.
type previewEditorial struct{ failingEditorial }

func (previewEditorial) Draft(context.Context, int64, string, string) (bot.Draft, error) {
	return bot.Draft{ID: 5, Text: "🔴 BREAKING card", TextByLang: map[string]string{"ru": "🔴 СРОЧНО карточка"}, Countries: []string{"KZ"}, Audience: 3}, nil
}

// The editor previews /breaking in the editor's own language.
func TestBreakingPreviewInTheEditorsLanguage(t *testing.T) {
	for _, tt := range []struct{ lang, want, not string }{
		{"en", "🔴 BREAKING card", "СРОЧНО"},
		{"ru", "🔴 СРОЧНО карточка", "BREAKING"},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			h := newHarness(t)
			h.bot = bot.New(h.db, h.tr, bot.Options{DefaultDigestTime: "08:00", Editors: []int64{me},
				Editorial: previewEditorial{}, Now: func() time.Time { return h.now }})
			h.say("/start")
			h.say("/lang " + tt.lang)
			before := h.tr.count()
			h.say("/breaking https://times.example/x")
			h.tr.mu.Lock()
			preview := h.tr.sent[before].reply
			h.tr.mu.Unlock()
			mustContain(t, preview.Text, tt.want)
			if strings.Contains(preview.Text, tt.not) {
				t.Errorf("preview in the wrong language: %q", preview.Text)
			}
		})
	}
}
