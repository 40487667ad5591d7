//go:build race

package ingest

// RaceEnabled is set when the tests run under the race detector, which
// makes single-goroutine parsing about 20 times slower while finding
// nothing more in it; tests of sheer input size scale down under it.
// Exported for the external tests (package ingest_test).
const RaceEnabled = true
