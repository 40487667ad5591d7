package deliver

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/newsbot/newsbot/internal/analyze"
	"github.com/newsbot/newsbot/internal/i18n"
	"github.com/newsbot/newsbot/internal/news"
)

// DefaultMaxItems is the most stories a digest holds unless configured.
const DefaultMaxItems = 10

// StoryIndex holds a window of articles grouped into stories (one per
// cluster) and indexed by country, so that the digests of many subscribers
// are built from one read of the store. It is read-only once built and safe
// for concurrent use.
type StoryIndex struct {
	stories []story
	// meta holds what ranking and matching read for every candidate, kept
	// compact and apart from the articles for cache locality.
	meta []storyMeta
	// Countries are bits: countryBit numbers them, and each story has
	// words uint64s of primary-country bits.
	countryBit  map[string]int
	words       int
	primaryBits []uint64
	topicBit    map[news.Topic]uint
	// langBit numbers the languages of reports (bit 63 for unknown ones,
	// which every reader reads).
	langBit map[string]uint
	// byPrimary and byMentioned list, per country, the stories about it and
	// those merely mentioning it; they and all are in rank order (outlets,
	// then freshness).
	byPrimary   map[string][]int32
	byMentioned map[string][]int32
	all         []int32
	scratch     sync.Pool // of *scratch
}

type storyMeta struct {
	newest, oldest int64 // members' published times, Unix nanoseconds
	sources        int32
	topics         uint64 // bit per topic; bit 63 for topics outside the taxonomy
	langs          uint64 // bit per language of a report (langBit)
}

// scratch is per-call working memory, reused across calls.
type scratch struct {
	marks []uint32
	gen   uint32
	top   []candidate
	mask  []uint64
}

type story struct {
	members []news.Article // newest first; members[rep] stands for the story
	rep     int
	primary []string // primary countries of any member
	any     []string // every country of any member
	topics  []news.Topic
	newest  time.Time
	sources int // distinct outlets
	// shown is the story as digests show it, built once for all of them,
	// through a report in the default language (English) when there is
	// one; shownIdx is the member it stands for. shownAlso holds the story
	// for readers of another language of the bot when another report is
	// in theirs.
	shown     news.Story
	shownIdx  int
	shownAlso []shownEntry
	// words are the story's words for keyword filters, made on first use.
	wordsOnce sync.Once
	words     []string
}

// storyWords returns the words of every report's headline and summary.
func (st *story) storyWords() []string {
	st.wordsOnce.Do(func() {
		var texts []string
		for _, a := range st.members {
			texts = append(texts, analyze.ArticleText(a)...)
		}
		st.words = analyze.Words(texts...)
	})
	return st.words
}

// shownEntry is a story as readers of lang see it, through members[idx].
type shownEntry struct {
	lang  i18n.Lang
	idx   int
	story news.Story
}

// shownIn is the story as readers of lang see it, and the member it
// stands for.
func (st *story) shownIn(lang i18n.Lang) (*news.Story, int) {
	for i := range st.shownAlso {
		if e := &st.shownAlso[i]; e.lang == lang {
			return &e.story, e.idx
		}
	}
	return &st.shown, st.shownIdx
}

