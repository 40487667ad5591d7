package analyze

import (
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

// Same-story thresholds. Copies and rewrites of one wire story share most
// word 3-shingles; two outlets writing up one event share the title's words
// and the names and numbers; two stories on one topic share neither.
const (
	sameShingles    = 0.45
	sameTitle       = 0.5
	sameTitleEntity = 0.25
	sameEntity      = 0.5
	sameEntityTitle = 0.3
)

// Index groups recent articles into stories. It holds a sliding window of
// fingerprints in memory and is safe for concurrent use.
type Index struct {
	window time.Duration

	mu      sync.Mutex
	entries []indexEntry
	newest  time.Time
}

type indexEntry struct {
	id        int64
	published time.Time
	fp        []byte
	title     []uint64 // sorted hashes of the title's content words
	countries []string // primary countries
	cluster   string
}

// NewIndex returns an empty index keeping articles published within window
// of the newest one it has seen (48 hours is the digest's horizon).
func NewIndex(window time.Duration) *Index {
	return &Index{window: window}
}

// Load adds an already-clustered article, as when rebuilding the index from
// the store at start.
func (ix *Index) Load(id int64, published time.Time, a news.Analysis, title string, cluster string) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.add(ix.entry(id, published, a, title, cluster))
}

// Assign returns the cluster of the story an article belongs to: an earlier
// article's cluster when one within the window reports the same story, else
// a new id derived from this article's id. The article joins the index.
func (ix *Index) Assign(id int64, published time.Time, a news.Analysis, title string) string {
	e := ix.entry(id, published, a, title, "")
	ix.mu.Lock()
	defer ix.mu.Unlock()
	best, bestScore := -1, 0.0
	for i := range ix.entries {
		o := &ix.entries[i]
		if o.id == id {
			continue
		}
		if d := published.Sub(o.published); d > ix.window || d < -ix.window {
			continue
		}
		if s, ok := sameStory(&e, o); ok && s > bestScore {
			best, bestScore = i, s
		}
	}
	if best >= 0 {
		e.cluster = ix.entries[best].cluster
	} else {
		e.cluster = "s" + strconv.FormatInt(id, 36)
	}
	ix.add(e)
	return e.cluster
}

// Len returns how many articles the index holds.
func (ix *Index) Len() int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return len(ix.entries)
}

func (ix *Index) entry(id int64, published time.Time, a news.Analysis, title string, cluster string) indexEntry {
	return indexEntry{
		id:        id,
		published: published,
		fp:        a.Fingerprint,
		title:     titleHashes(title),
		countries: a.PrimaryCountries(),
		cluster:   cluster,
	}
}

// add appends e and drops entries that fell out of the window.
func (ix *Index) add(e indexEntry) {
	if e.published.After(ix.newest) {
		ix.newest = e.published
	}
	for i := range ix.entries {
		if ix.entries[i].id == e.id {
			ix.entries[i] = e
			return
		}
	}
	ix.entries = append(ix.entries, e)
	cutoff := ix.newest.Add(-ix.window)
	if len(ix.entries)%64 == 0 || ix.entries[0].published.Before(cutoff) {
		kept := ix.entries[:0]
		for _, o := range ix.entries {
			if !o.published.Before(cutoff) {
				kept = append(kept, o)
			}
		}
		ix.entries = kept
	}
}

// sameStory decides whether two articles report one story and how sure it is.
func sameStory(a, b *indexEntry) (float64, bool) {
	ash, aent, axl, aok := fpParts(a.fp)
	bsh, bent, bxl, bok := fpParts(b.fp)
	jt := jaccard(a.title, b.title)
	if !aok || !bok {
		// Without fingerprints only an almost identical title will do.
		return jt, jt >= 0.8 && len(a.title) >= 3
	}
	js, _ := similarity(ash, bsh)
	je, _ := similarity(aent, bent)
	switch {
	case js >= sameShingles:
		return 1 + js, true
	case jt >= sameTitle && je >= sameTitleEntity && len(a.title) >= 3:
		return jt + je, true
	case je >= sameEntity && jt >= sameEntityTitle && overlaps(a.countries, b.countries):
		return jt + je, true
	}
	// A Russian and an English report of one event: scored below any
	// same-language match, so a story's own-language copies come first.
	if s, ok := crossLanguage(a, b, axl, bxl); ok {
		return s * 0.5, true
	}
	return 0, false
}

func overlaps(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return len(a) == 0 && len(b) == 0
}

func jaccard(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	i, j, inter := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// titleStop are words too common to say which story a title tells.
var titleStop = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "to": true, "in": true, "on": true, "for": true,
	"and": true, "or": true, "with": true, "at": true, "by": true, "from": true, "as": true, "is": true,
	"are": true, "was": true, "be": true, "after": true, "over": true, "amid": true, "says": true,
	"said": true, "new": true, "its": true, "his": true, "her": true, "their": true, "that": true,
	"и": true, "в": true, "во": true, "на": true, "с": true, "со": true, "по": true, "к": true,
	"о": true, "об": true, "из": true, "за": true, "для": true, "от": true, "не": true, "что": true,
	"как": true, "это": true, "до": true, "при": true, "после": true,
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
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
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
		_, sz := decodeRune(b[i:])
		i += sz
	}
	return b[:i]
}
