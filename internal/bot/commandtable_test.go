package bot

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/news"
)

// TestEveryCommandIsDispatched: every name and alias in the command table
// reaches a handler, whoever sends it, and no two commands claim a name.
func TestEveryCommandIsDispatched(t *testing.T) {
	seen := map[string]string{}
	for _, c := range commandTable() {
		if c.run == nil {
			t.Errorf("/%s has no handler", c.name)
		}
		for _, n := range append([]string{c.name}, c.aliases...) {
			if other, dup := seen[n]; dup {
				t.Errorf("/%s is claimed by /%s and /%s", n, other, c.name)
			}
			seen[n] = c.name
		}
	}
	names := make([]string, 0, len(seen)+1)
	for n := range seen {
		names = append(names, n)
	}
	for _, tc := range []struct {
		name, lang string
		user       int64
	}{
		{"an editor in English", "en", 1},
		{"a reader in Russian", "ru", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, n := range append(names, "nosuchcommand") {
				sc := &screen{}
				b := New(emptyStore{}, sc, Options{Editors: []int64{1}})
				if err := b.Handle(context.Background(), Update{ChatID: tc.user, ChatType: "private", UserID: tc.user, LangCode: tc.lang, Text: "/" + n}); err != nil {
					t.Fatalf("/%s: %v", n, err)
				}
				all := strings.Join(sc.lines, "\n")
				unknown := strings.Contains(all, "I don't know the command") || strings.Contains(all, "Я не знаю команду")
				switch {
				case all == "":
					t.Errorf("/%s got no reply", n)
				case unknown != (n == "nosuchcommand"):
					t.Errorf("/%s: unknown=%v, reply %q", n, unknown, all)
				}
			}
		})
	}
}

// TestHelpNamesEveryCommandForItsAudience: /help in every language names
// each command of the table to those who may use it and the editors'
// commands to editors only, worded in the asker's language.
func TestHelpNamesEveryCommandForItsAudience(t *testing.T) {
	const editor, reader = 1, 2
	cases := []struct {
		name     string
		chatType news.ChatType
		user     int64
		shows    func(c command) bool
	}{
		{"a reader in a private chat", "private", reader, func(c command) bool { return c.who == forEveryone }},
		{"an editor in a private chat", "private", editor, func(c command) bool { return true }},
		{"a group", "supergroup", reader, func(c command) bool { return c.who == forEveryone && !c.private }},
		{"an editor in a group", "group", editor, func(c command) bool { return c.who == forEveryone && !c.private }},
	}
	heading := map[string]string{"en": "<b>Settings</b>", "ru": "<b>Настройки</b>"}
	for _, lang := range []string{"en", "ru"} {
		for _, tc := range cases {
			t.Run(lang+"/"+tc.name, func(t *testing.T) {
				sc := &screen{}
				b := New(emptyStore{}, sc, Options{Editors: []int64{editor}})
				u := Update{ChatID: -100, ChatType: tc.chatType, UserID: tc.user, LangCode: lang, Text: "/help"}
				if err := b.Handle(context.Background(), u); err != nil {
					t.Fatal(err)
				}
				if len(sc.lines) != 1 {
					t.Fatalf("replies: %q", sc.lines)
				}
				help := sc.lines[0]
				if !strings.Contains(help, heading[lang]) || strings.Contains(help, "!msg(") {
					t.Errorf("help is not all in %s: %q", lang, help)
				}
				for _, c := range commandTable() {
					if c.help == helpNone {
						continue
					}
					named := regexp.MustCompile(`/` + c.name + `\b`).MatchString(help)
					if want := tc.shows(c); named != want {
						t.Errorf("/%s named in help: %v, want %v\n%s", c.name, named, want, help)
					}
				}
			})
		}
	}
}

// TestCommandMenusAreTheTablesVisibleCommands: Telegram's menus list, in
// every language, the table's commands meant for everyone's menu, in
// menuAt order, each described in that language within Telegram's limits.
func TestCommandMenusAreTheTablesVisibleCommands(t *testing.T) {
	want := map[string]command{}
	for _, c := range commandTable() {
		if c.menu != 0 && c.who == forEveryone {
			want[c.name] = c
		}
	}
	menus := CommandMenus()
	if len(menus) != 2 || menus[0].LanguageCode != "" || menus[1].LanguageCode != "ru" {
		t.Fatalf("menus for %+v, want the default and ru", menus)
	}
	valid := regexp.MustCompile(`^[a-z0-9_]{1,32}$`)
	for _, m := range menus {
		if len(m.Commands) != len(want) {
			t.Errorf("menu %q has %d commands, the table %d", m.LanguageCode, len(m.Commands), len(want))
		}
		last := 0
		for _, mc := range m.Commands {
			c, ok := want[mc.Command]
			switch {
			case !ok:
				t.Errorf("menu %q lists /%s, which the table keeps out of the menu", m.LanguageCode, mc.Command)
			case c.menuAt <= last:
				t.Errorf("menu %q: /%s (menuAt %d) after menuAt %d", m.LanguageCode, mc.Command, c.menuAt, last)
			}
			last = c.menuAt
			if !valid.MatchString(mc.Command) {
				t.Errorf("/%s is not a name Telegram takes", mc.Command)
			}
			if n := len([]rune(mc.Description)); n == 0 || n > 256 || strings.Contains(mc.Description, "!msg(") {
				t.Errorf("menu %q: /%s described as %q", m.LanguageCode, mc.Command, mc.Description)
			}
		}
	}
	for i := range min(len(menus[0].Commands), len(menus[1].Commands)) {
		if en, ru := menus[0].Commands[i], menus[1].Commands[i]; en.Command != ru.Command || en.Description == ru.Description {
			t.Errorf("menus differ in commands or not in language: %+v, %+v", en, ru)
		}
	}
}
