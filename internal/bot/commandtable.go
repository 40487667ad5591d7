package bot

import (
	"context"
	"sort"
	"strings"

	"github.com/newsbot/newsbot/internal/news"
)

// audience is who may use a command, and so whose /help and "did you mean"
// name it. Changing a group's settings needs one of its admins; the
// handlers check that, since the same command also shows the settings to
// every member.
type audience int

const (
	forEveryone audience = iota
	forEditors           // the bot's editors, in a private chat
)

// helpSection is where a command's line goes in /help.
type helpSection int

const (
	helpNone     helpSection = iota // not in /help (/start, /help itself)
	helpNews                        // under "News"
	helpSettings                    // under "Settings"
	helpMore                        // after the settings, without a heading
	helpEditors                     // under "Editors", shown to editors only
)

// command is one chat command. Adding one means adding an entry to
// commandTable and its texts to i18n_commands.go: dispatch, /help, "did you
// mean" and Telegram's command menu all follow.
type command struct {
	name    string
	aliases []string // also dispatched, but neither suggested nor shown
	run     func(b *Bot, ctx context.Context, u Update, cmd, args string) error
	who     audience
	// menu is the command's description in Telegram's command menu, where
	// it is menuAt-th (from 1); 0 keeps it out of the menu.
	menu   msgID
	menuAt int
	// help is its line in /help, in section; 0 when its line is another
	// command's (/unmute is on /mute's line).
	help    helpSection
	line    msgID
	private bool // its line is left out of a group's /help
	// editorLine replaces line in the help an editor gets, where it goes
	// under "Editors".
	editorLine msgID
}

// commandTable lists the chat commands in their order in /help's sections,
// which is also the order in which "did you mean" breaks a tie (menuAt
// orders Telegram's menu, which leads with /start and /settings). It is a
// function, not a variable, because /help reads it.
func commandTable() []command {
	return []command{
		{name: "latest", aliases: []string{"news"}, menuAt: 2, menu: msgMenuLatest, help: helpNews, line: msgHelpLatest,
			run: func(b *Bot, ctx context.Context, u Update, _, args string) error {
				return b.cmdLatest(ctx, u, args, nil, 0)
			}},
		{name: "topic", menuAt: 3, menu: msgMenuTopic, help: helpNews, line: msgHelpTopic,
			run: func(b *Bot, ctx context.Context, u Update, _, args string) error {
				return b.cmdTopic(ctx, u, args, nil, 0)
			}},
		{name: "digest", menuAt: 4, menu: msgMenuDigest, help: helpNews, line: msgHelpDigest,
			run: func(b *Bot, ctx context.Context, u Update, _, _ string) error { return b.cmdDigest(ctx, u) }},
		{name: "start", menuAt: 1, menu: msgMenuStart,
			run: func(b *Bot, ctx context.Context, u Update, _, _ string) error { return b.cmdStartIn(ctx, u) }},
		{name: "help", menuAt: 20, menu: msgMenuHelp,
			run: func(b *Bot, ctx context.Context, u Update, _, _ string) error { return b.cmdHelp(ctx, u) }},
		{name: "countries", aliases: []string{"country"}, menuAt: 6, menu: msgMenuCountries, help: helpSettings, line: msgHelpCountries,
			run: func(b *Bot, ctx context.Context, u Update, _, args string) error { return b.cmdCountries(ctx, u, args) }},
		{name: "topics", menuAt: 7, menu: msgMenuTopics, help: helpSettings, line: msgHelpTopics,
			run: func(b *Bot, ctx context.Context, u Update, _, args string) error { return b.cmdTopics(ctx, u, args) }},
		{name: "time", menuAt: 8, menu: msgMenuTime, help: helpSettings, line: msgHelpTime,
			run: func(b *Bot, ctx context.Context, u Update, _, args string) error { return b.cmdTime(ctx, u, args) }},
		{name: "filter", aliases: []string{"filters"}, menuAt: 9, menu: msgMenuFilter, help: helpSettings, line: msgHelpFilter,
			run: func(b *Bot, ctx context.Context, u Update, _, args string) error { return b.cmdFilter(ctx, u, args) }},
		{name: "mute", menuAt: 10, menu: msgMenuMute, help: helpSettings, line: msgHelpMute,
			run: func(b *Bot, ctx context.Context, u Update, _, args string) error {
				return b.cmdMute(ctx, u, args, true)
			}},
		{name: "unmute", menuAt: 11, menu: msgMenuUnmute, help: helpSettings,
			run: func(b *Bot, ctx context.Context, u Update, _, args string) error {
				return b.cmdMute(ctx, u, args, false)
			}},
		{name: "languages", aliases: []string{"langs"}, menuAt: 12, menu: msgMenuLanguages, help: helpSettings, line: msgHelpLanguages,
			run: func(b *Bot, ctx context.Context, u Update, _, args string) error { return b.cmdLanguages(ctx, u, args) }},
		{name: "timezone", aliases: []string{"tz"}, menuAt: 13, menu: msgMenuTimezone, help: helpSettings, line: msgHelpTimezone,
			run: func(b *Bot, ctx context.Context, u Update, _, args string) error { return b.cmdTimezone(ctx, u, args) }},
		{name: "lang", aliases: []string{"language"}, menuAt: 14, menu: msgMenuLang, help: helpSettings, line: msgHelpLang,
			run: func(b *Bot, ctx context.Context, u Update, _, args string) error { return b.cmdLang(ctx, u, args) }},
		{name: "settings", menuAt: 5, menu: msgMenuSettings, help: helpSettings, line: msgHelpSettingsCmd,
			run: func(b *Bot, ctx context.Context, u Update, _, _ string) error { return b.cmdSettings(ctx, u) }},
		{name: "pause", menuAt: 15, menu: msgMenuPause, help: helpSettings, line: msgHelpPause,
			run: func(b *Bot, ctx context.Context, u Update, _, _ string) error { return b.cmdPause(ctx, u, true) }},
		{name: "resume", menuAt: 16, menu: msgMenuResume, help: helpSettings,
			run: func(b *Bot, ctx context.Context, u Update, _, _ string) error { return b.cmdPause(ctx, u, false) }},
		{name: "stop", aliases: []string{"unsubscribe"}, menuAt: 18, menu: msgMenuStop, help: helpSettings, line: msgHelpStop,
			run: func(b *Bot, ctx context.Context, u Update, _, _ string) error { return b.cmdStop(ctx, u) }},
		{name: "channel", menuAt: 17, menu: msgMenuChannel, help: helpSettings, line: msgHelpChannel, private: true,
			run: func(b *Bot, ctx context.Context, u Update, _, args string) error { return b.cmdChannel(ctx, u, args) }},
		{name: "id", menuAt: 19, menu: msgMenuID, help: helpMore, line: msgHelpID, editorLine: msgHelpIDEditor,
			run: func(b *Bot, ctx context.Context, u Update, _, _ string) error { return b.cmdID(ctx, u) }},
		{name: "broadcast", who: forEditors, help: helpEditors, line: msgHelpBroadcast,
			run: func(b *Bot, ctx context.Context, u Update, cmd, args string) error {
				return b.cmdEditorial(ctx, u, cmd, args)
			}},
		{name: "breaking", who: forEditors, help: helpEditors, line: msgHelpBreaking,
			run: func(b *Bot, ctx context.Context, u Update, cmd, args string) error {
				return b.cmdEditorial(ctx, u, cmd, args)
			}},
	}
}

