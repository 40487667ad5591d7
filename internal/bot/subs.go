package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/newsbot/newsbot/internal/fuzzy"
	"github.com/newsbot/newsbot/internal/news"
)

// This file holds /id, forum topics, "did you mean", the editors' part of
// /help and the pacing of news commands (issue 12, items 7 and 8).

// words is a text in English and Russian, for the replies of this file.
type words [2]string

func (w words) in(lang string, args ...any) string {
	s := w[0]
	if lang == "ru" {
		s = w[1]
	}
	if len(args) > 0 {
		s = fmt.Sprintf(s, args...)
	}
	return s
}

var (
	txtID = words{"🪪 Your user id: <code>%d</code>\nThis chat's id: <code>%d</code>",
		"🪪 Ваш id пользователя: <code>%d</code>\nid этого чата: <code>%d</code>"}
	txtIDTopic     = words{"\nThis topic's id: <code>%d</code>", "\nid этой темы: <code>%d</code>"}
	txtIDEditor    = words{"\nYou are one of this bot's editors.", "\nВы — редактор этого бота."}
	txtDidYouMean  = words{"I don't know the command %s. Did you mean %s?", "Я не знаю команду %s. Может быть, %s?"}
	txtTopicBound  = words{"📌 This chat's digests and alerts will come to this topic. /start in another topic moves them there.", "📌 Дайджесты и оповещения этого чата будут приходить в эту тему. /start в другой теме перенесёт их туда."}
	txtTopicGlobal = words{"📌 This chat's digests and alerts will come to General again.", "📌 Дайджесты и оповещения этого чата снова будут приходить в «Общее»."}
	txtEditorHelp  = words{"\n\n<b>Editors</b>\n/broadcast <i>text</i> — a message to subscribers (or reply to a message with /broadcast)\n/breaking <i>URL</i> — a breaking-news alert with the article's card and picture\n/id — your user id",
		"\n\n<b>Редакторам</b>\n/broadcast <i>текст</i> — сообщение подписчикам (или ответьте на сообщение командой /broadcast)\n/breaking <i>ссылка</i> — срочная новость: карточка статьи с картинкой\n/id — ваш id пользователя"}
	txtUserHelpID = words{"\n/id — your user id and this chat's", "\n/id — ваш id и id этого чата"}
	txtChatHelpID = words{"\n/id — this chat's id and the sender's", "\n/id — id этого чата и отправителя"}
	// TopicGoneNote is posted to General when the topic a chat's news went to was deleted.
	txtTopicGone = words{"📌 Note for the admins: the topic this chat's news went to was deleted, so digests and alerts come to General now. Send /start in a topic to choose another.",
		"📌 Для администраторов: тема, в которую приходили новости этого чата, удалена — дайджесты и оповещения теперь приходят в «Общее». Отправьте /start в нужной теме, чтобы выбрать другую."}
)

// TopicGoneNote is the note to a forum chat's admins, in lang, that the
// topic its news went to was deleted and news comes to General now.
func TopicGoneNote(lang string) string { return txtTopicGone.in(lang) }

// threadKey carries the forum topic an update came from, so that every
// reply to it lands in the same topic.
type threadKey struct{}

// WithThread returns ctx marked with the forum topic (Telegram's
// message_thread_id) replies should go to; 0 is the chat itself.
func WithThread(ctx context.Context, threadID int) context.Context {
	if threadID == 0 {
		return ctx
	}
	return context.WithValue(ctx, threadKey{}, threadID)
}

// ThreadOf returns the forum topic WithThread put in ctx, or 0. Transports
// that know topics send replies there.
func ThreadOf(ctx context.Context) int {
	id, _ := ctx.Value(threadKey{}).(int)
	return id
}

// TopicBinder records which forum topic a chat's digests and alerts go to.
// A Store that also satisfies it (*sqlite.DB does) lets /start inside a
// topic bind the chat there.
type TopicBinder interface {
	SetChatTopic(ctx context.Context, chatID int64, threadID int) error
	ChatTopic(ctx context.Context, chatID int64) (int, error)
}

