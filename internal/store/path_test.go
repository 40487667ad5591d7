package store

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// A database path with characters that mean something in a URI (?, #, %)
// is still that file, not a shorter name with the rest taken as options.
func TestOpenPathWithURICharacters(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"we?ird.db", "a#b.db", "100%.db", "sp ace.db"} {
		path := filepath.Join(dir, name)
		db, err := Open(context.Background(), path)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		db.Close()
		if _, err := os.Stat(path); err != nil {
			t.Errorf("%s: database not at its path: %v", name, err)
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		switch e.Name() {
		case "we", "a", "100":
			t.Errorf("stray file %q created", e.Name())
		}
	}
}
