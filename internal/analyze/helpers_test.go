package analyze

import (
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/newsbot/newsbot/internal/sharedtest"
)

// shared builds one Analyzer for all tests; New is deterministic.
var shared = sync.OnceValue(New)

// readSeed returns the seed article: the first line is the title.
func readSeed(t testing.TB) Input {
	t.Helper()
	b, err := os.ReadFile(sharedtest.SeedPath(t))
	if err != nil {
		t.Fatalf("seed article: %v", err)
	}
	title, body, _ := strings.Cut(string(b), "\n")
	return Input{Title: title, Body: body, Lang: "en", Source: "Orda.kz"}
}

// readJSON decodes the JSON file at path (relative to the package, as
// testdata/… is) into a T, failing the test with the path on any error.
func readJSON[T any](t testing.TB, path string) T {
	t.Helper()
	var v T
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
	return v
}
