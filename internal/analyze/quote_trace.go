package analyze

// quoteCandidate is one quotation span the analysis considered and what
// became of it: the speaker it was given, or why it was dropped.
type quoteCandidate struct {
	text    string
	ref     speakerRef
	drop    string // "" when the span was output with speaker
	speaker string
	// open and end are the byte offsets of the quotation's marks; why,
	// for a pronoun, is how resolvePronoun decided.
	open, end int
	why       string
}

// traceQuote records what becomes of quotation span q when the doc's
// quoteTrace is set (the miss-reason diagnostic of the tests): the
// speaker it is given, or why it is dropped. It mirrors the last filters
// of quotes and resolves the speaker once more, so it costs nothing when
// the trace is off.
func (a *Analyzer) traceQuote(d *doc, q quoteSpan, mentions []mention, spans []quoteSpan, seen map[string]bool) {
	c := quoteCandidate{text: q.text(d), ref: q.ref, open: q.open, end: q.end}
	switch {
	case q.ref.kind == refNone:
		c.drop = "no attribution"
	case countWords(c.text) < minQuoteWords && !d.spokenLine(q, c.text):
		c.drop = "too short"
	case seen[c.text]:
		c.drop = "duplicate"
	case d.embeddedFragment(q):
		c.drop = "embedded fragment"
	case d.namedWork(q):
		c.drop = "named work"
	case d.captionPara(q.para):
		c.drop = "caption paragraph"
	case retoldWords(c.text):
		c.drop = "retold words"
	default:
		c.speaker = a.resolve(d, q, mentions, spans)
		c.speaker = d.occupationTrimmed(c.speaker)
		if d.ru && c.speaker != "" {
			if n := nominativeSpeaker(c.speaker); n != "" {
				c.speaker = n
			} else {
				c.drop = "oblique name"
			}
		}
		if q.ref.kind == refPronoun {
			_, c.why = a.resolvePronoun(d, q, mentions, spans)
		}
		switch {
		case c.drop != "":
		case c.speaker == "":
			c.drop = "refused"
		case d.depicted(q, c.speaker):
			c.drop = "depicted"
		}
	}
	if c.drop == "no attribution" {
		c.drop += noAttributionDetail(d, q)
	}
	if c.drop == "refused" {
		c.drop += refusedDetail(a, d, q.ref)
		if c.why != "" {
			c.drop += " (" + c.why + ")"
		}
	}
	*d.quoteTrace = append(*d.quoteTrace, c)
}

// noAttributionDetail says whether the quotation's paragraph holds a
// speech verb outside the quotation (a verb read, no speaker taken) or
// none at all.
func noAttributionDetail(d *doc, q quoteSpan) string {
	p := d.paras[q.para]
	for k := d.tokAt(int(p.s)); k < len(d.btoks) && int(d.btoks[k].s) < int(p.e); k++ {
		if s := int(d.btoks[k].s); s >= q.ts && s < q.te || q.te2 > q.ts2 && s >= q.ts2 && s < q.te2 {
			continue
		}
		if d.listed(k, rwSpeechVerb) {
			return ": a speech verb in the paragraph, no speaker read"
		}
	}
	return ": no speech verb in the paragraph"
}

// refusedDetail names the guard that refused a speaker reference.
func refusedDetail(a *Analyzer, d *doc, r speakerRef) string {
	switch r.kind {
	case refName:
		if r.te-r.ts == 1 {
			if institutionWords[d.word(r.ts)] {
				return ": a body"
			}
			if !a.bareSurname(d, r.ts) && surnameShaped(d.word(r.ts)) {
				return ": a bare surname given once"
			}
			return ": one word, no name"
		}
		return ": a name of several words, no full name"
	case refPronoun:
		return ": pronoun unresolved"
	case refRole:
		return ": role unresolved (" + r.role + ")"
	case refSubject:
		return ": sentence subject not found"
	case refCited:
		return ": cited name unresolved"
	case refGiven:
		return ": a speaker given otherwise (a transcript head, an age) unresolved"
	case refHeadline:
		return ": headline name"
	}
	return ""
}
