package analyze

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A lede is central to its article: the names, places and the event's
// words it holds come back in the headline and in the paragraphs below it.
// Page furniture that opens a body (a promo or a list of other stories, a
// login or cookie box, a weather strip, a caption of a side picture, a
// writer's note) is about something else or about nothing: it shares few
// words with the headline and with the story under it. Rather than one
// cue list per kind of furniture, the summary's first candidate paragraph
// is weighed against the next few paragraphs:
//
//   - its headline words: the distinct content stems (a word's first five
//     letters, so "полицейский/полицейского" and "election/elections"
//     match) it shares with the title;
//   - its centrality: the share of its distinct content stems that occur
//     in the title or elsewhere in the body's opening.
//
// The candidate is passed over when it is a paragraph of one sentence (a
// lede of two sentences of prose is a lede even in other words than the
// headline; a credit glued to a caption is no second sentence), shares at
// most one stem with the headline while a paragraph close below it, shaped
// like a news sentence (enough words, a sentence's end, a finite verb
// where the language has a verb table), shares at least two more and a
// third of the headline's, and the candidate's centrality is low and under
// half the rival's. Centrality is measured against the title and the body
// from the rival on, so a list of promos, whose lines repeat each other,
// does not lift itself. A body with little story below the rival cannot
// tell and keeps its first paragraph. A lede whose words differ from a
// reworded headline still recurs in the story under it and stays.
//
// Cost: the headline test comes first and settles most articles (a lede
// usually repeats two headline stems); the body's stems are hashed once, and
// only when a later paragraph wins on the headline.

const (
	centralWindow      = 10   // text paragraphs below the candidate weighed against it,
	centralWindowBytes = 1500 // starting this close below it
	centralBodyToks    = 700  // body tokens whose stems make the story's vocabulary
	centralMinWords    = 8    // a rival paragraph's least words
	centralHeadToks    = 60   // a paragraph's words that are matched with the headline
	centralRatio       = 0.5  // the candidate's centrality must be under this share of the rival's
	centralMaxShare    = 0.3  // and under this share in itself
	centralMinRival    = 0.3  // the rival's least centrality: below it the body is too short to tell
	centralMinBeyond   = 10   // and the least content words of the body below the rival
)

// centralStop holds the stem hashes of function words of four letters or
// more, which carry no story: they are not content stems. A word longer
// than five letters is listed by its first five.
var centralStop = func() []uint32 {
	var hs []uint32
	for _, w := range strings.Fields(`
		about after again also because been before being between could does during from have having here however into just more most much only other over said says should since some such than that their them then there these they this those through under until very were what when where which while will with would your
		также после более через между когда который которая которые которого котором которых чтобы этого этому этой этот только может будет были было есть свое своей своих сейчас однако потому поэтому
		після також через коли який яка які щоб цього може буде були було тому однак
		aber auch nicht noch wurde wurden werden einem einen einer eines durch nach dieser diese dieses sowie schon sind wird sich über unter zwischen
		dans pour avec sont mais cette leurs notamment depuis aussi selon entre après avant comme être était avoir
		para como sobre desde entre hasta pero este esta estos estas también durante tras porque cuando donde según
		pelos pelas pela pelo mais essa esse após quando onde
		della delle degli dello nella nelle negli sono anche come dopo quando dove
	`) {
		hs = append(hs, hashStem([]byte(stemPrefix(w))))
	}
	slices.Sort(hs)
	return slices.Compact(hs)
}()

// stemPrefix returns the first five letters of a lower-case word.
func stemPrefix(w string) string {
	n := 0
	for i := range w {
		if n == 5 {
			return w[:i]
		}
		n++
	}
	return w
}

// stemHash is the hash of a normalised word's stem (its first five
// letters), 0 for a word that is no content stem: shorter than four
// letters, a number, or a function word.
func stemHash(w []byte) uint32 {
	h := wordStemHash(w)
	if h != 0 {
		if _, stop := slices.BinarySearch(centralStop, h); stop {
			return 0
		}
	}
	return h
}

