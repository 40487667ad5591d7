package analyze

import "strings"

// prefixIndex lists a set of strings by their opening bytes, so that the
// strings that may start at a position are found with a bit test and one
// look-up instead of comparing every string that shares its first byte
// (every Cyrillic string shares one of two). Strings of four bytes or more
// are listed by their first four, behind a filter of hashed four-byte
// openings that most positions fail; shorter ones by their first two, or
// their byte.
type prefixIndex struct {
	quads  quadFilter
	byQuad map[uint32][]string
	byPair map[uint16][]string
	single [256][]string
}

// quadFilter is a set of hashed four-byte openings: false means no string
// of the set opens so.
type quadFilter [1 << quadFilterBits / 64]uint64

const quadFilterBits = 14 // 16384 bits, 2 KB

func quadOf(s string) uint32 {
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func quadBit(q uint32) uint32 { return q * 0x9E3779B1 >> (32 - quadFilterBits) }

func newPrefixIndex(ps []string) *prefixIndex {
	x := &prefixIndex{byQuad: map[uint32][]string{}, byPair: map[uint16][]string{}}
	for _, p := range ps {
		switch {
		case len(p) >= 4:
			q := quadOf(p)
			b := quadBit(q)
			x.quads[b/64] |= 1 << (b % 64)
			x.byQuad[q] = append(x.byQuad[q], p)
		case len(p) >= 2:
			k := uint16(p[0])<<8 | uint16(p[1])
			x.byPair[k] = append(x.byPair[k], p)
		case len(p) == 1:
			x.single[p[0]] = append(x.single[p[0]], p)
		}
	}
	return x
}

// eachAt calls f with every string of the set that s[i:] starts with until
// f returns true; it reports whether f did.
func (x *prefixIndex) eachAt(s string, i int, f func(p string) bool) bool {
	if i+4 <= len(s) {
		q := quadOf(s[i:])
		if b := quadBit(q); x.quads[b/64]&(1<<(b%64)) != 0 {
			for _, p := range x.byQuad[q] {
				if strings.HasPrefix(s[i:], p) && f(p) {
					return true
				}
			}
		}
	}
	if i+1 < len(s) && len(x.byPair) > 0 {
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
