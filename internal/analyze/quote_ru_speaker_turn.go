package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A transcript's speaker line on a paragraph of its own — a name and a
// title, with or without a comma between them, and a colon («Иван Петров,
// директор предприятия:», «Иван Петров директор МУП «Теплосеть»:», "Ivan
// Petrov, plant director:") — gives the dash turn under it to that person,
// whether or not the turn speaks in the first person (ruColonTurn asks
// that of a narrative sentence ending in a colon, not of a speaker line),
// when the turn opens a sentence: a lowercase item («- родился в Омске
// …») is a list of facts about the person, not speech.

// lineSpeaker reads paragraph pi, ending in a colon, as a speaker line:
// speakerLine's, or a name followed right away by a lowercase title word
// with no comma (ruBareSpeakerLine).
func (a *Analyzer) lineSpeaker(d *doc, pi int) (speakerRef, bool) {
	if pi < 0 || pi >= len(d.paras) || d.paras[pi].kind != pText {
		return speakerRef{}, false
	}
	p := d.paras[pi]
	if p.e <= p.s || d.body[p.e-1] != ':' {
		return speakerRef{}, false
	}
	if ref, ok := a.speakerLine(d, pi); ok {
		return ref, true
	}
	return a.ruBareSpeakerLine(d, pi)
}

// ruBareSpeakerLine reads «Имя Фамилия должность …:» — a name of two
// words or more, then at once a lowercase title word, no speech verb, at
// most ten words, no other colon, marks only round short names.
func (a *Analyzer) ruBareSpeakerLine(d *doc, pi int) (speakerRef, bool) {
	p := d.paras[pi]
	line := strings.TrimSpace(d.body[p.s:p.e])
	if countWords(line) > 10 || quoteMarks(line) > 0 && !d.shortMarkedNames(line) || strings.Count(line, ":") > 1 {
		return speakerRef{}, false
	}
	s, e := d.tokAt(int(p.s)), d.tokAt(int(p.e))
	if s >= e || int(d.btoks[s].s) != int(p.s) {
		return speakerRef{}, false
	}
	m := a.nameRun(d, s)
	k := s + m
	if m < 2 || k >= e || d.btoks[k].has(fCap) || d.body[d.btoks[k-1].e:d.btoks[k].s] != " " {
		return speakerRef{}, false
	}
	if w := d.word(k); !d.listed(k, rwTitleWord) && !d.listed(k, rwRoleNoun) && ruRoleNominative(w) == "" && titleWordKind(w) == 0 {
		return speakerRef{}, false
	}
	if !strings.Contains(a.fullName(d, s, k), " ") {
		return speakerRef{}, false
	}
	for j := k; j < e; j++ {
		if d.listed(j, rwSpeechVerb) {
			return speakerRef{}, false
		}
	}
	return speakerRef{kind: refName, ts: s, te: k}, true
}

// sentenceOpening reports whether text opens with a capital letter or a
// digit: a sentence, not a lowercase item of a list.
func sentenceOpening(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}
