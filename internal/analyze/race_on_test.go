//go:build race

package analyze

// raceDetector: the tests run under the race detector, which makes the
// heaviest sets slow; they still run without it.
const raceDetector = true
