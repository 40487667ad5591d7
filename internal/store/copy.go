package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/jmoiron/sqlx"
)

// CopyOptions tunes CopyDatabase.
type CopyOptions struct {
	// Replace empties the target's tables before copying into them;
	// without it a target holding any row is refused.
	Replace bool
	// Batch is how many rows one INSERT carries (500 when <= 0; fewer for
	// a wide table, as a statement takes at most 65 535 parameters).
	Batch int
	// Copied, when set, is told of each table once its rows are in.
	Copied func(TableCount)
}

// TableCount is how many rows a table held in the source and holds in the
// target after a copy.
type TableCount struct {
	Table          string
	Source, Target int64
}

// ErrTargetNotEmpty is returned by CopyDatabase for a target that already
// holds rows, unless CopyOptions.Replace is set.
var ErrTargetNotEmpty = errors.New("the target database is not empty")

// identifier is a table or column name that can go into SQL unquoted.
var identifier = regexp.MustCompile(`^[a-z_][a-z0-9_]*$`)

// CopyDatabase copies every table of the SQLite store src into the
// PostgreSQL store dst, both at the current schema: parents before the
// tables that refer to them, rows in batches, ids kept. The identity
// sequences are then set past the largest id copied, so new rows get new
// ids. It all happens in one transaction on dst, so a failure leaves the
// target as it was. Each table's rows are counted on both sides and must
// match. It returns the counts in copy order.
//
// Nothing should write to src meanwhile: stop the bot first (the run lock
// says whether one runs).
func CopyDatabase(ctx context.Context, dst, src *DB, opt CopyOptions) ([]TableCount, error) {
	if src.engine != engineSQLite || dst.engine != enginePostgres {
		return nil, fmt.Errorf("copy database: from %s to %s: only SQLite to PostgreSQL is supported", src.engine, dst.engine)
	}
	if opt.Batch <= 0 {
		opt.Batch = 500
	}
	tables, err := sqliteTablesInOrder(ctx, src)
	if err != nil {
		return nil, fmt.Errorf("copy database: read the source's tables: %w", err)
	}
	var counts []TableCount
	err = dst.tx(ctx, func(tx *sqlx.Tx) error {
		targetCols := make(map[string][]string, len(tables))
		for _, t := range tables {
			cols, err := postgresColumns(ctx, tx, t)
			if err != nil {
				return err
			}
			if len(cols) == 0 {
				return fmt.Errorf("table %s is not in the target: is this newsbot older than the one that wrote the source?", t)
			}
			targetCols[t] = cols
		}
		if err := emptyTarget(ctx, tx, tables, opt.Replace); err != nil {
			return err
		}
		for _, t := range tables {
			c, err := copyTable(ctx, tx, src, t, targetCols[t], opt.Batch)
			if err != nil {
				return fmt.Errorf("table %s: %w", t, err)
			}
			if c.Source != c.Target {
				return fmt.Errorf("table %s: %d rows in the source but %d in the target", t, c.Source, c.Target)
			}
			if err := restartIdentities(ctx, tx, t); err != nil {
				return fmt.Errorf("table %s: %w", t, err)
			}
			counts = append(counts, c)
			if opt.Copied != nil {
				opt.Copied(c)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("copy database: %w", err)
	}
	return counts, nil
}

// sqliteTablesInOrder lists the store's tables in src, each after the
// tables its foreign keys refer to (by name where that leaves a choice).
// goose's version table and SQLite's own are left out: each engine keeps
// its own.
func sqliteTablesInOrder(ctx context.Context, src *DB) ([]string, error) {
	var names []string
	if err := src.db.SelectContext(ctx, &names, `SELECT name FROM sqlite_master
		WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\' AND name <> 'goose_db_version'
		ORDER BY name`); err != nil {
		return nil, err
	}
	parents := make(map[string][]string, len(names))
	for _, n := range names {
		if !identifier.MatchString(n) {
			return nil, fmt.Errorf("unexpected table name %q", n)
		}
		var refs []string
		if err := src.db.SelectContext(ctx, &refs, `SELECT DISTINCT "table" FROM pragma_foreign_key_list(?)`, n); err != nil {
			return nil, fmt.Errorf("foreign keys of %s: %w", n, err)
		}
		parents[n] = refs
	}
	var order []string
	done := make(map[string]bool, len(names))
	for len(order) < len(names) {
		progress := false
		for _, n := range names {
			if done[n] {
				continue
			}
			ready := true
			for _, p := range parents[n] {
				if p != n && !done[p] && slices.Contains(names, p) {
					ready = false
				}
			}
			if ready {
				order, done[n], progress = append(order, n), true, true
			}
		}
		if !progress {
			return nil, errors.New("the foreign keys between tables form a cycle")
		}
	}
	return order, nil
}

// postgresColumns returns the columns of table in the target's schema, none
// when there is no such table.
func postgresColumns(ctx context.Context, tx *sqlx.Tx, table string) ([]string, error) {
	var cols []string
	err := tx.SelectContext(ctx, &cols, `SELECT column_name FROM information_schema.columns
		WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position`, table)
	if err != nil {
		return nil, fmt.Errorf("columns of %s in the target: %w", table, err)
	}
	return cols, nil
}

// emptyTarget refuses a target holding rows in any of tables, or, with
// replace, deletes them, children first.
func emptyTarget(ctx context.Context, tx *sqlx.Tx, tables []string, replace bool) error {
	var full []string
	for _, t := range tables {
		var has bool
		if err := tx.GetContext(ctx, &has, `SELECT EXISTS (SELECT 1 FROM `+t+`)`); err != nil {
			return fmt.Errorf("table %s in the target: %w", t, err)
		}
		if has {
			full = append(full, t)
		}
	}
	if len(full) == 0 {
		return nil
	}
	if !replace {
		return fmt.Errorf("%w (rows in %s)", ErrTargetNotEmpty, strings.Join(full, ", "))
	}
	for _, t := range slices.Backward(tables) {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+t); err != nil {
			return fmt.Errorf("empty table %s in the target: %w", t, err)
		}
	}
	return nil
}

// copyTable streams table's rows from src into the transaction's table of
// the same name, batch rows to a statement, and counts both sides.
func copyTable(ctx context.Context, tx *sqlx.Tx, src *DB, table string, targetCols []string, batch int) (TableCount, error) {
	c := TableCount{Table: table}
	if err := src.db.GetContext(ctx, &c.Source, `SELECT COUNT(*) FROM `+table); err != nil {
		return c, fmt.Errorf("count the source's rows: %w", err)
	}
	rows, err := src.db.QueryContext(ctx, `SELECT * FROM `+table)
	if err != nil {
		return c, fmt.Errorf("read the source: %w", err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return c, err
	}
	for _, col := range cols {
		if !identifier.MatchString(col) {
			return c, fmt.Errorf("unexpected column name %q", col)
		}
		if !slices.Contains(targetCols, col) {
			return c, fmt.Errorf("column %s is not in the target: is this newsbot older than the one that wrote the source?", col)
		}
	}
	batch = max(1, min(batch, 65535/len(cols)))
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ") + ")"
	head := `INSERT INTO ` + table + ` (` + strings.Join(cols, ", ") + `) VALUES `
	args := make([]any, 0, batch*len(cols))
	flush := func() error {
		n := len(args) / len(cols)
		if n == 0 {
			return nil
		}
		q := head + strings.TrimSuffix(strings.Repeat(row+", ", n), ", ")
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return fmt.Errorf("write rows: %w", err)
		}
		args = args[:0]
		return nil
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return c, fmt.Errorf("read a row: %w", err)
		}
		args = append(args, vals...)
		if len(args) == batch*len(cols) {
			if err := flush(); err != nil {
				return c, err
			}
		}
	}
	if err := rows.Err(); err != nil {
		return c, fmt.Errorf("read the source: %w", err)
	}
	if err := flush(); err != nil {
		return c, err
	}
	if err := tx.GetContext(ctx, &c.Target, `SELECT COUNT(*) FROM `+table); err != nil {
		return c, fmt.Errorf("count the target's rows: %w", err)
	}
	return c, nil
}

// restartIdentities sets each identity column's sequence of table to go on
// after the largest value copied.
func restartIdentities(ctx context.Context, tx *sqlx.Tx, table string) error {
	var cols []string
	if err := tx.SelectContext(ctx, &cols, `SELECT column_name FROM information_schema.columns
		WHERE table_schema = current_schema() AND table_name = ? AND is_identity = 'YES'`, table); err != nil {
		return fmt.Errorf("identity columns: %w", err)
	}
	for _, col := range cols {
		if !identifier.MatchString(col) {
			return fmt.Errorf("unexpected column name %q", col)
		}
		var next sql.NullInt64
		if err := tx.GetContext(ctx, &next, `SELECT MAX(`+col+`) + 1 FROM `+table); err != nil {
			return fmt.Errorf("largest %s: %w", col, err)
		}
		if !next.Valid {
			continue // nothing copied: the sequence starts at 1 as it is
		}
		// setval's false: the next value handed out is next itself.
		if _, err := tx.ExecContext(ctx, `SELECT setval(pg_get_serial_sequence(?, ?), ?, false)`, table, col, next.Int64); err != nil {
			return fmt.Errorf("restart the ids of %s: %w", col, err)
		}
	}
	return nil
}
