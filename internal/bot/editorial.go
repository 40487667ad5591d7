package bot

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/newsbot/newsbot/internal/i18n"
	"github.com/newsbot/newsbot/internal/news"
)

// Editorial prepares and sends editors' broadcasts. The delivery side
// implements it; the bot only drives the conversation.
type Editorial interface {
	// Draft stores a broadcast awaiting confirmation. kind is "broadcast"
	// (input is the message text) or "breaking" (input is an article URL to
	// fetch and analyse); the draft proposes an audience.
	Draft(ctx context.Context, editorID int64, kind, input string) (Draft, error)
	// LoadDraft returns a stored draft; news.ErrNotFound when unknown.
	LoadDraft(ctx context.Context, id int64) (Draft, error)
	// SetAudience narrows a draft's audience and recounts it.
	SetAudience(ctx context.Context, id int64, countries []string, topics []news.Topic) (Draft, error)
	// Send starts sending the draft in the background; progress is called
	// every few seconds and once more, with Done set, at the end. The
	// editor's progress message (chat and message id) is recorded with the
	// broadcast so that it can be finished after a restart.
	Send(ctx context.Context, id int64, progressChatID int64, progressMessageID int, progress func(Progress)) error
	// Cancel drops a draft that was not sent.
	Cancel(ctx context.Context, id int64) error
}

// Draft is a broadcast awaiting the editor's confirmation.
type Draft struct {
	ID   int64
	Text string // the message as subscribers will see it (Telegram HTML)
	// TextByLang is the message for subscribers of some languages (a
	// breaking card is rendered per language); Text goes to the rest.
	TextByLang map[string]string
	Countries  []string
	Topics     []news.Topic
	Audience   int // exact number of chats it would go to
	// PhotoURL is the story's lead image, shown with the card as caption;
	// PreviewURL the link a card without one previews. Both may be empty.
	PhotoURL   string
	PreviewURL string
	// AlertsOff counts the chats a breaking story would reach but for their
	// alerts being off; Filtered those left out by their own choices
	// (story languages, keywords, muted outlets).
	AlertsOff, Filtered int
}

// TextIn is the message as subscribers who read lang will see it: the
// editor previews the card in the editor's own language.
func (d Draft) TextIn(lang string) string {
	if t, ok := d.TextByLang[lang]; ok && t != "" {
		return t
	}
	return d.Text
}

// Progress reports a broadcast being sent.
type Progress struct {
	Sent, Failed, Total int
	Remaining           time.Duration
	Done                bool
}

// Errors that an Editorial's Draft wraps so that the editor is told, in the
// editor's language, what went wrong and what to do.
var (
	// ErrDraftNotURL: /breaking was given something other than an http(s) address.
	ErrDraftNotURL = errors.New("not an http(s) address")
	// ErrDraftTooLong: the broadcast text does not fit one message.
	ErrDraftTooLong = errors.New("text too long for one message")
	// ErrDraftUnreachable: the article's page could not be fetched.
	ErrDraftUnreachable = errors.New("article could not be fetched")
	// ErrDraftInternal: the address (or a redirect) leads to an internal
	// network, which is not fetched unless the operator allows it.
	ErrDraftInternal = errors.New("article address is internal")
	// ErrDraftUnreadable: the page was fetched but holds no readable article.
	ErrDraftUnreadable = errors.New("article could not be read")
)

func (b *Bot) isEditor(userID int64) bool { return b.editors[userID] }

