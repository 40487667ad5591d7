package deliver_test

import (
	"context"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/deliver"
)

func TestLimiterReserve(t *testing.T) {
	now := t0
	lim := deliver.NewLimiter(deliver.Limits{Rate: 10, PerChatInterval: time.Second, GroupPerMinute: 2, GroupWindow: time.Minute},
		func() time.Time { return now })
	const forever = time.Hour

	// Overall: one slot every 100 ms, whatever the chat.
	for i := range 3 {
		at, ok := lim.Reserve(int64(100+i), false, forever)
		if want := t0.Add(time.Duration(i) * 100 * time.Millisecond); !ok || !at.Equal(want) {
			t.Errorf("slot %d = %s, %v; want %s", i, at.Sub(t0), ok, want.Sub(t0))
		}
	}
	// A private chat's second message waits its interval (plus a guard).
	first, _ := lim.Reserve(1, false, forever)
	second, ok := lim.Reserve(1, false, forever)
	if gap := second.Sub(first); !ok || gap < time.Second || gap > 1100*time.Millisecond {
		t.Errorf("private chat gap = %s, want just over 1s", gap)
	}
	// Unwilling to wait that long, the caller is told when to come back.
	if at, ok := lim.Reserve(1, false, 100*time.Millisecond); ok || at.Before(second) {
		t.Errorf("Reserve with a short wait = %s, %v; want refused until after %s", at.Sub(t0), ok, second.Sub(t0))
	}
	// A paused chat is refused until the pause ends; others are not.
	lim.PauseChat(2, 5*time.Second)
	if at, ok := lim.Reserve(2, false, time.Second); ok || at.Sub(t0) < 5*time.Second {
		t.Errorf("paused chat = %s, %v; want refused for 5s", at.Sub(t0), ok)
	}
	if _, ok := lim.Reserve(3, false, time.Second); !ok {
		t.Error("an unpaused chat was refused")
	}
	// PauseAll pushes every slot past the pause.
	lim.PauseAll(10 * time.Second)
	if at, _ := lim.Reserve(4, false, forever); at.Sub(t0) < 10*time.Second {
		t.Errorf("slot during a global pause at %s, want after 10s", at.Sub(t0))
	}
}

func TestLimiterGroupWindow(t *testing.T) {
	now := t0
	lim := deliver.NewLimiter(deliver.Limits{Rate: 1000, GroupPerMinute: 2, GroupWindow: time.Minute},
		func() time.Time { return now })
	for i := range 2 {
		if _, ok := lim.Reserve(-5, true, time.Second); !ok {
			t.Fatalf("group message %d refused", i)
		}
		if err := lim.Admit(t.Context(), -5, true); err != nil {
			t.Fatal(err)
		}
	}
	at, ok := lim.Reserve(-5, true, time.Second)
	if ok || at.Sub(t0) < time.Minute {
		t.Errorf("third group message in a minute = %s, %v; want refused until the window frees", at.Sub(t0), ok)
	}
	now = t0.Add(61 * time.Second)
	if _, ok := lim.Reserve(-5, true, time.Second); !ok {
		t.Error("group message refused after the window")
	}
}

func TestLimitsValidate(t *testing.T) {
	for _, l := range []deliver.Limits{{Rate: 0}, {Rate: 1001}, {Rate: 25, PerChatInterval: -1}} {
		if l.Validate() == nil {
			t.Errorf("Validate(%+v) = nil, want an error", l)
		}
	}
	if err := deliver.DefaultLimits().Validate(); err != nil {
		t.Errorf("default limits invalid: %v", err)
	}
}

// A private chat's next send is spaced from when the previous one was
// answered, not when it left: a request slowed on its way would otherwise
// reach Telegram less than the chat's interval before the next.
func TestLimiterSpacesFromTheAnswer(t *testing.T) {
	now := t0
	lim := deliver.NewLimiter(deliver.Limits{Rate: 30, PerChatInterval: time.Second}, func() time.Time { return now })
	if err := lim.Admit(context.Background(), 1, false); err != nil {
		t.Fatal(err)
	}
	now = t0.Add(400 * time.Millisecond) // the answer comes late
	lim.Done(1)
	at, ok := lim.Reserve(1, false, time.Hour)
	if want := now.Add(time.Second); !ok || at.Before(want) {
		t.Errorf("next send to the chat at %s, want at least 1s after the answer (%s)", at.Sub(t0), want.Sub(t0))
	}
}
