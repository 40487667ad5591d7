// Package console is the terminal transport: a person chats with the bot on
// stdin and stdout as if in a private Telegram chat. Replies are plain text;
// buttons are numbered, and typing a number presses one.
package console

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"sync"

	"github.com/newsbot/newsbot/internal/bot"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/render"
)

// ChatID is the chat id the terminal user has in the store.
const ChatID int64 = 1

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
}

type button struct {
	messageID int
	data      string
}

// New returns a console reading in and writing out; lang is the user's
// language code as Telegram would report it (from $LANG, say).
func New(in io.Reader, out io.Writer, lang string) *Console {
	return &Console{in: bufio.NewReaderSize(in, 4096), out: out, lang: lang, log: slog.New(slog.DiscardHandler)}
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
			u := bot.Update{ChatID: ChatID, ChatType: news.ChatPrivate, UserID: ChatID, UserName: "you", LangCode: c.lang, Text: line}
			if b, ok := c.pressed(line); ok {
				u.Text, u.CallbackID, u.CallbackData, u.MessageID = "", "console-"+strconv.Itoa(seq), b.data, b.messageID
			}
			if err := h(ctx, u); err != nil {
				c.log.Error("handle terminal input", "err", err)
			}
		}
	}
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

func (c *Console) show(messageID int, r bot.Reply) {
	if r.Lang != "" {
		c.replyLang = r.Lang
	}
	var b strings.Builder
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
func (c *Console) hint() string {
	lang := c.replyLang
	if lang == "" {
		lang = bot.LangOf(c.lang)
	}
	if lang == "ru" {
		return "(введите номер, чтобы нажать кнопку)"
	}
	return "(type a number to press a button)"
}

// Send prints a message.
func (c *Console) Send(_ context.Context, _ int64, r bot.Reply) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.nextID++
	c.show(c.nextID, r)
	return c.nextID, nil
}

// Edit prints the new version of a message; a keyboard-only edit that
// removes the buttons prints nothing.
func (c *Console) Edit(_ context.Context, _ int64, messageID int, r bot.Reply) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if r.Text == "" && len(r.Keyboard) == 0 {
		return nil
	}
	c.show(messageID, r)
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