// cmdEditorial serves /broadcast TEXT (or as a reply) and /breaking URL.
func (b *Bot) cmdEditorial(ctx context.Context, u Update, cmd, args string) error {
	lang := langOf(u.LangCode)
	if s, err := b.store.Subscriber(ctx, u.ChatID); err == nil && s.Lang != "" {
		lang = s.Lang
	}
	if !b.isEditor(u.UserID) || u.ChatType.IsGroupLike() {
		return b.say(ctx, u, text(lang, i18n.MsgNotEditor))
	}
	if b.opt.Editorial == nil {
		return b.say(ctx, u, text(lang, i18n.MsgEditorUnavailable))
	}
	input := args
	kind := "broadcast"
	if cmd == "breaking" {
		kind = "breaking"
	}
	if input == "" && kind == "broadcast" {
		input = u.ReplyToText
	}
	if strings.TrimSpace(input) == "" {
		return b.say(ctx, u, text(lang, i18n.MsgEdUsage))
	}
	d, err := b.opt.Editorial.Draft(ctx, u.UserID, kind, input)
	if err != nil {
		return b.draftFailed(ctx, u, lang, input, err)
	}
	if _, err := b.transport.Send(ctx, u.ChatID, Reply{Text: d.TextIn(lang), PhotoURL: d.PhotoURL, PreviewURL: d.PreviewURL}); err != nil {
		return err
	}
	_, err = b.transport.Send(ctx, u.ChatID, b.draftControls(d, lang))
	return err
}

// draftFailed tells the editor why a draft could not be made, in words
// rather than the error's; an unexpected error also goes to the operator.
func (b *Bot) draftFailed(ctx context.Context, u Update, lang, input string, err error) error {
	var reason string
	switch {
	case errors.Is(err, ErrDraftNotURL):
		reason = text(lang, i18n.MsgEdNotURL)
	case errors.Is(err, ErrDraftTooLong):
		reason = text(lang, i18n.MsgEdTooLong)
	case errors.Is(err, ErrDraftInternal):
		reason = text(lang, i18n.MsgEdInternal, htmlEscape(hostOf(input)))
	case errors.Is(err, ErrDraftUnreachable):
		reason = text(lang, i18n.MsgEdUnreachable, htmlEscape(hostOf(input)))
	case errors.Is(err, ErrDraftUnreadable):
		reason = text(lang, i18n.MsgEdUnreadable)
	default:
		_ = b.say(ctx, u, text(lang, i18n.MsgEdDraftFailed, text(lang, i18n.MsgEdTryAgain)))
		return err
	}
	b.log.Info("broadcast draft refused", "chat_id", u.ChatID, "err", err)
	return b.say(ctx, u, text(lang, i18n.MsgEdDraftFailed, reason))
}

// hostOf is the outlet named by an http(s) address (news.Host), or the
// start of what the editor typed.
func hostOf(raw string) string {
	if h := news.Host(raw); h != "" {
		return h
	}
	return firstRunes(strings.TrimSpace(raw), 60)
}

func (b *Bot) draftControls(d Draft, lang string) Reply {
	id := strconv.FormatInt(d.ID, 36)
	countries := countryNames(d.Countries, lang)
	if len(d.Countries) == 0 {
		countries = text(lang, i18n.MsgEdAllCountries)
	}
	aud := text(lang, i18n.MsgEdAudience, d.Audience, chatsWord(d.Audience, lang), countries, topicNames(d.Topics, lang)) + reachNotes(d, lang)
	send, cancel := text(lang, i18n.MsgEdSend, d.Audience), text(lang, i18n.MsgEdCancel)
	var rows [][]Button
	var row []Button
	for _, code := range news.FocusCountries()[:9] {
		c, _ := news.CountryByCode(code)
		label := c.Flag()
		if contains(d.Countries, code) {
			label = "✅" + label
		}
		row = append(row, Button{Text: label, Data: "ed:" + id + ":c:" + code})
		if len(row) == 5 {
			rows, row = append(rows, row), nil
		}
	}
	rows = append(rows, row)
	row = nil
	for _, t := range news.Topics() {
		label := t.Emoji
		if containsTopic(d.Topics, t.Slug) {
			label = "✅" + label
		}
		row = append(row, Button{Text: label + " " + t.Slug.Label(lang), Data: "ed:" + id + ":t:" + string(t.Slug)})
		if len(row) == 3 {
			rows, row = append(rows, row), nil
		}
	}
	if len(row) > 0 {
		rows = append(rows, row)
	}
	last := []Button{{Text: cancel, Data: "ed:" + id + ":x"}}
	if d.Audience > 0 { // nothing to send to nobody
		last = append([]Button{{Text: send, Data: "ed:" + id + ":send"}}, last...)
	}
	rows = append(rows, last)
	return Reply{Lang: lang, Text: aud, Keyboard: rows}
}

