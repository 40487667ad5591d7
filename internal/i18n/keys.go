package i18n

// Key names a text of the catalogs. Every language's catalog holds a text
// for every key (catalog_test.go checks it), so a key is added here and in
// each catalog_*.go file at once.
type Key int

const (
	// Replies of the bot (package bot): commands, menus, settings, editors.
	MsgInternalError Key = iota
	MsgWelcomeNew
	MsgWelcomeBack
	MsgUnknownCommand
	MsgNotACommand
	MsgCountriesNone
	MsgCountriesNow
	MsgCountriesUnknown
	MsgCountriesSaved
	MsgCountriesMenu
	MsgTopicsAll
	MsgTopicsNow
	MsgTopicsUnknown
	MsgTopicsSaved
	MsgTopicsMenu
	MsgTimeUsage
	MsgTimeBad
	MsgTimeSaved
	MsgTimeMenu
	MsgTZUsage
	MsgTZBad
	MsgTZNear
	MsgTZSaved
	MsgTZSuggest
	MsgTZAdopted
	MsgLangUsage
	MsgLangSaved
	MsgPaused
	MsgAlreadyPaused
	MsgResumed
	MsgAlreadyActive
	MsgStopped
	MsgNotSubscribed
	MsgNeedStart
	MsgAdminsOnly
	MsgGroupAskAdmin
	MsgSlowDown
	MsgNoNews
	MsgNoNewsFor
	MsgUnknownFilter
	MsgTopicUsage
	MsgTopicUnknown
	MsgNoTopicNews
	MsgDigestUnavailable
	MsgDigestEmpty
	MsgDigestEmptyFirst
	MsgNotEditor
	MsgEditorUnavailable
	MsgStaleButton
	MsgDone
	MsgSetupDone
	MsgLatestHeading
	MsgLatestHeadingFor
	MsgMore
	MsgSettings
	MsgBtnCountries
	MsgBtnTopics
	MsgBtnTime
	MsgBtnGroupBy
	MsgBtnAlerts
	MsgBtnDone
	MsgBtnAllTopics
	MsgTooLong
	MsgChannelUsage
	MsgChannelNotFound
	MsgChannelNotAdmin
	MsgChannelConnected
	MsgChannelNotChannel
	MsgChannelCannotPost
	MsgAlertsOn
	MsgAlertsOff
	MsgGroupedBy
	MsgEveryTopic
	MsgNoneChosen
	MsgBtnQuiet
	MsgTooManyCountries
	MsgTooManyCountriesButton
	MsgWelcomeBackPaused
	MsgEdUsage
	MsgEdDraftFailed
	MsgEdNotURL
	MsgEdTooLong
	MsgEdUnreachable
	MsgEdInternal
	MsgEdUnreadable
	MsgEdTryAgain
	MsgEdAllCountries
	MsgEdAudience
	MsgEdSend
	MsgEdCancel
	MsgEdCancelled
	MsgEdStartFailed
	MsgEdFinished
	MsgEdSending
	MsgEdProgress
	MsgLangUnavailable
	MsgLatestYours
	MsgScopeAllCountries
	MsgScopeAllTopics
	MsgScopeYourCountries
	MsgLatestTooMany
	MsgNoTopicNewsAnywhere

	// Reading choices: keyword filter, muted outlets, story languages, several digest times, breaking alerts.
	MsgFilterShow
	MsgFilterNone
	MsgFilterOnly
	MsgFilterHide
	MsgFilterSaved
	MsgFilterCleared
	MsgFilterBadWord
	MsgFilterTooLong
	MsgFilterTooMany
	MsgBtnFilterClear
	MsgBtnFilter
	MsgMuteShow
	MsgMuteNone
	MsgMuteUnknown
	MsgMuteNear
	MsgMuted
	MsgUnmuted
	MsgNotMuted
	MsgAlreadyMuted
	MsgBtnMuted
	MsgLanguagesShow
	MsgLanguagesSaved
	MsgLanguagesUnknown
	MsgLanguagesMenu
	MsgBtnLanguages
	MsgBtnDefault
	MsgTimeTooMany
	MsgAlertsAsk
	MsgBtnAlertsKeep
	MsgBtnAlertsOff
	MsgAlertsKept
	MsgAlertsTurnedOff
	MsgSettingsReading
	MsgEdAlertsOff
	MsgEdFiltered
	MsgBtnBack
	MsgMuteMenu
	MsgLastLanguage

	// The command table (bot/commandtable.go): each command's line in /help and its description in Telegram's command menu.
	MsgHelpIntro
	MsgHelpNews
	MsgHelpSettings
	MsgHelpEditors
	MsgHelpLatest
	MsgHelpTopic
	MsgHelpDigest
	MsgHelpCountries
	MsgHelpTopics
	MsgHelpTime
	MsgHelpFilter
	MsgHelpMute
	MsgHelpLanguages
	MsgHelpTimezone
	MsgHelpLang
	MsgHelpSettingsCmd
	MsgHelpPause
	MsgHelpStop
	MsgHelpChannel
	MsgHelpID
	MsgHelpIDEditor
	MsgHelpBroadcast
	MsgHelpBreaking
	MsgMenuStart
	MsgMenuLatest
	MsgMenuTopic
	MsgMenuDigest
	MsgMenuSettings
	MsgMenuCountries
	MsgMenuTopics
	MsgMenuTime
	MsgMenuFilter
	MsgMenuMute
	MsgMenuUnmute
	MsgMenuLanguages
	MsgMenuTimezone
	MsgMenuLang
	MsgMenuPause
	MsgMenuResume
	MsgMenuChannel
	MsgMenuStop
	MsgMenuID
	MsgMenuHelp

	// /id, "did you mean", forum topics.
	MsgIDShow
	MsgIDTopic
	MsgIDIsEditor
	MsgDidYouMean
	MsgTopicBound
	MsgTopicGlobal
	MsgTopicGone
	MsgSettingsTopic

	// Subscription statuses in /settings.
	MsgStatusActive
	MsgStatusPaused
	MsgStatusBlocked
	MsgStatusLeft

	// Rendered messages (package render): digests, lists, breaking cards.
	MsgNoStoriesYet
	MsgNoTopicStoriesYet
	MsgYourDigest
	MsgQuietDay
	MsgBreaking
	MsgAlso
	MsgAndMore
	MsgOtherCountries
	MsgOtherTopics
	MsgUntitled

	// The application (package app): the report on a broadcast resumed after a restart.
	MsgBroadcastResumed

	// The terminal transport (package console).
	MsgConsoleButtonHint
	MsgConsoleMetaHelp
	MsgConsoleJoined
	MsgConsoleLeft
	MsgConsoleAlreadyInGroup
	MsgConsoleNotInGroup
	MsgConsoleMigrateUsage

	keyCount // the number of keys; not a key
)
