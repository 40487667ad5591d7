package bot

import (
	"context"
	"strings"

	"github.com/newsbot/newsbot/internal/fuzzy"
	"github.com/newsbot/newsbot/internal/i18n"
)

// commandNames are the commands "did you mean" suggests to everyone, in
// the order a tie is broken; editorCommandNames are suggested to editors
// only. Both come from the command table.
var (
	commandNames       = commandNamesFor(forEveryone)
	editorCommandNames = commandNamesFor(forEditors)
)

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
		return b.say(ctx, u, text(lang, i18n.MsgDidYouMean, shown, "/"+near))
	}
	return b.say(ctx, u, b.trChat(ctx, u, i18n.MsgUnknownCommand, shown))
}
