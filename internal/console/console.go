// Package console is the terminal transport: a person chats with the bot on
// stdin and stdout as if in a private Telegram chat. Replies are plain text;
// buttons are numbered, and typing a number presses one. Lines such as
// :join and :block play what Telegram reports about the bot's membership
// (see :help), so that the bot's rules for groups can be tried here too.
package console

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/i18n"
	"github.com/newsbot/newsbot/internal/membership"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/render"
)

// ChatID is the chat id the terminal user has in the store.
const ChatID int64 = 1

// GroupChatID is the id of the group :join adds the bot to, until :migrate
// gives it another.
const GroupChatID int64 = -1

// groupTitle is the terminal group's name, as its messages are headed.
const groupTitle = "Terminal group"

// maxLine bounds one input line; the rest of a longer line is dropped.
const maxLine = 64 << 10

// Console is a bot.Transport on a pair of streams.
type Console struct {
	in   *bufio.Reader
	out  io.Writer
	lang string
	// log takes the operator's messages (a handler's errors): they go to
	// the log file or stderr, never into the chat.
	log *slog.Logger

	mu      sync.Mutex
	nextID  int
	buttons []button // the buttons last shown, numbered from 1
	// replyLang is the language of the bot's latest reply that said
	// (bot.Reply.Lang): the chat's, once /lang changes it.
	replyLang string
	// group is the terminal group's chat, and inGroup whether lines go
	// there (after :join) rather than to the private chat.
	group   chat
	inGroup bool
}

// chat is where the terminal user's lines go.
type chat struct {
	id  int64
	typ news.ChatType
}

type button struct {
	messageID int
	data      string
}

// New returns a console reading in and writing out; lang is the user's
// language code as Telegram would report it (from $LANG, say).
func New(in io.Reader, out io.Writer, lang string) *Console {
	return &Console{in: bufio.NewReaderSize(in, 4096), out: out, lang: lang, log: slog.New(slog.DiscardHandler),
		group: chat{id: GroupChatID, typ: news.ChatGroup}}
}

// SetLogger sends the operator's messages (errors handling a line) to log
// instead of discarding them; the chat shows only the bot's replies.
func (c *Console) SetLogger(log *slog.Logger) {
	if log != nil {
		c.log = log
	}
}

// Handler answers one update.
type Handler func(ctx context.Context, u bot.Update) error

// Run reads lines until end of input or ctx is done and hands each to h as a
// message (or, for a number matching a shown button, a button press). It
// returns nil at end of input; errors from h are logged (see SetLogger),
// not fatal: the bot has answered the user already.
func (c *Console) Run(ctx context.Context, h Handler) error {
	lines := make(chan string)
	errc := make(chan error, 1)
	go func() {
		defer close(lines)
		for {
			line, err := c.readLine()
			if line != "" || err == nil {
				select {
				case lines <- line:
				case <-ctx.Done():
					return
				}
			}
			if err != nil {
				if !errors.Is(err, io.EOF) {
					errc <- err
				}
				return
			}
		}
	}()
	seq := 0
	for {
		select {
		case <-ctx.Done():
			return nil
		case line, ok := <-lines:
			if !ok {
				select {
				case err := <-errc:
					return fmt.Errorf("console: read input: %w", err)
				default:
					return nil
				}
			}
			line = strings.TrimSpace(line)
			if line == "" {
				continue
			}
			seq++
			u, ok := c.meta(line)
			if !ok {
				u = c.update(line)
				if b, ok := c.pressed(line); ok {
					u.Text, u.CallbackID, u.CallbackData, u.MessageID = "", "console-"+strconv.Itoa(seq), b.data, b.messageID
				}
			} else if u.Membership == 0 {
				continue // a meta-command answered in the terminal itself
			}
			if err := h(ctx, u); err != nil {
				c.log.Error("handle terminal input", "err", err)
			}
		}
	}
}

// update is a message from the terminal user in the chat they write in.
func (c *Console) update(text string) bot.Update {
	c.mu.Lock()
	defer c.mu.Unlock()
	u := bot.Update{ChatID: ChatID, ChatType: news.ChatPrivate, UserID: ChatID, UserName: "you", LangCode: c.lang, Text: text}
	if c.inGroup {
		u.ChatID, u.ChatType, u.ChatTitle = c.group.id, c.group.typ, groupTitle
	}
	return u
}

// meta plays a meta-command: a line naming one of metaCommands. It returns
// false for any other line (":)" included), which goes to the bot as typed.
// A membership change comes back as the update to hand the bot; a command
// the terminal answers itself (:help, a mistake) as an update without one.
func (c *Console) meta(line string) (bot.Update, bool) {
	name, arg, _ := strings.Cut(line, " ")
	if !slices.Contains(metaCommands, name) {
		return bot.Update{}, false
	}
	arg = strings.TrimSpace(arg)
	c.mu.Lock()
	defer c.mu.Unlock()
	u := bot.Update{UserID: ChatID, UserName: "you", LangCode: c.lang, ChatID: c.group.id, ChatType: c.group.typ, ChatTitle: groupTitle}
	switch name {
	case ":join":
		if c.inGroup {
			c.say(i18n.MsgConsoleAlreadyInGroup)
			return bot.Update{}, true
		}
		c.inGroup = true
		u.Membership = membership.Joined
		c.say(i18n.MsgConsoleJoined)
	case ":leave", ":promote", ":demote", ":migrate":
		if !c.inGroup {
			c.say(i18n.MsgConsoleNotInGroup)
			return bot.Update{}, true
		}
		switch name {
		case ":leave":
			c.inGroup = false
			u.Membership = membership.Left
			c.say(i18n.MsgConsoleLeft)
		case ":promote":
			u.Membership = membership.Rights
		case ":demote":
			u.Membership, u.CannotPost = membership.Rights, true
		case ":migrate":
			id, err := strconv.ParseInt(arg, 10, 64)
			if err != nil || id >= 0 || id == c.group.id {
				c.say(i18n.MsgConsoleMigrateUsage)
				return bot.Update{}, true
			}
			u.Membership, u.MigrateToChatID = membership.Migrated, id
			c.group = chat{id: id, typ: news.ChatSupergroup}
		}
	case ":block", ":unblock":
		u = bot.Update{ChatID: ChatID, ChatType: news.ChatPrivate, UserID: ChatID, UserName: "you", LangCode: c.lang,
			Membership: membership.Blocked}
		if name == ":unblock" {
			u.Membership = membership.Unblocked
		}
	default: // :help
		c.say(i18n.MsgConsoleMetaHelp)
		return bot.Update{}, true
	}
	return u, true
}

