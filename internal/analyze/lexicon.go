package analyze

import (
	"hash/maphash"
	"sort"
	"strings"
	"unicode/utf8"
)

// termKind says what a gazetteer phrase names; it sets the phrase's weight.
type termKind uint8

const (
	kName termKind = iota
	kCapital
	kCity
	kRegion
	kLeader
	kInstitution
	kDemonym
	kCurrency
	kCompany
	kBlock
	kTopic
	kRole // topic: a title before a name (president, министр): its mentions count once
	// kPlace is a topic word that names a place (a market, a hospital, a
	// stadium): after a locative preposition ("at a market", «на рынке»)
	// it sets the scene of the story and counts only beside a firm term
	// of its topic.
	kPlace
	// kWish is a wish or a greeting ("wished", «пожелал», «всего
	// наилучшего»): the health words of its sentence are the wish, not
	// news of health. It counts for no topic.
	kWish
	// kLocal is a town hall, local officer, emergency service or league
	// only one country has (prefeitura, County Sheriff, Serie A): it names
	// its country only in a story that names no other (see
	// country_services.go).
	kLocal
	// kNoStory is no kind of phrase but how the same-story keys read an
	// entry whose story is storyNone: not at all (see entry.storyKind).
	kNoStory
)

var kindWeight = [...]float32{
	kName:        1.0,
	kCapital:     0.8,
	kCity:        0.7,
	kRegion:      0.7,
	kLeader:      0.8,
	kInstitution: 0.7,
	kDemonym:     0.5,
	kCurrency:    0.5,
	kCompany:     0.6,
	kBlock:       0,
	kTopic:       1,
	kRole:        1,
	kPlace:       1,
	kWish:        0,
	kLocal:       0.7,
}

var kindName = [...]string{
	kName: "name", kCapital: "capital", kCity: "place", kRegion: "region", kLeader: "person",
	kInstitution: "institution", kDemonym: "demonym", kCurrency: "currency", kCompany: "company",
	kBlock: "block", kTopic: "term", kRole: "role", kPlace: "place", kWish: "wish", kLocal: "local",
}

// Entry flags.
const (
	eNeedCap uint8 = 1 << iota // first word must be capitalised
	eAllCaps                   // first word must be all capitals
	eNameAmb                   // also a first name: not next to another capitalised name
	eCtxAmb                    // dropped under contrary context without other evidence
	eAgainst                   // contrary context for eCtxAmb entries
	eWeak                      // topic term that counts only beside a firm term of its topic
	eShared                    // a word several countries share (рубль, English): never decides a country alone
	eCrime                     // topic: a crime or casualty word, alone no justice or disasters story inside a conflict story
)

// entry is one phrase of a lexicon: its words as vocabulary ids and what a
// match means.
type entry struct {
	words  []uint32
	code   string // country code, or "" for blocking phrases
	topic  int8   // topic index for topic entries, else -1
	kind   termKind
	flags  uint8
	weight float32
	label  string // the phrase as written in the source data, for explanations
	langs  uint16 // languages the phrase counts in (lEN…); 0 for any
	// namesake, when not 0, is 1 + the index in institutionNamesakes of
	// the other countries whose institution bears the same name.
	namesake uint8
	// story says how the same-story keys (storylex.go eventKeys,
	// crosslang.go isPlaceID and its kin) read the phrase: by its kind
	// (storyAsKind) or not at all (storyNone). A name that came into the
	// gazetteer after the keys and their IDF table were tuned can decide
	// the article's countries without moving a story key: the index
	// compares new fingerprints with stored ones, and the same-story
	// figures were tuned on the keys as they are.
	story uint8
}

// How the same-story keys read an entry (entry.story).
const (
	storyAsKind uint8 = iota
	storyNone         // data mark '*'
)

// storyKind is the kind the same-story keys read e as: kNoStory for an
// entry they do not read.
func (e *entry) storyKind() termKind {
	if e.story == storyNone {
		return kNoStory
	}
	return e.kind
}

