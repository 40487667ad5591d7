package bot_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
	_ "time/tzdata"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/store"
)

// fakeTransport records what the bot shows, like a chat window.
type fakeTransport struct {
	mu       sync.Mutex
	next     int
	sent     []sent
	answers  map[string]string
	admins   map[int64]bool // user ids that are admins of every group
	channels map[string]bot.ChatInfo
}

type sent struct {
	chatID    int64
	messageID int
	edit      bool
	reply     bot.Reply
}

func newFake() *fakeTransport {
	return &fakeTransport{answers: map[string]string{}, admins: map[int64]bool{}, channels: map[string]bot.ChatInfo{}}
}

func (f *fakeTransport) Send(_ context.Context, chatID int64, r bot.Reply) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.next++
	f.sent = append(f.sent, sent{chatID: chatID, messageID: f.next, reply: r})
	return f.next, nil
}

func (f *fakeTransport) Edit(_ context.Context, chatID int64, messageID int, r bot.Reply) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.sent = append(f.sent, sent{chatID: chatID, messageID: messageID, edit: true, reply: r})
	return nil
}

func (f *fakeTransport) AnswerCallback(_ context.Context, id, notice string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, dup := f.answers[id]; dup {
		return fmt.Errorf("callback %s answered twice", id)
	}
	f.answers[id] = notice
	return nil
}

func (f *fakeTransport) IsAdmin(_ context.Context, chatID, userID int64) (bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.admins[userID], nil
}

func (f *fakeTransport) LookupChat(_ context.Context, name string) (bot.ChatInfo, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	c, ok := f.channels[name]
	if !ok {
		return bot.ChatInfo{}, news.ErrNotFound
	}
	return c, nil
}

// last returns the newest message or edit.
func (f *fakeTransport) last(t testing.TB) sent {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.sent) == 0 {
		t.Fatal("the bot said nothing")
	}
	return f.sent[len(f.sent)-1]
}

func (f *fakeTransport) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.sent)
}

type harness struct {
	t   testing.TB
	db  *store.DB
	tr  *fakeTransport
	bot *bot.Bot
	now time.Time
	// slept is how long queued news commands waited, in all.
	slept time.Duration
}

// Friday 27 November 2026, 10:00 in Almaty (UTC+5).
var testNow = time.Date(2026, 11, 27, 5, 0, 0, 0, time.UTC)

func newHarness(t testing.TB) *harness {
	t.Helper()
	db, err := store.Open(context.Background(), t.TempDir()+"/bot.db")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	h := &harness{t: t, db: db, tr: newFake(), now: testNow}
	h.bot = bot.New(db, h.tr, bot.Options{
		BotUsername: "newsbot", DefaultDigestTime: "08:00", DefaultTimezone: "Asia/Almaty",
		Editors: []int64{900}, Now: func() time.Time { return h.now },
		// A queued news command waits on the test's clock, not a timer.
		Sleep: func(_ context.Context, d time.Duration) error { h.now = h.now.Add(d); h.slept += d; return nil },
	})
	return h
}

const me = 1001

func (h *harness) say(text string) sent {
	h.t.Helper()
	return h.sayIn(bot.Update{ChatID: me, ChatType: news.ChatPrivate, UserID: me, LangCode: "en"}, text)
}

func (h *harness) sayIn(u bot.Update, text string) sent {
	h.t.Helper()
	before := h.tr.count()
	u.Text = text
	if err := h.bot.Handle(context.Background(), u); err != nil {
		h.t.Fatalf("Handle(%q): %v", text, err)
	}
	if h.tr.count() == before {
		return sent{}
	}
	return h.tr.last(h.t)
}

var pressSeq int

func (h *harness) press(messageID int, data string) (sent, string) {
	h.t.Helper()
	pressSeq++
	id := fmt.Sprintf("cb%d", pressSeq)
	u := bot.Update{ChatID: me, ChatType: news.ChatPrivate, UserID: me, LangCode: "en", CallbackID: id, CallbackData: data, MessageID: messageID}
	if err := h.bot.Handle(context.Background(), u); err != nil {
		h.t.Fatalf("press %q: %v", data, err)
	}
	h.tr.mu.Lock()
	notice, answered := h.tr.answers[id]
	h.tr.mu.Unlock()
	if !answered {
		h.t.Fatalf("press %q was not answered", data)
	}
	return h.tr.last(h.t), notice
}

func (h *harness) subscriber() news.Subscriber {
	h.t.Helper()
	s, err := h.db.Subscriber(context.Background(), me)
	if err != nil {
		h.t.Fatalf("subscriber: %v", err)
	}
	return s
}

func mustContain(t *testing.T, got string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("reply %q\ndoes not contain %q", got, w)
		}
	}
}

