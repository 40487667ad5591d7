// Package telegram connects newsbot to the Telegram Bot API: the Transport
// receives updates (long polling or a webhook), hands them to the
// conversation core in order per chat and carries its replies back; the
// Sender delivers the outbox. It is the only package that imports
// go-telegram-bot-api, and it keeps the bot token out of logs and errors.
package telegram
