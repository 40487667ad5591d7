// Package fuzzy measures how far apart two short strings are, for "did you
// mean" suggestions (time zones, setting names).
package fuzzy

// Distance is the Levenshtein distance between a and b, in runes: the
// fewest insertions, deletions and substitutions that turn one into the
// other. It takes time proportional to the product of their lengths, so it
// is meant for names and words, not texts.
func Distance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
