package bot

import (
	"fmt"
	"strings"
	"time"

	"github.com/newsbot/newsbot/internal/render"
)

// msgID names a user-facing text; texts exist in English and Russian.
type msgID int

const (
	msgInternalError msgID = iota
	msgWelcomeNew
	msgWelcomeBack
	msgUnknownCommand
	msgNotACommand
	msgCountriesNone
	msgCountriesNow
	msgCountriesUnknown
	msgCountriesSaved
	msgCountriesMenu
	msgTopicsAll
	msgTopicsNow
	msgTopicsUnknown
	msgTopicsSaved
	msgTopicsMenu
	msgTimeUsage
	msgTimeBad
	msgTimeSaved
	msgTimeMenu
	msgTZUsage
	msgTZBad
	msgTZNear
	msgTZSaved
	msgTZSuggest
	msgTZAdopted
	msgLangUsage
	msgLangSaved
	msgPaused
	msgAlreadyPaused
	msgResumed
	msgAlreadyActive
	msgStopped
	msgNotSubscribed
	msgNeedStart
	msgAdminsOnly
	msgGroupAskAdmin
	msgSlowDown
	msgNoNews
	msgNoNewsFor
	msgUnknownFilter
	msgTopicUsage
	msgTopicUnknown
	msgNoTopicNews
	msgDigestUnavailable
	msgDigestEmpty
	msgDigestEmptyFirst
	msgNotEditor
	msgEditorUnavailable
	msgStaleButton
	msgDone
	msgSetupDone
	msgLatestHeading
	msgLatestHeadingFor
	msgMore
	msgSettings
	msgBtnCountries
	msgBtnTopics
	msgBtnTime
	msgBtnLang
	msgBtnGroupBy
	msgBtnAlerts
	msgBtnDone
	msgBtnAllTopics
	msgTooLong
	msgChannelUsage
	msgChannelNotFound
	msgChannelNotAdmin
	msgChannelConnected
	msgChannelNotChannel
	msgChannelCannotPost
	msgAlertsOn
	msgAlertsOff
	msgGroupedBy
	msgEveryTopic
	msgNoneChosen
	msgBtnQuiet
	msgTooManyCountries
	msgTooManyCountriesButton
	msgWelcomeBackPaused
	msgEdUsage
	msgEdDraftFailed
	msgEdNotURL
	msgEdTooLong
	msgEdUnreachable
	msgEdInternal
	msgEdUnreadable
	msgEdTryAgain
	msgEdAllCountries
	msgEdAudience
	msgEdSend
	msgEdCancel
	msgEdCancelled
	msgEdStartFailed
	msgEdFinished
	msgEdSending
	msgEdProgress
	msgLangUnavailable
	msgLatestYours
	msgScopeAllCountries
	msgScopeAllTopics
	msgScopeYourCountries
	msgLatestTooMany
	msgNoTopicNewsAnywhere
)

