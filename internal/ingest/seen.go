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

// unseen returns pf with only the items that differ from the feed's last
// successful poll, and a function that records pf's items as seen, to call
// once what was read is safely stored. Should a new item share its link or
// GUID with a known one, nothing is left out: normalisation tells such items
// apart, or drops the repeat, by looking at them together.
func (s *seenItems) unseen(feedID int64, pf *gofeed.Feed) (*gofeed.Feed, func()) {
	hashes := make([]uint64, len(pf.Items))
	for i, it := range pf.Items {
		hashes[i] = itemHash(it)
	}
	remember := func() {
		set := make(map[uint64]struct{}, len(hashes))
		for _, h := range hashes {
			set[h] = struct{}{}
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
		return pf, remember
	}
	var fresh []*gofeed.Item
	knownKeys := map[string]bool{}
	for i, it := range pf.Items {
		if _, ok := known[hashes[i]]; ok {
			knownKeys["l"+it.Link] = true
			knownKeys["g"+it.GUID] = true
		} else {
			fresh = append(fresh, it)
		}
	}
	for _, it := range fresh {
		if knownKeys["l"+it.Link] || (it.GUID != "" && knownKeys["g"+it.GUID]) {
			return pf, remember
		}
	}
	out := *pf
	out.Items = fresh
	return &out, remember
}