// commandsByName finds a command by its name or an alias.
var commandsByName = func() map[string]command {
	m := map[string]command{}
	for _, c := range commandTable() {
		for _, n := range append([]string{c.name}, c.aliases...) {
			m[n] = c
		}
	}
	return m
}()

// commandNamesFor lists the names of the commands for who, in table order.
func commandNamesFor(who audience) []string {
	var names []string
	for _, c := range commandTable() {
		if c.who == who {
			names = append(names, c.name)
		}
	}
	return names
}

// cmdHelp answers /help: the commands of the table, worded for the chat,
// with the editors' commands for an editor in a private chat (where they
// work).
func (b *Bot) cmdHelp(ctx context.Context, u Update) error {
	return b.withSubscriber(ctx, u, false, func(s *news.Subscriber, lang string) error {
		editor := b.isEditor(u.UserID) && !u.ChatType.IsGroupLike()
		return b.say(ctx, u, helpText(lang, forChat(u, s), editor))
	})
}

// helpText builds /help from the command table. chat words it for a
// group's or channel's settings and leaves out the lines for private chats
// only; editor adds the editors' section.
func helpText(lang string, chat, editor bool) string {
	lines := map[helpSection][]string{}
	var editorLines []string
	for _, c := range commandTable() {
		switch {
		case c.line == 0 || c.help == helpNone || (c.private && chat):
		case editor && c.editorLine != 0:
			editorLines = append(editorLines, textFor(lang, chat, c.editorLine))
		default:
			lines[c.help] = append(lines[c.help], textFor(lang, chat, c.line))
		}
	}
	var sb strings.Builder
	sb.WriteString(textFor(lang, chat, msgHelpIntro))
	for _, sec := range []struct {
		section helpSection
		heading msgID
	}{{helpNews, msgHelpNews}, {helpSettings, msgHelpSettings}} {
		sb.WriteString("\n\n" + text(lang, sec.heading) + "\n" + strings.Join(lines[sec.section], "\n"))
	}
	if editor {
		ed := append(lines[helpEditors], editorLines...)
		sb.WriteString("\n\n" + text(lang, msgHelpEditors) + "\n" + strings.Join(ed, "\n"))
	} else if more := lines[helpMore]; len(more) > 0 {
		sb.WriteString("\n" + strings.Join(more, "\n"))
	}
	return sb.String()
}

// menuCommands are the table's commands for everyone's menu, in menu order.
func menuCommands() []command {
	var cs []command
	for _, c := range commandTable() {
		if c.menu != 0 && c.who == forEveryone {
			cs = append(cs, c)
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].menuAt < cs[j].menuAt })
	return cs
}

// MenuCommand is one entry of a chat client's command menu.
type MenuCommand struct {
	Command     string
	Description string
}

// CommandMenu is the command menu for clients set to a language.
type CommandMenu struct {
	// LanguageCode is the clients' IETF language code; "" is the menu for
	// every language without its own.
	LanguageCode string
	Commands     []MenuCommand
}

// CommandMenus are the command menus the transports publish (Telegram's
// setMyCommands): English as the default and one per other language of the
// bot, listing every command of the table meant for everyone's menu.
func CommandMenus() []CommandMenu {
	var menus []CommandMenu
	for _, m := range []struct{ code, lang string }{{"", "en"}, {"ru", "ru"}} {
		menu := CommandMenu{LanguageCode: m.code}
		for _, c := range menuCommands() {
			menu.Commands = append(menu.Commands, MenuCommand{Command: c.name, Description: text(m.lang, c.menu)})
		}
		menus = append(menus, menu)
	}
	return menus
}
