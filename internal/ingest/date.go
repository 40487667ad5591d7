package ingest

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
)

// Publication dates outside [minPublished, now+maxAhead] are not believed:
// a feed that dates its items 1970 or next year has a broken clock or a
// placeholder, and such an item is treated as undated.
var minPublished = time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)

const maxAhead = 24 * time.Hour

// plausibleDate reports whether t can be an article's publication date
// seen at now: not before 1995 and at most a day ahead of now (zones
// written wrongly put honest dates a few hours ahead).
func plausibleDate(t, now time.Time) bool {
	return !t.IsZero() && !t.Before(minPublished) && !t.After(now.Add(maxAhead))
}

// itemPublished returns when a feed item was published, in UTC: its
// published date, else its updated date, each as gofeed read it or else as
// parseDate reads its text. It returns false when neither gives a plausible
// date. A date ahead of now is brought back to now: nothing is published
// after it was first seen, and a story dated hours ahead must not stay on
// top of every list until then.
func itemPublished(it *gofeed.Item, now time.Time) (time.Time, bool) {
	for _, c := range []struct {
		parsed *time.Time
		text   string
	}{{it.PublishedParsed, it.Published}, {it.UpdatedParsed, it.Updated}} {
		var t time.Time
		if c.parsed != nil {
			t = *c.parsed
		} else if p, ok := parseDate(c.text); ok {
			t = p
		}
		if plausibleDate(t, now) {
			return minTime(t.UTC(), now.UTC()), true
		}
	}
	return time.Time{}, false
}

func minTime(a, b time.Time) time.Time {
	if a.After(b) {
		return b
	}
	return a
}

// parseDate reads a date written the ways feeds write dates that gofeed
// does not read: month and weekday names or abbreviations in en, ru, uk,
// de, fr, es, pt, it and tr, in any case, with or without a trailing dot,
// in the genitive ("16 ноября 2022", "24 березня"); numeric dates
// ("2020/1/10", "10.01.2020", "2020-01-10"); 12-hour clocks ("02:02:33 PM");
// numeric ("-0300", "+03:00", "GMT+3") and named ("EST", "MSK") zones;
// two-digit years. A date without a zone is read as UTC, one without a time
// as midnight. Weekday names are skipped, right or wrong.
//
// It returns false for anything it cannot read for certain: an unknown
// word, two dates, a month name that could be two months, or a numeric date
// whose day and month could be swapped when slashes separate them.
func parseDate(s string) (time.Time, bool) {
	toks, ok := dateTokens(s)
	if !ok || len(toks) == 0 {
		return time.Time{}, false
	}
	var (
		d                  dateParts
		months             []monthWord
		bare               []dateToken
		zone               int
		haveZone, meridiem bool
	)
	for i := 0; i < len(toks); i++ {
		tk := toks[i]
		switch tk.kind {
		case tokOffset:
			if d.haveOffset {
				return time.Time{}, false
			}
			d.offset, d.haveOffset = tk.offset, true
		case tokWord:
			w := tk.text
			prevTime := i > 0 && toks[i-1].kind == tokNumber && (toks[i-1].sep == ':' || toks[i-1].hClock)
			switch {
			case w == "am" || w == "a.m" || w == "pm" || w == "p.m":
				if !prevTime {
					if w == "am" {
						continue // German "am 16. November"
					}
					return time.Time{}, false
				}
				if meridiem {
					return time.Time{}, false
				}
				meridiem, d.pm = true, w[0] == 'p'
			case isZoneName(w):
				if haveZone {
					return time.Time{}, false
				}
				zone, haveZone = zoneNames[w], true
			default:
				m := monthOf(w)
				wd := isWeekday(w)
				switch {
				case m > 0:
					months = append(months, monthWord{m, wd})
				case wd || isFiller(w):
				default:
					return time.Time{}, false // an unknown word: not a date we understand
				}
			}
		case tokNumber:
			switch {
			case tk.sep == ':' || tk.hClock:
				if d.haveTime || len(tk.parts) > 3 {
					return time.Time{}, false
				}
				d.haveTime = true
				d.hour, d.min = tk.parts[0], tk.parts[1]
				if len(tk.parts) == 3 {
					d.sec = tk.parts[2]
				}
				d.nsec = tk.nsec
			case len(tk.parts) == 3:
				if d.haveDate {
					return time.Time{}, false
				}
				if !d.numericDate(tk) {
					return time.Time{}, false
				}
			case len(tk.parts) == 1:
				bare = append(bare, tk)
			default:
				return time.Time{}, false
			}
		}
	}
	if !d.haveOffset && haveZone {
		d.offset, d.haveOffset = zone, true
	}
	if meridiem && !d.twelveHour() {
		return time.Time{}, false
	}
	switch {
	case len(months) > 0:
		m, ok := pickMonth(months)
		if !ok || d.haveDate || !d.namedDate(m, bare) {
			return time.Time{}, false
		}
	case d.haveDate:
		if len(bare) > 0 {
			return time.Time{}, false
		}
	case len(bare) == 1 && len(toks) == 1 && (bare[0].digits[0] == 10 || bare[0].digits[0] == 13):
		// Unix time in seconds or milliseconds, as some dc:date fields hold.
		n := int64(bare[0].parts[0])
		if bare[0].digits[0] == 13 {
			return time.UnixMilli(n).UTC(), true
		}
		return time.Unix(n, 0).UTC(), true
	default:
		return time.Time{}, false
	}
	return d.time()
}