// NewStoryIndex groups arts into stories. Articles of the same non-empty
// cluster form one story; others stand alone. Bodies are dropped except the
// first paragraph of articles without a summary, which is all a digest shows.
func NewStoryIndex(arts []news.Article) *StoryIndex {
	x := &StoryIndex{byPrimary: make(map[string][]int32), byMentioned: make(map[string][]int32)}
	x.scratch.New = func() any { return new(scratch) }
	byCluster := make(map[string]int32)
	for _, a := range arts {
		a.Body = leadParagraph(a)
		a.Fingerprint = nil
		i, ok := byCluster[a.Cluster]
		if !ok || a.Cluster == "" {
			i = int32(len(x.stories))
			x.stories = append(x.stories, story{})
			if a.Cluster != "" {
				byCluster[a.Cluster] = i
			}
		}
		s := &x.stories[i]
		s.members = append(s.members, a)
	}
	x.countryBit = make(map[string]int)
	x.topicBit = make(map[news.Topic]uint)
	x.langBit = make(map[string]uint)
	for i, t := range news.Topics() {
		x.topicBit[t.Slug] = uint(min(i, 62))
	}
	for i := range x.stories {
		s := &x.stories[i]
		s.finish()
		def := s.repIn(i18n.Default)
		s.shown, s.shownIdx = s.entry(def, nil), def
		for _, l := range i18n.Languages() {
			if idx := s.repIn(l); l != i18n.Default && idx != def {
				s.shownAlso = append(s.shownAlso, shownEntry{lang: l, idx: idx, story: s.entry(idx, nil)})
			}
		}
		x.all = append(x.all, int32(i))
		for _, c := range s.any {
			if slices.Contains(s.primary, c) {
				x.byPrimary[c] = append(x.byPrimary[c], int32(i))
			} else {
				x.byMentioned[c] = append(x.byMentioned[c], int32(i))
			}
			if _, ok := x.countryBit[c]; !ok {
				x.countryBit[c] = len(x.countryBit)
			}
		}
	}
	x.words = (len(x.countryBit) + 63) / 64
	x.primaryBits = make([]uint64, len(x.stories)*x.words)
	x.meta = make([]storyMeta, len(x.stories))
	for i := range x.stories {
		s := &x.stories[i]
		m := &x.meta[i]
		m.newest = s.members[0].PublishedAt.UnixNano()
		m.oldest = s.members[len(s.members)-1].PublishedAt.UnixNano()
		m.sources = int32(s.sources)
		for _, t := range s.topics {
			m.topics |= 1 << x.topicBitOf(t)
		}
		for _, c := range s.primary {
			setBit(x.primaryBits[i*x.words:], x.countryBit[c])
		}
		for _, a := range s.members {
			m.langs |= 1 << x.langBitOf(a.Lang, true)
		}
	}
	byRank := func(a, b int32) int {
		if a == b {
			return 0
		}
		if x.less(candidate{idx: a}, candidate{idx: b}) {
			return -1
		}
		return 1
	}
	slices.SortFunc(x.all, byRank)
	for _, l := range x.byPrimary {
		slices.SortFunc(l, byRank)
	}
	for _, l := range x.byMentioned {
		slices.SortFunc(l, byRank)
	}
	return x
}

// langBitOf is the bit of a report language; add numbers a language not
// seen before (while building). Unknown languages, and any past the 62nd,
// share bit 63.
func (x *StoryIndex) langBitOf(tag string, add bool) uint {
	l := news.BaseLang(tag)
	if l == "" || l == "und" {
		return 63
	}
	if b, ok := x.langBit[l]; ok {
		return b
	}
	if !add || len(x.langBit) >= 63 {
		return 63
	}
	b := uint(len(x.langBit))
	x.langBit[l] = b
	return b
}

func (x *StoryIndex) topicBitOf(t news.Topic) uint {
	if b, ok := x.topicBit[t]; ok {
		return b
	}
	return 63
}

func setBit(words []uint64, bit int) { words[bit/64] |= 1 << (bit % 64) }

// countryMask returns the bits of codes known to the index.
func (x *StoryIndex) countryMask(codes []string, into []uint64) []uint64 {
	into = slices.Grow(into[:0], x.words)[:x.words]
	clear(into)
	for _, c := range codes {
		if b, ok := x.countryBit[c]; ok {
			setBit(into, b)
		}
	}
	return into
}

// Len returns the number of stories.
func (x *StoryIndex) Len() int { return len(x.stories) }

func leadParagraph(a news.Article) string {
	if strings.TrimSpace(a.Summary) != "" {
		return ""
	}
	body := strings.TrimSpace(a.Body)
	if i := strings.Index(body, "\n\n"); i >= 0 {
		body = body[:i]
	}
	// A copy, so the full body's memory can be freed.
	return strings.Clone(body)
}