// lexicon is a set of phrases indexed by their first word.
type lexicon struct {
	wordPool []uint32
	entries  []entry
	// heads lists the entries by their first word's vocabulary id,
	// longest first; nil for a word that starts none. It is indexed, not
	// looked up: New extends it to cover every id of the vocabulary
	// (coverVocab), so any token's id is in range.
	heads [][]int32
	// isHead has the bit of every id whose heads list is not empty
	// (coverVocab): scan tests a token there, in a table small enough to
	// stay in the processor's cache, before reading its list.
	isHead []uint64
	// headStart and cands are heads again, flat, and scanEntries what
	// scanOf reads of each entry, packed (coverVocab): a scan of an
	// article so reads a few small arrays rather than a slice header of
	// heads and a whole entry for every candidate, which would each take
	// a cache line of their own.
	headStart   []uint32 // cands[headStart[id]:headStart[id+1]] is heads[id]
	cands       []int32
	scanEntries []scanEntry
	// twins holds, for an entry of the topic lexicon whose phrase other
	// topics list too, those topics' entries (see topicTwins); scan finds
	// only the first.
	twins map[int32][]int32
	// locatives are the ids of the prepositions that make a place word
	// of the topic lexicon (kPlace) the scene of a story: at, in, на, в.
	locatives map[uint32]bool
}

// vocab interns every word that any lexicon uses. Ids start at 1; 0 means
// the word is unknown. It is filled while the Analyzer is built and only read
// afterwards.
type vocab struct {
	ids map[string]uint32
	// known answers "certainly not in ids" for most unknown words (three
	// in four of an article's words) without a map lookup; set by seal.
	known *wordFilter
	// slots holds ids again, by open addressing on the hash the filter
	// computes (seal), so that a known word is hashed once, not again
	// by the map; its length is a power of two, at most three quarters
	// full.
	slots []vocabSlot
	// rules holds, for every word a rule table of ruleTables lists, the
	// bits of those tables (addRules); such a word is in the filter and
	// the slots too, with id 0 when no lexicon knows it, so that the
	// one lookup of a token gives both (lookupRules).
	rules map[string]ruleBits
}

// vocabSlot is one word of vocab.slots (24 bytes); an empty word marks an
// empty slot. hi is the top 16 bits of the word's hash, compared before
// the word; id is the word's id (0 for a word only rule tables list) and
// rules its rule-table bits.
type vocabSlot struct {
	w     string
	id    uint32
	hi    uint16
	rules ruleBits
}

func (v *vocab) id(w string) uint32 {
	if id, ok := v.ids[w]; ok {
		return id
	}
	id := uint32(len(v.ids) + 1)
	v.ids[w] = id
	if v.known != nil {
		v.known.add(w)
		if 4*v.words() > 3*len(v.slots) {
			v.fillSlots()
		} else {
			v.putSlot(w, id, v.rules[w])
		}
	}
	return id
}

// words counts the distinct words of ids and rules.
func (v *vocab) words() int {
	n := len(v.ids)
	for w := range v.rules {
		if _, ok := v.ids[w]; !ok {
			n++
		}
	}
	return n
}

// addRules records the rule-table bits of every word of ruleTables; New
// calls it before seal.
func (v *vocab) addRules() {
	if v.rules == nil {
		v.rules = make(map[string]ruleBits)
	}
	for _, t := range ruleTables {
		for w, ok := range *t.words {
			if ok && w != "" {
				v.rules[w] |= t.bit
			}
		}
	}
}

// seal builds the filter of known words once the vocabulary is complete.
func (v *vocab) seal() {
	v.known = newWordFilter()
	for w := range v.ids {
		v.known.add(w)
	}
	for w := range v.rules {
		v.known.add(w)
	}
	v.fillSlots()
}

