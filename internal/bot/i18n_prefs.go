package bot

// Texts of the reading choices (issue 12): keyword filters, muted outlets,
// story languages, several digest times and breaking alerts. Their ids
// start far from i18n.go's so that both lists can grow apart.
const (
	msgFilterShow msgID = 1000 + iota
	msgFilterNone
	msgFilterOnly
	msgFilterHide
	msgFilterSaved
	msgFilterCleared
	msgFilterBadWord
	msgFilterTooLong
	msgFilterTooMany
	msgBtnFilterClear
	msgBtnFilter
	msgMuteShow
	msgMuteNone
	msgMuteUnknown
	msgMuteNear
	msgMuted
	msgUnmuted
	msgNotMuted
	msgAlreadyMuted
	msgBtnMuted
	msgLanguagesShow
	msgLanguagesSaved
	msgLanguagesUnknown
	msgLanguagesMenu
	msgBtnLanguages
	msgBtnDefault
	msgTimeTooMany
	msgAlertsAsk
	msgBtnAlertsKeep
	msgBtnAlertsOff
	msgAlertsKept
	msgAlertsTurnedOff
	msgSettingsReading
	msgEdAlertsOff
	msgEdFiltered
	msgBtnBack
	msgMuteMenu
	msgLastLanguage
)

var prefTexts = map[msgID][2]string{
	msgFilterShow: {"🔎 <b>Keyword filter</b>\n%s\n\n<code>/filter +word</code>: only stories mentioning one of the + words. <code>/filter -word</code>: hide stories mentioning it. Words match whole, in any letter case, and Russian words in any case form (<code>-выборы</code> hides «на выборах»); the headline and summary count. <code>/filter clear</code> removes every word. It applies to digests, /latest, /topic and breaking alerts.",
		"🔎 <b>Фильтр по словам</b>\n%s\n\n<code>/filter +слово</code> — только новости, где есть одно из слов с плюсом. <code>/filter -слово</code> — скрыть новости с этим словом. Слова ищутся целиком, без учёта регистра, русские — в любом падеже (<code>-выборы</code> скроет «на выборах»); учитываются заголовок и краткое содержание. <code>/filter clear</code> — убрать все слова. Фильтр действует на дайджесты, /latest, /topic и срочные новости."},
	msgFilterNone:    {"No words: every story comes.", "Слов нет: приходят все новости."},
	msgFilterOnly:    {"Only stories mentioning: %s", "Только новости со словами: %s"},
	msgFilterHide:    {"Hidden when they mention: %s", "Скрыты новости со словами: %s"},
	msgFilterSaved:   {"✅ Filter saved.\n%s", "✅ Фильтр сохранён.\n%s"},
	msgFilterCleared: {"✅ Filter cleared: every story comes again.", "✅ Фильтр очищен: снова приходят все новости."},
	msgFilterBadWord: {"I can't filter on %s: write each word with + (only stories mentioning it) or - (hide stories mentioning it) in front, letters and digits only, e.g. <code>/filter +gas -football</code>. Nothing was changed.",
		"Не могу фильтровать по %s: пишите перед каждым словом + (только новости с ним) или - (скрыть новости с ним), только буквы и цифры, например <code>/filter +газ -футбол</code>. Ничего не изменено."},
	msgFilterTooLong: {"%s is longer than %d characters. Nothing was changed.", "%s длиннее %d знаков. Ничего не изменено."},
	msgFilterTooMany: {"A filter holds at most %d words; that would make %d. Remove some first (<code>/filter clear</code>). Nothing was changed.",
		"В фильтре не больше %d слов, а получилось бы %d. Сначала уберите лишние (<code>/filter clear</code>). Ничего не изменено."},
	msgBtnFilterClear: {"🧹 Clear the filter", "🧹 Очистить фильтр"},
	msgBtnFilter:      {"🔎 Filter", "🔎 Фильтр"},
	msgMuteShow: {"🔇 <b>Muted outlets</b>: %s\n\n<code>/mute NPR</code> mutes an outlet (its name as messages show it, or its feed number); <code>/unmute NPR</code> or a button below brings it back. A story that another outlet also carries still reaches you, through that outlet.",
		"🔇 <b>Скрытые издания</b>: %s\n\n<code>/mute NPR</code> — скрыть издание (название, как в сообщениях, или номер ленты); <code>/unmute NPR</code> или кнопка ниже — вернуть. Новость, которую пишет и другое издание, всё равно придёт — через него."},
	msgMuteNone:    {"none", "нет"},
	msgMuteUnknown: {"I don't know the outlet %s. Outlets: %s. Nothing was changed.", "Не знаю издание %s. Издания: %s. Ничего не изменено."},
	msgMuteNear:    {"I don't know the outlet %s. Did you mean %s? Nothing was changed.", "Не знаю издание %s. Может быть, %s? Ничего не изменено."},
	msgMuted: {"🔇 %s is muted. Its stories reach you only when another outlet carries them. /unmute brings it back.",
		"🔇 %s скрыто. Его новости придут, только если их пишет и другое издание. /unmute — вернуть."},
	msgUnmuted:      {"🔈 %s is back.", "🔈 %s снова с вами."},
	msgNotMuted:     {"%s is not muted.", "%s не скрыто."},
	msgAlreadyMuted: {"%s is muted already.", "%s уже скрыто."},
	msgBtnMuted:     {"🔇 Muted outlets", "🔇 Скрытые издания"},
	msgLanguagesShow: {"🌐 <b>Story languages</b>: %s\n\nA story in another language reaches you only through a report in one of these. To change: <code>/languages en ru de</code>, or <code>/languages default</code> (%s).",
		"🌐 <b>Языки новостей</b>: %s\n\nНовость на другом языке придёт, только если о ней есть материал на одном из этих. Изменить: <code>/languages ru en de</code> или <code>/languages default</code> (%s)."},
	msgLanguagesSaved: {"✅ Stories in: %s.", "✅ Языки новостей: %s."},
	msgLanguagesUnknown: {"I don't know the languages %s. Use codes such as <code>en ru de fr</code>. Nothing was changed.",
		"Не знаю языки %s. Используйте коды, например <code>ru en de fr</code>. Ничего не изменено."},
	msgLanguagesMenu: {"🌐 Tap the languages you read stories in, then <b>Done</b>.\n\nChosen: %s", "🌐 Отметьте языки, на которых читаете новости, затем <b>Готово</b>.\n\nВыбрано: %s"},
	msgBtnLanguages:  {"🌐 Story languages", "🌐 Языки новостей"},
	msgBtnDefault:    {"Default", "По умолчанию"},
	msgTimeTooMany:   {"Up to %d digests a day; that was %d. Nothing was changed.", "Не больше %d дайджестов в день, а здесь %d. Ничего не изменено."},
	msgAlertsAsk: {"🔔 <b>Breaking news</b>: when editors flag a big story in your countries, I send it at once. Alerts are on; keep them?",
		"🔔 <b>Срочные новости</b>: когда редакция отмечает важную новость по вашим странам, я присылаю её сразу. Оповещения включены; оставить?"},
	msgBtnAlertsKeep:   {"🔔 Keep alerts", "🔔 Оставить"},
	msgBtnAlertsOff:    {"🔕 No alerts", "🔕 Не надо"},
	msgAlertsKept:      {"🔔 Breaking alerts stay on. /settings changes it any time.", "🔔 Срочные новости включены. Изменить — в /settings."},
	msgAlertsTurnedOff: {"🔕 No breaking alerts. /settings turns them on any time.", "🔕 Срочные новости выключены. Включить — в /settings."},
	msgSettingsReading: {"Story languages: %s\nFilter: %s\nMuted outlets: %s", "Языки новостей: %s\nФильтр: %s\nСкрытые издания: %s"},
	msgEdAlertsOff:     {"🔕 Left out, breaking alerts off: %d %s.", "🔕 Не получат, срочные новости выключены: %d %s."},
	msgEdFiltered:      {"🔎 Left out by their own story languages, words or outlets: %d %s.", "🔎 Не получат из-за своих языков, слов или изданий: %d %s."},
	msgBtnBack:         {"◂ Settings", "◂ Настройки"},
	msgLastLanguage:    {"At least one language stays chosen.", "Хотя бы один язык должен остаться."},
	msgMuteMenu:        {"🔇 Muted outlets: %s\n\nTap one to bring it back; <code>/mute NAME</code> mutes another.", "🔇 Скрытые издания: %s\n\nНажмите, чтобы вернуть; <code>/mute НАЗВАНИЕ</code> — скрыть ещё одно."},
}