func (s *story) finish() {
	slices.SortStableFunc(s.members, func(a, b news.Article) int {
		return cmp.Or(b.PublishedAt.Compare(a.PublishedAt), cmp.Compare(b.ID, a.ID))
	})
	s.newest = s.members[0].PublishedAt
	outlets := map[string]bool{}
	for _, a := range s.members {
		outlets[outletName(a)] = true
		for _, c := range a.Countries {
			if c.Primary && !slices.Contains(s.primary, c.Code) {
				s.primary = append(s.primary, c.Code)
			}
			if !slices.Contains(s.any, c.Code) {
				s.any = append(s.any, c.Code)
			}
		}
		for _, t := range a.Topics {
			if !slices.Contains(s.topics, t.Topic) {
				s.topics = append(s.topics, t.Topic)
			}
		}
	}
	s.sources = len(outlets)
	// The first report with a summary stands for the story; else the first.
	s.rep = len(s.members) - 1
	for i := len(s.members) - 1; i >= 0; i-- {
		if s.members[i].Summary != "" {
			s.rep = i
			break
		}
	}
}

func outletName(a news.Article) string {
	if a.Source != "" {
		return a.Source
	}
	return a.URL
}

// less reports whether a ranks before b: a primary-country match first,
// then more outlets, then fresher, then index order for stability.
func (x *StoryIndex) less(a, b candidate) bool {
	if a.primaryMatch != b.primaryMatch {
		return a.primaryMatch
	}
	ma, mb := &x.meta[a.idx], &x.meta[b.idx]
	if ma.sources != mb.sources {
		return ma.sources > mb.sources
	}
	if ma.newest != mb.newest {
		return ma.newest > mb.newest
	}
	return a.idx < b.idx
}

// candidate is a story matched for one subscriber.
type candidate struct {
	idx          int32
	primaryMatch bool
}

// Digest builds s's digest from the stories with a report published in
// [since, until) that match s's countries (any, when s has none) and topics
// (any, when s has none): one entry per story, ranked by whether one of s's
// countries is the story's primary country, then by number of outlets, then
// by freshness; at most maxItems (DefaultMaxItems when 0); grouped by s's
// GroupBy. A story is shown through its first report in s's language (Russian,
// else English) when it has one with a summary, the other outlets as Also.
func (x *StoryIndex) Digest(s news.Subscriber, since, until time.Time, maxItems int) news.Digest {
	return x.DigestExcept(s, since, until, maxItems, nil)
}

// reader is what a subscriber's own choices ask of each story: languages,
// muted outlets, keywords, and the stories already sent.
type reader struct {
	prefs    news.Preferences
	langMask uint64
	custom   bool // mutes an outlet: reports are checked one by one
	keywords *analyze.Keywords
	sent     map[int64]bool
}

func (x *StoryIndex) reader(s news.Subscriber, sent map[int64]bool) reader {
	r := reader{prefs: s.Preferences, custom: len(s.MutedFeeds) > 0,
		keywords: analyze.CompileKeywords(s.Keywords), sent: sent}
	r.langMask = 1 << 63
	for _, l := range s.ReadLanguages() {
		r.langMask |= 1 << x.langBitOf(l, false)
	}
	return r
}

// wants reports whether the reader may be shown story i: one of its
// reports is in a language the reader reads from an outlet not muted, it
// passes the keywords, and none of its reports was sent already.
func (x *StoryIndex) wants(i int32, r *reader) bool {
	if x.meta[i].langs&r.langMask == 0 {
		return false
	}
	st := &x.stories[i]
	if r.custom && !slices.ContainsFunc(st.members, r.prefs.Shows) {
		return false
	}
	if len(r.sent) > 0 {
		for k := range st.members {
			if r.sent[st.members[k].ID] {
				return false
			}
		}
	}
	return r.keywords == nil || r.keywords.AllowsWords(st.storyWords())
}

