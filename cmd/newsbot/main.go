// Command newsbot polls news feeds, analyses the articles and sends Telegram
// digests. Run "newsbot help" for its subcommands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
	_ "time/tzdata" // a bare machine still knows Asia/Dushanbe

	"github.com/newsbot/newsbot/internal/app"
	"github.com/newsbot/newsbot/internal/config"
	"github.com/newsbot/newsbot/internal/logs"
	"github.com/newsbot/newsbot/internal/redact"
	"github.com/newsbot/newsbot/internal/store"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	for _, w := range config.UnknownEnv(os.Environ()) {
		fmt.Fprintln(os.Stderr, "newsbot: warning:", w)
	}
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return
		}
		fmt.Fprintln(os.Stderr, "newsbot:", err)
		os.Exit(exitCode(err))
	}
}

func exitCode(err error) int {
	if errors.As(err, new(app.UsageError)) {
		return 2 // a mistake on the command line
	}
	return 1
}

// env is what every subcommand gets: the process's streams and environment,
// and, once load has run, the configuration and a logger.
type env struct {
	getenv func(string) string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer

	configPath string
	cfg        config.Config
	log        *slog.Logger
	// redactor hides the configured secrets in every form from stdout,
	// stderr (and so the log) and the error run returns.
	redactor *redact.Redactor
}

// command is one subcommand of newsbot.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

func commands() []command {
	return []command{
		{"run", "start the bot: poll feeds, answer chats, send digests (the default)", runBot},
		{"migrate", "apply database migrations and print the schema version", runMigrate},
		{"copy-db", "copy a SQLite database into PostgreSQL: copy-db FROM.db postgres://…", runCopyDB},
		{"feeds", "list, add, remove, import or export feeds (OPML)", runFeeds},
		{"poll", "fetch feeds and store new articles (-once: every feed once, then exit)", runPoll},
		{"preview", "print the analysis of an article: a page, a text file or a feed (-json for JSON lines)", runPreview},
		{"digest", "print what a chat's digest would be now (-chat ID; -dry-run: do not queue it)", runDigest},
		{"bench", "measure delivery against a fake Telegram: enqueue, broadcast, digests", runBench},
		{"health", "ask a running newsbot whether it is ready (-live: whether it runs); for health checks", runHealth},
		{"version", "print the version", runVersion},
	}
}

func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) (err error) {
	// Background parts (poller, outbox, logger) write to the same streams as
	// the foreground: each stream takes one write at a time.
	e := &env{getenv: getenv, stdin: stdin, stdout: logs.Sync(stdout), stderr: logs.Sync(stderr)}
	defer func() { err = e.redactor.Error(err) }()
	name := "run"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		name, args = args[0], args[1:]
	}
	switch name {
	case "help", "-h", "--help":
		printHelp(stdout)
		return nil
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(ctx, e, args)
		}
	}
	printHelp(stderr)
	return app.UsageError{Msg: fmt.Sprintf("unknown command %q", name)}
}

func printHelp(w io.Writer) {
	fmt.Fprintf(w, "newsbot %s turns news feeds into Telegram digests.\n\nUsage: newsbot <command> [-config FILE] [flags]\n\nCommands:\n", version)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "  %-8s %s\n", "help", "show this help")
	fmt.Fprintln(w, "\nEvery command takes -h for its flags. Settings come from -config FILE (TOML, optional)\nand NEWSBOT_<SECTION>_<KEY> environment variables; see config.example.toml.")
}

// flags returns a flag set for a subcommand with the shared -config flag.
func (e *env) flags(name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	// The flag package would print a parse error before the usage, and main
	// prints the returned error again: keep its output for the usage only.
	fs.SetOutput(io.Discard)
	fs.StringVar(&e.configPath, "config", e.getenv("NEWSBOT_CONFIG"), "TOML configuration `file` (optional; also NEWSBOT_CONFIG)")
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: newsbot %s %s\n\nFlags:\n", name, usage)
		fs.SetOutput(e.stderr)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	return fs
}

// parse parses the subcommand's flags, then loads the configuration and
// builds the logger.
func (e *env) parse(fs *flag.FlagSet, args []string) error {
	if err := e.parseFlagsOnly(fs, args); err != nil {
		return err
	}
	return e.loadConfig()
}

// loadConfig loads the configuration named by -config (or only defaults and
// environment) and builds the logger.
func (e *env) loadConfig() error {
	cfg, err := config.Load(e.configPath, e.getenv)
	if err != nil {
		return err
	}
	e.cfg = cfg
	if e.redactor == nil {
		if r := redact.New(append(redact.TelegramSecrets(cfg.Telegram.Token, cfg.Telegram.WebhookSecret), redact.URLPassword(cfg.Database.URL)...)...); !r.Empty() {
			e.redactor = r
			e.stdout, e.stderr = r.Writer(e.stdout), r.Writer(e.stderr)
		}
	}
	e.log = newLogger(e.stderr, cfg.Log)
	for _, n := range cfg.Notes {
		e.log.Warn("config: " + n)
	}
	return nil
}

// openDB opens the configured database, applying migrations.
func (e *env) openDB(ctx context.Context) (*store.DB, error) {
	return store.OpenURL(ctx, e.database(), store.WithLogger(e.log.With("component", "store")))
}

// database names the configured store for store.OpenURL: the PostgreSQL URL
// when [database] url is set, else the SQLite file. Print it through
// store.RedactURL.
func (e *env) database() string {
	if e.cfg.Database.URL != "" {
		return e.cfg.Database.URL
	}
	return e.cfg.Database.Path
}

func newLogger(w io.Writer, c config.Log) *slog.Logger { return logs.New(w, c.Level, c.Format) }

func runVersion(_ context.Context, e *env, args []string) error {
	fs := e.flags("version", "")
	if err := fs.Parse(args); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, "newsbot", version)
	return nil
}

func runMigrate(ctx context.Context, e *env, args []string) error {
	fs := e.flags("migrate", "[-config FILE]")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	return app.Migrate(ctx, e.stdout, e.database())
}