var texts = map[msgID][2]string{
	msgInternalError: {"Sorry, something went wrong on our side. Please try again in a minute.",
		"Извините, у нас что-то сломалось. Попробуйте ещё раз через минуту."},
	msgWelcomeNew: {"👋 Welcome to <b>newsbot</b>: news from Central Asia and beyond, with summaries, quotes and a digest at the times you choose.\n\nFirst, choose the countries you follow — tap the flags below, or type for example <code>/countries kz uz</code>.",
		"👋 Добро пожаловать в <b>newsbot</b>: новости Центральной Азии и мира — с краткими пересказами, цитатами и дайджестом в выбранное время.\n\nСначала выберите страны — нажмите на флаги ниже или напишите, например, <code>/countries kz uz</code>."},
	msgWelcomeBack: {"👋 Welcome back! Your settings are kept. Send /settings to review them or /latest for the news.",
		"👋 С возвращением! Ваши настройки сохранены. /settings — посмотреть их, /latest — новости."},
	msgUnknownCommand: {"I don't know the command %s. Send /help to see what I can do.",
		"Я не знаю команду %s. Отправьте /help, чтобы увидеть список команд."},
	msgNotACommand: {"I understand commands such as /latest or /settings. Send /help for the full list.",
		"Я понимаю команды вроде /latest или /settings. Полный список — /help."},
	msgCountriesNone: {"You follow no countries yet, so you get news from everywhere. Choose some below or type <code>/countries kz tj</code>.",
		"Вы пока не выбрали страны, поэтому получаете новости отовсюду. Выберите ниже или напишите <code>/countries kz tj</code>."},
	msgCountriesNow: {"Your countries: %s", "Ваши страны: %s"},
	msgCountriesUnknown: {"I don't know these countries: %s. Use ISO codes or names, e.g. <code>/countries kz tj</code> or <code>/countries Kazakhstan</code>. Nothing was changed.",
		"Не знаю таких стран: %s. Используйте коды или названия, например <code>/countries kz tj</code> или <code>/countries Казахстан</code>. Ничего не изменено."},
	msgCountriesSaved: {"✅ Saved. Your countries: %s", "✅ Сохранено. Ваши страны: %s"},
	msgCountriesMenu: {"Tap flags to choose your countries, then <b>Done</b>. Other countries: type <code>/countries</code> and their names.\n\nChosen: %s",
		"Нажимайте на флаги, чтобы выбрать страны, затем <b>Готово</b>. Другие страны: напишите <code>/countries</code> и их названия.\n\nВыбрано: %s"},
	msgTopicsAll: {"You get every topic. To narrow it down, choose below or type <code>/topics energy economy</code>.",
		"Вы получаете все темы. Чтобы сузить выбор, отметьте ниже или напишите <code>/topics energy economy</code>."},
	msgTopicsNow: {"Your topics: %s", "Ваши темы: %s"},
	msgTopicsUnknown: {"I don't know these topics: %s. Available: %s. Nothing was changed.",
		"Не знаю таких тем: %s. Доступны: %s. Ничего не изменено."},
	msgTopicsSaved: {"✅ Saved. Your topics: %s", "✅ Сохранено. Ваши темы: %s"},
	msgTopicsMenu: {"Tap topics to follow, then <b>Done</b>. None chosen means every topic.\n\nChosen: %s",
		"Отметьте темы, затем <b>Готово</b>. Если ничего не выбрано — присылаются все темы.\n\nВыбрано: %s"},
	msgTimeUsage: {"Your digest comes at %s (%s). To change it: <code>/time 08:30</code>.",
		"Дайджест приходит в %s (%s). Чтобы изменить: <code>/time 08:30</code>."},
	msgTimeBad: {"%s is not a time of day. Use 24-hour HH:MM, e.g. <code>/time 07:45</code>. Nothing was changed.",
		"%s — это не время суток. Используйте формат ЧЧ:ММ, например <code>/time 07:45</code>. Ничего не изменено."},
	msgTimeSaved: {"✅ Your digest will come daily at %s (%s). Next one: %s.",
		"✅ Дайджест будет приходить ежедневно в %s (%s). Следующий: %s."},
	msgTimeMenu: {"When should your daily digest come? Tap a time, or type for example <code>/time 07:45</code>.",
		"Когда присылать дайджест? Выберите время или напишите, например, <code>/time 07:45</code>."},
	msgTZUsage: {"Your time zone: %s. To change it: <code>/timezone Tashkent</code> (a city or an IANA name).",
		"Ваш часовой пояс: %s. Чтобы изменить: <code>/timezone Ташкент</code> (город или название IANA)."},
	msgTZBad: {"I don't know the time zone %s. Type a city such as <code>Almaty</code> or <code>Moscow</code>, a country, or an IANA name such as <code>Asia/Tashkent</code>. Nothing was changed.",
		"Не знаю часовой пояс %s. Напишите город, например <code>Алматы</code> или <code>Москва</code>, страну или название IANA, например <code>Asia/Tashkent</code>. Ничего не изменено."},
	msgTZNear: {"I don't know the time zone %s. Did you mean %s? Nothing was changed.",
		"Не знаю часовой пояс %s. Может быть, %s? Ничего не изменено."},
	msgTZSaved: {"✅ Time zone set to %s. Next digest: %s.", "✅ Часовой пояс: %s. Следующий дайджест: %s."},
	msgTZAdopted: {"🕒 Your time zone is now %s (from %s). If you live elsewhere: <code>/timezone City</code>.",
		"🕒 Ваш часовой пояс теперь %s (по стране %s). Если вы живёте в другом месте: <code>/timezone Город</code>."},
	msgTZSuggest: {"Your time zone is not set; I use %s for now. Is that right? If not: <code>/timezone City</code>.",
		"Часовой пояс не задан; пока использую %s. Если это не так: <code>/timezone Город</code>."},
	msgLangUsage: {"Choose the language: <code>/lang en</code> or <code>/lang ru</code>.",
		"Выберите язык: <code>/lang en</code> или <code>/lang ru</code>."},
	msgLangUnavailable: {"%s is not available. I speak English and Русский: <code>/lang en</code> or <code>/lang ru</code>.",
		"Языка %s нет. Я говорю по-английски (English) и по-русски: <code>/lang en</code> или <code>/lang ru</code>."},
	msgLangSaved: {"✅ I'll speak English now.", "✅ Теперь я говорю по-русски."},
	msgPaused: {"⏸ Daily digest paused. Your settings are kept; /resume brings it back.",
		"⏸ Дайджест приостановлен. Настройки сохранены; /resume — возобновить."},
	msgAlreadyPaused: {"Your digest is already paused. /resume brings it back.",
		"Дайджест уже приостановлен. /resume — возобновить."},
	msgResumed: {"▶️ Daily digest resumed. Next one: %s.", "▶️ Дайджест возобновлён. Следующий: %s."},
	msgAlreadyActive: {"Your daily digest is not paused. Next one: %s.",
		"Дайджест не на паузе. Следующий: %s."},
	msgStopped: {"You are unsubscribed and your data is deleted: countries, topics, time and language. Send /start to begin again.",
		"Вы отписались, ваши данные удалены: страны, темы, время и язык. Отправьте /start, чтобы начать заново."},
	msgNotSubscribed: {"There was nothing to delete: this chat is not subscribed. Send /start to subscribe.",
		"Удалять нечего: этот чат не подписан. Отправьте /start, чтобы подписаться."},
	msgNeedStart: {"This chat isn't subscribed yet. Send /start first.",
		"Этот чат ещё не подписан. Сначала отправьте /start."},
	msgAdminsOnly: {"Only the group's admins can change its settings.",
		"Менять настройки группы могут только её администраторы."},
	msgGroupAskAdmin: {"👋 Hi! I'm <b>newsbot</b>: news from Central Asia and beyond, in a digest at the times the group chooses. Only the group's admins can set me up: an admin sends /start. Meanwhile anyone can ask for /latest news.",
		"👋 Привет! Я <b>newsbot</b>: новости Центральной Азии и мира в дайджесте в выбранное группой время. Настроить меня могут только администраторы группы: командой /start. А пока любой может запросить новости командой /latest."},
	msgSlowDown: {"One moment — too many requests. Try again in a few seconds.",
		"Минутку — слишком много запросов. Повторите через несколько секунд."},
	msgNoNews: {"No stories yet for your choice. New articles arrive every few minutes — try again later, or widen your /countries and /topics.",
		"Пока нет новостей по вашему выбору. Статьи поступают каждые несколько минут — загляните позже или расширьте /countries и /topics."},
	msgNoNewsFor: {"No stories yet for %s.", "Пока нет новостей: %s."},
	msgUnknownFilter: {"%s: neither a country nor a topic I know. Try <code>/latest kz</code>, <code>/latest energy</code> or both: <code>/latest kz energy</code>. Topics: %s",
		"%s: не страна и не тема из моего списка. Попробуйте <code>/latest kz</code>, <code>/latest energy</code> или обе: <code>/latest казахстан энергетика</code>. Темы: %s"},
	msgTopicUsage: {"Which topic? For example <code>/topic energy</code>. Topics: %s",
		"Какая тема? Например, <code>/topic energy</code>. Темы: %s"},
	msgTopicUnknown:        {"I don't know the topic %s. Topics: %s", "Не знаю тему %s. Темы: %s"},
	msgNoTopicNews:         {"No stories on %s yet in your countries.", "Пока нет новостей на тему «%s» по вашим странам."},
	msgNoTopicNewsAnywhere: {"No stories on %s yet.", "Пока нет новостей на тему «%s»."},
	msgDigestUnavailable: {"Digests are not available right now. Please try again later.",
		"Дайджесты сейчас недоступны. Попробуйте позже."},
	msgDigestEmpty: {"Nothing new for you since your last digest.", "С прошлого дайджеста ничего нового для вас нет."},
	msgDigestEmptyFirst: {"Nothing new on your countries and topics in the past day. /latest shows the newest stories anyway.",
		"За последние сутки по вашим странам и темам ничего нового. Самые свежие новости — по команде /latest."},
	msgNotEditor:         {"Sorry, only the newsroom's editors can broadcast.", "Извините, рассылать новости могут только редакторы."},
	msgEditorUnavailable: {"Broadcasting is not available right now.", "Рассылка сейчас недоступна."},
	msgStaleButton:       {"This button has expired. Send the command again.", "Эта кнопка устарела. Отправьте команду ещё раз."},
	msgDone:              {"Done", "Готово"},
	msgSetupDone: {"🎉 All set! Your digest comes daily at %s (%s).\nCountries: %s\nTopics: %s\n\nTry /latest now.",
		"🎉 Готово! Дайджест будет приходить ежедневно в %s (%s).\nСтраны: %s\nТемы: %s\n\nПопробуйте /latest."},
	// Headings are plain text: the renderer escapes and bolds them.
	msgLatestHeading:    {"📰 Latest news", "📰 Последние новости"},
	msgLatestHeadingFor: {"📰 Latest news: %s", "📰 Последние новости: %s"},
	msgMore:             {"More ▸", "Ещё ▸"},
	msgLatestYours:      {"📰 Latest news for you", "📰 Последние новости для вас"},
	// Scopes follow a country or topic in a plain-text heading: "Energy · all countries".
	msgScopeAllCountries:  {"all countries", "все страны"},
	msgScopeAllTopics:     {"all topics", "все темы"},
	msgScopeYourCountries: {"in your countries", "по вашим странам"},
	msgLatestTooMany: {"One country and one topic at most, e.g. <code>/latest kz energy</code>; that was %s.",
		"Не больше одной страны и одной темы, например <code>/latest kz energy</code>; а здесь: %s."},
	msgSettings: {"⚙️ <b>Settings</b>\nCountries: %s\nTopics: %s\nDigest: daily at %s (%s)\nLanguage: %s\nGrouped by: %s\nBreaking alerts: %s\nNote on days without news: %s\nStatus: %s",
		"⚙️ <b>Настройки</b>\nСтраны: %s\nТемы: %s\nДайджест: ежедневно в %s (%s)\nЯзык: %s\nГруппировка: %s\nСрочные новости: %s\nСообщать, когда новостей нет: %s\nСтатус: %s"},
	msgBtnCountries: {"🌍 Countries", "🌍 Страны"},
	msgBtnTopics:    {"🗂 Topics", "🗂 Темы"},
	msgBtnTime:      {"⏰ Time", "⏰ Время"},
	msgBtnLang:      {"🇷🇺 Русский", "🇬🇧 English"},
	msgBtnGroupBy:   {"↕️ Group by %s", "↕️ Группировать: %s"},
	msgBtnAlerts:    {"🔔 Breaking alerts: %s", "🔔 Срочные: %s"},
	msgBtnDone:      {"✅ Done", "✅ Готово"},
	msgBtnAllTopics: {"All topics", "Все темы"},
	msgTooLong:      {"That message is too long for me.", "Это сообщение слишком длинное."},
	msgChannelUsage: {"To connect a channel: add me to it as an admin, then send <code>/channel @channelname</code> here.",
		"Чтобы подключить канал, добавьте меня в его администраторы и отправьте здесь <code>/channel @имя_канала</code>."},
	msgChannelCannotPost: {"I can't post in %[1]s, so it is not connected. Add me to the channel as an administrator with the right to post messages, then send <code>/channel %[1]s</code> here again.",
		"Я не могу публиковать в %[1]s, поэтому канал не подключён. Добавьте меня в администраторы канала с правом публиковать сообщения и снова отправьте здесь <code>/channel %[1]s</code>."},
	msgChannelNotFound: {"I can't find %s. Add me to the channel as an admin first.",
		"Не нахожу %s. Сначала добавьте меня в администраторы канала."},
	msgChannelNotAdmin: {"Only an admin of %s can connect it.", "Подключить %s может только его администратор."},
	msgChannelConnected: {"✅ Channel %s connected. Choose its countries, topics and digest time below.",
		"✅ Канал %s подключён. Выберите для него страны, темы и время дайджеста."},
	msgChannelNotChannel: {"%s is not a channel.", "%s — это не канал."},
	msgAlertsOn:          {"on", "вкл."},
	msgAlertsOff:         {"off", "выкл."},
	msgGroupedBy:         {"Digest grouped by %s.", "Дайджест сгруппирован: %s."},
	msgEveryTopic:        {"every topic", "все темы"},
	msgNoneChosen:        {"none — news from everywhere", "не выбраны — новости отовсюду"},
	msgEdUsage: {"Usage: <code>/broadcast text</code> (or reply /broadcast to a message), <code>/breaking https://…</code>",
		"Так: <code>/broadcast текст</code> (или ответьте /broadcast на сообщение), <code>/breaking https://…</code>"},
	msgEdDraftFailed: {"Could not prepare the broadcast: %s", "Не удалось подготовить рассылку: %s"},
	msgEdNotURL: {"give the article's address, starting with https://.",
		"укажите адрес статьи, начиная с https://."},
	msgEdTooLong: {"the text is too long for one message (3 500 characters at most).",
		"текст слишком длинный для одного сообщения (не больше 3 500 знаков)."},
	msgEdUnreachable: {"the page at %s could not be loaded (the site did not answer or returned an error). Check the address or try again later.",
		"страница на %s не загрузилась (сайт не ответил или вернул ошибку). Проверьте адрес или повторите позже."},
	msgEdInternal: {"the address %s (or where it redirects) is on an internal network, which newsbot does not fetch; the operator can allow it with [poll] allow_private.",
		"адрес %s (или куда он перенаправляет) ведёт во внутреннюю сеть, а туда newsbot не обращается; оператор может разрешить это настройкой [poll] allow_private."},
	msgEdUnreadable: {"no article could be read on that page.",
		"на этой странице не удалось найти статью."},
	msgEdTryAgain: {"something went wrong on our side. Please try again in a minute.",
		"что-то пошло не так на нашей стороне. Повторите через минуту."},
	msgEdAllCountries: {"all", "все"},
	// The audience's noun comes from chatsWord: "1 chat", "2 чата", "5 чатов".
	msgEdAudience: {"👥 Audience: <b>%d</b> %s\nCountries: %s\nTopics: %s\n\nTap to narrow, then send.",
		"👥 Получатели: <b>%d</b> %s\nСтраны: %s\nТемы: %s\n\nУточните выбор и отправьте."},
	msgEdSend:      {"📣 Send to %d", "📣 Отправить (%d)"},
	msgEdCancel:    {"✖ Cancel", "✖ Отмена"},
	msgEdCancelled: {"Broadcast cancelled.", "Рассылка отменена."},
	msgEdStartFailed: {"Could not start the broadcast; nothing was sent. Please prepare it again.",
		"Не удалось начать рассылку; ничего не отправлено. Подготовьте её заново."},
	msgEdFinished: {"✅ Broadcast finished: %d of %d delivered, %d failed.", "✅ Рассылка завершена: доставлено %d из %d, ошибок %d."},
	msgEdSending:  {"📣 Sending…", "📣 Рассылка началась…"},
	msgEdProgress: {"📣 Sent %d of %d, %d failed, about %s left", "📣 Отправлено %d из %d, ошибок %d, осталось ≈%s"},
	msgBtnQuiet:   {"🌙 Quiet-day note: %s", "🌙 «Новостей нет»: %s"},
	msgTooManyCountries: {"You can follow up to %d countries; that was %d. Nothing was changed.",
		"Можно выбрать до %d стран, а здесь их %d. Ничего не изменено."},
	msgTooManyCountriesButton: {"Up to %d countries: remove one first.", "Не больше %d стран: сначала уберите одну."},
	msgWelcomeBackPaused: {"👋 Welcome back! Your settings are kept and your daily digest is paused: /resume brings it back.",
		"👋 С возвращением! Настройки сохранены, дайджест на паузе: /resume — возобновить."},
}