func TestStartRegistersAndOffersCountries(t *testing.T) {
	h := newHarness(t)
	r := h.say("/start")
	mustContain(t, r.reply.Text, "Welcome", "/countries")
	if len(r.reply.Keyboard) == 0 || !strings.Contains(r.reply.Keyboard[0][0].Text, "Kazakhstan") {
		t.Errorf("no country buttons: %+v", r.reply.Keyboard)
	}
	s := h.subscriber()
	if s.Status != news.StatusActive || s.Lang != "en" || s.DigestTime != "08:00" {
		t.Errorf("subscriber = %+v", s)
	}
	// 08:00 in Almaty (UTC+5) the next morning.
	if want := time.Date(2026, 11, 28, 3, 0, 0, 0, time.UTC); !s.NextDigestAt.Equal(want) {
		t.Errorf("next digest = %s, want %s", s.NextDigestAt, want)
	}
	r = h.say("/start")
	mustContain(t, r.reply.Text, "Welcome back")
}

func TestRussianClientGetsRussian(t *testing.T) {
	h := newHarness(t)
	r := h.sayIn(bot.Update{ChatID: me, ChatType: news.ChatPrivate, UserID: me, LangCode: "ru"}, "/start")
	mustContain(t, r.reply.Text, "Добро пожаловать")
	r = h.say("/countries Казахстан таджикистан")
	mustContain(t, r.reply.Text, "Казахстан", "Таджикистан")
}

func TestSettingsSurviveRestart(t *testing.T) {
	h := newHarness(t)
	h.say("/start")
	mustContain(t, h.say("/countries kz tj").reply.Text, "Kazakhstan", "Tajikistan")
	mustContain(t, h.say("/topics energy").reply.Text, "Energy")
	r := h.say("/settings")
	mustContain(t, r.reply.Text, "🇰🇿 Kazakhstan, 🇹🇯 Tajikistan", "Energy", "08:00", "Asia/Almaty")

	restarted := bot.New(h.db, h.tr, bot.Options{DefaultDigestTime: "08:00", Now: func() time.Time { return h.now }})
	h.bot = restarted
	mustContain(t, h.say("/settings").reply.Text, "🇰🇿 Kazakhstan, 🇹🇯 Tajikistan", "Energy")
}

func TestBadArgumentsChangeNothing(t *testing.T) {
	h := newHarness(t)
	h.say("/start")
	h.say("/countries kz")
	h.say("/time 09:15")
	before := h.subscriber()

	tests := []struct {
		input string
		want  []string
	}{
		{"/countries xx atlantis", []string{"“xx”", "“atlantis”", "Nothing was changed"}},
		{"/countries kz atlantis", []string{"“atlantis”", "Nothing was changed"}},
		{"/topics sports-betting", []string{"sports-betting", "Available"}},
		{"/time 25:99", []string{"25:99", "HH:MM"}},
		{"/time noon", []string{"noon"}},
		{"/timezone Mars/Base", []string{"Mars/Base", "IANA"}},
		{"/lang fr", []string{"/lang en"}},
		{"/countries " + strings.Repeat("a", 100_000), []string{"Nothing was changed"}},
		{"/countries \xff\xfe kz", []string{"Nothing was changed"}},
		{"/frobnicate", []string{"/frobnicate", "/help"}},
		{"hello there", []string{"/help"}},
		{"/topic", []string{"/topic energy"}},
		{"/topic knitting", []string{"knitting"}},
		{"/latest atlantis", []string{"atlantis"}},
	}
	for _, tt := range tests {
		t.Run(firstN(tt.input, 30), func(t *testing.T) {
			r := h.say(tt.input)
			mustContain(t, r.reply.Text, tt.want...)
			if n := len([]rune(r.reply.Text)); n > 1000 {
				t.Errorf("reply is %d characters; a bad argument must not be echoed whole", n)
			}
		})
	}
	after := h.subscriber()
	if strings.Join(after.Countries, ",") != strings.Join(before.Countries, ",") || after.DigestTime != before.DigestTime ||
		after.Timezone != before.Timezone || after.Lang != before.Lang || len(after.Topics) != len(before.Topics) {
		t.Errorf("bad input changed the subscription:\nbefore %+v\nafter  %+v", before, after)
	}
}

