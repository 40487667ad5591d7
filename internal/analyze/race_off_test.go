//go:build !race

package analyze

// raceDetector: the tests run without the race detector.
const raceDetector = false
