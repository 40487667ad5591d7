package analyze

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
)

// Fingerprint layout (version 3): one version byte, then shingleBins 16-bit
// one-permutation MinHash values over word 3-shingles of the title and
// text, then entityBins values over names and numbers, then a script byte
// and xlKeys 16-bit cross-language keys (crosslang.go): that much is
// version 2, 138 bytes. Version 3 appends a count byte and that many 32-bit
// story keys (storyKeys), which the same-story index looks articles up by.
// Version 4 has the same layout; its story keys add countries, event
// concepts and events in countries, and read German names (crosslang.go).
// Its keys have since been refined in place (more event concepts, numbers
// in one form, г/х/h and soft c in name skeletons, function words of more
// languages; later voiced and voiceless stops as one class, Polish,
// Czech and Turkish letters, event words of more languages, an event in
// a country flagged as daily news where its kind is): keys stored
// before still compare, on fewer shared keys, and leave the index with
// the story window.
// Version 5 appends, after the story keys, a 32-bit hash of the source
// (the outlet or feed; 0 when unknown): one outlet's items on one day
// share its names and words, and take more to be one story.
// Version 1 (97 bytes, no cross-language part) and 2 signatures are still
// read; they have no story keys. Version 3 keys are read as they are.
const (
	fpVersion = 5
	// The sketches have powers of two of bins (oph.addPow2).
	shingleShift = 5
	entityShift  = 4
	shingleBins  = 1 << shingleShift // 32
	entityBins   = 1 << entityShift  // 16
	fpLenV1      = 1 + 2*(shingleBins+entityBins)
	fpLen        = fpLenV1 + 1 + 2*xlKeys
	emptyBin     = 0xFFFF
)

