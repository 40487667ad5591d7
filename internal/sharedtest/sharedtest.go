// Package sharedtest finds the material shared by the project's sessions
// (../shared next to the repository: the seed article and the real-world
// feed corpus) for tests, wherever the repository is checked out.
package sharedtest

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Dir returns the shared folder: $NEWSBOT_SHARED_DIR, else a "shared"
// folder beside the repository or beside any folder above it, else
// /work/shared. It skips the test, saying why, when none exists.
func Dir(tb testing.TB) string {
	tb.Helper()
	if d := os.Getenv("NEWSBOT_SHARED_DIR"); d != "" {
		return d
	}
	_, file, _, ok := runtime.Caller(0)
	if ok {
		// This file is internal/sharedtest/sharedtest.go in the repository.
		for dir := filepath.Dir(filepath.Dir(filepath.Dir(file))); ; {
			cand := filepath.Join(filepath.Dir(dir), "shared")
			if isDir(filepath.Join(cand, "corpus", "feeds")) {
				return cand
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				break
			}
			dir = parent
		}
	}
	if isDir("/work/shared/corpus/feeds") {
		return "/work/shared"
	}
	tb.Skip("the shared corpus (../shared/corpus/feeds) is not on this machine; set NEWSBOT_SHARED_DIR to run this test")
	return ""
}

// FeedsDir returns the folder of real-world feed files (see its SOURCES.md).
func FeedsDir(tb testing.TB) string {
	tb.Helper()
	return filepath.Join(Dir(tb), "corpus", "feeds")
}

// SeedPath returns the seed article's file: first line the title, then the body.
func SeedPath(tb testing.TB) string {
	tb.Helper()
	return filepath.Join(Dir(tb), "seeds", "000_9482a3988cc2d372.txt")
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}