// prefChatTexts word the texts above for a group or channel (see chatTexts).
var prefChatTexts = map[msgID][2]string{
	msgMuteShow: {"🔇 <b>This chat's muted outlets</b>: %s\n\n<code>/mute NPR</code> mutes an outlet (its name as messages show it, or its feed number); <code>/unmute NPR</code> or a button below brings it back. A story that another outlet also carries still reaches this chat, through that outlet.",
		"🔇 <b>Скрытые издания этого чата</b>: %s\n\n<code>/mute NPR</code> — скрыть издание (название, как в сообщениях, или номер ленты); <code>/unmute NPR</code> или кнопка ниже — вернуть. Новость, которую пишет и другое издание, всё равно придёт в чат — через него."},
	msgMuted: {"🔇 %s is muted in this chat. Its stories come here only when another outlet carries them. /unmute brings it back.",
		"🔇 %s скрыто в этом чате. Его новости придут сюда, только если их пишет и другое издание. /unmute — вернуть."},
	msgLanguagesShow: {"🌐 <b>This chat's story languages</b>: %s\n\nA story in another language comes here only through a report in one of these. To change: <code>/languages en ru de</code>, or <code>/languages default</code> (%s).",
		"🌐 <b>Языки новостей этого чата</b>: %s\n\nНовость на другом языке придёт сюда, только если о ней есть материал на одном из этих. Изменить: <code>/languages ru en de</code> или <code>/languages default</code> (%s)."},
	msgAlertsAsk: {"🔔 <b>Breaking news</b>: when editors flag a big story in this chat's countries, I post it at once. Alerts are on; keep them?",
		"🔔 <b>Срочные новости</b>: когда редакция отмечает важную новость по странам этого чата, я сразу публикую её здесь. Оповещения включены; оставить?"},
}
