package analyze

import (
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