// DigestExcept is Digest for a subscriber's own choices (story languages,
// muted outlets, keyword filter) leaving out every story with a report in
// sent (the articles that stood for stories its digests showed already).
// A story is shown through a report the subscriber may see.
func (x *StoryIndex) DigestExcept(s news.Subscriber, since, until time.Time, maxItems int, sent map[int64]bool) news.Digest {
	rd := x.reader(s, sent)
	if maxItems <= 0 {
		maxItems = DefaultMaxItems
	}
	d := news.Digest{ChatID: s.ChatID, Lang: s.Lang, GroupBy: s.GroupBy, Since: since, Until: until}
	if d.GroupBy == "" {
		d.GroupBy = news.GroupByCountry
	}
	// Countries' story lists overlap; marks (pooled, stamped with a
	// generation) skip duplicates without a map per call.
	sc := x.scratch.Get().(*scratch)
	defer x.scratch.Put(sc)
	sc.gen++
	if sc.gen == 0 || len(sc.marks) != len(x.stories) {
		sc.marks, sc.gen = make([]uint32, len(x.stories)), 1
	}
	top := sc.top[:0]
	sc.mask = x.countryMask(s.Countries, sc.mask)
	mask := sc.mask
	var topics uint64
	for _, t := range s.Topics {
		topics |= 1 << x.topicBitOf(t)
	}
	sinceN, untilN := since.UnixNano(), int64(math.MaxInt64)
	if !until.IsZero() {
		untilN = until.UnixNano()
	}
	// consider ranks story i in top and reports whether it matched.
	consider := func(i int32) bool {
		if sc.marks[i] == sc.gen {
			return false
		}
		sc.marks[i] = sc.gen
		m := &x.meta[i]
		if topics != 0 && m.topics&topics == 0 {
			return false
		}
		if !x.wants(i, &rd) {
			return false
		}
		switch {
		case m.newest < sinceN || m.oldest >= untilN:
			return false
		case m.oldest >= sinceN && m.newest < untilN:
		case !x.stories[i].inWindow(since, until):
			return false
		}
		c := candidate{idx: i}
		for k, w := range x.primaryBits[int(i)*x.words : int(i+1)*x.words] {
			if w&mask[k] != 0 {
				c.primaryMatch = true
				break
			}
		}
		// Keep the best maxItems in order: insertion into a short list is
		// far cheaper than sorting every match.
		if len(top) == maxItems && x.less(top[len(top)-1], c) {
			return true
		}
		pos, _ := slices.BinarySearchFunc(top, c, func(a, b candidate) int {
			if x.less(a, b) {
				return -1
			}
			return 1
		})
		if len(top) < maxItems {
			top = append(top, candidate{})
		}
		copy(top[pos+1:], top[pos:len(top)-1])
		top[pos] = c
		return true
	}
	// Every list is in rank order apart from the primary-country match, so
	// the best maxItems of a list are all it can contribute: each scan stops
	// there. Stories about one of the subscriber's countries outrank those
	// merely mentioning one, so the latter are needed only when the former
	// were too few — and then every primary list was scanned to its end,
	// leaving none of them unmarked.
	scan := func(list []int32) {
		taken := 0
		for _, i := range list {
			if consider(i) {
				if taken++; taken == maxItems {
					return
				}
			}
		}
	}
	if len(s.Countries) == 0 {
		scan(x.all)
	}
	for _, c := range s.Countries {
		scan(x.byPrimary[c])
	}
	if len(top) < maxItems {
		for _, c := range s.Countries {
			scan(x.byMentioned[c])
		}
	}
	sc.top = top
	cands := slices.Clone(top)
	x.group(&d, s, cands, &rd)
	return d
}

func (st *story) inWindow(since, until time.Time) bool {
	for _, a := range st.members {
		if !a.PublishedAt.Before(since) && (until.IsZero() || a.PublishedAt.Before(until)) {
			return true
		}
	}
	return false
}

