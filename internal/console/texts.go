package console

// metaCommands are the lines the terminal plays itself instead of sending
// them to the bot: what Telegram would report about the bot's membership.
var metaCommands = []string{":help", ":join", ":leave", ":promote", ":demote", ":migrate", ":block", ":unblock"}
