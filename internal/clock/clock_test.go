package clock_test

import (
	"context"
	"errors"
	"testing"
	"testing/synctest"
	"time"

	"github.com/newsbot/newsbot/internal/clock"
)

func TestSleep(t *testing.T) {
	tests := []struct {
		name     string
		d        time.Duration
		cancelAt time.Duration // 0: never
		wantErr  error
		wantWait time.Duration
	}{
		{"waits the whole duration", 3 * time.Second, 0, nil, 3 * time.Second},
		{"ends early when the context does", 3 * time.Second, time.Second, context.Canceled, time.Second},
		{"zero does not wait", 0, 0, nil, 0},
		{"negative does not wait", -time.Second, 0, nil, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				ctx, cancel := context.WithCancel(context.Background())
				defer cancel()
				if tc.cancelAt > 0 {
					time.AfterFunc(tc.cancelAt, cancel)
				}
				start := time.Now()
				err := clock.Sleep(ctx, tc.d)
				if !errors.Is(err, tc.wantErr) {
					t.Errorf("err = %v, want %v", err, tc.wantErr)
				}
				if got := time.Since(start); got != tc.wantWait {
					t.Errorf("waited %s, want %s", got, tc.wantWait)
				}
			})
		})
	}
	t.Run("an ended context returns its error without waiting", func(t *testing.T) {
		synctest.Test(t, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			for _, d := range []time.Duration{0, time.Hour} {
				start := time.Now()
				if err := clock.Sleep(ctx, d); !errors.Is(err, context.Canceled) || time.Since(start) != 0 {
					t.Errorf("Sleep(%s) on an ended context = %v after %s, want context.Canceled at once", d, err, time.Since(start))
				}
			}
		})
	})
}
