package telegram

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"github.com/newsbot/newsbot/internal/clock"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/telegram/telegramtest"
)

var (
	owner  = telegramtest.User{ID: 2001, FirstName: "Owner", LanguageCode: "en"}
	member = telegramtest.User{ID: 2002, FirstName: "Member", LanguageCode: "en"}
)

func addGroup(h *harness, id int64) {
	h.srv.AddChat(telegramtest.ChatSpec{
		Chat:    telegramtest.Chat{ID: id, Type: telegramtest.ChatSupergroup, Title: "Central Asia desk"},
		Owner:   &owner,
		Members: []telegramtest.User{member},
	})
}

func TestGroupCommandsAddressedToThisBotOnly(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := start(t, setup{})
		const group = -100200
		addGroup(h, group)
		bot := h.tr.Username()

		h.srv.InjectText(group, member, "/latest@otherbot")
		h.srv.InjectText(group, member, "/frobnicate")
		h.srv.InjectText(group, member, "hello everyone")
		h.srv.InjectText(group, member, "/latest@"+bot)
		msgs := h.waitSent(group, 1)
		h.waitHandled(4)
		time.Sleep(50 * time.Millisecond)
		if n := h.srv.SentCount(group); n != 1 {
			t.Fatalf("group got %d messages: %s; want one answer, to /latest@%s", n, texts(h.srv.Sent(group)), bot)
		}
		if !strings.Contains(msgs[0].Text, "news") && !strings.Contains(msgs[0].Text, "stories") {
			t.Logf("answer: %q", msgs[0].Text)
		}
	})
}

func TestGroupSettingsNeedAnAdmin(t *testing.T) {
	h := start(t, setup{})
	const group = -100201
	addGroup(h, group)

	h.srv.InjectText(group, member, "/start")
	refusal := h.waitSent(group, 1)[0]
	if _, err := h.db.Subscriber(context.Background(), group); !errors.Is(err, news.ErrNotFound) {
		t.Fatalf("a member subscribed the group: err = %v", err)
	}
	if len(refusal.Buttons()) != 0 {
		t.Errorf("refusal has buttons: %+v", refusal.Buttons())
	}

	h.srv.InjectText(group, owner, "/start")
	menu := h.waitSent(group, 2)[1]
	// A member pressing the owner's menu is refused and changes nothing.
	if a := h.press(group, menu.MessageID, member, "c:KZ:o"); a.Text == "" {
		t.Errorf("member's press answered silently; want a refusal")
	}
	h.srv.InjectText(group, member, "/countries kz")
	h.waitSent(group, 3)
	s, err := h.db.Subscriber(context.Background(), group)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Countries) != 0 {
		t.Errorf("member changed countries to %v", s.Countries)
	}
	// The owner may.
	h.press(group, menu.MessageID, owner, "c:KZ:o")
	if s, _ := h.db.Subscriber(context.Background(), group); len(s.Countries) != 1 {
		t.Errorf("owner's press did not save: %v", s.Countries)
	}
}

func TestMyChatMemberBlockedAndBack(t *testing.T) {
	h := start(t, setup{})
	user := telegramtest.User{ID: 2003, FirstName: "Bek", LanguageCode: "en"}
	ctx := context.Background()
	h.srv.InjectText(user.ID, user, "/start")
	h.waitSent(user.ID, 1)
	h.srv.InjectText(user.ID, user, "/countries kz tj")
	h.waitSent(user.ID, 2)

	h.srv.InjectMyChatMember(user.ID, user, "member", "kicked")
	h.waitFor("status blocked", func() bool {
		s, _ := h.db.Subscriber(ctx, user.ID)
		return s.Status == news.StatusBlocked
	})
	h.srv.InjectMyChatMember(user.ID, user, "kicked", "member")
	h.waitFor("status active", func() bool {
		s, _ := h.db.Subscriber(ctx, user.ID)
		return s.Status == news.StatusActive
	})
	if s, _ := h.db.Subscriber(ctx, user.ID); len(s.Countries) != 2 {
		t.Errorf("countries after coming back = %v; want kept", s.Countries)
	}

	const group = -100202
	addGroup(h, group)
	h.srv.InjectText(group, owner, "/start")
	h.waitSent(group, 1)
	h.srv.InjectMyChatMember(group, owner, "member", "left")
	h.waitFor("group left", func() bool {
		s, _ := h.db.Subscriber(ctx, group)
		return s.Status == news.StatusLeft
	})
	// A chat the bot never knew: nothing to record, nothing to crash.
	stranger := telegramtest.User{ID: 2004, FirstName: "New"}
	h.srv.InjectMyChatMember(stranger.ID, stranger, "member", "kicked")
	h.srv.InjectText(user.ID, user, "/help")
	h.waitSent(user.ID, 3)
	if _, err := h.db.Subscriber(ctx, stranger.ID); !errors.Is(err, news.ErrNotFound) {
		t.Errorf("stranger: err = %v, want not found", err)
	}
}

