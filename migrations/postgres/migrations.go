// Package postgres embeds newsbot's numbered goose migrations for
// PostgreSQL. A change to the schema gets a file here and its twin, with the
// same version number, in the SQLite migrations one folder up.
package postgres

import "embed"

// FS holds the *.sql migration files, applied in version order.
//
//go:embed *.sql
var FS embed.FS
