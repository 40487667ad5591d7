package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// retoldSubjects are third persons whose words a speaker retells: "He
// said, ‘…’", «Он сказал: „…“». The speaker's own earlier words ("I said,
// ‘…’") stay the speaker's.
var retoldSubjects = map[string]bool{
	"he": true, "she": true, "they": true, "он": true, "она": true, "они": true,
}

// retoldVerbs report the retold words: said, told me, asked; сказал,
// ответил, спросил.
var retoldVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "asked": true, "replied": true, "answered": true, "wrote": true, "goes": true,
	"сказал": true, "сказала": true, "сказали": true, "говорит": true, "говорил": true, "говорила": true,
	"ответил": true, "ответила": true, "спросил": true, "спросила": true, "написал": true, "написала": true,
}

// retoldObjects may follow the verb: "He told me, ‘…’", «Он сказал мне:».
var retoldObjects = map[string]bool{
	"me": true, "us": true, "him": true, "her": true, "them": true, "мне": true, "нам": true, "ему": true, "ей": true, "им": true,
}

// retoldWords reports whether a quotation is mostly someone else's words
// that its speaker retells: it opens with a third person and a speech
// verb ("He said, ‘…’", "McCain told us: “…”", «Он ответил: „…“») and the
// inner quotation makes up at least half of it. As a pull-quote under the
// speaker's name such words would be shown as the speaker's own; a
// quotation that only cites a phrase in passing stays.
func retoldWords(text string) bool {
	head := text
	if len(head) > 60 {
		head = head[:60]
	}
	if !strings.ContainsAny(head, "‘“\"'«„") { // the byte gate: an inner opening mark near the start
		return false
	}
	rest := text
	subject := 0
	for i := 0; i < 4; i++ {
		w, tail, ok := nextRetoldWord(rest)
		if !ok {
			return false
		}
		lw := strings.ToLower(w)
		switch {
		case subject == 0 && retoldSubjects[lw]:
			subject = 1
		case subject < 2 && lw != "i" && lw != "we" && lw != "я" && lw != "мы" && startsUpper(w) && i < 2 && !retoldVerbs[lw]:
			subject++ // a name: "McCain said", "John McCain said"
		case subject > 0 && retoldVerbs[lw]:
			tail = strings.TrimLeft(tail, " ")
			if o, t2, ok := nextRetoldWord(tail); ok && retoldObjects[strings.ToLower(o)] {
				tail = strings.TrimLeft(t2, " ")
			}
			tail = strings.TrimLeft(tail, ",: ")
			r, n := utf8.DecodeRuneInString(tail)
			if !strings.ContainsRune("‘“\"'«„", r) {
				return false
			}
			inner := tail[n:]
			return 2*innerQuoteEnd(inner) >= len(text)
		default:
			return false
		}
		rest = tail
	}
	return false
}

// nextRetoldWord splits the first word of s, letters and inner hyphens or
// apostrophes, from the rest.
func nextRetoldWord(s string) (word, rest string, ok bool) {
	s = strings.TrimLeft(s, " ")
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !(i > 0 && r == '-') {
			break
		}
		i += n
	}
	if i == 0 {
		return "", s, false
	}
	return s[:i], s[i:], true
}

// innerQuoteEnd is the offset in s of the first closing mark that ends a
// word (an apostrophe inside "can’t" does not), or len(s).
func innerQuoteEnd(s string) int {
	for i, r := range s {
		if !strings.ContainsRune("’”\"'»“", r) {
			continue
		}
		next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
		if !unicode.IsLetter(next) {
			return i
		}
	}
	return len(s)
}