func TestUserBlocksBotMidConversation(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := start(t, setup{})
		user := telegramtest.User{ID: 2005, FirstName: "Gul", LanguageCode: "en"}
		ctx := context.Background()
		h.srv.InjectText(user.ID, user, "/start")
		menu := h.waitSent(user.ID, 1)[0]
		if err := h.srv.SetChatStatus(user.ID, telegramtest.ChatBlocked); err != nil {
			t.Fatal(err)
		}
		before := h.srv.Stats().Requests
		h.srv.InjectText(user.ID, user, "/help")
		h.srv.InjectText(user.ID, user, "/latest")
		q := h.srv.InjectCallback(user.ID, menu.MessageID, user, "c:KZ:o")
		h.waitHandled(4)
		h.waitFor("status blocked", func() bool {
			s, _ := h.db.Subscriber(ctx, user.ID)
			return s.Status == news.StatusBlocked
		})
		time.Sleep(200 * time.Millisecond)
		// Each update costs a few calls at most: no retry loop on 403.
		if n := h.srv.Stats().Requests - before; n > 20 {
			t.Errorf("%d API requests after the block; want a handful", n)
		}
		if _, ok := h.srv.CallbackAnswered(q.ID); !ok {
			t.Errorf("the press after the block was not answered")
		}
		for _, l := range h.logs.errorsLogged() {
			if strings.Contains(l, "403") {
				t.Errorf("a blocked chat is logged as an error: %s", l)
			}
		}
	})
}

func TestIsAdminIsCached(t *testing.T) {
	var calls atomic.Int32
	h := start(t, setup{noRun: true, wrap: func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if strings.HasSuffix(r.URL.Path, "/getChatMember") {
				calls.Add(1)
			}
			next.ServeHTTP(w, r)
		})
	}})
	const group = -100203
	addGroup(h, group)
	ctx := context.Background()
	for range 3 {
		ok, err := h.tr.IsAdmin(ctx, group, owner.ID)
		if err != nil || !ok {
			t.Fatalf("IsAdmin(owner) = %v, %v", ok, err)
		}
	}
	if ok, err := h.tr.IsAdmin(ctx, group, member.ID); err != nil || ok {
		t.Errorf("IsAdmin(member) = %v, %v; want false", ok, err)
	}
	if n := calls.Load(); n != 2 {
		t.Errorf("getChatMember called %d times; want 2 (one per user)", n)
	}
}

func TestLookupChat(t *testing.T) {
	h := start(t, setup{noRun: true})
	h.srv.AddChat(telegramtest.ChatSpec{Chat: telegramtest.Chat{ID: -100300, Type: telegramtest.ChatChannel, Title: "Steppe News", Username: "steppenews"},
		Owner: &owner, BotStatus: telegramtest.BotAdministrator})
	ctx := context.Background()
	info, err := h.tr.LookupChat(ctx, "@steppenews")
	if err != nil || info.ID != -100300 || info.Type != news.ChatChannel || info.Title != "Steppe News" || !info.CanPost {
		t.Errorf("LookupChat = %+v, %v", info, err)
	}
	for i, tt := range []struct {
		status     string
		cannotPost bool
	}{{telegramtest.BotLeft, false}, {telegramtest.BotMember, false}, {telegramtest.BotAdministrator, true}} {
		id := int64(-100310 - i)
		name := fmt.Sprintf("steppe%d", i)
		h.srv.AddChat(telegramtest.ChatSpec{Chat: telegramtest.Chat{ID: id, Type: telegramtest.ChatChannel, Title: "Steppe", Username: name},
			Owner: &owner, BotStatus: tt.status, BotCannotPost: tt.cannotPost})
		if info, err := h.tr.LookupChat(ctx, name); err != nil || info.ID != id || info.CanPost {
			t.Errorf("bot %s (cannot post %v): LookupChat = %+v, %v; want CanPost false", tt.status, tt.cannotPost, info, err)
		}
	}
	if _, err := h.tr.LookupChat(ctx, "@nosuchchannel"); !errors.Is(err, news.ErrNotFound) {
		t.Errorf("unknown channel: err = %v, want news.ErrNotFound", err)
	}
}

