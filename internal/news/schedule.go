package news

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ParseClock reads a local wall-clock time written "HH:MM" (24-hour, leading
// zero optional for the hour) and returns its hour and minute. It fails with
// an error a user can read when the text is not such a time.
func ParseClock(s string) (hour, minute int, err error) {
	s = strings.TrimSpace(s)
	h, m, ok := strings.Cut(s, ":")
	if !ok {
		return 0, 0, fmt.Errorf("time %q: write it as HH:MM, for example 08:30", s)
	}
	if len(h) < 1 || len(h) > 2 || len(m) != 2 {
		return 0, 0, fmt.Errorf("time %q: write it as HH:MM, for example 08:30", s)
	}
	hour, err1 := strconv.Atoi(h)
	minute, err2 := strconv.Atoi(m)
	if err1 != nil || err2 != nil || h[0] == '+' || h[0] == '-' || m[0] == '+' || m[0] == '-' {
		return 0, 0, fmt.Errorf("time %q: hours and minutes must be digits, for example 08:30", s)
	}
	if hour > 23 {
		return 0, 0, fmt.Errorf("time %q: the hour must be between 00 and 23", s)
	}
	if minute > 59 {
		return 0, 0, fmt.Errorf("time %q: the minutes must be between 00 and 59", s)
	}
	return hour, minute, nil
}

// NextDigestAt returns the first instant strictly after after at which the
// wall clock in tz shows hhmm, in UTC. A nil tz means UTC.
//
// Daylight-saving changes neither skip nor double a digest: when hhmm does
// not exist on a day (the clock jumps over it) the digest is due at the first
// instant after the jump; when it occurs twice (the clock goes back) only the
// first occurrence counts, so the digest fires once that day.
// It fails when hhmm is not a valid "HH:MM" time.
func NextDigestAt(after time.Time, tz *time.Location, hhmm string) (time.Time, error) {
	hour, minute, err := ParseClock(hhmm)
	if err != nil {
		return time.Time{}, err
	}
	if tz == nil {
		tz = time.UTC
	}
	y, m, d := after.In(tz).Date()
	// Today's and tomorrow's dates cover the ordinary case; further days
	// cover zones that once skipped a whole date (Samoa, 2011).
	for offset := 0; offset <= 3; offset++ {
		t := localInstant(y, m, d+offset, hour, minute, tz)
		if t.After(after) {
			return t.UTC(), nil
		}
	}
	return time.Time{}, errors.New("next digest: no valid local time within three days")
}

// localInstant returns the earliest instant at which tz's clock shows the
// given wall time, or, when the clock skips it, the instant of the jump.
func localInstant(y int, mo time.Month, d, hour, minute int, tz *time.Location) time.Time {
	wall := time.Date(y, mo, d, hour, minute, 0, 0, time.UTC)
	var best time.Time
	// Offsets in force around the wall time: a transition has at most two.
	for _, probe := range []time.Duration{-48 * time.Hour, 0, 48 * time.Hour} {
		_, off := wall.Add(probe).In(tz).Zone()
		u := wall.Add(-time.Duration(off) * time.Second)
		if sameWall(u.In(tz), wall) && (best.IsZero() || u.Before(best)) {
			best = u
		}
	}
	if !best.IsZero() {
		return best
	}
	// The wall time falls in a gap. Read it with the offset from before the
	// gap: that lands past the jump, whose start is the first valid instant.
	_, off := wall.Add(-48 * time.Hour).In(tz).Zone()
	u := wall.Add(-time.Duration(off) * time.Second).In(tz)
	start, _ := u.ZoneBounds()
	if start.IsZero() || !start.Before(u) {
		return u
	}
	return start
}

func sameWall(local, wall time.Time) bool {
	ly, lm, ld := local.Date()
	wy, wm, wd := wall.Date()
	return ly == wy && lm == wm && ld == wd && local.Hour() == wall.Hour() && local.Minute() == wall.Minute()
}

// MessageKind says why a message is sent; it is part of its idempotency key.
type MessageKind string

// Message kinds.
const (
	KindDigest    MessageKind = "digest"
	KindBreaking  MessageKind = "breaking"
	KindBroadcast MessageKind = "broadcast"
	KindReply     MessageKind = "reply"
	KindAlert     MessageKind = "alert"
)

// OutboxState is where an outbox message stands.
type OutboxState string

// Outbox states. Sending marks a message handed to Telegram whose outcome is
// not yet recorded: after a crash such rows are the in-flight window.
const (
	OutboxPending   OutboxState = "pending"
	OutboxSending   OutboxState = "sending"
	OutboxSent      OutboxState = "sent"
	OutboxFailed    OutboxState = "failed" // will be retried at NotBefore
	OutboxDead      OutboxState = "dead"   // gave up; LastError says why
	OutboxCancelled OutboxState = "cancelled"
)

// OutboxMessage is one message to send, scheduled in the outbox. The schedule
// (NotBefore) lives with it, so a restart resumes where it stopped.
type OutboxMessage struct {
	ID int64
	// IdemKey ("chat:kind:content") is unique: enqueueing it twice is a no-op.
	IdemKey   string
	ChatID    int64
	ChatType  ChatType // filled when claimed; guessed from the id for unknown chats
	Kind      MessageKind
	ContentID string
	Text      string
	ParseMode string // "HTML" unless set
	// ReplyMarkup is the keyboard as Telegram's JSON, or "".
	ReplyMarkup         string
	DisableNotification bool
	DisablePreview      bool
	// PhotoURL, when set, makes the message a photo with Text as its
	// caption (at most 1024 characters); a photo Telegram cannot fetch is
	// sent as Text instead.
	PhotoURL string
	// PreviewURL is the link a text message previews; empty turns previews
	// off. Telegram is never left to guess.
	PreviewURL string
	// Part is 1 for the continuation of the chat's previous message (a
	// caption's rest); a broadcast counts only part 0.
	Part int
	// ThreadID is the forum topic the chat's messages go to (0: the chat
	// itself), read from the subscriber when the message is claimed.
	ThreadID    int
	BroadcastID int64 // 0 when not part of a broadcast
	State       OutboxState
	Attempts    int
	NotBefore   time.Time
	LastError   string
	MessageID   int
	CreatedAt   time.Time
	SentAt      time.Time
	// LeaseUntil is when a claim (state sending) runs out: a message whose
	// outcome was not recorded by then goes back to the queue.
	LeaseUntil time.Time
}

// OutboxResult is the recorded outcome of one send attempt.
type OutboxResult struct {
	ID        int64
	State     OutboxState // sent, failed (retry at NotBefore), pending (deferred, no attempt), dead, cancelled
	MessageID int
	Error     string
	NotBefore time.Time
	SentAt    time.Time
	// LeaseUntil is the lease of the claim this outcome answers. An outcome
	// other than sent applies only while that claim holds, so a late write
	// never overrides a later claim of the same message. Zero: any claim.
	LeaseUntil time.Time
}

// Audience selects the subscribers a broadcast goes to: active ones with any
// of Countries (all when empty) and any of Topics (all when empty; a
// subscriber who follows every topic matches any). BreakingOnly keeps those
// who opted in to breaking-news alerts.
//
// Lang, when set, keeps those who read stories in that language (their
// /languages, else their interface language and English), and ExcludeChats
// leaves out chats whose own filters (keywords, muted outlets) reject the
// story: a breaking alert reaches only those who would see the story in a
// list.
type Audience struct {
	Countries    []string `json:"countries,omitempty"`
	Topics       []Topic  `json:"topics,omitempty"`
	BreakingOnly bool     `json:"breaking_only,omitempty"`
	Lang         string   `json:"lang,omitempty"`
	ExcludeChats []int64  `json:"exclude_chats,omitempty"`
}

// PhotoCard is a broadcast sent as a photo: Caption is what fits under the
// photo (at most 1024 characters) and Rest the follow-up message, each by
// subscriber language, the "" key for everyone else. Rest may be empty.
type PhotoCard struct {
	URL     string
	Caption map[string]string
	Rest    map[string]string
}

// BroadcastState is where a broadcast stands.
type BroadcastState string

// Broadcast states.
const (
	BroadcastDraft     BroadcastState = "draft"
	BroadcastSending   BroadcastState = "sending"
	BroadcastDone      BroadcastState = "done"
	BroadcastCancelled BroadcastState = "cancelled"
)

// Broadcast is an editor's message to many subscribers, with its record.
type Broadcast struct {
	ID       int64
	EditorID int64
	Kind     MessageKind // KindBroadcast or KindBreaking
	Text     string      // Telegram HTML
	// TextByLang gives the message for subscribers of some languages (a
	// breaking card is rendered per language); Text goes to the rest.
	TextByLang map[string]string
	ArticleID  int64 // the story of a breaking alert; 0 otherwise
	// PhotoURL is the story's lead image, sent with the card as caption;
	// PreviewURL the link a text card previews. Both may be empty.
	PhotoURL   string
	PreviewURL string
	Audience   Audience
	State      BroadcastState
	Total      int
	Sent       int
	Failed     int
	// ProgressChatID and ProgressMessageID locate the editor's progress message.
	ProgressChatID    int64
	ProgressMessageID int
	CreatedAt         time.Time
	StartedAt         time.Time
	FinishedAt        time.Time
}

// NextDigestAmong returns the first instant strictly after after at which
// the wall clock in tz shows any of times ("HH:MM"), in UTC: the next of a
// chat's several digests a day. Each time follows NextDigestAt's
// daylight-saving rules; two times that fall on the same instant (both in
// a skipped hour) make one digest. It fails when times is empty or one of
// them is not a valid "HH:MM" time.
func NextDigestAmong(after time.Time, tz *time.Location, times []string) (time.Time, error) {
	if len(times) == 0 {
		return time.Time{}, errors.New("next digest: no digest time")
	}
	var best time.Time
	for _, hhmm := range times {
		t, err := NextDigestAt(after, tz, hhmm)
		if err != nil {
			return time.Time{}, err
		}
		if best.IsZero() || t.Before(best) {
			best = t
		}
	}
	return best, nil
}
