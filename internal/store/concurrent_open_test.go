package store

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
)

// Replicas sharing a new database file start together: each applies the
// migrations, one at a time, and every one of them opens it.
func TestConcurrentOpensOfANewFileAllSucceed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.db")
	const n = 4
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			db, err := Open(context.Background(), path)
			if err == nil {
				db.Close()
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("open %d: %v", i, err)
		}
	}
}