// editorialCallback serves the draft's buttons: <id>:c:KZ, <id>:t:energy, <id>:send, <id>:x.
func (b *Bot) editorialCallback(ctx context.Context, u Update, data string) error {
	if !b.isEditor(u.UserID) {
		return errNotAllowed
	}
	if b.opt.Editorial == nil {
		return errStale
	}
	parts := strings.Split(data, ":")
	id, err := strconv.ParseInt(parts[0], 36, 64)
	if err != nil || len(parts) < 2 {
		return errStale
	}
	lang := langOf(u.LangCode)
	if s, err := b.store.Subscriber(ctx, u.ChatID); err == nil && s.Lang != "" {
		lang = s.Lang
	}
	switch parts[1] {
	case "x":
		if err := b.opt.Editorial.Cancel(ctx, id); err != nil {
			return draftGone(err)
		}
		return b.transport.Edit(ctx, u.ChatID, u.MessageID, Reply{Text: text(lang, i18n.MsgEdCancelled)})
	case "send":
		chatID, messageID := u.ChatID, u.MessageID
		// Progress outlives this update; it reports through the transport
		// under its own context.
		report := progressReporter(b, chatID, messageID, lang) //nolint:contextcheck // outlives the update, see above
		if _, err := b.opt.Editorial.LoadDraft(ctx, id); err != nil {
			return draftGone(err)
		}
		// "Sending…" goes up before the broadcast starts: its progress
		// reports edit this same message, and the last of them must not be
		// overwritten by this one.
		if err := b.transport.Edit(ctx, chatID, messageID, Reply{Text: progressText(Progress{}, lang)}); err != nil {
			return err
		}
		if err := b.opt.Editorial.Send(ctx, id, chatID, messageID, report); err != nil {
			b.log.Warn("broadcast: start", "chat_id", chatID, "err", err)
			return b.transport.Edit(ctx, chatID, messageID, Reply{Text: text(lang, i18n.MsgEdStartFailed)})
		}
		return nil
	case "c", "t":
		if len(parts) != 3 {
			return errStale
		}
		d, err := b.opt.Editorial.LoadDraft(ctx, id)
		if err != nil {
			return draftGone(err)
		}
		countries, topics := d.Countries, d.Topics
		if parts[1] == "c" {
			c, ok := news.CountryByCode(parts[2])
			if !ok {
				return errStale
			}
			if contains(countries, c.Code) {
				countries = remove(countries, c.Code)
			} else {
				countries = append(countries, c.Code)
			}
		} else {
			t := news.Topic(parts[2])
			if !t.Valid() {
				return errStale
			}
			if containsTopic(topics, t) {
				topics = removeTopic(topics, t)
			} else {
				topics = append(topics, t)
			}
		}
		if d, err = b.opt.Editorial.SetAudience(ctx, id, countries, topics); err != nil {
			return draftGone(err)
		}
		return b.transport.Edit(ctx, u.ChatID, u.MessageID, b.draftControls(d, lang))
	}
	return errStale
}

// draftGone tells a draft that is no more (sent, cancelled or expired: the
// button is stale) from a failure to read or write it, which is reported
// as the error it is rather than as an expired button.
func draftGone(err error) error {
	if errors.Is(err, news.ErrNotFound) {
		return errStale
	}
	return fmt.Errorf("draft: %w", err)
}

func progressText(p Progress, lang string) string {
	switch {
	case p.Done:
		return text(lang, i18n.MsgEdFinished, p.Sent, p.Total, p.Failed)
	case p.Total == 0:
		return text(lang, i18n.MsgEdSending)
	}
	return text(lang, i18n.MsgEdProgress, p.Sent, p.Total, p.Failed, p.Remaining.Round(time.Second))
}
