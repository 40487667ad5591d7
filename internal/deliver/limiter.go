package deliver

import (
	"context"
	"fmt"
	"math"
	"sync"
	"time"

	"github.com/newsbot/newsbot/internal/clock"
)

// Limits are the send rates a Limiter keeps under.
type Limits struct {
	// Rate is the overall messages per second (default 25; Telegram allows
	// 30, and up to 1000 with paid broadcasts).
	Rate float64
	// PerChatInterval is the least time between two messages to one private
	// chat (default 1s).
	PerChatInterval time.Duration
	// GroupPerMinute is the most messages to one group or channel in any
	// GroupWindow (default 20 a minute).
	GroupPerMinute int
	// GroupWindow is the window of GroupPerMinute (default one minute;
	// tests shorten it).
	GroupWindow time.Duration
}

// DefaultLimits returns Telegram's free-tier limits with a margin.
func DefaultLimits() Limits {
	return Limits{Rate: 25, PerChatInterval: time.Second, GroupPerMinute: 20, GroupWindow: time.Minute}
}

// Validate reports limits out of range with a readable error.
func (l Limits) Validate() error {
	switch {
	case l.Rate <= 0 || l.Rate > 1000:
		return fmt.Errorf("delivery rate %g: must be above 0 and at most 1000 messages a second", l.Rate)
	case l.PerChatInterval < 0:
		return fmt.Errorf("per-chat interval %s: must not be negative", l.PerChatInterval)
	case l.GroupPerMinute < 0:
		return fmt.Errorf("group messages per minute %d: must not be negative", l.GroupPerMinute)
	}
	return nil
}

func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	if l.Rate <= 0 {
		l.Rate = d.Rate
	}
	if l.PerChatInterval == 0 {
		l.PerChatInterval = d.PerChatInterval
	}
	if l.GroupPerMinute == 0 {
		l.GroupPerMinute = d.GroupPerMinute
	}
	if l.GroupWindow == 0 {
		l.GroupWindow = d.GroupWindow
	}
	return l
}

// Limiter paces every send of the process: one instance is shared by all
// senders. Each send first reserves a slot (Reserve), which spaces sends
// evenly at the overall rate and respects the chat's own limit; just before
// sending, Admit checks the actual send times against sliding windows, so
// late wake-ups can never bunch sends beyond a limit. A 429 pauses the chat,
// or everything, for its retry_after.
type Limiter struct {
	lim      Limits
	interval time.Duration // between two overall slots
	// chatGuard is added to per-chat waits: the server measures arrival
	// times, which jitter against our send times.
	chatGuard time.Duration
	now       func() time.Time

	mu          sync.Mutex
	tat         time.Time // theoretical arrival time of the next overall slot
	pausedUntil time.Time // everything waits until then
	global      ring      // actual send times in the last second
	chats       map[int64]*chatPace
	lastSweep   time.Time

	// shared, if set, is the schedule every replica books in; see Share.
	shared      SharedSchedule
	sharedErr   func(error)
	sharedFails int
}

// SharedSchedule is a send schedule kept where every replica of the bot
// books its sends (the database they share), so that Telegram's limits
// hold for the bot as a whole and not per replica. *lease.Slots is one,
// through a small adapter in package app.
//
// The limiter's own callers have no context to give (a pause comes from
// a 429 anywhere), so each call bounds its own time; the limiter is built
// to fall back on its local schedule when a call fails, so the bound
// should be short (SharedTimeout).
type SharedSchedule interface {
	// Book books the next send of b and returns when it may start; when
	// the chat's own schedule is more than b.MaxChatWait away nothing is
	// booked and ok is false.
	Book(b Booking) (at time.Time, ok bool, err error)
	// Hold keeps every replica from sending to chatID (0: to anyone)
	// before until; tolerance is the chat's ChatTolerance.
	Hold(chatID int64, until time.Time, tolerance time.Duration) error
}

// Booking asks a SharedSchedule for the next send to one chat, with the
// spacing the limits demand (GCRA: any n+1 sends to the chat span at least
// n*ChatInterval-ChatTolerance; sends of the bot are Interval apart).
type Booking struct {
	ChatID                      int64
	Now, NotBefore              time.Time
	MaxChatWait                 time.Duration
	Interval                    time.Duration
	ChatInterval, ChatTolerance time.Duration
}

// SharedTimeout is the bound a SharedSchedule should put on one call: a
// slower database falls back to the local schedule for that send.
const SharedTimeout = time.Second

type chatPace struct {
	next        time.Time // earliest reservation for the chat
	booked      time.Time // latest slot booked for the chat
	last        time.Time // last actual send
	pausedUntil time.Time
	window      ring // groups: actual send times within the group window
}

// ring holds the last len(times) event times, oldest at head.
type ring struct {
	times []time.Time
	head  int
	n     int
}

// wait returns how long until one more event fits in span, 0 when it fits.
func (r *ring) wait(now time.Time, limit int, span time.Duration) time.Duration {
	if limit <= 0 || r.n < limit {
		return 0
	}
	return max(r.times[r.head].Add(span).Sub(now), 0)
}

