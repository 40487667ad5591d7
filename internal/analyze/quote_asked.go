package analyze

// askVerbAfter reports whether the first speech verb within 16 tokens
// after byte offset off, before hi, asks a question ("Jane Doe asked John
// Smith about the plan", «Анна Ким спросила Ивана Петрова»): its subject
// is the interviewer, and "he" or «он» in the next sentence may well be
// the person asked, who answers.
func (d *doc) askVerbAfter(off, hi int) bool {
	for k := d.tokAt(off); k < len(d.btoks) && k < d.tokAt(off)+16 && int(d.btoks[k].s) < hi; k++ {
		if w := d.word(k); speechVerbs[w] {
			return askVerbs[w]
		}
	}
	return false
}

var askVerbs = map[string]bool{
	"asked": true, "asks": true, "questioned": true, "quizzed": true, "pressed": true, "interviewed": true,
	"спросил": true, "спросила": true, "спросили": true, "спрашивает": true, "поинтересовался": true,
	"поинтересовалась": true, "расспросил": true, "расспросила": true,
}
