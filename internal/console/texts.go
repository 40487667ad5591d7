package console

// metaCommands are the lines the terminal plays itself instead of sending
// them to the bot: what Telegram would report about the bot's membership.
var metaCommands = []string{":help", ":join", ":leave", ":promote", ":demote", ":migrate", ":block", ":unblock"}

// The terminal's own texts, in English and Russian.
const (
	msgHint = iota
	msgMetaHelp
	msgJoined
	msgLeft
	msgAlreadyInGroup
	msgNotInGroup
	msgMigrateUsage
)

var texts = [...][2]string{
	msgHint: {"(type a number to press a button)", "(введите номер, чтобы нажать кнопку)"},
	msgMetaHelp: {`Terminal commands (they play what Telegram reports to the bot):
  :join         add the bot to a group ("Terminal group"); your lines then go there
  :leave        remove the bot from the group; back to your private chat
  :promote      give the bot back the right to post in the group
  :demote       take the bot's right to post in the group away
  :migrate ID   the group becomes the supergroup ID (a negative number, e.g. -1001234)
  :block        block the bot in your private chat
  :unblock      unblock it
  :help         this list`,
		`Команды терминала (разыгрывают то, что Telegram сообщает боту):
  :join         добавить бота в группу («Terminal group»); ваши сообщения пойдут туда
  :leave        удалить бота из группы; назад в личный чат
  :promote      вернуть боту право писать в группе
  :demote       отнять у бота право писать в группе
  :migrate ID   группа становится супергруппой ID (отрицательное число, например -1001234)
  :block        заблокировать бота в личном чате
  :unblock      разблокировать его
  :help         этот список`},
	msgJoined:         {"(the bot is added to the group; you now write there, :leave to go back)", "(бот добавлен в группу; теперь вы пишете там, :leave — назад)"},
	msgLeft:           {"(the bot is removed from the group; you write in your private chat again)", "(бот удалён из группы; вы снова пишете в личном чате)"},
	msgAlreadyInGroup: {"(the bot is in the group already: :leave first)", "(бот уже в группе: сначала :leave)"},
	msgNotInGroup:     {"(not in a group: :join first)", "(вы не в группе: сначала :join)"},
	msgMigrateUsage:   {"(usage: :migrate ID, a negative supergroup id other than the group's, e.g. :migrate -1001234)", "(формат: :migrate ID — отрицательный id супергруппы, не равный id группы, например :migrate -1001234)"},
}
