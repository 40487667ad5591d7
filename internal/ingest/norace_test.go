//go:build !race

package ingest

// RaceEnabled: see race_test.go.
const RaceEnabled = false
