package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestTerminalKeepsLogsOutOfTheChat: in terminal mode the chat (stdout)
// shows the bot's replies only; logs (a feed that cannot be polled, with
// no network) go to newsbot.log beside the database, and a broadcast says
// "finished" once.
func TestTerminalKeepsLogsOutOfTheChat(t *testing.T) {
	t.Parallel() // its own temporary folder and servers; overlaps the fail-over test
	dir := t.TempDir()
	env := map[string]string{"NEWSBOT_DATABASE_PATH": filepath.Join(dir, "x.db"), "NEWSBOT_LOG_LEVEL": "debug"}
	in, feed := io.Pipe()
	out, errOut := &syncBuffer{}, &syncBuffer{}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"run", "-config", "../../config.example.toml"}, func(k string) string { return env[k] }, in, out, errOut)
	}()
	say := func(line string) { _, _ = io.WriteString(feed, line+"\n") }
	waitFor := func(what string, ok func(string) bool) {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for !ok(out.String()) {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s; chat:\n%s", what, out.String())
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	say("/start")
	say("/id")
	waitFor("/id", func(s string) bool { return strings.Contains(s, "Your user id: 1") })
	say("/lates")
	waitFor("did you mean", func(s string) bool { return strings.Contains(s, "Did you mean /latest?") })
	say("/broadcast Polls close at 8 pm")
	waitFor("the broadcast preview", func(s string) bool { return strings.Contains(s, "Send to") })
	// The Send button's number: the one labelled "📣 Send to …".
	var send string
	for _, cell := range strings.Split(out.String(), "   ") {
		if i := strings.Index(cell, "] 📣 Send"); i > 0 {
			send = cell[strings.LastIndex(cell[:i], "[")+1 : i]
		}
	}
	if send == "" {
		t.Fatalf("no Send button in:\n%s", out.String())
	}
	say(send)
	waitFor("the broadcast's end", func(s string) bool { return strings.Contains(s, "Broadcast finished") })
	// The watcher logs "broadcast: done" after its last report has printed.
	deadline := time.Now().Add(30 * time.Second)
	for {
		logs, _ := os.ReadFile(filepath.Join(dir, "newsbot.log"))
		if strings.Contains(string(logs), "broadcast: done") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the broadcast never logged its end:\n%s", logs)
		}
		time.Sleep(50 * time.Millisecond)
	}
	feed.Close()
	if err := <-done; err != nil {
		t.Fatalf("run: %v\n%s", err, errOut.String())
	}
	chat := out.String()
	if n := strings.Count(chat, "Broadcast finished"); n != 1 {
		t.Errorf("\"Broadcast finished\" appears %d times:\n%s", n, chat)
	}
	for _, bad := range []string{"level=", "msg=", "(error:"} {
		if strings.Contains(chat, bad) || strings.Contains(errOut.String(), bad) {
			t.Errorf("a log line (%q) reached the terminal:\nchat:\n%s\nstderr:\n%s", bad, chat, errOut.String())
		}
	}
	logs, err := os.ReadFile(filepath.Join(dir, "newsbot.log"))
	if err != nil || !strings.Contains(string(logs), "level=") {
		t.Errorf("newsbot.log: %v, %d bytes; want the logs there", err, len(logs))
	}
	if !strings.Contains(errOut.String(), "newsbot.log") {
		t.Errorf("stderr does not say where the logs go: %q", errOut.String())
	}
}
