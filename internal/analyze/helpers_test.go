package analyze

import (
	"os"
	"strings"
	"sync"
	"testing"
)

// shared builds one Analyzer for all tests; New is deterministic.
var shared = sync.OnceValue(New)

// readSeed returns the seed article: the first line is the title.
func readSeed(t testing.TB) Input {
	t.Helper()
	b, err := os.ReadFile("../../../shared/seeds/000_9482a3988cc2d372.txt")
	if err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	title, body, _ := strings.Cut(string(b), "\n")
	return Input{Title: title, Body: body, Lang: "en", Source: "Orda.kz"}
}
