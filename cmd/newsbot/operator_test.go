package main

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/app"
)

// A listen address already taken stops run at once with an error naming
// the setting and the address, not a later, unrelated error.
func TestRunListenAddressInUse(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	env := map[string]string{"NEWSBOT_DATABASE_PATH": filepath.Join(t.TempDir(), "x.db"), "NEWSBOT_HTTP_LISTEN": l.Addr().String()}
	stdin, w := io.Pipe() // the terminal stays open
	defer w.Close()
	var out, errb bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	err = run(ctx, []string{"run"}, func(k string) string { return env[k] }, stdin, &out, &errb)
	if err == nil || !strings.Contains(err.Error(), "http.listen") || !strings.Contains(err.Error(), l.Addr().String()) ||
		!strings.Contains(err.Error(), "in use") {
		t.Errorf("err = %v, want one naming http.listen, %s and address in use\n%s", err, l.Addr(), errb.String())
	}
}

// Two bots on one database would answer every chat twice: the second is refused.
func TestSecondRunOnSameDatabaseIsRefused(t *testing.T) {
	t.Parallel() // its own temporary folder and servers; overlaps the fail-over test
	db := filepath.Join(t.TempDir(), "x.db")
	env := map[string]string{"NEWSBOT_DATABASE_PATH": db}
	stdin, w := io.Pipe()
	var errb1 syncBuffer
	answered := &firstWrite{c: make(chan struct{})}
	done := make(chan error, 1)
	go func() {
		done <- run(context.Background(), []string{"run"}, func(k string) string { return env[k] }, stdin, answered, &errb1)
	}()
	// The first run is up, its database locked, once it answers in the
	// terminal: no guessing how long starting takes.
	go func() { _, _ = io.WriteString(w, "/start\n") }()
	select {
	case <-answered.c:
	case err := <-done:
		t.Fatalf("first run ended before answering: %v\n%s", err, errb1.String())
	case <-time.After(30 * time.Second):
		t.Fatalf("first run did not answer /start\n%s", errb1.String())
	}
	_, errOut, err := runCmd(t, env, "", "run")
	if err == nil || !strings.Contains(err.Error(), "already") || !strings.Contains(err.Error(), db) {
		t.Errorf("second run: err = %v, want one saying the database %s is already in use\n%s", err, db, errOut)
	}
	w.Close()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("first run: %v\n%s", err, errb1.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("first run did not stop at end of input")
	}
	// Once the first has stopped, a new run starts.
	if _, errOut, err := runCmd(t, env, "", "run"); err != nil {
		t.Errorf("run after the first stopped: %v\n%s", err, errOut)
	}
}

// firstWrite closes c at the first write to it, and discards what is
// written.
type firstWrite struct {
	once sync.Once
	c    chan struct{}
}

func (f *firstWrite) Write(p []byte) (int, error) {
	f.once.Do(func() { close(f.c) })
	return len(p), nil
}

// OPML as other readers write it: a legacy charset.
func TestImportOPMLInLegacyCharset(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"NEWSBOT_DATABASE_PATH": filepath.Join(dir, "x.db")}
	opml := filepath.Join(dir, "cp.opml")
	// "Новости" in windows-1251.
	body := "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<opml version=\"2.0\"><head><title>t</title></head><body>" +
		"<outline text=\"\xcd\xee\xe2\xee\xf1\xf2\xe8\" xmlUrl=\"https://example.com/cp.xml\"/></body></opml>\n"
	if err := os.WriteFile(opml, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, err := runCmd(t, env, "", "feeds", "import", opml)
	if err != nil {
		t.Fatalf("import: %v\n%s", err, errOut)
	}
	if !strings.Contains(out, "1 added") {
		t.Errorf("import output: %s", out)
	}
	out, _, _ = runCmd(t, env, "", "feeds", "list")
	if !strings.Contains(out, "Новости") {
		t.Errorf("feeds list does not show the decoded name:\n%s", out)
	}
}

