package bot

import "testing"

// TestFilterWordCombiningMarks: a filter word keeps the combining marks of
// its letters (Hindi vowel signs and virama) and is one word, as the
// analyser's words are; English and Russian words are as before.
func TestFilterWordCombiningMarks(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"फ्रांस", true},
		{"माली", true},
		{"Covid-19", true},
		{"Казахстан", true},
		{"two words", false},
		{"a--b", false},
	}
	for _, tt := range tests {
		if got := filterWord(tt.w); got != tt.want {
			t.Errorf("filterWord(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
