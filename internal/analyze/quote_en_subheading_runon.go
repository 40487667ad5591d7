package analyze

// runOnNext returns the paragraph a quotation that runs on past paragraph
// pi goes on in: the next one, or the one after a subheading set between
// two paragraphs of the quotation (“A …¶‘Alternatives to closure’¶“B …”
// · «А …¶Что дальше¶«Б …»), as pages that put a heading every few
// paragraphs do. A subheading is a short line the paragraph classifier
// reads as a heading (seven words at most, no closing punctuation); the
// paragraph after it must be text. It returns -1 when neither follows.
// The callers still test that that paragraph opens with the quotation's
// own mark.
func (d *doc) runOnNext(pi int) int {
	switch {
	case pi+1 >= len(d.paras):
		return -1
	case d.paras[pi+1].kind == pText:
		return pi + 1
	case d.paras[pi+1].kind == pHeading && pi+2 < len(d.paras) && d.paras[pi+2].kind == pText:
		return pi + 2
	}
	return -1
}

// followsRunOn reports whether paragraph pi comes right after the
// paragraph of run-on quotation prev, past a subheading if one stands
// between them (runOnNext).
func (d *doc) followsRunOn(prev quoteSpan, pi int) bool {
	return prev.para == pi-1 || prev.runOn && prev.para == pi-2 && d.runOnNext(prev.para) == pi
}
