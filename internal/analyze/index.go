package analyze

import (
	"cmp"
	"encoding/binary"
	"math"
	"slices"
	"strconv"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/newsbot/newsbot/internal/news"
)

// How the index finds and bounds its work. A postings list holds the
// articles published on one day (UTC) that have one key, at most
// postingsCap of them. A new article looks up its keys (at most
// maxEntryKeys) in the lists of the days its window covers, nine for 96
// hours, and scores at most maxCandidates of those it meets, and half as
// many again that would have scored it (candidates), so its cost does not
// depend on how many articles the index holds (BenchmarkIndexAssign).
//
// Lists by day, not one list per key: a list that passes the cap is
// dropped, and a pair found only through it is examined only if both
// articles came before it passed, which depends on arrival order. With
// one list per key, a key of 128 articles anywhere in the index was
// dropped, the words every story uses, and on four times the corpus 4 to
// 12 items of 5 460 were in another story per shuffled order; by day, a
// key is dropped only for a day on which more than postingsCap articles
// have it, and no item is (TestStoriesOrderIndependentMany). The cap
// is 48 a day: on eight times the corpus, 8 to 72 items of 10 920 are
// in another story per order at 32, none in shuffled orders and 8 in
// reverse order at 48, none at 64; and the cost per article at 20 000
// held, where most lists are under the cap, is 61 µs at 32, 87 µs at 48
// and 129 µs at 64 (the lists looked up grow with the cap and the
// window's days, not with the store).
const (
	postingsCap   = 48
	maxEntryKeys  = 64
	maxCandidates = 40
	heldBins      = 8 // shingle bins held per article: enough to tell copies
	// sameShingles: copies and rewrites of one wire story share most word
	// 3-shingles.
	sameShingles = 0.45
)

// Index groups recent articles into stories. Candidates for an article come
// from postings lists of its keys (names, places, numbers, title and lead
// words); a pairwise decision (sameStory) accepts or rejects each; a story
// is a connected component of accepted pairs, named after its earliest
// article, so the grouping does not depend on the order in which articles
// arrive. It is safe for concurrent use.
type Index struct {
	window time.Duration
	now    func() time.Time // nil: nothing expires

	mu   sync.Mutex
	byID map[int64]*storyEntry
	// Postings by how many held articles have the key: most keys (a
	// name, a number) belong to one article, and cost one map slot.
	// Each list is of one key on one day (postingKey): the articles
	// published that day (UTC).
	one      map[uint64]*storyEntry   // keys of one article
	many     map[uint64][]*storyEntry // keys of 2 to postingsCap articles
	common   map[uint64]int32         // keys of more: counted, not listed
	buckets  map[int64][]*storyEntry
	oldest   int64 // the oldest hour bucket that may hold articles
	names    map[string]*storyCluster
	renames  []Rename
	compared int // pairs scored so far: the work per article, for benchmarks
}

// Rename says that the articles of cluster From now belong to cluster To:
// two stories turned out to be one, or an earlier report of a story came in.
type Rename struct {
	From, To string
}

type storyEntry struct {
	id      int64
	pub     int64            // Unix seconds
	keys    []uint32         // sorted, distinct, without the title flag
	proper  uint64           // bit i: keys[i] is a title word that names something
	initial uint64           // bit i: keys[i] is a capitalised title word starting a sentence
	gazette uint64           // bit i: keys[i] is a title word the gazetteer names (counted as a name)
	titled  uint64           // bit i: keys[i] is a name, place or event the title names
	sh      [heldBins]uint16 // the first bins of the shingle sketch
	hasSh   bool
	live    bool          // the title names a live page (liveTitle)
	source  uint32        // the source's hash (fpSource), 0 when unknown
	loaded  bool          // from the store, with the story it was stored in
	cl      *storyCluster // nil: a story of its own, named after the article
	simW    []uint8       // weight of each key in the weighted overlap (storysim.go), 0: none
	simNorm float32       // the squared norm of those weights
	cutW    float64       // the weight of the last candidate scored at arrival when more were found (candidates), else 0
}

type storyCluster struct {
	stored  bool // loaded from the store: keeps its name
	name    string
	first   *storyEntry // the earliest member
	members []*storyEntry
}

// NewIndex returns an empty index that groups articles published at most
// window apart. It holds every article it is given until WithClock sets a
// clock; then articles published before the clock's time less window leave.
func NewIndex(window time.Duration) *Index {
	return &Index{
		window:  window,
		byID:    make(map[int64]*storyEntry),
		one:     make(map[uint64]*storyEntry),
		many:    make(map[uint64][]*storyEntry),
		common:  make(map[uint64]int32),
		buckets: make(map[int64][]*storyEntry),
		names:   make(map[string]*storyCluster),
		oldest:  math.MinInt64,
	}
}

// WithClock makes articles leave the index once published more than the
// window before now(), and returns the index.
func (ix *Index) WithClock(now func() time.Time) *Index {
	ix.now = now
	return ix
}

