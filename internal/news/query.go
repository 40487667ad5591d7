package news

import "time"

// ArticleQuery selects stored articles, newest first. Zero fields do not filter.
type ArticleQuery struct {
	// Countries keeps articles about any of these codes (primary countries
	// only when PrimaryOnly, else primary or mentioned).
	Countries   []string
	PrimaryOnly bool
	// Topics keeps articles on any of these topics.
	Topics []Topic
	// Since and Until bound PublishedAt: Since <= published < Until.
	Since, Until time.Time
	// Before pages: only articles older than this cursor (published time, then id).
	Before *Cursor
	// Limit caps the result; 0 means the store's default (50).
	Limit int
}

// Cursor marks a position in a newest-first article list.
type Cursor struct {
	PublishedAt time.Time
	ID          int64
}
