package ingest

// RaceEnabled tells the external tests (package ingest_test) whether the
// race detector is on; see race_test.go.
const RaceEnabled = raceEnabled
