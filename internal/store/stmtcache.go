package store

import (
	"context"
	"database/sql"
	"sync"

	"github.com/jmoiron/sqlx"
)

// stmtCache keeps the hot statements of storing articles prepared:
// mattn/go-sqlite3 keeps no statement cache, and preparing each statement
// each time was a tenth of a steady-state poll's CPU. Statements on the
// database are prepared once (database/sql re-prepares them on each pooled
// connection as needed); a transaction binds them to itself once per query.
type stmtCache struct {
	mu    sync.Mutex
	stmts map[string]*sqlx.Stmt
}

func (c *stmtCache) get(ctx context.Context, db *sqlx.DB, query string) (*sqlx.Stmt, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if s := c.stmts[query]; s != nil {
		return s, nil
	}
	s, err := db.PreparexContext(ctx, query)
	if err != nil {
		return nil, err
	}
	if c.stmts == nil {
		c.stmts = make(map[string]*sqlx.Stmt)
	}
	c.stmts[query] = s
	return s, nil
}

func (c *stmtCache) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, s := range c.stmts {
		s.Close()
	}
	c.stmts = nil
}

// prepared runs queries through cached statements, on the database or,
// when tx is set, in that transaction. It satisfies sqlx.QueryerContext
// and sqlx.ExecerContext, so the functions that store articles take it
// where they took a transaction.
type prepared struct {
	d     *DB
	tx    *sqlx.Tx
	bound map[string]*sqlx.Stmt // the transaction's own copies
}

func (d *DB) prepared(tx *sqlx.Tx) *prepared { return &prepared{d: d, tx: tx} }

func (p *prepared) stmt(ctx context.Context, query string) (*sqlx.Stmt, error) {
	if s := p.bound[query]; s != nil {
		return s, nil
	}
	s, err := p.d.stmts.get(ctx, p.d.db, query)
	if err != nil || p.tx == nil {
		return s, err
	}
	s = p.tx.StmtxContext(ctx, s)
	if p.bound == nil {
		p.bound = make(map[string]*sqlx.Stmt)
	}
	p.bound[query] = s
	return s, nil
}

func (p *prepared) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	s, err := p.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return s.QueryContext(ctx, args...)
}

func (p *prepared) QueryxContext(ctx context.Context, query string, args ...any) (*sqlx.Rows, error) {
	s, err := p.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return s.QueryxContext(ctx, args...)
}

func (p *prepared) QueryRowxContext(ctx context.Context, query string, args ...any) *sqlx.Row {
	s, err := p.stmt(ctx, query)
	if err != nil {
		// Unprepared, the query reports its error through the Row.
		if p.tx != nil {
			return p.tx.QueryRowxContext(ctx, query, args...)
		}
		return p.d.db.QueryRowxContext(ctx, query, args...)
	}
	return s.QueryRowxContext(ctx, args...)
}

func (p *prepared) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	s, err := p.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return s.ExecContext(ctx, args...)
}