// wordStemHash is stemHash without the function-word test, for words
// matched against stems that passed it. Letters are counted by their
// first bytes: the normalised form is valid UTF-8.
func wordStemHash(w []byte) uint32 {
	n, cut := 0, len(w)
	for i, c := range w {
		if c < utf8.RuneSelf && (c < 'a' || c > 'z') && c != '\'' {
			return 0 // digits and signs: no content word
		}
		if c&0xC0 == 0x80 {
			continue // a continuation byte
		}
		n++
		if n == 6 {
			cut = i
		}
	}
	if n < 4 {
		return 0
	}
	return hashStem(w[:cut])
}

// hashStem is FNV-1a of a stem, never 0.
func hashStem(st []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range st {
		h = (h ^ uint32(c)) * 16777619
	}
	return max(h, 1)
}

// centralState holds what the check computed for one document: the title's
// stems and, once needed, the body's opening stems with their paragraphs.
type centralState struct {
	title [24]uint32
	nt    int      // stems in title; -1 before they are taken
	body  []uint64 // stem<<32 | paragraph, sorted (the document's centralBuf)
	ready bool     // body is filled
}

// tokRange returns the body tokens of paragraph p.
func (d *doc) tokRange(p para) (int, int) {
	lo, _ := slices.BinarySearchFunc(d.btoks, p.s, func(t token, s int32) int { return int(t.s - s) })
	hi := lo
	for hi < len(d.btoks) && d.btoks[hi].s < p.e {
		hi++
	}
	return lo, hi
}

// titleHits counts the distinct content stems of paragraph pi that the
// title has, among its first centralHeadToks words (a lede repeats the
// headline early), up to limit.
func (d *doc) titleHits(pi int, cs *centralState, limit int) int {
	lo, hi := d.tokRange(d.paras[pi])
	hi = min(hi, lo+centralHeadToks)
	hits := 0
	var seen [16]uint32
	limit = min(limit, len(seen))
	for i := lo; i < hi && hits < limit; i++ {
		t := &d.btoks[i]
		h := wordStemHash(d.norm[t.ns:t.ne])
		if h == 0 || !slices.Contains(cs.title[:cs.nt], h) || slices.Contains(seen[:hits], h) {
			continue
		}
		seen[hits] = h
		hits++
	}
	return hits
}

