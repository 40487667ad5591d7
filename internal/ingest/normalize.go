package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"html"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	ext "github.com/mmcdole/gofeed/extensions"

	"github.com/newsbot/newsbot/internal/news"
)

// Normalize turns the items of pf, fetched from feed f (at feedURL, after
// redirects) at time now, into articles: absolute canonical links, clean
// titles and bodies, a language, UTC times and a content hash. Items with
// neither title, link nor text are dropped; a GUID repeated within the feed
// keeps its first item unless the repeats point elsewhere.
func Normalize(f news.Feed, pf *gofeed.Feed, feedURL string, now time.Time) []news.Article {
	n := newNormalizer(f, pf, feedURL, now)
	items := make([]news.Article, 0, len(pf.Items))
	keys := make([]itemKey, 0, len(pf.Items))
	for _, it := range pf.Items {
		a, withFragment, ok := n.item(it)
		if !ok {
			continue
		}
		items = append(items, a)
		keys = append(keys, itemKey{url: a.URL, anchored: withFragment, guid: a.GUID})
	}
	keep := settleKeys(keys)
	out := items[:0]
	for i, a := range items {
		if keep[i] {
			a.URL, a.GUID = keys[i].url, keys[i].guid
			out = append(out, a)
		}
	}
	return out
}

// normalizer holds what every item of one feed is normalised against.
type normalizer struct {
	feedID       int64
	base         *url.URL
	source, lang string
	country      string // the feed's country hint, for the analysis
	learned      string // the feed's learned country, for the analysis
	now          time.Time
	// markupImage: an image in an item's HTML ranks where gofeed ranks
	// it for RSS (see media).
	markupImage bool
}

// newNormalizer reads the feed-level context (base link, outlet name,
// language) of pf, fetched from feed f at feedURL at time now.
func newNormalizer(f news.Feed, pf *gofeed.Feed, feedURL string, now time.Time) *normalizer {
	now = now.UTC()
	base, _ := url.Parse(feedURL)
	if base == nil || !base.IsAbs() {
		base, _ = url.Parse(f.URL)
	}
	if link := resolve(base, pf.Link); link != "" {
		if u, err := url.Parse(link); err == nil && u.IsAbs() && u.Host != "" {
			base = u
		}
	}
	source := f.Name
	if source == "" && base != nil {
		source = outletName(pf.Title, base.Hostname())
	}
	feedLang := langTag(f.Lang)
	if feedLang == "" {
		feedLang = langTag(pf.Language)
	}
	return &normalizer{feedID: f.ID, base: base, source: source, lang: feedLang, country: f.Country, learned: f.LearnedCountry, now: now, markupImage: pf.FeedType == "rss"}
}

// item normalises one item as Normalize does, before the feed-wide rules
// of settleKeys; it also returns the link with its fragment kept.
func (n *normalizer) item(it *gofeed.Item) (news.Article, string, bool) {
	if it == nil {
		return news.Article{}, "", false
	}
	a, withFragment, ok := normalizeItem(it, n.base, n.now, n.markupImage)
	if !ok {
		return a, "", false
	}
	a.FeedID = n.feedID
	a.Source = n.source
	a.FeedCountry = n.country
	a.FeedLearnedCountry = n.learned
	a.Lang = n.lang
	if a.Lang == "" {
		a.Lang = detectLang(a.Title + " " + a.Body)
	}
	return a, withFragment, true
}

// itemKey is what the feed-wide rules look at in an item: its canonical
// link, that link with its fragment, and its GUID.
type itemKey struct{ url, anchored, guid string }

// settleKeys applies the feed-wide rules to the keys of a feed's items, in
// feed order, and reports which items stay. Links that differ only by
// fragment within one feed get their fragments back: such a feed (a
// newsletter, a linkblog) uses anchors on one page as separate entries,
// which must not collapse into one. Then a GUID repeated within the feed
// keeps its first item, unless the repeat points elsewhere: the feed
// reuses one GUID for different links, which are then keyed by link.
func settleKeys(keys []itemKey) []bool {
	variants := make(map[string]map[string]bool)
	for _, k := range keys {
		if k.url == "" || k.anchored == k.url {
			continue
		}
		if variants[k.url] == nil {
			variants[k.url] = make(map[string]bool)
		}
		variants[k.url][k.anchored] = true
	}
	for i, k := range keys {
		if len(variants[k.url]) > 1 {
			keys[i].url = k.anchored
		}
	}

	keep := make([]bool, len(keys))
	seenGUID := make(map[string]int, len(keys))
	for i := range keys {
		k := &keys[i]
		if first, dup := seenGUID[k.guid]; dup {
			if k.url == "" || k.url == keys[first].url {
				continue
			}
			k.guid = k.url
			if _, dup := seenGUID[k.guid]; dup {
				continue
			}
		}
		seenGUID[k.guid] = i
		keep[i] = true
	}
	return keep
}

