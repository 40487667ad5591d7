package bot

import (
	"context"
	"hash/fnv"
	"sync"
)

// shownTransport wraps a Transport and remembers what each message it sent
// or edited shows, so that an edit which would change nothing is skipped:
// Telegram refuses those ("message is not modified"), and they happen when
// two menus of the same settings are open and one of them shows a state
// that a press on the other brings back. Memory is bounded: past maxShown
// messages it forgets them all, and an edit it cannot vouch for is sent.
type shownTransport struct {
	Transport
	mu    sync.Mutex
	shown map[shownKey]shownState
}

type shownKey struct {
	chat int64
	msg  int
}

type shownState struct{ text, keyboard uint64 }

const maxShown = 50_000

func newShownTransport(t Transport) *shownTransport {
	return &shownTransport{Transport: t, shown: map[shownKey]shownState{}}
}

func hashText(s string) uint64 {
	h := fnv.New64a()
	_, _ = h.Write([]byte(s))
	return h.Sum64()
}

func hashKeyboard(rows [][]Button) uint64 {
	h := fnv.New64a()
	for _, row := range rows {
		for _, b := range row {
			_, _ = h.Write([]byte(b.Text + "\x00" + b.Data + "\x00" + b.URL + "\x01"))
		}
		_, _ = h.Write([]byte{2})
	}
	return h.Sum64()
}

func (s *shownTransport) remember(k shownKey, st shownState) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.shown) >= maxShown {
		clear(s.shown)
	}
	s.shown[k] = st
}

// Send shows a new message and remembers it.
func (s *shownTransport) Send(ctx context.Context, chatID int64, r Reply) (int, error) {
	id, err := s.Transport.Send(ctx, chatID, r)
	if err == nil && id != 0 {
		s.remember(shownKey{chatID, id}, shownState{hashText(r.Text), hashKeyboard(r.Keyboard)})
	}
	return id, err
}

// Edit changes a message unless it shows r already.
func (s *shownTransport) Edit(ctx context.Context, chatID int64, messageID int, r Reply) error {
	k := shownKey{chatID, messageID}
	want := shownState{hashText(r.Text), hashKeyboard(r.Keyboard)}
	s.mu.Lock()
	was, known := s.shown[k]
	s.mu.Unlock()
	if r.Text == "" {
		want.text = was.text // only the keyboard changes
	}
	if known && was == want {
		return nil
	}
	if err := s.Transport.Edit(ctx, chatID, messageID, r); err != nil {
		return err
	}
	if known || r.Text != "" {
		s.remember(k, want)
	}
	return nil
}

// EditsPrintAnew passes on what the wrapped transport says of its edits,
// so the progress reporter still sees the terminal through the wrapper.
func (s *shownTransport) EditsPrintAnew() bool {
	ep, ok := s.Transport.(EditPrinter)
	return ok && ep.EditsPrintAnew()
}
