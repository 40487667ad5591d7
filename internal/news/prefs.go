package news

import (
	"slices"
	"strings"
)

// Limits of a chat's keyword filter: more would make every list a puzzle
// and the /filter reply longer than a message.
const (
	MaxKeywords   = 50
	MaxKeywordLen = 64
	// MaxDigestTimes is how many digests a day a chat may have.
	MaxDigestTimes = 3
)

// KeywordFilter narrows news lists by words in a story's headline and
// summary. A story passes when it mentions none of Exclude and, if Include
// is not empty, at least one of Include. Words are lower case as typed;
// matching (whole words, Russian case forms) is package analyze's.
type KeywordFilter struct {
	Include []string
	Exclude []string
}

// Empty reports whether the filter lets every story through.
func (f KeywordFilter) Empty() bool { return len(f.Include) == 0 && len(f.Exclude) == 0 }

// Len is the number of words in the filter.
func (f KeywordFilter) Len() int { return len(f.Include) + len(f.Exclude) }

// Times returns the chat's digest times: DigestTimes, else DigestTime alone.
func (p Preferences) Times() []string {
	if len(p.DigestTimes) > 0 {
		return p.DigestTimes
	}
	if p.DigestTime == "" {
		return nil
	}
	return []string{p.DigestTime}
}

// SetTimes sets the digest times (sorted, without repeats): DigestTime
// becomes the first, DigestTimes all of them when there are several.
func (p *Preferences) SetTimes(times []string) {
	t := slices.Clone(times)
	slices.Sort(t)
	t = slices.Compact(t)
	if len(t) == 0 {
		return
	}
	p.DigestTime = t[0]
	p.DigestTimes = nil
	if len(t) > 1 {
		p.DigestTimes = t
	}
}

// ReadLanguages returns the languages the chat reads stories in: those
// chosen, else the interface language and English.
func (p Preferences) ReadLanguages() []string {
	if len(p.Languages) > 0 {
		return p.Languages
	}
	l := BaseLang(p.Lang)
	if l == "" || l == "en" || l == "und" {
		return []string{"en"}
	}
	return []string{l, "en"}
}

// BaseLang reduces a language tag to its primary subtag in lower case:
// "en-GB" → "en", "RU_ru" → "ru"; "" and "und" stay as they are.
func BaseLang(tag string) string {
	l := strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(l, "-_"); i > 0 {
		l = l[:i]
	}
	return l
}

// Reads reports whether the chat reads a report in the language tag. A
// report of unknown language ("", "und") is read by everyone: nothing says
// it is not in the reader's language.
func (p Preferences) Reads(tag string) bool {
	l := BaseLang(tag)
	if l == "" || l == "und" {
		return true
	}
	if len(p.Languages) > 0 {
		return slices.Contains(p.Languages, l)
	}
	// ReadLanguages without building it: this runs for every report shown.
	return l == "en" || l == BaseLang(p.Lang)
}

// Mutes reports whether the chat muted the outlet with this feed id. Reports
// without a feed (an editor's page) are never muted.
func (p Preferences) Mutes(feedID int64) bool {
	return feedID != 0 && slices.Contains(p.MutedFeeds, feedID)
}

// Shows reports whether the chat may see a story through this report: its
// outlet is not muted and its language is one the chat reads.
func (p Preferences) Shows(a Article) bool {
	return !p.Mutes(a.FeedID) && p.Reads(a.Lang)
}

// DefaultReading reports whether the chat reads every report a default
// chat of its interface language would: no outlet muted, default languages.
func (p Preferences) DefaultReading() bool {
	return len(p.MutedFeeds) == 0 && len(p.Languages) == 0
}

// PickReport returns the index of the report through which the chat sees
// a story made of reports (newest first, as stored), or -1 when it may see
// none of them. Among the reports it may see, the earliest in the
// interface language with a summary wins, then the earliest it reads with a
// summary, then the earliest.
func (p Preferences) PickReport(reports []Article) int {
	inLang, anyLang, first := -1, -1, -1
	want := BaseLang(p.Lang)
	for i := len(reports) - 1; i >= 0; i-- {
		a := &reports[i]
		if !p.Shows(*a) {
			continue
		}
		if first < 0 {
			first = i
		}
		if a.Summary == "" {
			continue
		}
		if anyLang < 0 {
			anyLang = i
		}
		if inLang < 0 && BaseLang(a.Lang) == want {
			inLang = i
		}
	}
	switch {
	case inLang >= 0:
		return inLang
	case anyLang >= 0:
		return anyLang
	}
	return first
}

// Source is an outlet a chat can mute: a feed, under the name messages show.
type Source struct {
	FeedID int64
	// Name is the outlet's name as messages show it: the feed's configured
	// name, else the name its articles carry, else its host.
	Name string
	Host string // the feed's host, without "www."
}
