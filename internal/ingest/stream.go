package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"

	"github.com/newsbot/newsbot/internal/news"
)

// Reading a large feed. gofeed turns a whole document into structs at
// once, and a feed of 100 000 items made that several hundred megabytes:
// the items as gofeed reads them, then every article, before the first was
// stored. A feed with more than defaultItemChunk items is therefore cut
// into its items by one pass of a small tokenizer, and gofeed reads them a
// chunk at a time, each chunk wrapped in the feed's own head and tail so
// that it parses exactly as it does in the whole document. A first pass
// keeps a few keys per item (links, GUID, date, a hash of its bytes),
// reading the items without their text (title, description, content and
// the like: see textElement), which the keys do not need and which was
// most of what gofeed decoded; an item without a link is read whole, as
// its keys come from its text. From those keys the poller decides, as for
// a small feed, which items to read: unseen ones, repeats dropped, the
// newest poll.max_items. A second pass parses only those, whole, a chunk
// at a time, and hands each chunk to analysis and the writer. So memory
// holds the document, the keys, and one chunk of items.

// defaultItemChunk is how many items of a large feed gofeed parses at a time.
const defaultItemChunk = 500

// itemCut is a feed document cut into its top-level items.
type itemCut struct {
	data []byte
	// head runs from the start of the document to the first item; tail
	// from the end of the last item to the end.
	head, tail []byte
	items      []span
	// text holds the spans of the items' text elements, which the first
	// pass leaves out (see textElement); those of item i are
	// text[textFrom[i]:textFrom[i+1]].
	text     []span
	textFrom []int32
}

// textElement reports whether an item's child element carries its text,
// media or credits, none of which the keys of the first pass are made from
// (links, GUID, dates): RSS title, description, content:encoded, author,
// dc:creator, category, comments and enclosure; Atom title, content,
// summary, author and category; Yandex's full-text; media:content,
// media:thumbnail and media:group. An Atom source, which holds links and
// dates of its own, stays.
func textElement(local []byte) bool {
	switch string(local) {
	case "title", "description", "encoded", "content", "summary", "full-text",
		"author", "creator", "category", "comments", "enclosure", "thumbnail", "group":
		return true
	}
	return false
}

// span is a byte range [start, end) of the document.
type span struct{ start, end int }

// cutItems cuts an RSS, RDF or Atom document in UTF-8 into its items, when
// it holds more than chunk of them. It returns false, and the document is
// then read whole, for fewer items, for JSON, for XML that does not
// tokenize, and for a document whose items are not one run of siblings of
// the root or channel (anything else between them would be left out of a
// chunk).
//
// The document is tokenized here rather than by encoding/xml, which
// allocated for every token and was a quarter of a huge feed's first pass:
// only tags, comments, CDATA sections, processing instructions and
// directives are told apart, and anything this does not read as
// well-formed markup makes the document read whole. Should it let through
// something gofeed cannot parse, a chunk fails and the document is read
// whole all the same (readCut).
func cutItems(data []byte, chunk int) (*itemCut, bool) {
	// A cheap upper bound spares small feeds the tokenizer pass.
	if bytes.Count(data, []byte("<item"))+bytes.Count(data, []byte("<entry")) <= chunk {
		return nil, false
	}
	if !xmlChars(data) {
		return nil, false
	}
	s := newCutState()
	for i := 0; i < len(data); {
		lt := bytes.IndexByte(data[i:], '<')
		if lt != 0 {
			if lt < 0 {
				lt = len(data) - i
				if bytes.IndexByte(data[i:], '&') >= 0 { // a reference the document ends in
					return nil, false
				}
			}
			if bytes.Contains(data[i:i+lt], []byte("]]>")) { // not allowed in text
				return nil, false
			}
			s.charData(data[i : i+lt])
			i += lt
			continue
		}
		rest := data[i:]
		var n int
		switch {
		case bytes.HasPrefix(rest, []byte("<!--")):
			// "--" may only end a comment.
			if n = bytes.Index(rest[4:], []byte("-->")); n < 0 || bytes.Contains(rest[4:4+n], []byte("--")) || bytes.HasSuffix(rest[4:4+n], []byte("-")) {
				return nil, false
			}
			n += 4 + 3
		case bytes.HasPrefix(rest, []byte("<![CDATA[")):
			if n = bytes.Index(rest[9:], []byte("]]>")); n < 0 {
				return nil, false
			}
			s.charData(rest[9 : 9+n])
			n += 9 + 3
		case bytes.HasPrefix(rest, []byte("<?")):
			k := nameLen(rest[2:])
			if n = bytes.Index(rest[2:], []byte("?>")); n < 0 || k == 0 || k > n {
				return nil, false
			}
			n += 2 + 2
			if string(rest[2:2+k]) == "xml" && !plainDeclaration(rest[:n]) {
				return nil, false
			}
		case bytes.HasPrefix(rest, []byte("<!")):
			// A document type, before the root; anything else is odd
			// enough to read the document whole.
			if n = directiveLen(rest); n < 0 || nameLen(rest[2:]) == 0 || len(s.open) > 0 || len(s.items) > 0 {
				return nil, false
			}
		case bytes.HasPrefix(rest, []byte("</")):
			if n = bytes.IndexByte(rest, '>'); n < 0 {
				return nil, false
			}
			name := bytes.TrimRight(rest[2:n], " \t\r\n")
			n++
			if len(name) == 0 || nameLen(name) != len(name) || !s.end(localName(name), i+n) {
				return nil, false
			}
		default:
			var name []byte
			var empty bool
			if name, n, empty = startTag(rest); n < 0 || !s.start(localName(name), i) || (empty && !s.end(localName(name), i+n)) {
				return nil, false
			}
		}
		i += n
	}
	return s.finish(data, chunk)
}

