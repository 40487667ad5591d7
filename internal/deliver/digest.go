package deliver

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

// DefaultMaxItems is the most stories a digest holds unless configured.
const DefaultMaxItems = 10

// StoryIndex holds a window of articles grouped into stories (one per
// cluster) and indexed by country, so that the digests of many subscribers
// are built from one read of the store. It is read-only once built and safe
// for concurrent use.
type StoryIndex struct {
	stories   []story
	byCountry map[string][]int32
	all       []int32
}

type story struct {
	members []news.Article // newest first; members[rep] stands for the story
	rep     int
	primary []string // primary countries of any member
	any     []string // every country of any member
	topics  []news.Topic
	newest  time.Time
	sources int // distinct outlets
}

// NewStoryIndex groups arts into stories. Articles of the same non-empty
// cluster form one story; others stand alone. Bodies are dropped except the
// first paragraph of articles without a summary, which is all a digest shows.
func NewStoryIndex(arts []news.Article) *StoryIndex {
	x := &StoryIndex{byCountry: make(map[string][]int32)}
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
	for i := range x.stories {
		s := &x.stories[i]
		s.finish()
		x.all = append(x.all, int32(i))
		for _, c := range s.any {
			x.byCountry[c] = append(x.byCountry[c], int32(i))
		}
	}
	return x
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
// GroupBy.
func (x *StoryIndex) Digest(s news.Subscriber, since, until time.Time, maxItems int) news.Digest {
	if maxItems <= 0 {
		maxItems = DefaultMaxItems
	}
	d := news.Digest{ChatID: s.ChatID, Lang: s.Lang, GroupBy: s.GroupBy, Since: since, Until: until}
	if d.GroupBy == "" {
		d.GroupBy = news.GroupByCountry
	}
	var pool []int32
	if len(s.Countries) == 0 {
		pool = x.all
	} else if len(s.Countries) == 1 {
		pool = x.byCountry[s.Countries[0]]
	} else {
		seen := make(map[int32]bool)
		for _, c := range s.Countries {
			for _, i := range x.byCountry[c] {
				if !seen[i] {
					seen[i] = true
					pool = append(pool, i)
				}
			}
		}
	}
	var cands []candidate
	for _, i := range pool {
		st := &x.stories[i]
		if !st.inWindow(since, until) || !topicsMatch(st.topics, s.Topics) {
			continue
		}
		cands = append(cands, candidate{idx: i, primaryMatch: anyIn(st.primary, s.Countries)})
	}
	slices.SortFunc(cands, func(a, b candidate) int {
		sa, sb := &x.stories[a.idx], &x.stories[b.idx]
		return cmp.Or(
			-cmp.Compare(boolInt(a.primaryMatch), boolInt(b.primaryMatch)),
			-cmp.Compare(sa.sources, sb.sources),
			sb.newest.Compare(sa.newest),
			cmp.Compare(a.idx, b.idx),
		)
	})
	if len(cands) > maxItems {
		cands = cands[:maxItems]
	}
	x.group(&d, s, cands)
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
func (x *StoryIndex) group(d *news.Digest, s news.Subscriber, cands []candidate) {
	index := map[string]int{}
	other := -1
	for _, c := range cands {
		st := &x.stories[c.idx]
		key := x.sectionKey(st, s, d.GroupBy)
		i, ok := index[key]
		if key == "" {
			i, ok = other, other >= 0
		}
		if !ok {
			sec := news.DigestSection{}
			if d.GroupBy == news.GroupByTopic {
				sec.Topic = news.Topic(key)
			} else {
				sec.Country = key
			}
			d.Sections = append(d.Sections, sec)
			i = len(d.Sections) - 1
			if key == "" {
				other = i
			} else {
				index[key] = i
			}
		}
		d.Sections[i].Stories = append(d.Sections[i].Stories, st.entry())
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

// entry is the story as a digest shows it: its representative report and
// the other outlets carrying it.
func (st *story) entry() news.Story {
	rep := st.members[st.rep]
	out := news.Story{Article: rep}
	seen := map[string]bool{outletName(rep): true}
	for i, a := range st.members {
		if i == st.rep || seen[outletName(a)] {
			continue
		}
		seen[outletName(a)] = true
		out.Also = append(out.Also, news.Outlet{Name: a.Source, URL: a.URL})
	}
	return out
}

func topicsMatch(have, want []news.Topic) bool {
	if len(want) == 0 {
		return true
	}
	for _, t := range have {
		if slices.Contains(want, t) {
			return true
		}
	}
	return false
}

func anyIn(have, want []string) bool {
	for _, c := range have {
		if slices.Contains(want, c) {
			return true
		}
	}
	return false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
