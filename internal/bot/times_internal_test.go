package bot

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsbot/newsbot/internal/i18n"
)

func TestParseTimes(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // times joined by spaces
		bad      string // unreadable words joined by spaces
	}{
		{"colon", "8:30", "08:30", ""},
		{"leading zero", "08:30", "08:30", ""},
		{"dot", "8.30", "08:30", ""},
		{"four digits", "0830", "08:30", ""},
		{"three digits", "830", "08:30", ""},
		{"bare hour", "8", "08:00", ""},
		{"am", "8am", "08:00", ""},
		{"am apart", "8 am", "08:00", ""},
		{"pm with minutes", "7:15pm", "19:15", ""},
		{"12 am is midnight", "12am", "00:00", ""},
		{"12 pm is noon", "12 pm", "12:00", ""},
		{"hours unit apart", "20 h", "20:00", ""},
		{"hours unit with minutes", "20h30", "20:30", ""},
		{"russian unit", "8 ч", "08:00", ""},
		{"russian unit joined", "20ч", "20:00", ""},
		{"russian word", "20 часов", "20:00", ""},
		{"two times", "08:00 19:30", "08:00 19:30", ""},
		{"two times with a comma", "8.30, 20 h", "08:30 20:00", ""},
		{"three mixed", "7am 13.00 2130", "07:00 13:00 21:30", ""},
		{"hour too big", "25:00", "", "25:00"},
		{"minutes too big", "8:75", "", "8:75"},
		{"13 pm", "13pm", "", "13pm"},
		{"words", "noon", "", "noon"},
		{"one good one bad", "8:00 later", "08:00", "later"},
		{"negative", "-8", "", "-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			times, bad := parseTimes(tt.in)
			if got := join(times); got != tt.want {
				t.Errorf("parseTimes(%q) times = %q, want %q", tt.in, got, tt.want)
			}
			if got := join(bad); got != tt.bad {
				t.Errorf("parseTimes(%q) bad = %q, want %q", tt.in, got, tt.bad)
			}
		})
	}
}

func join(s []string) string { return strings.Join(s, " ") }

func TestParseFilterArgs(t *testing.T) {
	tests := []struct {
		name, in         string
		include, exclude string
		clear            bool
		errID            i18n.Key
	}{
		{"plus and minus", "+gas -football", "[gas]", "[football]", false, 0},
		{"lower case", "+Gas -NATO", "[gas]", "[nato]", false, 0},
		{"russian", "+газ -футбол", "[газ]", "[футбол]", false, 0},
		{"sign apart", "+ gas", "[gas]", "[]", false, 0},
		{"dash from a phone", "—football −rugby", "[]", "[football rugby]", false, 0},
		{"hyphenated", "-covid-19", "[]", "[covid-19]", false, 0},
		{"clear", "clear", "[]", "[]", true, 0},
		{"clear in russian", "очистить", "[]", "[]", true, 0},
		{"no sign", "football", "", "", false, i18n.MsgFilterBadWord},
		{"punctuation", "+gas!", "", "", false, i18n.MsgFilterBadWord},
		{"lone sign", "+", "", "", false, i18n.MsgFilterBadWord},
		{"too long", "+" + strings.Repeat("a", 65), "", "", false, i18n.MsgFilterTooLong},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := parseFilterArgs(tt.in)
			if tt.errID != 0 {
				if err == nil || err.id != tt.errID {
					t.Fatalf("parseFilterArgs(%q) error = %+v, want message %d", tt.in, err, tt.errID)
				}
				return
			}
			if err != nil {
				t.Fatalf("parseFilterArgs(%q) error = %+v", tt.in, err)
			}
			if e.clear != tt.clear || fmt.Sprint(nonNil(e.include)) != tt.include || fmt.Sprint(nonNil(e.exclude)) != tt.exclude {
				t.Errorf("parseFilterArgs(%q) = +%v -%v clear %v, want +%s -%s clear %v", tt.in, e.include, e.exclude, e.clear, tt.include, tt.exclude, tt.clear)
			}
		})
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
