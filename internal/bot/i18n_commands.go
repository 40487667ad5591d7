package bot

// Texts of the command table (commands.go): each command's line in /help
// and its short description in Telegram's command menu. Their ids start
// far from the other lists' so that all of them can grow apart.
const (
	msgHelpIntro msgID = 2000 + iota
	msgHelpNews
	msgHelpSettings
	msgHelpEditors

	msgHelpLatest
	msgHelpTopic
	msgHelpDigest
	msgHelpCountries
	msgHelpTopics
	msgHelpTime
	msgHelpFilter
	msgHelpMute
	msgHelpLanguages
	msgHelpTimezone
	msgHelpLang
	msgHelpSettingsCmd
	msgHelpPause
	msgHelpStop
	msgHelpChannel
	msgHelpID
	msgHelpIDEditor
	msgHelpBroadcast
	msgHelpBreaking

	msgMenuStart
	msgMenuLatest
	msgMenuTopic
	msgMenuDigest
	msgMenuSettings
	msgMenuCountries
	msgMenuTopics
	msgMenuTime
	msgMenuFilter
	msgMenuMute
	msgMenuUnmute
	msgMenuLanguages
	msgMenuTimezone
	msgMenuLang
	msgMenuPause
	msgMenuResume
	msgMenuChannel
	msgMenuStop
	msgMenuID
	msgMenuHelp
)

var commandTexts = map[msgID][2]string{
	msgHelpIntro:    {"<b>newsbot</b> sends the news you choose, up to three times a day, at your times.", "<b>newsbot</b> присылает выбранные вами новости до трёх раз в день, в удобное время."},
	msgHelpNews:     {"<b>News</b>", "<b>Новости</b>"},
	msgHelpSettings: {"<b>Settings</b>", "<b>Настройки</b>"},
	msgHelpEditors:  {"<b>Editors</b>", "<b>Редакторам</b>"},

	msgHelpLatest: {"/latest — newest stories for you; <code>/latest kz</code>, <code>/latest energy</code> or <code>/latest kz energy</code> for a country, a topic or both",
		"/latest — свежие новости для вас; <code>/latest kz</code>, <code>/latest energy</code> или <code>/latest kz energy</code> — по стране, теме или по обеим"},
	msgHelpTopic: {"/topic <i>slug</i> — stories on a topic in your countries, with quotes, e.g. <code>/topic energy</code>",
		"/topic <i>тема</i> — новости темы по вашим странам, с цитатами, например <code>/topic energy</code>"},
	msgHelpDigest: {"/digest — your digest now", "/digest — дайджест прямо сейчас"},
	msgHelpCountries: {"/countries <i>codes or names</i> — e.g. <code>/countries kz tj</code>; without arguments shows the menu",
		"/countries <i>коды или названия</i> — например <code>/countries kz tj</code>; без аргументов — меню"},
	msgHelpTopics: {"/topics <i>slugs</i> — e.g. <code>/topics energy economy</code>; <code>/topics all</code> for everything",
		"/topics <i>темы</i> — например <code>/topics energy economy</code>; <code>/topics all</code> — все темы"},
	msgHelpTime: {"/time <i>HH:MM …</i> — up to three digests a day, e.g. <code>/time 08:30</code> or <code>/time 8am 19:30</code>; each holds only stories not sent yet",
		"/time <i>ЧЧ:ММ …</i> — до трёх дайджестов в день, например <code>/time 08:30</code> или <code>/time 8 ч 19:30</code>; в каждом только ещё не присланное"},
	msgHelpFilter: {"/filter <i>+word -word</i> — only stories mentioning a + word, none mentioning a - word (whole words, Russian in any case form); <code>/filter</code> shows it, <code>/filter clear</code> removes it",
		"/filter <i>+слово -слово</i> — только новости со словом с плюсом, без слов с минусом (слово целиком, в любом падеже); <code>/filter</code> — показать, <code>/filter clear</code> — убрать"},
	msgHelpMute: {"/mute <i>outlet</i>, /unmute <i>outlet</i> — e.g. <code>/mute NPR</code>; a story another outlet also carries still comes, through that outlet",
		"/mute <i>издание</i>, /unmute <i>издание</i> — например <code>/mute NPR</code>; новость, которую пишет и другое издание, придёт через него"},
	msgHelpLanguages: {"/languages <i>codes</i> — languages of stories, e.g. <code>/languages en ru</code>; others come only through a report in one of these",
		"/languages <i>коды</i> — языки новостей, например <code>/languages ru en</code>; остальные — только через материал на одном из них"},
	msgHelpTimezone: {"/timezone <i>city</i> — e.g. <code>/timezone Almaty</code> or <code>/timezone Asia/Almaty</code>",
		"/timezone <i>город</i> — например <code>/timezone Алматы</code> или <code>/timezone Asia/Almaty</code>"},
	msgHelpLang:        {"/lang en|ru — interface language", "/lang en|ru — язык интерфейса"},
	msgHelpSettingsCmd: {"/settings — everything in one place", "/settings — все настройки сразу"},
	msgHelpPause:       {"/pause, /resume — stop and restart the daily digest", "/pause, /resume — приостановить и возобновить дайджест"},
	msgHelpStop:        {"/stop — unsubscribe and delete your data", "/stop — отписаться и удалить ваши данные"},
	msgHelpChannel:     {"/channel @name — connect a channel you administer", "/channel @имя — подключить канал, где вы администратор"},
	msgHelpID:          {"/id — your user id and this chat's", "/id — ваш id и id этого чата"},
	msgHelpIDEditor:    {"/id — your user id", "/id — ваш id пользователя"},
	msgHelpBroadcast: {"/broadcast <i>text</i> — a message to subscribers (or reply to a message with /broadcast)",
		"/broadcast <i>текст</i> — сообщение подписчикам (или ответьте на сообщение командой /broadcast)"},
	msgHelpBreaking: {"/breaking <i>URL</i> — a breaking-news alert with the article's card and picture",
		"/breaking <i>ссылка</i> — срочная новость: карточка статьи с картинкой"},

	msgMenuStart:     {"Subscribe and choose countries and topics", "Подписаться и выбрать страны и темы"},
	msgMenuLatest:    {"Newest stories for you", "Свежие новости для вас"},
	msgMenuTopic:     {"Stories on a topic, with quotes", "Новости темы с цитатами"},
	msgMenuDigest:    {"Your digest now", "Дайджест прямо сейчас"},
	msgMenuSettings:  {"All settings in one place", "Все настройки"},
	msgMenuCountries: {"Choose countries", "Выбрать страны"},
	msgMenuTopics:    {"Choose topics", "Выбрать темы"},
	msgMenuTime:      {"Digest times (up to three a day)", "Время дайджестов (до трёх в день)"},
	msgMenuFilter:    {"Keyword filter: +word -word", "Фильтр по словам: +слово -слово"},
	msgMenuMute:      {"Mute an outlet", "Скрыть издание"},
	msgMenuUnmute:    {"Bring a muted outlet back", "Вернуть скрытое издание"},
	msgMenuLanguages: {"Languages of stories", "Языки новостей"},
	msgMenuTimezone:  {"Your time zone", "Часовой пояс"},
	msgMenuLang:      {"Interface language", "Язык интерфейса"},
	msgMenuPause:     {"Pause the daily digest", "Приостановить дайджест"},
	msgMenuResume:    {"Resume the daily digest", "Возобновить дайджест"},
	msgMenuChannel:   {"Connect a channel you administer", "Подключить свой канал"},
	msgMenuStop:      {"Unsubscribe and delete your data", "Отписаться и удалить данные"},
	msgMenuID:        {"Your user id and this chat's", "Ваш id и id этого чата"},
	msgMenuHelp:      {"What the bot can do", "Что умеет бот"},
}

