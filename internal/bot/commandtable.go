package bot

import (
	"context"
	"sort"
	"strings"

	"github.com/newsbot/newsbot/internal/i18n"
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
	menu   i18n.Key
	menuAt int
	// help is its line in /help, in section; 0 when its line is another
	// command's (/unmute is on /mute's line).
	help    helpSection
	line    i18n.Key
	private bool // its line is left out of a group's /help
	// editorLine replaces line in the help an editor gets, where it goes
	// under "Editors".
	editorLine i18n.Key
}

// commandTable lists the chat commands in their order in /help's sections,
// which is also the order in which "did you mean" breaks a tie (menuAt
// orders Telegram's menu, which leads with /start and /settings). It is a
// function, not a variable, because /help reads it.
func commandTable() []command {
	return []command{
		{name: "latest", aliases: []string{"news"}, menuAt: 2, menu: i18n.MsgMenuLatest, help: helpNews, line: i18n.MsgHelpLatest,
			run: func(b *Bot, ctx context.Context, u Update, _, args string) error {
				return b.cmdLatest(ctx, u, args, nil, 0)
			}},
		{name: "topic", menuAt: 3, menu: i18n.MsgMenuTopic, help: helpNews, line: i18n.MsgHelpTopic,
			run: func(b *Bot, ctx context.Context, u Update, _, args string) error {
				return b.cmdTopic(ctx, u, args, nil, 0)
			}},
		{name: "digest", menuAt: 4, menu: i18n.MsgMenuDigest, help: helpNews, line: i18n.MsgHelpDigest,
			run: func(b *Bot, ctx context.Context, u Update, _, _ string) error { return b.cmdDigest(ctx, u) }},
		{name: "start", menuAt: 1, menu: i18n.MsgMenuStart,
			run: func(b *Bot, ctx context.Context, u Update, _, _ string) error { return b.cmdStartIn(ctx, u) }},
		{name: "help", menuAt: 20, menu: i18n.MsgMenuHelp,
			run: func(b *Bot, ctx context.Context, u Update, _, _ string) error { return b.cmdHelp(ctx, u) }},
		{name: "countries", aliases: []string{"country"}, menuAt: 6, menu: i18n.MsgMenuCountries, help: helpSettings, line: i18n.MsgHelpCountries,
			run: func(b *Bot, ctx context.Context, u Update, _, args string) error { return b.cmdCountries(ctx, u, args) }},
		{name: "topics", menuAt: 7, menu: i18n.MsgMenuTopics, help: helpSettings, line: i18n.MsgHelpTopics,
			run: func(b *Bot, ctx context.Context, u Update, _, args string) error { return b.cmdTopics(ctx, u, args) }},
		{name: "time", menuAt: 8, menu: i18n.MsgMenuTime, help: helpSettings, line: i18n.MsgHelpTime,
			run: func(b *Bot, ctx context.Context, u Update, _, args string) error { return b.cmdTime(ctx, u, args) }},
		{name: "filter", aliases: []string{"filters"}, menuAt: 9, menu: i18n.MsgMenuFilter, help: helpSettings, line: i18n.MsgHelpFilter,
			run: func(b *Bot, ctx context.Context, u Update, _, args string) error { return b.cmdFilter(ctx, u, args) }},
		{name: "mute", menuAt: 10, menu: i18n.MsgMenuMute, help: helpSettings, line: i18n.MsgHelpMute,
			run: func(b *Bot, ctx context.Context, u Update, _, args string) error {
				return b.cmdMute(ctx, u, args, true)
			}},
		{name: "unmute", menuAt: 11, menu: i18n.MsgMenuUnmute, help: helpSettings,
			run: func(b *Bot, ctx context.Context, u Update, _, args string) error {
				return b.cmdMute(ctx, u, args, false)
			}},
		{name: "languages", aliases: []string{"langs"}, menuAt: 12, menu: i18n.MsgMenuLanguages, help: helpSettings, line: i18n.MsgHelpLanguages,
			run: func(b *Bot, ctx context.Context, u Update, _, args string) error { return b.cmdLanguages(ctx, u, args) }},
		{name: "timezone", aliases: []string{"tz"}, menuAt: 13, menu: i18n.MsgMenuTimezone, help: helpSettings, line: i18n.MsgHelpTimezone,
			run: func(b *Bot, ctx context.Context, u Update, _, args string) error { return b.cmdTimezone(ctx, u, args) }},
		{name: "lang", aliases: []string{"language"}, menuAt: 14, menu: i18n.MsgMenuLang, help: helpSettings, line: i18n.MsgHelpLang,
			run: func(b *Bot, ctx context.Context, u Update, _, args string) error { return b.cmdLang(ctx, u, args) }},
		{name: "settings", menuAt: 5, menu: i18n.MsgMenuSettings, help: helpSettings, line: i18n.MsgHelpSettingsCmd,
			run: func(b *Bot, ctx context.Context, u Update, _, _ string) error { return b.cmdSettings(ctx, u) }},
		{name: "pause", menuAt: 15, menu: i18n.MsgMenuPause, help: helpSettings, line: i18n.MsgHelpPause,
			run: func(b *Bot, ctx context.Context, u Update, _, _ string) error { return b.cmdPause(ctx, u, true) }},
		{name: "resume", menuAt: 16, menu: i18n.MsgMenuResume, help: helpSettings,
			run: func(b *Bot, ctx context.Context, u Update, _, _ string) error { return b.cmdPause(ctx, u, false) }},
		{name: "stop", aliases: []string{"unsubscribe"}, menuAt: 18, menu: i18n.MsgMenuStop, help: helpSettings, line: i18n.MsgHelpStop,
			run: func(b *Bot, ctx context.Context, u Update, _, _ string) error { return b.cmdStop(ctx, u) }},
		{name: "channel", menuAt: 17, menu: i18n.MsgMenuChannel, help: helpSettings, line: i18n.MsgHelpChannel, private: true,
			run: func(b *Bot, ctx context.Context, u Update, _, args string) error { return b.cmdChannel(ctx, u, args) }},
		{name: "id", menuAt: 19, menu: i18n.MsgMenuID, help: helpMore, line: i18n.MsgHelpID, editorLine: i18n.MsgHelpIDEditor,
			run: func(b *Bot, ctx context.Context, u Update, _, _ string) error { return b.cmdID(ctx, u) }},
		{name: "broadcast", who: forEditors, help: helpEditors, line: i18n.MsgHelpBroadcast,
			run: func(b *Bot, ctx context.Context, u Update, cmd, args string) error {
				return b.cmdEditorial(ctx, u, cmd, args)
			}},
		{name: "breaking", who: forEditors, help: helpEditors, line: i18n.MsgHelpBreaking,
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
	sb.WriteString(textFor(lang, chat, i18n.MsgHelpIntro))
	for _, sec := range []struct {
		section helpSection
		heading i18n.Key
	}{{helpNews, i18n.MsgHelpNews}, {helpSettings, i18n.MsgHelpSettings}} {
		sb.WriteString("\n\n" + text(lang, sec.heading) + "\n" + strings.Join(lines[sec.section], "\n"))
	}
	if editor {
		ed := append(lines[helpEditors], editorLines...)
		sb.WriteString("\n\n" + text(lang, i18n.MsgHelpEditors) + "\n" + strings.Join(ed, "\n"))
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
	for _, lang := range i18n.Languages() {
		menu := CommandMenu{LanguageCode: string(lang)}
		if lang == i18n.Default {
			menu.LanguageCode = ""
		}
		for _, c := range menuCommands() {
			menu.Commands = append(menu.Commands, MenuCommand{Command: c.name, Description: lang.Text(c.menu)})
		}
		menus = append(menus, menu)
	}
	return menus
}