// dateParts collects what parseDate has read.
type dateParts struct {
	year, month, day       int
	hour, min, sec, nsec   int
	offset                 int // minutes east of UTC
	haveDate, haveTime, pm bool
	haveOffset             bool
}

// numericDate reads a three-part numeric date. A four-digit first part is
// the year (year, month, day). Otherwise the last part is the year and the
// reading that is possible wins: "13.01.2020" can only be the 13th of
// January, "01/13/2020" only January 13th. When both readings are
// possible, dots and dashes ("10.01.2020", "10-01-2020") are read day
// first, as the countries that write them do; slashes are refused, since
// "10/01/2020" is October in the United States and January in most other
// places, and a wrong month is worse than no date.
func (d *dateParts) numericDate(tk dateToken) bool {
	p, n := tk.parts, tk.digits
	switch {
	case n[0] == 4 && n[1] <= 2 && n[2] <= 2:
		d.year, d.month, d.day = p[0], p[1], p[2]
	case n[0] <= 2 && n[1] <= 2 && (n[2] == 4 || n[2] == 2):
		d.year = p[2]
		switch {
		case p[0] > 12 && p[1] > 12:
			return false
		case p[0] > 12:
			d.day, d.month = p[0], p[1]
		case p[1] > 12:
			d.month, d.day = p[0], p[1]
		case p[0] == p[1] || tk.sep != '/':
			d.day, d.month = p[0], p[1]
		default:
			return false
		}
	default:
		return false
	}
	d.haveDate = true
	return true
}

// namedDate takes month m with the day and year among the bare numbers: a
// four-digit (or above 31) number is the year, else the first is the day
// ("Thu, 07 Dec 17" is the 7th of December 2017).
func (d *dateParts) namedDate(m int, bare []dateToken) bool {
	if len(bare) != 2 {
		return false
	}
	a, b := bare[0], bare[1]
	isYear := func(t dateToken) bool { return t.digits[0] == 4 || t.parts[0] > 31 }
	switch {
	case isYear(a) && !isYear(b):
		a, b = b, a
	case isYear(a) && isYear(b):
		return false
	}
	if a.digits[0] > 2 || (b.digits[0] != 2 && b.digits[0] != 4) {
		return false
	}
	d.day, d.month, d.year, d.haveDate = a.parts[0], m, b.parts[0], true
	return true
}

// twelveHour applies AM or PM to the time read.
func (d *dateParts) twelveHour() bool {
	if !d.haveTime || d.hour < 1 || d.hour > 12 {
		return false
	}
	d.hour %= 12
	if d.pm {
		d.hour += 12
	}
	return true
}

// time assembles the date, refusing impossible ones (February 30th, 25:00).
func (d *dateParts) time() (time.Time, bool) {
	if d.year < 100 {
		// Two-digit years as Go reads them: 69–99 are 1969–1999.
		if d.year >= 69 {
			d.year += 1900
		} else {
			d.year += 2000
		}
	}
	if d.year < 1000 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31 ||
		d.hour > 23 || d.min > 59 || d.sec > 60 {
		return time.Time{}, false
	}
	d.sec = min(d.sec, 59) // a leap second
	t := time.Date(d.year, time.Month(d.month), d.day, d.hour, d.min, d.sec, d.nsec, time.FixedZone("", d.offset*60))
	if t.Day() != d.day {
		return time.Time{}, false
	}
	return t.UTC(), true
}

