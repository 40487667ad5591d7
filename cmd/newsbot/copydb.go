package main

import (
	"context"

	"github.com/newsbot/newsbot/internal/app"
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
	return app.CopyDB(ctx, e.stdout, fs.Arg(0), fs.Arg(1), *replace, *batch)
}
