package render

import (
	"slices"
	"sync"
	"time"

	"github.com/newsbot/newsbot/internal/i18n"
	"github.com/newsbot/newsbot/internal/news"
)

// DigestCache renders digests exactly as Digest does, but renders each
// story once per language and flag setting and reuses that for every digest
// showing it: a scheduling round renders the digests of many subscribers from
// the same few thousand stories. A kept rendering is reused only for a story
// equal in every field a digest shows, so the output is always Digest's.
//
// A DigestCache is safe for concurrent use. It keeps every story it has
// seen, so use one per batch of digests built together, such as one
// scheduling round, and drop it afterwards.
type DigestCache struct {
	items sync.Map // itemKey → *cachedItem
}

type itemKey struct {
	id    int64
	lang  i18n.Lang
	flags bool
}

type cachedItem struct {
	story news.Story
	text  string // storyItem without a number
}

// NewDigestCache returns an empty cache.
func NewDigestCache() *DigestCache { return &DigestCache{} }

// Digest renders d as Digest(d, loc) does.
func (c *DigestCache) Digest(d news.Digest, loc *time.Location) []string {
	return digest(d, loc, c.item)
}

func (c *DigestCache) item(s news.Story, p phrases, number string, withFlags bool) string {
	key := itemKey{id: s.ID, lang: p.lang, flags: withFlags}
	var text string
	if v, ok := c.items.Load(key); ok && sameShown(v.(*cachedItem).story, s) {
		text = v.(*cachedItem).text
	} else {
		text = storyItem(s, p, "", withFlags)
		if !ok {
			c.items.Store(key, &cachedItem{story: s, text: text})
		}
	}
	if number == "" {
		return text
	}
	return number + " " + text
}

// sameShown reports whether a and b render alike: they agree on every field
// storyItem reads. Strings shared by both compare by pointer, so a hit
// costs little.
func sameShown(a, b news.Story) bool {
	return a.Title == b.Title && a.URL == b.URL && a.Source == b.Source &&
		a.Summary == b.Summary && a.Body == b.Body &&
		slices.Equal(a.Countries, b.Countries) && slices.Equal(a.Quotes, b.Quotes) &&
		slices.Equal(a.Also, b.Also)
}