// TestLookupChatRightsUnknown: when Telegram cannot say whether the bot may
// post (a server error), the lookup fails rather than guessing either way.
func TestLookupChatRightsUnknown(t *testing.T) {
	h := start(t, setup{noRun: true, server: telegramtest.Options{Faults: telegramtest.Faults{
		Methods: []string{"getChatMember"},
		Hook: func(telegramtest.FaultRequest) telegramtest.Fault {
			return telegramtest.Fault{Kind: telegramtest.FaultInternalError}
		},
	}}})
	h.srv.AddChat(telegramtest.ChatSpec{Chat: telegramtest.Chat{ID: -100320, Type: telegramtest.ChatChannel, Title: "Steppe News", Username: "steppenews"}, Owner: &owner})
	if info, err := h.tr.LookupChat(context.Background(), "@steppenews"); err == nil || errors.Is(err, news.ErrNotFound) {
		t.Errorf("LookupChat = %+v, %v; want the server error", info, err)
	}
}

func TestChannelConnectedFromPrivateChat(t *testing.T) {
	h := start(t, setup{})
	// The bot administers the channel with the right to post, the only way
	// it can deliver digests there.
	h.srv.AddChat(telegramtest.ChatSpec{Chat: telegramtest.Chat{ID: -100301, Type: telegramtest.ChatChannel, Title: "Steppe News", Username: "steppenews"},
		Owner: &owner, BotStatus: telegramtest.BotAdministrator})
	h.srv.InjectText(owner.ID, owner, "/channel @steppenews")
	menu := h.waitSent(owner.ID, 1)[0]
	h.press(owner.ID, menu.MessageID, owner, "s:c|-100301")
	m, _ := h.srv.SentMessage(owner.ID, menu.MessageID)
	h.press(owner.ID, menu.MessageID, owner, buttonWith(t, m, "c:TJ"))
	s, err := h.db.Subscriber(context.Background(), -100301)
	if err != nil || len(s.Countries) != 1 || s.Countries[0] != "TJ" || s.ChatType != news.ChatChannel {
		t.Errorf("channel subscriber = %+v, %v; want TJ", s, err)
	}
}

// TestChannelConnectChecksBotRights: /channel connects a channel only when
// getChatMember shows the bot may post there; otherwise the admin is told
// to make it an administrator with the right to post and to try again, and
// nothing is stored.
func TestChannelConnectChecksBotRights(t *testing.T) {
	tests := []struct {
		name       string
		status     string
		cannotPost bool
		connected  bool
	}{
		{"not a member", telegramtest.BotLeft, false, false},
		{"member", telegramtest.BotMember, false, false},
		{"administrator without can_post_messages", telegramtest.BotAdministrator, true, false},
		{"administrator with can_post_messages", telegramtest.BotAdministrator, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := start(t, setup{})
			h.srv.AddChat(telegramtest.ChatSpec{Chat: telegramtest.Chat{ID: -100330, Type: telegramtest.ChatChannel, Title: "Steppe News", Username: "steppenews"},
				Owner: &owner, BotStatus: tt.status, BotCannotPost: tt.cannotPost})
			h.srv.InjectText(owner.ID, owner, "/channel @steppenews")
			reply := h.waitSent(owner.ID, 1)[0]
			_, err := h.db.Subscriber(context.Background(), -100330)
			if tt.connected {
				if !strings.Contains(reply.Text, "Channel @steppenews connected") || err != nil {
					t.Errorf("reply %q, subscriber err %v; want connected", reply.Text, err)
				}
			} else {
				for _, want := range []string{"can't post in @steppenews", "not connected", "administrator with the right to post messages", "/channel @steppenews"} {
					if !strings.Contains(reply.Text, want) {
						t.Errorf("reply %q lacks %q", reply.Text, want)
					}
				}
				if !errors.Is(err, news.ErrNotFound) {
					t.Errorf("channel stored although the bot cannot post: err = %v", err)
				}
			}
			if n := h.srv.SentCount(-100330); n != 0 {
				t.Errorf("posted %d messages in the channel", n)
			}
			if errs := h.handlerErrors(); len(errs) > 0 {
				t.Errorf("handler errors: %v", errs)
			}
		})
	}
}

