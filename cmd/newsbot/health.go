package main

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

// runHealth asks a running newsbot for its health: a container's
// HEALTHCHECK, a systemd ExecStartPost or a script, without curl. It exits
// non-zero unless the answer is 200, printing the answer either way.
func runHealth(ctx context.Context, e *env, args []string) error {
	fs := e.flags("health", "[-live] [-url URL] [-config FILE]")
	live := fs.Bool("live", false, "ask for liveness (/livez: the process answers) instead of readiness (/healthz: every part works)")
	target := fs.String("url", "", "health `URL` to ask (default: /healthz or /livez on the configured http.listen)")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	u := *target
	if u == "" {
		listen := e.cfg.HTTP.Listen
		if listen == "" {
			return usageError{"health: http.listen is not set, so there is nothing to ask; set it or give -url"}
		}
		host, port, err := net.SplitHostPort(listen)
		if err != nil {
			return fmt.Errorf("health: http.listen %q: %w", listen, err)
		}
		if host == "" || host == "0.0.0.0" || host == "::" {
			host = "127.0.0.1"
		}
		path := "/healthz"
		if *live {
			path = "/livez"
		}
		u = "http://" + net.JoinHostPort(host, port) + path
	}
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
	fmt.Fprintln(e.stdout, strings.TrimSpace(string(body)))
	if resp.StatusCode != http.StatusOK {
		return errors.New("health: " + resp.Status)
	}
	return nil
}
