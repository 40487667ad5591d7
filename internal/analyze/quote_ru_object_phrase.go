package analyze

import (
	"strings"
	"unicode/utf8"
)

// A Russian speech verb's object may come with adjectives before it and a
// prepositional phrase after it before the speaker's title: «—
// поделился перспективными планами по дорожной сети мэр столицы X», «—
// прокомментировал последние события на границе глава района X». The
// adjectives agree with the object (plural instrumental or accusative
// endings), the phrase is a preposition and at most three lower-case words,
// and only a title or a name after it ends the object (skipVerbObject).

// ruObjectAdjectiveEndings end adjectives before an object noun in the
// accusative or the instrumental («перспективными планами», «последние
// события», «сложную ситуацию»).
var ruObjectAdjectiveEndings = []string{"ыми", "ими", "ую", "юю", "ые", "ие", "ое", "ее"}

// ruObjectPreps open the phrase that may complete an object: «планами по
// развитию», «события на границе», «мнением о матче».
var ruObjectPreps = map[string]bool{"по": true, "о": true, "об": true, "на": true, "в": true, "вокруг": true}

// ruObjectAdjectives steps over up to two lower-case adjectives at token k
// that stand before an object noun, and returns the token after them (k
// itself when there are none, or when no object follows them).
func (d *doc) ruObjectAdjectives(k, limit int) int {
	j := k
	for n := 0; n < 2 && j+1 < len(d.btoks) && int(d.btoks[j+1].s) < limit && !d.btoks[j].has(fCap) &&
		d.contiguous(j, j+1) && !ruVerbObjects[d.word(j)] && ruObjectAdjective(d.word(j)); n++ {
		j++
	}
	if j > k && !ruVerbObjects[d.word(j)] {
		return k
	}
	return j
}

func ruObjectAdjective(w string) bool {
	if utf8.RuneCountInString(w) < 5 {
		return false
	}
	for _, e := range ruObjectAdjectiveEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// ruObjectComplementEnd steps over a prepositional phrase at token j that
// completes an object («по дорожной сети», «на границе») when a lower-case
// title or a two-word name follows it within four words; otherwise it
// returns j.
func (d *doc) ruObjectComplementEnd(j, limit int) int {
	in := func(k int) bool { return k < len(d.btoks) && int(d.btoks[k].s) < limit }
	if !in(j) || !ruObjectPreps[d.word(j)] || d.btoks[j].has(fCap) || !d.contiguous(j-1, j) {
		return j
	}
	for t := j + 1; t <= j+4 && in(t) && d.contiguous(t-1, t); t++ {
		if d.btoks[t].has(fCap) {
			if t > j+1 && d.ruNameStart(t) {
				return t
			}
			return j
		}
		if t > j+1 && d.listed(t, rwTitleWord) {
			return t
		}
	}
	return j
}