// readLine reads one line, dropping whatever exceeds maxLine.
func (c *Console) readLine() (string, error) {
	var b strings.Builder
	for {
		chunk, err := c.in.ReadSlice('\n')
		if b.Len() < maxLine {
			b.Write(chunk[:min(len(chunk), maxLine-b.Len())])
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return strings.TrimRight(b.String(), "\r\n"), err
	}
}

// pressed maps "3" or "#3" to the third button shown last.
func (c *Console) pressed(line string) (button, bool) {
	n, err := strconv.Atoi(strings.TrimPrefix(line, "#"))
	c.mu.Lock()
	defer c.mu.Unlock()
	if err != nil || n < 1 || n > len(c.buttons) {
		return button{}, false
	}
	return c.buttons[n-1], true
}

func (c *Console) show(chatID int64, messageID int, r bot.Reply) {
	if r.Lang != "" {
		c.replyLang = r.Lang
	}
	var b strings.Builder
	if chatID != ChatID {
		b.WriteString("[" + groupTitle + "]\n") // the private chat's messages go unmarked
	}
	if r.PhotoURL != "" {
		b.WriteString("🖼 " + r.PhotoURL + "\n")
	}
	if r.Text != "" {
		b.WriteString(render.PlainText(r.Text))
		b.WriteString("\n")
	}
	if len(r.Keyboard) > 0 {
		c.buttons = c.buttons[:0]
		for _, row := range r.Keyboard {
			var cells []string
			for _, btn := range row {
				if btn.URL != "" {
					cells = append(cells, btn.Text+" <"+btn.URL+">")
					continue
				}
				c.buttons = append(c.buttons, button{messageID: messageID, data: btn.Data})
				cells = append(cells, fmt.Sprintf("[%d] %s", len(c.buttons), btn.Text))
			}
			b.WriteString("  " + strings.Join(cells, "   ") + "\n")
		}
		b.WriteString("  " + c.hint() + "\n")
	}
	b.WriteString("\n")
	_, _ = io.WriteString(c.out, b.String()) // a closed terminal has no one to tell
}

// hint tells how to press buttons, in the language the bot speaks in the
// chat: its latest reply's, else the one the terminal's locale suggests.
func (c *Console) hint() string { return c.text(i18n.MsgConsoleButtonHint) }

// text is one of the terminal's own texts in the chat's language (see hint).
func (c *Console) text(key i18n.Key) string {
	lang := i18n.ForClient(c.lang)
	if c.replyLang != "" {
		lang = i18n.Parse(c.replyLang)
	}
	return lang.Text(key)
}

// say prints one of the terminal's own texts; c.mu is held.
func (c *Console) say(key i18n.Key) {
	_, _ = io.WriteString(c.out, c.text(key)+"\n\n") // a closed terminal has no one to tell
}

// Send prints a message.
func (c *Console) Send(_ context.Context, chatID int64, r bot.Reply) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.nextID++
	c.show(chatID, c.nextID, r)
	return c.nextID, nil
}

// Edit prints the new version of a message; a keyboard-only edit that
// removes the buttons prints nothing.
func (c *Console) Edit(_ context.Context, chatID int64, messageID int, r bot.Reply) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if r.Text == "" && len(r.Keyboard) == 0 {
		return nil
	}
	c.show(chatID, messageID, r)
	return nil
}

// EditsPrintAnew reports that an edit prints below the rest, as a new
// message would (bot.EditPrinter): the bot does not repeat it.
func (c *Console) EditsPrintAnew() bool { return true }

// AnswerCallback prints a button's notice, if any.
func (c *Console) AnswerCallback(_ context.Context, _ string, notice string) error {
	if notice == "" {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	_, err := fmt.Fprintf(c.out, "(%s)\n\n", notice)
	return err
}

// IsAdmin is always true: the terminal is a private chat.
func (c *Console) IsAdmin(context.Context, int64, int64) (bool, error) { return true, nil }

// LookupChat finds nothing: channels exist only on Telegram, so /channel in
// the terminal answers that it cannot find the channel and connects none.
func (c *Console) LookupChat(context.Context, string) (bot.ChatInfo, error) {
	return bot.ChatInfo{}, news.ErrNotFound
}

// LangFromEnv guesses the terminal user's language from the locale
// variables LC_ALL, LC_MESSAGES and LANG ("ru_RU.UTF-8" gives "ru-RU"),
// "en" when none is set.
func LangFromEnv(getenv func(string) string) string {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(k); v != "" {
			return strings.ReplaceAll(strings.SplitN(v, ".", 2)[0], "_", "-")
		}
	}
	return "en"
}