// Load adds an already-clustered article, as when rebuilding the index from
// the store at start. Articles loaded with one cluster form one story; no
// pairs are examined.
func (ix *Index) Load(id int64, published time.Time, a news.Analysis, title string, cluster string) {
	e := newStoryEntry(id, published, a.Fingerprint, title)
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.expire()
	if ix.expired(e.pub) {
		return
	}
	ix.remove(id)
	if cluster == "" {
		cluster = clusterName(id)
	}
	// Most stored articles are a story of their own, named after
	// themselves: they need no story record until another article joins.
	e.loaded = true
	if cl := ix.names[cluster]; cl != nil {
		ix.join(e, cl)
	} else if cluster != clusterName(id) {
		cl = &storyCluster{name: cluster, first: e, stored: true}
		ix.names[cluster] = cl
		ix.join(e, cl)
	}
	ix.insert(e)
}

// Assign returns the cluster of the story an article belongs to and adds
// the article to the index. Joining a story can rename clusters (see
// TakeRenames); ClusterOf gives any held article's current cluster.
func (ix *Index) Assign(id int64, published time.Time, a news.Analysis, title string) string {
	e := newStoryEntry(id, published, a.Fingerprint, title)
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.expire()
	ix.remove(id)
	var joined []*storyCluster
	cands := ix.candidates(e)
	ix.compared += len(cands)
	for _, o := range cands {
		if _, ok := sameStory(e, o, ix.window); !ok {
			continue
		}
		if o.cl == nil {
			o.cl = &storyCluster{name: clusterName(o.id), first: o, members: []*storyEntry{o}, stored: o.loaded}
		}
		dup := false
		for _, c := range joined {
			dup = dup || c == o.cl
		}
		if !dup {
			joined = append(joined, o.cl)
		}
	}
	held := !ix.expired(e.pub)
	if len(joined) == 0 {
		// A story of its own so far: no record until another joins.
		if held {
			ix.insert(e)
		}
		return clusterName(id)
	}
	// Every joined story and the new article become one story, named after
	// its earliest article (a loaded story after its stored name). The
	// largest joined story takes in the others, so a merge costs what the
	// smaller stories hold.
	final := joined[0]
	for _, c := range joined[1:] {
		if len(c.members) > len(final.members) {
			final = c
		}
	}
	name, first := clusterName(id), e
	for _, c := range joined {
		if earlier(c.first, first) {
			name, first = c.name, c.first
		}
	}
	// A story loaded from the store keeps its stored name: its earliest
	// article may have left the window, and its name is in the store.
	var kept *storyCluster
	for _, c := range joined {
		if c.stored && (kept == nil || earlier(c.first, kept.first)) {
			kept = c
		}
	}
	if kept != nil {
		name = kept.name
		final.stored = true
	}
	for _, c := range joined {
		if c.name != name {
			ix.renames = append(ix.renames, Rename{From: c.name, To: name})
		}
		if ix.names[c.name] == c {
			delete(ix.names, c.name)
		}
		if c == final {
			continue
		}
		for _, m := range c.members {
			m.cl = final
		}
		final.members = append(final.members, c.members...)
	}
	final.name, final.first = name, first
	ix.names[final.name] = final
	// An article older than the window still links the stories it
	// reports, but is not held.
	if held {
		ix.join(e, final)
		ix.insert(e)
	}
	return final.name
}

// ClusterOf returns the current cluster of a held article, or "".
func (ix *Index) ClusterOf(id int64) string {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if e, ok := ix.byID[id]; ok {
		if e.cl == nil {
			return clusterName(e.id)
		}
		return e.cl.name
	}
	return ""
}

// TakeRenames returns, in order, the renames since the last call: stored
// articles of each From cluster belong to its To cluster now.
func (ix *Index) TakeRenames() []Rename {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	r := ix.renames
	ix.renames = nil
	return r
}

// Len returns how many articles the index holds.
func (ix *Index) Len() int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return len(ix.byID)
}

func clusterName(id int64) string { return "s" + strconv.FormatInt(id, 36) }

// OwnStory returns the cluster of an article that is kept out of grouping
// (a feed's undated back catalogue, whose only date is when it was first
// seen): a story of its own, named as Assign names a lone article.
func OwnStory(id int64) string { return clusterName(id) }

// earlier orders articles by publication, then id: the earliest names the story.
func earlier(a, b *storyEntry) bool {
	if a.pub != b.pub {
		return a.pub < b.pub
	}
	return a.id < b.id
}

func (ix *Index) join(e *storyEntry, cl *storyCluster) {
	e.cl = cl
	cl.members = append(cl.members, e)
	if earlier(e, cl.first) {
		cl.first = e
	}
}

