package bot

import (
	"context"
	"sync"
	"time"
)

// EditPrinter is a transport that shows an edit as a new message, below
// the rest, rather than in place: the terminal. The bot then does not
// repeat an edit's text in a message of its own.
type EditPrinter interface {
	EditsPrintAnew() bool
}

// progressReporter shows a broadcast's progress in the editor's progress
// message, each state once: a report equal to the last one shown changes
// nothing. At the end the progress message shows the final report, and in
// Telegram a new message with it notifies the editor (an edit makes no
// sound); where edits print anew (the terminal) that would say "finished"
// twice, so it is left out.
func progressReporter(b *Bot, chatID int64, messageID int, lang string) func(Progress) {
	ep, ok := b.transport.(EditPrinter)
	printsAnew := ok && ep.EditsPrintAnew()
	var (
		mu       sync.Mutex
		last     string
		finished bool
	)
	return func(p Progress) {
		mu.Lock()
		defer mu.Unlock()
		if finished {
			return // the end was announced already
		}
		finished = p.Done
		// Progress outlives the update that started it; it reports through
		// the transport under its own context.
		pctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		shown := progressText(p, lang)
		if shown != last {
			if err := b.transport.Edit(pctx, chatID, messageID, Reply{Text: shown}); err != nil {
				b.log.Warn("broadcast progress", "chat_id", chatID, "err", err)
			}
			last = shown
		}
		if p.Done && !printsAnew {
			if _, err := b.transport.Send(pctx, chatID, Reply{Text: shown}); err != nil {
				b.log.Warn("broadcast report", "chat_id", chatID, "err", err)
			}
		}
	}
}
