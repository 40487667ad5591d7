package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/newsbot/newsbot/internal/app"
	"github.com/newsbot/newsbot/internal/store"
)

// runCopyDB copies a SQLite database into PostgreSQL: newsbot copy-db
// [-replace] FROM TO.
func runCopyDB(ctx context.Context, e *env, args []string) error {
	fs := e.flags("copy-db", "[-replace] [-batch N] FROM.db postgres://USER:PASSWORD@HOST:5432/DB")
	replace := fs.Bool("replace", false, "empty the target's tables first when it already holds rows (default: refuse)")
	batch := fs.Int("batch", 500, "rows per INSERT")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 2 {
		fs.Usage()
		return app.UsageError{Msg: "copy-db takes two arguments: the SQLite file to copy from and the postgres:// URL to copy into"}
	}
	from, to := fs.Arg(0), fs.Arg(1)
	if store.IsPostgresURL(from) {
		return app.UsageError{Msg: fmt.Sprintf("copy-db copies from a SQLite file, but FROM is a postgres URL (%s)", store.RedactURL(from))}
	}
	if !store.IsPostgresURL(to) {
		// Not quoted: whatever it is may hold a password.
		return app.UsageError{Msg: "copy-db copies into PostgreSQL: TO must be a postgres:// or postgresql:// URL"}
	}
	if *batch < 1 {
		return app.UsageError{Msg: fmt.Sprintf("-batch must be at least 1, got %d", *batch)}
	}
	// Opening a missing file would create an empty database and copy it.
	if fi, err := os.Stat(from); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("copy-db: %s: no such file", from)
		}
		return fmt.Errorf("copy-db: %w", err)
	} else if fi.IsDir() {
		return fmt.Errorf("copy-db: %s is a folder, not a SQLite file", from)
	}
	// The bot's run lock: nothing may write to the file during the copy,
	// or the counts would not match.
	release, err := store.Lock(from)
	if err != nil {
		return fmt.Errorf("copy-db: %w (stop the bot first)", err)
	}
	defer release()
	src, err := store.Open(ctx, from)
	if err != nil {
		return fmt.Errorf("copy-db: %w", err)
	}
	defer src.Close()
	dst, err := store.OpenURL(ctx, to)
	if err != nil {
		return fmt.Errorf("copy-db: %w", err)
	}
	defer dst.Close()
	target := store.RedactURL(to)
	fmt.Fprintf(e.stdout, "copying %s into %s\n", from, target)
	var rows int64
	counts, err := store.CopyDatabase(ctx, dst, src, store.CopyOptions{
		Replace: *replace, Batch: *batch,
		Copied: func(c store.TableCount) {
			fmt.Fprintf(e.stdout, "  %-22s %9d rows (source %d, target %d)\n", c.Table, c.Target, c.Source, c.Target)
		},
	})
	if errors.Is(err, store.ErrTargetNotEmpty) {
		return fmt.Errorf("copy-db: %w; nothing was copied. Run with -replace to empty it first", err)
	}
	if err != nil {
		return fmt.Errorf("copy-db: %w; nothing was copied", err)
	}
	for _, c := range counts {
		rows += c.Target
	}
	fmt.Fprintf(e.stdout, "copied %d tables, %d rows; the counts match. Set [database] url (NEWSBOT_DATABASE_URL) to use %s\n", len(counts), rows, target)
	return nil
}
