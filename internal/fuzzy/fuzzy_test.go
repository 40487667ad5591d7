package fuzzy

import "testing"

func TestDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"moscow", "moscow", 0},
		{"moskow", "moscow", 1},
		{"NEWSBOT_TELEGRAM_TOKN", "NEWSBOT_TELEGRAM_TOKEN", 1},
		{"алмата", "алматы", 1}, // runes, not bytes
		{"", "abc", 3},
		{"kitten", "sitting", 3},
	} {
		if got := Distance([]rune(tt.a), []rune(tt.b)); got != tt.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