// cutState follows a document's elements, as cutItems reads them, and
// notes its items and their text elements.
type cutState struct {
	open      []string // elements open outside items
	items     []span
	itemDepth int  // depth of the items' parent, once one was seen; else -1
	inItem    int  // depth inside the current item; 0 outside
	itemStart int  // offset of the current item
	between   bool // something other than space after the last item
	text      []span
	textFrom  []int32
	textStart int // start of the item's text element being read; else -1
}

func newCutState() *cutState { return &cutState{itemDepth: -1, textStart: -1} }

// start sees an element start at off; false: the document is not cut.
func (s *cutState) start(local []byte, off int) bool {
	if s.inItem > 0 {
		if s.inItem++; s.inItem == 2 && textElement(local) {
			s.textStart = off
		}
		return true
	}
	if isItem(local) && len(s.open) > 0 && itemParent(s.open) {
		if (s.itemDepth >= 0 && s.itemDepth != len(s.open)) || s.between {
			return false
		}
		s.itemDepth, s.inItem, s.itemStart = len(s.open), 1, off
		s.textFrom = append(s.textFrom, int32(len(s.text)))
		return true
	}
	if len(s.open) == 0 && !feedRoot(local) {
		return false
	}
	if len(s.items) > 0 {
		s.between = true
	}
	s.open = append(s.open, string(local))
	return true
}

// end sees an element end just before off; false: the document is not cut.
func (s *cutState) end(local []byte, off int) bool {
	if s.inItem > 0 {
		if s.inItem == 2 && s.textStart >= 0 {
			s.text = append(s.text, span{s.textStart, off})
			s.textStart = -1
		}
		if s.inItem--; s.inItem == 0 {
			s.items = append(s.items, span{s.itemStart, off})
		}
		return true
	}
	if len(s.open) == 0 || s.open[len(s.open)-1] != string(local) {
		return false
	}
	s.open = s.open[:len(s.open)-1]
	if len(s.items) > 0 && len(s.open) < s.itemDepth {
		s.between = true // the items' parent closed
	}
	return true
}

// charData sees text (or a CDATA section's content).
func (s *cutState) charData(t []byte) {
	if s.inItem == 0 && len(s.items) > 0 && len(bytes.TrimSpace(t)) > 0 {
		s.between = true
	}
}

func (s *cutState) finish(data []byte, chunk int) (*itemCut, bool) {
	if s.inItem > 0 || len(s.open) > 0 || len(s.items) <= chunk {
		return nil, false
	}
	return &itemCut{
		data:     data,
		head:     data[:s.items[0].start],
		tail:     data[s.items[len(s.items)-1].end:],
		items:    s.items,
		text:     s.text,
		textFrom: append(s.textFrom, int32(len(s.text))),
	}, true
}

