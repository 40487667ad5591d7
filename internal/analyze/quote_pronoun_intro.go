package analyze

import "strings"

// pronounIntroducer reads the last sentence of paragraph pi, before a
// paragraph that is one quotation with no attribution of its own, when it
// goes on with someone's words through a pronoun and names no one: «Он
// также добавил, что …», «По его словам, …», "He said engineers had …",
// "According to her, …". The quotation is then that pronoun's, resolved
// as "he said" after it would be (most often to the speaker of the
// quotation before). A sentence naming someone, holding a quotation or
// ending in a colon is read by the other rules; a name in such a sentence
// is someone the pronoun's person speaks of, so introducer takes no one
// from it either ("He said Yerlan Omarov had …").
func (a *Analyzer) pronounIntroducer(d *doc, pi int) speakerRef {
	if pi < 0 || d.paras[pi].kind != pText {
		return speakerRef{}
	}
	p := d.paras[pi]
	text := strings.TrimSpace(d.body[p.s:p.e])
	if text == "" || strings.HasSuffix(text, ":") || quoteMarks(text) > 0 {
		return speakerRef{}
	}
	si := d.sentenceAt(int(p.e) - 1)
	if si < 0 || si >= len(d.sents) {
		return speakerRef{}
	}
	lo, hi := max(int(d.sents[si].s), int(p.s)), int(p.e)
	ref := d.pronounSpeaks(lo, hi)
	if ref.kind == refNone {
		return speakerRef{}
	}
	if named, ok := a.soleNamed(d, lo, hi); !ok || named.kind != refNone {
		return speakerRef{} // «Он сказал, что Омаров …»: someone else named
	}
	return ref
}

// pronounSpeaks returns the pronoun reference of a sentence [lo, hi) that
// opens with a pronoun speaking: "he"/«он» and a speech verb within three
// words («Он также добавил, что …», "She said …"), «по его словам», "according
// to him"; none otherwise.
func (d *doc) pronounSpeaks(lo, hi int) speakerRef {
	k := d.tokAt(lo)
	in := func(j int) bool { return j < len(d.btoks) && int(d.btoks[j].s) < hi }
	if !in(k + 2) {
		return speakerRef{}
	}
	ref := speakerRef{}
	switch w := d.word(k); {
	case w == "он" || w == "она" || w == "he" || w == "she":
		for j := k + 1; j <= k+3 && in(j); j++ {
			if d.listed(j, rwSpeechVerb) {
				ref = speakerRef{kind: refPronoun, female: femalePronoun(w)}
				break
			}
			if strings.ContainsAny(d.gapBefore(j), ",;") {
				break
			}
		}
	case w == "по" && (d.word(k+2) == "словам" || d.word(k+2) == "мнению"):
		switch d.word(k + 1) {
		case "его":
			ref = speakerRef{kind: refPronoun}
		case "ее", "её":
			ref = speakerRef{kind: refPronoun, female: true}
		}
	case w == "according" && d.word(k+1) == "to" && (d.word(k+2) == "him" || d.word(k+2) == "her"):
		ref = speakerRef{kind: refPronoun, female: d.word(k+2) == "her"}
	}
	return ref
}