// normalizeItem returns the article and its link with the fragment kept.
// With markupImage, the first image in the item's content or description
// ranks where gofeed's RSS translator puts it, as the item's own image
// (ahead of thumbnails); else, and for one only in a full-text extension,
// it is the last resort.
func normalizeItem(it *gofeed.Item, base *url.URL, now time.Time, markupImage bool) (news.Article, string, bool) {
	var a news.Article
	var withFragment string
	a.URL, withFragment = itemLink(it, base)
	title, _ := htmlText(it.Title)
	a.Title = oneLine(title)

	body, img, inMarkup := bestBody(it)
	a.Body = body
	if a.Title == "" && a.URL == "" && a.Body == "" {
		return a, "", false
	}
	if a.Title == "" {
		a.Title = titleFromBody(a.Body)
	}

	a.GUID = strings.TrimSpace(it.GUID)
	if a.GUID == "" {
		a.GUID = withFragment
	}
	a.ContentHash = ContentHash(a.Title, a.Body)
	if a.GUID == "" {
		a.GUID = "hash:" + a.ContentHash
	}

	if t, ok := itemPublished(it, now); ok {
		a.PublishedAt = t
	} else {
		// Ordered by when it was first seen; the poller decides whether
		// that makes it news or back catalogue.
		a.PublishedAt, a.Undated = now, true
	}
	a.FetchedAt, a.UpdatedAt = now, now
	a.Author = author(it)
	a.Categories = categories(it.Categories)
	itemImage := ""
	if markupImage && inMarkup {
		itemImage = img
	}
	a.ImageURL, a.Enclosures = media(it, base, itemImage)
	if isTracker(a.ImageURL) {
		a.ImageURL = ""
	}
	if a.ImageURL == "" && img != "" && !isTracker(img) {
		a.ImageURL = resolve(base, img)
	}
	a.FullTextStatus = "feed"
	return a, withFragment, true
}

// itemLink returns an item's canonical link, and the same link with its
// fragment kept.
func itemLink(it *gofeed.Item, base *url.URL) (canonical, anchored string) {
	link := resolve(base, firstNonEmpty(it.Link, firstOf(it.Links)))
	return CanonicalURL(link), canonicalURL(link, true)
}

// bestBody picks the longest text among content, description and known
// full-text extensions, with the first image found in their markup;
// inMarkup says that image was in the content or description.
func bestBody(it *gofeed.Item) (body, img string, inMarkup bool) {
	candidates := []string{it.Content, it.Description}
	for _, prefix := range []string{"yandex", "ya"} {
		candidates = append(candidates, extValues(it.Extensions, prefix, "full-text")...)
	}
	for k, c := range candidates {
		if strings.TrimSpace(c) == "" {
			continue
		}
		t, i := htmlText(c)
		if img == "" && i != "" {
			img, inMarkup = i, k < 2
		}
		if len(t) > len(body) {
			body = t
		}
	}
	return body, img, inMarkup
}

func extValues(e ext.Extensions, prefix, name string) []string {
	var out []string
	for _, x := range e[prefix][name] {
		out = append(out, x.Value)
	}
	return out
}

// titleFromBody makes a title for an untitled item from its first words.
func titleFromBody(body string) string {
	line, _, _ := strings.Cut(body, "\n")
	line = oneLine(line)
	const maxRunes = 100
	if utf8.RuneCountInString(line) <= maxRunes {
		return line
	}
	r := []rune(line)[:maxRunes]
	if i := strings.LastIndexFunc(string(r), unicode.IsSpace); i > maxRunes/2 {
		return strings.TrimRight(string(r)[:i], " ,;:-") + "…"
	}
	return string(r) + "…"
}

func author(it *gofeed.Item) string {
	for _, p := range it.Authors {
		if p == nil {
			continue
		}
		if n := oneLine(firstNonEmpty(p.Name, p.Email)); n != "" {
			return n
		}
	}
	if it.DublinCoreExt != nil {
		for _, c := range it.DublinCoreExt.Creator {
			if n := oneLine(c); n != "" {
				return n
			}
		}
	}
	return ""
}

