package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"
)

// HealthURL returns the address of the readiness check (/healthz) or, with
// live, the liveness check (/livez) of a newsbot serving on listen; an
// address on every interface is asked on 127.0.0.1.
func HealthURL(listen string, live bool) (string, error) {
	host, port, err := net.SplitHostPort(listen)
	if err != nil {
		return "", fmt.Errorf("health: http.listen %q: %w", listen, err)
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	path := "/healthz"
	if live {
		path = "/livez"
	}
	return "http://" + net.JoinHostPort(host, port) + path, nil
}

// AskHealth asks a running newsbot's health URL u and prints the answer
// on w. It fails unless the answer is 200, or when nothing answers within
// 5 s.
func AskHealth(ctx context.Context, w io.Writer, u string) error {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return fmt.Errorf("health: %w", err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("health: %w", err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	fmt.Fprintln(w, strings.TrimSpace(string(body)))
	if resp.StatusCode != http.StatusOK {
		return errors.New("health: " + resp.Status)
	}
	return nil
}
