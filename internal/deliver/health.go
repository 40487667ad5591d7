package deliver

import (
	"maps"
	"slices"
	"sync"
)

// Parts records which parts of the process that can be down on their own
// (Telegram, while it cannot be reached) are working, for the health check.
// The zero value and nil are ready to use; it is safe for concurrent use.
type Parts struct {
	mu    sync.Mutex
	state map[string]string // part → "ok" or why it is down
	role  func() (role, replica string)
}

// SetRole makes /healthz show this replica's role among replicas sharing
// the database, as role reports it: "leader" or "standby", and its holder
// id. A standby is ready: it serves what it can and takes over when the
// leader goes.
func (p *Parts) SetRole(role func() (role, replica string)) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.role = role
}

func (p *Parts) roleOf() (role, replica string) {
	if p == nil {
		return "", ""
	}
	p.mu.Lock()
	f := p.role
	p.mu.Unlock()
	if f == nil {
		return "", ""
	}
	return f()
}

// NewParts returns an empty set of parts.
func NewParts() *Parts { return &Parts{} }

// Set records the part as working (err nil) or down because of err. The
// error text is shown on /healthz as is: it must carry no secret.
func (p *Parts) Set(name string, err error) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.state == nil {
		p.state = map[string]string{}
	}
	if err == nil {
		p.state[name] = "ok"
		return
	}
	p.state[name] = err.Error()
}

// snapshot returns every part's state and the names of those down, sorted.
func (p *Parts) snapshot() (map[string]string, []string) {
	if p == nil {
		return nil, nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	state := maps.Clone(p.state)
	var down []string
	for name, s := range state {
		if s != "ok" {
			down = append(down, name)
		}
	}
	slices.Sort(down)
	return state, down
}
