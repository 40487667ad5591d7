package analyze

import (
	"encoding/binary"
	"fmt"
	"runtime"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

// benchArticles analyses the corpus once and returns n fingerprints made
// from it: copy c of an item keeps the keys common in the corpus (words
// that many stories use) and gets its own rare keys (names, numbers, rare
// words), as distinct stories in a large store would.
func benchArticles(b *testing.B, n int) (fps [][]byte, titles []string) {
	b.Helper()
	a := New()
	items := loadCorpus(b)
	base := make([][]byte, len(items))
	for i, it := range items {
		base[i] = a.Analyze(it.in).Fingerprint
	}
	df := map[uint32]int{}
	for _, fp := range base {
		for _, k := range fpStoryKeys(fp) {
			df[k&^(skInTitle|skInitial|skGazette)]++
		}
	}
	for c := 0; len(fps) < n; c++ {
		for i := range base {
			if len(fps) == n {
				break
			}
			fp := append([]byte(nil), base[i]...)
			salt := uint32(mix64(uint64(c)+1)) & skHash
			if c > 0 && len(fp) > fpLen {
				for off := fpLen + 1; off+4 <= len(fp); off += 4 {
					k := binary.LittleEndian.Uint32(fp[off:])
					if df[k&^(skInTitle|skInitial|skGazette)] < 10 {
						k ^= salt &^ (skInitial | skGazette)
					}
					binary.LittleEndian.PutUint32(fp[off:], k)
				}
			}
			fps = append(fps, fp)
			titles = append(titles, items[i].in.Title)
		}
	}
	return fps, titles
}

// BenchmarkIndexAssign measures grouping one new article into stories with
// 1 000, 20 000 and 100 000 articles held: the cost should stay flat.
func BenchmarkIndexAssign(b *testing.B) {
	for _, held := range []int{1000, 20000, 100000} {
		b.Run(fmt.Sprintf("held=%d", held), func(b *testing.B) {
			fps, titles := benchArticles(b, held+1000)
			t0 := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
			ix := NewIndex(96 * time.Hour)
			for i := 0; i < held; i++ {
				ix.Load(int64(i+1), t0.Add(time.Duration(i%(90*60))*time.Minute), news.Analysis{Fingerprint: fps[i]}, titles[i], "")
			}
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			heap := float64(ms.HeapInuse) / float64(1<<20)
			b.ReportAllocs()
			b.ResetTimer()
			i := 0
			for b.Loop() {
				k := held + i%1000
				id := int64(1<<40 + i)
				ix.Assign(id, t0.Add(time.Duration(k%(90*60))*time.Minute), news.Analysis{Fingerprint: fps[k]}, titles[k])
				ix.mu.Lock()
				ix.remove(id)
				ix.mu.Unlock()
				i++
			}
			b.ReportMetric(heap, "heap-MiB")
			b.ReportMetric(float64(ix.compared)/float64(i), "pairs/op")
		})
	}
}
