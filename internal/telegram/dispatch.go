package telegram

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
)

// dispatcher runs jobs concurrently across chats and in arrival order
// within a chat. At most workers jobs run at once and at most maxPending
// wait; submit blocks beyond that, which slows the update loop down
// instead of letting memory grow.
type dispatcher struct {
	log     *slog.Logger
	running chan struct{} // a token per running job
	pending chan struct{} // a token per accepted, unfinished job

	mu     sync.Mutex
	queues map[int64][]func()
	wg     sync.WaitGroup
}

func newDispatcher(workers, maxPending int, log *slog.Logger) *dispatcher {
	return &dispatcher{
		log:     log,
		running: make(chan struct{}, max(workers, 1)),
		pending: make(chan struct{}, max(maxPending, workers, 1)),
		queues:  map[int64][]func(){},
	}
}

// submit queues job behind the chat's earlier jobs. It blocks while too
// many jobs wait, and returns ctx's error if ctx ends first (the job is
// then dropped).
func (d *dispatcher) submit(ctx context.Context, chatID int64, job func()) error {
	select {
	case d.pending <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	d.mu.Lock()
	q, busy := d.queues[chatID]
	d.queues[chatID] = append(q, job)
	if !busy {
		d.wg.Add(1)
		go d.drain(chatID)
	}
	d.mu.Unlock()
	return nil
}

// drain runs the chat's jobs one by one until its queue is empty.
func (d *dispatcher) drain(chatID int64) {
	defer d.wg.Done()
	for {
		d.mu.Lock()
		q := d.queues[chatID]
		if len(q) == 0 {
			delete(d.queues, chatID)
			d.mu.Unlock()
			return
		}
		job := q[0]
		q[0] = nil
		d.queues[chatID] = q[1:]
		d.mu.Unlock()

		d.running <- struct{}{}
		d.run(chatID, job)
		<-d.running
		<-d.pending
	}
}

// run runs one job; a panic is logged, not fatal.
func (d *dispatcher) run(chatID int64, job func()) {
	defer func() {
		if r := recover(); r != nil {
			d.log.Error("update handler panicked", "chat_id", chatID,
				"err", fmt.Errorf("panic: %v", r), "stack", string(debug.Stack()))
		}
	}()
	job()
}

// wait blocks until every submitted job has finished.
func (d *dispatcher) wait() { d.wg.Wait() }
