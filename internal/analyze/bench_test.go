package analyze

import (
	"runtime"
	"sort"
	"testing"
	"time"
)

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		New()
	}
}

// BenchmarkBuildTowns measures the town index New builds in the background
// (see country_town.go).
func BenchmarkBuildTowns(b *testing.B) {
	a := New()
	<-a.townsReady
	b.ReportAllocs()
	for b.Loop() {
		buildTowns(a.gaz, &a.vocab)
	}
}

// BenchmarkAnalyzeCorpus analyses every corpus item once per iteration and
// reports per-article CPU time percentiles as custom metrics.
func BenchmarkAnalyzeCorpus(b *testing.B) {
	a := New()
	<-a.townsReady // the steady state: the town index is built beside New
	items := loadCorpus(b)
	durs := make([]time.Duration, 0, len(items))
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, it := range items {
			t0 := time.Now()
			a.Analyze(it.in)
			durs = append(durs, time.Since(t0))
			n++
		}
	}
	b.StopTimer()
	runtime.ReadMemStats(&ms1)
	sort.Slice(durs, func(i, j int) bool { return durs[i] < durs[j] })
	pct := func(p float64) float64 { return float64(durs[int(p*float64(len(durs)-1))].Microseconds()) }
	b.ReportMetric(pct(0.50), "p50-µs/article")
	b.ReportMetric(pct(0.99), "p99-µs/article")
	b.ReportMetric(float64(durs[len(durs)-1].Microseconds()), "max-µs/article")
	b.ReportMetric(float64(ms1.Mallocs-ms0.Mallocs)/float64(n), "allocs/article")
	b.ReportMetric(float64(ms1.TotalAlloc-ms0.TotalAlloc)/float64(n), "B/article")
}

// BenchmarkAnalyzeSeed measures the seed article (about 1,000 words).
func BenchmarkAnalyzeSeed(b *testing.B) {
	a := New()
	in := readSeed(b)
	b.ReportAllocs()
	for b.Loop() {
		a.Analyze(in)
	}
}