func newStoryEntry(id int64, published time.Time, fp []byte, title string) *storyEntry {
	e := &storyEntry{id: id, pub: published.Unix(), live: liveTitle(title), source: fpSource(fp)}
	type fk struct {
		k     uint32
		flag  uint8 // 1: a title word that names something, 2: one that starts a sentence
		gaz   bool  // a title word that is a gazetteer name
		title bool  // a name, place or event in the title
	}
	var ks []fk
	keys := fpStoryKeys(fp)
	if keys == nil {
		// An older fingerprint: title words only, none known to name.
		for _, h := range titleHashes(title) {
			ks = append(ks, fk{skTitle | uint32(h)&skHash&^(skInitial|skGazette), 0, false, false})
		}
	}
	for _, k := range keys {
		f := uint8(0)
		switch {
		case k&skClass != skTitle:
		case k&skInTitle != 0:
			f = 1
		case k&skInitial != 0:
			f = 2
		}
		gaz := false
		if k&skClass == skTitle {
			gaz = k&skGazette != 0
			k &^= skInitial | skGazette
		}
		ks = append(ks, fk{k &^ skInTitle, f, gaz, k&skClass != skTitle && k&skInTitle != 0})
	}
	if sh, _, _, ok := fpParts(fp); ok {
		for i := range e.sh {
			e.sh[i] = binary.LittleEndian.Uint16(sh[2*i:])
		}
		e.hasSh = true
	}
	slices.SortFunc(ks, func(a, b fk) int { return cmp.Compare(a.k, b.k) })
	distinct := 0
	for i := range ks {
		if i == 0 || ks[i].k != ks[i-1].k {
			distinct++
		}
	}
	// Held for the window: allocated at its size.
	e.keys = make([]uint32, 0, min(distinct, maxEntryKeys))
	for _, k := range ks {
		n := len(e.keys)
		if n > 0 && e.keys[n-1] == k.k {
			n--
		} else if n == maxEntryKeys {
			break
		} else {
			e.keys = append(e.keys, k.k)
		}
		switch k.flag {
		case 1:
			e.proper |= 1 << n
		case 2:
			e.initial |= 1 << n
		}
		if k.gaz {
			e.gazette |= 1 << n
		}
		if k.title {
			e.titled |= 1 << n
		}
	}
	e.simWeights()
	return e
}

// candidates returns the held articles e is compared with: those that
// share with e a key whose postings list is still kept, the
// maxCandidates whose shared keys weigh most, and after them (at most
// half as many again) those that would have kept e among their own first
// maxCandidates had e come before them.
//
// Which pairs are examined must not depend on which of two articles came
// first, or the stories would depend on the order in which concurrently
// polled feeds are stored (issue 9). So:
//   - every listed key of e is looked up, not the rarest few by the
//     index's current counts: a key among the rarest few of one article
//     but not of the other would find the pair only when the first came
//     second;
//   - a candidate's weight is the sum of pairKeyWeight over the keys the
//     two share, a weight of the key alone (the static IDF table of
//     storysim.go), not the index's current document frequency, so the
//     pair weighs the same whichever arrives second; ties go by id;
//   - the cut is made from both sides: an article that found more than
//     maxCandidates notes the weight of the last it scored (cutW), and a
//     later article that ranks it below its own cut still scores it when
//     their pair weighs at least that: had the later come first, the
//     earlier would have scored it. An article that found fewer scored
//     all it found, and would have scored the later one too.
//
// So with postings that are never dropped, a pair is examined whatever
// the order in which its two articles arrive, unless both rank it past
// their cuts (TestStoriesOrderIndependentMany: no item in another story
// over 21 orders of four times the corpus). A candidate is looked up
// only in the days of e's window and kept only when published within
// the window of e, so a finds b exactly when b would find a.
//
// What can still depend on the order is the cap: a day's list of a key
// that more than postingsCap articles published that day have is
// dropped when it passes the cap, and a pair found through such lists
// alone is examined only if both came before. Lists are per day, so this
// takes a key that many articles of one day use, not a word used by
// many stories over the window (no item moves on four times the corpus,
// against 4 to 12 of 5 460 per order with one list per key). The cap
// and the cuts are what bound the work per article, lookups and
// comparisons, whatever the store holds.
func (ix *Index) candidates(e *storyEntry) []*storyEntry {
	weight := make(map[*storyEntry]float64, 16)
	win := int64(ix.window / time.Second)
	first, last := day(e.pub-win), day(e.pub+win)
	near := func(o *storyEntry) bool {
		d := o.pub - e.pub
		return o.id != e.id && d <= win && -d <= win
	}
	for _, k := range e.keys {
		if !posted(k) {
			continue
		}
		w := -1.0 // computed once a held article has the key
		for d := first; d <= last; d++ {
			pk := postingKey(k, d)
			if ix.common[pk] > 0 {
				continue
			}
			if o := ix.one[pk]; o != nil && near(o) {
				if w < 0 {
					w = pairKeyWeight(k)
				}
				weight[o] += w
			}
			for _, o := range ix.many[pk] {
				if !near(o) {
					continue
				}
				if w < 0 {
					w = pairKeyWeight(k)
				}
				weight[o] += w
			}
		}
	}
	// Sorted by weight with the weight beside each entry: looking it up in
	// the map at every comparison was most of the cost of finding
	// candidates.
	type scored struct {
		e *storyEntry
		w float64
	}
	ranked := make([]scored, 0, len(weight))
	for o, w := range weight {
		ranked = append(ranked, scored{o, w})
	}
	slices.SortFunc(ranked, func(a, b scored) int {
		if c := cmp.Compare(b.w, a.w); c != 0 {
			return c
		}
		return cmp.Compare(a.e.id, b.e.id)
	})
	n := min(len(ranked), maxCandidates)
	out := make([]*storyEntry, n, n+min(len(ranked)-n, maxCandidates/2))
	for i := range out {
		out[i] = ranked[i].e
	}
	if len(ranked) > maxCandidates {
		e.cutW = ranked[maxCandidates-1].w
		for _, r := range ranked[maxCandidates:] {
			if len(out) == cap(out) {
				break
			}
			if r.w >= r.e.cutW {
				out = append(out, r.e)
			}
		}
	}
	return out
}

