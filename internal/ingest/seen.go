package ingest

import (
	"hash/fnv"
	"sync"

	"github.com/mmcdole/gofeed"
)

// seenItems remembers, per feed, a hash of each item as the feed served it
// at its last successful poll. In the steady state a feed lists twenty
// items of which one is new: the other nineteen are byte for byte what was
// stored last time, so normalising them again and asking the store about
// them would only find them unchanged. That was most of a steady-state
// poll's CPU. The memory is a few bytes per item; after a restart the first
// poll of each feed reads everything, as before.
type seenItems struct {
	mu    sync.Mutex
	feeds map[int64]map[uint64]struct{}
}

// itemHash covers every field an article is made from and that decides
// whether it is new or changed.
func itemHash(it *gofeed.Item) uint64 {
	h := fnv.New64a()
	for _, s := range []string{it.GUID, it.Link, it.Title, it.Description, it.Content, it.Published, it.Updated} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	for _, l := range it.Links {
		h.Write([]byte(l))
		h.Write([]byte{1})
	}
	for _, prefix := range []string{"yandex", "ya"} {
		for _, v := range extValues(it.Extensions, prefix, "full-text") {
			h.Write([]byte(v))
			h.Write([]byte{2})
		}
	}
	return h.Sum64()
}

// seenKey is what seenItems looks at in an item: the hash of its content
// and hashes of its link and GUID as served. A collision of the latter
// only makes the filter step aside and read everything.
type seenKey struct{ item, link, guid uint64 }

func newSeenKey(it *gofeed.Item) seenKey {
	return seenKey{item: itemHash(it), link: linkHash(it), guid: guidHash(it)}
}

func linkHash(it *gofeed.Item) uint64 { return stringHash("l" + it.Link) }
func guidHash(it *gofeed.Item) uint64 { return stringHash("g" + it.GUID) }

func stringHash(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// bytesHash is the item hash of a feed read a chunk at a time: the hash of
// the item's bytes as served. A feed that moves between whole and chunked
// reading finds no item known once, and reads them all that poll.
func bytesHash(b []byte) uint64 {
	h := fnv.New64a()
	h.Write(b)
	return h.Sum64()
}

// unseen returns pf with only the items that differ from the feed's last
// successful poll, and a function that records pf's items as seen, to call
// once what was read is safely stored.
func (s *seenItems) unseen(feedID int64, pf *gofeed.Feed) (*gofeed.Feed, func()) {
	keys := make([]seenKey, len(pf.Items))
	for i, it := range pf.Items {
		keys[i] = newSeenKey(it)
	}
	fresh, remember := s.filter(feedID, keys)
	if fresh == nil {
		return pf, remember
	}
	var items []*gofeed.Item
	for i, it := range pf.Items {
		if fresh[i] {
			items = append(items, it)
		}
	}
	out := *pf
	out.Items = items
	return &out, remember
}

// filter reports which of a feed's items, by their keys, differ from its
// last successful poll (nil when all are to be read), and returns a
// function that records the keys as seen, to call once what was read is
// safely stored. Should a new item share its link or GUID with a known
// one, nothing is left out: normalisation tells such items apart, or drops
// the repeat, by looking at them together.
func (s *seenItems) filter(feedID int64, keys []seenKey) ([]bool, func()) {
	remember := func() {
		set := make(map[uint64]struct{}, len(keys))
		for _, k := range keys {
			set[k.item] = struct{}{}
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.feeds == nil {
			s.feeds = make(map[int64]map[uint64]struct{})
		}
		s.feeds[feedID] = set
	}
	s.mu.Lock()
	known := s.feeds[feedID]
	s.mu.Unlock()
	if len(known) == 0 || feedID == 0 {
		return nil, remember
	}
	fresh := make([]bool, len(keys))
	knownKeys := map[uint64]bool{}
	for i, k := range keys {
		if _, ok := known[k.item]; ok {
			knownKeys[k.link] = true
			knownKeys[k.guid] = true
		} else {
			fresh[i] = true
		}
	}
	for i, k := range keys {
		// An empty GUID is no identity: only a link may collide then.
		if fresh[i] && (knownKeys[k.link] || (k.guid != emptyGUID && knownKeys[k.guid])) {
			return nil, remember
		}
	}
	return fresh, remember
}

// emptyGUID is the seenKey.guid of an item without a GUID.
var emptyGUID = stringHash("g")
