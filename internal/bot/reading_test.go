package bot_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/news"
)

// Each step of a conversation about the keyword filter: what the bot says
// and the filter it keeps. Refused input changes nothing.
func TestFilterCommand(t *testing.T) {
	h := newHarness(t)
	h.say("/start")
	many := make([]string, 0, 51)
	for i := range 51 {
		many = append(many, fmt.Sprintf("-w%d", i))
	}
	steps := []struct {
		name     string
		in       string
		want     []string
		inc, exc string
	}{
		{"empty shows how", "/filter", []string{"No words", "/filter +word", "/filter clear"}, "[]", "[]"},
		{"add words", "/filter +gas -football", []string{"Filter saved", "+gas", "−football"}, "[gas]", "[football]"},
		{"add more, in Russian", "/filter -Футбол +нефть", []string{"−футбол", "+нефть"}, "[gas нефть]", "[football футбол]"},
		{"a word changes side", "/filter +football", []string{"+football"}, "[gas нефть football]", "[футбол]"},
		{"no sign is refused", "/filter rugby", []string{"“rugby”", "+", "Nothing was changed"}, "[gas нефть football]", "[футбол]"},
		{"punctuation is refused", "/filter -<b>", []string{"&lt;b&gt;", "Nothing was changed"}, "[gas нефть football]", "[футбол]"},
		{"too long a word", "/filter -" + strings.Repeat("x", 65), []string{"longer than 64", "Nothing was changed"}, "[gas нефть football]", "[футбол]"},
		{"too many words", "/filter " + strings.Join(many, " "), []string{"at most 50", "Nothing was changed"}, "[gas нефть football]", "[футбол]"},
		{"show", "/filter", []string{"Only stories mentioning: +gas +нефть +football", "Hidden when they mention: −футбол"}, "[gas нефть football]", "[футбол]"},
		{"clear", "/filter clear", []string{"Filter cleared"}, "[]", "[]"},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			r := h.say(st.in)
			mustContain(t, r.reply.Text, st.want...)
			f := h.subscriber().Keywords
			if got := fmt.Sprint(orEmpty(f.Include)); got != st.inc {
				t.Errorf("include = %s, want %s", got, st.inc)
			}
			if got := fmt.Sprint(orEmpty(f.Exclude)); got != st.exc {
				t.Errorf("exclude = %s, want %s", got, st.exc)
			}
		})
	}
	// The Clear button under a saved filter works too.
	r := h.say("/filter -sport")
	if len(r.reply.Keyboard) == 0 || !strings.HasPrefix(r.reply.Keyboard[0][0].Data, "f:clear") {
		t.Fatalf("no Clear button: %+v", r.reply.Keyboard)
	}
	h.press(r.messageID, r.reply.Keyboard[0][0].Data)
	if f := h.subscriber().Keywords; !f.Empty() {
		t.Errorf("after Clear: %+v", f)
	}
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func addFeed(t *testing.T, h *harness, name, url string) int64 {
	t.Helper()
	f, err := h.db.AddFeed(context.Background(), news.Feed{URL: url, Name: name})
	if err != nil {
		t.Fatal(err)
	}
	return f.ID
}

func TestMuteCommand(t *testing.T) {
	h := newHarness(t)
	h.say("/start")
	npr := addFeed(t, h, "NPR", "https://feeds.npr.org/1001/rss.xml")
	addFeed(t, h, "", "https://www.tengrinews.kz/rss") // no name: its host stands for it
	steps := []struct {
		in    string
		want  []string
		muted []int64
	}{
		{"/mute", []string{"Muted outlets</b>: none", "/mute NPR"}, nil},
		{"/mute npr", []string{"NPR is muted"}, []int64{npr}},
		{"/mute NPR", []string{"muted already"}, []int64{npr}},
		{"/mute NRP", []string{"“NRP”", "Did you mean", "NPR", "Nothing was changed"}, []int64{npr}},
		{"/mute Atlantis Daily", []string{"“Atlantis Daily”", "Outlets:", "NPR", "tengrinews.kz", "Nothing was changed"}, []int64{npr}},
		{"/mute tengrinews.kz", []string{"tengrinews.kz is muted"}, []int64{npr, npr + 1}},
		{"/unmute " + fmt.Sprint(npr), []string{"NPR is back"}, []int64{npr + 1}},
		{"/unmute NPR", []string{"NPR is not muted"}, []int64{npr + 1}},
	}
	for _, st := range steps {
		t.Run(st.in, func(t *testing.T) {
			mustContain(t, h.say(st.in).reply.Text, st.want...)
			if got := h.subscriber().MutedFeeds; !slices.Equal(got, st.muted) {
				t.Errorf("muted = %v, want %v", got, st.muted)
			}
		})
	}
	// /mute alone lists them with a button to bring each back.
	r := h.say("/mute")
	mustContain(t, r.reply.Text, "tengrinews.kz")
	if len(r.reply.Keyboard) == 0 || r.reply.Keyboard[0][0].Data != fmt.Sprintf("u:%d", npr+1) {
		t.Fatalf("unmute buttons = %+v", r.reply.Keyboard)
	}
	h.press(r.messageID, r.reply.Keyboard[0][0].Data)
	if got := h.subscriber().MutedFeeds; len(got) != 0 {
		t.Errorf("after the unmute button: %v", got)
	}
}