func (r *ring) add(t time.Time, limit int) {
	if limit <= 0 {
		return
	}
	if r.times == nil {
		r.times = make([]time.Time, limit)
	}
	if r.n < limit {
		r.times[(r.head+r.n)%limit] = t
		r.n++
		return
	}
	r.times[r.head] = t
	r.head = (r.head + 1) % limit
}

// NewLimiter returns a limiter for l (zero fields take the defaults) using
// now as its clock (time.Now when nil).
func NewLimiter(l Limits, now func() time.Time) *Limiter {
	l = l.withDefaults()
	if now == nil {
		now = time.Now
	}
	return &Limiter{
		lim:       l,
		interval:  time.Duration(float64(time.Second) / l.Rate),
		chatGuard: min(l.PerChatInterval/50+2*time.Millisecond, 50*time.Millisecond),
		now:       now,
		chats:     make(map[int64]*chatPace),
	}
}

// Share makes every later reservation book in s as well, so that sends of
// every replica sharing s keep the limits together. When s fails (or takes
// longer than a second) the send is paced by this limiter alone and
// onErr, if set, is told. Call it before the limiter is used.
func (l *Limiter) Share(s SharedSchedule, onErr func(error)) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.shared, l.sharedErr = s, onErr
}

// SharedFailures returns how many reservations fell back to the local
// schedule because the shared one failed.
func (l *Limiter) SharedFailures() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.sharedFails
}

// chatRule returns the GCRA increment and tolerance of a chat. A private
// chat gets strict spacing. A group's sliding window of GroupPerMinute is
// kept by a burst of up to a quarter of the window and a spacing of 5/4 of
// window/limit: any GroupPerMinute+1 sends then span at least the window.
func (l *Limiter) chatRule(groupLike bool) (interval, tolerance time.Duration) {
	if !groupLike {
		return l.lim.PerChatInterval + l.chatGuard, 0
	}
	w := l.lim.GroupWindow + l.chatGuard
	tolerance = w / 4
	return (w + tolerance + time.Duration(l.lim.GroupPerMinute) - 1) / time.Duration(l.lim.GroupPerMinute), tolerance
}

// Limits returns the limits in force.
func (l *Limiter) Limits() Limits { return l.lim }

func (l *Limiter) chat(id int64) *chatPace {
	c := l.chats[id]
	if c == nil {
		c = &chatPace{}
		l.chats[id] = c
	}
	return c
}

// Reserve books the next send to chat and returns when it may start. When the
// chat itself must wait longer than maxChatWait (it is paused, or its own
// limit is reached), nothing is booked, ok is false and at says when to try
// again, so the caller can put the message aside instead of holding a worker.
func (l *Limiter) Reserve(chatID int64, groupLike bool, maxChatWait time.Duration) (at time.Time, ok bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	l.sweep(now)
	c := l.chat(chatID)
	chatAt := maxTime(now, c.next, c.pausedUntil)
	if groupLike {
		chatAt = maxTime(chatAt, now.Add(c.window.wait(now, l.lim.GroupPerMinute, l.lim.GroupWindow+l.chatGuard)))
	} else if !c.last.IsZero() {
		chatAt = maxTime(chatAt, c.last.Add(l.lim.PerChatInterval+l.chatGuard))
	}
	if chatAt.Sub(now) > maxChatWait {
		return chatAt, false
	}
	if l.shared != nil {
		if at, ok, err := l.book(chatID, groupLike, now, maxTime(chatAt, l.pausedUntil), maxChatWait); err == nil {
			if ok {
				l.book1(c, groupLike, at)
			}
			return at, ok
		}
		now = l.now() // the failed call took time; book locally
	}
	slot := maxTime(now, l.tat, l.pausedUntil, chatAt)
	l.tat = slot.Add(l.interval)
	if !groupLike {
		c.next = slot.Add(l.lim.PerChatInterval + l.chatGuard)
		c.booked = maxTime(c.booked, slot)
	}
	return slot, true
}

// book books in the shared schedule, with mu held (so this process's own
// reservations stay in order); a failure is counted and told.
func (l *Limiter) book(chatID int64, groupLike bool, now, notBefore time.Time, maxChatWait time.Duration) (time.Time, bool, error) {
	ci, ct := l.chatRule(groupLike)
	at, ok, err := l.shared.Book(Booking{ChatID: chatID, Now: now, NotBefore: notBefore, MaxChatWait: maxChatWait,
		Interval: l.interval, ChatInterval: ci, ChatTolerance: ct})
	if err != nil {
		l.sharedFails++
		if l.sharedErr != nil {
			l.sharedErr(err)
		}
	}
	return at, ok, err
}

// book1 moves the local schedule past a slot booked in the shared one, so
// that a fallback to it later still spaces from this send.
func (l *Limiter) book1(c *chatPace, groupLike bool, at time.Time) {
	l.tat = maxTime(l.tat, at.Add(l.interval))
	if !groupLike {
		c.next = maxTime(c.next, at.Add(l.lim.PerChatInterval+l.chatGuard))
		c.booked = maxTime(c.booked, at)
	}
}

