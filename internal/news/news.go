// Package news holds newsbot's domain: articles and their analysis,
// subscribers and their preferences, countries and topics, and the pure rules
// that connect them. It depends on the standard library only.
package news

import (
	"errors"
	"time"
)

// ErrNotFound is returned by stores when the requested record does not exist.
var ErrNotFound = errors.New("not found")

// Article is one news story as stored: what the feed said, normalised, plus
// what analysis found in it.
type Article struct {
	ID     int64
	FeedID int64
	// Source is the outlet's display name (the feed name, else its host).
	Source string
	GUID   string
	// URL is the canonical link: absolute, without tracking parameters or fragment.
	URL   string
	Title string
	// Body is plain text; paragraphs are separated by a blank line ("\n\n").
	Body string
	Lang string // "en", "ru", … or "und"
	// FeedCountry is the country hint of the article's feed (Feed.Country),
	// for the analysis: the outlet's home country. It is not stored.
	FeedCountry string
	// FeedLearnedCountry is the feed's learned country (Feed.LearnedCountry),
	// for the analysis when neither the hint nor the address gives the
	// outlet's country. It is not stored.
	FeedLearnedCountry string
	Author             string
	Categories         []string
	ImageURL           string
	// Enclosures are the URLs of attached media.
	Enclosures  []string
	PublishedAt time.Time // UTC; the first-seen time when Undated
	FetchedAt   time.Time // UTC, first time seen
	// Undated is set when the source gave no usable publication date: none,
	// one that could not be read, or one before 1995 or more than a day
	// ahead. PublishedAt then holds the time the article was first seen.
	Undated bool
	// BackCatalogue is set on undated articles that came in their feed's
	// first poll: they were on the feed before newsbot read it, so they
	// are not news. Digests leave them out and lists show them after all
	// other news. Undated articles first seen in a later poll are fresh.
	BackCatalogue bool
	UpdatedAt     time.Time // UTC, last change of title or body
	// ContentHash identifies the normalised title and body, for de-duplication.
	ContentHash string
	// FullTextStatus says how Body was obtained: "feed", "fetched", or
	// "teaser: <why the page fetch failed>".
	FullTextStatus string

	Analysis
}

// Analysis is what the analyzer derived from an article's text.
type Analysis struct {
	Summary string
	Quotes  []Quote
	// Countries lists every country found, primary ones first, by score.
	Countries []CountryScore
	// Topics lists the article's topics above the threshold, best first.
	Topics []TopicScore
	// Cluster groups articles reporting the same story; empty until analysed.
	Cluster string
	// Fingerprint is the analyzer's compact similarity signature (opaque).
	Fingerprint []byte
	AnalyzedAt  time.Time
}

// Quote is a direct quotation with the person who said it.
type Quote struct {
	Text    string  `json:"text"`
	Speaker string  `json:"speaker"`
	Pos     int     `json:"pos"`   // byte offset of the quotation in the body
	Score   float64 `json:"score"` // how well it stands alone; higher is better
}

// CountryScore is a country an article refers to.
type CountryScore struct {
	Code    string  `json:"code"` // ISO 3166-1 alpha-2, upper case
	Score   float64 `json:"score"`
	Primary bool    `json:"primary"` // the story is about it, not merely mentions it
}

// TopicScore is a topic an article is about.
type TopicScore struct {
	Topic Topic   `json:"topic"`
	Score float64 `json:"score"`
}

// PrimaryCountries returns the codes of the countries the story is about.
func (a Analysis) PrimaryCountries() []string {
	var out []string
	for _, c := range a.Countries {
		if c.Primary {
			out = append(out, c.Code)
		}
	}
	return out
}

// MentionedCountries returns the codes of countries merely mentioned.
func (a Analysis) MentionedCountries() []string {
	var out []string
	for _, c := range a.Countries {
		if !c.Primary {
			out = append(out, c.Code)
		}
	}
	return out
}