// pairKeyWeight is what a shared key adds to a candidate's weight: its
// inverse document frequency in the static table of storysim.go, which
// does not change as articles arrive. Title words, which the table does
// not count, weigh as a key of one report in titleWordDocs.
func pairKeyWeight(k uint32) float64 {
	if k&skClass == skTitle || isMaybeName(k) {
		return titleWordWeight
	}
	return storyIDF(k)
}

// titleWordWeight: a title word weighs as a key of one corpus report in
// fifty, less than a name of the story, more than a country.
var titleWordWeight = math.Log(float64(storyDFDocs) / 50)

// posted reports whether articles are looked up by a key. Lead words are
// compared but not looked up: in one language only, and many, they would
// cost memory per held article without finding what title words and names
// do not.
func posted(k uint32) bool { return k&skClass != skLead }

func hour(unix int64) int64 { return unix / 3600 }

// day is the day of a Unix time, for the postings.
func day(unix int64) int64 { return unix / 86400 }

// postingKey names the postings list of key k on day d.
func postingKey(k uint32, d int64) uint64 { return uint64(k)<<32 | uint64(uint32(d)) }

func (ix *Index) expired(pub int64) bool {
	return ix.now != nil && pub < ix.now().Add(-ix.window).Unix()
}

// insert indexes a new entry in the postings of its day. A key that more
// articles of one day have than a postings list keeps is common that day:
// its list for the day is dropped and no longer grows, so memory and work
// per article stay bounded whatever the store holds.
func (ix *Index) insert(e *storyEntry) {
	ix.byID[e.id] = e
	d := day(e.pub)
	for _, sk := range e.keys {
		if !posted(sk) {
			continue
		}
		k := postingKey(sk, d)
		switch o, many := ix.one[k], ix.many[k]; {
		case ix.common[k] > 0:
			ix.common[k]++
		case o != nil:
			delete(ix.one, k)
			ix.many[k] = []*storyEntry{o, e}
		case len(many) >= postingsCap:
			delete(ix.many, k)
			ix.common[k] = int32(len(many) + 1)
		case len(many) > 0:
			ix.many[k] = append(many, e)
		default:
			ix.one[k] = e
		}
	}
	b := hour(e.pub)
	ix.buckets[b] = append(ix.buckets[b], e)
	if b < ix.oldest {
		ix.oldest = b
	}
}

// remove takes an article out of the index and its story.
func (ix *Index) remove(id int64) {
	e, ok := ix.byID[id]
	if !ok {
		return
	}
	delete(ix.byID, id)
	d := day(e.pub)
	for _, sk := range e.keys {
		if !posted(sk) {
			continue
		}
		k := postingKey(sk, d)
		// A common key that falls back under the cap stays unlisted: its
		// day's list is gone, and it is not looked up until no article
		// of that day has it.
		if n := ix.common[k]; n > 0 {
			if n == 1 {
				delete(ix.common, k)
			} else {
				ix.common[k] = n - 1
			}
			continue
		}
		if ix.one[k] == e {
			delete(ix.one, k)
			continue
		}
		list := ix.many[k]
		for i, o := range list {
			if o == e {
				list[i] = list[len(list)-1]
				list = list[:len(list)-1]
				break
			}
		}
		switch len(list) {
		case 0:
			delete(ix.many, k)
		case 1:
			delete(ix.many, k)
			ix.one[k] = list[0]
		default:
			ix.many[k] = list
		}
	}
	b := ix.buckets[hour(e.pub)]
	for i, o := range b {
		if o == e {
			b[i] = b[len(b)-1]
			ix.buckets[hour(e.pub)] = b[:len(b)-1]
			break
		}
	}
	cl := e.cl
	if cl == nil {
		return
	}
	for i, m := range cl.members {
		if m == e {
			cl.members = append(cl.members[:i], cl.members[i+1:]...)
			break
		}
	}
	if len(cl.members) == 0 && ix.names[cl.name] == cl {
		delete(ix.names, cl.name)
	}
}

// expire drops articles published before the clock's time less the window.
// Their stories keep their names.
func (ix *Index) expire() {
	if ix.now == nil {
		return
	}
	cutoff := hour(ix.now().Add(-ix.window).Unix())
	if ix.oldest == math.MinInt64 {
		for b := range ix.buckets {
			ix.oldest = min(ix.oldest, b)
		}
		if ix.oldest == math.MinInt64 {
			ix.oldest = cutoff
		}
	}
	for ; ix.oldest < cutoff; ix.oldest++ {
		for _, e := range append([]*storyEntry(nil), ix.buckets[ix.oldest]...) {
			ix.remove(e.id)
		}
		delete(ix.buckets, ix.oldest)
	}
}

