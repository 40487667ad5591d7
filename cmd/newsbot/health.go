package main

import (
	"context"

	"github.com/newsbot/newsbot/internal/app"
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
		if e.cfg.HTTP.Listen == "" {
			return app.UsageError{Msg: "health: http.listen is not set, so there is nothing to ask; set it or give -url"}
		}
		var err error
		if u, err = app.HealthURL(e.cfg.HTTP.Listen, *live); err != nil {
			return err
		}
	}
	return app.AskHealth(ctx, e.stdout, u)
}
