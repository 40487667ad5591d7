package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/newsbot/newsbot/internal/store"
)

// CopyDB copies the SQLite database at from into the PostgreSQL database at
// to (newsbot copy-db), printing each table's counts on w. Nothing is
// copied unless every count matches; a target holding rows is refused
// unless replace. Mistakes in the arguments are UsageErrors; the target's
// password is never printed.
func CopyDB(ctx context.Context, w io.Writer, from, to string, replace bool, batch int) error {
	if store.IsPostgresURL(from) {
		return UsageError{Msg: fmt.Sprintf("copy-db copies from a SQLite file, but FROM is a postgres URL (%s)", store.RedactURL(from))}
	}
	if !store.IsPostgresURL(to) {
		// Not quoted: whatever it is may hold a password.
		return UsageError{Msg: "copy-db copies into PostgreSQL: TO must be a postgres:// or postgresql:// URL"}
	}
	if batch < 1 {
		return UsageError{Msg: fmt.Sprintf("-batch must be at least 1, got %d", batch)}
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
	fmt.Fprintf(w, "copying %s into %s\n", from, target)
	var rows int64
	counts, err := store.CopyDatabase(ctx, dst, src, store.CopyOptions{
		Replace: replace, Batch: batch,
		Copied: func(c store.TableCount) {
			fmt.Fprintf(w, "  %-22s %9d rows (source %d, target %d)\n", c.Table, c.Target, c.Source, c.Target)
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
	fmt.Fprintf(w, "copied %d tables, %d rows; the counts match. Set [database] url (NEWSBOT_DATABASE_URL) to use %s\n", len(counts), rows, target)
	return nil
}