// evidence is what two articles share.
type evidence struct {
	title, lead            int // shared title and lead words
	names, places, leaders int // shared names by class
	numbers                int
	events, eventsIn       int // shared event concepts, and events in one country
	countries              int // shared countries, by code
	titleEvents            int // event concepts both titles name
	titleSteady            int // of those, concepts that are not daily news
	titleRare              int // rare event concepts (natural disasters) both titles name
	dailyEvents            int // shared event concepts of daily news (attacks, tolls)
	titleNames             int // names, leaders and places both titles name
	titlePlain             int // of those, names that are neither places nor leaders
	titleLeaders           int // and leaders
	titleCountries         int // countries both titles name
	aTitle, bTitle         int // title words of each
	aNames, bNames         int // names, places and numbers of each
	aLead, bLead           int // lead words of each
	shingles               float64
	conflict               bool // each title names what the other never mentions
	live                   bool // either is a live page
	sameSource             bool // both come from one outlet
	hours                  float64
	simDot                 float64 // weighted overlap (storysim.go): the dot product,
	simShared              int     // the keys it counts,
	simStory               int     // of those, names and numbers of the story (simStory),
	simTitledStory         int     // and of these, keys a title names,
	titleEchoA, titleEchoB bool    // a's title names a name or number b gives, and b's a's (days apart only)
	newEventA, newEventB   bool    // a's title names no name or number, and a kind of event b's does not; and b's
	aNorm, bNorm           float32 // and each report's squared norm
	eventsCrossed          int     // shared event concepts one title names, not the other (crosslang.go)
	caseBoth               bool    // both tell a stage of a legal case (crosslang.go)
	rareEvents             int     // shared rare event concepts, in a title or not (storyrare.go)
	titleProper            int     // shared title words capitalised in both titles (a name, or a title's first word)
}

func compare(a, b *storyEntry) evidence {
	var ev evidence
	ev.hours = math.Abs(float64(a.pub-b.pub)) / 3600
	ev.live = a.live || b.live
	ev.sameSource = a.source != 0 && a.source == b.source
	ev.aNorm, ev.bNorm = a.simNorm, b.simNorm
	ev.shingles = -1
	if a.hasSh && b.hasSh {
		match := 0
		for i := range a.sh {
			if a.sh[i] == emptyBin || b.sh[i] == emptyBin {
				match = -1
				break
			}
			if a.sh[i] == b.sh[i] {
				match++
			}
		}
		if match >= 0 {
			ev.shingles = float64(match) / heldBins
		}
	}
	aOnly, bOnly, aInit, bInit := false, false, false, false
	i, j := 0, 0
	for i < len(a.keys) || j < len(b.keys) {
		switch {
		case j >= len(b.keys) || i < len(a.keys) && a.keys[i] < b.keys[j]:
			k := a.keys[i]
			tallyOwn(k, &ev.aTitle, &ev.aNames, &ev.aLead)
			aOnly = aOnly || a.proper&(1<<i) != 0
			aInit = aInit || a.initial&(1<<i) != 0
			i++
		case i >= len(a.keys) || b.keys[j] < a.keys[i]:
			k := b.keys[j]
			tallyOwn(k, &ev.bTitle, &ev.bNames, &ev.bLead)
			bOnly = bOnly || b.proper&(1<<j) != 0
			bInit = bInit || b.initial&(1<<j) != 0
			j++
		case isMaybeName(a.keys[i]):
			// German nouns both reports have say nothing of a name.
			i++
			j++
		default:
			k := a.keys[i]
			tallyOwn(k, &ev.aTitle, &ev.aNames, &ev.aLead)
			tallyOwn(k, &ev.bTitle, &ev.bNames, &ev.bLead)
			ev.simPair(a, b, i, j)
			bothTitles := a.titled&(1<<i) != 0 && b.titled&(1<<j) != 0
			switch k & skClass {
			case skEvent:
				ev.events++
				if k&skDaily != 0 {
					ev.dailyEvents++
				}
				if k&skRare != 0 {
					ev.rareEvents++
				}
				if bothTitles {
					ev.titleEvents++
					if k&skDaily == 0 {
						ev.titleSteady++
					}
					if k&skRare != 0 {
						ev.titleRare++
					}
				}
			case skEventIn:
				if k&skCountry != 0 {
					ev.countries++
					if bothTitles {
						ev.titleCountries++
					}
				} else {
					ev.eventsIn++
				}
			case skName, skLeader, skPlace:
				if bothTitles {
					ev.titleNames++
					switch {
					case k&skClass == skName:
						ev.titlePlain++
					case k&skClass == skLeader:
						ev.titleLeaders++
					}
				}
			}
			switch k & skClass {
			case skTitle:
				// A place or company in both titles counts once, as a name.
				if a.gazette&(1<<i) == 0 && b.gazette&(1<<j) == 0 {
					ev.title++
					if (a.proper|a.initial)&(1<<i) != 0 && (b.proper|b.initial)&(1<<j) != 0 {
						ev.titleProper++
					}
				}
			case skLead:
				ev.lead++
			case skName:
				ev.names++
			case skPlace:
				ev.places++
			case skLeader:
				ev.leaders++
			case skNumber:
				ev.numbers++
			}
			i++
			j++
		}
	}
	// A name is a leader's or a place's where the gazetteer knows its
	// spelling, and a plain name where it does not (Nawalny, Авдіївка).
	crossNames(a, b, &ev)
	crossNames(b, a, &ev)
	ev.eventsCrossed = eventsCrossed(a, b)
	if ev.hours > eventHours {
		ev.titleEchoA, ev.titleEchoB = titleEchoed(a, b), titleEchoed(b, a)
		ev.newEventA, ev.newEventB = titleNewEvent(a, b), titleNewEvent(b, a)
	}
	ev.caseBoth = tellsCase(a) && tellsCase(b)
	// A recurring format: near-identical titles that differ, on both
	// sides, in a word that names something.
	// A capital starting a title may be any word, so it counts only
	// where the titles are closer still.
	if m := min(ev.aTitle, ev.bTitle); m > 0 && ev.title >= 2 && 2*ev.title >= m {
		ev.conflict = aOnly && bOnly || 5*ev.title >= 3*m && (aOnly || aInit) && (bOnly || bInit)
	}
	// "A man in the US…" and "John Smith…": one title tells of someone
	// the other names, not another of a format (crosslang.go).
	if ev.conflict && genericAndNamed(a, b) {
		ev.conflict = false
	}
	return ev
}

