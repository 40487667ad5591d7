package app

import (
	"context"
	"fmt"
	"io"
	"log/slog"

	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/store"
)

// Migrate applies the pending migrations to the database named by dsn (a
// SQLite file, or a postgres:// URL) and prints its schema version on w.
// Errors name the database, without its password.
func Migrate(ctx context.Context, w io.Writer, dsn string) error {
	if !store.IsPostgresURL(dsn) {
		return migrateSQLite(ctx, w, dsn)
	}
	name := store.RedactURL(dsn)
	db, err := store.OpenURLNoMigrate(ctx, dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	v, err := db.Migrate(ctx)
	if err != nil {
		return fmt.Errorf("database %s: %w", name, err)
	}
	fmt.Fprintf(w, "database %s is at schema version %d\n", name, v)
	return nil
}

// migrateSQLite migrates the SQLite file at path. A file made before
// incremental vacuum is rewritten once, so that pruning can return space to
// the file system.
func migrateSQLite(ctx context.Context, w io.Writer, path string) error {
	db, err := store.OpenNoMigrate(ctx, path)
	if err != nil {
		return err
	}
	defer db.Close()
	// Replicas starting meanwhile wait rather than migrate alongside.
	unlock, err := store.LockMigration(path)
	if err != nil {
		return err
	}
	defer unlock()
	v, err := db.Migrate(ctx)
	if err != nil {
		return fmt.Errorf("database %s: %w", path, err)
	}
	if mode, err := db.AutoVacuum(ctx); err == nil && mode != "incremental" {
		fmt.Fprintf(w, "converting %s to incremental vacuum (a one-time rewrite of the file)…\n", path)
		if err := db.ConvertIncrementalVacuum(ctx); err != nil {
			return fmt.Errorf("database %s: %w", path, err)
		}
	}
	fmt.Fprintf(w, "database %s is at schema version %d\n", path, v)
	return nil
}

// WarnNoIncrementalVacuum warns on log when the SQLite file at path
// predates incremental vacuum, so pruning cannot shrink it, and says how
// to convert it.
func WarnNoIncrementalVacuum(ctx context.Context, db *store.DB, log *slog.Logger, path string) {
	if mode, err := db.AutoVacuum(ctx); err == nil && mode != "incremental" {
		log.Warn("the database file predates incremental vacuum: space freed by pruning is reused but the file does not shrink; run `newsbot migrate` once while the bot is stopped to convert it (it rewrites the file and needs free disk space its size)",
			"path", path)
	}
}

// SQLiteSize reports the size of the SQLite store for the metrics.
func SQLiteSize(db *store.DB) func(ctx context.Context) (deliver.StoreSize, error) {
	return func(ctx context.Context) (deliver.StoreSize, error) {
		s, err := db.Stats(ctx)
		return deliver.StoreSize{Bytes: s.Bytes, Free: s.Free, Articles: s.Articles}, err
	}
}
