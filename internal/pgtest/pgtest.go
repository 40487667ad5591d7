// Package pgtest gives tests a real, throwaway PostgreSQL.
//
// A test asks for a database with URL; the first call in a test binary
// starts a server (once), either the one named by NEWSBOT_TEST_POSTGRES_URL
// or a private one made from the distribution's binaries (initdb and pg_ctl,
// found on PATH or under /usr/lib/postgresql) in a temporary folder,
// listening on a free 127.0.0.1 port. Each test gets its own schema, dropped
// when it ends. A package that uses pgtest stops the private server in its
// TestMain with Main.
//
// When no PostgreSQL can be had, tests that ask for one are skipped, unless
// NEWSBOT_TEST_POSTGRES=require (as in CI), where they fail instead.
package pgtest

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
)

var (
	once    sync.Once
	server  *cluster
	admin   string // URL of the server's postgres database
	initErr error
	schemas atomic.Int64
)

// Main runs a package's tests and stops the private server, if one was
// started: call it from TestMain as os.Exit(pgtest.Main(m)).
func Main(m *testing.M) int {
	code := m.Run()
	if server != nil {
		server.stop()
	}
	return code
}

// Required reports whether a missing PostgreSQL fails tests instead of
// skipping them.
func Required() bool { return os.Getenv("NEWSBOT_TEST_POSTGRES") == "require" }

// URL returns the URL of a new, empty schema on the test server, dropped
// when t ends.
func URL(t testing.TB) string {
	t.Helper()
	once.Do(start)
	if initErr != nil {
		if Required() {
			t.Fatalf("pgtest: no PostgreSQL: %v", initErr)
		}
		t.Skipf("pgtest: no PostgreSQL (%v); set NEWSBOT_TEST_POSTGRES_URL or install postgresql", initErr)
	}
	name := fmt.Sprintf("t%d_%d", os.Getpid(), schemas.Add(1))
	db, err := sql.Open("pgx", admin)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`CREATE SCHEMA ` + name); err != nil {
		t.Fatalf("pgtest: create schema: %v", err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", admin)
		if err != nil {
			return
		}
		defer db.Close()
		_, _ = db.Exec(`DROP SCHEMA ` + name + ` CASCADE`)
	})
	return withParam(admin, "search_path", name)
}

func withParam(dsn, key, value string) string {
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	return dsn + sep + key + "=" + value
}

func start() {
	if u := os.Getenv("NEWSBOT_TEST_POSTGRES_URL"); u != "" {
		admin = u
		initErr = ping(u)
		return
	}
	c, err := startCluster()
	if err != nil {
		initErr = err
		return
	}
	server = c
	admin = fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", c.port)
	initErr = ping(admin)
}

func ping(dsn string) error {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return db.PingContext(ctx)
}

// cluster is a private PostgreSQL server in a temporary folder.
type cluster struct {
	dir    string
	bin    string
	port   int
	asUser string // run the binaries as this user ("" = as ourselves)
}

func startCluster() (*cluster, error) {
	bin, err := findBin()
	if err != nil {
		return nil, err
	}
	stopAbandoned(bin)
	dir, err := os.MkdirTemp("", "newsbot-pg-")
	if err != nil {
		return nil, err
	}
	// The test binary's pid, so that a later run can tell this server was
	// abandoned (the binary panicked or timed out before Main stopped it).
	if err := os.WriteFile(filepath.Join(dir, ownerFile), []byte(strconv.Itoa(os.Getpid())), 0o644); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	c := &cluster{dir: dir, bin: bin}
	// initdb refuses to run as root: the server runs as the postgres user
	// the package creates, owning its folder.
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			os.RemoveAll(dir)
			return nil, errors.New("running as root and there is no postgres user to run the server as")
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
		c.asUser = "postgres"
	}
	data := filepath.Join(dir, "data")
	if out, err := c.run("initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync", "--locale=C"); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("initdb: %w: %s", err, out)
	}
	// A few tries: the free port can be taken between choosing and binding.
	for range 3 {
		c.port, err = freePort()
		if err != nil {
			break
		}
		opts := fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200", c.port, dir)
		var out []byte
		out, err = c.run("pg_ctl", "-D", data, "-o", opts, "-l", filepath.Join(dir, "log"), "-w", "-t", "60", "start")
		if err == nil {
			return c, nil
		}
		err = fmt.Errorf("pg_ctl start: %w: %s", err, out)
	}
	os.RemoveAll(dir)
	return nil, err
}