// crossNames counts names that one report has in another class than the
// other: a's plain names that are b's leaders or places (the gazetteer
// knows one spelling: Avdiivka, not Авдіївка), and a's German nouns that
// may be names (skMaybe) that b has as a name, leader or place. Keys are
// sorted, so each class is runs ordered by hash (places in two: towns
// and regions, then countries, capitals and peoples, skBroad), and each
// count is one merge per run.
func crossNames(a, b *storyEntry, ev *evidence) {
	i0, i1 := classRun(a.keys, skName)
	m := flagRun(a.keys, i0, i1, skMaybe)
	count := func(ai, aj, j, jEnd int, plain, leader bool, n *int) {
		const hash = skMaybe - 1
		for i := ai; i < aj && j < jEnd; {
			x, y := a.keys[i]&hash, b.keys[j]&hash
			switch {
			case x < y:
				i++
			case y < x:
				j++
			case titleNounOnly(a, i, b, j):
				i++
				j++
			default:
				*n++
				ev.simPair(a, b, i, j)
				if a.titled&(1<<i) != 0 && b.titled&(1<<j) != 0 {
					ev.titleNames++
					switch {
					case plain:
						ev.titlePlain++
					case leader:
						ev.titleLeaders++
					}
				}
				i++
				j++
			}
		}
	}
	l0, l1 := classRun(b.keys, skLeader)
	p0, p1 := classRun(b.keys, skPlace)
	pb := flagRun(b.keys, p0, p1, skBroad)
	n0, n1 := classRun(b.keys, skName)
	n1 = flagRun(b.keys, n0, n1, skMaybe)
	for _, r := range [...][2]int{{i0, m}, {m, i1}} {
		count(r[0], r[1], l0, l1, false, true, &ev.leaders)
		count(r[0], r[1], p0, pb, false, false, &ev.places)
		count(r[0], r[1], pb, p1, false, false, &ev.places)
	}
	count(m, i1, n0, n1, true, false, &ev.names)
}

// flagRun returns where, in the sorted keys[start:end] of one class, the
// keys with the flag bit begin: they sort after those without.
func flagRun(keys []uint32, start, end int, flag uint32) int {
	for start < end && keys[start]&flag == 0 {
		start++
	}
	return start
}

// classRun returns where the keys of class c start and end in sorted keys.
func classRun(keys []uint32, c uint32) (int, int) {
	start := len(keys)
	for i, k := range keys {
		if k&skClass == c {
			start = i
			break
		}
	}
	end := start
	for end < len(keys) && keys[end]&skClass == c {
		end++
	}
	return start, end
}

// storyScore is the evidence two reports of one story reach.
const storyScore = 4.0

// eventHours is how far apart two reports of one kind of event in one
// country may be and still count as one event on that evidence alone.
const eventHours = 36.0

// dailyHours is how far apart two reports may be that share only the
// events of daily news (an attack, a toll): last night's attack on a city
// is not tonight's, a day later, so the limit stays under a day.
const dailyHours = 18.0

// score weighs the shared evidence: title words and names most, places and
// leaders (who appear in many stories) less, lead words least.
func (ev evidence) score() float64 {
	return float64(ev.title) + 0.5*float64(ev.lead) + float64(ev.names+ev.numbers) + 0.5*float64(ev.places) + 0.25*float64(ev.leaders)
}

// titlesAgree reports whether two titles tell one story: three words in
// common; a word and a name or country both name; two words, with names
// or numbers the texts share; or a kind of event (talks, an attack) or a
// name in both titles, with the same kinds of events in the same
// countries in both texts.
func (ev evidence) titlesAgree() bool {
	named := ev.titleNames + ev.titleCountries
	switch {
	case ev.title >= 3, ev.title >= 1 && named >= 1:
		return true
	case ev.title >= 2 && ev.names+ev.numbers >= 3:
		return true
	}
	return ev.titleEvents+named >= 1 && ev.eventsIn >= 2 && ev.countries >= 2
}