// startTag reads the start tag at the beginning of b: its name, its
// length, and whether it is an empty-element tag (<x/>). The length is -1
// when b does not begin with a well-formed start tag; attributes without a
// quoted value, which encoding/xml lets through unless strict, count as
// malformed here.
func startTag(b []byte) (name []byte, n int, empty bool) {
	k := nameLen(b[1:])
	if k == 0 {
		return nil, -1, false
	}
	name = b[1 : 1+k]
	i := 1 + k
	for {
		spaced := false
		for i < len(b) && isXMLSpace(b[i]) {
			i, spaced = i+1, true
		}
		switch {
		case i >= len(b):
			return nil, -1, false
		case b[i] == '>':
			return name, i + 1, false
		case b[i] == '/':
			if i+1 < len(b) && b[i+1] == '>' {
				return name, i + 2, true
			}
			return nil, -1, false
		case !spaced:
			return nil, -1, false
		}
		// An attribute: name = "value" or 'value'.
		a := nameLen(b[i:])
		if a == 0 {
			return nil, -1, false
		}
		for i += a; i < len(b) && isXMLSpace(b[i]); i++ {
		}
		if i >= len(b) || b[i] != '=' {
			return nil, -1, false
		}
		for i++; i < len(b) && isXMLSpace(b[i]); i++ {
		}
		if i >= len(b) || (b[i] != '"' && b[i] != '\'') {
			return nil, -1, false
		}
		q := bytes.IndexByte(b[i+1:], b[i])
		if q < 0 || bytes.IndexByte(b[i+1:i+1+q], '<') >= 0 {
			return nil, -1, false
		}
		i += 1 + q + 1
	}
}

// directiveLen is the length of the directive (<!DOCTYPE …>, with an
// internal subset in brackets) at the beginning of b, or -1. One that holds
// a comment is not read (-1).
func directiveLen(b []byte) int {
	depth := 0
	for i := 2; i < len(b); i++ {
		switch c := b[i]; c {
		case '"', '\'':
			q := bytes.IndexByte(b[i+1:], c)
			if q < 0 {
				return -1
			}
			i += 1 + q
		case '<':
			if bytes.HasPrefix(b[i:], []byte("<!--")) {
				return -1
			}
			depth++
		case '>':
			if depth == 0 {
				return i + 1
			}
			depth--
		}
	}
	return -1
}

// nameLen is the length of the XML name at the beginning of b (0: none),
// read as encoding/xml reads one, but for names in ASCII only: a name
// with other letters is rare enough in a feed to make it read whole.
func nameLen(b []byte) int {
	if len(b) == 0 || !(b[0] == '_' || b[0] == ':' || 'a' <= b[0]|0x20 && b[0]|0x20 <= 'z') {
		return 0
	}
	n := 1
	for n < len(b) {
		c := b[n]
		if !(c == '_' || c == ':' || c == '.' || c == '-' || '0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'z') {
			break
		}
		n++
	}
	return n
}

// localName is a name without its namespace prefix, as encoding/xml splits
// it: at its one colon, when there is text on both sides.
func localName(name []byte) []byte {
	if i := bytes.IndexByte(name, ':'); i > 0 && i < len(name)-1 && bytes.IndexByte(name[i+1:], ':') < 0 {
		return name[i+1:]
	}
	return name
}

// plainDeclaration reports whether an XML declaration names no version
// but 1.0 and no encoding but UTF-8, the only ones encoding/xml reads
// without help (toUTF8 has rewritten the others).
func plainDeclaration(decl []byte) bool {
	if m := versionRE.FindSubmatch(decl); m != nil && string(m[1]) != "1.0" {
		return false
	}
	m := encodingRE.FindSubmatch(decl)
	return m == nil || strings.EqualFold(string(m[1]), "utf-8")
}

var versionRE = regexp.MustCompile(`version\s*=\s*["']([^"']*)["']`)

// xmlChars reports whether every character of b may appear in XML: UTF-8,
// no control character but tab and line ends, no U+FFFE or U+FFFF.
// encoding/xml rejects a document with others in its text or attributes.
func xmlChars(b []byte) bool {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
				return false
			}
			i++
			continue
		}
		r, w := utf8.DecodeRune(b[i:])
		if (r == utf8.RuneError && w == 1) || r == 0xFFFE || r == 0xFFFF {
			return false
		}
		i += w
	}
	return true
}

func isXMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

func isItem(name []byte) bool { return string(name) == "item" || string(name) == "entry" }

func feedRoot(name []byte) bool {
	return string(name) == "rss" || string(name) == "feed" || string(name) == "RDF"
}