// TopicSlugs returns the article's topics, best first.
func (a Analysis) TopicSlugs() []Topic {
	out := make([]Topic, 0, len(a.Topics))
	for _, t := range a.Topics {
		out = append(out, t.Topic)
	}
	return out
}

// BestQuote returns the highest-ranked quote, and false when there is none.
func (a Analysis) BestQuote() (Quote, bool) {
	if len(a.Quotes) == 0 {
		return Quote{}, false
	}
	best := a.Quotes[0]
	for _, q := range a.Quotes[1:] {
		if q.Score > best.Score {
			best = q
		}
	}
	return best, true
}

// Feed is a configured news source and its fetch state.
type Feed struct {
	ID       int64
	URL      string
	Name     string
	Lang     string // hint; empty when unknown
	Country  string // hint; empty when unknown
	FullText bool
	Enabled  bool
	// LearnedCountry is the country most of the feed's recent stories are
	// about, learned from their analysis (store LearnFeedCountries); empty
	// while none has the share. The analysis takes it for the outlet's
	// home country when neither Country nor the article's address gives one.
	LearnedCountry string

	ETag                string
	LastModified        string
	NextFetchAt         time.Time
	LastFetchAt         time.Time
	LastStatus          string // "ok", "not modified", "error"
	LastError           string
	ConsecutiveFailures int
	FirstFailureAt      time.Time // zero when the last fetch succeeded
	DisabledReason      string
	CreatedAt           time.Time
}

// ChatType is the kind of Telegram chat (or the terminal, which counts as private).
type ChatType string

// Chat types as Telegram names them.
const (
	ChatPrivate    ChatType = "private"
	ChatGroup      ChatType = "group"
	ChatSupergroup ChatType = "supergroup"
	ChatChannel    ChatType = "channel"
)

// IsGroupLike reports whether messages to the chat count against the
// per-group rate limit (20 a minute) rather than the per-private-chat one.
func (t ChatType) IsGroupLike() bool {
	return t == ChatGroup || t == ChatSupergroup || t == ChatChannel
}

// Status is a subscriber's delivery state.
type Status string

// Subscriber states. Blocked and left chats keep their preferences so that
// coming back restores them.
const (
	StatusActive  Status = "active"
	StatusPaused  Status = "paused"
	StatusBlocked Status = "blocked"
	StatusLeft    Status = "left"
)

// GroupBy is how a digest is grouped.
type GroupBy string

// Digest groupings.
const (
	GroupByCountry GroupBy = "country"
	GroupByTopic   GroupBy = "topic"
)

// Subscriber is a chat that receives news, with its preferences.
type Subscriber struct {
	ChatID   int64
	ChatType ChatType
	Title    string // group or channel title, or the user's name
	Username string
	Status   Status
	Preferences
	NextDigestAt time.Time // UTC; zero when no digest is scheduled
	LastDigestAt time.Time // UTC; zero before the first digest
	// OwnerUserID is the user who connected a channel; 0 otherwise.
	OwnerUserID int64
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

// Preferences are what a subscriber chose.
type Preferences struct {
	Lang       string   // "en" or "ru"
	Timezone   string   // IANA name; empty means not chosen yet
	DigestTime string   // "HH:MM", local to Timezone
	Countries  []string // ISO codes, upper case, sorted
	Topics     []Topic  // sorted; empty means every topic
	GroupBy    GroupBy
	// QuietDay sends a short "nothing new today" line instead of nothing.
	QuietDay bool
	// BreakingAlerts opts in to instant alerts for breaking stories in the
	// subscriber's countries.
	BreakingAlerts bool
	// DigestTimes are all the chat's digest times ("HH:MM", at most
	// MaxDigestTimes, sorted); empty means DigestTime alone. When set, its
	// first entry equals DigestTime.
	DigestTimes []string
	// Keywords narrow every news list: see KeywordFilter.
	Keywords KeywordFilter
	// MutedFeeds are the ids of outlets the chat does not want to read.
	MutedFeeds []int64
	// Languages are the languages the chat reads stories in; empty means
	// the default, the interface language plus English (see ReadLanguages).
	Languages []string
}
