package analyze

import "strings"

// dottedWordGap reports whether the gap after token v is only the dot of a
// dotted word (and a space): a qualifier or an initialism written with
// points («и.о. министра», «и. о. главы», «т.е.») or a name's initial
// («И. Петров»), not a sentence's end. A clause read back from a
// quotation goes on over it («Как заявил и.о. министра энергетики X,
// «…»»).
func (d *doc) dottedWordGap(v int) bool {
	if v+1 >= len(d.btoks) {
		return false
	}
	gap := d.body[d.btoks[v].e:d.btoks[v+1].s]
	if gap != "." && gap != ". " {
		return false
	}
	if d.btoks[v+1].has(fCap) {
		return d.initial(v)
	}
	// A lower-case word after the dot: the dot was an abbreviation's
	// («и.о.», «и. о.», «т. е.»), a sentence opens with a capital.
	return d.btoks[v].has(fDotted) || d.btoks[v].ne-d.btoks[v].ns <= 2
}

// ruQualifiedHolder reports whether the name [s, e) right after an acting
// title of one word («врио мэра», «и.о. главы») is the title's holder in
// the nominative, though the title word is in the genitive and a woman's
// name ends in -а there as a man's genitive does: after a qualifier the
// genitive is the post itself, the holder follows it («— заявила врио мэра
// Анна Белова»). A feminine verb and no feminine genitive ending (-ой,
// -ей) are asked for.
func (a *Analyzer) ruQualifiedHolder(d *doc, title, s, e int) bool {
	v := title - 1
	for v >= 0 && !d.listed(v, rwSpeechVerb) && title-v < 4 {
		v--
	}
	if v < 0 || !d.listed(v, rwSpeechVerb) || ruVerbGender(d.word(v)) != genderFemale || e-s < 2 {
		return false
	}
	sur := d.word(e - 1)
	return !strings.HasSuffix(sur, "ой") && !strings.HasSuffix(sur, "ей")
}

// verbBefore returns the speech verb a few tokens before token i that the
// words from i complete («— пояснил НСН ситуацию X»: the verb before the
// medium), or i-1 when there is none.
func (d *doc) verbBefore(i int) int {
	for v := i - 1; v >= 0 && v >= i-3; v-- {
		if d.listed(v, rwSpeechVerb) {
			return v
		}
	}
	return i - 1
}

// ruColonThatSentence reads a Russian sentence ending in a colon before a
// quotation whose speech verb stands further back than colonSentence
// looks and whose clause «что …» leads to the colon («Директор
// предприятия Николай Коюшков поначалу отказывался от комментариев, а
// потом рассказал, что остановка была: «…»»): the sentence opens with
// the speaker's titled name, names no one else before the verb, and the
// verb's «что» clause runs to the colon with no other verb of speech.
// (English "X said that there had been …: “…”" is not read so: the
// clause between the verb and the colon stops the English reading.)
func (a *Analyzer) ruColonThatSentence(d *doc, m, start int) speakerRef {
	lo := start
	if si := d.sentenceAt(int(d.btoks[m].s)); si >= 0 && int(d.sents[si].s) > lo {
		lo = int(d.sents[si].s)
	}
	first := d.tokAt(lo)
	v := -1
	for k := first; k < m && k < first+24; k++ {
		if d.listed(k, rwSpeechVerb) && k+1 <= m && d.word(k+1) == "что" && d.gapBefore(k+1) == ", " {
			v = k
			break
		}
	}
	if v < 0 {
		return speakerRef{}
	}
	for k := v + 2; k <= m; k++ {
		if d.listed(k, rwSpeechVerb) {
			return speakerRef{} // another verb of speech: another clause's speaker may be meant
		}
	}
	ref, _ := a.parseForward(d, first, int(d.btoks[v].s))
	if ref.kind != refName {
		return speakerRef{}
	}
	if named, ok := a.soleNamed(d, lo, int(d.btoks[v].s)); !ok || named.kind != refName || named.te != ref.te {
		return speakerRef{}
	}
	return ref
}
