package analyze

// afterQuoteVerb returns how many tokens from k make a verb that
// attributes the quotation it follows, besides the speech verbs: an
// English phrasal speech verb ("pointed out", "summed up", "went on",
// "chimed in", "shot back") or a verb of opinion ("believes", "reckons",
// "thinks"), which only after a quotation says whose words it holds (“…,”
// X believes); 0 when there is none. Russian has single words for these
// («подчеркнул», «подытожил», «считает»), among the speech verbs.
func (d *doc) afterQuoteVerb(k int) int {
	if d.ru || k >= len(d.btoks) {
		return 0
	}
	w := d.word(k)
	if opinionVerbs[w] {
		return 1
	}
	if k+1 < len(d.btoks) && d.contiguous(k, k+1) && phrasalSpeech[w] == d.word(k+1) {
		if k+2 < len(d.btoks) && d.word(k+2) == "to" && d.contiguous(k+1, k+2) {
			return 0 // "X went on to win the election": no speech
		}
		return 2
	}
	return 0
}

var (
	opinionVerbs = map[string]bool{"believes": true, "reckons": true, "thinks": true, "believe": true, "reckon": true}
	// phrasalSpeech maps a phrasal speech verb's first word to its particle.
	phrasalSpeech = map[string]string{
		"pointed": "out", "points": "out", "summed": "up", "sums": "up", "went": "on", "goes": "on",
		"chimed": "in", "shot": "back", "fired": "back", "hit": "back",
	}
)
