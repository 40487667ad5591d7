package analyze

import "strings"

// pairIndex lists a set of strings by their first two bytes, so that the
// strings that may start at a position are found with one look-up instead
// of comparing every string that shares its first byte (every Cyrillic
// string shares one of two). One-byte strings are listed by their byte.
type pairIndex struct {
	byPair map[uint16][]string
	single [256][]string
}

func newPairIndex(ps []string) *pairIndex {
	x := &pairIndex{byPair: map[uint16][]string{}}
	for _, p := range ps {
		switch len(p) {
		case 0:
		case 1:
			x.single[p[0]] = append(x.single[p[0]], p)
		default:
			k := uint16(p[0])<<8 | uint16(p[1])
			x.byPair[k] = append(x.byPair[k], p)
		}
	}
	return x
}

// eachAt calls f with every string of the set that s[i:] starts with, in
// the order the set listed them, until f returns true; it reports whether
// f did.
func (x *pairIndex) eachAt(s string, i int, f func(p string) bool) bool {
	if i+1 < len(s) {
		for _, p := range x.byPair[uint16(s[i])<<8|uint16(s[i+1])] {
			if strings.HasPrefix(s[i:], p) && f(p) {
				return true
			}
		}
	}
	for _, p := range x.single[s[i]] {
		if f(p) {
			return true
		}
	}
	return false
}
