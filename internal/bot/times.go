package bot

import (
	"errors"
	"fmt"
	"strings"

	"github.com/newsbot/newsbot/internal/news"
)

// hourUnits are the words that may follow an hour: "20 h", "8 ч", "8 am".
var hourUnits = map[string]string{
	"h": "h", "hr": "h", "hrs": "h", "hours": "h", "hour": "h", "o'clock": "h",
	"ч": "h", "час": "h", "часа": "h", "часов": "h", "ч.": "h",
	"am": "am", "a.m.": "am", "pm": "pm", "p.m.": "pm",
}

// parseTimes reads /time's arguments: one or more times of day in any of
// the forms normalizeClock takes, a unit apart from its number or not
// ("20 h", "8 am"). It returns them as "HH:MM", in the order typed, and
// the words it could not read.
func parseTimes(args string) (times, bad []string) {
	words := strings.Fields(strings.ReplaceAll(strings.ReplaceAll(args, ",", " "), ";", " "))
	for i := 0; i < len(words); i++ {
		w := words[i]
		if i+1 < len(words) {
			if _, unit := hourUnits[strings.ToLower(words[i+1])]; unit {
				w += words[i+1]
				i++
			}
		}
		hhmm, err := normalizeClock(w)
		if err != nil {
			bad = append(bad, w)
			continue
		}
		times = append(times, hhmm)
	}
	return times, bad
}

// normalizeClock reads a time of day written "8:30", "08:30", "8.30",
// "0830", "830", "8", "8am", "8:30 pm", "20h", "20h30", "8ч" or "20 часов"
// and returns it as "HH:MM".
func normalizeClock(s string) (string, error) {
	s = strings.ToLower(strings.Join(strings.Fields(s), ""))
	unit := ""
	for _, u := range []string{"a.m.", "p.m.", "o'clock", "hours", "hour", "hrs", "hr", "часов", "часа", "час", "ч.", "am", "pm", "h", "ч"} {
		if i := strings.Index(s, u); i > 0 {
			unit = hourUnits[u]
			rest := s[i+len(u):]
			s = s[:i]
			if rest != "" { // "20h30"
				if unit != "h" {
					return "", fmt.Errorf("time %q: unexpected %q", s, rest)
				}
				s += ":" + rest
			}
			break
		}
	}
	s = strings.Replace(s, ".", ":", 1)
	if !strings.Contains(s, ":") {
		switch len(s) {
		case 1, 2:
			s += ":00"
		case 3, 4:
			s = s[:len(s)-2] + ":" + s[len(s)-2:]
		}
	}
	h, m, err := news.ParseClock(s)
	if err != nil {
		return "", err
	}
	switch unit {
	case "am", "pm":
		if h < 1 || h > 12 {
			return "", errors.New("time: a.m. and p.m. hours go from 1 to 12")
		}
		h %= 12
		if unit == "pm" {
			h += 12
		}
	}
	return fmt.Sprintf("%02d:%02d", h, m), nil
}

// timesText lists digest times: "08:00" or "08:00, 19:30".
func timesText(s *news.Subscriber) string {
	return strings.Join(s.Times(), ", ")
}