func TestLanguagesCommand(t *testing.T) {
	h := newHarness(t)
	ru := bot.Update{ChatID: me, ChatType: news.ChatPrivate, UserID: me, LangCode: "ru"}
	h.sayIn(ru, "/start")
	steps := []struct {
		in    string
		want  []string
		reads string
	}{
		{"/languages", []string{"Языки новостей</b>: русский, английский"}, "[ru en]"},
		{"/languages en de", []string{"английский, немецкий"}, "[en de]"},
		{"/languages Deutsch, русский", []string{"немецкий, русский"}, "[de ru]"},
		{"/languages klingon", []string{"“klingon”", "Ничего не изменено"}, "[de ru]"},
		{"/languages default", []string{"русский, английский"}, "[ru en]"},
	}
	for _, st := range steps {
		t.Run(st.in, func(t *testing.T) {
			mustContain(t, h.sayIn(ru, st.in).reply.Text, st.want...)
			if got := fmt.Sprint(h.subscriber().ReadLanguages()); got != st.reads {
				t.Errorf("reads %s, want %s", got, st.reads)
			}
		})
	}
	// The menu toggles a language; the last one cannot go.
	r := h.sayIn(ru, "/languages")
	menu := r.messageID
	for _, d := range []string{"n:de", "n:ru", "n:en"} {
		h.press(menu, d)
	}
	if got := fmt.Sprint(h.subscriber().ReadLanguages()); got != "[de]" {
		t.Errorf("after toggles: %s, want [de]", got)
	}
	h.press(menu, "n:de")
	if got := fmt.Sprint(h.subscriber().ReadLanguages()); got != "[de]" {
		t.Errorf("the last language went: %s", got)
	}
}

func TestTimeSeveral(t *testing.T) {
	h := newHarness(t)
	h.say("/start")
	before := h.subscriber()
	r := h.say("/time 8.30 20 h")
	mustContain(t, r.reply.Text, "08:30, 20:00", "Asia/Almaty")
	s := h.subscriber()
	if fmt.Sprint(s.Times()) != "[08:30 20:00]" {
		t.Fatalf("times %v", s.Times())
	}
	// 10:00 in Almaty now: the next is 20:00 today.
	if want := time.Date(2026, 11, 27, 15, 0, 0, 0, time.UTC); !s.NextDigestAt.Equal(want) {
		t.Errorf("next %s, want %s", s.NextDigestAt, want)
	}
	mustContain(t, h.say("/settings").reply.Text, "08:30, 20:00")
	mustContain(t, h.say("/time 7am 12:00 18:00 21:00").reply.Text, "Up to 3", "Nothing was changed")
	mustContain(t, h.say("/time 8:30 25:00").reply.Text, "“25:00”", "Nothing was changed")
	if fmt.Sprint(h.subscriber().Times()) != "[08:30 20:00]" {
		t.Errorf("refused input changed the times: %v", h.subscriber().Times())
	}
	mustContain(t, h.say("/time 9").reply.Text, "09:00")
	if s := h.subscriber(); fmt.Sprint(s.Times()) != "[09:00]" || len(s.DigestTimes) != 0 {
		t.Errorf("back to one time: %+v", s.Preferences)
	}
	_ = before
}

