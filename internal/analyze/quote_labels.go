package analyze

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// colonHead returns the words before the colon that opens paragraph pi —
// a run of one to four capitalised words or numbers within its first 60
// bytes ("Product Dimensions: 6 x 0.4 x 9 inches", "Outer Wilds: the
// controls …", «Атамбаев: Я надеюсь …») — in lower case, or "" when the
// paragraph opens otherwise.
func (d *doc) colonHead(pi int) (head string, s, e int) {
	p := d.paras[pi]
	text := d.body[p.s:p.e]
	colon := strings.Index(text, ": ")
	if colon <= 0 || colon > 60 || quoteMarks(text[:colon]) > 0 {
		return "", 0, 0
	}
	s, e = d.tokAt(int(p.s)), d.tokAt(int(p.s)+colon)
	if s >= e || e-s > 4 || int(d.btoks[s].s) != int(p.s) {
		return "", 0, 0
	}
	for k := s; k < e; k++ {
		if !d.btoks[k].has(fCap) && !d.btoks[k].has(fDigit) {
			return "", 0, 0
		}
	}
	return strings.ToLower(text[:colon]), s, e
}

// personHead reports whether the head at tokens [s, e) is shaped like a
// person's name: two or three name words, or one the article gives in
// full elsewhere.
func (a *Analyzer) personHead(d *doc, s, e int) bool {
	if e-s > 3 {
		return false
	}
	for k := s; k < e; k++ {
		if !a.nameWordAt(d, k) {
			return false
		}
	}
	return e-s > 1 || a.namedElsewhere(d, s)
}

// colonLabelList reports whether the colon line of paragraph pi, whose
// head names the speaker at tokens [s, e), is an entry of a list of
// labels rather than a line of a transcript: another paragraph of the
// article opens with a different capitalised head and a colon (a
// product's details, a reading list, a review of games, links with their
// subtitles: "Publisher: …", "Outer Wilds: …"; «Издательство: …»), and
// either a word of the head is written in lower case elsewhere (a common
// word: "memory" beside "Uninitialized Memory: …") or the head's last word
// is written with a capital in no other paragraph nor the title. A
// transcript names its speakers elsewhere or gives them several lines
// ("Atambayev: …" after "President Almazbek Atambayev").
func (a *Analyzer) colonLabelList(d *doc, pi, s, e int) bool {
	head, _, _ := d.colonHead(pi)
	if head == "" || s > d.tokAt(int(d.paras[pi].s)) {
		return false // "President Ilham Aliyev: …": a titled person
	}
	other := false
	var heads []string
	for k := range d.paras {
		if k == pi {
			continue
		}
		if h, hs, he := d.colonHead(k); h != "" {
			if h == head || slices.Contains(heads, h) && a.personHead(d, hs, he) {
				return false // a speaker's next line: a transcript
			}
			heads = append(heads, h)
			if interviewHeads[h] || titleWords[h] || roleNouns[h] {
				return false // "Host: …", «Вопрос: …»: an interview's other side
			}
			other = true
		}
	}
	if !other {
		return false
	}
	// A word of the head the article also writes in lower case is a
	// common word ("Uninitialized Memory: …" beside "the memory"), no name.
	p := d.paras[pi]
	for k := range d.btoks {
		if int(d.btoks[k].s) >= int(p.s) && int(d.btoks[k].s) < int(p.e) || d.btoks[k].has(fCap) {
			continue
		}
		for h := s; h < e; h++ {
			if d.word(k) == d.word(h) {
				return true
			}
		}
	}
	last := d.word(e - 1)
	for k := range d.ttoks {
		if t := &d.ttoks[k]; string(d.norm[t.ns:t.ne]) == last {
			return false
		}
	}
	for k := range d.btoks {
		if (int(d.btoks[k].s) < int(p.s) || int(d.btoks[k].s) >= int(p.e)) && d.btoks[k].has(fCap) && d.word(k) == last {
			return false
		}
	}
	return true
}

// titleCased reports whether text reads as a title or a subtitle, not
// speech: four words or more, and of the words longer than three letters
// (articles and prepositions are left in lower case by title case) at
// least three in four capitalised ("How Industry Forces Have Manipulated
// Science to Downplay the Harm", "Sexist Apps, Biased Algorithms, and
// Other Threats"). Sentences of speech capitalise their first word and
// names only; Russian titles capitalise their first word only.
func titleCased(text string) bool {
	words, long, caps := 0, 0, 0
	for _, w := range strings.Fields(text) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w == "" {
			continue
		}
		words++
		if utf8.RuneCountInString(w) <= 3 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			caps++
		}
	}
	return words >= 4 && long >= 3 && caps*4 >= long*3
}

// interviewHeads open the interviewer's lines of a transcript.
var interviewHeads = map[string]bool{
	"q": true, "a": true, "question": true, "answer": true, "interviewer": true, "journalist": true,
	"в": true, "о": true, "вопрос": true, "ответ": true, "журналист": true, "корреспондент": true, "ведущий": true, "ведущая": true,
}
