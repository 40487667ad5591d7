package news

import (
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the zone tables below must not depend on the host's tzdata
)

func mustZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatalf("load zone %s: %v", name, err)
	}
	return loc
}

func utc(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t.UTC()
}

func TestNextDigestAt(t *testing.T) {
	tests := []struct {
		name  string
		zone  string
		after string // RFC 3339
		hhmm  string
		want  string // RFC 3339, UTC
	}{
		// Almaty: UTC+6 until 1 March 2024, UTC+5 since (clocks went back at midnight).
		{"almaty later today", "Asia/Almaty", "2025-06-10T01:00:00Z", "08:00", "2025-06-10T03:00:00Z"},
		{"almaty already past today", "Asia/Almaty", "2025-06-10T04:00:00Z", "08:00", "2025-06-11T03:00:00Z"},
		{"almaty exactly at the time is not after", "Asia/Almaty", "2025-06-10T03:00:00Z", "08:00", "2025-06-11T03:00:00Z"},
		{"almaty old offset", "Asia/Almaty", "2024-02-20T00:00:00Z", "08:00", "2024-02-20T02:00:00Z"},
		{"almaty repeated 23:30 fires at the first pass", "Asia/Almaty", "2024-02-29T12:00:00Z", "23:30", "2024-02-29T17:30:00Z"},
		{"almaty repeated 23:30 does not fire again", "Asia/Almaty", "2024-02-29T17:30:00Z", "23:30", "2024-03-01T18:30:00Z"},
		{"almaty second pass of the hour skips to tomorrow", "Asia/Almaty", "2024-02-29T18:10:00Z", "23:30", "2024-03-01T18:30:00Z"},
		// Tashkent: UTC+5, no daylight saving.
		{"tashkent morning", "Asia/Tashkent", "2025-03-30T00:00:00Z", "07:30", "2025-03-30T02:30:00Z"},
		{"tashkent midnight", "Asia/Tashkent", "2025-03-30T00:00:00Z", "00:00", "2025-03-30T19:00:00Z"},
		{"tashkent year end", "Asia/Tashkent", "2025-12-31T19:00:00Z", "00:00", "2026-01-01T19:00:00Z"},
		// Moscow: UTC+3 since 26 October 2014, when 01:00-02:00 was lived twice.
		{"moscow evening", "Europe/Moscow", "2025-01-15T10:00:00Z", "21:00", "2025-01-15T18:00:00Z"},
		{"moscow single digit hour", "Europe/Moscow", "2025-01-15T10:00:00Z", "9:05", "2025-01-16T06:05:00Z"},
		{"moscow 2014 repeated 01:30 first pass", "Europe/Moscow", "2014-10-25T12:00:00Z", "01:30", "2014-10-25T21:30:00Z"},
		{"moscow 2014 repeated 01:30 once", "Europe/Moscow", "2014-10-25T21:30:00Z", "01:30", "2014-10-26T22:30:00Z"},
		// New York: spring forward 9 March 2025 (02:00 EST -> 03:00 EDT),
		// fall back 2 November 2025 (02:00 EDT -> 01:00 EST).
		{"new york spring forward skipped 02:30 goes to 03:00", "America/New_York", "2025-03-09T05:00:00Z", "02:30", "2025-03-09T07:00:00Z"},
		{"new york after the skipped day", "America/New_York", "2025-03-09T07:00:00Z", "02:30", "2025-03-10T06:30:00Z"},
		{"new york day before spring forward", "America/New_York", "2025-03-08T05:00:00Z", "02:30", "2025-03-08T07:30:00Z"},
		{"new york 08:00 on spring forward day", "America/New_York", "2025-03-09T05:00:00Z", "08:00", "2025-03-09T12:00:00Z"},
		{"new york fall back repeated 01:30 fires at the first pass", "America/New_York", "2025-11-02T04:00:00Z", "01:30", "2025-11-02T05:30:00Z"},
		{"new york fall back repeated 01:30 fires once", "America/New_York", "2025-11-02T05:30:00Z", "01:30", "2025-11-03T06:30:00Z"},
		{"new york during second pass", "America/New_York", "2025-11-02T06:10:00Z", "01:30", "2025-11-03T06:30:00Z"},
		{"new york 08:00 on fall back day", "America/New_York", "2025-11-02T04:00:00Z", "08:00", "2025-11-02T13:00:00Z"},
		{"utc when zone is nil", "", "2025-01-01T10:00:00Z", "09:00", "2025-01-02T09:00:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var loc *time.Location
			if tt.zone != "" {
				loc = mustZone(t, tt.zone)
			}
			got, err := NextDigestAt(utc(tt.after), loc, tt.hhmm)
			if err != nil {
				t.Fatalf("NextDigestAt: %v", err)
			}
			if want := utc(tt.want); !got.Equal(want) || got.Location() != time.UTC {
				t.Errorf("NextDigestAt(%s, %s, %s) = %s, want %s", tt.after, tt.zone, tt.hhmm, got, want)
			}
		})
	}
}

// TestNextDigestAtDailySequence walks a year of digests in each zone and
// checks that every local date gets exactly one digest.
func TestNextDigestAtDailySequence(t *testing.T) {
	for _, zone := range []string{"Asia/Almaty", "Asia/Tashkent", "Europe/Moscow", "America/New_York"} {
		for _, hhmm := range []string{"00:00", "01:30", "02:30", "08:00", "23:30"} {
			loc := mustZone(t, zone)
			at := utc("2024-01-01T00:00:00Z")
			seen := map[string]bool{}
			for i := 0; i < 730; i++ {
				next, err := NextDigestAt(at, loc, hhmm)
				if err != nil {
					t.Fatal(err)
				}
				if !next.After(at) {
					t.Fatalf("%s %s: %s not after %s", zone, hhmm, next, at)
				}
				day := next.In(loc).Format("2006-01-02")
				if seen[day] {
					t.Fatalf("%s %s: two digests on %s (second at %s)", zone, hhmm, day, next)
				}
				seen[day] = true
				if gap := next.Sub(at); i > 0 && (gap < 22*time.Hour || gap > 26*time.Hour) {
					t.Fatalf("%s %s: %s between digests at %s", zone, hhmm, gap, next)
				}
				at = next
			}
		}
	}
}

func TestParseClock(t *testing.T) {
	tests := []struct {
		in      string
		h, m    int
		wantErr string
	}{
		{"08:30", 8, 30, ""},
		{"8:30", 8, 30, ""},
		{" 23:59 ", 23, 59, ""},
		{"00:00", 0, 0, ""},
		{"24:00", 0, 0, "hour must be between"},
		{"12:60", 0, 0, "minutes must be between"},
		{"1230", 0, 0, "HH:MM"},
		{"12:3", 0, 0, "HH:MM"},
		{"ab:cd", 0, 0, "digits"},
		{"-1:30", 0, 0, "digits"},
		{"", 0, 0, "HH:MM"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			h, m, err := ParseClock(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("ParseClock(%q) error = %v, want one containing %q", tt.in, err, tt.wantErr)
				}
				return
			}
			if err != nil || h != tt.h || m != tt.m {
				t.Errorf("ParseClock(%q) = %d, %d, %v; want %d, %d", tt.in, h, m, err, tt.h, tt.m)
			}
		})
	}
}

func TestNextDigestAtBadClock(t *testing.T) {
	if _, err := NextDigestAt(time.Now(), time.UTC, "25:00"); err == nil {
		t.Fatal("NextDigestAt accepted 25:00")
	}
}