// fillSlots builds slots from ids and rules.
func (v *vocab) fillSlots() {
	n := 2
	for 3*n < 4*v.words() {
		n *= 2
	}
	v.slots = make([]vocabSlot, n)
	for w, id := range v.ids {
		v.putSlot(w, id, v.rules[w])
	}
	for w, bits := range v.rules {
		if _, ok := v.ids[w]; !ok {
			v.putSlot(w, 0, bits)
		}
	}
}

// putSlot stores w's id and rule bits in its slot, the one it holds
// already (a word only rule tables listed, given an id after seal) or
// the first empty one.
func (v *vocab) putSlot(w string, id uint32, rules ruleBits) {
	h := maphash.String(v.known.seed, w)
	mask := uint64(len(v.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		if s := &v.slots[i]; len(s.w) == 0 || s.w == w {
			*s = vocabSlot{w: w, id: id, hi: uint16(h >> 48), rules: rules}
			return
		}
	}
}

// lookup returns the id of a normalised word, 0 when it is unknown.
func (v *vocab) lookup(w []byte) uint32 {
	id, _ := v.lookupRules(w)
	return id
}

// lookupRules returns the id of a normalised word (0 when no lexicon
// knows it) and the bits of the rule tables that list it.
func (v *vocab) lookupRules(w []byte) (uint32, ruleBits) {
	if v.known == nil {
		return v.ids[string(w)], v.rules[string(w)]
	}
	h := maphash.Bytes(v.known.seed, w)
	if !v.known.mayHaveHash(h) {
		return 0, 0
	}
	mask := uint64(len(v.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &v.slots[i]
		if len(s.w) == 0 {
			return 0, 0
		}
		if s.hi == uint16(h>>48) && s.w == string(w) {
			return s.id, s.rules
		}
	}
}

// wordFilter is a blocked Bloom filter of words: mayHave is never false
// for a word added, and true for about one unknown word in a hundred.
// Each word sets three bits of one 64-bit block, so a lookup reads one
// word of a table small enough to stay in the processor's cache.
type wordFilter struct {
	seed   maphash.Seed
	blocks []uint64
}

const wordFilterBits = 14 // 2^14 blocks of 64 bits: 128 KB

func newWordFilter() *wordFilter {
	return &wordFilter{seed: maphash.MakeSeed(), blocks: make([]uint64, 1<<wordFilterBits)}
}

// probe returns a word's block and the bits it sets there.
func (f *wordFilter) probe(h uint64) (int, uint64) {
	mask := uint64(1)<<(h&63) | uint64(1)<<(h>>6&63) | uint64(1)<<(h>>12&63)
	return int(h >> (64 - wordFilterBits)), mask
}

func (f *wordFilter) add(w string) {
	b, mask := f.probe(maphash.String(f.seed, w))
	f.blocks[b] |= mask
}

func (f *wordFilter) mayHave(w []byte) bool {
	return f.mayHaveHash(maphash.Bytes(f.seed, w))
}

// mayHaveHash is mayHave for a word whose hash (maphash with f.seed) is h.
func (f *wordFilter) mayHaveHash(h uint64) bool {
	b, mask := f.probe(h)
	return f.blocks[b]&mask == mask
}

// add appends an entry for phrase (already split into normalised words).
// Heads are indexed by finish.
func (l *lexicon) add(v *vocab, words []string, e entry) {
	if len(words) == 0 || len(words) > 8 {
		return
	}
	// Entries' word lists share one backing array: fewer allocations in New.
	if cap(l.wordPool)-len(l.wordPool) < len(words) {
		l.wordPool = make([]uint32, 0, 1<<15)
	}
	start := len(l.wordPool)
	for _, w := range words {
		l.wordPool = append(l.wordPool, v.id(w))
	}
	e.words = l.wordPool[start:len(l.wordPool):len(l.wordPool)]
	if n := len(l.entries); n > 0 {
		// Generated forms repeat (several rules give one form); repeats come
		// in a row.
		o := &l.entries[n-1]
		if o.code == e.code && o.topic == e.topic && o.langs == e.langs && equalIDs(o.words, e.words) {
			return
		}
	}
	l.entries = append(l.entries, e)
}

// finish indexes entries by first word, longest first, so the first match
// found is the longest (Papua New Guinea before Guinea). Every head's list
// is a window of one shared array.
func (l *lexicon) finish() {
	order := make([]int32, len(l.entries))
	for i := range order {
		order[i] = int32(i)
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := &l.entries[order[i]], &l.entries[order[j]]
		if a.words[0] != b.words[0] {
			return a.words[0] < b.words[0]
		}
		if len(a.words) != len(b.words) {
			return len(a.words) > len(b.words)
		}
		return order[i] < order[j]
	})
	var maxID uint32
	if n := len(order); n > 0 {
		maxID = l.entries[order[n-1]].words[0]
	}
	l.heads = make([][]int32, maxID+1)
	for i := 0; i < len(order); {
		j := i
		head := l.entries[order[i]].words[0]
		for j < len(order) && l.entries[order[j]].words[0] == head {
			j++
		}
		l.heads[head] = order[i:j:j]
		i = j
	}
}

// coverVocab extends heads to index every id of a vocabulary of n words
// (ids 1 to n), once the vocabulary is complete, and builds the flat
// arrays scanOf reads.
func (l *lexicon) coverVocab(n int) {
	if len(l.heads) < n+1 {
		l.heads = append(l.heads, make([][]int32, n+1-len(l.heads))...)
	}
	l.isHead = make([]uint64, (len(l.heads)+63)/64)
	for id, h := range l.heads {
		if len(h) > 0 {
			l.isHead[id/64] |= 1 << (id % 64)
		}
	}
	l.headStart = make([]uint32, len(l.heads)+1)
	total := 0
	for id, h := range l.heads {
		l.headStart[id] = uint32(total)
		total += len(h)
	}
	l.headStart[len(l.heads)] = uint32(total)
	l.cands = make([]int32, 0, total)
	for _, h := range l.heads {
		l.cands = append(l.cands, h...)
	}
	l.scanEntries = make([]scanEntry, len(l.entries))
	for i := range l.entries {
		e := &l.entries[i]
		if len(e.words) > 0xFFFF {
			panic("lexicon: a phrase of too many words")
		}
		se := scanEntry{langs: e.langs, n: uint16(len(e.words)), story: e.story}
		if len(e.words) > 1 {
			se.w1 = e.words[1]
		}
		l.scanEntries[i] = se
	}
}

// scanEntry is what scanOf reads of an entry before its case rules: its
// languages, its number of words and its second word (the rest, rarely
// needed, are the entry's), and how the story keys read it.
type scanEntry struct {
	w1    uint32 // the second word's id; 0 for a phrase of one word
	langs uint16
	n     uint16
	story uint8
}

// startsPhrase reports whether some entry's phrase starts with word id.
func (l *lexicon) startsPhrase(id uint32) bool {
	if l.isHead == nil {
		return len(l.heads[id]) > 0
	}
	return l.isHead[id/64]&(1<<(id%64)) != 0
}

func equalIDs(a, b []uint32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// splitItems splits a "|"-separated data list and reads each item's marks.
func splitItems(s string) []item {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, "|")
	out := make([]item, 0, len(parts))
	for _, p := range parts {
		it := item{text: strings.TrimSpace(p)}
	marks:
		for it.text != "" {
			switch it.text[0] {
			case '!':
				it.flags |= eAllCaps
			case '?':
				it.flags |= eNameAmb
			case '^':
				it.flags |= eCtxAmb
			case '%':
				it.flags |= eAgainst
			case '@':
				it.lower = true
			case '=':
				it.literal = true
			case '~':
				it.flags |= eShared
			case '*':
				it.story = storyNone
			default:
				break marks
			}
			it.text = it.text[1:]
		}
		if it.text != "" {
			out = append(out, it)
		}
	}
	return out
}

type item struct {
	text    string
	flags   uint8
	lower   bool
	literal bool
	story   uint8 // entry.story
}

// ruForms returns the word lists of every case form of a Russian item.
func ruForms(it item, kind termKind) [][]string {
	if i := strings.IndexByte(it.text, '+'); i > 0 {
		stem := strings.ToLower(it.text[:i])
		var out [][]string
		for _, end := range strings.Split(it.text[i+1:], "/") {
			out = append(out, normWords(stem+end))
		}
		return out
	}
	words := normWords(it.text)
	if it.literal || len(words) == 0 {
		return [][]string{words}
	}
	if kind == kDemonym || kind == kCurrency || (it.lower && len(words) == 1) {
		if len(words) == 1 && isRuAdjective(words[0]) {
			out := [][]string{}
			for _, f := range ruAdjectiveForms(words[0]) {
				out = append(out, []string{f})
			}
			if kind == kDemonym {
				if first := ruCompoundFirst(words[0]); first != "" {
					out = append(out, []string{first})
				}
			}
			return out
		}
	}
	return ruPhraseForms(words, kind == kLeader)
}

// enForms returns the word lists of an English item: as written, plus a
// plural for single lower-case words.
func enForms(it item, plural bool) [][]string {
	words := normWords(it.text)
	if len(words) == 0 {
		return nil
	}
	out := [][]string{words}
	if plural {
		last := words[len(words)-1]
		var pl string
		switch {
		case strings.HasSuffix(last, "y") && !strings.HasSuffix(last, "ay") && !strings.HasSuffix(last, "ey") && !strings.HasSuffix(last, "oy"):
			pl = last[:len(last)-1] + "ies"
		case strings.HasSuffix(last, "s"), strings.HasSuffix(last, "x"), strings.HasSuffix(last, "ch"), strings.HasSuffix(last, "sh"):
			pl = last + "es"
		default:
			pl = last + "s"
		}
		w2 := append(append([]string(nil), words[:len(words)-1]...), pl)
		out = append(out, w2)
	}
	return out
}

func isCyrillicText(s string) bool {
	for _, r := range s {
		if r >= 0x400 && r < 0x530 {
			return true
		}
	}
	return false
}

// ruCompoundFirst returns the form a Russian demonym adjective takes as the
// first part of a compound ("кыргызско-таджикская граница",
// "узбекско-российские отношения"): the stem and "о". That form is no word
// on its own, so it names the country only there. It returns "" for a word
// that is no masculine adjective (-ский, -ый, -ой).
func ruCompoundFirst(w string) string {
	p, stem, ok := ruParadigmFor(ruAdjective, w)
	if !ok || p.forms[0] != "ый" || utf8.RuneCountInString(stem) < 3 {
		return ""
	}
	return stem + "о"
}

// wordGate is a filter over a set of words that answers "certainly not in
// the set" for most other words without hashing them: one bit per class
// of a word's length and first and last bytes. A word it lets through is
// looked up in the set itself. Built once; never written after.
type wordGate [1 << wordGateBits / 64]uint64

const wordGateBits = 14 // 16384 bits, 2 KB

func wordGateBit[S ~string | ~[]byte](w S) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	k := uint32(n)<<16 | uint32(w[0])<<8 | uint32(w[n-1])
	return k * 0x9E3779B1 >> (32 - wordGateBits)
}

// newWordGate returns the gate of the keys of m.
func newWordGate[V any](m map[string]V) *wordGate {
	g := &wordGate{}
	for w := range m {
		b := wordGateBit(w)
		g[b/64] |= 1 << (b % 64)
	}
	return g
}

// may reports whether w may be in the gate's set: false when it is not.
func (g *wordGate) may(w []byte) bool {
	b := wordGateBit(w)
	return g[b/64]&(1<<(b%64)) != 0
}