// text returns the message in lang ("ru" or English), formatted with args.
func text(lang string, id msgID, args ...any) string {
	t, ok := texts[id]
	if !ok {
		t, ok = prefTexts[id]
	}
	if !ok {
		t, ok = commandTexts[id]
	}
	if !ok {
		return fmt.Sprintf("!msg(%d)", id)
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

// chatsWord is "chat" or "chats" after n, in Russian "чат", "чата" or
// "чатов" by the rules for numerals (1, 21 чат; 2–4, 22 чата; 5–20, 25 чатов).
func chatsWord(n int, lang string) string {
	if lang != "ru" {
		if n == 1 {
			return "chat"
		}
		return "chats"
	}
	n %= 100
	if n < 0 {
		n = -n
	}
	switch {
	case n%10 == 1 && n != 11:
		return "чат"
	case n%10 >= 2 && n%10 <= 4 && (n < 12 || n > 14):
		return "чата"
	}
	return "чатов"
}

// LangOf is the language the bot speaks to a client whose interface
// language is code ("ru-RU", "kk", "en-GB") until the chat chooses one:
// "ru" or "en".
func LangOf(code string) string { return langOf(code) }

// langOf picks "ru" for Russian-speaking clients and "en" otherwise.
func langOf(code string) string {
	code = strings.ToLower(code)
	for _, ru := range []string{"ru", "be", "kk", "ky", "tg", "uz"} {
		// Clients in the region's languages most likely read Russian better than English.
		if code == ru || strings.HasPrefix(code, ru+"-") {
			return "ru"
		}
	}
	return "en"
}

// localWhen formats a local time as "Friday, 27 November, 08:00".
func localWhen(t time.Time, lang string) string {
	return fmt.Sprintf("%s, %02d:%02d", render.LongDate(t, lang), t.Hour(), t.Minute())
}