type monthWord struct {
	month   int
	weekday bool // the word also names a weekday ("mar": martes, March)
}

// pickMonth chooses the month among the month words found. A word that is
// also a weekday gives way to one that is not ("mar, 15 nov 2022": "mar"
// is Tuesday in Spanish and Italian, "nov" the month).
func pickMonth(ws []monthWord) (int, bool) {
	if len(ws) == 1 {
		return ws[0].month, true
	}
	m := 0
	for _, w := range ws {
		if w.weekday {
			continue
		}
		if m != 0 && m != w.month {
			return 0, false
		}
		m = w.month
	}
	return m, m != 0
}

type tokKind uint8

const (
	tokNumber tokKind = iota
	tokWord
	tokOffset
)

// dateToken is a number group ("2020/1/10", "14:33:00", "24"), a word, or
// a zone offset.
type dateToken struct {
	kind   tokKind
	text   string // a word, lower case, accents folded
	parts  []int  // a number group's numbers
	digits []int  // how many digits each part had
	sep    byte   // the separator within a number group, 0 for one number
	nsec   int    // fractional seconds of a time
	hClock bool   // a time written "14h33"
	offset int    // minutes east of UTC
}

// dateTokens splits a date text into tokens; spaces, commas, brackets and
// stray punctuation separate them. It fails on numbers too long to be a
// date's.
func dateTokens(s string) ([]dateToken, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" || len(s) > 100 {
		return nil, false
	}
	var toks []dateToken
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isDigit(s, i):
			tk, n, ok := numberGroup(s[i:])
			if !ok {
				return nil, false
			}
			toks = append(toks, tk)
			i += n
		case (r == '+' || r == '-' || r == '−') && isDigit(s, i+size):
			off, n, ok := zoneOffset(s[i+size:])
			if !ok {
				return nil, false
			}
			if r != '+' {
				off = -off
			}
			toks = append(toks, dateToken{kind: tokOffset, offset: off})
			i += size + n
		case unicode.IsLetter(r):
			w, n := dateWord(s[i:])
			toks = append(toks, dateToken{kind: tokWord, text: w})
			i += n
		default:
			i += size
		}
	}
	return joinHClock(toks), true
}

// joinHClock turns "14 h 33" (the French "14h33") into one time.
func joinHClock(toks []dateToken) []dateToken {
	for i := 0; i+2 < len(toks); i++ {
		a, h, b := toks[i], toks[i+1], toks[i+2]
		if a.kind == tokNumber && len(a.parts) == 1 && a.parts[0] <= 23 && a.digits[0] <= 2 &&
			h.kind == tokWord && h.text == "h" &&
			b.kind == tokNumber && len(b.parts) == 1 && b.digits[0] == 2 {
			t := dateToken{kind: tokNumber, parts: []int{a.parts[0], b.parts[0]}, digits: []int{a.digits[0], 2}, hClock: true}
			toks = append(append(toks[:i:i], t), toks[i+3:]...)
		}
	}
	return toks
}

func isDigit(s string, i int) bool { return i < len(s) && s[i] >= '0' && s[i] <= '9' }

// numberGroup reads digits joined by one kind of separator ("2020/1/10",
// "10.01.2020", "14:33:00", with fractional seconds after a time).
func numberGroup(s string) (dateToken, int, bool) {
	tk := dateToken{kind: tokNumber}
	i := 0
	for {
		j := i
		for j < len(s) && isDigit(s, j) {
			j++
		}
		if j-i > 13 {
			return tk, 0, false
		}
		n := 0
		for _, c := range s[i:j] {
			n = n*10 + int(c-'0')
		}
		tk.parts = append(tk.parts, n)
		tk.digits = append(tk.digits, j-i)
		i = j
		if i+1 >= len(s) || !isDigit(s, i+1) {
			break
		}
		c := s[i]
		if tk.sep == ':' && len(tk.parts) >= 2 && (c == '.' || c == ',') {
			// Fractional seconds: "14:33:00.123".
			j := i + 1
			for j < len(s) && isDigit(s, j) {
				j++
			}
			frac := s[i+1 : j]
			if len(frac) > 9 {
				frac = frac[:9]
			}
			ns := 0
			for _, c := range frac {
				ns = ns*10 + int(c-'0')
			}
			for range 9 - len(frac) {
				ns *= 10
			}
			tk.nsec = ns
			return tk, j, true
		}
		if !strings.ContainsRune("/.-:", rune(c)) || (tk.sep != 0 && c != tk.sep) {
			break
		}
		tk.sep = c
		i++
	}
	if tk.sep == ':' && len(tk.parts) < 2 {
		return tk, 0, false
	}
	return tk, i, true
}

