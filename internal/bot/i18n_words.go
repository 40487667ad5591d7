package bot

import "fmt"

// words is a text in English and Russian. The texts of /id, forum topics
// and "did you mean" live here, apart from the shared table
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
	// TopicGoneNote is posted to General when the topic a chat's news went to was deleted.
	txtTopicGone = words{"📌 Note for the admins: the topic this chat's news went to was deleted, so digests and alerts come to General now. Send /start in a topic to choose another.",
		"📌 Для администраторов: тема, в которую приходили новости этого чата, удалена — дайджесты и оповещения теперь приходят в «Общее». Отправьте /start в нужной теме, чтобы выбрать другую."}
)
