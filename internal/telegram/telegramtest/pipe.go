package telegramtest

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
)

// NewPipeServer starts an httptest.Server for h that is reached over
// in-memory connections (net.Pipe) instead of a TCP port: only through its
// Client(), whatever host its URL names. Tests run it inside a
// testing/synctest bubble, where the clock moves only while every goroutine
// of the test waits on something of the bubble's own; a goroutine blocked
// on a socket never counts as waiting, so a bubble with a TCP connection open
// (an idle keep-alive is enough) would never see its clock move. Start the
// server inside the bubble, and Close it there.
func NewPipeServer(h http.Handler) *httptest.Server {
	ts := httptest.NewUnstartedServer(h)
	ts.Listener.Close() // the TCP listener NewUnstartedServer opened
	l := &pipeListener{conns: make(chan net.Conn), closed: make(chan struct{})}
	ts.Listener = l
	ts.Start()
	tr := ts.Client().Transport.(*http.Transport)
	tr.DialContext = l.dial
	tr.MaxIdleConnsPerHost = 256
	return ts
}

// pipeListener hands the server the far end of each connection its client
// dials.
type pipeListener struct {
	conns  chan net.Conn
	closed chan struct{}
	once   sync.Once
}

func (l *pipeListener) Accept() (net.Conn, error) {
	select {
	case c := <-l.conns:
		return c, nil
	case <-l.closed:
		return nil, net.ErrClosed
	}
}

func (l *pipeListener) Close() error {
	l.once.Do(func() { close(l.closed) })
	return nil
}

func (l *pipeListener) Addr() net.Addr { return pipeAddr{} }

func (l *pipeListener) dial(ctx context.Context, _, _ string) (net.Conn, error) {
	client, server := net.Pipe()
	select {
	case l.conns <- server:
		return client, nil
	case <-l.closed:
		return nil, net.ErrClosed
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// pipeAddr names the in-memory listener; the URL it makes cannot be dialled
// over TCP, so a client that bypasses Client() fails at once.
type pipeAddr struct{}

func (pipeAddr) Network() string { return "pipe" }
func (pipeAddr) String() string  { return "telegramtest.invalid:80" }
