// Package deliver gets messages to chats: it schedules daily digests, keeps
// the outbox that every message passes through, paces sends under one shared
// rate limiter, runs editors' broadcasts and breaking-news alerts, and
// exposes delivery metrics. It knows nothing of Telegram: a Sender does the
// sending and classifies failures as SendErrors.
package deliver

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/newsbot/newsbot/internal/membership"
)

// Message is one message as a Sender sends it.
type Message struct {
	ChatID int64
	Text   string
	// ParseMode is "HTML" for Telegram HTML, "" for plain text.
	ParseMode string
	// ReplyMarkup is an inline keyboard as Telegram's JSON, or "".
	ReplyMarkup string
	// DisableNotification sends without sound (digests); breaking news rings.
	DisableNotification bool
	// DisablePreview turns link previews off; so does an empty PreviewURL,
	// the link whose preview the message shows.
	DisablePreview bool
	PreviewURL     string
	// PhotoURL makes the message a photo with Text as its caption; a
	// Sender that cannot send the photo sends Text alone.
	PhotoURL string
	// ThreadID is the forum topic to post in; 0 is the chat itself.
	ThreadID int
}

// Sender sends messages to chats. Failures should be *SendError so that the
// outbox knows whether to wait, retry, give up or drop the chat; any other
// error counts as temporary.
type Sender interface {
	// Send sends m and returns the new message's id.
	Send(ctx context.Context, m Message) (messageID int, err error)
	// Edit replaces the text (and keyboard) of a message sent earlier, such
	// as a broadcast's progress message.
	Edit(ctx context.Context, messageID int, m Message) error
}

// ErrorKind classifies a failed send by what the outbox should do about it.
type ErrorKind string

// Error kinds. The names are also the "reason" label of the failure metrics.
const (
	// ErrRateLimited: wait RetryAfter, then try again (not an attempt).
	ErrRateLimited ErrorKind = "rate_limited"
	// ErrBlocked: the user blocked the bot; the subscriber is marked blocked.
	// This and the next four are membership changes (SendError.Membership),
	// whose rules are package bot's.
	ErrBlocked ErrorKind = "blocked"
	// ErrDeactivated: the user's account is gone; marked blocked.
	ErrDeactivated ErrorKind = "deactivated"
	// ErrKicked: the bot was removed from the group or channel; marked left.
	ErrKicked ErrorKind = "kicked"
	// ErrChatNotFound: no such chat; marked left.
	ErrChatNotFound ErrorKind = "chat_not_found"
	// ErrMigrated: the group became a supergroup with id MigrateTo; the
	// subscriber follows it and the message is sent there.
	ErrMigrated ErrorKind = "migrated"
	// ErrTemporary: a 5xx, a timeout or a broken connection; retried with
	// back-off up to a limit.
	ErrTemporary ErrorKind = "temporary"
	// ErrPermanent: the request itself is wrong (bad markup, too long);
	// retrying cannot help.
	ErrPermanent ErrorKind = "permanent"
)

// SendError is a classified send failure.
type SendError struct {
	Kind ErrorKind
	// RetryAfter is how long to wait, for ErrRateLimited.
	RetryAfter time.Duration
	// MigrateTo is the new chat id, for ErrMigrated.
	MigrateTo int64
	// Code is the API's error code (HTTP status), 0 for transport errors.
	Code int
	// Description is the API's explanation, safe to store and log.
	Description string
	// Err is the underlying error, if any; it must not carry secrets.
	Err error
}

func (e *SendError) Error() string {
	s := string(e.Kind)
	if e.Code != 0 {
		s += fmt.Sprintf(" (%d)", e.Code)
	}
	if e.Description != "" {
		s += ": " + e.Description
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

func (e *SendError) Unwrap() error { return e.Err }

// Membership returns what the failure found out about the bot's place in
// chat chatID, as a membership change, so that the rules of package
// membership decide what it means for the subscription: a user who
// blocked the bot or whose account is gone (membership.Blocked), a group
// or channel that removed the bot or no longer exists (membership.Left),
// a group upgraded to a supergroup (membership.Migrated, with the new
// id). ok is false for a failure that says nothing about it, and for
// ErrMigrated without the new id.
func (e *SendError) Membership(chatID int64) (c membership.Change, ok bool) {
	c = membership.Change{ChatID: chatID}
	switch e.Kind {
	case ErrBlocked, ErrDeactivated:
		c.Kind = membership.Blocked
	case ErrKicked, ErrChatNotFound:
		c.Kind = membership.Left
	case ErrMigrated:
		if e.MigrateTo == 0 || e.MigrateTo == chatID {
			return membership.Change{}, false
		}
		c.Kind, c.MigrateTo = membership.Migrated, e.MigrateTo
	default:
		return membership.Change{}, false
	}
	return c, true
}

// classify returns err as a *SendError, counting anything unclassified as
// temporary.
func classify(err error) *SendError {
	var se *SendError
	if errors.As(err, &se) {
		return se
	}
	return &SendError{Kind: ErrTemporary, Err: err}
}