func firstN(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func TestTimeAndTimezoneReschedule(t *testing.T) {
	h := newHarness(t)
	h.say("/start")
	r := h.say("/time 7:30")
	mustContain(t, r.reply.Text, "07:30", "Asia/Almaty", "Saturday, 28 November, 07:30")
	if want := time.Date(2026, 11, 28, 2, 30, 0, 0, time.UTC); !h.subscriber().NextDigestAt.Equal(want) {
		t.Errorf("next digest = %s, want %s", h.subscriber().NextDigestAt, want)
	}
	r = h.say("/timezone america/new_york")
	mustContain(t, r.reply.Text, "America/New_York")
	// 10:00 Almaty is 00:00 in New York; 07:30 comes the same day.
	if want := time.Date(2026, 11, 27, 12, 30, 0, 0, time.UTC); !h.subscriber().NextDigestAt.Equal(want) {
		t.Errorf("next digest = %s, want %s", h.subscriber().NextDigestAt, want)
	}
	h.say("/timezone uz")
	if got := h.subscriber().Timezone; got != "Asia/Tashkent" {
		t.Errorf("timezone by country = %q, want Asia/Tashkent", got)
	}
}

func TestTimezoneFromTheFirstCountryChosen(t *testing.T) {
	h := newHarness(t)
	h.say("/start")
	// The first country typed decides, not the first in alphabetical order.
	r := h.say("/countries kz af")
	mustContain(t, r.reply.Text, "Asia/Almaty", "Kazakhstan")
	if got := h.subscriber().Timezone; got != "Asia/Almaty" {
		t.Errorf("timezone = %q, want Asia/Almaty from Kazakhstan", got)
	}
	// Once there is a zone, changing countries leaves it alone.
	r = h.say("/countries tj")
	if strings.Contains(r.reply.Text, "time zone") || h.subscriber().Timezone != "Asia/Almaty" {
		t.Errorf("changing countries moved the zone: %q, %q", r.reply.Text, h.subscriber().Timezone)
	}
	mustContain(t, h.say("/timezone Asia/Dushanbe").reply.Text, "Asia/Dushanbe")

	// By buttons: the first flag pressed decides.
	other := newHarness(t)
	start := other.say("/start")
	other.press(start.messageID, "c:UZ:o")
	other.press(start.messageID, "c:KZ:o")
	if got := other.subscriber().Timezone; got != "Asia/Tashkent" {
		t.Errorf("timezone by buttons = %q, want Asia/Tashkent", got)
	}
}

func TestLanguagePauseResumeStop(t *testing.T) {
	h := newHarness(t)
	h.say("/start")
	mustContain(t, h.say("/lang ru").reply.Text, "по-русски")
	mustContain(t, h.say("/help").reply.Text, "Новости")
	mustContain(t, h.say("/pause").reply.Text, "приостановлен")
	if s := h.subscriber(); s.Status != news.StatusPaused || !s.NextDigestAt.IsZero() {
		t.Errorf("paused subscriber = %+v", s)
	}
	mustContain(t, h.say("/resume").reply.Text, "возобновлён")
	if s := h.subscriber(); s.Status != news.StatusActive || s.NextDigestAt.IsZero() {
		t.Errorf("resumed subscriber = %+v", s)
	}
	mustContain(t, h.say("/stop").reply.Text, "удалены")
	if _, err := h.db.Subscriber(context.Background(), me); err == nil {
		t.Error("/stop left the subscription in the store")
	}
	mustContain(t, h.say("/stop").reply.Text, "not subscribed")
	mustContain(t, h.say("/settings").reply.Text, "/start")
}

func TestOnboardingByButtons(t *testing.T) {
	h := newHarness(t)
	start := h.say("/start")
	r, _ := h.press(start.messageID, "c:KZ:o")
	if !r.edit || r.messageID != start.messageID {
		t.Fatalf("country toggle should edit the menu in place, got %+v", r)
	}
	mustContain(t, r.reply.Text, "Kazakhstan")
	mustContain(t, r.reply.Keyboard[0][0].Text, "✅")
	h.press(start.messageID, "c:UZ:o")
	h.press(start.messageID, "c:UZ:o") // untoggle
	r, _ = h.press(start.messageID, "c:done:o")
	mustContain(t, r.reply.Text, "topics")
	h.press(start.messageID, "t:energy:o")
	h.press(start.messageID, "t:economy:o")
	r, _ = h.press(start.messageID, "t:done:o")
	mustContain(t, r.reply.Text, "When")
	r, _ = h.press(start.messageID, "h:0700:o")
	mustContain(t, r.reply.Text, "All set", "07:00", "Kazakhstan", "Economy, Energy", "Breaking news")
	s := h.subscriber()
	if strings.Join(s.Countries, ",") != "KZ" || len(s.Topics) != 2 || s.DigestTime != "07:00" || !s.BreakingAlerts {
		t.Errorf("saved by buttons: %+v (breaking alerts on by default)", s)
	}
	// The last step asks about breaking alerts; declining turns them off.
	r, _ = h.press(start.messageID, "a:off:o")
	mustContain(t, r.reply.Text, "No breaking alerts", "/settings")
	if h.subscriber().BreakingAlerts {
		t.Error("alerts still on after declining them")
	}
	for _, d := range []string{"c:KZ", "s:c", "s:t", "s:h", "s:g", "s:a", "s:q", "t:all"} {
		r, notice := h.press(start.messageID, d)
		if notice != "" || !r.edit {
			t.Errorf("press %q: notice %q, edit %v", d, notice, r.edit)
		}
	}
	if s := h.subscriber(); len(s.Topics) != 0 || s.GroupBy != news.GroupByTopic || !s.BreakingAlerts || !s.QuietDay || len(s.Countries) != 0 {
		t.Errorf("settings buttons: %+v", s)
	}
}

func TestForgedCallbacksAreAnsweredAndChangeNothing(t *testing.T) {
	h := newHarness(t)
	h.say("/start")
	before := h.subscriber()
	for _, d := range []string{"c:ZZ", "c:KZ:x", "t:knitting", "h:9999", "h:25", "s:zz", "more:l:cZZ:1.1", "more:x", "lang:fr",
		"c:KZ|12345", "c:KZ|notanumber", "ed:1:send", strings.Repeat("c", 65), "", "zzz"} {
		_, notice := h.press(1, d)
		if notice == "" {
			t.Errorf("forged %q: no notice", d)
		}
	}
	after := h.subscriber()
	if len(after.Countries) != len(before.Countries) || after.DigestTime != before.DigestTime {
		t.Errorf("forged callbacks changed the subscription: %+v", after)
	}
}

func TestGroups(t *testing.T) {
	h := newHarness(t)
	const group = -100200
	admin := bot.Update{ChatID: group, ChatType: news.ChatSupergroup, ChatTitle: "Almaty readers", UserID: 7}
	member := admin
	member.UserID = 8
	h.tr.admins[7] = true

	if r := h.sayIn(member, "/start@newsbot"); !strings.Contains(r.reply.Text, "admins") {
		t.Errorf("non-admin /start in a group: %q", r.reply.Text)
	}
	mustContain(t, h.sayIn(admin, "/start@newsbot").reply.Text, "Welcome")
	if r := h.sayIn(admin, "/latest@otherbot"); r.reply.Text != "" {
		t.Errorf("answered a command for another bot: %q", r.reply.Text)
	}
	if r := h.sayIn(admin, "/weather"); r.reply.Text != "" {
		t.Errorf("answered an unknown command in a group: %q", r.reply.Text)
	}
	if r := h.sayIn(admin, "good morning all"); r.reply.Text != "" {
		t.Errorf("answered small talk in a group: %q", r.reply.Text)
	}
	mustContain(t, h.sayIn(member, "/countries kz").reply.Text, "admins")
	mustContain(t, h.sayIn(admin, "/countries@NewsBot kz").reply.Text, "Kazakhstan")
	mustContain(t, h.sayIn(member, "/latest@newsbot").reply.Text, "No stories")
	s, _ := h.db.Subscriber(context.Background(), group)
	if s.ChatType != news.ChatSupergroup || s.Title != "Almaty readers" || strings.Join(s.Countries, ",") != "KZ" {
		t.Errorf("group subscription = %+v", s)
	}
}

func TestChannelConnect(t *testing.T) {
	h := newHarness(t)
	// The bot is an administrator of @asia_news that may post, as it must be
	// for the channel to be connected.
	h.tr.channels["@asia_news"] = bot.ChatInfo{ID: -1005, Type: news.ChatChannel, Title: "Asia News", Username: "asia_news", CanPost: true}
	h.tr.channels["@somegroup"] = bot.ChatInfo{ID: -1006, Type: news.ChatSupergroup}
	mustContain(t, h.say("/channel").reply.Text, "/channel @")
	mustContain(t, h.say("/channel @nowhere").reply.Text, "can't find")
	mustContain(t, h.say("/channel @somegroup").reply.Text, "not a channel")
	mustContain(t, h.say("/channel @asia_news").reply.Text, "Only an admin")
	h.tr.admins[me] = true
	r := h.say("/channel asia_news")
	mustContain(t, r.reply.Text, "connected", "@asia_news")
	// The channel's menu, pressed in the private chat, changes the channel.
	var countriesBtn string
	for _, row := range r.reply.Keyboard {
		for _, b := range row {
			if strings.HasPrefix(b.Data, "s:c|") {
				countriesBtn = b.Data
			}
		}
	}
	if countriesBtn != "s:c|-1005" {
		t.Fatalf("channel menu button = %q", countriesBtn)
	}
	h.press(r.messageID, countriesBtn)
	h.press(r.messageID, "c:TJ|-1005")
	ch, err := h.db.Subscriber(context.Background(), -1005)
	if err != nil || strings.Join(ch.Countries, ",") != "TJ" || ch.OwnerUserID != me || ch.ChatType != news.ChatChannel {
		t.Errorf("channel = %+v, %v", ch, err)
	}
	// Someone else cannot change it through a forged button.
	u := bot.Update{ChatID: 555, ChatType: news.ChatPrivate, UserID: 555, CallbackID: "other", CallbackData: "c:KZ|-1005", MessageID: 1}
	if err := h.bot.Handle(context.Background(), u); err != nil {
		t.Fatal(err)
	}
	if ch, _ := h.db.Subscriber(context.Background(), -1005); strings.Join(ch.Countries, ",") != "TJ" {
		t.Errorf("a stranger changed the channel: %+v", ch.Countries)
	}
}

// TestChannelNeedsBotRights: a channel the bot may not post in is not
// connected; its admin is told, in their language, to make the bot an
// administrator with the right to post and to send /channel again.
func TestChannelNeedsBotRights(t *testing.T) {
	h := newHarness(t)
	h.tr.admins[me] = true
	h.tr.channels["@asia_news"] = bot.ChatInfo{ID: -1005, Type: news.ChatChannel, Title: "Asia News", Username: "asia_news"}
	r := h.say("/channel asia_news")
	mustContain(t, r.reply.Text, "can't post in @asia_news", "not connected", "administrator", "right to post messages",
		"<code>/channel @asia_news</code>")
	if strings.Contains(r.reply.Text, "✅") || len(r.reply.Keyboard) != 0 {
		t.Errorf("refusal looks like a connection: %+v", r.reply)
	}
	if _, err := h.db.Subscriber(context.Background(), -1005); !errors.Is(err, news.ErrNotFound) {
		t.Errorf("channel stored without the bot's rights: err = %v", err)
	}
	ru := bot.Update{ChatID: me, ChatType: news.ChatPrivate, UserID: me, LangCode: "ru"}
	h.sayIn(ru, "/lang ru")
	mustContain(t, h.sayIn(ru, "/channel @asia_news").reply.Text, "не могу публиковать в @asia_news", "не подключён",
		"администраторы канала с правом публиковать сообщения", "<code>/channel @asia_news</code>")
	// The bot's rights come first: without them Telegram does not show it
	// the channel's members, so the user's cannot be checked.
	h.tr.admins[me] = false
	mustContain(t, h.sayIn(ru, "/channel @asia_news").reply.Text, "не могу публиковать")

	// Once the bot is given the right, the same command connects it.
	h.tr.admins[me] = true
	h.tr.channels["@asia_news"] = bot.ChatInfo{ID: -1005, Type: news.ChatChannel, Title: "Asia News", Username: "asia_news", CanPost: true}
	mustContain(t, h.sayIn(ru, "/channel @asia_news").reply.Text, "✅ Канал @asia_news подключён")
	if ch, err := h.db.Subscriber(context.Background(), -1005); err != nil || ch.ChatType != news.ChatChannel || ch.OwnerUserID != me {
		t.Errorf("channel = %+v, %v", ch, err)
	}
}

func TestEditorsOnly(t *testing.T) {
	h := newHarness(t)
	mustContain(t, h.say("/broadcast Big news").reply.Text, "only the newsroom's editors")
	editor := bot.Update{ChatID: 900, ChatType: news.ChatPrivate, UserID: 900}
	mustContain(t, h.sayIn(editor, "/broadcast Big news").reply.Text, "not available")
}

func TestLatestAndTopicFromStore(t *testing.T) {
	h := newHarness(t)
	h.say("/start")
	ctx := context.Background()
	var arts []news.Article
	for i := 0; i < 20; i++ {
		a := news.Article{
			GUID: fmt.Sprintf("g%d", i), URL: fmt.Sprintf("https://example.com/%d", i), Source: "Example",
			Title: fmt.Sprintf("Story %d about <Kazakhstan> & oil", i), Body: "Body.", Lang: "en",
			PublishedAt: testNow.Add(-time.Duration(i) * time.Hour), FetchedAt: testNow,
		}
		a.Summary = fmt.Sprintf("Summary %d.", i)
		a.Countries = []news.CountryScore{{Code: "KZ", Score: 3, Primary: true}}
		a.Topics = []news.TopicScore{{Topic: news.TopicEnergy, Score: 2}}
		a.Quotes = []news.Quote{{Text: "We will keep the oil flowing to our neighbours", Speaker: "Kassym-Jomart Tokayev", Score: 1}}
		a.Cluster = fmt.Sprintf("c%d", i)
		if i == 1 {
			a.Cluster = "c0" // a second outlet for story 0
			a.Source = "Other Outlet"
		}
		arts = append(arts, a)
	}
	if _, _, err := h.db.SaveArticles(ctx, arts); err != nil {
		t.Fatal(err)
	}
	r := h.say("/latest")
	mustContain(t, r.reply.Text, "Story 0 about &lt;Kazakhstan&gt; &amp; oil", "🇰🇿", "Example")
	if strings.Contains(r.reply.Text, "Story 1 ") {
		t.Error("a copy of story 0 from another outlet was listed as its own story")
	}
	if !r.reply.DisablePreview {
		t.Error("lists must be sent without link previews")
	}
	if len(r.reply.Keyboard) != 1 || !strings.HasPrefix(r.reply.Keyboard[0][0].Data, "more:l:") {
		t.Fatalf("no More button: %+v", r.reply.Keyboard)
	}
	data := r.reply.Keyboard[0][0].Data
	if len(data) > 64 {
		t.Errorf("callback data %q is over 64 bytes", data)
	}
	h.now = h.now.Add(time.Minute) // past the per-chat news limit
	page2, notice := h.press(r.messageID, data)
	if notice != "" {
		t.Fatalf("More: %q", notice)
	}
	mustContain(t, page2.reply.Text, "Story 9 ")
	if strings.Contains(page2.reply.Text, "Story 0 ") {
		t.Error("page 2 repeats page 1")
	}

	h.now = h.now.Add(time.Minute)
	mustContain(t, h.say("/latest kz").reply.Text, "Kazakhstan", "Story 0")
	h.now = h.now.Add(time.Minute)
	mustContain(t, h.say("/latest uz").reply.Text, "No stories yet")
	h.now = h.now.Add(time.Minute)
	r = h.say("/topic energy")
	mustContain(t, r.reply.Text, "<blockquote>", "We will keep the oil flowing", "Kassym-Jomart Tokayev")
}

// TestNewsCommandsAreQueuedNotRefused: news commands typed faster than the
// chat's pace wait their turn and are answered; only a queue far beyond
// what a person types is refused.
func TestNewsCommandsAreQueuedNotRefused(t *testing.T) {
	h := newHarness(t)
	h.say("/start")
	for i := 0; i < 10; i++ {
		if r := h.say("/latest").reply.Text; strings.Contains(r, "too many requests") || !strings.Contains(r, "No stories") {
			t.Fatalf("/latest number %d: %q, want it answered", i+1, r)
		}
	}
	// Four go at once, the other six one every 3 s.
	if want := 6 * 3 * time.Second; h.slept < want-time.Second || h.slept > want+time.Second {
		t.Errorf("ten quick /latest waited %s in all, want about %s", h.slept, want)
	}
}

// TestNewsQueueIsBounded: a flood beyond the queue is refused, and the chat
// is served again once the pace allows.
func TestNewsQueueIsBounded(t *testing.T) {
	h := newHarness(t)
	h.say("/start")
	ctx := context.Background()
	u := bot.Update{ChatID: me, ChatType: news.ChatPrivate, UserID: me, LangCode: "en"}
	// Handle the updates without the harness's clock-moving sleep: each
	// queued command's wait starts at the same instant.
	b := bot.New(h.db, h.tr, bot.Options{BotUsername: "newsbot", Now: func() time.Time { return testNow },
		Sleep: func(context.Context, time.Duration) error { return nil }})
	refused := 0
	for i := 0; i < 30; i++ {
		u.Text = "/digest"
		if err := b.Handle(ctx, u); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(h.tr.last(t).reply.Text, "too many requests") {
			refused++
		}
	}
	if want := 30 - 4 - 10; refused != want {
		t.Errorf("30 /digest at once: %d refused, want %d (burst 4, queue 10)", refused, want)
	}
}

func TestMovingTheTimeLaterAfterTodaysDigestWaitsForTomorrow(t *testing.T) {
	h := newHarness(t)
	h.say("/start")
	s := h.subscriber()
	// Today's 08:00 digest went out two hours ago (10:00 in Almaty now).
	s.LastDigestAt = testNow.Add(-2 * time.Hour)
	if err := h.db.SaveSubscriber(context.Background(), s); err != nil {
		t.Fatal(err)
	}
	h.say("/time 18:00")
	// 18:00 tomorrow, not today: a second digest today would find little new.
	if want := time.Date(2026, 11, 28, 13, 0, 0, 0, time.UTC); !h.subscriber().NextDigestAt.Equal(want) {
		t.Errorf("next digest = %s, want %s", h.subscriber().NextDigestAt, want)
	}
	h.say("/time 07:00")
	if want := time.Date(2026, 11, 28, 2, 0, 0, 0, time.UTC); !h.subscriber().NextDigestAt.Equal(want) {
		t.Errorf("next digest = %s, want %s", h.subscriber().NextDigestAt, want)
	}
}

func TestCountriesAndTopicsInOtherWordForms(t *testing.T) {
	tests := []struct {
		input string
		want  string // the saved countries
	}{
		{"/countries Казахстана, Узбекистане; таджикистаном", "KZ,TJ,UZ"},
		{"/countries России и Китаю", "CN,RU"},
		{"/countries Kazakhstan and Tajikistan", "KZ,TJ"},
		{"/countries kz & uz", "KZ,UZ"},
		{"/countries Киргизии", "KG"},
		{"/countries Андорра", "AD"},
	}
	for _, tt := range tests {
		t.Run(tt.input, func(t *testing.T) {
			h := newHarness(t)
			h.say("/start")
			r := h.say(tt.input)
			mustContain(t, r.reply.Text, "Saved")
			if got := strings.Join(h.subscriber().Countries, ","); got != tt.want {
				t.Errorf("countries = %s, want %s", got, tt.want)
			}
		})
	}
	topics := []struct {
		input string
		want  string
	}{
		{"/topics энергетикой, экономике", "economy,energy"},
		{"/topics политику и спорт", "politics,sport"},
	}
	for _, tt := range topics {
		t.Run(tt.input, func(t *testing.T) {
			h := newHarness(t)
			h.say("/start")
			mustContain(t, h.say(tt.input).reply.Text, "Saved")
			var got []string
			for _, tp := range h.subscriber().Topics {
				got = append(got, string(tp))
			}
			if strings.Join(got, ",") != tt.want {
				t.Errorf("topics = %v, want %s", got, tt.want)
			}
		})
	}
	h := newHarness(t)
	h.say("/start")
	mustContain(t, h.say("/latest казахстане").reply.Text, "No stories yet for 🇰🇿 Kazakhstan")
	h.now = h.now.Add(time.Minute)
	mustContain(t, h.say("/topic энергетике").reply.Text, "No stories on Energy")
}

func TestTimezoneNamesInAnyCase(t *testing.T) {
	for _, in := range []string{"UTC", "utc", "Utc", "europe/moscow", "ASIA/ALMATY", "Etc/GMT+5"} {
		t.Run(in, func(t *testing.T) {
			h := newHarness(t)
			h.say("/start")
			mustContain(t, h.say("/timezone "+in).reply.Text, "✅")
		})
	}
}

func TestTooManyCountriesAreRefused(t *testing.T) {
	h := newHarness(t)
	h.say("/start")
	h.say("/countries kz")
	var every []string
	for _, c := range news.Countries() {
		every = append(every, c.Code)
	}
	r := h.say("/countries " + strings.Join(every, " "))
	mustContain(t, r.reply.Text, "Nothing was changed")
	if got := strings.Join(h.subscriber().Countries, ","); got != "KZ" {
		t.Errorf("countries = %s, want KZ", got)
	}
	thirty := strings.Join(every[:30], " ")
	mustContain(t, h.say("/countries "+thirty).reply.Text, "Saved")
	// A flag button cannot add a 31st.
	var focus string
	for _, code := range news.FocusCountries() {
		if !strings.Contains(thirty, code) {
			focus = code
			break
		}
	}
	_, notice := h.press(1, "c:"+focus)
	if notice == "" {
		t.Errorf("a 31st country by button: no notice")
	}
	if n := len(h.subscriber().Countries); n != 30 {
		t.Errorf("%d countries saved, want 30", n)
	}
}

func TestStartDoesNotResumeAPausedDigest(t *testing.T) {
	h := newHarness(t)
	h.say("/start")
	h.say("/pause")
	mustContain(t, h.say("/start").reply.Text, "/resume")
	if s := h.subscriber(); s.Status != news.StatusPaused || !s.NextDigestAt.IsZero() {
		t.Errorf("/start changed a paused subscription: %+v", s)
	}
}

func TestMoreWhenRateLimitedKeepsTheButton(t *testing.T) {
	h := newHarness(t)
	h.say("/start")
	var arts []news.Article
	for i := 0; i < 40; i++ {
		arts = append(arts, news.Article{GUID: fmt.Sprintf("g%d", i), URL: fmt.Sprintf("https://example.com/%d", i), Source: "Example",
			Title: fmt.Sprintf("Story %d", i), Body: "Body.", Lang: "en",
			PublishedAt: testNow.Add(-time.Duration(i) * time.Hour), FetchedAt: testNow})
	}
	if _, _, err := h.db.SaveArticles(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
	var r sent
	for i := 0; i < 4; i++ { // the whole burst
		r = h.say("/latest")
	}
	data := r.reply.Keyboard[0][0].Data
	before := h.tr.count()
	_, notice := h.press(r.messageID, data)
	if notice == "" {
		t.Errorf("a rate-limited More press got no notice")
	}
	h.tr.mu.Lock()
	for _, s := range h.tr.sent[before:] {
		if s.edit && s.messageID == r.messageID && len(s.reply.Keyboard) == 0 {
			t.Errorf("a rate-limited More press removed the button")
		}
	}
	h.tr.mu.Unlock()
	h.now = h.now.Add(time.Minute)
	page2, notice := h.press(r.messageID, data)
	if notice != "" {
		t.Fatalf("More after waiting: %q", notice)
	}
	mustContain(t, page2.reply.Text, "Story 8")
}

func TestDefaultDigestTimeIsNormalised(t *testing.T) {
	db, err := store.Open(context.Background(), t.TempDir()+"/bot.db")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tr := newFake()
	b := bot.New(db, tr, bot.Options{DefaultDigestTime: "8:00", Now: func() time.Time { return testNow }})
	if err := b.Handle(context.Background(), bot.Update{ChatID: me, ChatType: news.ChatPrivate, UserID: me, Text: "/start"}); err != nil {
		t.Fatal(err)
	}
	if s, _ := db.Subscriber(context.Background(), me); s.DigestTime != "08:00" {
		t.Errorf("digest time = %q, want 08:00", s.DigestTime)
	}
}

func TestMorePagesDoNotRepeatAStory(t *testing.T) {
	h := newHarness(t)
	h.say("/start")
	ctx := context.Background()
	var arts []news.Article
	add := func(guid, source, cluster string, age time.Duration) {
		a := news.Article{GUID: guid, URL: "https://example.com/" + guid, Source: source, Title: "Story " + guid,
			Body: "Body " + guid, Lang: "en", PublishedAt: testNow.Add(-age), FetchedAt: testNow}
		a.Cluster = cluster
		arts = append(arts, a)
	}
	// Ten stories, an hour apart; story 0 is also carried, much later in the
	// list, by another outlet whose copy is old.
	for i := 0; i < 10; i++ {
		add(fmt.Sprintf("s%d", i), "Example", fmt.Sprintf("c%d", i), time.Duration(i)*time.Hour)
	}
	add("s0-copy", "Other", "c0", 9*time.Hour+30*time.Minute)
	// Forty copies of story 1, older still: a whole fetch of nothing new.
	for i := 0; i < 40; i++ {
		add(fmt.Sprintf("s1-copy%d", i), fmt.Sprintf("Outlet %d", i), "c1", 10*time.Hour+time.Duration(i)*time.Minute)
	}
	add("s99", "Example", "c99", 20*time.Hour)
	if _, _, err := h.db.SaveArticles(ctx, arts); err != nil {
		t.Fatal(err)
	}
	var seen []string
	r := h.say("/latest")
	for page := 0; page < 5; page++ {
		for _, line := range strings.Split(r.reply.Text, "\n") {
			if i := strings.Index(line, ">Story "); i >= 0 {
				title := line[i+1:]
				title = title[:strings.Index(title, "<")]
				seen = append(seen, title)
			}
		}
		if len(r.reply.Keyboard) == 0 {
			break
		}
		h.now = h.now.Add(time.Minute)
		r, _ = h.press(r.messageID, r.reply.Keyboard[0][0].Data)
	}
	count := map[string]int{}
	for _, s := range seen {
		count[s]++
	}
	for title, n := range count {
		if n > 1 {
			t.Errorf("%q listed %d times across pages", title, n)
		}
	}
	for _, want := range []string{"Story s0", "Story s9", "Story s99"} {
		if count[want] != 1 {
			t.Errorf("%q listed %d times, want once (pages: %v)", want, count[want], seen)
		}
	}
	if count["Story s0-copy"]+count["Story s1-copy0"] != 0 {
		t.Errorf("a copy was listed as a story of its own: %v", seen)
	}
}

// Users type countries as the news of their language writes them: the
// CLDR names in German, French, Spanish, Portuguese, Italian, Turkish and
// Ukrainian, with or without accents.
func TestCountriesInMoreLanguages(t *testing.T) {
	tests := []struct {
		name, input string
		want        []string
	}{
		{"de", "/countries Kasachstan Usbekistan", []string{"KZ", "UZ"}},
		{"fr", "/countries Kirghizistan Tadjikistan", []string{"KG", "TJ"}},
		{"es", "/countries Kazajistán", []string{"KZ"}},
		{"pt without the tilde", "/countries Cazaquistao", []string{"KZ"}},
		{"it", "/countries Turkmenistan Kazakistan", []string{"KZ", "TM"}},
		{"tr", "/countries Özbekistan", []string{"UZ"}},
		{"uk", "/countries Киргизстан", []string{"KG"}},
		{"en and ru still", "/countries Kazakhstan Таджикистан", []string{"KZ", "TJ"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			h.say("/start")
			mustContain(t, h.say(tt.input).reply.Text, "Saved")
			if got := strings.Join(h.subscriber().Countries, ","); got != strings.Join(tt.want, ",") {
				t.Errorf("countries = %s, want %s", got, strings.Join(tt.want, ","))
			}
		})
	}
	h := newHarness(t)
	h.say("/start")
	mustContain(t, h.say("/latest Cazaquistão").reply.Text, "No stories yet for 🇰🇿 Kazakhstan")
	h.now = h.now.Add(time.Minute)
	mustContain(t, h.say("/latest Kasachstan").reply.Text, "No stories yet for 🇰🇿 Kazakhstan")
}
