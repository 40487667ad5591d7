package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Transcripts of broadcasts print each turn after its speaker's name in
// capitals and a colon ("SEN. SUSAN COLLINS (R), MAINE: I will say …",
// "BRIAN MORIARTY: “A number of CFOs …”", "COLLINS: Well, …"), and
// introduce their guests by name in the text around them. A name in
// capitals is no acronym there: the head resolves to the person the
// article names in ordinary case, and a head titled as the one who asks
// ("DANA BASH, HOST:", "X, CNN ANCHOR:") is an interviewer's, no quotation.

// capsHead reads the head of paragraph pi up to the colon at byte offset
// colon as a transcript's speaker in capitals: an optional title
// abbreviation ("SEN.", "DR."), a name of one to three words, then
// optionally a party in brackets and, after a comma, a title or a place.
// It returns the name as the article writes it in ordinary case ("Susan
// Collins"; for "COLLINS" the fullest name ending in "Collins"), or ""
// when the head is not all capitals, names no one the article names
// otherwise, or is titled as an interviewer.
func (a *Analyzer) capsHead(d *doc, pi, colon int) string {
	p := d.paras[pi]
	head := d.body[p.s:colon]
	if len(head) < 3 || len(head) > 60 {
		return ""
	}
	letters := 0
	for _, r := range head {
		if unicode.IsLower(r) {
			return "" // the byte gate: a head in capitals only
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	s, e := d.tokAt(int(p.s)), d.tokAt(colon)
	if letters < 3 || s >= e || e-s > 9 || int(d.btoks[s].s) != int(p.s) {
		return ""
	}
	for s < e-1 && d.listed(s, rwTitleWord) && (d.btoks[s].flags&fAbbrev != 0 || strings.TrimSpace(d.gapBefore(s+1)) == ".") {
		s++ // "SEN. SUSAN COLLINS" (its dot the word's, expandTitleAbbrevs), "DR. JANE DOE"
	}
	n := s + 1
	for n < e && n < s+3 && d.contiguous(n-1, n) {
		n++
	}
	for k := n; k < e; k++ {
		if interviewerNouns[d.word(k)] {
			return "" // "DANA BASH, HOST:": the one who asks
		}
	}
	if n < e && !strings.ContainsAny(d.gapBefore(n), ",(") {
		return "" // more words than a name: a heading, no speaker
	}
	for k := s; k < n; k++ {
		if d.listed(k, rwTitleWord) || d.listed(k, rwNotName) || institutionWords[d.word(k)] {
			return ""
		}
	}
	// The same person in ordinary case elsewhere: the fullest name ending
	// in the head's last word, its first name the head's when it has one.
	last := d.word(n - 1)
	best := ""
	for i := range d.btoks {
		if d.word(i) != last || i >= s && i < e || !a.nameWordAt(d, i) {
			continue
		}
		j := i
		for j > 0 && j > i-3 && d.contiguous(j-1, j) && a.nameWordAt(d, j-1) && !titleWords[strings.TrimSuffix(d.word(j-1), "s")] {
			j-- // not "Senators Lisa Murkowski"
		}
		if n-s >= 2 {
			if i-j < n-s-1 || d.word(i-(n-s-1)) != d.word(s) {
				continue // "SUSAN COLLINS" is "Susan Collins", not "Lisa Collins"
			}
			j = i - (n - s - 1) // as many words as the head gives
		}
		if i == j && n-s < 2 {
			continue // one word twice is no name
		}
		if name := a.surface(d, j, i+1); len(name) > len(best) {
			best = name
		}
	}
	if best == "" && n-s >= 2 {
		return ""
	}
	return best
}

// capsColon reads the speaker of a quotation in marks after a transcript
// head in capitals: the colon ends token m, and the head opens the
// paragraph at start ("BRIAN MORIARTY: “…”").
func (a *Analyzer) capsColon(d *doc, m, start int) speakerRef {
	c := int(d.btoks[m].e)
	if c >= len(d.body) || d.body[c] != ':' || d.tokAt(start) >= len(d.btoks) || int(d.btoks[d.tokAt(start)].s) != start {
		return speakerRef{}
	}
	if name := a.capsHead(d, d.paraAt(start), c); name != "" {
		return speakerRef{kind: refGiven, name: name}
	}
	return speakerRef{}
}

// firstRune is the first rune of s, or utf8.RuneError for "".
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