// itemParent reports whether an item inside the open elements is a feed
// item: a child of the root or of an RSS channel.
func itemParent(open []string) bool {
	return len(open) == 1 || (len(open) == 2 && open[1] == "channel")
}

// parse reads the items at the given indexes, in that order, as gofeed
// reads them in the whole document. With keysOnly, the items are read
// without their text elements: the first pass keeps no text, and the
// second, which makes the articles, reads the items whole. It fails when
// gofeed does, or reads another number of items than it was given.
func (c *itemCut) parse(indexes []int, keysOnly bool) (*gofeed.Feed, error) {
	size := len(c.head) + len(c.tail)
	for _, i := range indexes {
		size += c.items[i].end - c.items[i].start + 1
	}
	doc := make([]byte, 0, size)
	doc = append(doc, c.head...)
	for _, i := range indexes {
		from := c.items[i].start
		if keysOnly {
			for _, t := range c.text[c.textFrom[i]:c.textFrom[i+1]] {
				doc = append(doc, c.data[from:t.start]...)
				from = t.end
			}
		}
		doc = append(doc, c.data[from:c.items[i].end]...)
		doc = append(doc, '\n')
	}
	doc = append(doc, c.tail...)
	pf, err := newFeedParser().Parse(bytes.NewReader(doc))
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	if len(pf.Items) != len(indexes) {
		return nil, fmt.Errorf("parse: %d items read from a chunk of %d", len(pf.Items), len(indexes))
	}
	return pf, nil
}

// cutScan is what the first pass over a cut feed keeps of each item.
type cutScan struct {
	norm *normalizer
	seen []seenKey
	// usable marks the items with a title, link or text; keys and dates
	// are set for those.
	usable []bool
	keys   []itemKey
	dates  []dateKey
}

// scanCut is the first pass: every item is parsed without its text, a
// chunk at a time, and only its keys are kept; an item without a link is
// parsed again whole, as its keys come from its text. It fails, before
// anything is stored, when a chunk does not parse; the caller then reads
// the feed whole.
func (p *Poller) scanCut(c *itemCut, f news.Feed, feedURL string) (*cutScan, error) {
	n := len(c.items)
	s := &cutScan{seen: make([]seenKey, n), usable: make([]bool, n), keys: make([]itemKey, n), dates: make([]dateKey, n)}
	idx := make([]int, 0, p.itemChunk)
	for from := 0; from < n; from += p.itemChunk {
		idx = idx[:0]
		for i := from; i < min(from+p.itemChunk, n); i++ {
			idx = append(idx, i)
		}
		pf, err := c.parse(idx, true)
		if err != nil {
			return nil, err
		}
		p.parsed(len(pf.Items))
		if s.norm == nil {
			s.norm = newNormalizer(f, pf, feedURL, p.now())
		}
		var linkless []int
		for k, it := range pf.Items {
			i := from + k
			if it == nil {
				continue
			}
			// The item as served, byte for byte, rather than itemHash of
			// fields that were left out here.
			s.seen[i] = seenKey{item: bytesHash(c.data[c.items[i].start:c.items[i].end]), link: linkHash(it), guid: guidHash(it)}
			link, anchored := itemLink(it, s.norm.base)
			if link == "" {
				linkless = append(linkless, i)
				continue
			}
			s.keys[i], s.dates[i] = linkedKeys(it, link, anchored, s.norm.now)
			s.usable[i] = true
		}
		if len(linkless) == 0 {
			continue
		}
		pf, err = c.parse(linkless, false)
		if err != nil {
			return nil, err
		}
		p.parsed(len(pf.Items))
		for k, it := range pf.Items {
			if it != nil {
				i := linkless[k]
				s.keys[i], s.dates[i], s.usable[i] = scanItem(it, s.norm.base, s.norm.now)
			}
		}
	}
	return s, nil
}

// scanItem returns an item's keys and date as normalizeItem makes them,
// and false for an item normalizeItem drops. An item with a link needs
// neither its text nor its content hash for that, which spares the first
// pass most of normalising it.
func scanItem(it *gofeed.Item, base *url.URL, now time.Time) (itemKey, dateKey, bool) {
	link, anchored := itemLink(it, base)
	if link == "" {
		a, anchored, ok := normalizeItem(it, base, now, false) // the image is not a key
		if !ok {
			return itemKey{}, dateKey{}, false
		}
		return itemKey{url: a.URL, anchored: anchored, guid: a.GUID}, dateKey{undated: a.Undated, published: a.PublishedAt.UnixNano()}, true
	}
	key, date := linkedKeys(it, link, anchored, now)
	return key, date, true
}

