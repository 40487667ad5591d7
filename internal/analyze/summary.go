package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Summary limits: lead-first, 1–3 whole sentences, about 350 characters.
const (
	summaryChars     = 350
	summarySentences = 3
	minSummaryWords  = 4
)

// computeLead marks where the lead ends: the first two text paragraphs (a
// feed's standfirst and first paragraph), but no more than three sentences.
func (d *doc) computeLead() {
	paras, n := 0, 0
	last := int32(-1)
	for _, s := range d.sents {
		if d.paras[s.para].kind != pText {
			continue
		}
		if s.para != last {
			paras++
			last = s.para
			if paras > 2 {
				return
			}
		}
		d.leadEnd = s.e
		n++
		if n == 3 {
			return
		}
	}
}

// summary picks the opening sentences of the article's text, skipping
// credits, bylines, headings, prompts and trailing link lists, and strips a
// dateline ("MOSCOW, Dec 5 (Reuters) -").
func (d *doc) summary() string {
	var b strings.Builder
	n := 0
	chars := 0
	prev := ""
	for _, s := range d.sents {
		if d.paras[s.para].kind != pText {
			continue
		}
		text := d.body[s.s:s.e]
		if n == 0 {
			text = stripDateline(text)
		}
		words := countWords(text)
		if words < minSummaryWords {
			continue
		}
		l := utf8.RuneCountInString(text)
		if n > 0 && chars+1+l > summaryChars {
			break
		}
		if n == 0 && l > summaryChars+150 {
			text = cutAtWord(text, summaryChars) + "…"
			l = summaryChars
		}
		if n > 0 {
			if unterminated(prev) {
				// A standfirst or lead paragraph without a full stop would
				// run into the next sentence ("…in northern Italy Italy was").
				b.WriteByte('.')
				chars++
			}
			b.WriteByte(' ')
			chars++
		}
		b.WriteString(text)
		chars += l
		prev = text
		n++
		if n >= summarySentences {
			break
		}
	}
	if n == 0 {
		// No sentence qualified (a short teaser without punctuation): fall
		// back to the first text or heading paragraph.
		for _, p := range d.paras {
			if p.kind == pText || p.kind == pHeading {
				text := d.body[p.s:p.e]
				if utf8.RuneCountInString(text) > summaryChars {
					text = cutAtWord(text, summaryChars) + "…"
				}
				return text
			}
		}
	}
	return b.String()
}

// unterminated reports whether a sentence ends without closing punctuation,
// on a letter or digit.
func unterminated(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func countWords(s string) int {
	n := 0
	in := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if !in {
				n++
			}
			in = true
		} else if !(r == '\'' || r == '’' || r == '-') {
			in = false
		}
	}
	return n
}

// cutAtWord cuts s to at most max runes, at a word boundary when possible.
func cutAtWord(s string, max int) string {
	n := 0
	last := -1
	for i, r := range s {
		if n == max {
			if last > 0 {
				return strings.TrimRight(s[:last], " ,;:—–-")
			}
			return s[:i]
		}
		if unicode.IsSpace(r) {
			last = i
		}
		n++
	}
	return s
}

// stripDateline removes a leading dateline: an upper-case place, optional
// date and agency, then a dash.
func stripDateline(s string) string {
	limit := min(len(s), 90)
	for _, dash := range [...]string{" - ", " — ", " – ", " -- "} {
		i := strings.Index(s[:limit], dash)
		if i <= 0 {
			continue
		}
		head := s[:i]
		// The dateline starts with a place in capitals (MOSCOW, МИНСК).
		first := strings.FieldsFunc(head, func(r rune) bool { return r == ' ' || r == ',' || r == '(' })
		if len(first) == 0 {
			continue
		}
		w := first[0]
		if utf8.RuneCountInString(w) < 3 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
			continue
		}
		return strings.TrimSpace(s[i+len(dash):])
	}
	return s
}