// group puts the ranked candidates into sections, keeping rank order within
// each; sections follow the rank of their best story, "other" last.
func (x *StoryIndex) group(d *news.Digest, s news.Subscriber, cands []candidate, rd *reader) {
	if len(cands) == 0 {
		return
	}
	// A digest has at most maxItems sections: lists beat a map. The first
	// pass finds each story's section, the second fills sections carved
	// from one array of the right size.
	var (
		keyStore   [DefaultMaxItems]string
		countStore [DefaultMaxItems]int
		secStore   [DefaultMaxItems]int
	)
	keys, counts, secOf := keyStore[:0], countStore[:0], secStore[:0]
	other := -1
	for _, c := range cands {
		key := x.sectionKey(&x.stories[c.idx], s, d.GroupBy)
		i := other
		if key != "" {
			i = slices.Index(keys, key)
		}
		if i < 0 {
			keys, counts = append(keys, key), append(counts, 0)
			i = len(keys) - 1
			if key == "" {
				other = i
			}
		}
		counts[i]++
		secOf = append(secOf, i)
	}
	lang := i18n.Parse(s.Lang)
	stories := make([]news.Story, len(cands))
	d.Sections = make([]news.DigestSection, len(keys))
	off := 0
	for i, key := range keys {
		sec := &d.Sections[i]
		if d.GroupBy == news.GroupByTopic {
			sec.Topic = news.Topic(key)
		} else {
			sec.Country = key
		}
		sec.Stories = stories[off : off : off+counts[i]]
		off += counts[i]
	}
	for j, c := range cands {
		sec := &d.Sections[secOf[j]]
		sec.Stories = append(sec.Stories, x.stories[c.idx].shownTo(lang, rd))
	}
	if other >= 0 && other != len(d.Sections)-1 {
		sec := d.Sections[other]
		d.Sections = append(slices.Delete(d.Sections, other, other+1), sec)
	}
}

func (x *StoryIndex) sectionKey(st *story, s news.Subscriber, by news.GroupBy) string {
	if by == news.GroupByTopic {
		rep := st.members[st.rep]
		for _, t := range rep.Topics {
			if len(s.Topics) == 0 || slices.Contains(s.Topics, t.Topic) {
				return string(t.Topic)
			}
		}
		for _, t := range st.topics {
			if len(s.Topics) == 0 || slices.Contains(s.Topics, t) {
				return string(t)
			}
		}
		return ""
	}
	for _, c := range st.primary {
		if len(s.Countries) == 0 || slices.Contains(s.Countries, c) {
			return c
		}
	}
	for _, c := range st.any {
		if slices.Contains(s.Countries, c) {
			return c
		}
	}
	return ""
}

// shownTo is the story as this reader sees it: the shared entry for its
// language when that report is one the reader may see and no outlet of
// the story is muted, else an entry of its own through the report it may
// see, without muted outlets.
func (st *story) shownTo(lang i18n.Lang, rd *reader) news.Story {
	shared, idx := st.shownIn(lang)
	pick := st.pickFor(rd)
	if pick == idx && (!rd.custom || !slices.ContainsFunc(st.members, func(a news.Article) bool { return rd.prefs.Mutes(a.FeedID) })) {
		return *shared
	}
	return st.entry(pick, rd)
}

// pickFor is the member through which the reader sees the story
// (news.Preferences.PickReport; wants made sure there is one, failing
// which the story's representative).
func (st *story) pickFor(rd *reader) int {
	if i := rd.prefs.PickReport(st.members); i >= 0 {
		return i
	}
	return st.rep
}

// repIn is the member standing for the story to readers of lang: the first
// report in that language with a summary, else the story's representative.
func (st *story) repIn(lang i18n.Lang) int {
	for i := len(st.members) - 1; i >= 0; i-- {
		if a := &st.members[i]; a.Summary != "" && inLang(a.Lang, lang) {
			return i
		}
	}
	return st.rep
}

// inLang reports whether an article whose language tag is tag is in lang.
func inLang(tag string, lang i18n.Lang) bool {
	l, ok := i18n.Lookup(tag)
	return ok && l == lang
}

// entry is the story as a digest shows it: the report members[rep] and the
// other outlets carrying it, but for those rd (when not nil) muted.
func (st *story) entry(repIdx int, rd *reader) news.Story {
	rep := st.members[repIdx]
	out := news.Story{Article: rep}
	seen := map[string]bool{outletName(rep): true}
	for i, a := range st.members {
		if i == repIdx || seen[outletName(a)] || (rd != nil && rd.prefs.Mutes(a.FeedID)) {
			continue
		}
		seen[outletName(a)] = true
		out.Also = append(out.Also, news.Outlet{Name: a.Source, URL: a.URL})
	}
	// Every digest showing the story shares Also: an append by one of them
	// must copy rather than write into the others'.
	out.Also = slices.Clip(out.Also)
	return out
}