// cmdStartIn serves /start, then, in a forum supergroup and for an admin,
// binds the chat's digests and alerts to the topic /start was sent in
// (General when sent there and the chat was bound elsewhere).
func (b *Bot) cmdStartIn(ctx context.Context, u Update) error {
	if err := b.cmdStart(ctx, u); err != nil || !u.IsForum {
		return err
	}
	tb, ok := b.store.(TopicBinder)
	if !ok {
		return nil
	}
	s, err := b.store.Subscriber(ctx, u.ChatID)
	if err != nil {
		return nil // not subscribed: cmdStart said why (a member asked, not an admin)
	}
	if ok, err := b.mayChange(ctx, u); err != nil || !ok {
		return nil
	}
	cur, err := tb.ChatTopic(ctx, u.ChatID)
	if err != nil {
		return b.failed(ctx, u, err)
	}
	if cur == u.ThreadID {
		if cur != 0 {
			return b.say(ctx, u, txtTopicBound.in(b.langOfSub(u, &s)))
		}
		return nil
	}
	if err := tb.SetChatTopic(ctx, u.ChatID, u.ThreadID); err != nil {
		return b.failed(ctx, u, err)
	}
	b.log.Info("chat bound to a forum topic", "chat_id", u.ChatID, "thread_id", u.ThreadID)
	if u.ThreadID == 0 {
		return b.say(ctx, u, txtTopicGlobal.in(b.langOfSub(u, &s)))
	}
	return b.say(ctx, u, txtTopicBound.in(b.langOfSub(u, &s)))
}

func (b *Bot) langOfSub(u Update, s *news.Subscriber) string {
	if s != nil && s.Lang != "" {
		return s.Lang
	}
	return langOf(u.LangCode)
}

// cmdID answers /id: the user's id (editors are configured by it) and the
// chat's, with the topic's in a forum topic.
func (b *Bot) cmdID(ctx context.Context, u Update) error {
	lang := langOf(u.LangCode)
	if s, err := b.store.Subscriber(ctx, u.ChatID); err == nil && s.Lang != "" {
		lang = s.Lang
	}
	msg := txtID.in(lang, u.UserID, u.ChatID)
	if u.ThreadID != 0 {
		msg += txtIDTopic.in(lang, u.ThreadID)
	}
	if b.isEditor(u.UserID) {
		msg += txtIDEditor.in(lang)
	}
	return b.say(ctx, u, msg)
}

// helpExtra is what /help adds for the asker: /id for everyone, and the
// editors' commands for an editor in a private chat (where they work).
func (b *Bot) helpExtra(u Update, lang string) string {
	if b.isEditor(u.UserID) && !u.ChatType.IsGroupLike() {
		return txtEditorHelp.in(lang)
	}
	if u.ChatType.IsGroupLike() {
		return txtChatHelpID.in(lang)
	}
	return txtUserHelpID.in(lang)
}

// commandNames are the commands "did you mean" suggests, in the order a
// tie is broken.
var commandNames = []string{"latest", "topic", "digest", "settings", "start", "help", "countries", "topics",
	"time", "timezone", "lang", "pause", "resume", "stop", "channel", "id"}

var editorCommandNames = []string{"broadcast", "breaking"}

// suggestCommand returns the known command closest to cmd ("lates" →
// "latest"), or "" when none is close: at most two edits, and fewer than
// half the letters typed. Editors' commands are suggested to editors only.
func (b *Bot) suggestCommand(cmd string, userID int64) string {
	typed := []rune(strings.ToLower(cmd))
	if len(typed) < 2 || len(typed) > 32 {
		return ""
	}
	names := commandNames
	if b.isEditor(userID) {
		names = append(names[:len(names):len(names)], editorCommandNames...)
	}
	best, bestD := "", 3
	for _, name := range names {
		d := fuzzy.Distance(typed, []rune(name))
		if d < bestD && 2*d < len(typed) {
			best, bestD = name, d
		}
	}
	return best
}

// unknownCommand answers a command the bot does not know, suggesting the
// closest one.
func (b *Bot) unknownCommand(ctx context.Context, u Update, cmd, shown string) error {
	if near := b.suggestCommand(cmd, u.UserID); near != "" {
		lang := langOf(u.LangCode)
		if s, err := b.store.Subscriber(ctx, u.ChatID); err == nil && s.Lang != "" {
			lang = s.Lang
		}
		return b.say(ctx, u, txtDidYouMean.in(lang, shown, "/"+near))
	}
	return b.say(ctx, u, b.trChat(ctx, u, msgUnknownCommand, shown))
}

