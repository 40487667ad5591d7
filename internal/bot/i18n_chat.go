package bot

import (
	"fmt"

	"github.com/newsbot/newsbot/internal/news"
)

// chatTexts word replies about a group's or channel's settings for the chat
// rather than for the reader: its settings are the chat's, not the person's
// who asked. Messages missing here read the same in every chat.
var chatTexts = map[msgID][2]string{
	msgWelcomeNew: {"👋 Welcome to <b>newsbot</b>: news from Central Asia and beyond, with summaries, quotes and a digest at the times this chat chooses.\n\nFirst, choose the countries this chat follows — tap the flags below, or type for example <code>/countries kz uz</code>.",
		"👋 Добро пожаловать в <b>newsbot</b>: новости Центральной Азии и мира — с краткими пересказами, цитатами и дайджестом в выбранное для чата время.\n\nСначала выберите страны для этого чата — нажмите на флаги ниже или напишите, например, <code>/countries kz uz</code>."},
	msgWelcomeBack: {"👋 Welcome back! This chat's settings are kept. Send /settings to review them or /latest for the news.",
		"👋 С возвращением! Настройки этого чата сохранены. /settings — посмотреть их, /latest — новости."},
	msgWelcomeBackPaused: {"👋 Welcome back! This chat's settings are kept and its daily digest is paused: /resume brings it back.",
		"👋 С возвращением! Настройки этого чата сохранены, дайджест на паузе: /resume — возобновить."},
	msgCountriesNow:   {"This chat's countries: %s", "Страны этого чата: %s"},
	msgCountriesSaved: {"✅ Saved. This chat's countries: %s", "✅ Сохранено. Страны этого чата: %s"},
	msgCountriesMenu: {"Tap flags to choose this chat's countries, then <b>Done</b>. Other countries: type <code>/countries</code> and their names.\n\nChosen: %s",
		"Нажимайте на флаги, чтобы выбрать страны для этого чата, затем <b>Готово</b>. Другие страны: напишите <code>/countries</code> и их названия.\n\nВыбрано: %s"},
	msgTopicsNow:   {"This chat's topics: %s", "Темы этого чата: %s"},
	msgTopicsSaved: {"✅ Saved. This chat's topics: %s", "✅ Сохранено. Темы этого чата: %s"},
	msgTopicsMenu: {"Tap the topics this chat follows, then <b>Done</b>. None chosen means every topic.\n\nChosen: %s",
		"Отметьте темы для этого чата, затем <b>Готово</b>. Если ничего не выбрано — присылаются все темы.\n\nВыбрано: %s"},
	msgTimeUsage: {"This chat's digest comes at %s (%s). To change it: <code>/time 08:30</code>.",
		"Дайджест приходит в этот чат в %s (%s). Чтобы изменить: <code>/time 08:30</code>."},
	msgTimeSaved: {"✅ This chat's digest will come daily at %s (%s). Next one: %s.",
		"✅ Дайджест будет приходить в этот чат ежедневно в %s (%s). Следующий: %s."},
	msgTimeMenu: {"When should this chat's daily digest come? Tap a time, or type for example <code>/time 07:45</code>.",
		"Когда присылать дайджест в этот чат? Выберите время или напишите, например, <code>/time 07:45</code>."},
	msgTZUsage: {"This chat's time zone: %s. To change it: <code>/timezone Tashkent</code> (a city or an IANA name).",
		"Часовой пояс этого чата: %s. Чтобы изменить: <code>/timezone Ташкент</code> (город или название IANA)."},
	msgTZAdopted: {"🕒 This chat's time zone is now %s (from %s). For another one: <code>/timezone City</code>.",
		"🕒 Часовой пояс этого чата теперь %s (по стране %s). Если нужен другой: <code>/timezone Город</code>."},
	msgTZSuggest: {"This chat's time zone is not set; I use %s for now. Is that right? If not: <code>/timezone City</code>.",
		"Часовой пояс этого чата не задан; пока использую %s. Если это не так: <code>/timezone Город</code>."},
	msgPaused: {"⏸ This chat's daily digest is paused. Its settings are kept; /resume brings it back.",
		"⏸ Дайджест в этом чате приостановлен. Настройки сохранены; /resume — возобновить."},
	msgAlreadyPaused: {"This chat's digest is already paused. /resume brings it back.",
		"Дайджест в этом чате уже приостановлен. /resume — возобновить."},
	msgAlreadyActive: {"This chat's daily digest is not paused. Next one: %s.",
		"Дайджест в этом чате не на паузе. Следующий: %s."},
	msgStopped: {"This chat is unsubscribed and its settings are deleted: countries, topics, time and language. Send /start to begin again.",
		"Чат отписан, его настройки удалены: страны, темы, время и язык. Отправьте /start, чтобы начать заново."},
	msgNoNews: {"No stories yet for this chat's choice. New articles arrive every few minutes — try again later, or widen its /countries and /topics.",
		"Пока нет новостей по выбору этого чата. Статьи поступают каждые несколько минут — загляните позже или расширьте /countries и /topics."},
	msgNoTopicNews: {"No stories on %s yet in this chat's countries.", "Пока нет новостей на тему «%s» по странам этого чата."},
	msgDigestEmpty: {"Nothing new for this chat since its last digest.", "С прошлого дайджеста ничего нового для этого чата нет."},
	msgDigestEmptyFirst: {"Nothing new on this chat's countries and topics in the past day. /latest shows the newest stories anyway.",
		"За последние сутки по странам и темам этого чата ничего нового. Самые свежие новости — по команде /latest."},
	msgSetupDone: {"🎉 All set! This chat's digest comes daily at %s (%s).\nCountries: %s\nTopics: %s\n\nTry /latest now.",
		"🎉 Готово! Дайджест будет приходить в этот чат ежедневно в %s (%s).\nСтраны: %s\nТемы: %s\n\nПопробуйте /latest."},
	msgTooManyCountries: {"A chat can follow up to %d countries; that was %d. Nothing was changed.",
		"Чат может следить не больше чем за %d странами, а здесь их %d. Ничего не изменено."},
	msgLatestYours:        {"📰 Latest news for this chat", "📰 Последние новости для этого чата"},
	msgScopeYourCountries: {"in this chat's countries", "по странам этого чата"},
}

// forChat reports whether replies about s speak of a group's or channel's
// settings: the update comes from one, or s is one (a channel edited from
// a private chat).
func forChat(u Update, s *news.Subscriber) bool {
	return u.ChatType.IsGroupLike() || (s != nil && s.ChatType.IsGroupLike())
}

// textFor is text(lang, id, args...), worded for the chat when chat is set.
func textFor(lang string, chat bool, id msgID, args ...any) string {
	t, ok := chatTexts[id]
	if !ok {
		t, ok = prefChatTexts[id]
	}
	if !ok {
		t, ok = commandChatTexts[id]
	}
	if !chat || !ok {
		return text(lang, id, args...)
	}
	s := t[0]
	if lang == "ru" {
		s = t[1]
	}
	if len(args) > 0 {
		s = fmt.Sprintf(s, args...)
	}
	return s
}
