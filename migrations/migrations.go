// Package migrations embeds newsbot's numbered goose SQL migrations.
package migrations

import "embed"

// FS holds the *.sql migration files, applied in version order.
//
//go:embed *.sql
var FS embed.FS
