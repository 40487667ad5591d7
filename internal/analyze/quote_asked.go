package analyze

import "strings"

// askVerbAfter reports whether the first speech verb within 16 tokens
// after byte offset off, before hi, asks a question ("Jane Doe asked John
// Smith about the plan", «Анна Ким спросила Ивана Петрова»): its subject
// is the interviewer, and "he" or «он» in the next sentence may well be
// the person asked, who answers.
func (d *doc) askVerbAfter(off, hi int) bool {
	for k := d.tokAt(off); k < len(d.btoks) && k < d.tokAt(off)+16 && int(d.btoks[k].s) < hi; k++ {
		if w := d.word(k); d.listed(k, rwSpeechVerb) {
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

// replyToQuestion reports whether quotation q is attributed with a verb of
// reply ("he replied", «ответил он») and the text from lo to hi, where the
// speaker "he" would go on from spoke, asks a question: the answer is the
// other side's ("Jane Doe asked: “…?” “Yes,” he replied").
func (d *doc) replyToQuestion(q quoteSpan, lo, hi int) bool {
	if !strings.Contains(d.body[lo:hi], "?") {
		return false
	}
	k := d.tokAt(q.end)
	for n := 0; n < 4 && k < len(d.btoks); n, k = n+1, k+1 {
		if replyVerbs[d.word(k)] {
			return true
		}
		if strings.ContainsAny(d.body[d.btoks[k].e:min(len(d.body), int(d.btoks[k].e)+1)], ".!?") {
			break
		}
	}
	for k, n := d.tokAt(q.open)-1, 0; k >= 0 && n < 4 && int(d.btoks[k].s) >= lo; k, n = k-1, n+1 {
		if replyVerbs[d.word(k)] {
			return true
		}
	}
	return false
}

var replyVerbs = map[string]bool{
	"replied": true, "replies": true, "answered": true, "answers": true, "responded": true, "responds": true,
	"retorted": true, "ответил": true, "ответила": true, "отвечает": true, "парировал": true, "парировала": true,
}
