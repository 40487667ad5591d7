package bot

import "fmt"

// words is a text in English and Russian. The texts of /id, forum topics,
// "did you mean" and editors' help live here, apart from the shared table
// of i18n.go.
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