// /latest leaves out what the chat does not read, and shows a story
// through an outlet it has not muted.
func TestLatestAppliesReadingChoices(t *testing.T) {
	h := newHarness(t)
	h.say("/start")
	a := addFeed(t, h, "Alpha", "https://alpha.example/rss")
	b := addFeed(t, h, "Beta", "https://beta.example/rss")
	d := addFeed(t, h, "Gamma", "https://gamma.example/rss")
	art := func(feed int64, source, guid, cluster, lang, title string, age time.Duration) news.Article {
		x := news.Article{FeedID: feed, GUID: guid, URL: "https://example.com/" + guid, Source: source, Title: title,
			Body: "Body.", Lang: lang, PublishedAt: testNow.Add(-age), FetchedAt: testNow}
		x.Cluster = cluster
		return x
	}
	if _, _, err := h.db.SaveArticles(context.Background(), []news.Article{
		art(a, "Alpha", "a1", "pipe", "en", "Gas pipeline opens", time.Hour),
		art(b, "Beta", "b1", "pipe", "en", "Pipeline to China opens", 2*time.Hour),
		art(b, "Beta", "b2", "", "en", "Football cup final", 3*time.Hour),
		art(d, "Gamma", "g1", "", "de", "Wahlen in Kasachstan", 4*time.Hour),
		art(d, "Gamma", "g2", "", "ru", "Выборы в Казахстане", 5*time.Hour),
	}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		setup   string
		want    []string
		notWant []string
	}{
		{"default: English only", "", []string{"Gas pipeline opens", "Football cup final"}, []string{"Wahlen", "Выборы"}},
		{"German added", "/languages en de", []string{"Wahlen"}, []string{"Выборы"}},
		{"minus word", "/filter -football", []string{"Gas pipeline opens"}, []string{"Football cup final"}},
		{"muted outlet: the story comes through the other", "/mute Alpha", []string{"Pipeline to China opens"}, []string{"Gas pipeline opens"}},
		{"plus word", "/filter +pipeline", []string{"Pipeline to China opens"}, []string{"Wahlen"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.setup != "" {
				h.say(tt.setup)
			}
			h.now = h.now.Add(time.Minute) // past the news rate limit
			got := h.say("/latest").reply.Text
			mustContain(t, got, tt.want...)
			for _, w := range tt.notWant {
				if strings.Contains(got, w) {
					t.Errorf("/latest shows %q:\n%s", w, got)
				}
			}
		})
	}
}

// A time button replaces several times with one, and the menu ticks every
// chosen time.
func TestTimeButtonAfterSeveralTimes(t *testing.T) {
	h := newHarness(t)
	h.say("/start")
	h.say("/time 08:00 20:00")
	r := h.say("/time")
	ticked := 0
	for _, row := range r.reply.Keyboard {
		for _, b := range row {
			if strings.HasPrefix(b.Text, "✅") {
				ticked++
			}
		}
	}
	if ticked != 2 {
		t.Errorf("time menu ticks %d times, want 2: %+v", ticked, r.reply.Keyboard)
	}
	h.press(r.messageID, "h:0700")
	if s := h.subscriber(); fmt.Sprint(s.Times()) != "[07:00]" || len(s.DigestTimes) != 0 {
		t.Errorf("after the 07:00 button: %+v", s.Preferences)
	}
}

// Two settings menus open at once: a press on one may bring back what the
// other shows, and the bot then leaves that message alone rather than
// send an edit that changes nothing (Telegram refuses those).
func TestNoEditThatChangesNothing(t *testing.T) {
	h := newHarness(t)
	h.say("/start")
	a := h.say("/topics")
	b := h.say("/topics")
	h.press(a.messageID, "t:energy") // a shows energy; b still shows none
	before := h.tr.count()
	h.press(b.messageID, "t:energy") // energy off again: what b shows
	if h.tr.count() != before {
		t.Errorf("an edit that changes nothing was sent: %+v", h.tr.last(t))
	}
	// The last story language cannot go: the menu stays as it is.
	r := h.say("/languages")
	before = h.tr.count()
	_, notice := h.press(r.messageID, "n:en")
	if h.tr.count() != before || !strings.Contains(notice, "At least one language") {
		t.Errorf("pressing the only language: notice %q, last message %+v", notice, h.tr.last(t))
	}
	if got := fmt.Sprint(h.subscriber().ReadLanguages()); got != "[en]" {
		t.Errorf("languages %s, want [en]", got)
	}
}

// In a group, the reading commands speak of the chat, and only its admins
// change them.
func TestReadingChoicesInAGroup(t *testing.T) {
	h := newHarness(t)
	const group = -100500
	admin := bot.Update{ChatID: group, ChatType: news.ChatSupergroup, ChatTitle: "Desk", UserID: 77, LangCode: "en"}
	member := admin
	member.UserID = 78
	h.tr.admins[77] = true
	h.sayIn(admin, "/start")
	addFeed(t, h, "NPR", "https://feeds.npr.org/1001/rss.xml")
	mustContain(t, h.sayIn(admin, "/mute NPR").reply.Text, "muted in this chat")
	mustContain(t, h.sayIn(admin, "/languages").reply.Text, "This chat's story languages")
	mustContain(t, h.sayIn(member, "/filter -sport").reply.Text, "Only the group's admins")
	s, err := h.db.Subscriber(context.Background(), group)
	if err != nil {
		t.Fatal(err)
	}
	if !s.Keywords.Empty() || len(s.MutedFeeds) != 1 {
		t.Errorf("group choices %+v; want NPR muted and no filter", s.Preferences)
	}
}