// errNewsQueueFull: the chat already has as many news commands waiting as
// the queue holds.
var errNewsQueueFull = errors.New("too many news commands waiting")

// awaitNews holds a news command back until the chat's rate allows it,
// queueing it behind the chat's earlier ones instead of refusing it. It
// refuses (errNewsQueueFull) only when the wait would exceed the queue's
// length (NewsQueue commands), and returns ctx's error if ctx ends first.
func (b *Bot) awaitNews(ctx context.Context, chatID int64) error {
	wait, ok := b.reserveNews(chatID)
	if !ok {
		return errNewsQueueFull
	}
	if wait <= 0 {
		return nil
	}
	return b.opt.Sleep(ctx, wait)
}

// reserveNews takes a token of the chat's bucket, going into debt up to the
// queue's length, and returns how long the command must wait for it.
func (b *Bot) reserveNews(chatID int64) (time.Duration, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	now := b.now()
	bk, ok := b.buckets[chatID]
	if !ok {
		if len(b.buckets) > 100_000 {
			for id, old := range b.buckets {
				if now.Sub(old.last) > time.Minute && old.tokens >= 0 {
					delete(b.buckets, id)
				}
			}
		}
		bk = &bucket{tokens: float64(b.opt.NewsBurst), last: now}
		b.buckets[chatID] = bk
	}
	if now.After(bk.last) {
		bk.tokens += now.Sub(bk.last).Seconds() / b.opt.NewsEvery.Seconds()
		bk.tokens = min(bk.tokens, float64(b.opt.NewsBurst))
		bk.last = now
	}
	if bk.tokens-1 < -float64(b.opt.NewsQueue) {
		return 0, false
	}
	bk.tokens--
	if bk.tokens >= 0 {
		return 0, true
	}
	return time.Duration(-bk.tokens * float64(b.opt.NewsEvery)), true
}

// sleepCtx waits d or until ctx ends.
func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// singleStoryMedia gives a /latest page of one story that story's picture
// (with the card as caption) or, without one, its link's preview.
func singleStoryMedia(st []news.Story, msgs []string) []func(*Reply) {
	if len(st) != 1 || len(msgs) != 1 {
		return nil
	}
	a := st[0].Article
	return []func(*Reply){func(r *Reply) {
		switch {
		case a.ImageURL != "":
			r.PhotoURL = a.ImageURL
		case a.URL != "":
			r.DisablePreview, r.PreviewURL = false, a.URL
		}
	}}
}

// EditPrinter is a transport that shows an edit as a new message, below
// the rest, rather than in place: the terminal. The bot then does not
// repeat an edit's text in a message of its own.
type EditPrinter interface {
	EditsPrintAnew() bool
}

// progressReporter shows a broadcast's progress in the editor's progress
// message, each state once: a report equal to the last one shown changes
// nothing. At the end the progress message shows the final report, and in
// Telegram a new message with it notifies the editor (an edit makes no
// sound); where edits print anew (the terminal) that would say "finished"
// twice, so it is left out.
func progressReporter(b *Bot, chatID int64, messageID int, lang string) func(Progress) {
	ep, ok := b.transport.(EditPrinter)
	printsAnew := ok && ep.EditsPrintAnew()
	var (
		mu       sync.Mutex
		last     string
		finished bool
	)
	return func(p Progress) {
		mu.Lock()
		defer mu.Unlock()
		if finished {
			return // the end was announced already
		}
		finished = p.Done
		// Progress outlives the update that started it; it reports through
		// the transport under its own context.
		pctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		shown := progressText(p, lang)
		if shown != last {
			if err := b.transport.Edit(pctx, chatID, messageID, Reply{Text: shown}); err != nil {
				b.log.Warn("broadcast progress", "chat_id", chatID, "err", err)
			}
			last = shown
		}
		if p.Done && !printsAnew {
			if _, err := b.transport.Send(pctx, chatID, Reply{Text: shown}); err != nil {
				b.log.Warn("broadcast report", "chat_id", chatID, "err", err)
			}
		}
	}
}
