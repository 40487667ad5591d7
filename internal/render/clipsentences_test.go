package render

import (
	"strings"
	"testing"
)

// TestClipSentences: a summary that does not fit is cut after a whole
// sentence, never with "…" in the middle of one it could show.
func TestClipSentences(t *testing.T) {
	long := "Relations between Tajikistan and Russia have faced some bumps in recent years, including sharp remarks about Moscow’s attitude toward Central Asia."
	longRU := "Стороны одобрили пакет соглашений, включая статус представительств МВД и новые правила медицинского освидетельствования для граждан Таджикистана в России."
	tests := []struct {
		name    string
		in      string
		n, hard int
		want    string
	}{
		{"en: fits whole", "Kazakhstan votes. Turnout was high.", 160, 280, "Kazakhstan votes. Turnout was high."},
		{"en: cut after the first sentence", "Kazakhstan votes on Sunday. " + long, 100, 280, "Kazakhstan votes on Sunday."},
		{"ru: cut after the first sentence", "Казахстан голосует в воскресенье. " + longRU, 100, 280, "Казахстан голосует в воскресенье."},
		{"en: a long first sentence is kept whole", long + " More follows.", 100, 280, long},
		{"ru: a long first sentence is kept whole", longRU + " Далее.", 100, 280, longRU},
		{"en: abbreviations do not end a sentence", "Gen. Smith met Mr. Jones in the U.S. capital on Monday. Talks went on.", 60, 280, "Gen. Smith met Mr. Jones in the U.S. capital on Monday."},
		{"ru: сокращения не кончают предложение", "В 2024 г. рост составил 5 млн. тонн, сообщили в министерстве. Далее подробности.", 70, 280, "В 2024 г. рост составил 5 млн. тонн, сообщили в министерстве."},
		{"runaway text without a sentence end is clipped to n", strings.Repeat("word ", 100), 50, 280, strings.TrimSpace(strings.Repeat("word ", 9)) + "…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := clipSentences(tt.in, tt.n, tt.hard)
			if got != tt.want {
				t.Errorf("clipSentences = %q, want %q", got, tt.want)
			}
		})
	}
}
