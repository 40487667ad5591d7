package news

import (
	"strings"
	"testing"
)

func TestNextDigestAmong(t *testing.T) {
	tests := []struct {
		name  string
		zone  string
		after string
		times string // space-separated
		want  string // RFC 3339 UTC, or "error"
	}{
		{"almaty morning comes first", "Asia/Almaty", "2025-06-10T01:00:00Z", "08:00 19:30", "2025-06-10T03:00:00Z"},
		{"almaty evening after the morning one", "Asia/Almaty", "2025-06-10T03:00:00Z", "08:00 19:30", "2025-06-10T14:30:00Z"},
		{"almaty after the evening: tomorrow morning", "Asia/Almaty", "2025-06-10T14:30:00Z", "19:30 08:00", "2025-06-11T03:00:00Z"},
		{"three a day", "Asia/Tashkent", "2025-03-30T04:00:00Z", "07:00 13:00 21:00", "2025-03-30T08:00:00Z"},
		// New York springs forward on 9 March 2025: 02:15 and 02:45 both
		// fall in the skipped hour and make one digest at 03:00 EDT.
		{"two skipped times make one digest", "America/New_York", "2025-03-09T05:00:00Z", "02:15 02:45 09:00", "2025-03-09T07:00:00Z"},
		{"after the merged digest, the next time", "America/New_York", "2025-03-09T07:00:00Z", "02:15 02:45 09:00", "2025-03-09T13:00:00Z"},
		// Falls back on 2 November 2025: 01:30 is lived twice and fires once.
		{"fall back: 01:30 first pass", "America/New_York", "2025-11-02T04:00:00Z", "01:30 06:00", "2025-11-02T05:30:00Z"},
		{"fall back: no second 01:30, then 06:00 EST", "America/New_York", "2025-11-02T05:30:00Z", "01:30 06:00", "2025-11-02T11:00:00Z"},
		{"no times", "UTC", "2025-01-01T00:00:00Z", "", "error"},
		{"a bad time", "UTC", "2025-01-01T00:00:00Z", "08:00 25:00", "error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := NextDigestAmong(utc(tt.after), mustZone(t, tt.zone), strings.Fields(tt.times))
			if tt.want == "error" {
				if err == nil {
					t.Fatalf("NextDigestAmong = %s, want an error", got)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if want := utc(tt.want); !got.Equal(want) {
				t.Errorf("NextDigestAmong(%s, %s, %q) = %s, want %s", tt.after, tt.zone, tt.times, got, want)
			}
		})
	}
}

func TestPreferencesReading(t *testing.T) {
	tests := []struct {
		name  string
		prefs Preferences
		reads string // languages read, space-separated
		shows map[string]bool
	}{
		{"english default", Preferences{Lang: "en"}, "en", map[string]bool{"en": true, "en-GB": true, "ru": false, "und": true, "": true}},
		{"russian default", Preferences{Lang: "ru"}, "ru en", map[string]bool{"ru": true, "en": true, "de": false}},
		{"chosen", Preferences{Lang: "ru", Languages: []string{"de"}}, "de", map[string]bool{"ru": false, "en": false, "de-AT": true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strings.Join(tt.prefs.ReadLanguages(), " "); got != tt.reads {
				t.Errorf("ReadLanguages = %q, want %q", got, tt.reads)
			}
			for lang, want := range tt.shows {
				if got := tt.prefs.Reads(lang); got != want {
					t.Errorf("Reads(%q) = %v, want %v", lang, got, want)
				}
			}
		})
	}
}

func TestPickReport(t *testing.T) {
	reports := []Article{
		{ID: 1, FeedID: 1, Lang: "de", Analysis: Analysis{Summary: "s"}},
		{ID: 2, FeedID: 2, Lang: "en"},
		{ID: 3, FeedID: 3, Lang: "en", Analysis: Analysis{Summary: "s"}},
		{ID: 4, FeedID: 4, Lang: "ru", Analysis: Analysis{Summary: "s"}},
	}
	tests := []struct {
		name  string
		prefs Preferences
		want  int64 // 0: none
	}{
		{"russian reader: Russian report", Preferences{Lang: "ru"}, 4},
		{"english reader: first English with a summary", Preferences{Lang: "en"}, 3},
		{"english reader muting it: English without a summary", Preferences{Lang: "en", MutedFeeds: []int64{3}}, 2},
		{"german reader", Preferences{Lang: "en", Languages: []string{"de"}}, 1},
		{"nothing readable", Preferences{Lang: "en", Languages: []string{"fr"}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := tt.prefs.PickReport(reports)
			var got int64
			if i >= 0 {
				got = reports[i].ID
			}
			if got != tt.want {
				t.Errorf("PickReport = report %d, want %d", got, tt.want)
			}
		})
	}
}

func TestSetTimes(t *testing.T) {
	var p Preferences
	p.SetTimes([]string{"19:30", "08:00", "19:30"})
	if p.DigestTime != "08:00" || strings.Join(p.DigestTimes, " ") != "08:00 19:30" || strings.Join(p.Times(), " ") != "08:00 19:30" {
		t.Errorf("two times: %+v", p)
	}
	p.SetTimes([]string{"07:00"})
	if p.DigestTime != "07:00" || p.DigestTimes != nil || strings.Join(p.Times(), " ") != "07:00" {
		t.Errorf("one time: %+v", p)
	}
}