// linkedKeys is scanItem for an item with a link, given as itemLink
// returns it.
func linkedKeys(it *gofeed.Item, link, anchored string, now time.Time) (itemKey, dateKey) {
	guid := strings.TrimSpace(it.GUID)
	if guid == "" {
		guid = anchored
	}
	date := dateKey{undated: true, published: now.UnixNano()}
	if t, ok := itemPublished(it, now); ok {
		date = dateKey{published: t.UnixNano()}
	}
	return itemKey{url: link, anchored: anchored, guid: guid}, date
}

// readCut stores a feed cut into items as fetchAndStore stores a small
// one, but holding one chunk of items at a time: see the top of this file.
// It returns errNotCut, having stored nothing, when the feed must be read
// whole after all.
func (p *Poller) readCut(ctx context.Context, f *news.Feed, c *itemCut, feedURL string) (r readResult, err error) {
	s, err := p.scanCut(c, *f, feedURL)
	if err != nil {
		return r, fmt.Errorf("%w: %w", errNotCut, err)
	}
	fresh, remember := p.seen.filter(f.ID, s.seen)
	r.remember = remember
	s.seen = nil

	// The unseen, usable items in feed order, under the feed-wide rules.
	var unseen, candidates []int
	for i := range c.items {
		if fresh == nil || fresh[i] {
			unseen = append(unseen, i)
			if s.usable[i] {
				candidates = append(candidates, i)
			}
		}
	}
	if len(candidates) == 0 && len(unseen) > 0 {
		return r, errNoUsableItems
	}
	keys := make([]itemKey, len(candidates))
	for k, i := range candidates {
		keys[k] = s.keys[i]
	}
	kept := candidates[:0]
	for k, ok := range settleKeys(keys) {
		if ok {
			i := candidates[k]
			kept = append(kept, i)
			s.keys[i] = keys[k] // links and GUIDs as the rules left them
		}
	}

	// The newest poll.max_items, read in feed order.
	if len(kept) > p.cfg.MaxItems {
		dates := make([]dateKey, len(kept))
		for k, i := range kept {
			dates[k] = s.dates[i]
		}
		keep := make([]bool, len(c.items))
		for _, k := range newestFirst(dates)[:p.cfg.MaxItems] {
			keep[kept[k]] = true
		}
		r.skipped = len(kept) - p.cfg.MaxItems
		kept = kept[:0]
		for i, ok := range keep {
			if ok {
				kept = append(kept, i)
			}
		}
	}
	undated := false
	for _, i := range kept {
		undated = undated || s.dates[i].undated
	}
	read := true
	if undated {
		if read, err = p.feedRead(ctx, *f); err != nil {
			return r, err
		}
	}

	next := func() ([]news.Article, error) {
		for len(kept) > 0 {
			idx := kept[:min(p.itemChunk, len(kept))]
			kept = kept[len(idx):]
			pf, err := c.parse(idx, false)
			if err != nil {
				return nil, err
			}
			p.parsed(len(pf.Items))
			arts := make([]news.Article, 0, len(idx))
			for k, it := range pf.Items {
				a, _, ok := s.norm.item(it)
				if !ok {
					continue
				}
				key := s.keys[idx[k]]
				a.URL, a.GUID = key.url, key.guid
				a.BackCatalogue = a.Undated && !read
				arts = append(arts, a)
			}
			arts, err = p.selectFresh(ctx, arts)
			if err != nil {
				return nil, err
			}
			if len(arts) > 0 {
				return arts, nil
			}
		}
		return nil, nil
	}
	r.added, r.updated, err = p.enrichAndSave(ctx, f, next)
	return r, err
}

// readResult is what reading and storing a feed's items came to.
type readResult struct {
	added, updated, skipped int
	repaired                *RepairedError
	// remember records the items read as seen, once they are stored.
	remember func()
}

// errNotCut says a feed cut into items must be read whole after all.
var errNotCut = errors.New("feed cannot be read a chunk at a time")

var errNoUsableItems = errors.New("no usable items: every item lacks a title, link and text")

// parsed reports, to a test watching, how many items gofeed just read.
func (p *Poller) parsed(items int) {
	if p.onParse != nil {
		p.onParse(items)
	}
}
