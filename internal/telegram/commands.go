package telegram

import (
	"context"
	"encoding/json"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/newsbot/newsbot/internal/bot"
)

// SetCommands publishes the bot's command menus, as the bot's command table
// makes them: the default one for every language and one per other
// language of the bot. It uses the raw call because the library's config
// has no language_code.
func (t *Transport) SetCommands(ctx context.Context) error {
	type botCommand struct {
		Command     string `json:"command"`
		Description string `json:"description"`
	}
	for _, menu := range bot.CommandMenus() {
		list := make([]botCommand, 0, len(menu.Commands))
		for _, c := range menu.Commands {
			list = append(list, botCommand{c.Command, c.Description})
		}
		raw, err := json.Marshal(list)
		if err != nil {
			return err
		}
		p := tgbotapi.Params{"commands": string(raw)}
		p.AddNonEmpty("language_code", menu.LanguageCode)
		if _, err := t.c.call(ctx, "setMyCommands", p); err != nil {
			return err
		}
	}
	return nil
}