// centrality returns the share of paragraph pi's distinct content stems
// that occur in the title or in another paragraph of the body's opening
// from paragraph from on (the story below the furniture: a list of
// promos repeats its own words, not the story's), counting at least five
// stems so that a short line does not reach a high share with one word.
func (d *doc) centrality(pi, from int, cs *centralState) float64 {
	if !cs.ready {
		cs.ready = true
		cs.body = cs.body[:0]
		p := 0
		for i := 0; i < len(d.btoks) && i < centralBodyToks; i++ {
			t := &d.btoks[i]
			if h := stemHash(d.norm[t.ns:t.ne]); h != 0 {
				for p < len(d.paras) && d.paras[p].e <= t.s {
					p++
				}
				if p < len(d.paras) && d.paras[p].kind != pCredit {
					cs.body = append(cs.body, uint64(h)<<32|uint64(p))
				}
			}
		}
		slices.Sort(cs.body)
	}
	lo, hi := d.tokRange(d.paras[pi])
	n, hits := 0, 0
	var seen [48]uint32
	for i := lo; i < hi && n < len(seen); i++ {
		t := &d.btoks[i]
		h := stemHash(d.norm[t.ns:t.ne])
		if h == 0 || slices.Contains(seen[:n], h) {
			continue
		}
		seen[n] = h
		n++
		if slices.Contains(cs.title[:cs.nt], h) {
			hits++
			continue
		}
		j, _ := slices.BinarySearch(cs.body, uint64(h)<<32|uint64(from))
		for ; j < len(cs.body) && uint32(cs.body[j]>>32) == h; j++ {
			if int(uint32(cs.body[j])) != pi {
				hits++
				break
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(hits) / float64(max(n, 5))
}

// beyond counts the body's content words (of its opening) in paragraphs
// after paragraph r; centrality must have been asked first.
func (cs *centralState) beyond(r int) int {
	n := 0
	for _, e := range cs.body {
		if int(uint32(e)) > r {
			n++
		}
	}
	return n
}

// isProseParagraph reports whether paragraph pi reads as a news sentence:
// enough words, a sentence's end, and a finite verb where the language has
// a verb table.
func (d *doc) isProseParagraph(pi int) bool {
	p := d.paras[pi]
	text := strings.TrimSpace(d.body[p.s:p.e])
	if countWordsUpTo(text, centralMinWords) < centralMinWords || unterminated(text) || strings.HasSuffix(text, ":") {
		return false
	}
	if l := verbLangOf(d.lang, d.ru); l != vlNone {
		if len(text) > 400 {
			text = text[:400]
		}
		return hasVerbCue(text, l)
	}
	return true
}

// isOffStory reports whether the paragraph of sentence si, the summary's
// first candidate, is off the story: few headline stems and little of the
// body's vocabulary, while a news paragraph close below it has both.
func (d *doc) isOffStory(si int, cs *centralState) bool {
	s := d.sents[si]
	pi := int(s.para)
	if len(d.ttoks) < 3 || s.s != d.paras[pi].s || !d.hasRivalParagraph(pi) {
		return false
	}
	if cs.nt < 0 {
		cs.nt = 0
		for i := 0; i < len(d.ttoks) && cs.nt < len(cs.title); i++ {
			t := &d.ttoks[i]
			if h := stemHash(d.norm[t.ns:t.ne]); h != 0 && !slices.Contains(cs.title[:cs.nt], h) {
				cs.title[cs.nt] = h
				cs.nt++
			}
		}
	}
	if cs.nt < 2 {
		return false
	}
	own := d.titleHits(pi, cs, 2)
	if own >= 2 {
		return false // the cheap gate: a lede repeats the headline
	}
	// A paragraph of two sentences of prose or more is a lede, even one in
	// other words than the headline; a credit glued to a caption is no
	// second sentence.
	l := verbLangOf(d.lang, d.ru)
	for j := si + 1; j < len(d.sents) && d.sents[j].para == s.para; j++ {
		next := trimSentence(d.body[d.sents[j].s:d.sents[j].e])
		if countWordsUpTo(next, 4) >= 4 && !isCreditLine(next) && (l == vlNone || hasVerbCue(next, l)) {
			return false
		}
	}
	seen, end := 0, d.paras[pi].e+centralWindowBytes
	for r := pi + 1; r < len(d.paras) && seen < centralWindow && d.paras[r].s < end; r++ {
		if d.paras[r].kind != pText {
			continue
		}
		seen++
		if need := max(own+2, (cs.nt+2)/3); d.titleHits(r, cs, need) < need || !d.isProseParagraph(r) {
			continue
		}
		mine, theirs := d.centrality(pi, r, cs), d.centrality(r, r, cs)
		if cs.beyond(r) < centralMinBeyond {
			return false // too little story below to tell
		}
		if theirs >= centralMinRival && mine < centralMaxShare && mine < centralRatio*theirs {
			d.centralPassed = true
			return true
		}
		return false
	}
	return false
}

// hasRivalParagraph reports whether a text paragraph follows paragraph pi
// within the window isOffStory weighs it against: without one (a short
// article, the last paragraph) no rival can outweigh it, and the headline's
// stems are not taken.
func (d *doc) hasRivalParagraph(pi int) bool {
	end := d.paras[pi].e + centralWindowBytes
	for r := pi + 1; r < len(d.paras) && d.paras[r].s < end; r++ {
		if d.paras[r].kind == pText {
			return true
		}
	}
	return false
}