func tallyOwn(k uint32, title, names, lead *int) {
	if isMaybeName(k) {
		return
	}
	switch k & skClass {
	case skTitle:
		*title++
	case skLead:
		*lead++
	case skName, skPlace, skLeader, skNumber:
		*names++
	}
}

// sameStory decides whether two articles report one story, and how sure it
// is. It depends on the two articles alone, so that stories do not depend
// on arrival order.
func sameStory(a, b *storyEntry, window time.Duration) (float64, bool) {
	ev := compare(a, b)
	return ev.decide(window)
}

func (ev evidence) decide(window time.Duration) (float64, bool) {
	if ev.hours > window.Hours() {
		return 0, false
	}
	// A recurring format (weather for a city, a county's listings, day N
	// of a war): the titles differ in a name or number the other article
	// never mentions, and that difference is the story.
	if ev.conflict {
		return 0, false
	}
	if ev.shingles >= sameShingles {
		return 1 + ev.shingles, true
	}
	// A live page tells whatever happens that day: it shares names and
	// words with every story of its topic, and is none of them. Only its
	// copies (above) join it.
	if ev.live {
		return 0, false
	}
	score := ev.score()
	// The further apart in time, the more it takes: a point a day.
	need := storyScore + ev.hours/24
	// One outlet's items of a day share its names, its places and the
	// words of its beat (an election night's reactions, a company's
	// news, a country's row with another): what links two of them into
	// one story is in their titles, not in names their texts share.
	if ev.sameSource && !ev.titlesAgree() {
		return 0, false
	}
	// Two outlets' reports whose names, numbers, countries and kinds of
	// event overlap enough, weighed by how rare each is (storysim.go):
	// one event, however each tells it. One outlet's reports share its
	// beat's names, and are judged by the rules below alone.
	if !ev.sameSource && ev.simAgrees(window) {
		return score, true
	}
	// Names the texts share say which story only with a word of the
	// leads or a name, country or event of both titles: otherwise they
	// are one beat's people (a government's, a league's), not one story.
	// A name that is all two titles share is one name, not a word of
	// the titles as well (oneNameOnly); titles that share nothing take
	// untitledNames in the texts.
	titled := ev.titleNames+ev.titleCountries+ev.titleEvents >= 1
	oneName := ev.oneNameOnly()
	if oneName {
		score -= float64(ev.title)
	}
	if score >= need && (ev.title >= 1 && !oneName || ev.names+ev.numbers >= 2 && (ev.lead >= 1 || titled) && !ev.recalls() && (titled || ev.names+ev.numbers >= untitledNames)) {
		return score, true
	}
	// Another language shares no words, only names, places and numbers:
	// enough of them, some specific to the story, tell the same event.
	if ev.title == 0 && ev.lead == 0 && ev.names+ev.numbers >= 2 && ev.names+ev.numbers+ev.places+ev.leaders >= 4 &&
		score >= need-1.5 && titled {
		return score, true
	}
	// A natural disaster in one country, told in both titles, within the
	// window: one event, whatever else each report picks to tell, and the
	// toll days later is still its story. The country is in both titles,
	// or the disaster struck the same two countries in both texts.
	if ev.titleRare >= 1 && ev.eventsIn >= 1 && (ev.titleCountries >= 1 || ev.countries >= 2 && ev.eventsIn >= 2) {
		return score + float64(ev.events), true
	}
	// A follow-up: the same kind of event and the same name (a person, a
	// venue, not a place or a leader, who are in many stories) in both
	// titles, with a second name or a number both texts share, within the
	// window: the court hearing two days after the attack. Daily news
	// (attacks, tolls) takes two such names in the titles: a town attacked
	// every night is one name.
	if ev.titleEvents >= 1 && ev.names+ev.numbers >= 2 {
		need := 1
		if ev.dailyEvents == ev.events {
			need = 2
		}
		if ev.titlePlain >= need {
			return score + float64(ev.events), true
		}
	}
	// The same kind of event in the same country, told in both titles and
	// within a day and a half: in any language, one event. Attacks, tolls
	// and fighting are a war's daily news: for them alone, within hours.
	limit := eventHours
	if ev.dailyEvents == ev.events {
		limit = dailyHours
	}
	// One kind of event that is not daily news (talks, an election, a
	// verdict), told in both titles, in the same two countries or more,
	// with a name of the story (not a place, not a leader) in both texts,
	// within a day and a half: one event, though neither title names the
	// countries the way the other does ("Iran's minister flies to Pakistan
	// for talks", «Новые переговоры по Ирану?»).
	if ev.hours <= eventHours && ev.titleSteady >= 1 && ev.eventsIn >= 2 && ev.countries >= 2 && ev.names >= 1 {
		return score + float64(ev.events), true
	}
	// Across languages: see crossEvent, crossPerson and crossMeeting
	// (crosslang.go).
	if ev.crossEvent(limit) || ev.crossPerson() || ev.crossMeeting() || ev.caseFollowUp() || ev.rareEventBoth() || ev.crossOutcome() {
		return score + float64(ev.events), true
	}
	if ev.hours <= limit && ev.titleEvents >= 1 && ev.eventsIn >= 1 && ev.titleNames+ev.titleCountries >= 1 {
		// Two kinds of event in one country ("earthquake" and "dead" in
		// Turkey), one of them in both titles.
		if ev.events >= 2 && ev.eventsIn >= 2 {
			return score + float64(ev.events), true
		}
		// One kind of event, and a person or place of the story both
		// name (Avdiivka and Syrskyi, the withdrawal).
		if ev.titleNames >= 1 && ev.names+ev.leaders >= 1 {
			return score + float64(ev.events), true
		}
	}
	return 0, false
}