// Feeds without a name come back without a name, not named after their URL.
func TestExportImportRoundTripKeepsEmptyNames(t *testing.T) {
	dir := t.TempDir()
	a := map[string]string{"NEWSBOT_DATABASE_PATH": filepath.Join(dir, "a.db")}
	b := map[string]string{"NEWSBOT_DATABASE_PATH": filepath.Join(dir, "b.db")}
	if _, errOut, err := runCmd(t, a, "", "feeds", "add", "https://example.com/noname.xml"); err != nil {
		t.Fatal(err, errOut)
	}
	if _, errOut, err := runCmd(t, a, "", "feeds", "add", "https://example.com/named.xml", "-name", "Имя"); err != nil {
		t.Fatal(err, errOut)
	}
	exported, _, err := runCmd(t, a, "", "feeds", "export")
	if err != nil {
		t.Fatal(err)
	}
	opml := filepath.Join(dir, "x.opml")
	if err := os.WriteFile(opml, []byte(exported), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errOut, err := runCmd(t, b, "", "feeds", "import", opml); err != nil {
		t.Fatal(err, errOut)
	}
	again, _, _ := runCmd(t, b, "", "feeds", "export")
	if again != exported {
		t.Errorf("round trip changed the feeds:\nfirst:\n%s\nsecond:\n%s", exported, again)
	}
}

// An OPML file over the size limit says so instead of "unexpected EOF".
func TestImportOversizeOPMLSaysSo(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"NEWSBOT_DATABASE_PATH": filepath.Join(dir, "x.db")}
	opml := filepath.Join(dir, "big.opml")
	f, err := os.Create(opml)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString("<?xml version=\"1.0\"?><opml version=\"2.0\"><body>\n"); err != nil {
		t.Fatal(err)
	}
	line := "<outline text=\"" + strings.Repeat("x", 1000) + "\"/>\n"
	for i := 0; i < (app.OPMLMax/len(line))+10; i++ {
		if _, err := f.WriteString(line); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := f.WriteString("</body></opml>\n"); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, _, err = runCmd(t, env, "", "feeds", "import", opml)
	if err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("err = %v, want one saying the file is too large", err)
	}
}

// Binary input is refused rather than shown as a card of mojibake.
func TestPreviewRefusesBinary(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "garbage.bin")
	b := make([]byte, 3000)
	for i := range b {
		b[i] = byte(i*7 + i/3)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"NEWSBOT_DATABASE_PATH": filepath.Join(dir, "x.db")}
	out, _, err := runCmd(t, env, "", "preview", p)
	if err == nil || !strings.Contains(err.Error(), "binary") {
		t.Errorf("err = %v, want binary input refused; output:\n%s", err, out)
	}
	if _, _, err := runCmd(t, env, string(b), "preview", "-"); err == nil {
		t.Error("binary stdin accepted")
	}
}

// poll -once stopped by a signal does not end with status 0 as if it had
// polled everything.
func TestPollOnceInterruptedFails(t *testing.T) {
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(20 * time.Second):
		}
	}))
	defer slow.Close()
	dir := t.TempDir()
	env := map[string]string{"NEWSBOT_DATABASE_PATH": filepath.Join(dir, "x.db")}
	if _, errOut, err := runCmd(t, env, "", "feeds", "add", slow.URL+"/feed.xml"); err != nil {
		t.Fatal(err, errOut)
	}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(500*time.Millisecond, cancel)
	var out, errb bytes.Buffer
	start := time.Now()
	err := run(ctx, []string{"poll", "-once"}, func(k string) string { return env[k] }, strings.NewReader(""), &out, &errb)
	if time.Since(start) > 10*time.Second {
		t.Errorf("poll -once took %s to stop", time.Since(start))
	}
	if err == nil || !strings.Contains(err.Error(), "interrupted") {
		t.Errorf("err = %v, want poll interrupted\n%s", err, out.String())
	}
}

// A signal that arrives while poll -once is still starting (opening the
// database, warming the story index) also reads as an interrupted poll.
func TestPollOnceInterruptedWhileStarting(t *testing.T) {
	env := map[string]string{"NEWSBOT_DATABASE_PATH": filepath.Join(t.TempDir(), "x.db")}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errb bytes.Buffer
	err := run(ctx, []string{"poll", "-once"}, func(k string) string { return env[k] }, strings.NewReader(""), &out, &errb)
	if err == nil || !strings.Contains(err.Error(), "poll interrupted") {
		t.Errorf("err = %v, want poll interrupted", err)
	}
}