// ownerFile, in a server's folder, holds the pid of the test binary that
// started it.
const ownerFile = "owner.pid"

// stopAbandoned stops and removes the servers earlier test binaries started
// and could not stop (a panic, a timeout): those whose binary is gone.
// Servers of binaries still running, other packages' tests, are left alone.
func stopAbandoned(bin string) {
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), "newsbot-pg-*"))
	for _, dir := range dirs {
		b, err := os.ReadFile(filepath.Join(dir, ownerFile))
		if err != nil {
			continue // starting, or not ours
		}
		pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
		if err != nil || pid <= 0 || processAlive(pid) {
			continue
		}
		c := &cluster{dir: dir, bin: bin}
		if os.Geteuid() == 0 {
			c.asUser = "postgres"
		}
		c.stop()
	}
}

func (c *cluster) run(name string, args ...string) ([]byte, error) {
	path := filepath.Join(c.bin, name)
	var cmd *exec.Cmd
	if c.asUser != "" {
		cmd = exec.Command("runuser", append([]string{"-u", c.asUser, "--", path}, args...)...)
	} else {
		cmd = exec.Command(path, args...)
	}
	cmd.Dir = c.dir
	return cmd.CombinedOutput()
}

func (c *cluster) stop() {
	_, _ = c.run("pg_ctl", "-D", filepath.Join(c.dir, "data"), "-m", "immediate", "-w", "stop")
	os.RemoveAll(c.dir)
}

// ServerCPU returns the CPU time (user and system) the private server has
// used so far, its exited backends included, so that a benchmark can count
// the database's share of a pass: the difference of two readings. It is 0
// without a private server, or where /proc cannot be read.
func ServerCPU() time.Duration {
	if server == nil {
		return 0
	}
	data, err := os.ReadFile(filepath.Join(server.dir, "data", "postmaster.pid"))
	if err != nil {
		return 0
	}
	first, _, _ := strings.Cut(string(data), "\n")
	postmaster, err := strconv.Atoi(strings.TrimSpace(first))
	if err != nil {
		return 0
	}
	// The postmaster's own time and its reaped children's, then the time
	// of the children still running (the backends of open connections).
	ticks := procTicks(postmaster, true)
	procs, _ := os.ReadDir("/proc")
	for _, p := range procs {
		pid, err := strconv.Atoi(p.Name())
		if err != nil || pid == postmaster {
			continue
		}
		if procParent(pid) == postmaster {
			ticks += procTicks(pid, false)
		}
	}
	// Linux reports these times in USER_HZ, 100 a second on every
	// architecture Go supports there.
	return time.Duration(ticks) * (time.Second / 100)
}

// procStatFields returns the fields of /proc/pid/stat after the command
// name (which may hold spaces): field 3, the state, comes first.
func procStatFields(pid int) []string {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return nil
	}
	i := strings.LastIndexByte(string(data), ')')
	if i < 0 {
		return nil
	}
	return strings.Fields(string(data[i+1:]))
}

func procParent(pid int) int {
	f := procStatFields(pid)
	if len(f) < 2 {
		return 0
	}
	ppid, _ := strconv.Atoi(f[1])
	return ppid
}

// procTicks is utime+stime of pid (fields 14 and 15), with its waited-for
// children's cutime+cstime (16 and 17) when children is set.
func procTicks(pid int, children bool) int64 {
	f := procStatFields(pid)
	if len(f) < 15 {
		return 0
	}
	// f starts at field 3: field n is f[n-3].
	last := 12
	if children {
		last = 14
	}
	var sum int64
	for i := 11; i <= last; i++ {
		n, _ := strconv.ParseInt(f[i], 10, 64)
		sum += n
	}
	return sum
}

// findBin finds the folder holding initdb and pg_ctl.
func findBin() (string, error) {
	if p, err := exec.LookPath("pg_ctl"); err == nil {
		if _, err := exec.LookPath("initdb"); err == nil {
			return filepath.Dir(p), nil
		}
	}
	matches, _ := filepath.Glob("/usr/lib/postgresql/*/bin/pg_ctl")
	if len(matches) == 0 {
		return "", errors.New("initdb and pg_ctl not found")
	}
	// The newest version sorts last for the usual one- and two-digit versions.
	return filepath.Dir(matches[len(matches)-1]), nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// processAlive reports whether a process with this pid exists.
func processAlive(pid int) bool {
	_, err := os.Stat(fmt.Sprintf("/proc/%d", pid))
	return err == nil
}