// zoneOffset reads the digits of a zone offset after its sign: "0300",
// "03:00", "3", "0530"; it returns minutes.
func zoneOffset(s string) (int, int, bool) {
	j := 0
	for j < len(s) && isDigit(s, j) {
		j++
	}
	digits := s[:j]
	h, m := 0, 0
	switch len(digits) {
	case 1, 2:
		h = atoi(digits)
		if j+2 < len(s) && s[j] == ':' && isDigit(s, j+1) && isDigit(s, j+2) {
			m = atoi(s[j+1 : j+3])
			j += 3
		}
	case 3:
		h, m = atoi(digits[:1]), atoi(digits[1:])
	case 4:
		h, m = atoi(digits[:2]), atoi(digits[2:])
	default:
		return 0, 0, false
	}
	if h > 14 || m > 59 {
		return 0, 0, false
	}
	return h*60 + m, j, true
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// dateWord reads a word: letters, with inner apostrophes ("п'ятниця"),
// hyphens ("segunda-feira") and dots ("a.m."); a trailing dot is dropped.
// The word comes back with Latin accents folded.
func dateWord(s string) (string, int) {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) {
			i += size
			continue
		}
		if strings.ContainsRune("'ʼ’-.", r) && i+size < len(s) {
			if next, _ := utf8.DecodeRuneInString(s[i+size:]); unicode.IsLetter(next) {
				i += size
				continue
			}
		}
		break
	}
	n := i
	if n < len(s) && s[n] == '.' {
		n++
	}
	return foldAccents(s[:i]), n
}

// accentFold maps accented Latin letters of the supported languages to
// their base letter.
var accentFold = strings.NewReplacer(
	"à", "a", "á", "a", "â", "a", "ã", "a", "ä", "a",
	"ç", "c", "è", "e", "é", "e", "ê", "e", "ë", "e",
	"ì", "i", "í", "i", "î", "i", "ï", "i", "ı", "i",
	"ñ", "n", "ò", "o", "ó", "o", "ô", "o", "õ", "o", "ö", "o",
	"ù", "u", "ú", "u", "û", "u", "ü", "u", "ş", "s", "ğ", "g",
	"’", "'", "ʼ", "'",
)

func foldAccents(s string) string { return accentFold.Replace(strings.ToLower(s)) }

// The lookup tables below are built once from datenames.go and only read.
var (
	monthIndex   = buildMonthIndex()
	weekdayIndex = buildWeekdayIndex()
	fillerIndex  = buildSet(dateFillers)
)

// buildMonthIndex maps every listed form, and every prefix of three
// letters or more of one, to its month; a key two months share maps to -1.
func buildMonthIndex() map[string]int {
	idx := make(map[string]int)
	set := func(k string, m int) {
		if old, ok := idx[k]; ok && old != m {
			idx[k] = -1
			return
		}
		idx[k] = m
	}
	for i, forms := range monthNames {
		for _, f := range forms {
			r := []rune(foldAccents(f))
			for n := 3; n <= len(r); n++ {
				set(string(r[:n]), i+1)
			}
		}
	}
	return idx
}

// buildWeekdayIndex holds weekday names and their prefixes of two letters
// or more.
func buildWeekdayIndex() map[string]bool {
	idx := make(map[string]bool)
	for _, f := range weekdayNames {
		r := []rune(foldAccents(f))
		for n := 2; n <= len(r); n++ {
			idx[string(r[:n])] = true
		}
	}
	return idx
}

func buildSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[foldAccents(w)] = true
	}
	return m
}

// monthOf returns the month a word names, 0 for none and -1 when it could
// be two months ("jui": juin or juillet).
func monthOf(w string) int { return monthIndex[w] }

func isWeekday(w string) bool  { return weekdayIndex[w] }
func isFiller(w string) bool   { return fillerIndex[w] }
func isZoneName(w string) bool { _, ok := zoneNames[w]; return ok }
