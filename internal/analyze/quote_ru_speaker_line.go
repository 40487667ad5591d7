package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A speaker line — a paragraph that opens with its speaker's name and
// title and a colon, then the quotation («Иван Петров, главный тренер
// «Динамо»: «Сегодня мы …», "Ivan Petrov, Dynamo head coach: “Today we
// …") — is how match reports and TV transcripts print what each person
// said. Pages cut such a line off before its closing mark (a transcript
// gives the first words of each turn), or run the quotation on over the
// paragraphs after it and never close it. cutOffAfterColon takes the
// unclosed quotation only in the text's last paragraph; a speaker line
// is one anywhere when nothing later in the text closes it (the next mark
// of its pair after it opens another quotation, or there is none) and it
// is cut off inside a sentence, or the next paragraph goes on in the
// speaker's first person. A line of whole sentences followed by the
// report's own narrative is only an unclosed mark.

// maxSpeakerLineWords bounds the words of a speaker line before its colon:
// a name and a title, not a sentence.
const maxSpeakerLineWords = 14

// cutOffSpeakerLine reports whether the opening mark just before stray,
// in paragraph pi, ends a speaker line and is never closed.
func (d *doc) cutOffSpeakerLine(pi, stray int) bool {
	p := d.paras[pi]
	r, sz := utf8.DecodeLastRuneInString(d.body[:stray])
	if r != '«' && r != '“' || stray-sz <= int(p.s) || !d.colonBefore(stray) {
		return false
	}
	closer := '»'
	if r == '“' {
		closer = '”'
	}
	head := strings.TrimRight(d.body[p.s:stray-sz], " ")
	head = strings.TrimSuffix(head, ":")
	first, _ := utf8.DecodeRuneInString(head)
	if !unicode.IsUpper(first) || strings.ContainsAny(head, ".!?\"") || countWords(head) > maxSpeakerLineWords || !strings.Contains(head, ",") && countWords(head) > 3 {
		return false // a speaker line opens with a name; «X, title:» or a bare name
	}
	own := d.body[stray:p.e]
	if strings.ContainsRune(own, r) || strings.ContainsRune(own, closer) || countWords(own) < minQuoteWords {
		return false
	}
	rest := d.body[p.e:]
	if c := strings.IndexRune(rest, closer); c >= 0 && !strings.ContainsRune(rest[:c], r) {
		return false
	}
	// Cut off inside a sentence, or running on in the speaker's own first
	// person; a line ended with a whole sentence and followed by the
	// report's narrative is an unclosed mark and no more.
	if last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(own, " \t")); !strings.ContainsRune(".!?…", last) {
		return true
	}
	return d.firstPersonRunOn(pi, r, closer)
}

// firstPersons are the words of a speaker's own first person that carry a
// quotation running on into the next paragraph.
var firstPersons = map[string]bool{
	"я": true, "мы": true, "меня": true, "мне": true, "нас": true, "нам": true, "нами": true,
	"мой": true, "моя": true, "мое": true, "моё": true, "мои": true, "наш": true, "наша": true,
	"наше": true, "наши": true, "нашей": true, "нашего": true, "нашим": true,
	"i": true, "we": true, "me": true, "us": true, "my": true, "our": true,
}

// firstPersonRunOn reports whether the paragraph after pi is text with no
// mark of the pair r/closer and speaks in the first person: the speaker
// goes on («… работать.¶Нагоняй мы не используем …»).
func (d *doc) firstPersonRunOn(pi int, r, closer rune) bool {
	if pi+1 >= len(d.paras) || d.paras[pi+1].kind != pText {
		return false
	}
	q := d.paras[pi+1]
	if t := d.body[q.s:q.e]; strings.ContainsRune(t, r) || strings.ContainsRune(t, closer) {
		return false
	}
	for k := d.tokAt(int(q.s)); k < len(d.btoks) && int(d.btoks[k].s) < int(q.e); k++ {
		if firstPersons[d.word(k)] {
			return true
		}
	}
	return false
}