// Admit waits until a send to chat fits every limit by actual send times,
// then records it as sent now. Call it right before the request, after
// sleeping until the reserved slot. It returns ctx's error if ctx ends first.
func (l *Limiter) Admit(ctx context.Context, chatID int64, groupLike bool) error {
	perSecond := int(math.Floor(l.lim.Rate))
	for {
		l.mu.Lock()
		now := l.now()
		c := l.chat(chatID)
		wait := max(l.global.wait(now, max(perSecond, 1), time.Second), l.pausedUntil.Sub(now), c.pausedUntil.Sub(now))
		if groupLike {
			wait = max(wait, c.window.wait(now, l.lim.GroupPerMinute, l.lim.GroupWindow+l.chatGuard))
		} else if !c.last.IsZero() {
			wait = max(wait, c.last.Add(l.lim.PerChatInterval+l.chatGuard).Sub(now))
		}
		if wait <= 0 {
			l.global.add(now, max(perSecond, 1))
			c.last = now
			if groupLike {
				c.window.add(now, l.lim.GroupPerMinute)
			}
			l.mu.Unlock()
			return nil
		}
		l.mu.Unlock()
		if err := clock.Sleep(ctx, wait); err != nil {
			return err
		}
	}
}

// Done records that the send to chat last admitted has been answered. The
// chat's next send is spaced from now rather than from when the request
// left: the server saw the request no later than its answer, and a request
// slowed on its way (a loaded machine, a slow network) would otherwise
// arrive too close to the next one. Calling it is optional.
//
// With a shared schedule (see Share) the next send may be another
// replica's, so a private chat's answer that came later than its booked
// spacing allows is held in the shared schedule too; a failure to write
// it is counted and told as for a booking. An answer within the guard of
// the slot it was booked in needs no write: the schedule already spaces
// the next send from that slot plus the guard.
func (l *Limiter) Done(chatID int64) {
	l.mu.Lock()
	c := l.chat(chatID)
	now := l.now()
	if now.After(c.last) {
		c.last = now
	}
	shared, onErr := l.shared, l.sharedErr
	hold := shared != nil && chatID > 0 && now.After(c.booked.Add(l.chatGuard))
	l.mu.Unlock()
	if !hold {
		return
	}
	// Written outside mu: every reservation of the process would otherwise
	// wait for this write to the database.
	if err := shared.Hold(chatID, now.Add(l.lim.PerChatInterval+l.chatGuard), 0); err != nil {
		l.mu.Lock()
		l.sharedFails++
		l.mu.Unlock()
		if onErr != nil {
			onErr(err)
		}
	}
}

// Wait reserves and admits one send to chat, blocking as long as needed.
func (l *Limiter) Wait(ctx context.Context, chatID int64, groupLike bool) error {
	at, _ := l.Reserve(chatID, groupLike, time.Duration(math.MaxInt64))
	if err := clock.Sleep(ctx, time.Until(at)); err != nil {
		return err
	}
	return l.Admit(ctx, chatID, groupLike)
}

// PauseChat stops sends to chat for d, as a 429 for it demands.
func (l *Limiter) PauseChat(chatID int64, d time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	c := l.chat(chatID)
	c.pausedUntil = maxTime(c.pausedUntil, l.now().Add(d+l.chatGuard))
	l.hold(chatID, c.pausedUntil, chatID < 0)
}

// hold tells the shared schedule, if any, of a pause (chat 0: of
// everything), with mu held.
func (l *Limiter) hold(chatID int64, until time.Time, groupLike bool) {
	if l.shared == nil {
		return
	}
	_, tolerance := l.chatRule(groupLike)
	if chatID == 0 {
		tolerance = 0
	}
	if err := l.shared.Hold(chatID, until, tolerance); err != nil {
		l.sharedFails++
		if l.sharedErr != nil {
			l.sharedErr(err)
		}
	}
}

// chatPausedUntil returns until when sends to chat are paused, the zero
// time when they are not.
func (l *Limiter) chatPausedUntil(chatID int64) time.Time {
	l.mu.Lock()
	defer l.mu.Unlock()
	if c := l.chats[chatID]; c != nil {
		return c.pausedUntil
	}
	return time.Time{}
}

// PauseAll stops every send for d, as a 429 for the whole bot demands.
func (l *Limiter) PauseAll(d time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	until := l.now().Add(d)
	l.pausedUntil = maxTime(l.pausedUntil, until)
	l.tat = maxTime(l.tat, until)
	l.hold(0, until, false)
}

// sweep forgets chats with nothing pending, so memory follows the number of
// recently active chats, not every chat ever sent to. Called with mu held.
func (l *Limiter) sweep(now time.Time) {
	if now.Sub(l.lastSweep) < 10*time.Second {
		return
	}
	l.lastSweep = now
	horizon := max(l.lim.PerChatInterval, l.lim.GroupWindow) + time.Second
	for id, c := range l.chats {
		if now.Sub(c.last) > horizon && now.After(c.next) && now.After(c.pausedUntil) {
			delete(l.chats, id)
		}
	}
}

func maxTime(t time.Time, more ...time.Time) time.Time {
	for _, u := range more {
		if u.After(t) {
			t = u
		}
	}
	return t
}