// titleStop are words too common to say which story a title tells.
var titleStop = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "to": true, "in": true, "on": true, "for": true,
	"and": true, "or": true, "with": true, "at": true, "by": true, "from": true, "as": true, "is": true,
	"are": true, "was": true, "be": true, "after": true, "over": true, "amid": true, "says": true,
	"said": true, "new": true, "its": true, "his": true, "her": true, "their": true, "that": true,
	"и": true, "в": true, "во": true, "на": true, "с": true, "со": true, "по": true, "к": true,
	"о": true, "об": true, "из": true, "за": true, "для": true, "от": true, "не": true, "что": true,
	"как": true, "это": true, "до": true, "при": true, "после": true, "у": true, "а": true, "но": true,
	"его": true, "ее": true, "её": true, "их": true,
	// Ukrainian
	"і": true, "й": true, "та": true, "з": true, "із": true, "від": true, "про": true, "що": true, "як": true, "це": true,
	// German ("war" is English too, and kept)
	"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true, "ein": true, "eine": true, "einen": true,
	"einem": true, "einer": true, "und": true, "oder": true, "im": true, "am": true, "auf": true, "aus": true, "bei": true,
	"mit": true, "nach": true, "von": true, "vom": true, "zu": true, "zum": true, "zur": true, "für": true, "über": true,
	"unter": true, "vor": true, "gegen": true, "um": true, "ist": true, "sind": true, "wird": true, "werden": true,
	"hat": true, "nicht": true, "auch": true, "als": true, "wie": true, "sich": true, "es": true, "sie": true, "noch": true,
	// Portuguese, Spanish, Italian, French, Dutch
	"de": true, "da": true, "do": true, "dos": true, "em": true, "no": true, "na": true, "nos": true, "nas": true,
	"o": true, "os": true, "uma": true, "e": true, "ou": true, "para": true, "por": true, "com": true,
	"que": true, "se": true, "ao": true, "à": true, "é": true, "el": true, "la": true, "los": true, "las": true, "del": true,
	"en": true, "y": true, "un": true, "una": true, "con": true, "al": true, "lo": true, "il": true, "le": true, "les": true,
	"du": true, "et": true, "au": true, "aux": true, "pour": true, "par": true, "sur": true, "dans": true,
	"avec": true, "est": true, "qui": true, "di": true, "della": true, "dei": true, "per": true, "su": true, "che": true,
	"non": true, "het": true, "een": true, "voor": true, "niet": true,
}

// titleHashes returns the sorted, distinct hashes of a title's content
// words, each cut to its first five letters so that inflections meet.
func titleHashes(title string) []uint64 {
	var buf []byte
	toks := tokenize(title, nil, &buf)
	out := make([]uint64, 0, len(toks))
	for _, t := range toks {
		w := buf[t.ns:t.ne]
		if titleStop[string(w)] {
			continue
		}
		out = append(out, hashBytes(prefixRunes(w, 5)))
	}
	slices.Sort(out)
	k := 0
	for i, h := range out {
		if i == 0 || h != out[k-1] {
			out[k] = h
			k++
		}
	}
	return out[:k]
}

func prefixRunes(b []byte, n int) []byte {
	i := 0
	for c := 0; i < len(b) && c < n; c++ {
		if c := b[i]; c < utf8.RuneSelf {
			i++ // an ASCII byte is its own rune
			continue
		} else if c >= 0xC2 && c <= 0xDF && i+1 < len(b) && b[i+1]&0xC0 == 0x80 {
			i += 2 // a valid rune of two bytes (Latin, Greek, Cyrillic)
			continue
		}
		_, sz := decodeRune(b[i:])
		i += sz
	}
	return b[:i]
}

// untitledNames is how many names or numbers two texts must share to be
// one story when their titles share nothing at all (no word, name,
// country or kind of event): two names are one beat's (a movement and its
// foe, a company and its product) and are in every story of it; a third,
// or a number, says which.
const untitledNames = 3

// oneNameOnly reports whether all that two titles share is one name,
// counted as a title word and as a name, and no kind of event or country:
// "Acme shares fall after outage" and «Глава Acme выступит в Сенате» are
// two stories of one company. The name then counts once in the score,
// as a name, not as a title word too.
func (ev evidence) oneNameOnly() bool {
	return ev.title >= 1 && ev.title == ev.titleProper && ev.titleNames == 1 && ev.titleEvents == 0 && ev.titleCountries == 0
}