// commandChatTexts word help lines for a group's or channel's /help, like
// chatTexts.
var commandChatTexts = map[msgID][2]string{
	msgHelpIntro: {"<b>newsbot</b> sends the news this chat chooses, up to three times a day, at its times. Only the chat's admins change its settings.",
		"<b>newsbot</b> присылает в этот чат выбранные для него новости до трёх раз в день, в выбранное время. Менять настройки могут только администраторы чата."},
	msgHelpLatest: {"/latest — newest stories for this chat; <code>/latest kz</code>, <code>/latest energy</code> or <code>/latest kz energy</code> for a country, a topic or both",
		"/latest — свежие новости для этого чата; <code>/latest kz</code>, <code>/latest energy</code> или <code>/latest kz energy</code> — по стране, теме или по обеим"},
	msgHelpTopic: {"/topic <i>slug</i> — stories on a topic in this chat's countries, with quotes, e.g. <code>/topic energy</code>",
		"/topic <i>тема</i> — новости темы по странам этого чата, с цитатами, например <code>/topic energy</code>"},
	msgHelpDigest: {"/digest — this chat's digest now", "/digest — дайджест этого чата прямо сейчас"},
	msgHelpLang:   {"/lang en|ru — the chat's language", "/lang en|ru — язык чата"},
	msgHelpStop:   {"/stop — unsubscribe this chat and delete its settings", "/stop — отписать этот чат и удалить его настройки"},
	msgHelpID:     {"/id — this chat's id and the sender's", "/id — id этого чата и отправителя"},
}
