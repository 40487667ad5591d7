package analyze

import "strings"

// praiseVerbs are the verbs of praise and thanks that introduce a
// paragraph of the subject's own words ("Coleman praised the hosts for how
// clinical they were." then "“They were clinical …”"; «Смирнов похвалил
// игроков за самоотдачу.» then «…»). They are no speech verbs: a sentence
// holding one introduces a quotation only when its subject stands just
// before the verb (praiseIntroducer).
var praiseVerbs = map[string]bool{
	"praised": true, "lauded": true, "hailed": true, "thanked": true, "commended": true, "applauded": true,
	"похвалил": true, "похвалила": true, "поблагодарил": true, "поблагодарила": true,
}

// praiseIntroducer reads the last sentence of paragraph pi as one that
// introduces the next paragraph's quotation by praise: a name right
// before a verb of praise, the one praised no named person ("the hosts",
// «игроков»). A surname alone counts when the article gave it in full
// before ("manager John Coleman" … "Coleman praised"). A possessive name
// ("Ferguson's side praised") stands not right before the verb, and a
// person named after the verb ("praised striker Tom Jones") may be who
// speaks next, so neither gives a speaker. The cheap byte test, a stem of the verbs in the
// paragraph, comes before the token scan.
func (a *Analyzer) praiseIntroducer(d *doc, pi int) speakerRef {
	if pi < 0 || d.paras[pi].kind != pText {
		return speakerRef{}
	}
	p := d.paras[pi]
	text := d.body[p.s:p.e]
	if !strings.Contains(text, "prais") && !strings.Contains(text, "laud") && !strings.Contains(text, "hailed") &&
		!strings.Contains(text, "thanked") && !strings.Contains(text, "commended") && !strings.Contains(text, "похвал") &&
		!strings.Contains(text, "поблагодар") {
		return speakerRef{}
	}
	if strings.HasSuffix(strings.TrimSpace(text), ":") {
		return speakerRef{}
	}
	si := d.sentenceAt(int(p.e) - 1)
	if si < 0 {
		return speakerRef{}
	}
	lo, hi := max(int(d.sents[si].s), int(p.s)), int(p.e)
	if quoteMarks(d.body[lo:hi]) > 0 {
		return speakerRef{}
	}
	first := d.tokAt(lo)
	var ref speakerRef
	for k := first + 1; k < len(d.btoks) && int(d.btoks[k].s) < hi; k++ {
		if !praiseVerbs[d.word(k)] {
			continue
		}
		if ref.kind != refNone || !d.contiguous(k-1, k) || !d.btoks[k-1].has(fCap) || d.btoks[k-1].has(fAllCaps) {
			return speakerRef{} // two verbs of praise, or no name right before the verb
		}
		for m := k + 1; m < len(d.btoks) && int(d.btoks[m].s) < hi; m++ {
			if d.btoks[m].has(fCap) && (m == k+1 || a.nameRun(d, m) > 0) {
				return speakerRef{} // "praised (striker) Tom Jones": a named object, who may speak next
			}
		}
		// A name run ending right before the verb.
		for s := max(first, k-3); s < k-1 && ref.kind == refNone; s++ {
			if a.nameRun(d, s) == k-s {
				ref = speakerRef{kind: refName, ts: s, te: k}
			}
		}
		if ref.kind != refNone {
			continue
		}
		if k-2 >= first && d.btoks[k-2].has(fCap) && d.contiguous(k-2, k-1) {
			return speakerRef{} // a run of capitals read as no name ("Manchester United praised")
		}
		// A surname alone, given in full earlier in the article.
		w := d.word(k - 1)
		for j := first - 1; j > 0 && ref.kind == refNone; j-- {
			if d.word(j) != w || !d.btoks[j].has(fCap) || !d.contiguous(j-1, j) {
				continue
			}
			for b := max(0, j-2); b < j; b++ {
				if a.nameRun(d, b) == j-b+1 {
					ref = speakerRef{kind: refName, ts: b, te: j + 1}
					break
				}
			}
		}
		if ref.kind == refNone {
			return speakerRef{}
		}
	}
	return ref
}
