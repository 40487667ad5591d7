package deliver_test

import (
	"context"
	"testing"

	"github.com/newsbot/newsbot/internal/deliver/deliverbench"
)

// Run with: go test -run '^$' -bench . -benchtime 1x ./internal/deliver/

func BenchmarkEnqueue100k(b *testing.B) {
	for range b.N {
		f, err := deliverbench.Enqueue(context.Background(), b.TempDir(), 100_000)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(f.Elapsed.Seconds(), "s/100k-rows")
	}
}

// BenchmarkBroadcast100k broadcasts to 100 000 chats against the fake server
// with Telegram's limits ×100 (3 000 messages/s), while 1 000 of those chats
// get 4 more messages each and 5 groups more than their limit a minute.
func BenchmarkBroadcast100k(b *testing.B) {
	for range b.N {
		f, err := deliverbench.Broadcast(context.Background(), b.TempDir(), 100_000, 100, 0.97, nil)
		if err != nil {
			b.Fatal(err)
		}
		if f.Violations != 0 || f.TooMany != 0 {
			b.Errorf("429s: %d, violations: %d (%s); want none", f.TooMany, f.Violations, f.ViolationKinds)
		}
		b.Logf("%d messages in %s", f.Messages, f.Elapsed)
		b.ReportMetric(f.Rate, "msg/s")
		b.ReportMetric(100*f.Rate/f.Limit, "%-of-limit")
		b.ReportMetric(f.EndToEndRate(), "end-to-end-msg/s")
		b.ReportMetric(100*f.EndToEndRate()/f.Limit, "end-to-end-%-of-limit")
		b.ReportMetric(f.ExtraElapsed.Seconds(), "s-to-deliver-per-chat-extras")
		b.ReportMetric(float64(f.TooMany), "429s")
		b.ReportMetric(float64(f.CPUPerMessage.Microseconds()), "cpu-µs/msg")
		b.ReportMetric(float64(f.PeakHeap)/(1<<20), "peak-heap-MiB")
	}
}

// BenchmarkDigests100k builds the digests of 100 000 subscribers over 10 000
// stored articles.
func BenchmarkDigests100k(b *testing.B) {
	for range b.N {
		f, err := deliverbench.Digests(context.Background(), b.TempDir(), 100_000, 10_000, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(f.Build.Seconds(), "s-build")
		b.ReportMetric(f.Tick.Seconds(), "s-round")
		b.ReportMetric(float64(f.PeakHeap)/(1<<20), "peak-heap-MiB")
	}
}
