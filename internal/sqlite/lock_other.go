//go:build !unix

package sqlite

// Lock is a no-op where flock is not available.
func Lock(string) (func(), error) { return func() {}, nil }

// lockMigration is a no-op where flock is not available.
func lockMigration(string) (func(), error) { return func() {}, nil }