func categories(in []string) []string {
	var out []string
	for _, c := range in {
		c = oneLine(c)
		if c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// media returns the item's lead image and the URLs of its attachments.
// markupImage is the first image of the item's HTML when it ranks as the
// item's own image: gofeed's RSS translator once set it.Image to it,
// after its iTunes, media:content and enclosure images, but feeds are
// parsed without that scan (an HTML parse of every item, beside the one
// htmlText makes), so it comes in here instead.
func media(it *gofeed.Item, base *url.URL, markupImage string) (image string, enclosures []string) {
	add := func(u string) {
		if u = resolve(base, u); u != "" && !slices.Contains(enclosures, u) {
			enclosures = append(enclosures, u)
		}
	}
	if it.Image != nil {
		image = resolve(base, it.Image.URL)
	} else if markupImage != "" {
		image = resolve(base, markupImage)
	}
	for _, e := range it.Enclosures {
		if e == nil || e.URL == "" {
			continue
		}
		add(e.URL)
		if image == "" && strings.HasPrefix(e.Type, "image/") {
			image = resolve(base, e.URL)
		}
	}
	var mediaContent []ext.Extension
	mediaContent = append(mediaContent, it.Extensions["media"]["content"]...)
	for _, g := range it.Extensions["media"]["group"] {
		mediaContent = append(mediaContent, g.Children["content"]...)
	}
	for _, m := range mediaContent {
		u := m.Attrs["url"]
		if u == "" {
			continue
		}
		add(u)
		if image == "" && (m.Attrs["medium"] == "image" || strings.HasPrefix(m.Attrs["type"], "image/")) {
			image = resolve(base, u)
		}
	}
	if image == "" {
		for _, m := range it.Extensions["media"]["thumbnail"] {
			if u := resolve(base, m.Attrs["url"]); u != "" {
				image = u
				break
			}
		}
	}
	if image == "" {
		for _, u := range enclosures {
			if isImageURL(u) {
				image = u
				break
			}
		}
	}
	return image, enclosures
}

func isImageURL(u string) bool {
	p := strings.ToLower(u)
	if i := strings.IndexAny(p, "?#"); i >= 0 {
		p = p[:i]
	}
	for _, s := range []string{".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"} {
		if strings.HasSuffix(p, s) {
			return true
		}
	}
	return false
}

// resolve makes ref absolute against base; it returns "" for empty or
// unusable references (javascript:, mailto: and the like).
func resolve(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if !u.IsAbs() && u.Host == "" {
		return ""
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	// A private feed's user:password must not travel into links that
	// subscribers see.
	u.User = nil
	return u.String()
}

// trackingParams are query parameters that identify a campaign, not a page.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "yclid": true, "msclkid": true,
	"mc_cid": true, "mc_eid": true, "igshid": true, "_ga": true, "_gl": true,
	"ocid": true, "cmpid": true, "ito": true, "__twitter_impression": true,
}

// CanonicalURL returns u without fragment, credentials, tracking parameters
// (utm_*, at_*, fbclid, gclid …) and default port, with a lower-case host and the
// remaining query sorted. Unparseable input is returned trimmed.
func CanonicalURL(u string) string { return canonicalURL(u, false) }

func canonicalURL(u string, keepFragment bool) string {
	u = strings.TrimSpace(u)
	if u == "" {
		return ""
	}
	p, err := url.Parse(u)
	if err != nil {
		return u
	}
	if !keepFragment {
		p.Fragment, p.RawFragment = "", ""
	}
	p.User = nil
	p.Scheme = strings.ToLower(p.Scheme)
	host := strings.ToLower(p.Host)
	if h, port, ok := strings.Cut(host, ":"); ok && (p.Scheme == "http" && port == "80" || p.Scheme == "https" && port == "443") {
		host = h
	}
	p.Host = host
	if p.Path == "" && p.Host != "" {
		p.Path = "/"
	}
	if p.RawQuery != "" {
		q := p.Query()
		for k := range q {
			lk := strings.ToLower(k)
			if trackingParams[lk] || strings.HasPrefix(lk, "utm_") || strings.HasPrefix(lk, "at_") {
				q.Del(k)
			}
		}
		p.RawQuery = q.Encode()
	}
	return p.String()
}

// ContentHash identifies an article's normalised title and body: case and
// whitespace do not matter. It is "" when both are empty.
//
// The hash is of strings.ToLower(oneLine(title)), a zero byte, and the same
// of body; stored articles keep it, so it must never change. It is made
// in one buffer rather than through those functions, whose word lists and
// copies were half the cost of normalising an item.
func ContentHash(title, body string) string {
	buf := make([]byte, 0, len(title)+len(body)+1)
	buf = appendFolded(buf, title)
	buf = append(buf, 0)
	if buf = appendFolded(buf, body); len(buf) == 1 {
		return ""
	}
	sum := sha256.Sum256(buf)
	return hex.EncodeToString(sum[:16])
}

// appendFolded appends strings.ToLower(oneLine(s)) to dst: the words of s
// (runs of non-space, isSpace) joined by one space, each rune lowered by
// unicode.ToLower, and a byte that is not UTF-8 written as U+FFFD, as
// strings.ToLower writes it.
func appendFolded(dst []byte, s string) []byte {
	words, space := 0, false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf { // ASCII: the common case, without decoding
			i++
			if c == ' ' || c-'\t' <= '\r'-'\t' { // unicode.IsSpace below U+0080
				space = true
				continue
			}
			if space && words > 0 {
				dst = append(dst, ' ')
			}
			space = false
			words++
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		if isSpace(r) {
			space = true
			continue
		}
		if space && words > 0 {
			dst = append(dst, ' ')
		}
		space = false
		words++
		dst = utf8.AppendRune(dst, unicode.ToLower(r)) // RuneError for a bad byte
	}
	return dst
}

// langTag reduces a language tag such as "en-US" to its primary subtag.
func langTag(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return s
}

// detectLang tells Cyrillic from Latin text, which is all newsbot needs:
// "uk" when Ukrainian-only letters appear, "ru" for other Cyrillic, "en"
// for Latin, "und" otherwise.
func detectLang(s string) string {
	var cyr, lat, other, ukr int
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf: // most of a Latin text, and the spaces of any
			if 'a' <= r|0x20 && r|0x20 <= 'z' {
				lat++
			}
		// The Cyrillic block but its two combining marks, without a table
		// lookup: most of a Russian or Ukrainian text.
		case r >= 0x400 && r <= 0x4FF && r != 0x485 && r != 0x486, unicode.Is(unicode.Cyrillic, r):
			cyr++
			switch r {
			case 'і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ':
				ukr++
			}
		case r < 0x250 && unicode.IsLetter(r):
			lat++
		case unicode.IsLetter(r):
			other++
		}
	}
	switch {
	case cyr > lat && cyr > other:
		if ukr*50 > cyr {
			return "uk"
		}
		return "ru"
	case lat > cyr && lat > other:
		return "en"
	}
	return "und"
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

func firstOf(ss []string) string {
	if len(ss) == 0 {
		return ""
	}
	return ss[0]
}

// isTracker reports whether an image URL is a known feed-analytics pixel.
func isTracker(u string) bool {
	for _, s := range []string{"feedburner.com/~", "feedsportal.com", "pheedo.com", "/~ff/", "/~r/"} {
		if strings.Contains(u, s) {
			return true
		}
	}
	return false
}

// outletSeparatorRE splits feed titles such as "World news | The Guardian"
// or "Lenta.ru : Новости" into their parts.
var outletSeparatorRE = regexp.MustCompile(`\s+[-|:–—>»]+\s+|:\s+`)

// genericHostLabels are host labels that name no outlet.
var genericHostLabels = map[string]bool{"www": true, "com": true, "org": true, "net": true, "co": true,
	"news": true, "rss": true, "feeds": true, "feed": true, "m": true, "en": true, "ru": true, "api": true}

// outletName is how an article's outlet is credited when its feed has no
// configured name: the part of the feed's title that names the site (the
// "The Guardian" of "World news | The Guardian"), else a short title as it
// is, else the host.
func outletName(title, host string) string {
	host = strings.TrimPrefix(strings.ToLower(host), "www.")
	title = oneLine(html.UnescapeString(title))
	if title == "" || !utf8.ValidString(title) || strings.ContainsRune(title, utf8.RuneError) {
		return host
	}
	labels := strings.Split(host, ".")
	if len(labels) > 1 {
		labels = labels[:len(labels)-1] // the top-level domain names no one
	}
	for _, part := range outletSeparatorRE.Split(title, -1) {
		p := lettersOnly(part)
		if p == "" {
			continue
		}
		for _, l := range labels {
			l = lettersOnly(l)
			if len(l) < 3 || genericHostLabels[l] {
				continue
			}
			if strings.Contains(p, l) || (len(p) >= 3 && strings.Contains(l, p)) {
				return strings.TrimSpace(part)
			}
		}
	}
	if utf8.RuneCountInString(title) <= 32 {
		return title
	}
	return host
}

// lettersOnly lower-cases s and keeps its letters and digits.
func lettersOnly(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