func TestSendWaitsOutRateLimits(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := start(t, setup{noRun: true, server: telegramtest.Options{Limits: ptr(telegramtest.TelegramLimits())}})
		user := telegramtest.User{ID: 2006, FirstName: "Rus"}
		h.srv.AddPrivateChat(user)
		ctx := context.Background()
		for i := range 3 {
			if _, err := h.tr.Send(ctx, user.ID, replyWithButton("page")); err != nil {
				t.Fatalf("send %d: %v", i, err)
			}
		}
		st := h.srv.Stats()
		if st.Sent != 3 || st.RateLimited == 0 {
			t.Errorf("sent %d with %d rate-limit answers; want 3 sent after waiting out 429s", st.Sent, st.RateLimited)
		}
		if st.Violations.EarlyRetry != 0 {
			t.Errorf("%d retries before retry_after passed", st.Violations.EarlyRetry)
		}
	})
}

// recordingPacer is a Pacer that only honours pauses, and records them.
type recordingPacer struct {
	mu      sync.Mutex
	waits   int
	paused  map[int64]time.Duration
	pending map[int64]time.Duration
}

func (p *recordingPacer) Wait(ctx context.Context, chatID int64, _ bool) error {
	p.mu.Lock()
	p.waits++
	d := p.pending[chatID]
	delete(p.pending, chatID)
	p.mu.Unlock()
	return clock.Sleep(ctx, d)
}

func (p *recordingPacer) PauseChat(chatID int64, d time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.paused[chatID] += d
	p.pending[chatID] = d
}

func TestRateLimitedReplyPausesTheSharedLimiter(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		pacer := &recordingPacer{paused: map[int64]time.Duration{}, pending: map[int64]time.Duration{}}
		h := start(t, setup{noRun: true, server: telegramtest.Options{Limits: ptr(telegramtest.TelegramLimits())},
			transport: func(o *Options) { o.Pacer = pacer }})
		user := telegramtest.User{ID: 2007, FirstName: "Aida"}
		h.srv.AddPrivateChat(user)
		ctx := context.Background()
		for i := range 2 {
			if _, err := h.tr.Send(ctx, user.ID, replyWithButton("page")); err != nil {
				t.Fatalf("send %d: %v", i, err)
			}
		}
		pacer.mu.Lock()
		defer pacer.mu.Unlock()
		// The pacer lets the second reply through at once; Telegram answers 429,
		// and the outbox, which shares the pacer, must hear of the wait.
		if pacer.paused[user.ID] < time.Second {
			t.Errorf("chat paused for %s after a 429, want at least retry_after (1s)", pacer.paused[user.ID])
		}
		if pacer.waits < 3 {
			t.Errorf("%d waits on the pacer, want one per send and one after the 429", pacer.waits)
		}
	})
}

func TestAddedToAGroupIntroducesItself(t *testing.T) {
	h := start(t, setup{})
	ctx := context.Background()
	const group = -100303
	addGroup(h, group)
	// The owner adds the bot: it introduces itself and subscribes the group.
	h.srv.InjectMyChatMember(group, owner, "left", "member")
	msgs := h.waitSent(group, 1)
	if !strings.Contains(msgs[0].Text, "Welcome") || len(msgs[0].Buttons()) == 0 {
		t.Errorf("greeting = %q with %d buttons; want the welcome and the country menu", msgs[0].Text, len(msgs[0].Buttons()))
	}
	s, err := h.db.Subscriber(ctx, group)
	if err != nil || s.ChatType != news.ChatSupergroup || s.Status != news.StatusActive {
		t.Fatalf("group subscription = %+v, %v", s, err)
	}
	// Removed, then added again: active once more, greeted once more, preferences kept.
	s.Countries = []string{"KG"}
	s.NextDigestAt = time.Now().Add(-72 * time.Hour) // the digest time passed while it was away
	if err := h.db.SaveSubscriber(ctx, s); err != nil {
		t.Fatal(err)
	}
	h.srv.InjectMyChatMember(group, owner, "member", "left")
	h.waitFor("group left", func() bool {
		s, _ := h.db.Subscriber(ctx, group)
		return s.Status == news.StatusLeft
	})
	h.srv.InjectMyChatMember(group, owner, "left", "member")
	msgs = h.waitSent(group, 2)
	if !strings.Contains(msgs[1].Text, "Welcome back") {
		t.Errorf("second greeting = %q", msgs[1].Text)
	}
	s, _ = h.db.Subscriber(ctx, group)
	if s.Status != news.StatusActive || len(s.Countries) != 1 || !s.NextDigestAt.After(time.Now()) {
		t.Errorf("re-added group = status %s, countries %v, next digest %s; want active, kept, rescheduled", s.Status, s.Countries, s.NextDigestAt)
	}
	if n := len(h.srv.Sent(group)); n != 2 {
		t.Errorf("%d messages to the group, want exactly two greetings", n)
	}
}