func hashBytes(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// oph is a one-permutation MinHash sketch: the hash space is split into
// bins and each bin keeps its smallest value.
type oph []uint64

// emptyOPH empties the bins of s, a sketch's storage (an array of the
// caller's, so that the sketch stays off the heap), and returns it.
func emptyOPH(s oph) oph {
	for i := range s {
		s[i] = ^uint64(0)
	}
	return s
}

func (s oph) add(h uint64) {
	h = mix64(h)
	n := uint64(len(s))
	var bin, v uint64
	if n&(n-1) == 0 {
		// The fingerprint's sketches have a power of two of bins: a
		// mask and a shift give what a division does.
		bin, v = h&(n-1), h>>bits.TrailingZeros64(n)
	} else {
		bin, v = h%n, h/n
	}
	if v < s[bin] {
		s[bin] = v
	}
}

// addPow2 is add for a sketch of a power of two bins, mask = len(s)-1
// and shift = log2(len(s)): the same bin and value, small enough to be
// inlined in the fingerprint's loop over every token.
func (s oph) addPow2(h, mask uint64, shift uint) {
	h = mix64(h)
	if bin, v := h&mask, h>>shift; v < s[bin] {
		s[bin] = v
	}
}

// put writes the sketch as 16-bit values; empty bins borrow from the next
// non-empty one (densification) so sparse texts still compare.
//
// The bins are written last to first, carrying the value of the nearest
// non-empty bin after the current one (the first non-empty bin for those
// after the last), rather than searching onward from every empty bin.
func (s oph) put(dst []byte) {
	n := len(s)
	next := ^uint64(0) // the nearest non-empty bin after i, cyclically
	for _, v := range s {
		if v != ^uint64(0) {
			next = v
			break
		}
	}
	for i := n - 1; i >= 0; i-- {
		v := s[i]
		if v == ^uint64(0) {
			v = next
		} else {
			next = v
		}
		out := uint16(emptyBin)
		if v != ^uint64(0) {
			out = uint16(mix64(v)) & 0xFFFE // never the empty marker
		}
		binary.LittleEndian.PutUint16(dst[2*i:], out)
	}
}

// fingerprint computes the article's similarity signature.
func (a *Analyzer) fingerprint(d *doc, source string) []byte {
	var shBins [shingleBins]uint64
	var entBins [entityBins]uint64
	sh, ent := emptyOPH(shBins[:]), emptyOPH(entBins[:])
	var h1, h2 uint64
	n := 0
	feed := func(toks []token, body bool) {
		for i := range toks {
			t := &toks[i]
			if body && !t.pkind.counts() {
				continue
			}
			w := d.norm[t.ns:t.ne]
			// More than four bytes are two runes at least.
			if len(w) <= 4 && utf8.RuneCount(w) < 2 && !t.has(fDigit) {
				continue
			}
			h := hashBytes(w)
			if t.has(fDigit) || (t.has(fCap) && body && i > 0 && toks[i-1].sent == t.sent) || (!body && t.has(fCap) && i > 0) {
				ent.addPow2(h, entityBins-1, entityShift)
			}
			n++
			if n >= 3 {
				sh.addPow2(h1*31^h2*17^h, shingleBins-1, shingleShift)
			}
			h1, h2 = h2, h
		}
	}
	feed(d.ttoks, false)
	feed(d.btoks, true)
	if n > 0 && n < 3 {
		sh.add(h1 ^ h2)
	}
	fp := make([]byte, fpLen, fpLen+1+4*(maxTitleKeys+maxNameKeys+maxLeadKeys+maxCountryKeys+maxEventKeys+maxEventInKeys)+4)
	fp[0] = fpVersion
	sh.put(fp[1:])
	ent.put(fp[1+2*shingleBins:])
	nt := len(d.ttoks) + len(d.btoks)
	d.skels = slices.Grow(d.skels[:0], nt)[:nt] // the array serves the document's next use too
	clear(d.skels)
	memo := skelMemo{ms: d.skels, buf: d.skelBuf[:0]}
	defer func() { d.skelBuf = memo.buf[:0] }()
	a.crossKeys(d, fp[fpLenV1:], &memo)
	keys := a.storyKeys(d, &memo)
	fp = append(fp, byte(len(keys)))
	for _, k := range keys {
		fp = binary.LittleEndian.AppendUint32(fp, k)
	}
	return binary.LittleEndian.AppendUint32(fp, sourceHash(source))
}

// sourceHash is the fingerprint's hash of an article's source, never 0
// for a named one; 0 for none.
func sourceHash(source string) uint32 {
	source = strings.TrimSpace(strings.ToLower(source))
	if source == "" {
		return 0
	}
	return uint32(mix64(hashBytes([]byte(source)))) | 1
}

// fpSource returns a version 5 fingerprint's source hash, 0 for an older
// or malformed one or an unknown source.
func fpSource(fp []byte) uint32 {
	if len(fp) <= fpLen || fp[0] != fpVersion {
		return 0
	}
	n := int(fp[fpLen])
	if len(fp) != fpLen+1+4*n+4 {
		return 0
	}
	return binary.LittleEndian.Uint32(fp[len(fp)-4:])
}

// fpParts splits a fingerprint into its shingle, entity and cross-language
// parts (xl is empty for version 1), or reports false for a malformed or
// foreign one.
func fpParts(fp []byte) (sh, ent, xl []byte, ok bool) {
	switch {
	case len(fp) == fpLenV1 && fp[0] == 1:
	case len(fp) == fpLen && fp[0] == 2:
		xl = fp[fpLenV1:]
	case len(fp) > fpLen && (fp[0] == 3 || fp[0] == 4 || fp[0] == fpVersion):
		xl = fp[fpLenV1:fpLen]
	default:
		return nil, nil, nil, false
	}
	return fp[1 : 1+2*shingleBins], fp[1+2*shingleBins : fpLenV1], xl, true
}

// fpStoryKeys returns the story keys of a version 3 to 5 fingerprint, nil
// for an older or malformed one.
func fpStoryKeys(fp []byte) []uint32 {
	if len(fp) <= fpLen || fp[0] != 3 && fp[0] != 4 && fp[0] != fpVersion {
		return nil
	}
	n := int(fp[fpLen])
	tail := fp[fpLen+1:]
	if fp[0] == fpVersion {
		if len(tail) != 4*n+4 {
			return nil
		}
		tail = tail[:4*n]
	}
	if len(tail) != 4*n {
		return nil
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(tail[4*i:])
	}
	return out
}
