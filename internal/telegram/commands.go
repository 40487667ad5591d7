package telegram

import (
	"context"
	"encoding/json"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// command is one entry of the bot's command menu, in English and Russian.
type command struct {
	name   string
	en, ru string
}

// commandMenu is what Telegram clients offer when the user types "/".
func commandMenu() []command {
	return []command{
		{"start", "Subscribe and choose countries and topics", "Подписаться и выбрать страны и темы"},
		{"latest", "Newest stories for you", "Свежие новости для вас"},
		{"topic", "Stories on a topic, with quotes", "Новости темы с цитатами"},
		{"digest", "Your digest now", "Дайджест прямо сейчас"},
		{"settings", "All settings in one place", "Все настройки"},
		{"countries", "Choose countries", "Выбрать страны"},
		{"topics", "Choose topics", "Выбрать темы"},
		{"time", "Digest times (up to three a day)", "Время дайджестов (до трёх в день)"},
		{"filter", "Keyword filter: +word -word", "Фильтр по словам: +слово -слово"},
		{"mute", "Mute an outlet", "Скрыть издание"},
		{"unmute", "Bring a muted outlet back", "Вернуть скрытое издание"},
		{"languages", "Languages of stories", "Языки новостей"},
		{"timezone", "Your time zone", "Часовой пояс"},
		{"lang", "Interface language", "Язык интерфейса"},
		{"pause", "Pause the daily digest", "Приостановить дайджест"},
		{"resume", "Resume the daily digest", "Возобновить дайджест"},
		{"channel", "Connect a channel you administer", "Подключить свой канал"},
		{"stop", "Unsubscribe and delete your data", "Отписаться и удалить данные"},
		{"id", "Your user id and this chat's", "Ваш id и id этого чата"},
		{"help", "What the bot can do", "Что умеет бот"},
	}
}

// SetCommands publishes the command menu: English as the default for every
// language, and Russian for clients set to Russian. It uses the raw call
// because the library's config has no language_code.
func (t *Transport) SetCommands(ctx context.Context) error {
	type botCommand struct {
		Command     string `json:"command"`
		Description string `json:"description"`
	}
	for _, lang := range []string{"", "ru"} {
		var list []botCommand
		for _, c := range commandMenu() {
			d := c.en
			if lang == "ru" {
				d = c.ru
			}
			list = append(list, botCommand{c.name, d})
		}
		raw, err := json.Marshal(list)
		if err != nil {
			return err
		}
		p := tgbotapi.Params{"commands": string(raw)}
		p.AddNonEmpty("language_code", lang)
		if _, err := t.c.call(ctx, "setMyCommands", p); err != nil {
			return err
		}
	}
	return nil
}
